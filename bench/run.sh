#!/usr/bin/env bash
# The speed benchmark: times the same example suites, on this machine, in one run, under
#   Maven Surefire serial; Surefire forkCount=N; testshard dynamic (no history);
#   testshard static by package; testshard balanced with history (--shards N); and testshard's
#   default with that history (dynamic workers, longest first by the history)
# and prints a table of wall times with the lower bound max(sum of class times / N, longest
# class) and each ratio to the bound and to Surefire forkCount=N. The table is also written to
# target/bench/results.md. Then it times three warm re-runs of the first suite, each after a test
# method was added to one of its test classes: command start to first test, beyond the build.
#
#   bench/run.sh [N] [SUITE...]      (default: N = CPU count; multi-package cpu-bound one-slow-class)
#
# Every command starts warm (dependencies resolved, classes compiled once before timing), and
# each timing includes the command's own incremental build, as a developer would run it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-$(nproc)}"
shift || true
suites=("$@")
if [ "${#suites[@]}" -eq 0 ]; then
  suites=(multi-package cpu-bound one-slow-class)
fi

"$root/bin/ensure-toolchain"
"$root/bin/ensure-docker"
(cd "$root" && mvn -B -q -DskipTests package)
testshard="$root/bin/testshard"
out="$root/target/bench"
mkdir -p "$out"
results="$out/results.md"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

# time_cmd LOG COMMAND... : runs the command, prints its wall time in seconds.
time_cmd() {
  local log="$1"
  shift
  local start end
  start=$(now)
  "$@" >"$log" 2>&1 || { echo "bench: failed: $* (see $log)" >&2; tail -20 "$log" >&2; exit 1; }
  end=$(now)
  elapsed "$start" "$end"
}

{
  echo "# testshard benchmark, N = $n, $(nproc) CPUs, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "| suite | mode | wall (s) | lower bound (s) | wall / bound | wall / Surefire forkCount=$n |"
  echo "|---|---|---|---|---|---|"
} >"$results"

for suite in "${suites[@]}"; do
  work="$scratch/$suite"
  copy_example "$root" "$suite" "$work"
  echo "== $suite: warming up (compile, resolve dependencies, base and dependency images)"
  (cd "$work" && mvn -B -q test-compile >/dev/null)
  "$testshard" plan --project "$work" --timings "$scratch/$suite-warm.json" >"$scratch/$suite-warm.log" 2>&1

  echo "== $suite: Surefire serial"
  serial=$(cd "$work" && time_cmd "$scratch/$suite-serial.log" mvn -B -q test -DforkCount=1)
  echo "== $suite: Surefire forkCount=$n"
  forks=$(cd "$work" && time_cmd "$scratch/$suite-forks.log" mvn -B -q test -DforkCount="$n" -DreuseForks=true)
  echo "== $suite: testshard dynamic, no history"
  dynamic=$(time_cmd "$scratch/$suite-dynamic.log" "$testshard" run --project "$work" --dynamic \
    --parallel "$n" --timings "$scratch/$suite-no-history.json")
  rm -f "$scratch/$suite-no-history.json"
  echo "== $suite: testshard static by package (records the history)"
  static=$(time_cmd "$scratch/$suite-static.log" "$testshard" run --project "$work" --parallel "$n" \
    --shard-by package)
  bound=$("$testshard" plan --project "$work" --no-build --shards "$n" --json 2>/dev/null \
    | sed -n 's/.*"lowerBoundSeconds" *: *\([0-9.]*\).*/\1/p' | head -1)
  echo "== $suite: testshard balanced with history"
  history=$(time_cmd "$scratch/$suite-history.log" "$testshard" run --project "$work" \
    --shards "$n" --parallel "$n")
  echo "== $suite: testshard default (dynamic, ordered by the history)"
  default=$(time_cmd "$scratch/$suite-default.log" "$testshard" run --project "$work" --parallel "$n")

  for row in "Surefire serial:$serial" "Surefire forkCount=$n:$forks" \
      "testshard dynamic (no history):$dynamic" "testshard static by package:$static" \
      "testshard --shards $n (history):$history" \
      "testshard default (dynamic, with history):$default"; do
    mode="${row%%:*}"
    wall="${row##*:}"
    printf '| %s | %s | %s | %.1f | %s | %s |\n' "$suite" "$mode" "$wall" "$bound" \
      "$(ratio "$wall" "$bound")" "$(ratio "$wall" "$forks")" >>"$results"
  done
done

# Warm re-run: one test method added to a test class of the first suite, then the default run;
# summary.json's steps say how long the command took to its first test beyond the Maven build.
suite="${suites[0]}"
work="$scratch/$suite"
changed="$(find "$work/src/test/java" -name '*Test.java' | sort | head -1)"
{
  echo
  echo "Warm re-run of $suite after a test class changed ($(basename "$changed")), $n workers:"
  echo
  echo "| re-run | build (s) | command start to first test (s) | beyond the build (s) |"
  echo "|---|---|---|---|"
} >>"$results"
for i in 1 2 3; do
  echo "== $suite: warm re-run $i (a test method added to $(basename "$changed"))"
  sed -i "s/^}\$/  @org.junit.jupiter.api.Test void benchAdded$i() {}\n}/" "$changed"
  time_cmd "$scratch/$suite-rerun-$i.log" "$testshard" run --project "$work" --parallel "$n" \
    >/dev/null
  summary="$work/target/testshard/summary.json"
  build=$(sed -n 's/.*"buildSeconds" *: *\([0-9.]*\).*/\1/p' "$summary" | head -1)
  first=$(sed -n 's/.*"firstTestSeconds" *: *\([0-9.]*\).*/\1/p' "$summary" | tail -1)
  beyond=$(sed -n 's/.*"firstTestAfterBuildSeconds" *: *\([0-9.]*\).*/\1/p' "$summary" | head -1)
  printf '| %d | %.2f | %.2f | %.2f |\n' "$i" "$build" "$first" "$beyond" >>"$results"
done

echo
cat "$results"
echo
echo "table written to $results"

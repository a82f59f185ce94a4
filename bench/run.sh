#!/usr/bin/env bash
# The speed benchmark: times the same example suites, on this machine, in one run, under
#   Maven Surefire serial; Surefire forkCount=N; testshard dynamic (no history);
#   testshard static by package; testshard balanced with history (--shards N)
# and prints a table of wall times with the lower bound max(sum of class times / N, longest
# class) and each ratio to the bound and to Surefire forkCount=N. The table is also written to
# target/bench/results.md.
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

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

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
  mkdir -p "$work"
  (cd "$root/examples/$suite" && tar --exclude=./target --exclude=./.testshard -cf - .) | (cd "$work" && tar -xf -)
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

  for row in "Surefire serial:$serial" "Surefire forkCount=$n:$forks" \
      "testshard dynamic (no history):$dynamic" "testshard static by package:$static" \
      "testshard --shards $n (history):$history"; do
    mode="${row%%:*}"
    wall="${row##*:}"
    printf '| %s | %s | %s | %.1f | %s | %s |\n' "$suite" "$mode" "$wall" "$bound" \
      "$(ratio "$wall" "$bound")" "$(ratio "$wall" "$forks")" >>"$results"
  done
done

echo
cat "$results"
echo
echo "table written to $results"

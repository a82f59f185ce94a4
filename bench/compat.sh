#!/usr/bin/env bash
# The compatibility benchmark: runs real open-source Maven projects' tests under Maven Surefire
# and under testshard, and compares them test by test.
#
#   bench/compat.sh [--parallel N] [--rounds R] PROJECT_DIR[::MAVEN ARGS[::TESTSHARD ARGS]]...
#   bench/compat.sh [--parallel N] [--rounds R] --corpus DIR [NAME...]
#   bench/compat.sh --report [NAME...]
#
# For each project (a Maven project checked out somewhere outside this repository):
#   1. warm-up, not timed: `mvn test` selecting no test (dependencies and Surefire's providers
#      resolved, classes compiled) and `testshard plan` (its images built);
#   2. Surefire as the project configures it: `mvn test` (timed); its reports
#      (**/target/surefire-reports/TEST-*.xml of every module) are the reference;
#   3. Surefire with -DforkCount=N -DreuseForks=true (timed, for the wall-time comparison);
#   4. `bin/testshard run --project DIR --parallel N` (timed; no timing history: a first run);
#   5. the test-by-test difference of (classname, name, outcome) between 2 and 4, with a cause
#      for each differing test (bench/compat_diff.py, python3's XML parser);
#   6. with --rounds R (default 1), R-1 more rounds of 3 and 4 in turn, testshard now with the
#      timing history its earlier rounds wrote (as a developer's next run has): the wall times of
#      3 and 4 and their ratio are then the medians of the R rounds, each round's printed too.
#      Surefire's walls vary by a quarter between runs on a busy 2-core machine; one round is a
#      sample, not a measurement. The test-by-test difference stays that of round 1.
# Every Surefire run adds -Dmaven.test.failure.ignore=true, so that a failing module does not
# stop the reactor before the others ran. Each timing includes the command's own (incremental)
# Maven build, as a developer would run it.
#
# MAVEN ARGS go to every Maven run of the project, Surefire's and testshard's build
# (--maven-arg=ARG each); TESTSHARD ARGS go to `testshard run` only. Both are split on
# whitespace (no quoting). Example: '/src/gson::--projects !test-shrinker,!test-jpms'.
#
# Maven: the project's ./mvnw when it has one (testshard's build uses it too, so both sides run
# the same Maven), else $MVN when set, else mvn from PATH. The directory of $MVN is put first on
# PATH for both runs, so that testshard's build finds the same mvn. Some projects need Maven
# 3.9: MVN="$(bench/ensure-maven39)" bench/compat.sh ...
#
# --corpus DIR reads bench/corpus.txt and takes each project from DIR/NAME (or only the NAMEs
# given). It fetches no project: check them out first, e.g. for each line of bench/corpus.txt
#   git clone REPOSITORY DIR/NAME && git -C DIR/NAME checkout COMMIT
# A project whose corpus line says Maven 3.9 gets $MVN, or bench/ensure-maven39's when MVN is
# unset. A checkout at another commit is run all the same, with a warning.
#
# Output, per project, in target/compat/NAME/: surefire/ and surefire-forks/ (the reports of
# steps 2 and 3, under their module paths), testshard/ (TEST-testshard.xml, summary.json), the
# logs, diff.txt, causes.tsv, totals.json and results.md (the project's table rows); and
# target/compat/results.md, the tables of all projects of this call, also printed at the end.
# --report runs nothing: it compares again, and tabulates, the runs saved in target/compat
# (all, or the NAMEs given), e.g. after a change to bench/compat_diff.py.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
}

parallel=2
rounds=1
corpus=""
report_only=0
specs=()
while [ $# -gt 0 ]; do
  case "$1" in
    -j|--parallel) parallel="$2"; shift 2 ;;
    --parallel=*) parallel="${1#*=}"; shift ;;
    --report) report_only=1; shift ;;
    --rounds) rounds="$2"; shift 2 ;;
    --rounds=*) rounds="${1#*=}"; shift ;;
    --corpus) corpus="$2"; shift 2 ;;
    --corpus=*) corpus="${1#*=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "compat: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) specs+=("$1"); shift ;;
  esac
done
case "$parallel" in ''|*[!0-9]*|0) echo "compat: --parallel needs a positive number" >&2; exit 2 ;; esac
case "$rounds" in ''|*[!0-9]*|0) echo "compat: --rounds needs a positive number" >&2; exit 2 ;; esac

trim() { local s="$1"; s="${s#"${s%%[![:space:]]*}"}"; echo "${s%"${s##*[![:space:]]}"}"; }

# Each entry: DIR <US> MAVEN ARGS <US> TESTSHARD ARGS <US> MAVEN NEEDED <US> COMMIT
us=$'\x1f'
projects=()
missing=0
if [ "$report_only" = 1 ]; then
  : # the saved runs in target/compat, below
elif [ -n "$corpus" ]; then
  [ -d "$corpus" ] || { echo "compat: no directory $corpus" >&2; exit 2; }
  corpus="$(cd "$corpus" && pwd)"
  wanted=("${specs[@]+"${specs[@]}"}")
  while IFS= read -r line; do
    case "$(trim "$line")" in ''|'#'*) continue ;; esac
    fields=()
    while [[ "$line" == *" | "* ]]; do fields+=("${line%% | *}"); line="${line#* | }"; done
    fields+=("$line")
    name="$(trim "${fields[0]}")"; repo="${fields[1]:-}"; commit="${fields[2]:-}"
    maven="${fields[3]:-}"; margs="$(trim "${fields[4]:-}")"; targs="$(trim "${fields[5]:-}")"
    [ "$margs" = - ] && margs=""
    [ "$targs" = - ] && targs=""
    if [ "${#wanted[@]}" -gt 0 ] && ! printf '%s\n' "${wanted[@]}" | grep -qxF "$name"; then
      continue
    fi
    repo="$(trim "$repo")"; commit="$(trim "$commit")"
    if [ ! -f "$corpus/$name/pom.xml" ]; then
      echo "compat: $corpus/$name is missing; get it with:" >&2
      echo "  git clone $repo $corpus/$name && git -C $corpus/$name checkout $commit" >&2
      missing=$((missing + 1))
      continue
    fi
    projects+=("$corpus/$name$us$margs$us$targs$us$(trim "$maven")$us$commit")
  done <"$root/bench/corpus.txt"
else
  for spec in "${specs[@]+"${specs[@]}"}"; do
    dir="${spec%%::*}"
    rest=""; [ "$dir" != "$spec" ] && rest="${spec#*::}"
    margs="${rest%%::*}"
    targs=""; [ "$margs" != "$rest" ] && targs="${rest#*::}"
    [ -f "$dir/pom.xml" ] || { echo "compat: $dir has no pom.xml" >&2; exit 2; }
    projects+=("$(cd "$dir" && pwd)$us$margs$us$targs$us$us")
  done
fi
command -v python3 >/dev/null || { echo "compat: python3 is needed for the comparison" >&2; exit 2; }
if [ "$report_only" = 0 ]; then
  if [ "${#projects[@]}" -eq 0 ]; then
    echo "compat: no project to run" >&2
    usage >&2
    exit 2
  fi
  "$root/bin/ensure-toolchain"
  "$root/bin/ensure-docker"
  # Build the CLI now, with the machine's own Maven, before any project's Maven goes on PATH.
  "$root/bin/testshard" --version >/dev/null
fi

out_all="$root/target/compat"
mkdir -p "$out_all"

# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"
json_field() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); v=d
for k in sys.argv[2].split("."): v = (v or {}).get(k) if isinstance(v, dict) else None
print("-" if v is None else v)' "$1" "$2"; }

# copy_reports PROJECT_DIR DEST: every module's target/surefire-reports/TEST-*.xml, under its path.
copy_reports() {
  local dir="$1" dest="$2" d rel
  mkdir -p "$dest"
  while IFS= read -r d; do
    rel="${d#"$dir"/}"
    mkdir -p "$dest/$rel"
    find "$d" -maxdepth 1 -name 'TEST-*.xml' -exec cp {} "$dest/$rel/" \;
  done < <(find "$dir" -type d -path '*/target/surefire-reports' -not -path '*/.git/*' | sort)
}
clean_reports() {
  find "$1" -type d -path '*/target/surefire-reports' -not -path '*/.git/*' -prune \
    -exec rm -rf {} +
}

# cpu_of "X1 X2...": the median of CPU seconds, or - when a round has none.
cpu_of() {
  case " $1 " in *" - "*|"  ") echo - ;; *) median $1 ;; esac
}
# cpu_total "A1 A2..." "B1 B2...": the median of the rounds' sums Ai + Bi, or -.
cpu_total() {
  local -a a b
  read -r -a a <<<"$1"; read -r -a b <<<"$2"
  local i sums=""
  for i in "${!a[@]}"; do
    case "${a[$i]}${b[$i]:--}" in *-*) echo -; return ;; esac
    sums+=" $(awk -v x="${a[$i]}" -v y="${b[$i]}" 'BEGIN { printf "%.1f", x + y }')"
  done
  cpu_of "$sums"
}

# tabulate OUT: the comparison of one project's saved run (OUT/run.env, the copied reports):
# diff, causes, the printed summary, OUT/results.md; appends to rows and cause_rows.
tabulate() {
  local out="$1" t f row
  # A run saved before --rounds has one round.
  rounds=1; forks_walls=""; testshard_walls=""; forks_exits=""; testshard_exits=""
  surefire_cpu=""; forks_cpus=""; testshard_cpus=""; testshard_test_cpus=""
  # shellcheck disable=SC1091
  . "$out/run.env"
  if [ "$rounds" -gt 1 ]; then
    # The wall-time comparison: the medians of the rounds (round 1's counts and difference).
    # shellcheck disable=SC2086
    forks_wall=$(median $forks_walls); testshard_wall=$(median $testshard_walls)
  fi
  python3 "$root/bench/compat_diff.py" --count --surefire "$out/surefire-forks" \
    >"$out/surefire-forks-totals.json"
  python3 "$root/bench/compat_diff.py" --surefire "$out/surefire" \
    --testshard "$out/testshard/TEST-testshard.xml" --out "$out" --label "$name" \
    --testshard-exit "$testshard_exit" \
    --testshard-says "$(sed -n 's/^testshard: //p' "$out/testshard.log" | tail -1)" >/dev/null
  t="$out/totals.json"
  f="$out/surefire-forks-totals.json"
  count() { # FILE SIDE FIELD
    if [ "$2" = "-" ]; then json_field "$1" "$3"; else json_field "$1" "$2.$3"; fi
  }
  {
    printf '   %-24s %7s %9s %7s %8s %9s %5s %6s\n' "" tests failures errors skipped "wall (s)" exit load
    printf '   %-24s %7s %9s %7s %8s %9s %5s %6s\n' "Surefire" "$(count "$t" surefire tests)" \
      "$(count "$t" surefire failures)" "$(count "$t" surefire errors)" \
      "$(count "$t" surefire skipped)" "$surefire_wall" "$surefire_exit" "$surefire_load"
    printf '   %-24s %7s %9s %7s %8s %9s %5s %6s\n' "Surefire forkCount=$parallel" \
      "$(count "$f" - tests)" "$(count "$f" - failures)" "$(count "$f" - errors)" \
      "$(count "$f" - skipped)" "$forks_wall" "$forks_exit" "$forks_load"
    printf '   %-24s %7s %9s %7s %8s %9s %5s %6s\n' "testshard --parallel $parallel" \
      "$(count "$t" testshard tests)" "$(count "$t" testshard failures)" \
      "$(count "$t" testshard errors)" "$(count "$t" testshard skipped)" "$testshard_wall" \
      "$testshard_exit" "$testshard_load"
    if [ "$rounds" -gt 1 ]; then
      echo "   $rounds rounds, wall (s) and exit code each; the table gives their medians:"
      echo "     Surefire forkCount=$parallel: $(paired "$forks_walls" "$forks_exits")"
      echo "     testshard --parallel $parallel: $(paired "$testshard_walls" "$testshard_exits")"
    fi
    if [ -n "$forks_cpus" ]; then
      echo "   CPU (s): Surefire $surefire_cpu (Maven and its fork); Surefire forkCount=$parallel $(cpu_of "$forks_cpus") (Maven and its forks);"
      echo "     testshard $(cpu_total "$testshard_cpus" "$testshard_test_cpus") = CLI and Maven build $(cpu_of "$testshard_cpus") + test JVMs $(cpu_of "$testshard_test_cpus")"
    fi
    echo "   testshard ÷ Surefire: $(ratio "$testshard_wall" "$surefire_wall")," \
      "testshard ÷ Surefire forkCount=$parallel: $(ratio "$testshard_wall" "$forks_wall")"
    echo "   differing tests: $(json_field "$t" differingTests) (list: $out/diff.txt)"
    while IFS=$'\t' read -r cause n; do printf '   %7d  %s\n' "$n" "$cause"; done <"$out/causes.tsv"
  } | tee "$out/summary.txt"

  pair() { echo "$(count "$t" surefire "$1") / $(count "$t" testshard "$1")"; }
  row="| $name | ${head:0:10} | $mvn_version | $(pair tests) | $(pair failures) | $(pair errors) | $(pair skipped) | $surefire_wall | $forks_wall | $testshard_wall ($testshard_exit) | $surefire_load / $forks_load / $testshard_load | $(ratio "$testshard_wall" "$surefire_wall") | $(ratio "$testshard_wall" "$forks_wall") | $(json_field "$t" differingTests) |"
  rows+=("$row")
  {
    echo "$row"
    while IFS=$'\t' read -r cause n; do echo "| $name | $cause | $n |"; done <"$out/causes.tsv"
  } >"$out/results.md"
  while IFS=$'\t' read -r cause n; do cause_rows+=("| $name | $cause | $n |"); done <"$out/causes.tsv"
}

rows=()
cause_rows=()
if [ "$report_only" = 1 ]; then
  saved=()
  if [ "${#specs[@]}" -gt 0 ]; then
    for n in "${specs[@]}"; do saved+=("$out_all/$(basename "$n")"); done
  else
    for d in "$out_all"/*/; do [ -f "$d/run.env" ] && saved+=("${d%/}"); done
  fi
  [ "${#saved[@]}" -gt 0 ] || { echo "compat: no saved run in $out_all" >&2; exit 2; }
  for out in "${saved[@]}"; do
    [ -f "$out/run.env" ] || { echo "compat: no saved run in $out" >&2; exit 2; }
    (. "$out/run.env"; echo; echo "== $name: $dir at ${head:0:12}, Maven $mvn_version (measured $measured)")
    tabulate "$out"
  done
fi
original_path="$PATH"
for entry in "${projects[@]}"; do
  IFS="$us" read -r dir margs targs maven commit <<<"$entry"
  name="$(basename "$dir")"
  out="$out_all/$name"
  rm -rf "$out"
  mkdir -p "$out"
  read -r -a maven_args <<<"$margs" || true
  read -r -a testshard_args <<<"$targs" || true

  mvn_bin="${MVN:-}"
  if [ -z "$mvn_bin" ] && [ "$maven" = "3.9" ] && [ ! -x "$dir/mvnw" ]; then
    mvn_bin="$("$root/bench/ensure-maven39")"
  fi
  PATH="$original_path"
  [ -n "$mvn_bin" ] && PATH="$(dirname "$mvn_bin"):$original_path"
  export PATH
  if [ -x "$dir/mvnw" ]; then
    mvn_cmd=(./mvnw)
  else
    mvn_cmd=("${mvn_bin:-mvn}")
  fi
  head="$(git -C "$dir" rev-parse HEAD 2>/dev/null || echo "-")"
  if [ -n "$commit" ] && [ "$head" != "$commit" ]; then
    echo "compat: warning: $dir is at $head, bench/corpus.txt pins $commit" >&2
  fi
  mvn_version="$(cd "$dir" && "${mvn_cmd[@]}" -v 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' \
    | sed -n 's/^Apache Maven \([^ ]*\).*/\1/p' | head -1 || true)"
  if [ -z "$mvn_version" ]; then
    # A wrapper that cannot download its Maven (feign's wants mvnd from downloads.apache.org).
    echo "compat: $name: '${mvn_cmd[*]} -v' does not run in $dir; skipped" >&2
    continue
  fi
  [ "${mvn_cmd[0]}" = ./mvnw ] && mvn_version="$mvn_version (mvnw)"
  echo
  echo "== $name: $dir at ${head:0:12}, Maven $mvn_version${margs:+, Maven args: $margs}${targs:+, testshard args: $targs}"

  # Warm-up: dependencies, Surefire's providers (a test filter that matches nothing) and
  # testshard's images (plan), so that no timed command downloads or builds what a later one
  # would find ready.
  echo "   warm-up: mvn test with no test selected, testshard plan (not timed)"
  # A module whose POM sets <failIfNoTests>true</failIfNoTests> (javaparser) fails a run that
  # selects nothing, whatever -DfailIfNoTests says: then the warm-up skips the tests instead.
  if ! (cd "$dir" && "${mvn_cmd[@]}" -B test ${maven_args[@]+"${maven_args[@]}"} \
      -Dtest=compat.warmup.NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false) \
      >"$out/warmup.log" 2>&1; then
    if grep -q "No tests were executed" "$out/warmup.log"; then
      (cd "$dir" && "${mvn_cmd[@]}" -B test ${maven_args[@]+"${maven_args[@]}"} -DskipTests) \
        >>"$out/warmup.log" 2>&1 || { echo "compat: $name: the warm-up build failed (see $out/warmup.log)" >&2;
          tail -20 "$out/warmup.log" >&2; continue; }
    else
      echo "compat: $name: the warm-up build failed (see $out/warmup.log)" >&2
      tail -20 "$out/warmup.log" >&2
      continue
    fi
  fi
  plan=("$root/bin/testshard" plan --project "$dir")
  for arg in ${maven_args[@]+"${maven_args[@]}"}; do plan+=("--maven-arg=$arg"); done
  "${plan[@]}" ${testshard_args[@]+"${testshard_args[@]}"} >"$out/warmup-testshard.log" 2>&1 || true

  echo "   Surefire (as configured)"
  clean_reports "$dir"
  start=$(now); surefire_exit=0
  (cd "$dir" && cpu_run "$out/cpu-surefire" "${mvn_cmd[@]}" -B test \
    -Dmaven.test.failure.ignore=true ${maven_args[@]+"${maven_args[@]}"}) >"$out/surefire.log" 2>&1 \
    || surefire_exit=$?
  surefire_wall=$(elapsed "$start" "$(now)"); surefire_load=$(load)
  copy_reports "$dir" "$out/surefire"

  echo "   Surefire -DforkCount=$parallel"
  clean_reports "$dir"
  forks=("${mvn_cmd[@]}" -B test -Dmaven.test.failure.ignore=true -DforkCount="$parallel"
    -DreuseForks=true ${maven_args[@]+"${maven_args[@]}"})
  start=$(now); forks_exit=0
  (cd "$dir" && cpu_run "$out/cpu-forks-1" "${forks[@]}") >"$out/surefire-forks.log" 2>&1 \
    || forks_exit=$?
  forks_wall=$(elapsed "$start" "$(now)"); forks_load=$(load)
  copy_reports "$dir" "$out/surefire-forks"
  clean_reports "$dir"

  echo "   testshard run --parallel $parallel"
  rm -rf "$dir/target/testshard"
  ts=("$root/bin/testshard" run --project "$dir" --parallel "$parallel" --progress plain
      --timings "$out/testshard-timings.json")
  for arg in ${maven_args[@]+"${maven_args[@]}"}; do ts+=("--maven-arg=$arg"); done
  ts+=(${testshard_args[@]+"${testshard_args[@]}"})
  start=$(now); testshard_exit=0
  cpu_run "$out/cpu-testshard-1" "${ts[@]}" >"$out/testshard.log" 2>&1 || testshard_exit=$?
  testshard_wall=$(elapsed "$start" "$(now)"); testshard_load=$(load)
  mkdir -p "$out/testshard"
  for f in TEST-testshard.xml summary.json build.log; do
    [ -f "$dir/target/testshard/$f" ] && cp "$dir/target/testshard/$f" "$out/testshard/"
  done

  # More rounds of the two timed runs the wall-time comparison rests on, in turn.
  forks_walls="$forks_wall"; testshard_walls="$testshard_wall"
  forks_exits="$forks_exit"; testshard_exits="$testshard_exit"
  # CPU seconds: Maven with its forks; testshard's CLI with its build, and its tests' JVMs.
  surefire_cpu=$(cat "$out/cpu-surefire" 2>/dev/null || echo -)
  forks_cpus=$(cat "$out/cpu-forks-1" 2>/dev/null || echo -)
  testshard_cpus=$(cat "$out/cpu-testshard-1" 2>/dev/null || echo -)
  testshard_test_cpus=$(json_field "$out/testshard/summary.json" steps.testCpuSeconds 2>/dev/null \
    || echo -)
  for ((round = 2; round <= rounds; round++)); do
    echo "   round $round of $rounds: Surefire -DforkCount=$parallel, testshard run --parallel $parallel"
    clean_reports "$dir"
    start=$(now); e=0
    (cd "$dir" && cpu_run "$out/cpu-forks-$round" "${forks[@]}") \
      >"$out/surefire-forks-$round.log" 2>&1 || e=$?
    forks_walls+=" $(elapsed "$start" "$(now)")"; forks_exits+=" $e"
    forks_cpus+=" $(cat "$out/cpu-forks-$round" 2>/dev/null || echo -)"
    clean_reports "$dir"
    rm -rf "$dir/target/testshard"
    start=$(now); e=0
    cpu_run "$out/cpu-testshard-$round" "${ts[@]}" >"$out/testshard-$round.log" 2>&1 || e=$?
    testshard_walls+=" $(elapsed "$start" "$(now)")"; testshard_exits+=" $e"
    testshard_cpus+=" $(cat "$out/cpu-testshard-$round" 2>/dev/null || echo -)"
    testshard_test_cpus+=" $(json_field "$dir/target/testshard/summary.json" \
      steps.testCpuSeconds 2>/dev/null || echo -)"
  done

  {
    printf 'name=%q\ndir=%q\nhead=%q\nmvn_version=%q\nparallel=%q\nmeasured=%q\n' "$name" "$dir" \
      "$head" "$mvn_version" "$parallel" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    for v in surefire forks testshard; do
      for k in wall exit load; do printf '%s_%s=%q\n' "$v" "$k" "$(eval echo "\$${v}_$k")"; done
    done
    printf 'rounds=%q\nforks_walls=%q\ntestshard_walls=%q\nforks_exits=%q\ntestshard_exits=%q\n' \
      "$rounds" "$forks_walls" "$testshard_walls" "$forks_exits" "$testshard_exits"
    printf 'surefire_cpu=%q\nforks_cpus=%q\ntestshard_cpus=%q\ntestshard_test_cpus=%q\n' \
      "$surefire_cpu" "$forks_cpus" "$testshard_cpus" "$testshard_test_cpus"
  } >"$out/run.env"
  tabulate "$out"
done
PATH="$original_path"

results="$out_all/results.md"
{
  echo "# testshard compatibility, --parallel $parallel, $(nproc) CPUs, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "Counts are Surefire / testshard. Wall times in seconds, each with the command's own Maven build (with --rounds R > 1, the forkCount=$parallel and testshard columns are the medians of R rounds, $rounds here); testshard's exit code in parentheses; load: the machine's 5-minute load average at the end of each of the three."
  echo
  echo "| project | commit | Maven | tests | failures | errors | skipped | Surefire | Surefire forkCount=$parallel | testshard | load | ÷ Surefire | ÷ forkCount=$parallel | differing tests |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]+"${rows[@]}"}"
  echo
  echo "Differing tests by cause (a test may have more than one):"
  echo
  echo "| project | cause | tests |"
  echo "|---|---|---|"
  printf '%s\n' "${cause_rows[@]+"${cause_rows[@]}"}"
} >"$results"
echo
cat "$results"
echo
echo "written to $results"
[ "$missing" -eq 0 ] || { echo "compat: $missing corpus project(s) missing" >&2; exit 1; }

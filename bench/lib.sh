# Helpers shared by the bench scripts (sourced, not run): timing, ratios and example copies.

# The time now, in seconds with nanoseconds.
now() { date +%s.%N; }

# elapsed START END: the seconds between two now()s, to a tenth.
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# ratio A B: A / B to two decimals, or - when B is zero.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# mean X...: the mean of the numbers, to a tenth.
mean() { printf '%s\n' "$@" | awk '{ s += $1 } END { printf "%.1f", s / NR }'; }

# median X...: the middle of the numbers (the mean of the middle two for an even count).
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR % 2) printf "%.1f", v[(NR + 1) / 2]; else printf "%.1f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# paired "W1 W2..." "E1 E2...": each wall time with its exit code, "W1 (E1), W2 (E2)".
paired() {
  local -a w e
  read -r -a w <<<"$1"; read -r -a e <<<"$2"
  local i out=""
  for i in "${!w[@]}"; do out+="${out:+, }${w[$i]} (${e[$i]:-?})"; done
  echo "$out"
}

# cpu_run FILE CMD...: runs CMD and writes to FILE the CPU seconds (user and system) it and the
# processes it waited for used: Maven with its forks, testshard's CLI with its Maven build (not
# the shard containers: their JVMs' CPU is in testshard's summary.json). Returns CMD's exit code.
cpu_run() {
  local file="$1"
  shift
  python3 -c 'import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
used = resource.getrusage(resource.RUSAGE_CHILDREN)
open(sys.argv[1], "w").write("%.1f\n" % (used.ru_utime + used.ru_stime))
sys.exit(code)' "$file" "$@"
}

# The 5-minute load average now: wall times on a shared machine mean little without it.
load() { cut -d' ' -f2 /proc/loadavg 2>/dev/null || echo "-"; }

# copy_example ROOT SUITE DEST: examples/SUITE copied to DEST without its build output, so a
# benchmark never touches the checkout.
copy_example() {
  mkdir -p "$3"
  (cd "$1/examples/$2" && tar --exclude=./target --exclude=./.testshard -cf - .) | (cd "$3" && tar -xf -)
}

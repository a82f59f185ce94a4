# Helpers shared by the bench scripts (sourced, not run): timing, ratios and example copies.

# The time now, in seconds with nanoseconds.
now() { date +%s.%N; }

# elapsed START END: the seconds between two now()s, to a tenth.
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# ratio A B: A / B to two decimals, or - when B is zero.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# mean X...: the mean of the numbers, to a tenth.
mean() { printf '%s\n' "$@" | awk '{ s += $1 } END { printf "%.1f", s / NR }'; }

# The 5-minute load average now: wall times on a shared machine mean little without it.
load() { cut -d' ' -f2 /proc/loadavg 2>/dev/null || echo "-"; }

# copy_example ROOT SUITE DEST: examples/SUITE copied to DEST without its build output, so a
# benchmark never touches the checkout.
copy_example() {
  mkdir -p "$3"
  (cd "$1/examples/$2" && tar --exclude=./target --exclude=./.testshard -cf - .) | (cd "$3" && tar -xf -)
}

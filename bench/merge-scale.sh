#!/usr/bin/env bash
# Merge at scale: generates 50 shard reports holding 100,000 test cases in all (some with
# failures and output), merges them with `testshard merge` under a 256 MB heap, and prints the
# wall time, the merge's own time and the peak memory of the JVM.
#
#   bench/merge-scale.sh [SHARDS] [CASES_PER_SHARD]      (default 50 2000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shards="${1:-50}"
per_shard="${2:-2000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "generating $shards shard reports with $per_shard test cases each in $work"
for s in $(seq 1 "$shards"); do
  awk -v shard="$s" -v n="$per_shard" 'BEGIN {
    printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"shard-%d\">\n", shard
    per_class = 20
    for (c = 0; c < n / per_class; c++) {
      cls = sprintf("com.example.s%02d.pkg%03d.Generated%03dTest", shard, c % 50, c)
      printf "  <testsuite name=\"%s\" hostname=\"shard-%d\" tests=\"%d\" failures=\"0\" errors=\"0\" skipped=\"0\" time=\"1.000\">\n", cls, shard, per_class
      for (t = 0; t < per_class; t++) {
        printf "    <testcase classname=\"%s\" name=\"test%03d()\" time=\"0.050\"", cls, t
        if ((c * per_class + t) % 97 == 0) {
          printf ">\n      <failure message=\"expected 1 but was 2\" type=\"org.opentest4j.AssertionFailedError\">org.opentest4j.AssertionFailedError: expected 1 but was 2\n\tat %s.test%03d(Generated.java:%d)\n</failure>\n      <system-out>line one of output\nline two of output\n</system-out>\n    </testcase>\n", cls, t, t
        } else {
          printf "/>\n"
        }
      }
      printf "  </testsuite>\n"
    }
    printf "</testsuites>\n"
  }' > "$work/TEST-shard-$s.xml"
done
du -sh "$work" | awk '{print "input size: " $1}'

# Build the CLI if needed, then run the merge with a 256 MB heap and measure the JVM's peak RSS
# with GNU time (Debian package "time").
"$root/bin/testshard" --version >/dev/null
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq time >/dev/null
  else
    echo "merge-scale: needs GNU time (/usr/bin/time; Debian package 'time')" >&2
    exit 1
  fi
fi
/usr/bin/time -f "%e %M" -o "$work/time.txt" \
  env TESTSHARD_JAVA_OPTS="-Xmx256m" "$root/bin/testshard" merge --output "$work/merged.xml" "$work" \
  > "$work/merge.log" 2>&1 || true
cat "$work/merge.log"
read -r elapsed peak_kb < <(tail -n 1 "$work/time.txt")
cases=$(grep -c "<testcase " "$work/merged.xml" || true)
suites=$(grep -c "<testsuite " "$work/merged.xml" || true)
printf '\n%-28s %s\n' "test cases merged" "$cases"
printf '%-28s %s\n' "suites written" "$suites"
printf '%-28s %.2f s (target <= 5 s, JVM start included)\n' "merge wall time" "$elapsed"
printf '%-28s %d MB (heap capped at 256 MB)\n' "peak resident memory" "$((peak_kb / 1024))"

#!/usr/bin/env bash
# A/B of two testshard commits on one project: runs `testshard run --no-build --parallel N -q`
# from each commit in turn (A, B, A, B, ...), after one untimed warm-up each (each commit's own
# images), and prints every run's wall time, its shards' seconds and exit code, then the mean
# wall time of each side and B/A. Both sides run on the same machine in the same minutes, so a
# change of load hits both; the project's own build is done once before (its classes, its
# testshard-module.json), so only testshard's part is timed.
#
#   bench/ab.sh COMMIT_A COMMIT_B PROJECT_DIR [ROUNDS] [N] [-- BUILD ARGS...]
#
# Defaults: 3 rounds, N = CPU count. BUILD ARGS go to the one build (`testshard plan`), e.g.
# '--maven-arg=--projects' '--maven-arg=!test-shrinker,!test-jpms' for gson; with MVN set, its
# directory goes first on PATH for the project's build, as in bench/compat.sh.
#
# Each commit is checked out into a worktree under target/ab/ and built there. A run that does
# not exit 0 keeps its console output in target/ab/failed-<side>-<round>.log.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -lt 3 ]; then
  echo "usage: bench/ab.sh COMMIT_A COMMIT_B PROJECT_DIR [ROUNDS] [N]" >&2
  exit 2
fi
commit_a="$1"
commit_b="$2"
project="$(cd "$3" && pwd)"
shift 3
rounds=3
n="$(nproc)"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then rounds="$1"; shift; fi
if [ $# -gt 0 ] && [ "$1" != "--" ]; then n="$1"; shift; fi
[ $# -gt 0 ] && [ "$1" = "--" ] && shift
build_args=("$@")
out="$root/target/ab"
mkdir -p "$out"

"$root/bin/ensure-docker"
declare -A tree
for side in A B; do
  commit="$commit_a"
  [ "$side" = B ] && commit="$commit_b"
  dir="$out/tree-$side"
  git -C "$root" worktree remove --force "$dir" >/dev/null 2>&1 || true
  git -C "$root" worktree add --force --detach "$dir" "$commit" >/dev/null 2>&1
  echo "== $side: $(git -C "$dir" log -1 --format='%h %<(70,trunc)%s')"
  (cd "$dir" && mvn -B -q -o -DskipTests package >/dev/null 2>&1 || mvn -B -q -DskipTests package >/dev/null)
  tree[$side]="$dir"
done

echo "== building $project once (B's CLI), then one untimed run per side"
project_path="$PATH"
[ -n "${MVN:-}" ] && project_path="$(dirname "$MVN"):$PATH"
PATH="$project_path" "${tree[B]}/bin/testshard" plan --project "$project" "${build_args[@]}" >/dev/null
for side in A B; do
  "${tree[$side]}/bin/testshard" run --project "$project" --no-build --parallel "$n" -q >/dev/null 2>&1 || true
done

walls="$out/walls.tsv"
: >"$walls"
for round in $(seq 1 "$rounds"); do
  for side in A B; do
    start=$(date +%s.%N)
    set +e
    "${tree[$side]}/bin/testshard" run --project "$project" --no-build --parallel "$n" -q \
      >"$out/last-$side.log" 2>&1
    code=$?
    set -e
    end=$(date +%s.%N)
    if [ "$code" -ne 0 ]; then
      cp "$out/last-$side.log" "$out/failed-$side-$round.log"
      cp "$project/target/testshard/TEST-testshard.xml" "$out/failed-$side-$round.xml" 2>/dev/null || true
    fi
    python3 - "$side" "$round" "$code" "$start" "$end" "$project/target/testshard/summary.json" "$walls" <<'PY'
import json, sys
side, rnd, code, start, end, summary, walls = sys.argv[1:]
wall = float(end) - float(start)
shards = sorted(json.load(open(summary))["shards"], key=lambda s: s["id"])
print("%s round %s: wall %5.1f s, exit %s, shards %s" % (
    side, rnd, wall, code, " ".join("%.1f" % s["durationSeconds"] for s in shards)))
with open(walls, "a") as f:
    f.write("%s\t%.3f\n" % (side, wall))
PY
  done
done
python3 - "$walls" <<'PY'
import sys
walls = {"A": [], "B": []}
for line in open(sys.argv[1]):
    side, wall = line.split()
    walls[side].append(float(wall))
mean = {side: sum(v) / len(v) for side, v in walls.items()}
print("mean wall: A %.1f s, B %.1f s; B / A = %.2f" % (mean["A"], mean["B"], mean["B"] / mean["A"]))
PY
for side in A B; do
  git -C "$root" worktree remove --force "$out/tree-$side" >/dev/null 2>&1 || true
done

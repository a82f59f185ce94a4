#!/usr/bin/env bash
# The cluster benchmark: one suite at --parallel N (dynamic workers, with the timing history) on
# the local Docker engine and on the project's two-node lab cluster (bin/ensure-k8s-lab), in one
# run, taking turns, and the ratio of the cluster's wall to the local one plus the image push.
# Then the cluster simulation (bench/simulate-cluster.py) for N = 10, 50, 200 pods with the pod
# start measured here.
#
#   bench/kubernetes.sh [N] [SUITE] [ROUNDS]     (default: 8 multi-package 2)
#
# Both start warm: one run each first (images built, the history written, the base and dependency
# layers in the registry), so that a timed cluster run pushes only the run's own layer, as every
# run after a project's first does. The lab's nodes share this machine's CPUs, so this measures
# what the cluster adds (push, pod start, log streaming), not more capacity.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-8}"
suite="${2:-multi-package}"
rounds="${3:-2}"

"$root/bin/ensure-toolchain"
"$root/bin/ensure-docker"
lab="$("$root/bin/ensure-k8s-lab")"
KUBECONFIG="$(sed -n 's/^KUBECONFIG=//p' <<<"$lab" | tail -1)"
REGISTRY="$(sed -n 's/^REGISTRY=//p' <<<"$lab" | tail -1)"
export KUBECONFIG
(cd "$root" && mvn -B -q -DskipTests package)
testshard="$root/bin/testshard"
out="$root/target/bench"
mkdir -p "$out"
results="$out/kubernetes.md"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
work="$scratch/$suite"
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"
copy_example "$root" "$suite" "$work"

# CPU time, in seconds, that the whole machine spent busy (user, nice, system, irq, softirq) and
# that the lab's own processes (API server, etcd, controllers, scheduler, kubelets and the nodes'
# container engines) spent, so far: the benchmark's runs are CPU-bound on the cores they share.
busy_seconds() { awk -v hz="$(getconf CLK_TCK)" '/^cpu /{printf "%.1f", ($2+$3+$4+$7+$8)/hz}' /proc/stat; }
lab_seconds() {
  local pid total=0
  for pid in $(pgrep -f 'testshard-k8s-lab|/k8s-lab/' || true); do
    total=$((total + $(awk '{print $14+$15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  awk -v t="$total" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t/hz}'
}
# run_timed NAME ARGS... : one run; prints its wall time in seconds, and writes the CPU seconds the
# machine and the lab spent during it to $scratch/NAME.cpu ("busy lab").
run_timed() {
  local name="$1"
  shift
  local start end busy0 lab0
  busy0=$(busy_seconds)
  lab0=$(lab_seconds)
  start=$(now)
  "$testshard" run --project "$work" --parallel "$n" --report-dir "$scratch/$name" "$@" \
    >"$scratch/$name.log" 2>&1 || { echo "bench: $name failed (see below)" >&2; tail -30 "$scratch/$name.log" >&2; exit 1; }
  end=$(now)
  awk -v b0="$busy0" -v b1="$(busy_seconds)" -v l0="$lab0" -v l1="$(lab_seconds)" \
    'BEGIN {printf "%.1f %.1f\n", b1 - b0, l1 - l0}' >"$scratch/$name.cpu"
  elapsed "$start" "$end"
}
# cpu_means KIND: the mean busy and lab CPU seconds of the rounds' runs of that kind.
cpu_means() { cat "$scratch/$1"-[0-9]*.cpu | awk '{b += $1; l += $2} END {printf "%.1f %.1f", b/NR, l/NR}'; }
cluster=(--kubernetes --registry "$REGISTRY/testshard")

echo "== $suite: warming up (local run, cluster run)"
run_timed warm-local >/dev/null
run_timed warm-cluster "${cluster[@]}" >/dev/null

locals=()
clusters=()
pushes=()
for round in $(seq 1 "$rounds"); do
  echo "== $suite: round $round, local engine"
  locals+=("$(run_timed "local-$round")")
  echo "== $suite: round $round, cluster"
  clusters+=("$(run_timed "cluster-$round" "${cluster[@]}")")
  pushes+=("$(sed -n 's/.*image pushed as .* in \([0-9.]*\) s.*/\1/p' "$scratch/cluster-$round.log" | head -1)")
done

# What starting containers costs the lab: a pod is two containers (its sandbox and the agent), and
# the lab's nodes share this machine's kernel and CPUs. The same minute, the sandbox image started
# at once, 8 on one node's engine, then 8 on each of the two nodes (as 8 pods need).
# shellcheck source=bin/lib/k8s-lab.sh
. "$root/bin/lib/k8s-lab.sh"
containers_at_once() { # COUNT NODE...: seconds to start COUNT containers on each NODE at once
  local count=$1 start end node i
  shift
  start=$(now)
  for node in "$@"; do
    for i in $(seq "$count"); do
      node_docker "$node" run -d --network none --label testshard-bench=1 "$PAUSE_IMAGE" >/dev/null &
    done
  done
  wait
  end=$(now)
  for node in "$@"; do
    node_docker "$node" ps -aq --filter label=testshard-bench=1 |
      while read -r id; do node_docker "$node" rm -f "$id" >/dev/null; done
  done
  elapsed "$start" "$end"
}
echo "== lab: containers started at once"
one_node="$(containers_at_once 8 1)"
two_nodes="$(containers_at_once 8 1 2)"

local_wall="$(mean "${locals[@]}")"
cluster_wall="$(mean "${clusters[@]}")"
push="$(mean "${pushes[@]}")"
# Pod start: creation to the container running, as each worker's output.log says.
pod_start="$(cat "$scratch"/cluster-*/shards/*/output.log |
  sed -n 's/.*started \([0-9]*\) ms after it was created.*/\1/p' |
  awk '{ s += $1 } END { if (NR) printf "%.2f", s / NR / 1000; else print "2.7" }')"

{
  echo "# testshard on a cluster, $suite, --parallel $n, $(nproc) CPUs, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "Lab: Kubernetes 1.20.2, two nodes on this machine (bin/ensure-k8s-lab). Mean of $rounds rounds."
  echo
  echo "| where | walls (s) | mean wall (s) |"
  echo "|---|---|---|"
  echo "| local engine | ${locals[*]} | $local_wall |"
  echo "| cluster | ${clusters[*]} | $cluster_wall |"
  echo "| of which the image push | ${pushes[*]} | $push |"
  echo
  awk -v c="$cluster_wall" -v l="$local_wall" -v p="$push" 'BEGIN {
    printf "cluster / local: %.2f; cluster / (local + push): %.2f (target: at most 1.15)\n", c / l, c / (l + p) }'
  read -r local_busy local_lab <<<"$(cpu_means local)"
  read -r cluster_busy cluster_lab <<<"$(cpu_means cluster)"
  echo "CPU seconds the machine spent during a run (mean): local $local_busy, cluster $cluster_busy;"
  echo "of which the lab's own processes: $local_lab while the local run ran, $cluster_lab while the"
  echo "cluster run ran (its API server, etcd, kubelets and node engines, on the $(nproc) CPUs the tests use)"
  echo "mean pod start (created to running): $pod_start s"
  echo "containers started at once on the lab's engines: 8 on one node $one_node s, 8 on each of"
  echo "the two $two_nodes s (8 pods are 16 containers, 8 local shards are 8; the nodes share one"
  echo "kernel and $(nproc) CPUs here, where a real cluster's nodes start theirs side by side)"
  echo
  "$root/bench/simulate-cluster.py" "$scratch/cluster-1/TEST-testshard.xml" \
    --pod-start "$pod_start" --node-pull "$push" 10 50 200
  echo
  "$root/bench/simulate-cluster.py" "$scratch/cluster-1/TEST-testshard.xml" \
    --pod-start "$pod_start" --node-pull "$push" --hour 10 50 200
} | tee "$results"
echo "(also in $results)"

# Settings and helpers shared by bin/ensure-k8s-lab and bin/stop-k8s-lab (sourced, not run).
#
# Environment: TESTSHARD_K8S_LAB_CACHE (built binaries, default ~/.cache/testshard/k8s-lab),
# TESTSHARD_K8S_LAB_NET (the lab's /24, default 10.215.0: control plane .1, node i .(10+i),
# this host .254), TESTSHARD_K8S_LAB_REGISTRY_PORT (default 5215), TESTSHARD_K8S_LAB_LOG.

K8S_VERSION=1.20.2
NODES=2
CACHE=${TESTSHARD_K8S_LAB_CACHE:-$HOME/.cache/testshard/k8s-lab}
BIN=$CACHE/$K8S_VERSION/bin
LOG=${TESTSHARD_K8S_LAB_LOG:-/var/log/testshard-k8s-lab.log}
NET=${TESTSHARD_K8S_LAB_NET:-10.215.0}
LIB=/var/lib/testshard-k8s-lab
RUN=/run/testshard-k8s-lab
CP=tslab-cp             # network namespace of etcd, the control plane and the registry
BR=tslabbr0             # the lab's bridge, inside $CP
HOST_IF=tslab-host      # this host's leg on that bridge, at $NET.254
API=https://$NET.1:6443
REGISTRY_PORT=${TESTSHARD_K8S_LAB_REGISTRY_PORT:-5215}
# The registry listens on $NET.1:5000 in $CP; a forwarder on 127.0.0.1 in this host and in each
# node gives it one name everywhere, and Docker trusts plain HTTP on 127.0.0.0/8 without any
# daemon setting, so the host's engine can push to it as it is.
REGISTRY=127.0.0.1:$REGISTRY_PORT
KUBECONFIG_FILE=$RUN/kubeconfig
KUBECTL=$BIN/kubectl
PAUSE_IMAGE=testshard-lab/pause:3.4.1

node_ns() { echo "tslab-n$1"; }
node_ip() { echo "$NET.$((10 + $1))"; }

log() {
  echo "$SCRIPT: $*" >&2
  echo "[$(date -u +%T)] $SCRIPT: $*" >>"$LOG"
}
fail() {
  log "$*"
  exit 1
}
# step "what" command...: one line on the terminal, the command's own output in the log (its
# last line also in the message when it fails). The
# command runs as a background job and is waited for: in a `cmd || fail` list bash would ignore
# set -e inside cmd, so that a failing line in the middle of a function would go unnoticed.
step() {
  local what=$1
  shift
  log "$what"
  "$@" >>"$LOG" 2>&1 &
  wait $! || fail "failed: $what: $(tail -n 1 "$LOG" | cut -c1-200) (see $LOG)"
}
# wait_until seconds command...: 0 as soon as the command succeeds, 1 after the deadline
wait_until() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}
# node_docker i args...: the docker CLI against node i's own engine
node_docker() {
  local i=$1
  shift
  docker -H "unix://$RUN/n$i/docker.sock" "$@"
}
lab_kubectl() { "$KUBECTL" --kubeconfig "$KUBECONFIG_FILE" "$@"; }

registry_answers() { curl -fsS -m 5 "http://$REGISTRY/v2/" >/dev/null 2>&1; }

# lock: one ensure or stop at a time (stop run by ensure already holds it). Every daemon is
# started with fd 9 closed, or it would hold the lock for as long as the lab runs.
lock() {
  [ -z "${TESTSHARD_K8S_LAB_LOCKED:-}" ] || return 0
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.lock"
  flock 9
  export TESTSHARD_K8S_LAB_LOCKED=1
}

require_root() {
  [ "$(id -u)" = 0 ] || fail "run as root (network namespaces, mounts, cgroups)"
}

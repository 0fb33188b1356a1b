# Shared settings of the real node (sourced after ../env.sh by up.sh, down.sh, images.sh).
# shellcheck shell=bash
rn_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Persistent: containerd's content store and snapshots, built images, rendered configs, logs.
rn_cache="$k8s_cache/real-node"
rn_logs="$rn_cache/logs"
# Runtime state (sockets, pid files, network namespaces, IP allocations): gone after a reboot.
rn_run="${CHAOS_REAL_NODE_RUN_DIR:-/run/chaos-action}"
containerd_sock="$rn_run/containerd/containerd.sock"

rn_node_name=real-node-0
rn_node_label="chaos-action.dev/node=real"
rn_taint_key="chaos-action.dev/real-node"
# Pods get addresses from this /24 on a bridge of our own; the node's own address (the kubelet
# listens there, the API server reaches it there) is the bridge's .1. Nothing is routed further:
# no default route in pods, no masquerade, no forwarding (see cni.conflist).
rn_bridge=chaos-br0
rn_subnet_prefix=10.213.0
rn_node_ip="$rn_subnet_prefix.1"

# Local image names (never pulled: imported from tarballs built by images.sh).
rn_pause_image="chaos-action.local/pause:3.10"
rn_sample_image="chaos-action.local/sample-service:1"

# Kernel settings the kubelet changes at start (its "kernel tunables"); saved before, restored
# by down.sh.
kubelet_sysctls=(vm/overcommit_memory vm/panic_on_oom kernel/panic kernel/panic_on_oops
  kernel/keys/root_maxkeys kernel/keys/root_maxbytes)
sysctl_saved="$rn_run/real-node/sysctl.saved"

ctr_() { ctr --address "$containerd_sock" "$@"; }

# The last lines of a component's log, for errors that name what failed.
rn_fail() {
  local component="$1" log="$2" why="$3"
  k8s_log "real node: $component $why"
  if [[ -s "$log" ]]; then
    k8s_log "last lines of $log:"
    tail -n 25 "$log" | sed 's/^/    /' >&2
  fi
  exit 1
}

# pid of a component we started (its pid file), when that process still runs.
rn_pid() {
  local file="$rn_run/real-node/$1.pid" pid
  [[ -s "$file" ]] || return 1
  pid="$(cat "$file")"
  # The pid must still be that component (not a recycled pid).
  tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -q -- "$1" || return 1
  echo "$pid"
}

# Starts a component detached from our session (a Ctrl-C of the caller must not stop the node),
# with the lock fds closed, its output appended to its log, and records its pid.
spawn() {
  local name="$1" log="$2"
  shift 2
  printf '\n==== %s started %s ====\n' "$name" "$(date -u +%FT%TZ)" >>"$log"
  setsid "$@" </dev/null >>"$log" 2>&1 7>&- 8>&- 9>&- &
  echo $! >"$rn_run/real-node/$name.pid"
}

# Stops a component we started: SIGTERM, up to 10s, then SIGKILL.
rn_stop() {
  local name="$1" pid i
  pid="$(rn_pid "$name")" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    [[ -d "/proc/$pid" ]] || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$rn_run/real-node/$name.pid"
}

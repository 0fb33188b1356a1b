#!/usr/bin/env bash
# Stops and deletes the local test cluster (the real node, the control-plane processes and etcd
# data). Safe when none exists.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

kwokctl="$k8s_bin/kwokctl"
if [[ ! -x "$kwokctl" ]]; then
  k8s_log "no binaries for these versions, so no cluster to stop"
  exit 0
fi
mkdir -p "$k8s_cache"
exec 8>"$k8s_cache/cluster.lock"
flock -w 600 8 || { k8s_log "timed out waiting for $k8s_cache/cluster.lock"; exit 1; }
# The real node goes first (its kubelet would otherwise keep calling a vanished API server), when
# it serves this cluster.
owner="$(cat "$real_node_owner_file" 2>/dev/null || true)"
if [[ "$owner" == "$cluster_name" || (-z "$owner" && "$real_node" == 1) ]]; then
  bash "$k8s_dir/real-node/down.sh" 8>&-
fi
if "$kwokctl" get clusters 2>/dev/null 8>&- | grep -qx "$cluster_name"; then
  "$kwokctl" delete cluster --name "$cluster_name" --kubeconfig "$kubeconfig_path" >&2 8>&-
else
  k8s_log "no cluster $cluster_name"
fi
rm -f "$kubeconfig_path"

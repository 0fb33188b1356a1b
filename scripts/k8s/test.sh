#!/usr/bin/env bash
# npm run test:k8s — build the control plane if needed, start the cluster, run the suites in
# __tests__/k8s/ against it, and always tear the cluster down. Extra arguments go to node --test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

node_bin="$repo_root/node_modules/.bin/node"
[[ -x "$node_bin" ]] || node_bin=node

bash "$k8s_dir/build.sh" >/dev/null
# A cluster that was already running (npm run cluster:up, or another run on this machine) is
# left alone at the end; one this script starts is always deleted, also on failure.
preexisting=""
k8s_cluster_healthy && preexisting=1
cleanup() {
  local rc=$?
  if [[ -n "$preexisting" ]]; then
    k8s_log "leaving the already running cluster $cluster_name up"
  elif [[ -z "${CHAOS_K8S_KEEP:-}" ]]; then
    bash "$k8s_dir/cluster-down.sh" || true
  else
    k8s_log "CHAOS_K8S_KEEP set: leaving $cluster_name running"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

KUBECONFIG="$(bash "$k8s_dir/cluster-up.sh")"
export KUBECONFIG
cd "$repo_root"
# One suite at a time: they share one cluster and the machine has few cores.
"$node_bin" --test --test-concurrency=1 --test-timeout=300000 "${@:-__tests__/k8s/**/*.test.ts}"

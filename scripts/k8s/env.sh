# Shared settings for the local Kubernetes test cluster (sourced by cluster-up/down and test.sh).
# shellcheck shell=bash
k8s_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$k8s_dir/../.." && pwd)"
# shellcheck source=versions.env
source "$k8s_dir/versions.env"

export CHAOS_CACHE_DIR="${CHAOS_CACHE_DIR:-$HOME/.cache/chaos-action}"
k8s_cache="$CHAOS_CACHE_DIR/k8s"
cluster_name="${CHAOS_K8S_CLUSTER:-chaos-action-test}"
kubeconfig_path="${CHAOS_K8S_KUBECONFIG:-$k8s_cache/kubeconfig}"
# Chaos Mesh CRDs live beside the project checkout (shared/ is a sibling of the repo root).
crds_file="${CHAOS_MESH_CRDS:-$repo_root/../shared/k8s/chaos-mesh-crds-v2.8.3.yaml}"
fake_nodes="${CHAOS_K8S_NODES:-3}"
# Chaos Mesh kinds whose status the kwok Stages emulate (pod-based kinds sharing one status shape).
chaos_kinds=(PodChaos NetworkChaos StressChaos HTTPChaos IOChaos DNSChaos TimeChaos)
# The namespace whose chaos the real Chaos Mesh handles (CHAOS_MESH=real); the Stages skip it.
chaos_mesh_real_ns="${CHAOS_MESH_REAL_NAMESPACE:-chaos-real}"

# The real node (kubelet + containerd, scripts/k8s/real-node/) joins the default cluster unless
# CHAOS_K8S_REAL_NODE=0; other clusters get it only with CHAOS_K8S_REAL_NODE=1. There is one per
# machine (one kubelet, one /var/lib/kubelet), so only one cluster at a time can have it.
if [[ "$cluster_name" == chaos-action-test ]]; then
  real_node="${CHAOS_K8S_REAL_NODE:-1}"
else
  real_node="${CHAOS_K8S_REAL_NODE:-0}"
fi
# Which cluster the running real node serves (written by real-node/up.sh).
real_node_owner_file="${CHAOS_REAL_NODE_RUN_DIR:-/run/chaos-action}/real-node/cluster"

# kwokctl keeps its clusters, pid files and logs here; keep them with the cache, not in ~/.kwok.
export KWOK_WORKDIR="$k8s_cache/kwok"
export KWOK_KUBE_VERSION="$KUBE_VERSION"

# Where build.sh puts the binaries for the pinned versions (same key as build.sh).
k8s_bin="$k8s_cache/$(sha256sum "$k8s_dir/versions.env" | cut -c1-16)/bin"

k8s_log() { echo "[k8s] $*" >&2; }

# Sets $bin (the cached binaries) and exports the KWOK_*_BINARY variables kwokctl reads.
k8s_use_binaries() {
  bin="$(bash "$k8s_dir/build.sh")"
  export KWOK_KUBE_APISERVER_BINARY="$bin/kube-apiserver"
  export KWOK_KUBE_CONTROLLER_MANAGER_BINARY="$bin/kube-controller-manager"
  export KWOK_KUBE_SCHEDULER_BINARY="$bin/kube-scheduler"
  export KWOK_CONTROLLER_BINARY="$bin/kwok"
  export KWOK_ETCD_BINARY="$bin/etcd"
  export KWOK_KUBECTL_BINARY="$bin/kubectl"
  kwokctl="$bin/kwokctl"
  # The kubectl built with the cluster, so a fresh CI machine needs nothing preinstalled and the
  # client always matches the server.
  kubectl="$bin/kubectl"
}

kc() { "$kubectl" --kubeconfig "$kubeconfig_path" "$@"; }

# True when the cluster answers /readyz through the known kubeconfig.
k8s_cluster_healthy() {
  [[ -s "$kubeconfig_path" && -x "$k8s_bin/kubectl" ]] &&
    "$k8s_bin/kubectl" --kubeconfig "$kubeconfig_path" get --raw /readyz --request-timeout=5s >/dev/null 2>&1
}

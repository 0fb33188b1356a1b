#!/usr/bin/env bash
# Starts (or reuses) the local control plane: etcd + kube-apiserver + kube-controller-manager +
# kube-scheduler + kwok-controller as plain processes (kwokctl --runtime binary), with fake nodes,
# the Chaos Mesh CRDs and the kwok Stages that emulate Chaos Mesh, and the real node
# (real-node/up.sh: kubelet + containerd; CHAOS_K8S_REAL_NODE=0 leaves it out). Prints the
# kubeconfig path.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

k8s_use_binaries
mkdir -p "$k8s_cache"
# Serialise up/down. The lock fd is closed (8>&-) for kwokctl: the control-plane processes it
# leaves running would otherwise inherit it and hold the lock for the cluster's lifetime.
exec 8>"$k8s_cache/cluster.lock"
flock -w 600 8 || { k8s_log "timed out waiting for $k8s_cache/cluster.lock"; exit 1; }

started=$(date +%s)

if "$kwokctl" get clusters 2>/dev/null 8>&- | grep -qx "$cluster_name"; then
  if k8s_cluster_healthy; then
    k8s_log "cluster $cluster_name already running"
  else
    # A stopped or half-created cluster (machine rebooted, killed run): start from scratch.
    k8s_log "cluster $cluster_name exists but is not healthy; recreating"
    "$kwokctl" delete cluster --name "$cluster_name" --kubeconfig "$kubeconfig_path" >&2 8>&- || true
  fi
fi

if ! k8s_cluster_healthy; then
  rm -f "$kubeconfig_path"
  k8s_log "creating cluster $cluster_name (kube $KUBE_VERSION, etcd $ETCD_VERSION, kwok $KWOK_VERSION)"
  # kwok manages only the nodes annotated kwok.x-k8s.io/node=fake (kwokctl's default is every
  # node, which would overwrite the real node's status). The API server authenticates to kubelets
  # (the real node's) with the cluster's admin certificate, which the kubelet checks against the
  # cluster CA.
  pki="$KWOK_WORKDIR/clusters/$cluster_name/pki"
  kwokctl_config="$k8s_cache/kwokctl-$cluster_name.yaml"
  cat >"$kwokctl_config" <<EOF
apiVersion: config.kwok.x-k8s.io/v1alpha1
kind: KwokctlConfiguration
componentsPatches:
  - name: kwok-controller
    extraArgs:
      - key: manage-all-nodes
        value: "false"
        override: true
      - key: manage-nodes-with-annotation-selector
        value: kwok.x-k8s.io/node=fake
  - name: kube-apiserver
    extraArgs:
      - key: kubelet-client-certificate
        value: $pki/admin.crt
      - key: kubelet-client-key
        value: $pki/admin.key
      # The real node's address, never its name (a DNS lookup would leave the machine).
      - key: kubelet-preferred-address-types
        value: InternalIP
EOF
  # --enable-crds=Stage: kwok reads its Stages from the API server, so the Chaos Mesh stages can
  # be added after the Chaos Mesh CRDs exist (kwok resolves a Stage's resource when it appears).
  # PortForward: kwok serves pods/portforward for its pods to targets tests declare.
  "$kwokctl" create cluster \
    --name "$cluster_name" \
    --runtime binary \
    --config "$kwokctl_config" \
    --enable-crds Stage,PortForward \
    --disable-qps-limits \
    --kubeconfig "$kubeconfig_path" \
    --wait 120s \
    --timeout 180s >&2 8>&-
fi

k8s_log "installing Chaos Mesh CRDs from $crds_file"
[[ -f "$crds_file" ]] || { k8s_log "missing $crds_file"; exit 1; }
# Server-side apply: the bundle is too big for client-side apply's last-applied annotation.
kc apply --server-side --force-conflicts -f "$crds_file" >/dev/null
kc wait --for condition=Established --timeout 60s crd \
  $(printf '%s.chaos-mesh.org ' podchaos networkchaos stresschaos httpchaos iochaos dnschaos timechaos) >/dev/null
bash "$k8s_dir/gateway-api.sh" 8>&-

k8s_log "installing kwok Stages"
stages="$(cat "$k8s_dir/stages/workloads.yaml")"
tmpl="$(cat "$k8s_dir/stages/chaos-mesh.yaml.tmpl")"
for kind in "${chaos_kinds[@]}"; do
  name="$(echo "$kind" | tr '[:upper:]' '[:lower:]')"
  doc="${tmpl//__KIND__/$kind}"
  doc="${doc//__REAL_NS__/$chaos_mesh_real_ns}"
  stages+=$'\n---\n'"${doc//__NAME__/$name}"
done
printf '%s\n' "$stages" | kc apply --server-side --force-conflicts -f - >/dev/null

k8s_log "ensuring $fake_nodes fake nodes"
nodes=""
for ((i = 0; i < fake_nodes; i++)); do
  nodes+="apiVersion: v1
kind: Node
metadata:
  name: kwok-node-$i
  labels:
    type: kwok
    kubernetes.io/hostname: kwok-node-$i
    kubernetes.io/os: linux
    kubernetes.io/arch: amd64
    topology.kubernetes.io/zone: zone-$((i % 2))
  annotations:
    kwok.x-k8s.io/node: fake
---
"
done
printf '%s' "$nodes" | kc apply --server-side -f - >/dev/null
# The API server reaches a node's kubelet (kwok's server for these) by its InternalIP, for
# pods/portforward (the Service tunnel's tests). kwok leaves it empty in binary runtime and keeps
# addresses it finds, so give them loopback.
for ((i = 0; i < fake_nodes; i++)); do
  kc patch node "kwok-node-$i" --subresource=status --type=merge \
    -p '{"status":{"addresses":[{"type":"InternalIP","address":"127.0.0.1"},{"type":"Hostname","address":"kwok-node-'"$i"'"}]}}' >/dev/null
done
kc wait --for condition=Ready --timeout 60s node -l type=kwok >/dev/null

# Pods can only be created once the default ServiceAccount exists (controller-manager creates it).
for ((i = 0; i < 60; i++)); do
  kc get serviceaccount default -n default >/dev/null 2>&1 && break
  sleep 1
done
kc get serviceaccount default -n default >/dev/null

if [[ "$real_node" == 1 ]]; then
  bash "$k8s_dir/real-node/up.sh" 8>&-
else
  k8s_log "without the real node (CHAOS_K8S_REAL_NODE=$real_node)"
fi

if [[ "${CHAOS_MESH:-}" == real ]]; then
  [[ "$real_node" == 1 ]] || { k8s_log "CHAOS_MESH=real needs the real node"; exit 1; }
  k8s_log "installing real Chaos Mesh on the real node (CHAOS_MESH=real)"
  bash "$repo_root/scripts/chaos-mesh/install.sh" 8>&-
fi

k8s_log "cluster ready in $(($(date +%s) - started))s; KUBECONFIG=$kubeconfig_path"
echo "$kubeconfig_path"

#!/usr/bin/env bash
# Installs the Gateway API standard-channel CRDs (HTTPRoute, Gateway, ...) into the test cluster,
# so traffic-shifting faults are checked against the real CRD schema and CEL rules. The YAML comes
# from the Go module sigs.k8s.io/gateway-api at GATEWAY_API_VERSION (versions.env), downloaded
# through the Go module proxy into the same module cache build.sh uses; also the SMI TrafficSplit
# CRD (below). Run by cluster-up.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

: "${GATEWAY_API_VERSION:?GATEWAY_API_VERSION is not set in versions.env}"
k8s_use_binaries

export GOMODCACHE="$k8s_cache/gomodcache"
export GOFLAGS="-mod=mod"
export GOTOOLCHAIN=local
export GOWORK=off
command -v go >/dev/null || { k8s_log "go is required to fetch sigs.k8s.io/gateway-api"; exit 1; }

# `go mod download` needs no module of its own; run it outside the repo so no go.mod is found.
mod_json="$(cd "$k8s_cache" && go mod download -json "sigs.k8s.io/gateway-api@$GATEWAY_API_VERSION")"
dir="$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p' <<<"$mod_json")"
if [[ -z "$dir" || ! -d "$dir/config/crd/standard" ]]; then
  k8s_log "could not download sigs.k8s.io/gateway-api@$GATEWAY_API_VERSION:"
  k8s_log "$(sed -n 's/^[[:space:]]*"Error": "\(.*\)",\{0,1\}$/\1/p' <<<"$mod_json")"
  exit 1
fi

# CRDs only: the channel's ValidatingAdmissionPolicy (safe-upgrades) guards CRD upgrades in real
# clusters and has nothing to check in a throwaway test cluster.
mapfile -t crds < <(find "$dir/config/crd/standard" -maxdepth 1 -name 'gateway.networking.k8s.io_*.yaml' \
  ! -name '*_vap_*' | sort)
(( ${#crds[@]} > 0 )) || { k8s_log "no CRDs in $dir/config/crd/standard"; exit 1; }
k8s_log "installing Gateway API $GATEWAY_API_VERSION CRDs (${#crds[@]} files)"
args=()
for f in "${crds[@]}"; do args+=(-f "$f"); done
kc apply --server-side --force-conflicts "${args[@]}" >/dev/null
kc wait --for condition=Established --timeout 60s \
  crd/httproutes.gateway.networking.k8s.io crd/gateways.gateway.networking.k8s.io >/dev/null

# SMI TrafficSplit (split.smi-spec.io/v1alpha4), the other traffic-shifting API faults drive. SMI is
# archived: smi-sdk-go v0.5.0 is its last release, so it is pinned here rather than in versions.env.
# Its CRD is still apiextensions v1beta1 (gone since Kubernetes 1.22); the same schema is
# re-expressed as apiextensions v1 (served version only, root typed as an object).
smi_version="${SMI_SDK_VERSION:-v0.5.0}"
node_bin="$repo_root/node_modules/.bin/node"
if [[ ! -x "$node_bin" ]]; then
  k8s_log "skipping the SMI TrafficSplit CRD: $node_bin not found (npm ci)"
  exit 0
fi
smi_json="$(cd "$k8s_cache" && go mod download -json "github.com/servicemeshinterface/smi-sdk-go@$smi_version")"
smi_dir="$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p' <<<"$smi_json")"
[[ -f "$smi_dir/crds/split.yaml" ]] || { k8s_log "could not download smi-sdk-go@$smi_version"; exit 1; }
k8s_log "installing SMI TrafficSplit CRD (smi-sdk-go $smi_version)"
(cd "$repo_root" && "$node_bin" --input-type=module -e '
import { readFileSync } from "node:fs"
import { parse, stringify } from "yaml"
const old = parse(readFileSync(process.argv[1], "utf8"))
const served = old.spec.versions.filter((v) => v.served)
const crd = {
  apiVersion: "apiextensions.k8s.io/v1",
  kind: "CustomResourceDefinition",
  metadata: { name: old.metadata.name, annotations: { "chaos-action.test/source": process.argv[2] } },
  spec: {
    group: old.spec.group,
    scope: old.spec.scope,
    names: old.spec.names,
    versions: served.map((v) => ({
      name: v.name,
      served: true,
      storage: v.storage,
      schema: { openAPIV3Schema: { type: "object", ...old.spec.validation.openAPIV3Schema } },
      additionalPrinterColumns: (old.spec.additionalPrinterColumns ?? []).map(({ JSONPath, ...c }) => ({ ...c, jsonPath: JSONPath }))
    }))
  }
}
process.stdout.write(stringify(crd))
' "$smi_dir/crds/split.yaml" "smi-sdk-go@$smi_version/crds/split.yaml") |
  kc apply --server-side --force-conflicts -f - >/dev/null
kc wait --for condition=Established --timeout 60s crd/trafficsplits.split.smi-spec.io >/dev/null

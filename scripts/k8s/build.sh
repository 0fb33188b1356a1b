#!/usr/bin/env bash
# Builds kube-apiserver, kube-controller-manager, kube-scheduler, kubectl, kubelet (the real
# node's), etcd, kwok and kwokctl from the Go module proxy at the versions pinned in versions.env,
# into a cache outside the repo:
#   ${CHAOS_CACHE_DIR:-$HOME/.cache/chaos-action}/k8s/<sha256(versions.env)[:16]>/bin
# A re-run with unchanged versions is a no-op; a finished build that lacks a binary added to the
# list later builds only that one (from the warm Go caches). Prints the bin directory on stdout.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.env
source "$here/versions.env"

cache_root="${CHAOS_CACHE_DIR:-$HOME/.cache/chaos-action}/k8s"
key="$(sha256sum "$here/versions.env" | cut -c1-16)"
out="$cache_root/$key"
bin="$out/bin"
binaries=(kube-apiserver kube-controller-manager kube-scheduler kubectl kubelet etcd kwok kwokctl)

log() { echo "[k8s-build] $*" >&2; }

complete() {
  local b
  for b in "${binaries[@]}"; do [[ -x "$bin/$b" ]] || return 1; done
  [[ -f "$bin/.complete" ]]
}

if complete; then
  echo "$bin"
  exit 0
fi

command -v go >/dev/null || { log "go is required (Go >= 1.26)"; exit 1; }
mkdir -p "$cache_root"
# Two concurrent runs (parallel CI steps, two engineers) must not build twice into the same dir.
exec 9>"$cache_root/build.lock"
flock -w 3600 9 || { log "timed out waiting for $cache_root/build.lock"; exit 1; }
if complete; then
  echo "$bin"
  exit 0
fi

# Module and build caches live next to the binaries so a rebuild after a version bump is
# incremental, and nothing is written into the repository or the user's GOPATH.
export GOMODCACHE="$cache_root/gomodcache"
export GOCACHE="$cache_root/gocache"
export GOFLAGS="-mod=mod -buildvcs=false"
export GOTOOLCHAIN=local
export CGO_ENABLED=0
export GOWORK=off

kube_minor="${KUBE_VERSION#v1.}"
kube_minor="${kube_minor%%.*}"
staging_version="v0.${KUBE_VERSION#v1.}"

declare -A pkg_of=(
  [kube-apiserver]=k8s.io/kubernetes/cmd/kube-apiserver
  [kube-controller-manager]=k8s.io/kubernetes/cmd/kube-controller-manager
  [kube-scheduler]=k8s.io/kubernetes/cmd/kube-scheduler
  [kubectl]=k8s.io/kubernetes/cmd/kubectl
  [kubelet]=k8s.io/kubernetes/cmd/kubelet
  [etcd]=go.etcd.io/etcd/server/v3
  [kwok]=sigs.k8s.io/kwok/cmd/kwok
  [kwokctl]=sigs.k8s.io/kwok/cmd/kwokctl
)
start=$(date +%s)
src="$out/src"
# A finished build (.complete) keeps its binaries and only the missing ones are built; anything
# else (an interrupted build) starts over.
[[ -f "$bin/.complete" ]] || rm -rf "$bin"
rm -rf "$src"
mkdir -p "$src" "$bin"
pkgs=()
for b in "${binaries[@]}"; do [[ -x "$bin/$b" ]] || pkgs+=("${pkg_of[$b]}"); done
cd "$src"

# k8s.io/kubernetes requires its staging modules at v0.0.0 and resolves them with replace
# directives that only apply inside its own repo; a wrapper module has to repeat them, mapping
# each staging module to its published v0.X.Y tag. The list is read from the pinned go.mod so a
# version bump picks up new staging modules automatically.
log "resolving k8s.io/kubernetes@$KUBE_VERSION"
kube_mod="$(go mod download -json "k8s.io/kubernetes@$KUBE_VERSION" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",\{0,1\}$/\1/p')"
[[ -f "$kube_mod" ]] || { log "could not download k8s.io/kubernetes@$KUBE_VERSION"; exit 1; }
mapfile -t staging < <(sed -n 's#^[[:space:]]*\(k8s.io/[^[:space:]]*\) => ./staging/.*#\1#p' "$kube_mod" | sort -u)
(( ${#staging[@]} > 10 )) || { log "no staging replace lines found in $kube_mod"; exit 1; }

{
  echo "module chaos-action.local/k8s-toolchain"
  echo
  echo "go 1.26.0"
  echo
  echo "require ("
  echo "	k8s.io/kubernetes $KUBE_VERSION"
  echo "	go.etcd.io/etcd/server/v3 $ETCD_VERSION"
  echo "	sigs.k8s.io/kwok $KWOK_VERSION"
  echo ")"
  echo
  echo "replace ("
  for m in "${staging[@]}"; do echo "	$m => $m $staging_version"; done
  echo ")"
} >go.mod

log "downloading modules (${#staging[@]} staging replaces -> $staging_version)"
build_date="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
kube_pkg=k8s.io/component-base/version
ldflags="-s -w"
ldflags+=" -X $kube_pkg.gitVersion=$KUBE_VERSION -X $kube_pkg.gitMajor=1 -X $kube_pkg.gitMinor=$kube_minor"
ldflags+=" -X $kube_pkg.gitTreeState=clean -X $kube_pkg.buildDate=$build_date"
ldflags+=" -X k8s.io/client-go/pkg/version.gitVersion=$KUBE_VERSION"
ldflags+=" -X sigs.k8s.io/kwok/pkg/consts.Version=${KWOK_VERSION#v}"
ldflags+=" -X sigs.k8s.io/kwok/pkg/consts.KubeVersion=${KUBE_VERSION#v}"
ldflags+=" -X sigs.k8s.io/kwok/pkg/consts.PreRelease=GA"

# -mod=mod lets go build add the go.sum lines it needs. Resolve first (network), then compile
# everything in one invocation so shared packages (client-go, apimachinery, ...) build once.
go list -deps "${pkgs[@]}" >/dev/null
dl_done=$(date +%s)
log "modules resolved in $((dl_done - start))s; compiling ${#pkgs[@]} binaries"

go build -trimpath -ldflags "$ldflags" -o "$bin/" "${pkgs[@]}"
# A main package at the root of a /v3 module is named after the element before the suffix.
if [[ -x "$bin/server" ]]; then mv "$bin/server" "$bin/etcd"; fi
end=$(date +%s)

for b in "${binaries[@]}"; do [[ -x "$bin/$b" ]] || { log "missing $b after build"; exit 1; }; done
printf 'KUBE_VERSION=%s\nETCD_VERSION=%s\nKWOK_VERSION=%s\nresolve_seconds=%s\nbuild_seconds=%s\n' \
  "$KUBE_VERSION" "$ETCD_VERSION" "$KWOK_VERSION" "$((dl_done - start))" "$((end - start))" \
  >"$bin/.complete"
# CI caches only bin/: CHAOS_K8S_PRUNE=1 drops the ~4 GB of Go caches once the binaries exist.
if [[ -n "${CHAOS_K8S_PRUNE:-}" ]]; then
  go clean -cache -modcache
fi
log "built in $((end - start))s (resolve $((dl_done - start))s) -> $bin"
echo "$bin"

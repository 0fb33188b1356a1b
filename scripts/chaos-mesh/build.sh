#!/usr/bin/env bash
# Builds chaos-controller-manager, chaos-daemon, cdh (chaos-daemon-helper) and pause from the
# chaos-mesh Go module pinned in versions.env, into a cache outside the repo:
#   ${CHAOS_CACHE_DIR:-$HOME/.cache/chaos-action}/chaos-mesh/<sha256(versions.env)[:16]>/bin
# A re-run with unchanged versions is a no-op (the stamp bin/.complete names the version);
# concurrent runs wait on a lock. Prints the bin directory on stdout.
#
# Source: everything comes from the Go module proxy, nothing from git. The chaos-mesh module and its
# api module are downloaded at the pinned pseudo-versions and checked against the pinned go.sum
# hashes; every dependency is fetched through the proxy (GOPROXY as configured, minus `direct`, and
# GOVCS=*:off so the go command can never fall back to a VCS) and verified by go.sum / GOSUMDB.
# bin/modules.txt lists every module the binaries are built from.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.env
source "$here/versions.env"

module=github.com/chaos-mesh/chaos-mesh
cache_root="${CHAOS_CACHE_DIR:-$HOME/.cache/chaos-action}/chaos-mesh"
key="$(sha256sum "$here/versions.env" | cut -c1-16)"
out="$cache_root/$key"
bin="$out/bin"
binaries=(chaos-controller-manager chaos-daemon cdh pause)

log() { echo "[chaos-mesh-build] $*" >&2; }
fail() {
  log "$*"
  exit 1
}

complete() {
  local b
  for b in "${binaries[@]}"; do [[ -x "$bin/$b" ]] || return 1; done
  [[ -f "$bin/.complete" ]] && grep -qx "CHAOS_MESH_MODULE_VERSION=$CHAOS_MESH_MODULE_VERSION" "$bin/.complete"
}

if complete; then
  echo "$bin"
  exit 0
fi

command -v go >/dev/null || fail "go is required (Go >= 1.25)"
command -v cc >/dev/null || fail "a C compiler (cc) is required for chaos-daemon's cgo parts"
mkdir -p "$cache_root"
exec 9>"$cache_root/build.lock"
flock -w 3600 9 || fail "timed out waiting for $cache_root/build.lock"
if complete; then
  echo "$bin"
  exit 0
fi

# The configured proxies without `direct`/`off`: a module the proxy lacks fails the build instead
# of being cloned from its origin.
proxies="$(go env GOPROXY | tr ',|' '\n\n' | grep -vx -e direct -e off -e '' | paste -sd, -)" || true
[[ -n "$proxies" ]] || fail "GOPROXY ($(go env GOPROXY)) names no module proxy; set GOPROXY=https://proxy.golang.org"
export GOPROXY="$proxies" GOVCS='*:off' GONOPROXY='' GOPRIVATE='' GONOSUMDB='' GOINSECURE=''
export GOMODCACHE="$cache_root/gomodcache"
export GOCACHE="$cache_root/gocache"
export GOFLAGS="-mod=mod -buildvcs=false"
export GOTOOLCHAIN=local
export GOWORK=off

# Downloads path@version through the proxy, checks its go.sum hash, prints its directory.
download() {
  local path="$1" version="$2" want="$3" json sum
  json="$(go mod download -json "$path@$version")" || true
  if grep -q '"Error"' <<<"$json" || ! grep -q '"Dir"' <<<"$json"; then
    fail "the module proxy ($GOPROXY) does not serve $path@$version: $json"
  fi
  sum="$(sed -n 's/^[[:space:]]*"Sum": "\([^"]*\)".*/\1/p' <<<"$json")"
  [[ "$sum" == "$want" ]] || fail "$path@$version has hash $sum, versions.env pins $want"
  sed -n 's/^[[:space:]]*"Dir": "\([^"]*\)".*/\1/p' <<<"$json"
}

start=$(date +%s)
src="$out/src"
rm -rf "$src" "$bin"
mkdir -p "$bin"
log "downloading $module@$CHAOS_MESH_MODULE_VERSION and its api module from $GOPROXY"
dir="$(download "$module" "$CHAOS_MESH_MODULE_VERSION" "$CHAOS_MESH_MODULE_SUM")"
download "$module/api" "$CHAOS_MESH_API_VERSION" "$CHAOS_MESH_API_SUM" >/dev/null
cp -r "$dir" "$src"
chmod -R u+w "$src"
cd "$src"
# The module's go.mod replaces the api module with ./api, a nested module its zip leaves out.
go mod edit -replace "$module/api=$module/api@$CHAOS_MESH_API_VERSION"

cmds=(./cmd/chaos-controller-manager ./cmd/chaos-daemon ./cmd/chaos-daemon-helper)
log "resolving the modules of ${cmds[*]}"
go list -deps -f '{{with .Module}}{{.Path}} {{.Version}}{{with .Replace}} => {{.Path}} {{.Version}}{{end}}{{end}}' \
  "${cmds[@]}" | sort -u >"$out/modules.tmp"
# Every module but the main one must be a versioned module from the proxy, never a local directory.
while read -r path version arrow rpath rversion; do
  [[ "$path" == "$module" && -z "$version" ]] && continue
  if [[ -n "$arrow" ]]; then path="$rpath" version="$rversion"; fi
  [[ -n "$version" ]] || fail "$path is not a module from the proxy (a local replacement)"
  # The module cache's download dir spells capitals as !lower; a zip there came through GOPROXY.
  [[ -f "$GOMODCACHE/cache/download/$(sed 's/[A-Z]/!\L&/g' <<<"$path")/@v/$version.zip" ]] ||
    fail "$path@$version has no zip from the proxy in $GOMODCACHE"
done <"$out/modules.tmp"
dl_done=$(date +%s)

# TimeChaos injects these objects into the target process (embedded with go:embed).
for f in fake_clock_gettime fake_gettimeofday; do
  cc -c "pkg/time/fakeclock/$f.c" -fPIE -O2 -o "pkg/time/fakeclock/$f.o"
done
cc hack/pause.c -o "$bin/pause"

vpkg=$module/pkg/version
ldflags="-s -w -X '$vpkg.gitVersion=$CHAOS_MESH_VERSION' -X '$vpkg.gitCommit=${CHAOS_MESH_MODULE_VERSION##*-}'"
ldflags+=" -X '$vpkg.buildDate=$(date -u +%Y-%m-%dT%H:%M:%SZ)'"
log "$(wc -l <"$out/modules.tmp") modules in $((dl_done - start))s, all from the proxy; compiling"
# The controller is pure Go; the daemon and its helper use cgo (ptrace), as upstream builds them.
CGO_ENABLED=0 go build -trimpath -ldflags "$ldflags" -o "$bin/chaos-controller-manager" ./cmd/chaos-controller-manager
CGO_ENABLED=1 go build -trimpath -ldflags "$ldflags" -o "$bin/chaos-daemon" ./cmd/chaos-daemon
CGO_ENABLED=1 go build -trimpath -ldflags "$ldflags" -o "$bin/cdh" ./cmd/chaos-daemon-helper
end=$(date +%s)

for b in "${binaries[@]}"; do [[ -x "$bin/$b" ]] || fail "missing $b after build"; done
# The CRDs this version ships, for comparison with the ones the cluster installs.
cp -r config/crd/bases "$out/crds"
mv "$out/modules.tmp" "$bin/modules.txt"
printf 'CHAOS_MESH_MODULE_VERSION=%s\nCHAOS_MESH_API_VERSION=%s\nresolve_seconds=%s\nbuild_seconds=%s\n' \
  "$CHAOS_MESH_MODULE_VERSION" "$CHAOS_MESH_API_VERSION" "$((dl_done - start))" "$((end - start))" >"$bin/.complete"
cd /
rm -rf "$src"
if [[ -n "${CHAOS_K8S_PRUNE:-}" ]]; then
  go clean -cache -modcache
fi
log "built in $((end - start))s (modules $((dl_done - start))s) -> $bin"
echo "$bin"

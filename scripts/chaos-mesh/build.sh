#!/usr/bin/env bash
# Builds chaos-controller-manager, chaos-daemon, cdh (chaos-daemon-helper) and pause from the
# chaos-mesh source at the tag pinned in versions.env, into a cache outside the repo:
#   ${CHAOS_CACHE_DIR:-$HOME/.cache/chaos-action}/chaos-mesh/<sha256(versions.env)[:16]>/bin
# A re-run with unchanged versions is a no-op. Prints the bin directory on stdout.
#
# Source: the Go module proxy does not serve chaos-mesh's v2 tags (its module path has no /v2
# suffix, so the tags are not valid module versions), so the tree comes from git: a shallow clone
# of CHAOS_MESH_GIT (default GitHub) at the pinned tag, checked against the pinned commit. Its
# dependencies come from the Go module proxy and are verified by chaos-mesh's own go.sum.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.env
source "$here/versions.env"

cache_root="${CHAOS_CACHE_DIR:-$HOME/.cache/chaos-action}/chaos-mesh"
key="$(sha256sum "$here/versions.env" | cut -c1-16)"
out="$cache_root/$key"
bin="$out/bin"
binaries=(chaos-controller-manager chaos-daemon cdh pause)
git_url="${CHAOS_MESH_GIT:-https://github.com/chaos-mesh/chaos-mesh.git}"

log() { echo "[chaos-mesh-build] $*" >&2; }

complete() {
  local b
  for b in "${binaries[@]}"; do [[ -x "$bin/$b" ]] || return 1; done
  [[ -f "$bin/.complete" ]]
}

if complete; then
  echo "$bin"
  exit 0
fi

command -v go >/dev/null || { log "go is required (Go >= 1.25)"; exit 1; }
command -v cc >/dev/null || { log "a C compiler (cc) is required for chaos-daemon's cgo parts"; exit 1; }
mkdir -p "$cache_root"
exec 9>"$cache_root/build.lock"
flock -w 3600 9 || { log "timed out waiting for $cache_root/build.lock"; exit 1; }
if complete; then
  echo "$bin"
  exit 0
fi

export GOMODCACHE="$cache_root/gomodcache"
export GOCACHE="$cache_root/gocache"
export GOFLAGS="-mod=mod -buildvcs=false"
export GOTOOLCHAIN=local
export GOWORK=off

start=$(date +%s)
src="$out/src"
rm -rf "$src" "$bin"
mkdir -p "$bin"
log "cloning $CHAOS_MESH_VERSION from $git_url"
if ! git -c advice.detachedHead=false clone --quiet --depth 1 --branch "$CHAOS_MESH_VERSION" "$git_url" "$src" >&2; then
  log "cannot clone chaos-mesh $CHAOS_MESH_VERSION from $git_url (the Go module proxy does not serve it):"
  log "set CHAOS_MESH_GIT to a reachable clone, or restore $bin from a cache"
  exit 1
fi
got="$(git -C "$src" rev-parse 'HEAD^{commit}')"
[[ "$got" == "$CHAOS_MESH_COMMIT" ]] || { log "$CHAOS_MESH_VERSION is $got, expected $CHAOS_MESH_COMMIT"; exit 1; }
cd "$src"

log "downloading modules"
go mod download
dl_done=$(date +%s)

# TimeChaos injects these objects into the target process (embedded with go:embed).
for f in fake_clock_gettime fake_gettimeofday; do
  cc -c "pkg/time/fakeclock/$f.c" -fPIE -O2 -o "pkg/time/fakeclock/$f.o"
done
cc hack/pause.c -o "$bin/pause"

vpkg=github.com/chaos-mesh/chaos-mesh/pkg/version
ldflags="-s -w -X '$vpkg.gitVersion=$CHAOS_MESH_VERSION' -X '$vpkg.gitCommit=$CHAOS_MESH_COMMIT'"
ldflags+=" -X '$vpkg.buildDate=$(date -u +%Y-%m-%dT%H:%M:%SZ)'"
log "modules in $((dl_done - start))s; compiling"
# The controller is pure Go; the daemon and its helper use cgo (ptrace), as upstream builds them.
CGO_ENABLED=0 go build -trimpath -ldflags "$ldflags" -o "$bin/chaos-controller-manager" ./cmd/chaos-controller-manager
CGO_ENABLED=1 go build -trimpath -ldflags "$ldflags" -o "$bin/chaos-daemon" ./cmd/chaos-daemon
CGO_ENABLED=1 go build -trimpath -ldflags "$ldflags" -o "$bin/cdh" ./cmd/chaos-daemon-helper
end=$(date +%s)

for b in "${binaries[@]}"; do [[ -x "$bin/$b" ]] || { log "missing $b after build"; exit 1; }; done
printf 'CHAOS_MESH_VERSION=%s\nresolve_seconds=%s\nbuild_seconds=%s\n' \
  "$CHAOS_MESH_VERSION" "$((dl_done - start))" "$((end - start))" >"$bin/.complete"
rm -rf "$src"
if [[ -n "${CHAOS_K8S_PRUNE:-}" ]]; then
  go clean -cache -modcache
fi
log "built in $((end - start))s (modules $((dl_done - start))s) -> $bin"
echo "$bin"

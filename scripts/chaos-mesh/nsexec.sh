#!/bin/sh
# Stand-in for Chaos Mesh's nsexec (a Rust binary published only on GitHub): the same command
# line, done with util-linux nsenter.
#   nsexec [-l] [-m PATH] [-i PATH] [-n PATH] [-p PATH] -- CMD [ARGS...]
# -l ("local mount": the command comes from the daemon's filesystem) has no nsenter equivalent once
# the mount namespace is entered; the daemon only combines it with -m for IOChaos (toda) and
# BlockChaos, which this image does not support.
set -e
args=""
while [ $# -gt 0 ]; do
  case "$1" in
    -l) shift ;;
    -m) args="$args --mount=$2"; shift 2 ;;
    -i) args="$args --ipc=$2"; shift 2 ;;
    -n) args="$args --net=$2"; shift 2 ;;
    -p) args="$args --pid=$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "nsexec: unknown option $1" >&2; exit 2 ;;
  esac
done
# The absolute path: busybox's sh prefers its own applets, and busybox's nsenter would then run
# busybox's `ip` too (no -j), not iproute2's.
# shellcheck disable=SC2086 # $args holds separate --ns=path words without spaces
exec /usr/bin/nsenter $args -- "$@"

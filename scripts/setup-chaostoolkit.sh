#!/usr/bin/env bash
# Creates (or reuses) a virtualenv holding the real Chaos Toolkit, for the parity suite and the
# benchmark. Prints the path of its `chaos` executable on stdout (everything else goes to stderr).
#
#   bash scripts/setup-chaostoolkit.sh              chaostoolkit alone        ($CHAOS_CACHE_DIR/ctk-venv)
#   bash scripts/setup-chaostoolkit.sh kubernetes   plus chaostoolkit-kubernetes and
#                                                   chaostoolkit-prometheus   ($CHAOS_CACHE_DIR/ctk-k8s-venv)
#
# The second is a venv of its own so that the extensions' dependencies never change the one the
# plain parity cases run against. Its python is also where the module-walk test reads
# inspect.getmembers() of every chaosk8s.* / chaosprometheus.* module.
#
# Pinned to the newest releases that still install on Python 3.11 (chaostoolkit-lib 1.45 needs 3.12);
# chaostoolkit-kubernetes 0.39.0 is the release our native chaosk8s follows.
# Call chaostoolkit as `chaos --no-version-check --no-log-file run ...` so it never phones home.
set -euo pipefail

CTK_VERSION="1.19.0"
CTK_LIB_VERSION="1.44.0"
CTK_K8S_VERSION="0.39.0"
CTK_PROMETHEUS_VERSION="0.6.0"
# chaostoolkit-prometheus 0.6.0 imports logzero without declaring it (chaostoolkit-lib used to
# bring it, 1.44 no longer does): without it `import chaosprometheus` fails.
LOGZERO_VERSION="1.7.0"

flavour="${1:-plain}"
packages=("chaostoolkit==$CTK_VERSION" "chaostoolkit-lib[jsonpath]==$CTK_LIB_VERSION")
cache_dir="${CHAOS_CACHE_DIR:-$HOME/.cache/chaos-action}"
case "$flavour" in
  plain) venv="$cache_dir/ctk-venv" ;;
  kubernetes)
    venv="$cache_dir/ctk-k8s-venv"
    packages+=("chaostoolkit-kubernetes==$CTK_K8S_VERSION" "chaostoolkit-prometheus==$CTK_PROMETHEUS_VERSION"
      "logzero==$LOGZERO_VERSION")
    ;;
  *)
    echo "setup-chaostoolkit: unknown flavour '$flavour' (plain or kubernetes)" >&2
    exit 2
    ;;
esac
stamp="$venv/.chaos-action-stamp"
python="${PYTHON:-}"
if [[ -z "$python" ]]; then
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then
      python="$candidate"
      break
    fi
  done
fi
if [[ -z "$python" ]]; then
  echo "setup-chaostoolkit: no python3 found on PATH" >&2
  exit 1
fi

py_version="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
want="${packages[*]} python=$py_version"

if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x "$venv/bin/chaos" ]]; then
  echo "$venv/bin/chaos"
  exit 0
fi

# Serialise concurrent setups (parity and bench may start together).
mkdir -p "$cache_dir"
exec 9>"$venv.lock"
flock 9
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x "$venv/bin/chaos" ]]; then
  echo "$venv/bin/chaos"
  exit 0
fi

echo "setup-chaostoolkit: creating $venv ($want)" >&2
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${packages[@]}" >&2
"$venv/bin/chaos" --no-version-check --version >&2
echo "$want" >"$stamp"
echo "$venv/bin/chaos"

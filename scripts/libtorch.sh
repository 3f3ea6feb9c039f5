# libtorch for the build: the one pinned version, and where it is installed. Sourced by
# scripts/quickstart.sh and scripts/gpu_check.sh; not run on its own.
#
# The engine links the libtorch inside PyPI's `torch` wheel, which is built with CUDA (and runs
# on the processor when there is no GPU). It is installed once into a Python environment outside
# the build folder, so fresh clones and CI reruns reuse it:
#   ${CDS_TORCH_ENV:-${XDG_CACHE_HOME:-~/.cache}/cdstudio/torch-<version>}
# CDS_LIBTORCH, when set, names another libtorch folder (e.g. pytorch.org's unpacked libtorch
# archive, or a CPU-only one) and nothing is installed.

# The GPU machine this project checks on has PyTorch 2.11.0 with CUDA 13.0; PyPI's 2.11.0 wheel
# for Linux is that same build (cu130), so binaries built here run there against its libtorch.
CDS_TORCH_VERSION=2.11.0

cds_torch_env_dir() {
  echo "${CDS_TORCH_ENV:-${XDG_CACHE_HOME:-$HOME/.cache}/cdstudio/torch-$CDS_TORCH_VERSION}"
}

# Prints the libtorch folder (the wheel's torch/ package), installing the wheel when missing.
# Messages go to stderr so that callers can capture the folder.
cds_libtorch_dir() {
  if [ -n "${CDS_LIBTORCH:-}" ]; then
    if [ ! -f "$CDS_LIBTORCH/lib/libtorch.so" ]; then
      echo "CDS_LIBTORCH=$CDS_LIBTORCH holds no lib/libtorch.so" >&2
      return 1
    fi
    echo "$CDS_LIBTORCH"
    return 0
  fi
  local env
  env="$(cds_torch_env_dir)"
  local dir
  dir="$(ls -d "$env"/lib/python3*/site-packages/torch 2>/dev/null | head -n 1)"
  if [ -n "$dir" ] && [ -f "$dir/lib/libtorch.so" ] && [ -f "$env/.complete" ]; then
    echo "$dir"
    return 0
  fi
  echo "==> Installing torch $CDS_TORCH_VERSION from PyPI into $env (about 4.5 GB, once)" >&2
  rm -rf "$env"
  mkdir -p "$(dirname "$env")"
  python3 -m venv "$env" >&2 || return 1
  # --no-cache-dir: the wheels are unpacked into the environment; a second copy in pip's cache
  # would only take another 3 GB.
  "$env/bin/python" -m pip install -q --no-cache-dir --disable-pip-version-check \
    "torch==$CDS_TORCH_VERSION" >&2 || return 1
  dir="$(ls -d "$env"/lib/python3*/site-packages/torch | head -n 1)"
  touch "$env/.complete"
  echo "$dir"
}

#!/usr/bin/env bash
# Our engine and diffusers side by side on this machine's processor, in one run, with the ratios
# (time per step and peak memory, ours / diffusers). Builds nothing: run it after
# scripts/quickstart.sh (or point BUILD_DIR at another build).
#
#   scripts/bench_side_by_side.sh            tiny model and full-size SD v1 shapes (about 8 min on 2 cores)
#   scripts/bench_side_by_side.sh --quick    the tiny model only (about a minute)
#   THREADS=N                                threads for both sides (default: every core)
#
# diffusers runs in an environment of its own, made once beside the build's torch:
#   ${CDS_BENCH_PEER_ENV:-~/.cache/cdstudio/bench-peer-diffusers-<version>}
# It sees the very torch the studio links (a .pth file points at that environment), so both sides
# run the same kernels. It is for benchmarks only; the product and its tests never use it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/libtorch.sh
. "$root/scripts/libtorch.sh"
build_dir="${BUILD_DIR:-$root/build}"
bench="$build_dir/bench/cdstudio-bench"
# The versions the golden data was made with.
diffusers_version=0.31.0
transformers_version=4.44.2

if [ ! -x "$bench" ]; then
  echo "bench_side_by_side: no $bench; build first (scripts/quickstart.sh test, or BUILD_DIR=...)" >&2
  exit 1
fi
if [ -n "${CDS_LIBTORCH:-}" ]; then
  echo "bench_side_by_side: CDS_LIBTORCH is set; diffusers needs the pinned torch wheel's environment" >&2
  exit 1
fi

torch_dir="$(cds_libtorch_dir)"
site="$(dirname "$torch_dir")"
peer="${CDS_BENCH_PEER_ENV:-${XDG_CACHE_HOME:-$HOME/.cache}/cdstudio/bench-peer-diffusers-$diffusers_version}"
if [ ! -f "$peer/.complete" ]; then
  echo "==> Making diffusers' benchmark environment in $peer (once)" >&2
  rm -rf "$peer"
  "$(cds_torch_env_dir)/bin/python" -m venv "$peer"
  peer_site="$(ls -d "$peer"/lib/python3*/site-packages | head -n 1)"
  # The studio's torch, not a second copy: pip sees it installed and leaves it alone.
  echo "$site" >"$peer_site/cds-torch.pth"
  "$peer/bin/python" -m pip install -q --disable-pip-version-check \
    "diffusers==$diffusers_version" "transformers==$transformers_version"
  touch "$peer/.complete"
fi

args=(--bench "$bench" --threads "${THREADS:-$(nproc)}")
[ "${1:-}" = --quick ] && args+=(--quick)
exec "$peer/bin/python" "$root/bench/peer/side_by_side.py" "${args[@]}"

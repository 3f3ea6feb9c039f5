#!/usr/bin/env bash
# Custom Diffusion Studio quick start for Debian 12 / Ubuntu 24.04.
#   scripts/quickstart.sh          install what is missing, build, and launch the studio
#   scripts/quickstart.sh test     install what is missing, build, and run every test (ctest)
#   scripts/quickstart.sh build    install what is missing and build only
# Environment: BUILD_DIR (default build), BUILD_TYPE (default Release), JOBS (default nproc),
# CDS_GOLDEN_DIR (default ../shared/golden beside the checkout), CMAKE_ARGS (extra cmake flags),
# CDS_LIBTORCH (another libtorch folder instead of the pinned PyPI wheel; scripts/libtorch.sh),
# CDS_TORCH_ENV (where the pinned wheel is installed; default ~/.cache/cdstudio/torch-VERSION).
set -euo pipefail

mode="${1:-run}"
case "$mode" in run|test|build) ;; *) echo "usage: $0 [run|test|build]" >&2; exit 2 ;; esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build}"
build_type="${BUILD_TYPE:-Release}"
jobs="${JOBS:-$(nproc)}"

# Debian package names (identical on Ubuntu 24.04). qt6-l10n-tools: lrelease for translations.
# python3-venv: the environment that holds libtorch (PyPI's torch wheel, see scripts/libtorch.sh).
# libjpeg-dev: the tests write a CMYK JPEG (tests/core/hostile_images.h), which OpenCV cannot.
packages=(
  cmake g++ ninja-build ccache pkg-config python3 python3-venv
  libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev libjpeg-dev
  nlohmann-json3-dev libutf8proc-dev libgtest-dev
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev libqcustomplot-dev
)
# The tests also check that the sources match .clang-format, with the clang-format version the
# tree is formatted with (other versions format some lines differently).
if [ "$mode" = test ]; then packages+=(clang-format-14); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "==> Installing missing packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# shellcheck source=scripts/libtorch.sh
. "$root/scripts/libtorch.sh"
libtorch="$(cds_libtorch_dir)"

echo "==> Configuring ($build_type) in $build_dir"
cmake_args=(-S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DCDS_LIBTORCH="$libtorch")
if [ -n "${CDS_GOLDEN_DIR:-}" ]; then cmake_args+=(-DCDS_GOLDEN_DIR="$CDS_GOLDEN_DIR"); fi
# shellcheck disable=SC2206
if [ -n "${CMAKE_ARGS:-}" ]; then cmake_args+=($CMAKE_ARGS); fi
cmake "${cmake_args[@]}"

echo "==> Building with $jobs jobs"
cmake --build "$build_dir" -j "$jobs"

case "$mode" in
  run)
    echo "==> Launching Custom Diffusion Studio"
    exec "$build_dir/app/cdstudio" "${@:2}"
    ;;
  test)
    echo "==> Running the tests"
    cd "$build_dir"
    exec ctest --output-on-failure -j "$jobs" --timeout 1200
    ;;
  build) ;;
esac

#!/usr/bin/env bash
# The one-shot GPU check (issue: the CUDA build on a real card).
#
#   scripts/gpu_check.sh --prepare   here, on a machine without a GPU: builds the engine-only
#                                    variant (no Qt, no OpenCV) against the pinned libtorch, and
#                                    lays out what must travel in .gpu-check/ (ignored by git),
#                                    refusing when the whole working tree would exceed 64 MiB.
#   scripts/gpu_check.sh --run       on the GPU machine (PyTorch with CUDA in its python3, no
#                                    network): checks the torch version and the GPU, then runs
#                                    (a) the golden parity tests on CUDA in fp32, plus bf16 and
#                                        fp16 against fp32, and the device checks of the UNet,
#                                        train step and pipeline on the demo model;
#                                    (b) training-step benchmarks at 512 px on SD v1 shapes with
#                                        random weights: s/step and peak VRAM, fp16 and bf16, with
#                                        and without Save memory (gradient checkpointing);
#                                    (c) generation at 512 px, 30 steps;
#                                    (d) diffusers' own training step and pipeline on the same GPU
#                                        (its wheel travels in .gpu-check/wheels), for the ratios;
#                                    and prints one JSON report (also written to $OUT when set).
#   --run --allow-cpu                the same on the processor (a dry run of the script itself;
#                                    small sizes), for checking it without a GPU.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stage="$root/.gpu-check"
limit_bytes=$((64 * 1024 * 1024))
# shellcheck source=scripts/libtorch.sh
. "$root/scripts/libtorch.sh"

# The golden data the parity tests read (cases/README.md describes it); the single-file models
# are for tests this build does not have.
golden_dirs=(cases tiny-sd tiny-sd-v2 tokenizer keys)
# diffusers for the peer benchmark: pure Python, the GPU machine has torch, transformers,
# accelerate and safetensors. The same version as the golden data.
diffusers_version=0.31.0

prepare() {
  local golden="${CDS_GOLDEN_DIR:-$root/../shared/golden}"
  [ -f "$golden/cases/README.md" ] || { echo "gpu_check: no golden data at $golden (set CDS_GOLDEN_DIR)" >&2; exit 1; }
  local libtorch
  libtorch="$(cds_libtorch_dir)"
  local build="$root/build-gpu-check"
  echo "==> Building the engine-only variant against libtorch in $libtorch"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCDS_ENGINE_ONLY=ON \
    -DCDS_LIBTORCH="$libtorch" -DCDS_GOLDEN_DIR="$golden" >/dev/null
  cmake --build "$build" -j "${JOBS:-$(nproc)}" --target core_torch_tests cdstudio-bench

  echo "==> Laying out $stage"
  rm -rf "$stage"
  mkdir -p "$stage/bin" "$stage/golden" "$stage/wheels"
  cp "$build/tests/core_torch_tests" "$build/bench/cdstudio-bench" "$stage/bin/"
  strip "$stage/bin/"*
  for d in "${golden_dirs[@]}"; do cp -r "$golden/$d" "$stage/golden/"; done
  python3 -m pip download -q --no-deps --only-binary=:all: -d "$stage/wheels" "diffusers==$diffusers_version"
  echo "$CDS_TORCH_VERSION" >"$stage/torch-version"

  # What the device tool sends: tracked and untracked-not-ignored files, plus this folder.
  local tree staged total
  tree=$(cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 -r stat -L -c %s 2>/dev/null |
    awk '{s += $1} END {print s + 0}')
  staged=$(du -sb "$stage" | cut -f1)
  total=$((tree + staged))
  printf '==> Working tree %.1f MiB + %s %.1f MiB = %.1f MiB (limit 64 MiB)\n' \
    "$(echo "$tree / 1048576" | bc -l)" ".gpu-check" "$(echo "$staged / 1048576" | bc -l)" \
    "$(echo "$total / 1048576" | bc -l)"
  if ((total > limit_bytes)); then
    echo "gpu_check: what would travel is over 64 MiB; nothing is ready" >&2
    rm -rf "$stage"
    exit 1
  fi
  echo "==> Ready. On the GPU machine: scripts/gpu_check.sh --run (carry .gpu-check)"
}

run() {
  local allow_cpu="$1"
  [ -x "$stage/bin/core_torch_tests" ] || { echo "gpu_check: run --prepare first (no $stage/bin)" >&2; exit 1; }
  local want have
  want="$(cat "$stage/torch-version")"
  have="$(python3 -c 'import torch; print(torch.__version__.split("+")[0])' 2>/dev/null || echo none)"
  if [ "$have" != "$want" ]; then
    echo "gpu_check: built against torch $want, but this machine's python3 has torch $have; refusing" >&2
    exit 1
  fi
  local device=cuda
  if ! python3 -c 'import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)'; then
    if [ "$allow_cpu" != yes ]; then
      echo "gpu_check: torch $have sees no usable GPU; refusing (--allow-cpu runs a dry run on the processor)" >&2
      exit 1
    fi
    device=cpu
  fi
  local torch_lib
  torch_lib="$(python3 -c 'import torch, os; print(os.path.join(os.path.dirname(torch.__file__), "lib"))')"
  export LD_LIBRARY_PATH="$torch_lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  export CDS_GOLDEN_DIR="$stage/golden" OMP_WAIT_POLICY=PASSIVE
  local out="${OUT:-$(mktemp -d)}" work
  work="$(mktemp -d)"
  local bench="$stage/bin/cdstudio-bench" res=512 steps=10 warmup=3 gen_steps=30 precisions="fp16 bf16"
  if [ "$device" = cpu ]; then res=64 steps=1 warmup=0 gen_steps=2 precisions="bf16"; fi
  local model=sd15
  [ "$device" = cpu ] && model=tiny

  echo "==> (a) golden parity on $device" >&2
  # The demo-model suites (TrainStep, PipelineChecks, UNet) need no golden data but run on the
  # test device too: gradient checkpointing, seeds, cancel, the efficient attention kernel.
  CDS_TEST_DEVICE=$device "$stage/bin/core_torch_tests" \
    --gtest_filter='Golden*:TrainStep.*:PipelineChecks.*:UNet.*' \
    --gtest_output="json:$work/parity.json" >"$work/parity.log" 2>&1 || true
  tail -n 3 "$work/parity.log" >&2

  echo "==> (b) training steps at ${res} px, random $model weights" >&2
  : >"$work/train.jsonl"
  for p in $precisions; do
    for mem in "" --gradient_checkpointing; do
      "$bench" train-step --random $model --resolution $res --train_batch_size 2 --with_prior_preservation \
        --mixed_precision "$p" $mem --device "$device" --steps $steps --warmup $warmup 2>&1 |
        tee -a "$work/train.log" | tail -n 1 >>"$work/train.jsonl" || true
    done
  done

  echo "==> (c) generation at ${res} px, $gen_steps steps" >&2
  : >"$work/generate.jsonl"
  for p in $precisions; do
    "$bench" generate --random $model --resolution $res --steps $gen_steps --warmup 2 --dtype "$p" \
      --attention efficient --device "$device" 2>&1 | tee -a "$work/generate.log" | tail -n 1 >>"$work/generate.jsonl" || true
  done

  echo "==> (d) diffusers on the same device" >&2
  : >"$work/peer.jsonl"
  if python3 -m pip install -q --no-index --no-deps --target "$work/site" "$stage"/wheels/*.whl 2>"$work/peer.log"; then
    for p in $precisions; do
      for mem in "" --gradient_checkpointing; do
        PYTHONPATH="$work/site" python3 "$root/bench/peer/diffusers_bench.py" train-step --model $model \
          --resolution $res --train_batch_size 2 --with_prior_preservation --mixed_precision "$p" $mem \
          --device "$device" --steps $steps --warmup $warmup 2>>"$work/peer.log" | tail -n 1 >>"$work/peer.jsonl" || true
      done
      PYTHONPATH="$work/site" python3 "$root/bench/peer/diffusers_bench.py" generate --model $model \
        --resolution $res --steps $gen_steps --warmup 2 --dtype "$p" --device "$device" \
        2>>"$work/peer.log" | tail -n 1 >>"$work/peer.jsonl" || true
    done
  fi

  python3 "$root/bench/peer/gpu_report.py" "$work" "$device" | tee "$out/gpu_check.json"
  cp "$work"/*.log "$out/" 2>/dev/null || true
}

case "${1:-}" in
  --prepare) prepare ;;
  --run) run "$([ "${2:-}" = --allow-cpu ] && echo yes || echo no)" ;;
  *) echo "usage: $0 --prepare | --run [--allow-cpu]" >&2; exit 2 ;;
esac

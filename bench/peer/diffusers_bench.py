"""diffusers' side of the side-by-side benchmarks (scripts/gpu_check.sh runs it on the GPU machine).

The same work as `cdstudio-bench train-step` and `cdstudio-bench generate` on random weights of
the same shapes, done the way diffusers' examples/custom_diffusion/train_custom_diffusion.py and
StableDiffusionPipeline do it: Custom Diffusion attention processors (CustomDiffusionAttnProcessor2_0)
on every layer with trainable cross-attention K/V, frozen weights in the mixed-precision dtype,
trainable ones in float32, the text encoder under autocast as accelerate runs it, a gradient
scaler for fp16, AdamW over the processors and the token embeddings, clipping at 1.0.
Prints a line per result; the last line is one JSON object. Only for benchmarks: never a
dependency of the product or its tests.
"""

import argparse
import json
import os
import resource
import time

import torch
from diffusers import AutoencoderKL, DDPMScheduler, PNDMScheduler, UNet2DConditionModel
from diffusers.models.attention_processor import CustomDiffusionAttnProcessor2_0
from transformers import CLIPTextConfig, CLIPTextModel

# SD v1's scheduler_config.json, split by what each scheduler class accepts.
BETAS = dict(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear", num_train_timesteps=1000,
             steps_offset=1)
DDPM = dict(BETAS, clip_sample=False)
PNDM = dict(BETAS, set_alpha_to_one=False, skip_prk_steps=True)


def models(kind):
    """Random-weight UNet, VAE and text encoder of SD v1.5's shapes, or of the golden tiny model's."""
    torch.manual_seed(0)
    if kind == "sd15":
        unet = UNet2DConditionModel(cross_attention_dim=768, sample_size=64)
        vae = AutoencoderKL(block_out_channels=(128, 256, 512, 512), down_block_types=("DownEncoderBlock2D",) * 4,
                            up_block_types=("UpDecoderBlock2D",) * 4, layers_per_block=2, sample_size=512)
        text = CLIPTextModel(CLIPTextConfig(hidden_size=768, intermediate_size=3072, num_hidden_layers=12,
                                            num_attention_heads=12, hidden_act="quick_gelu", vocab_size=49408))
    else:
        unet = UNet2DConditionModel(block_out_channels=(32, 64), layers_per_block=2, sample_size=32,
                                    down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
                                    up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"), cross_attention_dim=32,
                                    attention_head_dim=8)
        vae = AutoencoderKL(block_out_channels=(32, 64), down_block_types=("DownEncoderBlock2D",) * 2,
                            up_block_types=("UpDecoderBlock2D",) * 2, layers_per_block=1, sample_size=64)
        text = CLIPTextModel(CLIPTextConfig(hidden_size=32, intermediate_size=37, num_hidden_layers=5,
                                            num_attention_heads=4, vocab_size=49408))
    return unet, vae, text


def install_custom_diffusion(unet):
    """train_custom_diffusion.py's processors for --freeze_model crossattn_kv."""
    state = unet.state_dict()
    procs = {}
    channels = unet.config.block_out_channels
    for name in unet.attn_processors.keys():
        cross = None if name.endswith("attn1.processor") else unet.config.cross_attention_dim
        if name.startswith("mid_block"):
            hidden = channels[-1]
        elif name.startswith("up_blocks"):
            hidden = list(reversed(channels))[int(name[len("up_blocks.")])]
        else:
            hidden = channels[int(name[len("down_blocks.")])]
        layer = name.split(".processor")[0]
        if cross is not None:
            procs[name] = CustomDiffusionAttnProcessor2_0(train_kv=True, train_q_out=False, hidden_size=hidden,
                                                          cross_attention_dim=cross)
            procs[name].load_state_dict({"to_k_custom_diffusion.weight": state[layer + ".to_k.weight"],
                                         "to_v_custom_diffusion.weight": state[layer + ".to_v.weight"]})
        else:
            procs[name] = CustomDiffusionAttnProcessor2_0(train_kv=False, train_q_out=False, hidden_size=None,
                                                          cross_attention_dim=None)
    unet.set_attn_processor(procs)
    return [p for proc in procs.values() for p in proc.parameters()]


def dtype_of(name):
    return {"no": torch.float32, "fp32": torch.float32, "fp16": torch.float16, "bf16": torch.bfloat16}[name]


def synchronize(device):
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def peaks(device, result):
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if device.type == "cuda":
        result["peak_vram_allocated_mb"] = round(torch.cuda.max_memory_allocated(device) / 2**20, 1)
        result["peak_vram_reserved_mb"] = round(torch.cuda.max_memory_reserved(device) / 2**20, 1)


def train_step(a):
    device = torch.device(a.device)
    weight_dtype = dtype_of(a.mixed_precision)
    unet, vae, text = models(a.model)
    unet.requires_grad_(False)
    vae.requires_grad_(False)
    text.text_model.encoder.requires_grad_(False)
    text.text_model.final_layer_norm.requires_grad_(False)
    text.text_model.embeddings.position_embedding.requires_grad_(False)
    params = install_custom_diffusion(unet)
    unet.to(device, dtype=weight_dtype)
    for p in params:  # the processors train in float32, as the script creates them
        p.data = p.data.float()
    vae.to(device, dtype=weight_dtype)
    text.to(device)  # trained (its token embedding): float32, run under autocast
    if a.gradient_checkpointing:
        unet.enable_gradient_checkpointing()
    embedding = text.get_input_embeddings()
    optimizer = torch.optim.AdamW(params + list(embedding.parameters()), lr=1e-5, betas=(0.9, 0.999),
                                  weight_decay=1e-2, eps=1e-8)
    scaler = torch.amp.GradScaler(device.type, enabled=weight_dtype == torch.float16)
    scheduler = DDPMScheduler(**DDPM)
    n = a.train_batch_size * (2 if a.with_prior_preservation else 1)
    factor = 2 ** (len(vae.config.block_out_channels) - 1)
    generator = torch.Generator().manual_seed(0)
    pixels = (torch.rand(n, 3, a.resolution, a.resolution, generator=generator) * 2 - 1)
    ids = torch.randint(0, 49407, (n, 77), generator=generator)
    mask = torch.ones(n, 1, a.resolution // factor, a.resolution // factor)
    token_row = 49406
    seconds = []
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)
    for i in range(a.warmup + a.steps):
        start = time.perf_counter()
        latents = vae.encode(pixels.to(device, dtype=weight_dtype)).latent_dist.sample() * vae.config.scaling_factor
        noise = torch.randn_like(latents)
        t = torch.randint(0, 1000, (n,), device=device).long()
        noisy = scheduler.add_noise(latents, noise, t)
        with torch.autocast(device.type, dtype=weight_dtype, enabled=weight_dtype != torch.float32):
            hidden = text(ids.to(device))[0]
        pred = unet(noisy, t, hidden.to(weight_dtype)).sample
        m = mask.to(device)
        if a.with_prior_preservation:
            pred, pred_prior = pred.chunk(2)
            target, target_prior = noise.chunk(2)
            m = m.chunk(2)[0]
            loss = ((torch.nn.functional.mse_loss(pred.float(), target.float(), reduction="none") * m).sum([1, 2, 3])
                    / m.sum([1, 2, 3])).mean()
            loss = loss + torch.nn.functional.mse_loss(pred_prior.float(), target_prior.float())
        else:
            loss = ((torch.nn.functional.mse_loss(pred.float(), noise.float(), reduction="none") * m).sum([1, 2, 3])
                    / m.sum([1, 2, 3])).mean()
        scaler.scale(loss).backward()
        grads = embedding.weight.grad
        keep = torch.zeros(grads.shape[0], dtype=torch.bool, device=device)
        keep[token_row] = True
        grads.data[~keep] = 0
        scaler.unscale_(optimizer)
        torch.nn.utils.clip_grad_norm_(params + list(embedding.parameters()), 1.0)
        scaler.step(optimizer)
        scaler.update()
        optimizer.zero_grad()
        synchronize(device)
        if i >= a.warmup:
            seconds.append(time.perf_counter() - start)
    seconds.sort()
    result = {"what": f"diffusers train-step random-{a.model}", "median_s_per_step": round(seconds[len(seconds) // 2], 4),
              "device": str(device), "resolution": a.resolution, "train_batch_size": a.train_batch_size,
              "with_prior_preservation": a.with_prior_preservation, "mixed_precision": a.mixed_precision,
              "gradient_checkpointing": a.gradient_checkpointing, "threads": torch.get_num_threads(),
              "torch": torch.__version__}
    peaks(device, result)
    return result


@torch.no_grad()
def generate(a):
    """StableDiffusionPipeline's loop: CFG batch of 2 through the UNet, PNDM steps, then the VAE."""
    device = torch.device(a.device)
    dtype = dtype_of(a.dtype)
    unet, vae, text = models(a.model)
    unet.to(device, dtype=dtype)
    vae.to(device, dtype=dtype)
    text.to(device, dtype=dtype)
    scheduler = PNDMScheduler(**PNDM)
    factor = 2 ** (len(vae.config.block_out_channels) - 1)
    generator = torch.Generator().manual_seed(0)
    ids = torch.randint(0, 49407, (2, 77), generator=generator).to(device)

    def run(steps, per_step=None):
        hidden = text(ids)[0]
        scheduler.set_timesteps(steps, device=device)
        latents = torch.randn(1, 4, a.resolution // factor, a.resolution // factor, generator=generator).to(device, dtype)
        latents = latents * scheduler.init_noise_sigma
        for t in scheduler.timesteps:
            start = time.perf_counter()
            model_input = scheduler.scale_model_input(torch.cat([latents] * 2), t)
            eps = unet(model_input, t, hidden).sample
            uncond, cond = eps.chunk(2)
            latents = scheduler.step(uncond + 7.5 * (cond - uncond), t, latents).prev_sample
            synchronize(device)
            if per_step is not None:
                per_step.append(time.perf_counter() - start)
        image = vae.decode(latents / vae.config.scaling_factor).sample
        synchronize(device)
        return image

    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)
    per_step = []
    run(a.warmup + a.steps, per_step)
    timed = sorted(per_step[a.warmup:])
    start = time.perf_counter()
    run(a.steps)
    full = time.perf_counter() - start
    result = {"what": f"diffusers generate random-{a.model}", "median_s_per_step": round(timed[len(timed) // 2], 4),
              "full_generation_s": round(full, 4), "device": str(device), "resolution": a.resolution,
              "dtype": a.dtype, "steps": a.steps, "threads": torch.get_num_threads(), "torch": torch.__version__}
    peaks(device, result)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["train-step", "generate"])
    parser.add_argument("--model", choices=["sd15", "tiny"], default="sd15")
    parser.add_argument("--resolution", type=int, default=512)
    parser.add_argument("--train_batch_size", type=int, default=1)
    parser.add_argument("--with_prior_preservation", action="store_true")
    parser.add_argument("--gradient_checkpointing", action="store_true")
    parser.add_argument("--mixed_precision", default="no")
    parser.add_argument("--dtype", default="fp32")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--steps", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--threads", type=int, default=0)
    a = parser.parse_args()
    if a.threads > 0:
        torch.set_num_threads(a.threads)
    if a.device.startswith("cuda"):
        torch.backends.cuda.matmul.allow_tf32 = False
        torch.backends.cudnn.allow_tf32 = False
    result = train_step(a) if a.command == "train-step" else generate(a)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    os.environ.setdefault("DIFFUSERS_VERBOSITY", "error")
    main()

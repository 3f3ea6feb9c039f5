"""Seed corpora for the fuzz targets (scripts/fuzz.sh): small valid inputs of each format, made
here or taken from the project's test files, so the fuzzers start from what the readers accept.

usage: make_seeds.py OUT_DIR [GOLDEN_DIR]
"""

import json
import os
import struct
import sys
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def put(out, target, name, data):
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def safetensors(tensors, metadata=None):
    header, data = {}, b""
    for name, (dtype, shape, raw) in tensors.items():
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    if metadata:
        header["__metadata__"] = metadata
    text = json.dumps(header).encode()
    return struct.pack("<Q", len(text)) + text + data


def png(width, height, text_chunks):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    rows = b"".join(b"\0" + bytes([(x * 40 + y * 7) % 256 for x in range(width * 3)]) for y in range(height))
    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    for key, value in text_chunks:
        out += chunk(b"tEXt", key.encode("latin-1") + b"\0" + value.encode("latin-1"))
    return out + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def bmp(width, height):
    row = (width * 3 + 3) & ~3
    body = b"".join(b"".join(bytes([(x * 50) % 256, (y * 80) % 256, 90]) for x in range(width)).ljust(row, b"\0")
                    for y in range(height))
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, len(body), 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 14 + len(info) + len(body), 0, 0, 14 + len(info)) + info + body


def main():
    out = sys.argv[1]
    golden = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "..", "shared", "golden")

    put(out, "fuzz_safetensors", "two.safetensors",
        safetensors({"a.weight": ("F32", [2, 2], struct.pack("<4f", 1, 2, 3, 4)),
                     "b": ("BF16", [3], b"\x80\x3f" * 3)}, {"format": "pt"}))
    put(out, "fuzz_safetensors", "empty.safetensors", safetensors({}))
    put(out, "fuzz_safetensors", "f16.safetensors", safetensors({"x": ("F16", [1, 2], b"\x00\x3c\x00\x40")}))

    configs = []
    for component in ("unet", "vae", "text_encoder", "scheduler"):
        for name in ("config.json", "scheduler_config.json"):
            path = os.path.join(golden, "tiny-sd", component, name)
            if os.path.exists(path):
                configs.append((component, open(path, "rb").read()))
    configs.append(("handmade", json.dumps({"block_out_channels": [32, 64], "layers_per_block": 1,
                                            "hidden_size": 32, "num_hidden_layers": 2,
                                            "beta_schedule": "scaled_linear", "num_train_timesteps": 1000})))
    configs.append(("model_index", json.dumps({"_class_name": "StableDiffusionPipeline",
                                               "unet": ["diffusers", "UNet2DConditionModel"],
                                               "vae": ["diffusers", "AutoencoderKL"]})))
    for i, (name, data) in enumerate(configs):
        put(out, "fuzz_model_configs", f"{i}-{name}.json", data)

    prompts = ["photo of a <new1> cat", "cafÃ© crÃ¨me", "“quoted” ﬁne   spaces\tand\nlines", "&amp; &lt;tag&gt;",
               "\x1b[31mred\x1b[0m", "ÃƒÂ©", "日本語のテキスト", "emoji 🐱🐶"]
    cases = os.path.join(ROOT, "tests", "data", "mojibake", "cases.json")
    if os.path.exists(cases):
        data = json.load(open(cases, encoding="utf-8"))
        items = data if isinstance(data, list) else data.get("cases", [])
        for item in items[:40]:
            text = item.get("text") if isinstance(item, dict) else item
            if isinstance(text, str):
                prompts.append(text)
    for i, text in enumerate(prompts):
        put(out, "fuzz_prompt_text", f"{i}.txt", text)

    project = {"format": "cdstudio-project", "version": 2, "model": "/models/sd15",
               "training": {"outputDir": "/runs/cat", "steps": 250, "learningRate": 1e-5,
                            "concepts": [{"kind": "pet", "className": "cat", "images": ["/p/1.png"],
                                          "modifierToken": "<new1>", "classSource": "openverse",
                                          "numClassImages": 200, "classDataDir": "/c"}]},
               "generation": {"prompt": "a <new1> cat", "seed": "18446744073709551615", "numImages": 2}}
    put(out, "fuzz_project_file", "v2.cdproj", json.dumps(project))
    put(out, "fuzz_project_file", "v1.cdproj", json.dumps(
        {"format": "cdstudio-project", "version": 1, "concept": {"kind": "object", "className": "toy"},
         "training": {"images": ["/a.png"], "priorPreservation": True, "classDataDir": "/c"}}))

    params = ("a photo of a <new1> cat\nNegative prompt: blurry\nSteps: 30, Sampler: DPM++ 2M, "
              "CFG scale: 7.5, Seed: 42, Size: 64x64, Model: tiny")
    put(out, "fuzz_png_text", "parameters.png", png(4, 3, [("parameters", params)]))
    put(out, "fuzz_png_text", "plain.png", png(2, 2, []))
    put(out, "fuzz_image_file", "small.png", png(5, 4, []))
    put(out, "fuzz_image_file", "small.bmp", bmp(3, 2))

    put(out, "fuzz_service_answers", "clip.json", json.dumps(
        [{"url": "https://e.org/1.jpg", "caption": "a cat", "similarity": 0.3, "id": 1}]))
    put(out, "fuzz_service_answers", "clip-error.json", json.dumps({"error": "index not loaded"}))
    put(out, "fuzz_service_answers", "openverse.json", json.dumps(
        {"result_count": 1, "page_count": 3, "results": [
            {"url": "https://e.org/c.jpg", "title": "Cat", "creator": "me", "license": "by",
             "license_version": "4.0", "foreign_landing_url": "https://e.org"}]}))
    put(out, "fuzz_service_answers", "hub.json", json.dumps(
        {"sha": "0123456789abcdef0123456789abcdef01234567", "siblings": [
            {"rfilename": "model_index.json", "size": 100, "blobId": "ab"},
            {"rfilename": "unet/diffusion_pytorch_model.fp16.safetensors", "size": 5,
             "lfs": {"sha256": "cd", "size": 5}}]}))

    put(out, "fuzz_class_folder", "lists",
        "images/0.jpg\nimages/1.jpg\n\0a cat\na grey cat\n\0https://e.org/0.jpg\n")
    put(out, "fuzz_class_folder", "crlf", "\xef\xbb\xbfimages/0.jpg\r\n\0cat\r\n\0")

    # torch.save archives (tests/data/pickle): whole (first byte odd), and their data.pkl alone
    # (first byte even), which the target wraps in an archive of its own.
    pickles = os.path.join(ROOT, "tests", "data", "pickle")
    for name in sorted(os.listdir(pickles)):
        if not name.endswith(".pt"):
            continue
        with open(os.path.join(pickles, name), "rb") as f:
            archive = f.read()
        put(out, "fuzz_state_dict_pickle", name + ".zip", b"\x01" + archive)
        with zipfile.ZipFile(os.path.join(pickles, name)) as z:
            pkl = next(i for i in z.namelist() if i.endswith("/data.pkl"))
            put(out, "fuzz_state_dict_pickle", name + ".pkl", b"\x00" + z.read(pkl))


if __name__ == "__main__":
    main()

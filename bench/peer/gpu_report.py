"""Merges the results of scripts/gpu_check.sh --run into one JSON report: golden parity (from
gtest's JSON output), our training-step and generation benchmarks, diffusers' on the same
device, and the ratios ours / diffusers for each matching configuration."""

import json
import os
import sys


def lines(path):
    out = []
    if os.path.exists(path):
        for line in open(path):
            line = line.strip()
            if line.startswith("{"):
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    pass
    return out


def parity(path):
    if not os.path.exists(path):
        return {"ran": False}
    report = json.load(open(path))
    failed, skipped, passed = [], [], 0
    for suite in report.get("testsuites", []):
        for test in suite.get("testsuite", []):
            name = suite["name"] + "." + test["name"]
            if test.get("failures"):
                failed.append({"test": name, "message": test["failures"][0].get("failure", "")[:400]})
            elif test.get("result") == "SKIPPED":
                skipped.append(name)
            else:
                passed += 1
    return {"ran": True, "passed": passed, "failed": failed, "skipped": skipped}


def key(r):
    return (r.get("mixed_precision", r.get("dtype")), bool(r.get("gradient_checkpointing", False)),
            "train" if "train" in r["what"] else "generate")


def main():
    work, device = sys.argv[1], sys.argv[2]
    ours = lines(os.path.join(work, "train.jsonl")) + lines(os.path.join(work, "generate.jsonl"))
    peer = lines(os.path.join(work, "peer.jsonl"))
    ratios = []
    by_key = {key(p): p for p in peer}
    for r in ours:
        p = by_key.get(key(r))
        if not p:
            continue
        entry = {"what": r["what"], "precision": key(r)[0], "save_memory": key(r)[1],
                 "time_ratio": round(r["median_s_per_step"] / p["median_s_per_step"], 3)}
        if "peak_vram_allocated_mb" in r and "peak_vram_allocated_mb" in p:
            entry["vram_ratio"] = round(r["peak_vram_allocated_mb"] / p["peak_vram_allocated_mb"], 3)
        ratios.append(entry)
    gpu = {}
    try:
        import torch
        if torch.cuda.is_available():
            props = torch.cuda.get_device_properties(0)
            gpu = {"name": props.name, "memory_gib": round(props.total_memory / 2**30, 1),
                   "torch": torch.__version__, "cuda": torch.version.cuda}
    except Exception as e:  # the report is still useful without it
        gpu = {"error": str(e)}
    report = {"device": device, "gpu": gpu, "parity": parity(os.path.join(work, "parity.json")),
              "ours": ours, "diffusers": peer, "ratios_ours_over_diffusers": ratios}
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()

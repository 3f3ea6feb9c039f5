"""Our benchmark and diffusers' on the same machine, in one run, with the ratios.

scripts/bench_side_by_side.sh runs this with the Python of a benchmark-only environment that has
diffusers 0.31 and transformers next to the same torch the studio links. Each configuration runs
once as `cdstudio-bench` and once as bench/peer/diffusers_bench.py, one after the other, each in
its own process (so peak RSS is each side's own), with the same thread count, random weights of
the same shapes, the same resolution, batch and step counts. Prints a table and, as its last line,
one JSON object. Only for benchmarks: never a dependency of the product or its tests.
"""

import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# (name, command, model, options shared by both sides). The SD v1 rows use full-size shapes with
# random weights; the tiny rows are the golden tiny model's shapes, where per-op overhead shows.
CONFIGS = [
    ("train-step tiny 64 px, batch 1 + prior", "train-step", "tiny",
     ["--resolution", "64", "--with_prior_preservation", "--steps", "10", "--warmup", "2"]),
    ("denoising step tiny 64 px", "generate", "tiny",
     ["--resolution", "64", "--steps", "10", "--warmup", "2"]),
    ("train-step SD v1 256 px, batch 1 + prior", "train-step", "sd15",
     ["--resolution", "256", "--with_prior_preservation", "--steps", "2", "--warmup", "1"]),
    ("denoising step SD v1 256 px", "generate", "sd15",
     ["--resolution", "256", "--steps", "3", "--warmup", "1"]),
]


def last_json(text):
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                continue
    return None


def run(label, argv, env):
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env)
    result = last_json(done.stdout)
    if done.returncode != 0 or result is None:
        sys.stderr.write(f"{label} failed (exit {done.returncode}): {' '.join(argv)}\n{done.stderr[-2000:]}\n")
        return None
    result["wall_s"] = round(time.perf_counter() - start, 1)
    return result


def ratio(a, b):
    return round(a / b, 3) if a and b else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench", required=True, help="path of cdstudio-bench")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--quick", action="store_true", help="only the tiny-model rows (about a minute)")
    a = parser.parse_args()

    env = dict(os.environ, OMP_WAIT_POLICY="PASSIVE", DIFFUSERS_VERBOSITY="error")
    threads = ["--threads", str(a.threads)]
    rows = []
    for name, command, model, options in CONFIGS:
        if a.quick and model != "tiny":
            continue
        sys.stderr.write(f"==> {name}\n")
        # diffusers attends with torch's scaled_dot_product_attention (AttnProcessor2_0); so do we.
        ours = run("cdstudio-bench", [a.bench, command, "--random", model, *options, *threads,
                                      "--attention", "efficient"], env)
        peer = run("diffusers", [sys.executable, os.path.join(HERE, "diffusers_bench.py"), command, "--model", model,
                                 *options, *threads], env)
        row = {"what": name, "ours": ours, "diffusers": peer}
        if ours and peer:
            row["time_ratio"] = ratio(ours["median_s_per_step"], peer["median_s_per_step"])
            row["peak_rss_ratio"] = ratio(ours.get("peak_rss_mb"), peer.get("peak_rss_mb"))
        rows.append(row)

    print(f"{'configuration':44} {'ours s/step':>12} {'diffusers':>10} {'time':>7} {'ours MB':>8} "
          f"{'diffusers':>10} {'memory':>7}")
    for r in rows:
        o, p = r["ours"] or {}, r["diffusers"] or {}
        print(f"{r['what']:44} {o.get('median_s_per_step', '-'):>12} {p.get('median_s_per_step', '-'):>10} "
              f"{str(r.get('time_ratio', '-')) + 'x':>7} {o.get('peak_rss_mb', '-'):>8} "
              f"{p.get('peak_rss_mb', '-'):>10} {str(r.get('peak_rss_ratio', '-')) + 'x':>7}")
    torch_version = next((r["diffusers"]["torch"] for r in rows if r["diffusers"]), None)
    print(json.dumps({"threads": a.threads, "torch": torch_version, "rows": rows}))
    return 0 if all(r["ours"] and r["diffusers"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Makes tests/data/embedding/: textual-inversion embeddings in AUTOMATIC1111's .pt layout,
written by Python's own torch.save, read by tests/core/test_network_file.cpp.

AUTOMATIC1111's Embedding.save (modules/textual_inversion/textual_inversion.py) writes a plain
dict: string_to_token {"*": 265}, string_to_param {"*": tensor [vectors, width]}, name, step,
sd_checkpoint, sd_checkpoint_name. The values here are deterministic (i / 100), width 32 (the
tiny test models' text encoder), 2 vectors, so the test knows every number.

Usage (from the repository root; any Python with torch):
    python3 scripts/make_embedding_fixtures.py
"""

import os

import torch

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "embedding")


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    vectors = torch.arange(64, dtype=torch.float32).reshape(2, 32) / 100
    data = {
        "string_to_token": {"*": 265},
        "string_to_param": {"*": torch.nn.Parameter(vectors.clone())},
        "name": "twovec",
        "step": 1500,
        "sd_checkpoint": "abcdef12",
        "sd_checkpoint_name": "tiny",
    }
    torch.save(data, os.path.join(OUT_DIR, "twovec.pt"))


if __name__ == "__main__":
    main()

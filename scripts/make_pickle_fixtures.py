#!/usr/bin/env python3
"""Makes tests/data/pickle/: tiny state dicts written by Python's own torch.save, read by
tests/core/test_state_dict_pickle.cpp, with the expected values beside each in a .json.

Each file covers what real checkpoints contain: a module's state_dict() (an OrderedDict with
`_metadata`), fp16 / bf16 / int64 / bool tensors, views sharing one storage (a slice with an
offset, a transposed view, an expanded buffer), a 0-dim tensor, an empty tensor, and a
1-entry plain dict (pickled with SETITEM, not SETITEMS). The same state dict is saved with
pickle protocol 2 (torch.save's default) and 4 (FRAME, MEMOIZE, STACK_GLOBAL, short strings).

Usage (from the repository root; needs Debian's python3-torch):
    /usr/bin/python3 scripts/make_pickle_fixtures.py
    /usr/bin/python3 scripts/make_pickle_fixtures.py --check FILE   # load FILE the way newer
        diffusers does (weights_only=True) and print its entries
"""

import json
import os
import sys

import torch


OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "pickle")


class Inner(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = torch.nn.Linear(3, 2)
        self.register_buffer("scale", torch.tensor(0.5))  # 0-dim


class Tiny(torch.nn.Module):
    def __init__(self):
        super().__init__()
        g = torch.Generator().manual_seed(0)
        self.inner = Inner()
        with torch.no_grad():
            self.inner.proj.weight.copy_(torch.randn(2, 3, generator=g))
            self.inner.proj.bias.copy_(torch.randn(2, generator=g))
        self.fp16 = torch.nn.Parameter(torch.randn(2, 2, generator=g).half())
        self.bf16 = torch.nn.Parameter(torch.randn(3, generator=g).bfloat16())
        table = torch.randn(4, 3, generator=g)
        self.register_buffer("table", table)
        self.register_buffer("table_row", table[2])  # offset 6 into table's storage
        self.register_buffer("table_t", table.t())  # strides (1, 3)
        self.register_buffer("position_ids", torch.arange(5).expand((1, -1)))  # int64, stride 0
        self.register_buffer("mask", torch.tensor([True, False, True]))
        self.register_buffer("empty", torch.zeros(0, 3))


def expected(state):
    """key -> dtype, shape and the values in row-major order (as floats, exact for every dtype here)."""
    out = {}
    for key, t in state.items():
        out[key] = {
            "dtype": str(t.dtype).replace("torch.", ""),
            "shape": list(t.shape),
            "values": [float(v) for v in t.detach().double().flatten().tolist()],
        }
    return out


def save(state, name, protocol):
    path = os.path.join(OUT_DIR, name + ".pt")
    torch.save(state, path, pickle_protocol=protocol)
    # torch.save must not have materialised the views: the fixture is only useful if it shares storages.
    reloaded = torch.load(path)  # our own file; 1.13's weights_only cannot read protocol 4
    for key, t in state.items():
        assert torch.equal(reloaded[key], t), key
    with open(os.path.join(OUT_DIR, name + ".json"), "w") as f:
        json.dump(expected(state), f, indent=1, sort_keys=True)
        f.write("\n")


def make():
    os.makedirs(OUT_DIR, exist_ok=True)
    state = Tiny().state_dict()
    assert hasattr(state, "_metadata")
    save(state, "module_state_dict_p2", 2)
    save(state, "module_state_dict_p4", 4)
    save({"only": torch.tensor([1.5, -2.0, 3.25])}, "single_entry", 2)


def check(path):
    state = torch.load(path, weights_only=True)
    print(type(state).__name__, len(state))
    for key, t in state.items():
        print(key, str(t.dtype), list(t.shape), list(t.stride()), float(t.double().sum()))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        check(sys.argv[2])
    else:
        make()

// How many processor threads libtorch uses. A header without torch, so that the studio's
// main() (which includes no torch) can set it; defined in core/runtime.cpp.
#pragma once

namespace cds {

// libtorch defaults to one intra-op thread on some VMs; use every core unless told otherwise.
// threads <= 0 means all hardware threads. Returns the number set.
int init_torch_threads(int threads = 0);

}  // namespace cds

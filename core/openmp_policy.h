// libgomp's worker threads spin for a while after each parallel region. On an idle machine that
// saves a few microseconds per region; when anything else wants a core (the studio's own window,
// a browser, a compiler) the spinning threads fight it and libtorch slows down by 10x or more
// (measured: the tiny model's training step took 1.47 s instead of 0.12 s next to one busy core).
// Passive waiting costs about 1% on a Stable Diffusion sized model when the machine is idle.
#pragma once

namespace cds {

// Restarts the program with OMP_WAIT_POLICY=PASSIVE, unless OMP_WAIT_POLICY is already set (the
// person's choice, or this restart). Must be the first thing main() does: libgomp reads the
// variable when it is loaded, before main, so setting it later has no effect. Returns only when
// no restart happened (already set, not Linux, or exec failed); the program then carries on.
void use_passive_openmp_waiting(char** argv);

}  // namespace cds

// OpenMP's waiting policy (see openmp_policy.h).
#include "core/openmp_policy.h"

#include <cstdlib>

#ifdef __linux__
#include <unistd.h>
#endif

namespace cds {

void use_passive_openmp_waiting(char** argv) {
#ifdef __linux__
  if (std::getenv("OMP_WAIT_POLICY") != nullptr) return;
  if (::setenv("OMP_WAIT_POLICY", "PASSIVE", 1) != 0) return;
  // The same binary and arguments; the environment now carries the policy, so the new process
  // returns from here at once.
  ::execv("/proc/self/exe", argv);
  // exec failed (no /proc, say): carry on with libgomp's default.
#else
  (void)argv;
#endif
}

}  // namespace cds

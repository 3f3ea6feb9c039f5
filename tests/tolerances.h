// Every numeric tolerance the golden tests use, in one table. float32 max abs error against
// diffusers/transformers outputs; never loosen one to make a test pass: find the difference.
#pragma once

namespace cds::test {

constexpr double kSingleOpAtol = 1e-5;      // one layer / op, float32
constexpr double kWholeModelAtol = 1e-4;    // whole text encoder, UNet or pipeline, float32
constexpr double kBFloat16Atol = 0.1;       // bfloat16 run vs float32 golden (8-bit mantissa)

}  // namespace cds::test

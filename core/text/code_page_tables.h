// The generated code-page data behind code_pages.cpp (see scripts/gen_code_pages.py).
// Internal to core/text: use code_pages.h.
#pragma once

#include <cstddef>

namespace cds::ftfy::detail {

constexpr size_t kCodePageCount = 11;
// Indexed by CodePage, then by byte - 0x80; 0xFFFE marks a byte the page leaves undefined.
extern const char32_t kCodePageHigh[kCodePageCount][128];

}  // namespace cds::ftfy::detail

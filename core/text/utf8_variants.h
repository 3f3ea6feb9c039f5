// Strict UTF-8 decoding and ftfy's "utf-8-variants" codec, which also reads CESU-8 surrogate
// pairs and Java's two-byte null. Mirrors ftfy 6.3.1 ftfy/bad_codecs/utf8_variants.py.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cds::ftfy {

// bytes.decode("utf-8"): nullopt on any invalid sequence.
std::optional<std::u32string> decode_utf8_strict(std::string_view bytes);
// bytes.decode("utf-8-variants"), nullopt where it raises UnicodeDecodeError.
std::optional<std::u32string> decode_utf8_variants(std::string_view bytes);

}  // namespace cds::ftfy

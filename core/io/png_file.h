// PNG files that carry their generation parameters: 8-bit RGB images with tEXt / iTXt chunks,
// and the AUTOMATIC1111 "parameters" text that image viewers, web UIs and artists' tools read
// (modules/infotext_utils.py there), so a generated image can be reproduced from the file alone.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cds {

// Keyword -> text, in file order. Keywords are 1-79 printable Latin-1 characters (PNG spec).
using PngText = std::vector<std::pair<std::string, std::string>>;

// Writes an 8-bit RGB image (interleaved, row-major, width * 3 bytes a row) as PNG, atomically.
// Each text entry becomes a tEXt chunk when it is plain ASCII, otherwise an uncompressed UTF-8
// iTXt chunk; all sit right after IHDR. Throws FileError for bad arguments or a failed write.
void write_png(const std::filesystem::path& file, const uint8_t* rgb, int width, int height,
               const PngText& text = {});

// The tEXt and uncompressed iTXt chunks of a PNG file, as UTF-8 (tEXt is Latin-1 and converted).
// Compressed chunks are skipped. Throws FileError for a file that is missing, not a PNG,
// truncated or has a corrupt text chunk.
PngText read_png_text(const std::filesystem::path& file);

// What produced an image, as AUTOMATIC1111 writes it in the "parameters" text.
struct GenerationInfo {
  std::string prompt;
  std::string negative_prompt;
  std::string sampler;
  std::string model;
  int steps = 0;
  double cfg_scale = 0;
  uint64_t seed = 0;
  int width = 0;
  int height = 0;
  std::string extra;  // further "Key: value, Key: value" pairs, kept as they are
};

// "prompt\nNegative prompt: neg\nSteps: 30, Sampler: DDIM, CFG scale: 7.5, Seed: 42,
// Size: 512x512, Model: name[, extra]". The negative-prompt line is left out when empty, and
// the Model pair when the model is empty. A value containing ',', ':' or a line break, or starting
// with '"', is written as a JSON string, as AUTOMATIC1111 quotes it; others appear as given.
std::string format_generation_parameters(const GenerationInfo& info);

// Reads that text back: the last line holds the pairs, the lines above it the prompt (which may
// span several lines) and, from a line starting "Negative prompt: ", the negative prompt.
// Pairs other than the known ones go to `extra`. nullopt when the last line has no Steps pair or
// a known value does not parse.
std::optional<GenerationInfo> parse_generation_parameters(const std::string& text);

// The keyword AUTOMATIC1111 stores that text under.
inline constexpr const char* kPngParametersKey = "parameters";

}  // namespace cds

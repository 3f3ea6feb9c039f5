// PNG writing with text chunks, and the AUTOMATIC1111 parameters text (see png_file.h).
// OpenCV encodes the pixels; the text chunks are spliced in after IHDR by hand because
// cv::imencode cannot write them (chunk layout: PNG specification, 3rd ed., sections 5 and 11.3.3).
#include "core/io/png_file.h"

#include <array>
#include <charconv>
#include <cstring>
#include <locale>
#include <sstream>

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/json_file.h"

namespace cds {

namespace {

constexpr std::array<uint8_t, 8> kSignature = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
// The PNG spec caps chunk lengths at 2^31 - 1.
constexpr uint32_t kMaxChunkLength = 0x7FFFFFFFu;

// CRC-32 as the PNG spec's sample code (ISO 3309 polynomial, reflected), table-driven.
uint32_t crc32(const uint8_t* data, size_t size, uint32_t crc = 0) {
  static const std::array<uint32_t, 256> table = [] {
    std::array<uint32_t, 256> t{};
    for (uint32_t n = 0; n < 256; ++n) {
      uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  crc = ~crc;
  for (size_t i = 0; i < size; ++i) crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

void put_u32(std::string& out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

uint32_t get_u32(const std::string& bytes, size_t pos) {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data() + pos);
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
}

// length, type, data, CRC over type and data.
std::string make_chunk(const char* type, const std::string& data) {
  std::string chunk;
  put_u32(chunk, static_cast<uint32_t>(data.size()));
  chunk.append(type, 4);
  chunk += data;
  put_u32(chunk, crc32(reinterpret_cast<const uint8_t*>(chunk.data() + 4), data.size() + 4));
  return chunk;
}

bool is_ascii(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// Structural UTF-8 check (lead and continuation bytes), enough to refuse Latin-1 or binary
// text before it goes into an iTXt chunk that promises UTF-8.
bool is_utf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t n = c < 0x80           ? 1
                     : (c >> 5) == 0x6  ? 2
                     : (c >> 4) == 0xE  ? 3
                     : (c >> 3) == 0x1E ? 4
                                        : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

std::string latin1_to_utf8(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

// Keywords: 1-79 printable characters without leading, trailing or doubled spaces. We take
// ASCII only so the keyword means the same in Latin-1 and UTF-8.
void check_keyword(const std::filesystem::path& file, const std::string& key) {
  bool ok = !key.empty() && key.size() <= 79 && key.front() != ' ' && key.back() != ' ' &&
            key.find("  ") == std::string::npos;
  for (unsigned char c : key) ok = ok && c >= 0x20 && c <= 0x7E;
  if (!ok)
    throw FileError(file, "invalid PNG text keyword \"" + key +
                              "\" (1-79 printable ASCII characters, no leading, trailing or "
                              "double spaces)");
}

std::string text_chunk(const std::filesystem::path& file, const std::string& key,
                       const std::string& text) {
  check_keyword(file, key);
  if (text.find('\0') != std::string::npos)
    throw FileError(file, "the PNG text \"" + key + "\" contains a NUL character");
  if (is_ascii(text)) return make_chunk("tEXt", key + '\0' + text);
  if (!is_utf8(text)) throw FileError(file, "the PNG text \"" + key + "\" is not valid UTF-8");
  // keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translated
  // keyword, NUL, text.
  std::string data = key;
  data += '\0';
  data += '\0';
  data += '\0';
  data += '\0';
  data += '\0';
  return make_chunk("iTXt", data + text);
}

}  // namespace

void write_png(const std::filesystem::path& file, const uint8_t* rgb, int width, int height,
               const PngText& text) {
  if (!rgb || width <= 0 || height <= 0)
    throw FileError(file, "cannot write an empty image (" + std::to_string(width) + "x" +
                              std::to_string(height) + ")");
  std::string chunks;
  for (const auto& [key, value] : text) chunks += text_chunk(file, key, value);

  std::vector<uchar> encoded;
  try {
    // OpenCV stores colour as BGR; the Mat header wraps the caller's pixels without copying.
    const cv::Mat rgb_mat(height, width, CV_8UC3, const_cast<uint8_t*>(rgb));
    cv::Mat bgr;
    cv::cvtColor(rgb_mat, bgr, cv::COLOR_RGB2BGR);
    if (!cv::imencode(".png", bgr, encoded)) throw FileError(file, "PNG encoding failed");
  } catch (const cv::Exception& e) {
    throw FileError(file, std::string("PNG encoding failed: ") + e.what());
  }
  // The signature and a 13-byte IHDR come first in every PNG; the text goes right after them.
  constexpr size_t kAfterIhdr = 8 + 12 + 13;
  if (encoded.size() < kAfterIhdr ||
      !std::equal(kSignature.begin(), kSignature.end(), encoded.begin()) ||
      std::memcmp(encoded.data() + 12, "IHDR", 4) != 0)
    throw FileError(file, "the PNG encoder produced an unexpected layout");

  AtomicFile out(file);
  out.write(encoded.data(), kAfterIhdr);
  out.write(chunks);
  out.write(encoded.data() + kAfterIhdr, encoded.size() - kAfterIhdr);
  out.commit();
}

PngText read_png_text(const std::filesystem::path& file) {
  const std::string bytes = read_text_file(file);
  if (bytes.size() < kSignature.size() ||
      std::memcmp(bytes.data(), kSignature.data(), kSignature.size()) != 0)
    throw FileError(file, "is not a PNG file");

  PngText result;
  size_t pos = kSignature.size();
  for (bool first = true;; first = false) {
    const std::string at = " at offset " + std::to_string(pos);
    if (pos == bytes.size()) throw FileError(file, "is truncated: it ends before the IEND chunk");
    if (bytes.size() - pos < 12) throw FileError(file, "is truncated: incomplete chunk" + at);
    const uint32_t length = get_u32(bytes, pos);
    const std::string type = bytes.substr(pos + 4, 4);
    for (char c : type)
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
        throw FileError(file, "is corrupt: invalid chunk type" + at);
    if (length > kMaxChunkLength || length > bytes.size() - pos - 12)
      throw FileError(file, "is truncated or corrupt: chunk " + type + at + " claims " +
                                std::to_string(length) + " bytes, " +
                                std::to_string(bytes.size() - pos - 12) + " remain");
    if (first && type != "IHDR") throw FileError(file, "is corrupt: it does not start with IHDR");
    const std::string data = bytes.substr(pos + 8, length);

    if (type == "tEXt" || type == "iTXt") {
      const uint32_t stored = get_u32(bytes, pos + 8 + length);
      if (crc32(reinterpret_cast<const uint8_t*>(bytes.data() + pos + 4), length + 4) != stored)
        throw FileError(file, "is corrupt: CRC mismatch in the " + type + " chunk" + at);
      const size_t key_end = data.find('\0');
      if (key_end == std::string::npos || key_end == 0 || key_end > 79)
        throw FileError(file, "is corrupt: the " + type + " chunk" + at + " has no valid keyword");
      const std::string key = latin1_to_utf8(data.substr(0, key_end));
      if (type == "tEXt") {
        result.emplace_back(key, latin1_to_utf8(data.substr(key_end + 1)));
      } else {
        // flag, method, language tag NUL, translated keyword NUL, text.
        const size_t lang = key_end + 3;
        const size_t lang_end = lang <= data.size() ? data.find('\0', lang) : std::string::npos;
        const size_t tkey_end =
            lang_end == std::string::npos ? std::string::npos : data.find('\0', lang_end + 1);
        if (tkey_end == std::string::npos)
          throw FileError(file, "is corrupt: the iTXt chunk" + at + " is incomplete");
        // Compressed iTXt would need zlib, which this file does not link; nothing we write uses it.
        if (data[key_end + 1] == 0) result.emplace_back(key, data.substr(tkey_end + 1));
      }
    }
    if (type == "IEND") break;
    pos += 12 + size_t{length};
  }
  return result;
}

// ---- AUTOMATIC1111 parameters text ----

namespace {

// AUTOMATIC1111's quote(): values that would break the "Key: value, ..." line become JSON.
std::string quote(const std::string& v) {
  if (v.find_first_of(",:\n") == std::string::npos && (v.empty() || v.front() != '"')) return v;
  return nlohmann::json(v).dump();
}

// Shortest text that reads back as the same double, with ".0" on whole numbers as Python's
// str(float) writes "7.0". The classic locale keeps the decimal point a point under any
// locale the GUI sets.
std::string format_double(double v) {
  std::string s;
  for (int precision = 1; precision <= 17; ++precision) {
    std::ostringstream os;
    os.imbue(std::locale::classic());
    os.precision(precision);
    os << v;
    s = os.str();
    std::istringstream is(s);
    is.imbue(std::locale::classic());
    double back = 0;
    if (is >> back && back == v) break;
  }
  if (s.find_first_of(".eEni") == std::string::npos) s += ".0";
  return s;
}

template <typename T>
bool parse_int(const std::string& s, T& out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

bool parse_double(const std::string& s, double& out) {
  std::istringstream is(s);
  is.imbue(std::locale::classic());
  return static_cast<bool>(is >> out) && is.peek() == std::char_traits<char>::eof();
}

std::string trim(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

struct Pair {
  std::string key, value, raw;  // raw: "Key: value" as written, quotes included
};

// Splits "Key: value, Key: "quoted, value", ..." as AUTOMATIC1111's re_param does.
std::optional<std::vector<Pair>> split_pairs(const std::string& line) {
  std::vector<Pair> pairs;
  size_t pos = 0;
  const size_t n = line.size();
  while (pos < n) {
    while (pos < n && line[pos] == ' ') ++pos;
    if (pos == n) break;
    const size_t colon = line.find(':', pos);
    if (colon == std::string::npos) return std::nullopt;
    const size_t start = pos;
    Pair p;
    p.key = trim(line.substr(pos, colon - pos));
    if (p.key.empty() || p.key.find(',') != std::string::npos) return std::nullopt;
    pos = colon + 1;
    while (pos < n && line[pos] == ' ') ++pos;
    if (pos < n && line[pos] == '"') {
      size_t end = pos + 1;
      while (end < n && line[end] != '"') end += line[end] == '\\' ? 2 : 1;
      if (end >= n) return std::nullopt;
      try {
        p.value = nlohmann::json::parse(line.substr(pos, end - pos + 1)).get<std::string>();
      } catch (const nlohmann::json::exception&) {
        return std::nullopt;
      }
      pos = end + 1;
      while (pos < n && line[pos] == ' ') ++pos;
      if (pos < n && line[pos] != ',') return std::nullopt;
      p.raw = trim(line.substr(start, pos - start));
    } else {
      const size_t comma = std::min(line.find(',', pos), n);
      p.value = trim(line.substr(pos, comma - pos));
      p.raw = trim(line.substr(start, comma - start));
      pos = comma;
    }
    if (pos < n) ++pos;  // the comma
    pairs.push_back(std::move(p));
  }
  return pairs;
}

}  // namespace

std::string format_generation_parameters(const GenerationInfo& info) {
  std::string out = info.prompt + "\n";
  if (!info.negative_prompt.empty()) out += "Negative prompt: " + info.negative_prompt + "\n";
  out += "Steps: " + std::to_string(info.steps) + ", Sampler: " + quote(info.sampler) +
         ", CFG scale: " + format_double(info.cfg_scale) + ", Seed: " + std::to_string(info.seed) +
         ", Size: " + std::to_string(info.width) + "x" + std::to_string(info.height);
  if (!info.model.empty()) out += ", Model: " + quote(info.model);
  if (!info.extra.empty()) out += ", " + info.extra;
  return out;
}

std::optional<GenerationInfo> parse_generation_parameters(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
    lines.push_back(text.substr(start, nl - start));
  lines.push_back(text.substr(start));
  while (lines.size() > 1 && trim(lines.back()).empty()) lines.pop_back();

  const auto pairs = split_pairs(trim(lines.back()));
  if (!pairs) return std::nullopt;
  GenerationInfo info;
  bool has_steps = false;
  for (const auto& p : *pairs) {
    bool ok = true;
    if (p.key == "Steps") {
      ok = parse_int(p.value, info.steps);
      has_steps = true;
    } else if (p.key == "Sampler") {
      info.sampler = p.value;
    } else if (p.key == "CFG scale") {
      ok = parse_double(p.value, info.cfg_scale);
    } else if (p.key == "Seed") {
      ok = parse_int(p.value, info.seed);
    } else if (p.key == "Size") {
      const size_t x = p.value.find('x');
      ok = x != std::string::npos && parse_int(p.value.substr(0, x), info.width) &&
           parse_int(p.value.substr(x + 1), info.height);
    } else if (p.key == "Model") {
      info.model = p.value;
    } else {
      info.extra += (info.extra.empty() ? "" : ", ") + p.raw;
    }
    if (!ok) return std::nullopt;
  }
  if (!has_steps) return std::nullopt;

  // Lines above the pairs: the prompt, then (from the first "Negative prompt:" line) the
  // negative prompt. Both keep their inner line breaks.
  static const std::string kNegative = "Negative prompt:";
  std::string* target = &info.prompt;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    std::string line = lines[i];
    if (target == &info.prompt && line.compare(0, kNegative.size(), kNegative) == 0) {
      target = &info.negative_prompt;
      line = line.substr(kNegative.size());
      if (!line.empty() && line.front() == ' ') line.erase(0, 1);
      *target = line;
      continue;
    }
    *target += (i == 0 ? "" : "\n") + line;
  }
  return info;
}

}  // namespace cds

// The EXIF orientation reader (see exif_orientation.h). Every offset read from the file is checked
// against the bytes there are before it is used: the input is whatever a person drops in.
#include "core/train/exif_orientation.h"

#include <cstring>
#include <fstream>
#include <vector>

#include "core/error.h"

namespace cds {

namespace {

struct Bytes {
  const uint8_t* p;
  size_t n;
  bool has(size_t at, size_t len) const { return at <= n && len <= n - at; }
  bool starts(size_t at, const char* magic, size_t len) const {
    return has(at, len) && std::memcmp(p + at, magic, len) == 0;
  }
};

uint32_t be16(const uint8_t* p) { return (uint32_t{p[0]} << 8) | p[1]; }
uint32_t be32(const uint8_t* p) { return (be16(p) << 16) | be16(p + 2); }
uint32_t le16(const uint8_t* p) { return (uint32_t{p[1]} << 8) | p[0]; }
uint32_t le32(const uint8_t* p) { return (le16(p + 2) << 16) | le16(p); }

// A TIFF structure ("II*\0" or "MM\0*"): the orientation entry of its first directory (IFD0),
// where EXIF keeps it. SHORT is the type the standard gives it; LONG is accepted as PIL does.
int tiff_orientation(Bytes b) {
  if (!b.has(0, 8)) return 1;
  const bool little = b.starts(0, "II", 2);
  if (!little && !b.starts(0, "MM", 2)) return 1;
  auto u16 = [&](size_t at) { return little ? le16(b.p + at) : be16(b.p + at); };
  auto u32 = [&](size_t at) { return little ? le32(b.p + at) : be32(b.p + at); };
  if (u16(2) != 42) return 1;
  const size_t ifd = u32(4);
  if (!b.has(ifd, 2)) return 1;
  const size_t count = u16(ifd);
  for (size_t i = 0; i < count; ++i) {
    const size_t entry = ifd + 2 + 12 * i;
    if (!b.has(entry, 12)) return 1;
    if (u16(entry) != 0x0112) continue;
    const uint32_t type = u16(entry + 2);
    const uint32_t value = type == 3 ? u16(entry + 8) : type == 4 ? u32(entry + 8) : 0;
    return value >= 1 && value <= 8 ? static_cast<int>(value) : 1;
  }
  return 1;
}

// EXIF payloads start with the TIFF header; JPEG's always, PNG's and WebP's sometimes (older
// writers), with "Exif\0\0" first.
int exif_block_orientation(Bytes b) {
  if (b.starts(0, "Exif\0\0", 6)) return tiff_orientation({b.p + 6, b.n - 6});
  return tiff_orientation(b);
}

int jpeg_orientation(Bytes b) {
  size_t at = 2;
  while (b.has(at, 4)) {
    if (b.p[at] != 0xFF) return 1;
    const uint8_t marker = b.p[at + 1];
    if (marker == 0xFF) {  // fill byte before a marker
      ++at;
      continue;
    }
    if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
      at += 2;  // markers without a length
      continue;
    }
    if (marker == 0xDA || marker == 0xD9) return 1;  // scan data: the metadata is behind us
    const size_t length = be16(b.p + at + 2);
    if (length < 2 || !b.has(at + 2, length)) return 1;
    // The "Exif\0\0" must lie inside the segment (found by fuzzing: a length of 2 went negative).
    if (marker == 0xE1 && length >= 8 && b.starts(at + 4, "Exif\0\0", 6))
      return tiff_orientation({b.p + at + 10, length - 8});
    at += 2 + length;
  }
  return 1;
}

int png_orientation(Bytes b) {
  size_t at = 8;
  while (b.has(at, 12)) {
    const size_t length = be32(b.p + at);
    if (!b.has(at + 8, length)) return 1;
    if (b.starts(at + 4, "eXIf", 4)) return exif_block_orientation({b.p + at + 8, length});
    if (b.starts(at + 4, "IEND", 4)) return 1;
    at += 12 + length;
  }
  return 1;
}

int webp_orientation(Bytes b) {
  size_t at = 12;
  while (b.has(at, 8)) {
    const size_t length = le32(b.p + at + 4);
    if (!b.has(at + 8, length)) return 1;
    if (b.starts(at, "EXIF", 4)) return exif_block_orientation({b.p + at + 8, length});
    at += 8 + length + (length & 1);  // chunks are padded to an even size
  }
  return 1;
}

}  // namespace

int exif_orientation(const uint8_t* data, size_t size) {
  const Bytes b{data, data ? size : 0};
  if (b.starts(0, "\xFF\xD8\xFF", 3)) return jpeg_orientation(b);
  if (b.starts(0, "\x89PNG\r\n\x1a\n", 8)) return png_orientation(b);
  if (b.starts(0, "RIFF", 4) && b.starts(8, "WEBP", 4)) return webp_orientation(b);
  if (b.starts(0, "II*\0", 4) || b.starts(0, "MM\0*", 4)) return tiff_orientation(b);
  return 1;
}

int read_exif_orientation(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw FileError(file, "cannot be opened for reading");
  // A JPEG's Exif segment comes before its pixels, in the first few 64 KiB segments: one MiB is
  // plenty, and the Concepts page reads every photo. PNG and WebP may keep it further back.
  std::vector<uint8_t> bytes(size_t{1} << 20);
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  size_t have = static_cast<size_t>(in.gcount());
  const bool jpeg = have >= 2 && bytes[0] == 0xFF && bytes[1] == 0xD8;
  if (!jpeg && have == bytes.size()) {
    bytes.resize(kExifSearchBytes);
    in.read(reinterpret_cast<char*>(bytes.data() + have),
            static_cast<std::streamsize>(bytes.size() - have));
    have += static_cast<size_t>(in.gcount());
  }
  return exif_orientation(bytes.data(), have);
}

}  // namespace cds

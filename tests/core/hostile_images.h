// The hostile image files every entry point of images is tested with (issue #13): truncated,
// empty, decompression bombs, CMYK, 16-bit, grey, grey+alpha, RGBA, animated GIF/WebP/PNG, huge
// dimensions and a sideways phone photo. Each is made here, byte by byte or with OpenCV and
// libjpeg, never downloaded. No gtest and no Qt, so the core, CLI and GUI tests share the table.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <jpeglib.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

namespace cds::test::hostile {

namespace fs = std::filesystem;

// One file and what every entry point must make of it.
struct Case {
  std::string name;
  std::string bytes;
  bool accepted = false;  // training reads it, converted to 8-bit RGB as PIL's convert("RGB")
  std::string says;       // refused: words of the engine's sentence about it
  cv::Size size;          // accepted: the size training sees (as stored: EXIF is ignored)
  cv::Vec3b rgb;          // accepted: the colour of its centre pixel, within kTolerance
  int orientation = 1;    // its EXIF orientation tag
};
inline constexpr int kTolerance = 6;  // JPEG's rounding of a flat colour

inline std::string be32(uint32_t v) {
  return {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
}
inline std::string le(uint32_t v, int bytes) {
  std::string s;
  for (int i = 0; i < bytes; ++i) s += char((v >> (8 * i)) & 0xFF);
  return s;
}

// A PNG chunk with its CRC (the CRC-32 of ISO 3309, bitwise).
inline std::string png_chunk(const std::string& type, const std::string& data) {
  const std::string body = type + data;
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char ch : body) {
    crc ^= ch;
    for (int k = 0; k < 8; ++k) crc = (crc & 1) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
  }
  return be32(static_cast<uint32_t>(data.size())) + body + be32(~crc);
}

// `raw` zlib-wrapped in one stored deflate block (at most 65535 bytes).
inline std::string zlib_stored(const std::string& raw) {
  uint32_t a = 1, b = 0;
  for (unsigned char ch : raw) a = (a + ch) % 65521, b = (b + a) % 65521;
  const auto n = static_cast<uint16_t>(raw.size());
  return std::string("\x78\x01\x01", 3) + char(n & 0xFF) + char(n >> 8) + char(~n & 0xFF) +
         char((~n >> 8) & 0xFF) + raw + be32((b << 16) | a);
}

// A PNG of w x h, 8 bits per sample, colour type `type`, whose filtered rows are `raw`; `extra`
// chunks go before IDAT, `after` chunks after it.
inline std::string make_png(uint32_t w, uint32_t h, char type, const std::string& extra,
                            const std::string& raw, const std::string& after = "") {
  return std::string("\x89PNG\r\n\x1a\n") +
         png_chunk("IHDR", be32(w) + be32(h) + std::string{8, type, 0, 0, 0}) + extra +
         png_chunk("IDAT", zlib_stored(raw)) + after + png_chunk("IEND", "");
}

// Rows of `w` pixels of `pixel` (its bytes per pixel), each after filter byte 0.
inline std::string png_rows(int w, int h, const std::string& pixel) {
  std::string raw;
  for (int y = 0; y < h; ++y) {
    raw += '\0';
    for (int x = 0; x < w; ++x) raw += pixel;
  }
  return raw;
}

inline std::string encode(const char* ext, const cv::Mat& bgr,
                          const std::vector<int>& params = {}) {
  std::vector<uint8_t> out;
  if (!cv::imencode(ext, bgr, out, params)) throw std::runtime_error("cannot encode a test image");
  return {out.begin(), out.end()};
}

inline cv::Mat noise(int w, int h) {
  cv::Mat m(h, w, CV_8UC3);
  cv::randu(m, 0, 256);
  return m;
}

// `jpeg` with an APP1 Exif segment holding only the orientation (TIFF, little or big endian),
// right after SOI as cameras write it.
inline std::string with_orientation(std::string jpeg, int orientation, bool big_endian = false) {
  const std::string tiff =
      big_endian ? std::string("MM\0\x2A\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01", 18) + char(0) +
                       char(orientation) + std::string(6, '\0')
                 : std::string("II\x2A\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0", 18) +
                       char(orientation) + std::string(7, '\0');
  const std::string exif = std::string("Exif\0\0", 6) + tiff;
  const auto len = static_cast<uint16_t>(exif.size() + 2);
  jpeg.insert(2, std::string("\xFF\xE1", 2) + char(len >> 8) + char(len & 0xFF) + exif);
  return jpeg;
}

// A JPEG of a flat BGR colour tagged with `orientation`.
inline std::string jpeg_with_orientation(int w, int h, cv::Scalar bgr, int orientation,
                                         bool big_endian = false) {
  return with_orientation(
      encode(".jpg", cv::Mat(h, w, CV_8UC3, bgr), {cv::IMWRITE_JPEG_QUALITY, 95}), orientation,
      big_endian);
}

// A CMYK JPEG through libjpeg (OpenCV writes none), with the Adobe marker libjpeg adds, whose
// readers (PIL, libjpeg's users) take the samples as inverted: 255 = no ink.
inline std::string cmyk_jpeg(int w, int h, const uint8_t cmyk_stored[4]) {
  jpeg_compress_struct c{};
  jpeg_error_mgr err{};
  c.err = jpeg_std_error(&err);
  jpeg_create_compress(&c);
  unsigned char* out = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&c, &out, &size);
  c.image_width = w;
  c.image_height = h;
  c.input_components = 4;
  c.in_color_space = JCS_CMYK;
  jpeg_set_defaults(&c);
  jpeg_set_quality(&c, 95, TRUE);
  jpeg_start_compress(&c, TRUE);
  std::vector<uint8_t> row(static_cast<size_t>(w) * 4);
  for (int x = 0; x < w; ++x)
    for (int k = 0; k < 4; ++k) row[static_cast<size_t>(x) * 4 + k] = cmyk_stored[k];
  while (c.next_scanline < c.image_height) {
    JSAMPROW r = row.data();
    jpeg_write_scanlines(&c, &r, 1);
  }
  jpeg_finish_compress(&c);
  std::string bytes(reinterpret_cast<char*>(out), size);
  jpeg_destroy_compress(&c);
  std::free(out);
  return bytes;
}

// A two-frame, looping 8x8 GIF written by hand. The LZW stream sends a clear code before every
// two pixel codes, so the code width stays 3 bits and no compression logic is needed.
inline std::string animated_gif() {
  std::string lzw_bits;
  auto put = [&](int code) {
    for (int b = 0; b < 3; ++b) lzw_bits += char((code >> b) & 1);
  };
  for (int i = 0; i < 64; i += 2) put(4), put(1), put(1);  // clear, colour 1, colour 1
  put(5);                                                  // end of information
  std::string packed((lzw_bits.size() + 7) / 8, '\0');
  for (size_t i = 0; i < lzw_bits.size(); ++i) packed[i / 8] |= char(lzw_bits[i] << (i % 8));
  std::string frame = std::string("\x21\xF9\x04\x00\x0A\x00\x00\x00", 8) +  // 0.1 s
                      std::string("\x2C\0\0\0\0\x08\0\x08\0\0", 10) + char(2) +
                      char(packed.size()) + packed + char(0);
  return std::string("GIF89a\x08\0\x08\0\x80\0\0", 13) +
         std::string("\0\0\0\xFF\x40\x20", 6) +  // palette: black, orange
         std::string("\x21\xFF\x0BNETSCAPE2.0\x03\x01\0\0\0", 19) + frame + frame + ";";
}

// A two-frame animated WebP: OpenCV's lossless still (a VP8L chunk) as both frames.
inline std::string animated_webp(int w, int h, cv::Scalar bgr) {
  const std::string still =
      encode(".webp", cv::Mat(h, w, CV_8UC3, bgr), {cv::IMWRITE_WEBP_QUALITY, 101});
  const std::string vp8l = still.substr(12);  // the chunks after "RIFF" size "WEBP"
  auto chunk = [](const std::string& fourcc, const std::string& data) {
    return fourcc + le(static_cast<uint32_t>(data.size()), 4) + data +
           (data.size() % 2 ? std::string(1, '\0') : std::string());
  };
  const std::string frame = chunk(
      "ANMF", le(0, 3) + le(0, 3) + le(w - 1, 3) + le(h - 1, 3) + le(100, 3) + char(0) + vp8l);
  const std::string body =
      "WEBP" + chunk("VP8X", char(0x02) + std::string(3, '\0') + le(w - 1, 3) + le(h - 1, 3)) +
      chunk("ANIM", le(0, 4) + le(0, 2)) + frame + frame;
  return "RIFF" + le(static_cast<uint32_t>(body.size()), 4) + body;
}

// An APNG of two frames whose default image is the first (`rgb`), the second black; readers
// without APNG support, and PIL's Image.open, see the first.
inline std::string animated_png(int w, int h, const std::string& rgb) {
  auto fctl = [&](uint32_t sequence) {
    return png_chunk("fcTL", be32(sequence) + be32(w) + be32(h) + be32(0) + be32(0) +
                                 std::string("\0\x0A\0\x64\0\0", 6));  // 10/100 s
  };
  const std::string second =
      fctl(1) + png_chunk("fdAT", be32(2) + zlib_stored(png_rows(w, h, std::string(3, '\0'))));
  return make_png(w, h, 2, png_chunk("acTL", be32(2) + be32(0)) + fctl(0), png_rows(w, h, rgb),
                  second);
}

// A JPEG whose frame header declares `w` x `h` in front of a small picture's data.
inline std::string jpeg_declaring(uint16_t w, uint16_t h) {
  std::string jpeg = encode(".jpg", cv::Mat(16, 16, CV_8UC3, cv::Scalar(1, 2, 3)));
  const size_t sof = jpeg.find("\xFF\xC0");
  jpeg[sof + 5] = char(h >> 8), jpeg[sof + 6] = char(h & 0xFF);
  jpeg[sof + 7] = char(w >> 8), jpeg[sof + 8] = char(w & 0xFF);
  return jpeg;
}

inline std::vector<Case> cases() {
  std::vector<Case> out;
  auto refused = [&](std::string name, std::string bytes, std::string says) {
    Case c;
    c.name = std::move(name), c.bytes = std::move(bytes), c.says = std::move(says);
    out.push_back(std::move(c));
  };
  auto accepted = [&](std::string name, std::string bytes, cv::Size size, cv::Vec3b rgb,
                      int orientation = 1) {
    Case c;
    c.name = std::move(name), c.bytes = std::move(bytes), c.accepted = true;
    c.size = size, c.rgb = rgb, c.orientation = orientation;
    out.push_back(std::move(c));
  };
  const std::string full = encode(".jpg", noise(64, 64), {cv::IMWRITE_JPEG_QUALITY, 95});
  refused("truncated.jpg", full.substr(0, full.size() * 6 / 10), "truncated");
  refused("empty.jpg", "", "empty");
  refused("bomb.png", make_png(100000, 100000, 2, "", std::string(1, '\0')), "megapixels");
  refused("huge.jpg", jpeg_declaring(65000, 65000), "megapixels");
  refused("animated.gif", animated_gif(), "not an image file in a format");
  refused("animated.webp", animated_webp(16, 16, {0, 128, 255}), "animated WebP");
  refused("notes.png", "these are not pixels\n", "not an image file in a format");

  const uint8_t magenta[4] = {255, 0, 255, 255};  // inverted: no cyan, full magenta, no Y or K
  accepted("cmyk.jpg", cmyk_jpeg(16, 16, magenta), {16, 16}, {255, 0, 255});
  accepted("gray16.png", encode(".png", cv::Mat(12, 10, CV_16UC1, cv::Scalar(0xAB12))), {10, 12},
           {0xAB, 0xAB, 0xAB});  // the high byte (PIL's I;16 would clip to white: see loader)
  accepted("rgb16.png",
           encode(".png", cv::Mat(12, 10, CV_16UC3, cv::Scalar(0x9A00, 0x5678, 0x1234))), {10, 12},
           {0x12, 0x56, 0x9A});
  accepted("gray.png", encode(".png", cv::Mat(12, 10, CV_8UC1, cv::Scalar(77))), {10, 12},
           {77, 77, 77});
  accepted("gray-alpha.png", make_png(9, 8, 4, "", png_rows(9, 8, std::string("\x5A\x00", 2))),
           {9, 8}, {90, 90, 90});  // fully transparent: PIL's convert("RGB") keeps the grey
  accepted("rgba.png", encode(".png", cv::Mat(8, 8, CV_8UC4, cv::Scalar(30, 20, 10, 0))), {8, 8},
           {10, 20, 30});
  accepted("animated.png", animated_png(8, 8, "\xC8\x64\x0A"), {8, 8}, {200, 100, 10});
  accepted("sideways.jpg", jpeg_with_orientation(48, 32, {255, 0, 0}, 6), {48, 32}, {0, 0, 255}, 6);
  return out;
}

inline void write_file(const fs::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.flush()) throw std::runtime_error("cannot write " + file.string());
}

// Writes every case into `folder` (created) and returns the cases.
inline std::vector<Case> write_all(const fs::path& folder) {
  fs::create_directories(folder);
  std::vector<Case> all = cases();
  for (const Case& c : all) write_file(folder / c.name, c.bytes);
  return all;
}

}  // namespace cds::test::hostile

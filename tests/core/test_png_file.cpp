// PNG files with text chunks: pixels survive (checked with OpenCV's decoder), text comes back
// byte for byte in tEXt or iTXt, every chunk's CRC is right (recomputed here bit by bit,
// independently of the writer's table), damaged files are errors, and the AUTOMATIC1111
// parameters text round-trips.
#include "core/io/png_file.h"

#include <unistd.h>

#include <random>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "core/error.h"
#include "tests/test_support.h"

namespace cds {

namespace {

uint32_t bitwise_crc32(const std::string& bytes) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char b : bytes) {
    crc ^= b;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

uint32_t be32(const std::string& s, size_t pos) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(s[pos + i]);
  return v;
}

std::string u32(uint32_t v) {
  std::string s;
  for (int shift = 24; shift >= 0; shift -= 8) s += static_cast<char>((v >> shift) & 0xFF);
  return s;
}

struct Chunk {
  std::string type, data;
  uint32_t crc;
  size_t offset;
};

std::vector<Chunk> chunks_of(const std::string& png) {
  std::vector<Chunk> out;
  for (size_t pos = 8; pos + 12 <= png.size();) {
    const uint32_t len = be32(png, pos);
    out.push_back(
        {png.substr(pos + 4, 4), png.substr(pos + 8, len), be32(png, pos + 8 + len), pos});
    pos += 12 + len;
  }
  return out;
}

std::vector<uint8_t> random_rgb(int w, int h) {
  std::mt19937 rng(7);
  std::vector<uint8_t> px(static_cast<size_t>(w) * h * 3);
  for (auto& v : px) v = static_cast<uint8_t>(rng() & 0xFF);
  return px;
}

void expect_file_error(const std::filesystem::path& file, const std::string& what) {
  try {
    read_png_text(file);
    ADD_FAILURE() << what << ": expected a FileError";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find(file.string()), std::string::npos) << e.what();
  }
}

const PngText kUnicodeText = {
    {"parameters", "a naïve cat 🐱, 猫の写真\nNegative prompt: ぼやけた"},
    {"Comment", "naïve"},
    {"Title", "🎨"},
};

}  // namespace

TEST(PngFile, PixelsRoundTripThroughOpenCv) {
  test::TempDir dir;
  const int w = 37, h = 23;
  const auto px = random_rgb(w, h);
  write_png(dir / "a.png", px.data(), w, h, {{"parameters", "x"}});
  const cv::Mat bgr = cv::imread((dir / "a.png").string(), cv::IMREAD_UNCHANGED);
  ASSERT_EQ(bgr.rows, h);
  ASSERT_EQ(bgr.cols, w);
  ASSERT_EQ(bgr.type(), CV_8UC3);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      for (int c = 0; c < 3; ++c)
        ASSERT_EQ(bgr.at<cv::Vec3b>(y, x)[2 - c], px[(static_cast<size_t>(y) * w + x) * 3 + c])
            << "pixel " << x << "," << y << " channel " << c;
}

TEST(PngFile, AsciiTextIsTextChunkAfterIhdr) {
  test::TempDir dir;
  const auto px = random_rgb(4, 4);
  const PngText text = {{"parameters", "a cat, oil: painting\nSteps: 3"}, {"Software", "cdstudio"}};
  write_png(dir / "a.png", px.data(), 4, 4, text);
  EXPECT_EQ(read_png_text(dir / "a.png"), text);
  const auto chunks = chunks_of(test::read_bytes(dir / "a.png"));
  ASSERT_GE(chunks.size(), 5u);
  EXPECT_EQ(chunks[0].type, "IHDR");
  EXPECT_EQ(chunks[1].type, "tEXt");
  EXPECT_EQ(chunks[1].data, std::string("parameters\0a cat, oil: painting\nSteps: 3", 40));
  EXPECT_EQ(chunks[2].type, "tEXt");
  EXPECT_EQ(chunks.back().type, "IEND");
}

TEST(PngFile, Utf8TextIsInternationalChunk) {
  test::TempDir dir;
  const auto px = random_rgb(5, 3);
  write_png(dir / "u.png", px.data(), 5, 3, kUnicodeText);
  EXPECT_EQ(read_png_text(dir / "u.png"), kUnicodeText);
  const auto chunks = chunks_of(test::read_bytes(dir / "u.png"));
  for (size_t i = 1; i <= kUnicodeText.size(); ++i) {
    EXPECT_EQ(chunks[i].type, "iTXt");
    // keyword NUL, uncompressed (0, 0), empty language and translated keyword.
    const auto& key = kUnicodeText[i - 1].first;
    EXPECT_EQ(chunks[i].data.substr(0, key.size() + 5), key + std::string(5, '\0'));
  }
  EXPECT_FALSE(cv::imread((dir / "u.png").string()).empty());
}

TEST(PngFile, EveryChunkHasAValidCrc) {
  test::TempDir dir;
  const auto px = random_rgb(64, 48);
  PngText text = kUnicodeText;
  text.push_back({"parameters", "ascii only"});
  write_png(dir / "c.png", px.data(), 64, 48, text);
  const std::string png = test::read_bytes(dir / "c.png");
  const auto chunks = chunks_of(png);
  ASSERT_GE(chunks.size(), 7u);
  size_t end = 8;
  for (const auto& c : chunks) {
    EXPECT_EQ(c.crc, bitwise_crc32(c.type + c.data)) << c.type << " at " << c.offset;
    end = c.offset + 12 + c.data.size();
  }
  EXPECT_EQ(end, png.size());  // the chunks tile the file exactly
}

TEST(PngFile, Latin1TextChunkIsReadAsUtf8) {
  // A tEXt chunk as other programs write it: Latin-1 bytes ("na\xEFve").
  test::TempDir dir;
  const auto px = random_rgb(2, 2);
  write_png(dir / "l.png", px.data(), 2, 2);
  std::string png = test::read_bytes(dir / "l.png");
  const std::string body = std::string("tEXt") + "Comment" + '\0' + "na\xEFve";
  png.insert(33, u32(static_cast<uint32_t>(body.size() - 4)) + body + u32(bitwise_crc32(body)));
  test::write_bytes(dir / "l.png", png);
  EXPECT_EQ(read_png_text(dir / "l.png"), (PngText{{"Comment", "naïve"}}));
}

TEST(PngFile, NoTextGivesEmptyList) {
  test::TempDir dir;
  const auto px = random_rgb(3, 3);
  write_png(dir / "n.png", px.data(), 3, 3);
  EXPECT_TRUE(read_png_text(dir / "n.png").empty());
}

TEST(PngFile, TruncatedFilesAreErrorsAtEveryLength) {
  test::TempDir dir;
  const auto px = random_rgb(8, 8);
  write_png(dir / "t.png", px.data(), 8, 8, kUnicodeText);
  const std::string png = test::read_bytes(dir / "t.png");
  for (size_t n = 0; n < png.size(); ++n) {
    test::write_bytes(dir / "cut.png", png.substr(0, n));
    expect_file_error(dir / "cut.png", "truncated to " + std::to_string(n));
  }
}

TEST(PngFile, CorruptFilesAreErrors) {
  test::TempDir dir;
  const auto px = random_rgb(8, 8);
  write_png(dir / "ok.png", px.data(), 8, 8, {{"parameters", "a cat"}});
  const std::string png = test::read_bytes(dir / "ok.png");
  const auto chunks = chunks_of(png);
  ASSERT_EQ(chunks[1].type, "tEXt");

  std::string huge = png;  // a text chunk claiming 4 GiB
  huge.replace(chunks[1].offset, 4, u32(0xFFFFFFF0u));
  test::write_bytes(dir / "huge.png", huge);
  expect_file_error(dir / "huge.png", "huge length");

  std::string longer = png;  // a length that runs past the end of the file
  longer.replace(chunks[1].offset, 4, u32(static_cast<uint32_t>(png.size())));
  test::write_bytes(dir / "long.png", longer);
  expect_file_error(dir / "long.png", "length past the end");

  std::string flipped = png;  // one text byte changed: the CRC no longer matches
  flipped[chunks[1].offset + 8 + 12] ^= 0x20;
  test::write_bytes(dir / "crc.png", flipped);
  expect_file_error(dir / "crc.png", "CRC mismatch");

  std::string no_keyword = png;  // the keyword's NUL separator removed (with a fixed CRC)
  const size_t data = chunks[1].offset + 8;
  no_keyword[data + 10] = 'X';
  no_keyword.replace(
      data + chunks[1].data.size(), 4,
      u32(bitwise_crc32(no_keyword.substr(chunks[1].offset + 4, 4 + chunks[1].data.size()))));
  test::write_bytes(dir / "nokey.png", no_keyword);
  expect_file_error(dir / "nokey.png", "no keyword");

  test::write_bytes(dir / "garbage.png", "this is not an image at all");
  expect_file_error(dir / "garbage.png", "not a PNG");
  expect_file_error(dir / "missing.png", "missing file");
}

TEST(PngFile, UnwritableTargetIsAFileError) {
  test::TempDir dir;
  const auto px = random_rgb(2, 2);
  std::filesystem::path folder = dir.path();
  if (::geteuid() == 0) {
    folder = "/proc";  // root writes through permission bits, but not into /proc
  } else {
    std::filesystem::permissions(
        folder, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  }
  EXPECT_THROW(write_png(folder / "x.png", px.data(), 2, 2), FileError);
  EXPECT_THROW(write_png(dir / "no" / "folder" / "x.png", px.data(), 2, 2), FileError);
  std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all);
}

TEST(PngFile, InvalidArgumentsAreFileErrors) {
  test::TempDir dir;
  const auto px = random_rgb(2, 2);
  EXPECT_THROW(write_png(dir / "e.png", px.data(), 0, 2), FileError);
  EXPECT_THROW(write_png(dir / "e.png", nullptr, 2, 2), FileError);
  EXPECT_THROW(write_png(dir / "e.png", px.data(), 2, 2, {{"", "x"}}), FileError);
  EXPECT_THROW(write_png(dir / "e.png", px.data(), 2, 2, {{std::string(80, 'k'), "x"}}), FileError);
  EXPECT_THROW(write_png(dir / "e.png", px.data(), 2, 2, {{"naïve", "x"}}), FileError);
  EXPECT_THROW(write_png(dir / "e.png", px.data(), 2, 2, {{"k", std::string("a\0b", 3)}}),
               FileError);
  EXPECT_THROW(write_png(dir / "e.png", px.data(), 2, 2, {{"k", "\xFF\xFE"}}), FileError);
  EXPECT_FALSE(std::filesystem::exists(dir / "e.png"));
}

// ---- parameters text ----

GenerationInfo sample_info() {
  GenerationInfo info;
  info.prompt = "a photo of a <new1> cat";
  info.negative_prompt = "blurry";
  info.sampler = "DDIM";
  info.model = "stable-diffusion-v1-5";
  info.steps = 30;
  info.cfg_scale = 7.5;
  info.seed = 42;
  info.width = 512;
  info.height = 512;
  return info;
}

void expect_same(const GenerationInfo& a, const GenerationInfo& b) {
  EXPECT_EQ(a.prompt, b.prompt);
  EXPECT_EQ(a.negative_prompt, b.negative_prompt);
  EXPECT_EQ(a.sampler, b.sampler);
  EXPECT_EQ(a.model, b.model);
  EXPECT_EQ(a.steps, b.steps);
  EXPECT_EQ(a.cfg_scale, b.cfg_scale);
  EXPECT_EQ(a.seed, b.seed);
  EXPECT_EQ(a.width, b.width);
  EXPECT_EQ(a.height, b.height);
  EXPECT_EQ(a.extra, b.extra);
}

TEST(GenerationParameters, FormatsLikeAutomatic1111) {
  auto info = sample_info();
  EXPECT_EQ(format_generation_parameters(info),
            "a photo of a <new1> cat\nNegative prompt: blurry\nSteps: 30, Sampler: DDIM, "
            "CFG scale: 7.5, Seed: 42, Size: 512x512, Model: stable-diffusion-v1-5");
  info.negative_prompt.clear();
  info.cfg_scale = 7;
  info.seed = 18446744073709551615ull;
  info.width = 768;
  info.extra = "Clip skip: 2, ENSD: 31337";
  EXPECT_EQ(format_generation_parameters(info),
            "a photo of a <new1> cat\nSteps: 30, Sampler: DDIM, CFG scale: 7.0, "
            "Seed: 18446744073709551615, Size: 768x512, Model: stable-diffusion-v1-5, "
            "Clip skip: 2, ENSD: 31337");
}

TEST(GenerationParameters, RoundTrips) {
  auto info = sample_info();
  expect_same(*parse_generation_parameters(format_generation_parameters(info)), info);

  // Multi-line prompts with commas and colons, a multi-line negative prompt, extra pairs.
  info.prompt = "masterpiece, a cat: sitting\non a mat, style: oil, (detailed:1.2)\n\nlast line";
  info.negative_prompt = "blurry, low quality\nwatermark: text";
  info.cfg_scale = 0.1;
  info.extra = "Clip skip: 2, Concept: \"<new1>, cat\"";
  expect_same(*parse_generation_parameters(format_generation_parameters(info)), info);

  // Values that need quoting, Unicode, empty prompts.
  info.sampler = "DPM++ 2M, Karras";
  info.model = "C:\\models\\my \"best\" model";
  info.prompt = "猫, 🐱: naïve";
  info.negative_prompt.clear();
  info.extra.clear();
  const std::string text = format_generation_parameters(info);
  EXPECT_NE(text.find("Sampler: \"DPM++ 2M, Karras\""), std::string::npos) << text;
  expect_same(*parse_generation_parameters(text), info);
  info.prompt.clear();
  info.model.clear();
  expect_same(*parse_generation_parameters(format_generation_parameters(info)), info);
}

TEST(GenerationParameters, ReadsAutomatic1111Text) {
  const auto info = parse_generation_parameters(
      "close up of a cat, 4k\nNegative prompt: ugly\nSteps: 20, Sampler: Euler a, CFG scale: 7, "
      "Seed: 1234, Size: 512x768, Model hash: 6ce0161689, Model: v1-5-pruned-emaonly, "
      "Version: v1.10.1\n");
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->prompt, "close up of a cat, 4k");
  EXPECT_EQ(info->negative_prompt, "ugly");
  EXPECT_EQ(info->sampler, "Euler a");
  EXPECT_EQ(info->steps, 20);
  EXPECT_EQ(info->cfg_scale, 7.0);
  EXPECT_EQ(info->seed, 1234u);
  EXPECT_EQ(info->width, 512);
  EXPECT_EQ(info->height, 768);
  EXPECT_EQ(info->model, "v1-5-pruned-emaonly");
  EXPECT_EQ(info->extra, "Model hash: 6ce0161689, Version: v1.10.1");
}

TEST(GenerationParameters, RejectsTextWithoutParameters) {
  EXPECT_FALSE(parse_generation_parameters("").has_value());
  EXPECT_FALSE(parse_generation_parameters("just a prompt, nothing else").has_value());
  EXPECT_FALSE(parse_generation_parameters("a cat\nSampler: DDIM, Seed: 1").has_value());
  EXPECT_FALSE(parse_generation_parameters("a cat\nSteps: many, Seed: 1").has_value());
  EXPECT_FALSE(parse_generation_parameters("a cat\nSteps: 3, Size: 512").has_value());
  EXPECT_FALSE(parse_generation_parameters("a cat\nSteps: 3, Sampler: \"unterminated").has_value());
}

TEST(GenerationParameters, SurvivesAPngFile) {
  test::TempDir dir;
  auto info = sample_info();
  info.prompt = "a naïve <new1> cat, 🐱\nsecond line: yes";
  const auto px = random_rgb(8, 8);
  write_png(dir / "g.png", px.data(), 8, 8,
            {{kPngParametersKey, format_generation_parameters(info)}});
  const auto text = read_png_text(dir / "g.png");
  ASSERT_EQ(text.size(), 1u);
  EXPECT_EQ(text[0].first, "parameters");
  expect_same(*parse_generation_parameters(text[0].second), info);
}

}  // namespace cds

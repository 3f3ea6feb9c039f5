// Training images from disk (see image_loading.h). OpenCV decodes; the header sizes of the common
// formats are read by hand first so that oversized images are refused before any allocation, and
// PIL's bilinear resampling is reimplemented from Pillow's libImaging/Resample.c.
#include "core/train/image_loading.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <initializer_list>
#include <string>
#include <system_error>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"

namespace cds {

namespace fs = std::filesystem;

namespace {

uint32_t be16(const uint8_t* p) { return (uint32_t{p[0]} << 8) | p[1]; }
uint32_t be32(const uint8_t* p) { return (be16(p) << 16) | be16(p + 2); }
uint32_t le16(const uint8_t* p) { return (uint32_t{p[1]} << 8) | p[0]; }
uint32_t le24(const uint8_t* p) { return (uint32_t{p[2]} << 16) | le16(p); }
uint32_t le32(const uint8_t* p) { return (uint32_t{p[3]} << 24) | le24(p); }

// Walks the JPEG marker segments up to the first frame header (SOFn), which holds the size.
// {0, 0} when the stream ends or is not laid out as expected: decoding will then judge the file.
ImageHeader jpeg_size(std::istream& in) {
  in.seekg(2);
  for (int segments = 0; segments < 100000 && in; ++segments) {
    int byte = in.get();
    if (byte != 0xFF) return {};
    int marker = in.get();
    while (marker == 0xFF) marker = in.get();
    if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;
    if (marker < 0 || marker == 0xD9 || marker == 0xDA) return {};  // end of image / scan data
    std::array<uint8_t, 7> seg{};
    if (!in.read(reinterpret_cast<char*>(seg.data()), 2)) return {};
    const uint32_t length = be16(seg.data());
    if (length < 2) return {};
    const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
                       marker != 0xCC;  // C4 (DHT), C8 (JPG), CC (DAC) share the range
    if (frame) {
      if (!in.read(reinterpret_cast<char*>(seg.data() + 2), 5)) return {};
      return {static_cast<int>(be16(seg.data() + 5)), static_cast<int>(be16(seg.data() + 3))};
    }
    in.seekg(length - 2, std::ios::cur);
  }
  return {};
}

// Where the first scan (SOS) of a JPEG starts, walking its marker segments; 0 when the stream is
// not laid out as expected (decoding will then judge the file).
uintmax_t jpeg_scan_start(std::istream& in) {
  in.clear();
  in.seekg(2);
  for (int segments = 0; segments < 100000 && in; ++segments) {
    if (in.get() != 0xFF) return 0;
    int marker = in.get();
    while (marker == 0xFF) marker = in.get();
    if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;
    if (marker == 0xDA) return static_cast<uintmax_t>(in.tellg());
    if (marker < 0 || marker == 0xD9) return 0;
    std::array<uint8_t, 2> len{};
    if (!in.read(reinterpret_cast<char*>(len.data()), 2) || be16(len.data()) < 2) return 0;
    in.seekg(be16(len.data()) - 2, std::ios::cur);
  }
  return 0;
}

// Whether a JPEG holds its end-of-image marker after the first scan. libjpeg decodes a cut-off
// file without complaint, the missing part grey, while PIL refuses it ("image file is
// truncated"): a half-downloaded photo must be named, not trained on. Only the last MiB is
// searched: some cameras pad after the marker, never by that much.
bool jpeg_is_complete(std::istream& in, uintmax_t bytes) {
  const uintmax_t scan = jpeg_scan_start(in);
  if (scan == 0 || scan >= bytes) return scan == 0;
  std::array<uint8_t, 2> last{};
  in.clear();
  in.seekg(static_cast<std::streamoff>(bytes - 2));
  if (in.read(reinterpret_cast<char*>(last.data()), 2) && last[0] == 0xFF && last[1] == 0xD9)
    return true;  // the usual case, without reading more
  const uintmax_t tail = std::min<uintmax_t>(bytes - scan, uintmax_t{1} << 20);
  std::vector<char> end(static_cast<size_t>(tail));
  in.clear();
  in.seekg(static_cast<std::streamoff>(bytes - tail));
  if (!in.read(end.data(), static_cast<std::streamsize>(end.size()))) return true;
  for (size_t i = end.size() - 1; i > 0; --i)
    if (uint8_t(end[i - 1]) == 0xFF && uint8_t(end[i]) == 0xD9) return true;
  return false;
}

bool jpeg_is_complete_if_jpeg(std::istream& in, uintmax_t bytes) {
  std::array<uint8_t, 3> h{};
  in.clear();
  in.seekg(0);
  in.read(reinterpret_cast<char*>(h.data()), h.size());
  const bool jpeg = in.gcount() == 3 && h[0] == 0xFF && h[1] == 0xD8 && h[2] == 0xFF;
  return !jpeg || jpeg_is_complete(in, bytes);
}

// Whether the file starts like one of the formats the app reads: PNG, JPEG, BMP, WebP, TIFF, PNM
// or JPEG 2000. Debian's OpenCV also has decoders for DICOM (GDCM), OpenEXR, Radiance HDR, PFM
// and Sun raster, and GDCM aborts the whole process on some malformed files (found by fuzzing):
// only these formats ever reach OpenCV.
bool is_accepted_format(std::istream& in) {
  std::array<uint8_t, 12> h{};
  in.read(reinterpret_cast<char*>(h.data()), h.size());
  const auto n = static_cast<size_t>(in.gcount());
  in.clear();
  in.seekg(0);
  auto starts = [&](std::initializer_list<uint8_t> magic, size_t at = 0) {
    return n >= at + magic.size() && std::equal(magic.begin(), magic.end(), h.begin() + at);
  };
  return starts({0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}) || starts({0xFF, 0xD8, 0xFF}) ||
         starts({'B', 'M'}) || (starts({'R', 'I', 'F', 'F'}) && starts({'W', 'E', 'B', 'P'}, 8)) ||
         starts({'I', 'I', 0x2A, 0x00}) || starts({'M', 'M', 0x00, 0x2A}) ||
         (n >= 2 && h[0] == 'P' && h[1] >= '1' && h[1] <= '6') ||
         starts({0x00, 0x00, 0x00, 0x0C, 'j', 'P', ' ', ' ', 0x0D, 0x0A, 0x87, 0x0A}) ||
         starts({0xFF, 0x4F, 0xFF, 0x51});
}

// Width and height from the header of a PNG, JPEG, BMP or WebP file; {0, 0} for other formats.
// Sizes are returned as int64 so that absurd header values survive to the range check.
std::array<int64_t, 2> header_size(std::istream& in, const fs::path& file) {
  std::array<uint8_t, 32> h{};
  in.read(reinterpret_cast<char*>(h.data()), h.size());
  const auto n = static_cast<size_t>(in.gcount());
  in.clear();
  auto starts = [&](const char* magic, size_t at = 0) {
    const size_t len = std::char_traits<char>::length(magic);
    return n >= at + len && std::equal(magic, magic + len, h.begin() + at,
                                       [](char a, uint8_t b) { return uint8_t(a) == b; });
  };
  auto truncated = [&] { return FileError(file, "the image header is truncated"); };
  if (starts("\x89PNG\r\n\x1a\n")) {
    if (n < 24) throw truncated();
    return {be32(&h[16]), be32(&h[20])};
  }
  if (n >= 3 && h[0] == 0xFF && h[1] == 0xD8 && h[2] == 0xFF) {
    const ImageHeader s = jpeg_size(in);
    return {s.width, s.height};
  }
  if (starts("BM")) {
    if (n < 26) throw truncated();
    if (le32(&h[14]) == 12) return {le16(&h[18]), le16(&h[20])};  // OS/2 core header
    const auto height = static_cast<int32_t>(le32(&h[22]));       // negative: stored top-down
    return {static_cast<int32_t>(le32(&h[18])), std::abs(int64_t{height})};
  }
  if (starts("RIFF") && starts("WEBP", 8)) {
    if (n < 30) throw truncated();
    if (starts("VP8 ", 12)) return {le16(&h[26]) & 0x3FFF, le16(&h[28]) & 0x3FFF};
    if (starts("VP8L", 12)) {
      const uint32_t bits = le32(&h[21]);
      return {(bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1};
    }
    if (starts("VP8X", 12)) {
      // PIL would take the first frame; OpenCV's WebP reader cannot decode animations at all.
      if (h[20] & 0x02)
        throw FileError(file,
                        "is an animated WebP; only still images can be trained on: save the "
                        "frame you want as a PNG or JPEG");
      return {le24(&h[24]) + int64_t{1}, le24(&h[27]) + int64_t{1}};
    }
  }
  return {0, 0};
}

void check_size(const fs::path& file, int64_t width, int64_t height) {
  // Each side first: headers hold sides up to 2^32, whose product overflows int64 and would
  // pass as negative (found by fuzzing: a bomb declaring 4294961384 x 3907578088 pixels).
  if (width > kMaxImagePixels || height > kMaxImagePixels || width * height > kMaxImagePixels)
    throw FileError(file, "the image is " + std::to_string(width) + "x" + std::to_string(height) +
                              " pixels, more than the " +
                              std::to_string(kMaxImagePixels / 1000000) +
                              " megapixels accepted; scale it down first");
  if (width < kMinImageSide || height < kMinImageSide)
    throw FileError(file, "the image is " + std::to_string(width) + "x" + std::to_string(height) +
                              " pixels; training images must be at least " +
                              std::to_string(kMinImageSide) + " pixels on each side");
}

// Pillow's filter-weight table for one axis (precompute_coeffs + normalize_coeffs_8bpc) with the
// box being the whole input: per output pixel the first input index, the count, and the weights.
constexpr int kPrecisionBits = 32 - 8 - 2;

struct Coefficients {
  int ksize = 0;
  std::vector<int> bounds;  // xmin, count per output pixel
  std::vector<int32_t> weights;
};

Coefficients bilinear_coefficients(int in_size, int out_size) {
  const double scale = static_cast<double>(in_size) / out_size;
  const double filterscale = std::max(scale, 1.0);
  const double support = 1.0 * filterscale;  // the bilinear (triangle) filter's support is 1
  Coefficients c;
  c.ksize = static_cast<int>(std::ceil(support)) * 2 + 1;
  c.bounds.resize(2 * static_cast<size_t>(out_size));
  c.weights.assign(static_cast<size_t>(out_size) * c.ksize, 0);
  std::vector<double> k(c.ksize);
  for (int xx = 0; xx < out_size; ++xx) {
    const double center = (xx + 0.5) * scale;
    const double ss = 1.0 / filterscale;
    const int xmin = std::max(static_cast<int>(center - support + 0.5), 0);
    const int xmax = std::min(static_cast<int>(center + support + 0.5), in_size) - xmin;
    double ww = 0.0;
    for (int x = 0; x < xmax; ++x) {
      const double t = std::abs((x + xmin - center + 0.5) * ss);
      k[x] = t < 1.0 ? 1.0 - t : 0.0;
      ww += k[x];
    }
    for (int x = 0; x < xmax; ++x) {
      const double w = ww != 0.0 ? k[x] / ww : k[x];
      c.weights[static_cast<size_t>(xx) * c.ksize + x] = static_cast<int32_t>(
          w < 0 ? -0.5 + w * (1 << kPrecisionBits) : 0.5 + w * (1 << kPrecisionBits));
    }
    c.bounds[2 * xx] = xmin;
    c.bounds[2 * xx + 1] = xmax;
  }
  return c;
}

uint8_t clip8(int32_t v) {
  if (v >= (1 << kPrecisionBits << 8)) return 255;
  if (v <= 0) return 0;
  return static_cast<uint8_t>(v >> kPrecisionBits);
}

// One pass along x (horizontal) or y (vertical) over a CV_8UC3 image.
cv::Mat resample_pass(const cv::Mat& in, int out_size, bool horizontal) {
  const Coefficients c = bilinear_coefficients(horizontal ? in.cols : in.rows, out_size);
  cv::Mat out(horizontal ? in.rows : out_size, horizontal ? out_size : in.cols, CV_8UC3);
  for (int y = 0; y < out.rows; ++y) {
    auto* dst = out.ptr<uint8_t>(y);
    for (int x = 0; x < out.cols; ++x) {
      const int o = horizontal ? x : y;
      const int first = c.bounds[2 * o], count = c.bounds[2 * o + 1];
      const int32_t* k = &c.weights[static_cast<size_t>(o) * c.ksize];
      int32_t s0 = 1 << (kPrecisionBits - 1), s1 = s0, s2 = s0;
      for (int i = 0; i < count; ++i) {
        const uint8_t* src =
            horizontal ? in.ptr<uint8_t>(y, first + i) : in.ptr<uint8_t>(first + i, x);
        s0 += src[0] * k[i];
        s1 += src[1] * k[i];
        s2 += src[2] * k[i];
      }
      dst[3 * x + 0] = clip8(s0);
      dst[3 * x + 1] = clip8(s1);
      dst[3 * x + 2] = clip8(s2);
    }
  }
  return out;
}

}  // namespace

ImageHeader probe_image(const fs::path& file) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) throw FileError(file, "not found or not a regular file");
  const uintmax_t bytes = fs::file_size(file, ec);
  if (ec) throw FileError(file, "cannot read the file size: " + ec.message());
  if (bytes == 0) throw FileError(file, "the file is empty");
  if (bytes > kMaxImageFileBytes)
    throw FileError(file, "the file is " + std::to_string(bytes >> 20) + " MiB, larger than the " +
                              std::to_string(kMaxImageFileBytes >> 20) +
                              " MiB accepted for an image");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw FileError(file, "cannot be opened for reading");
  if (!is_accepted_format(in))
    throw FileError(file,
                    "not an image file in a format that can be read (JPEG, PNG, WebP, BMP, "
                    "TIFF, PNM or JPEG 2000)");
  const auto [width, height] = header_size(in, file);
  if (!cv::haveImageReader(file.string()))
    throw FileError(file,
                    "not an image file in a format that can be read (JPEG, PNG, WebP, BMP, "
                    "TIFF, PNM or JPEG 2000)");
  if (width != 0 || height != 0) check_size(file, width, height);
  if (!jpeg_is_complete_if_jpeg(in, bytes))
    throw FileError(file,
                    "the JPEG file is truncated (it stops before its end-of-image marker); it was "
                    "probably cut off while downloading or copying");
  return {static_cast<int>(width), static_cast<int>(height)};
}

cv::Mat load_image_rgb(const fs::path& file) {
  probe_image(file);
  std::ifstream in(file, std::ios::binary);
  std::vector<uint8_t> bytes(static_cast<size_t>(fs::file_size(file)));
  if (!in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size())))
    throw FileError(file, "cannot be read");
  cv::Mat bgr;
  try {
    // IMREAD_COLOR: 8 bits, 3 channels (gray and palette expanded, alpha dropped). The EXIF
    // orientation is ignored, as PIL's Image.open does: training sees the pixels as stored.
    bgr = cv::imdecode(cv::Mat(1, static_cast<int>(bytes.size()), CV_8U, bytes.data()),
                       cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION);
  } catch (const cv::Exception& e) {
    throw FileError(file, "cannot be decoded as an image: " + e.err);
  }
  if (bgr.empty()) throw FileError(file, "cannot be decoded as an image (corrupt or unsupported)");
  check_size(file, bgr.cols, bgr.rows);
  cv::Mat rgb;
  cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
  return rgb;
}

cv::Mat resize_bilinear_pil(const cv::Mat& rgb, int width, int height) {
  CV_Assert(rgb.type() == CV_8UC3 && width > 0 && height > 0);
  if (rgb.cols == width && rgb.rows == height) return rgb.clone();
  // Pillow resamples horizontally first, then vertically, each only when that size changes.
  cv::Mat out = rgb;
  if (rgb.cols != width) out = resample_pass(out, width, /*horizontal=*/true);
  if (rgb.rows != height) out = resample_pass(out, height, /*horizontal=*/false);
  return out;
}

bool has_image_extension(const fs::path& file) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  static const std::array<const char*, 13> known = {".jpg",  ".jpeg", ".jpe",  ".png", ".bmp",
                                                    ".webp", ".tif",  ".tiff", ".ppm", ".pgm",
                                                    ".pbm",  ".pnm",  ".jp2"};
  return std::any_of(known.begin(), known.end(), [&](const char* e) { return ext == e; });
}

ImageListing list_images(const fs::path& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) throw FileError(folder, "not found or not a folder");
  ImageListing listing;
  fs::directory_iterator it(folder, ec);
  if (ec) throw FileError(folder, "cannot list the folder: " + ec.message());
  for (const fs::directory_entry& entry : it) {
    if (!entry.is_regular_file(ec)) continue;  // subfolders are not searched, as in the script
    const fs::path& p = entry.path();
    // Hidden files include macOS's "._name.jpg" resource forks, which are not images.
    const bool hidden = p.filename().string().front() == '.';
    (has_image_extension(p) && !hidden ? listing.images : listing.skipped).push_back(p);
  }
  auto by_name = [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); };
  std::sort(listing.images.begin(), listing.images.end(), by_name);
  std::sort(listing.skipped.begin(), listing.skipped.end(), by_name);
  return listing;
}

}  // namespace cds

// The EXIF orientation tag (TIFF tag 0x0112) of a photo: JPEG's APP1 "Exif" segment, PNG's eXIf
// chunk, WebP's EXIF chunk or a TIFF file's first directory. Training ignores it, as diffusers'
// train_custom_diffusion.py does (PIL's Image.open without ImageOps.exif_transpose); the dataset
// checks read it to say that a phone photo will be trained sideways. Hostile input is fuzzed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace cds {

// 1 = stored upright (also when there is no tag, or it is damaged or out of range); 2..8 as in
// EXIF: 2 mirrored, 3 upside down, 4 mirrored upside down, 5 mirrored and turned, 6 turned 90°
// (shown after rotating clockwise), 7 mirrored and turned, 8 turned 270°.
int exif_orientation(const uint8_t* data, size_t size);

// The tag of an image file, from its first MiB for a JPEG and its first kExifSearchBytes for the
// others (a WebP's EXIF chunk behind larger image data is not seen). Throws FileError naming the
// file when it cannot be opened.
inline constexpr size_t kExifSearchBytes = size_t{16} << 20;
int read_exif_orientation(const std::filesystem::path& file);

}  // namespace cds

// Errors raised by the engine (see error.h).
#include "core/error.h"

namespace cds {

FileError::FileError(const std::filesystem::path& file, const std::string& what)
    : CoreError(file.string() + ": " + what), file_(file) {}

}  // namespace cds

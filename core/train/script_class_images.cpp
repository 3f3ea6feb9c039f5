// Class image generation (see script_class_images.h).
#include "core/train/script_class_images.h"

#include <iomanip>
#include <sstream>

#include <torch/torch.h>
#include <opencv2/imgcodecs.hpp>

#include "core/error.h"
#include "core/pipeline/image_output.h"
#include "core/pipeline/stable_diffusion.h"
#include "core/train/image_loading.h"

namespace cds {

namespace {

// A content hash for the file name (the script uses insecure_hashlib.sha1 of the image bytes;
// any stable digest serves, since only uniqueness matters).
std::string digest(const at::Tensor& rgb8) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a 64
  const auto* p = rgb8.data_ptr<uint8_t>();
  for (int64_t i = 0; i < rgb8.numel(); ++i) h = (h ^ p[i]) * 1099511628211ull;
  std::ostringstream s;
  s << std::hex << std::setw(16) << std::setfill('0') << h;
  return s.str();
}

}  // namespace

int ensure_class_images(StableDiffusionModel& model, const std::vector<Concept>& concepts,
                        const TrainingConfig& config, const TrainingObserver& observer,
                        const CancelToken* cancel) {
  int made = 0;
  for (const auto& concept : concepts) {
    if (concept.class_data_dir.empty()) continue;
    std::error_code ec;
    std::filesystem::create_directories(concept.class_data_dir, ec);
    if (!std::filesystem::is_directory(concept.class_data_dir))
      throw FileError(concept.class_data_dir, "cannot create the class image folder");
    const int have = static_cast<int>(list_images(concept.class_data_dir).images.size());
    const int missing = config.num_class_images - have;
    if (missing <= 0) continue;
    if (concept.class_prompt.empty())
      throw CoreError("class images are missing and there is no --class_prompt to make them");
    int done = 0;
    while (done < missing) {
      check_cancelled(cancel, "while making class images");
      GenerationParams p;
      p.prompt = concept.class_prompt;
      p.steps = config.class_image_steps;
      p.num_images = std::min(config.sample_batch_size, missing - done);
      p.seed = static_cast<uint64_t>(config.seed.value_or(0)) + static_cast<uint64_t>(have + done);
      const auto images = generate(model, p, {}, cancel).images;
      TrainingEvent e{TrainingEvent::Type::ClassImages};
      for (int i = 0; i < p.num_images; ++i) {
        const auto name =
            std::to_string(have + done + i) + "-" + digest(to_rgb8(images[i])) + ".jpg";
        const auto file = std::filesystem::path(concept.class_data_dir) / name;
        write_image_jpeg(file, images[i]);
        e.files.push_back(file);
      }
      done += p.num_images;
      made += p.num_images;
      e.step = done;
      e.total_steps = missing;
      e.message = "Class images for \"" + concept.class_prompt +
                  "\": " + std::to_string(have + done) + " of " +
                  std::to_string(config.num_class_images);
      if (observer) observer(e);
    }
  }
  return made;
}

}  // namespace cds

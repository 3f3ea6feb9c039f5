// The general regularization captions (see general_captions.h): subjects, places and manners
// combined with co-prime strides, so neighbouring captions share little.
#include "core/concepts/general_captions.h"

#include <array>
#include <set>

namespace cds {

namespace {

constexpr std::array<const char*, 36> kSubjects = {"an old man with a grey beard",
                                                   "a young woman in a red coat",
                                                   "two children",
                                                   "a golden retriever",
                                                   "a tabby cat",
                                                   "a horse",
                                                   "a flock of birds",
                                                   "a wooden chair",
                                                   "a bowl of fruit",
                                                   "a vintage car",
                                                   "a bicycle",
                                                   "a sailing boat",
                                                   "a lighthouse",
                                                   "a small cottage",
                                                   "a tall office building",
                                                   "a bridge",
                                                   "a mountain range",
                                                   "a waterfall",
                                                   "a bunch of sunflowers",
                                                   "a cup of coffee",
                                                   "a plate of pasta",
                                                   "a steam train",
                                                   "a teddy bear",
                                                   "a pair of boots",
                                                   "a guitar",
                                                   "a stack of books",
                                                   "a street market",
                                                   "a group of friends",
                                                   "a chef",
                                                   "a football player",
                                                   "a red fox",
                                                   "an elephant",
                                                   "a castle",
                                                   "a city skyline",
                                                   "a desk lamp",
                                                   "a green parrot"};

constexpr std::array<const char*, 22> kPlaces = {"on a sandy beach",
                                                 "in a snowy forest",
                                                 "on a busy city street",
                                                 "in a quiet library",
                                                 "next to a river",
                                                 "in a sunlit kitchen",
                                                 "on top of a hill",
                                                 "in a crowded train station",
                                                 "under a cloudy sky",
                                                 "in a garden full of roses",
                                                 "at night under street lights",
                                                 "in the desert",
                                                 "inside a museum",
                                                 "by a lake at sunrise",
                                                 "in a small village",
                                                 "on a wooden table",
                                                 "in the rain",
                                                 "in an empty parking lot",
                                                 "near the ocean",
                                                 "in a field of wheat",
                                                 "in front of a brick wall",
                                                 "on a frozen lake"};

constexpr std::array<const char*, 14> kManners = {
    "a photo of",         "a close-up photo of",  "an oil painting of",
    "a watercolor of",    "a pencil sketch of",   "a black and white photo of",
    "a blurry photo of",  "a wide-angle shot of", "an illustration of",
    "a postcard showing", "a 3d render of",       "a cartoon drawing of",
    "a film still of",    "a snapshot of"};

}  // namespace

std::vector<std::string> general_captions(size_t count) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  const size_t total = kSubjects.size() * kPlaces.size() * kManners.size();
  // Walk the product with strides co-prime to each list's length.
  for (size_t i = 0; i < total && out.size() < count; ++i) {
    const std::string subject = kSubjects[i % kSubjects.size()];
    const std::string place = kPlaces[(i * 5 + i / kSubjects.size()) % kPlaces.size()];
    const std::string manner = kManners[(i * 3 + i / 7) % kManners.size()];
    // Some captions are bare subject-and-place phrases, as many real captions are.
    const std::string caption =
        i % 4 == 3 ? subject + " " + place : manner + " " + subject + " " + place;
    if (seen.insert(caption).second) out.push_back(caption);
  }
  return out;
}

}  // namespace cds

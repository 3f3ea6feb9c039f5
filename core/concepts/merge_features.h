// The text features Custom Diffusion's constrained merge works on (the paper's sec. 3; the
// original repository's src/composenW.py): the text encoder's outputs for each concept's target
// captions ("photo of a <new1> cat", "<new1> cat") at the positions from the modifier token to
// the end of text, and for ordinary regularization captions at every position after the start
// token. Those outputs are what the cross-attention key/value projections see.
#pragma once

#include <string>
#include <vector>

#include <ATen/core/Tensor.h>

#include "core/concepts/concept_record.h"
#include "core/concepts/concept_weights.h"
#include "core/pipeline/stable_diffusion.h"

namespace cds {

// Adds the tokens to the tokenizer and their embeddings as new rows of the text encoder's
// table (as load_textual_inversion). Throws CoreError for a token that already exists.
void add_concept_tokens(StableDiffusionModel& model, const std::vector<ConceptToken>& tokens);

// The captions whose features a token's concept must keep: every recorded instance prompt that
// holds the token, and its part from the token on ("photo of a <new1> cat" and "<new1> cat",
// as the paper). Without one: "photo of a <token> <class>" and "<token> <class>", with the
// first non-empty of `class_override` and the recorded class prompts (none: the bare token).
std::vector<std::string> target_captions(const std::string& token,
                                         const std::vector<ConceptPrompts>& prompts,
                                         const std::string& class_override = "");

// The features of every caption, stacked: last_hidden_state rows from the first occurrence of
// `from_token` (when given and present; else after the start token) up to the end-of-text token,
// which is included when `with_end` is set. The padding after it is not used: the causal text
// encoder's earlier outputs do not depend on it. float64 CPU [rows, width]. Captions longer than
// the tokenizer's limit are cut, as the pipeline does.
at::Tensor text_features(StableDiffusionModel& model, const std::vector<std::string>& captions,
                         const std::string& from_token = "", bool with_end = true);

// A concept's target features: the rows of its target words, from the modifier token to the end
// of each target caption, without the end-of-text token. The paper constrains the target words'
// features; composenW.py also keeps the end-of-text row, but that row sums up the whole caption
// and is nearly the same for every concept's caption (cosine 0.997 between two concepts' on the
// demo model), so asking it for two concepts' different outputs makes the system ill-posed.
at::Tensor target_features(StableDiffusionModel& model, const std::vector<std::string>& captions,
                           const std::string& token);

// The lines of a class folder's caption.txt (retrieve.py's layout), at most `limit`, empty ones
// dropped; none when the file is missing.
std::vector<std::string> class_folder_captions(const std::filesystem::path& class_data_dir,
                                               size_t limit);

}  // namespace cds

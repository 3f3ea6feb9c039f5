// What a concept output folder says about how it was made: the base model and, per trained
// concept, its prompts and class folder. Read from our own concept.json (written by merge and
// compress) or, for a training output, the trainer's training_args.json (and the concepts_list
// file it names, when that still exists). Plain C++: the studio's concept library reads it too.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace cds {

// The record file merge and compress write beside the weights.
inline constexpr const char* kConceptRecordFile = "concept.json";
inline constexpr const char* kConceptRecordFormat = "cdstudio-concept/1";

struct ConceptPrompts {
  std::string instance_prompt;  // "photo of a <new1> cat"; may be empty (unknown)
  std::string class_prompt;     // "cat"; may be empty
  std::string class_data_dir;   // the class folder (its caption.txt); may be empty or gone
};

struct ConceptRecord {
  std::string base_model;  // as recorded (a folder or ORG/NAME); empty when unknown
  std::string kind;        // "trained", "merged", "compressed", "expanded", or "" (unknown)
  std::vector<ConceptPrompts> concepts;
  std::vector<std::string> notes;  // what the record could not tell (for reports)
};

// Reads `dir`/concept.json, else `dir`/training_args.json; a folder with neither (diffusers'
// own output) gives an empty record with a note. Throws FileError for a file that exists but
// is no valid record.
ConceptRecord read_concept_record(const std::filesystem::path& dir);

nlohmann::json to_json(const ConceptRecord& record);

}  // namespace cds

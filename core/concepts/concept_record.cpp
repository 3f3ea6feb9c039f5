// Reading and writing concept records (see concept_record.h).
#include "core/concepts/concept_record.h"

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/json_file.h"

namespace cds {

namespace fs = std::filesystem;

namespace {

std::string string_field(const nlohmann::json& j, const char* name) {
  const auto it = j.find(name);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

ConceptRecord from_concept_json(const fs::path& file) {
  const auto j = read_json_object(file);
  if (string_field(j, "format") != kConceptRecordFormat)
    throw FileError(file, std::string("is no concept record (\"format\" is not \"") +
                              kConceptRecordFormat + "\")");
  ConceptRecord r;
  r.base_model = string_field(j, "base_model");
  r.kind = string_field(j, "kind");
  const auto concepts = j.find("concepts");
  if (concepts != j.end() && !concepts->is_array())
    throw FileError(file, "\"concepts\" must be a list");
  if (concepts != j.end())
    for (const auto& c : *concepts) {
      if (!c.is_object()) throw FileError(file, "each entry of \"concepts\" must be an object");
      r.concepts.push_back({string_field(c, "instance_prompt"), string_field(c, "class_prompt"),
                            string_field(c, "class_data_dir")});
    }
  return r;
}

// The trainer's training_args.json (TrainingConfig's fields, diffusers' flag names).
ConceptRecord from_training_args(const fs::path& file) {
  const auto j = read_json_object(file);
  ConceptRecord r;
  r.kind = "trained";
  r.base_model = string_field(j, "pretrained_model_name_or_path");
  const auto list = string_field(j, "concepts_list");
  if (list.empty()) {
    r.concepts.push_back({string_field(j, "instance_prompt"), string_field(j, "class_prompt"),
                          string_field(j, "class_data_dir")});
    return r;
  }
  std::error_code ec;
  if (!fs::is_regular_file(list, ec)) {
    r.notes.push_back(file.string() + " names the concepts list " + list +
                      ", which is gone: the concepts' prompts are unknown");
    return r;
  }
  const auto concepts = read_json(list);
  if (!concepts.is_array()) throw FileError(list, "must be a JSON list of concepts");
  for (const auto& c : concepts)
    if (c.is_object())
      r.concepts.push_back({string_field(c, "instance_prompt"), string_field(c, "class_prompt"),
                            string_field(c, "class_data_dir")});
  return r;
}

}  // namespace

ConceptRecord read_concept_record(const fs::path& dir) {
  std::error_code ec;
  if (fs::is_regular_file(dir / kConceptRecordFile, ec))
    return from_concept_json(dir / kConceptRecordFile);
  if (fs::is_regular_file(dir / "training_args.json", ec))
    return from_training_args(dir / "training_args.json");
  ConceptRecord r;
  r.notes.push_back(dir.string() +
                    " records neither its base model nor its prompts (no concept.json or "
                    "training_args.json)");
  return r;
}

nlohmann::json to_json(const ConceptRecord& record) {
  nlohmann::json concepts = nlohmann::json::array();
  for (const auto& c : record.concepts)
    concepts.push_back({{"instance_prompt", c.instance_prompt},
                        {"class_prompt", c.class_prompt},
                        {"class_data_dir", c.class_data_dir}});
  return {{"format", kConceptRecordFormat},
          {"kind", record.kind},
          {"base_model", record.base_model},
          {"concepts", concepts}};
}

}  // namespace cds

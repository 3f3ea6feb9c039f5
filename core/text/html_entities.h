// The HTML entity table that ftfy 6.3.1 decodes (ftfy/chardata.py HTML_ENTITIES): every HTML5
// named entity that ends in ';', plus ftfy's upper-cased variants such as "&NTILDE;".
// The table is generated into html_entities.cpp by scripts/gen_html_entities.py.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace cds {

// The UTF-8 text of a complete entity such as "&amp;" or "&EACUTE;" (ampersand and semicolon
// included), or nullopt when ftfy does not know it. Case-sensitive, as ftfy's dict lookup.
std::optional<std::string_view> lookup_html_entity(std::string_view entity);

// Number of entries in the table (for tests).
size_t html_entity_count();

}  // namespace cds

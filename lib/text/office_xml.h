// Small helpers the .docx and .odt readers share for walking their XML,
// which name elements by namespace prefix (w:p, text:p); the readers match
// the local name after the prefix, so that a producer's other prefixes work too.
#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "text/metadata.h"

namespace draad::office_xml {

// "w:p" -> "p".
std::string_view local_name(const pugi::xml_node& node);
// The first child element with this local name (an empty node when none).
pugi::xml_node child(const pugi::xml_node& node, std::string_view local);
// The value of the attribute with this local name ("" when none).
std::string_view attribute(const pugi::xml_node& node, std::string_view local);
// All text below `node`, concatenated.
std::string all_text(const pugi::xml_node& node);

// Adds `key` = the text of the first child of `parent` with one of the local
// names `locals` (in order of preference), when it is not blank.
void add_property(Attributes& out, const std::string& key, const pugi::xml_node& parent,
                  std::initializer_list<std::string_view> locals);

// Joins relative part name `target` to the folder of part `base`
// ("word/document.xml" + "media/a.png" -> "word/media/a.png"; "/x" -> "x").
std::string resolve_part(const std::string& base, std::string_view target);

}  // namespace draad::office_xml

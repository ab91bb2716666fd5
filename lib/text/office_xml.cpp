#include "text/office_xml.h"

#include "base/utf8.h"

namespace draad::office_xml {

std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view local) {
  for (auto c : node.children())
    if (c.type() == pugi::node_element && local_name(c) == local) return c;
  return {};
}

std::string_view attribute(const pugi::xml_node& node, std::string_view local) {
  for (auto a : node.attributes()) {
    std::string_view name = a.name();
    const auto colon = name.find(':');
    if ((colon == std::string_view::npos ? name : name.substr(colon + 1)) == local) return a.value();
  }
  return {};
}

std::string all_text(const pugi::xml_node& node) {
  std::string out;
  for (auto n : node.select_nodes(".//text()")) out += n.node().value();
  return out;
}

void add_property(Attributes& out, const std::string& key, const pugi::xml_node& parent,
                  std::initializer_list<std::string_view> locals) {
  for (std::string_view local : locals) {
    std::string value(utf8::trim(all_text(child(parent, local))));
    if (!value.empty()) {
      out.emplace_back(key, std::move(value));
      return;
    }
  }
}

std::string resolve_part(const std::string& base, std::string_view target) {
  if (target.starts_with("/")) return std::string(target.substr(1));
  std::string folder = base.substr(0, base.rfind('/') + 1);
  while (target.starts_with("../")) {
    target.remove_prefix(3);
    if (!folder.empty()) folder.erase(folder.rfind('/', folder.size() - 2) + 1);
  }
  return folder + std::string(target);
}

}  // namespace draad::office_xml

#include "coding/qdc.h"

#include <map>
#include <memory>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "base/input.h"
#include "base/utf8.h"
#include "coding/codebook.h"
#include "coding/codebook_import.h"
#include "stream/zip_writer.h"

namespace draad::qda {

namespace {

constexpr std::string_view kInclude = "Wel coderen: ", kExclude = "Niet coderen: ", kExample = "Voorbeeld: ",
                           kId = "draad: ", kThread = "draad-thread: ";

std::string describe(std::string_view definition, std::string_view include, std::string_view exclude,
                     std::string_view example, std::string_view id) {
  std::string out(definition);
  auto add = [&](std::string_view label, std::string_view value) {
    if (value.empty()) return;
    if (!out.empty()) out += '\n';
    out += label;
    out += value;
  };
  add(kInclude, include);
  add(kExclude, exclude);
  add(kExample, example);
  add(kId, id);
  return out;
}

void set_description(pugi::xml_node node, const std::string& text) {
  if (!text.empty()) node.append_child("Description").text().set(text.c_str());
}

void append_code(pugi::xml_node parent, const Codebook& cb, const Code& c) {
  auto node = parent.append_child("Code");
  node.append_attribute("guid") = code_guid(cb.name, c.id).c_str();
  node.append_attribute("name") = (c.label.empty() ? c.name : c.label).c_str();
  node.append_attribute("isCodable") = "true";
  if (!c.colour.empty()) node.append_attribute("color") = c.colour.c_str();
  set_description(node, describe(c.definition, c.include, c.exclude_criteria, c.example, c.id));
  for (const auto& sub : cb.codes)
    if (sub.parent == c.id) append_code(node, cb, sub);
}

}  // namespace

std::string guid(std::string_view name) {
  // RFC 9562 section 5.8 / appendix B.2: the first 128 bits of SHA-256 over
  // a namespace and the name, with the version (8) and variant bits set.
  std::string h = sha256_hex(std::string("draad REFI-QDA\n").append(name)).substr(0, 32);
  h[12] = '8';
  const int v = std::stoi(h.substr(16, 1), nullptr, 16);
  h[16] = "89ab"[v & 3];
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" + h.substr(20);
}

std::string code_guid(std::string_view codebook_name, std::string_view id) {
  return guid(fmt::format("code {} {}", codebook_name, id));
}

void append_codes(pugi::xml_node codes, const Codebook& cb) {
  for (const auto& theme : cb.themes) {
    auto node = codes.append_child("Code");
    node.append_attribute("guid") = code_guid(cb.name, theme.id).c_str();
    node.append_attribute("name") = (theme.label.empty() ? theme.id : theme.label).c_str();
    node.append_attribute("isCodable") = "false";
    if (!theme.colour.empty()) node.append_attribute("color") = theme.colour.c_str();
    set_description(node, describe(theme.description, "", "", "", theme.id));
    for (auto i : theme.codes)
      if (cb.codes[i].parent.empty()) append_code(node, cb, cb.codes[i]);
  }
}

void append_threads(pugi::xml_node sets, const Codebook& cb, const char* member_attribute) {
  for (const auto& t : cb.threads) {
    auto set = sets.append_child("Set");
    set.append_attribute("guid") = guid(fmt::format("thread {} {}", cb.name, t.id)).c_str();
    set.append_attribute("name") = (t.label.empty() ? t.id : t.label).c_str();
    std::string text = t.description;
    if (!text.empty()) text += '\n';
    text += fmt::format("{}{} min_codes={} scope={}", kThread, t.id, t.rule.min_codes, thread_scope_name(t.rule.scope));
    set_description(set, text);
    for (const auto& id : t.themes) set.append_child("MemberCode").append_attribute(member_attribute) = code_guid(cb.name, id).c_str();
    for (const auto& id : t.codes) set.append_child("MemberCode").append_attribute(member_attribute) = code_guid(cb.name, id).c_str();
  }
}

pugi::xml_node start_document(pugi::xml_document& doc, const char* root, const char* ns) {
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "utf-8";
  auto node = doc.append_child(root);
  node.append_attribute("xmlns") = ns;
  return node;
}

std::string xml_text(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

std::string write_qdc(const Codebook& cb) {
  pugi::xml_document doc;
  auto root = start_document(doc, "CodeBook", "urn:QDA-XML:codebook:1.0");
  root.append_attribute("origin") = fmt::format("draad {}", cb.coder()).c_str();
  append_codes(root.append_child("Codes"), cb);
  if (!cb.threads.empty()) append_threads(root.append_child("Sets"), cb, "guid");
  return xml_text(doc);
}

std::string QdaCodebook::coding_id(std::size_t index) const {
  const QdaCode& c = codes[index];
  return c.parent == QdaCode::npos ? c.id + "/" + c.id.substr(c.id.rfind('/') + 1) : c.id;
}

std::size_t QdaCodebook::find(std::string_view g) const {
  for (std::size_t i = 0; i < codes.size(); ++i)
    if (codes[i].guid == g) return i;
  return QdaCode::npos;
}

namespace {

// Splits a description written by describe() (or by hand, or by another
// program: then it is all definition) into its parts.
void parse_description(std::string_view text, QdaCode& c) {
  std::string* field = &c.definition;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t eol = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = eol + 1;
    auto starts = [&](std::string_view label, std::string& target) {
      if (!line.starts_with(label)) return false;
      field = &target;
      line.remove_prefix(label.size());
      return true;
    };
    if (line.starts_with(kId)) {
      c.id = std::string(utf8::trim(line.substr(kId.size())));
      continue;
    }
    if (!starts(kInclude, c.include) && !starts(kExclude, c.exclude) && !starts(kExample, c.example) && !field->empty())
      *field += '\n';
    *field += line;
    if (eol == text.size()) break;
  }
  for (std::string* s : {&c.definition, &c.include, &c.exclude, &c.example}) *s = std::string(utf8::trim(*s));
}

bool valid_id_part(std::string_view id) {
  if (id.empty()) return false;
  for (char ch : id)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_')) return false;
  return true;
}

struct TreeReader {
  const std::string& bytes;
  const std::string& file;
  QdaCodebook out;
  std::set<std::string> guids;

  void read(const pugi::xml_node& parent, std::size_t parent_index) {
    std::set<std::string> sibling_ids;
    for (auto node : parent.children("Code")) {
      QdaCode c;
      c.where = zip::xml_location(node, bytes, file);
      c.guid = node.attribute("guid").value();
      c.name = node.attribute("name").value();
      if (c.guid.empty()) throw DataError(c.where, "a Code without a guid");
      if (!guids.insert(c.guid).second) throw DataError(c.where, fmt::format("a second Code with guid {}", c.guid));
      std::string_view codable = node.attribute("isCodable").value();
      c.codable = !(codable == "false" || codable == "0");
      c.colour = node.attribute("color").value();
      if (c.colour.size() == 4)  // #rgb: draad writes #rrggbb
        c.colour = {'#', c.colour[1], c.colour[1], c.colour[2], c.colour[2], c.colour[3], c.colour[3]};
      for (char& ch : c.colour) ch = utf8::ascii_lower(ch);
      parse_description(node.child("Description").text().get(), c);
      const std::string prefix = parent_index == QdaCode::npos ? "" : out.codes[parent_index].id + "/";
      // A `draad:` id counts only where it fits this place in the tree.
      std::string_view own = c.id;
      if (!own.starts_with(prefix) || !valid_id_part(own.substr(prefix.size())) ||
          sibling_ids.count(std::string(own.substr(prefix.size())))) {
        std::string base = make_id(c.name.empty() ? "code" : c.name), id = base;
        for (int n = 2; sibling_ids.count(id); ++n) id = base + "_" + std::to_string(n);
        c.id = prefix + id;
      }
      sibling_ids.insert(c.id.substr(prefix.size()));
      c.parent = parent_index;
      const std::size_t index = out.codes.size();
      out.codes.push_back(std::move(c));
      if (parent_index != QdaCode::npos) out.codes[parent_index].children.push_back(index);
      read(node, index);
    }
  }
};

}  // namespace

QdaCodebook read_codes(const pugi::xml_node& codes, const std::string& bytes, const std::string& file) {
  TreeReader reader{bytes, file, {}, {}};
  reader.read(codes, QdaCode::npos);
  return std::move(reader.out);
}

QdaCodebook read_qdc(const std::string& path) {
  const std::string bytes = read_all(path, kMaxCodebookBytes, "a codebook");
  const std::string name = display_name(path);
  auto doc = zip::parse_xml(bytes, {name});
  auto root = doc.document_element();
  if (std::string_view(root.name()) != "CodeBook")
    throw DataError(zip::xml_location(root, bytes, name),
                    fmt::format("not a REFI-QDA codebook: the root element is <{}>, not <CodeBook>", root.name()));
  QdaCodebook cb = read_codes(root.child("Codes"), bytes, name);
  cb.origin = root.attribute("origin").value();
  for (auto s : root.child("Sets").children("Set")) {
    QdaSet set{s.attribute("name").value(), s.child("Description").text().get(), {}};
    for (auto m : s.children("MemberCode")) set.members.emplace_back(m.attribute("guid").value());
    cb.sets.push_back(std::move(set));
  }
  return cb;
}

namespace {

void emit_prose(YAML::Emitter& out, const char* key, const std::string& value) {
  if (!value.empty()) out << YAML::Key << key << YAML::Value << value;
}

void emit_code(YAML::Emitter& out, const QdaCodebook& cb, const QdaCode& c, const std::string& key,
               bool with_children) {
  out << YAML::Key << key << YAML::Value << YAML::BeginMap;
  if (c.name != key) emit_prose(out, "label", c.name);
  emit_prose(out, "definition", c.definition);
  if (!c.include.empty() || !c.exclude.empty()) {
    out << YAML::Key << "criteria" << YAML::Value << YAML::BeginMap;
    emit_prose(out, "include", c.include);
    emit_prose(out, "exclude", c.exclude);
    out << YAML::EndMap;
  }
  emit_prose(out, "example", c.example);
  if (!c.colour.empty()) out << YAML::Key << "colour" << YAML::Value << YAML::DoubleQuoted << c.colour;
  if (with_children && !c.children.empty()) {
    out << YAML::Key << "codes" << YAML::Value << YAML::BeginMap;
    for (auto i : c.children) emit_code(out, cb, cb.codes[i], cb.codes[i].id.substr(c.id.size() + 1), true);
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
}

}  // namespace

std::string codebook_yaml(const QdaCodebook& cb, const std::string& name, const std::string& source) {
  std::string cb_name = make_id(name), version = "1";
  // "draad name@version#hash": a codebook draad wrote keeps its name and version.
  if (std::string_view origin = cb.origin; origin.starts_with("draad ")) {
    origin.remove_prefix(6);
    auto at = origin.find('@'), hash = origin.find('#');
    if (at != std::string_view::npos && hash != std::string_view::npos && hash > at) {
      cb_name = make_id(origin.substr(0, at));
      version = std::string(origin.substr(at + 1, hash - at - 1));
    }
  }
  YAML::Emitter out;
  out << YAML::Comment(fmt::format("Imported by draad codebook convert from {} (REFI-QDA codebook). It has no "
                                   "patterns: add terms, globs or phrases for draad code.", source));
  out << YAML::BeginMap;
  out << YAML::Key << "codebook" << YAML::Value << cb_name;
  out << YAML::Key << "version" << YAML::Value << version;
  out << YAML::Key << "language" << YAML::Value << "nl";
  out << YAML::Key << "themes" << YAML::Value << YAML::BeginMap;
  for (const auto& theme : cb.codes) {
    if (theme.parent != QdaCode::npos) continue;
    out << YAML::Key << theme.id << YAML::Value << YAML::BeginMap;
    if (theme.name != theme.id) emit_prose(out, "label", theme.name);
    std::string description = theme.definition;
    for (const std::string* extra : {&theme.include, &theme.exclude, &theme.example})
      if (!extra->empty()) description += (description.empty() ? "" : "\n") + *extra;
    emit_prose(out, "description", description);
    if (!theme.colour.empty()) out << YAML::Key << "colour" << YAML::Value << YAML::DoubleQuoted << theme.colour;
    out << YAML::Key << "codes" << YAML::Value << YAML::BeginMap;
    // A codable theme is also a code of its own name (coding_id).
    if (theme.codable || theme.children.empty()) emit_code(out, cb, theme, theme.id, false);
    for (auto i : theme.children) emit_code(out, cb, cb.codes[i], cb.codes[i].id.substr(theme.id.size() + 1), true);
    out << YAML::EndMap << YAML::EndMap;
  }
  out << YAML::EndMap;
  // Sets written by draad from threads come back as threads.
  bool any_thread = false;
  for (const auto& set : cb.sets) {
    auto at = set.description.find(kThread);
    if (at == std::string::npos) continue;
    std::string_view rule = std::string_view(set.description).substr(at + kThread.size());
    rule = rule.substr(0, rule.find('\n'));
    std::string id(rule.substr(0, rule.find(' ')));
    int min_codes = 2;
    std::string scope = "segment";
    if (auto m = rule.find("min_codes="); m != std::string_view::npos) min_codes = std::atoi(rule.data() + m + 10);
    if (auto s = rule.find("scope="); s != std::string_view::npos) scope = std::string(rule.substr(s + 6));
    std::vector<std::string> codes, themes;
    for (const auto& g : set.members) {
      auto i = cb.find(g);
      if (i == QdaCode::npos) continue;
      (cb.codes[i].parent == QdaCode::npos ? themes : codes).push_back(cb.codes[i].id);
    }
    if (!any_thread) out << YAML::Key << "threads" << YAML::Value << YAML::BeginMap;
    any_thread = true;
    out << YAML::Key << make_id(id) << YAML::Value << YAML::BeginMap;
    emit_prose(out, "label", set.name);
    emit_prose(out, "description", std::string(utf8::trim(std::string_view(set.description).substr(0, at))));
    if (!codes.empty()) out << YAML::Key << "codes" << YAML::Value << YAML::Flow << codes;
    if (!themes.empty()) out << YAML::Key << "themes" << YAML::Value << YAML::Flow << themes;
    out << YAML::Key << "rule" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "min_codes"
        << YAML::Value << min_codes << YAML::Key << "scope" << YAML::Value << scope << YAML::EndMap;
    out << YAML::EndMap;
  }
  if (any_thread) out << YAML::EndMap;
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace draad::qda

#include "text/docx_reader.h"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "base/error.h"
#include "base/utf8.h"
#include "stream/zip_archive.h"
#include "text/office_xml.h"

namespace draad {

namespace {

using namespace office_xml;

constexpr std::size_t kLevels = 9;

struct NumberingProperties {
  std::string num_id;  // "" or "0": none
  int level = 0;
};

struct Style {
  int heading = 0;  // outline level + 1; 0: body text
  bool contents = false;  // a line of a table of contents ("toc 1")
  NumberingProperties numbering;
  std::string based_on;
};

struct Level {
  std::string format = "decimal";  // numFmt
  std::string text;                // lvlText: "%1.", "%1.%2", a bullet
  int start = 1;
};

std::optional<NumberingProperties> numbering_of(const pugi::xml_node& ppr) {
  auto num = child(ppr, "numPr");
  if (!num) return std::nullopt;
  NumberingProperties out;
  out.num_id = attribute(child(num, "numId"), "val");
  out.level = std::clamp(child(num, "ilvl") ? std::atoi(std::string(attribute(child(num, "ilvl"), "val")).c_str()) : 0, 0,
                         static_cast<int>(kLevels) - 1);
  return out;
}

int outline_level(const pugi::xml_node& ppr) {
  auto lvl = child(ppr, "outlineLvl");
  if (!lvl) return 0;
  int v = std::atoi(std::string(attribute(lvl, "val")).c_str());
  return v >= 0 && v < static_cast<int>(kLevels) ? v + 1 : 0;  // 9 is "body text"
}

// A numFmt as a list_number style.
char number_style(std::string_view format) {
  if (format == "lowerLetter") return 'a';
  if (format == "upperLetter") return 'A';
  if (format == "lowerRoman") return 'i';
  if (format == "upperRoman") return 'I';
  return '1';
}

class Reader {
 public:
  Reader(const zip::Archive& archive, const std::string& main) : archive_(archive), main_(main) {
    read_styles();
    read_numbering();
  }

  // The lines of tables of contents met by blocks(): they repeat the
  // headings, so they are not text.
  std::vector<std::string> contents;

  // The paragraphs of `node`'s blocks, in reading order.
  std::vector<std::string> blocks(const pugi::xml_node& node) {
    std::vector<std::string> out;
    walk_blocks(node, out);
    return out;
  }

 private:
  void read_styles() {
    auto doc = archive_.xml(resolve_part(main_, "styles.xml"), false);
    for (auto s : child(doc, "styles").children()) {
      if (local_name(s) != "style" || attribute(s, "type") != "paragraph") continue;
      Style style;
      std::string name = utf8::ascii_lower(attribute(child(s, "name"), "val"));
      auto ppr = child(s, "pPr");
      if (name == "title") style.heading = 1;
      else if (name.starts_with("heading ") && name.size() == 9 && name[8] >= '1' && name[8] <= '9') style.heading = name[8] - '0';
      else style.heading = outline_level(ppr);
      style.contents = name.starts_with("toc ");
      if (auto n = numbering_of(ppr)) style.numbering = *n;
      style.based_on = attribute(child(s, "basedOn"), "val");
      styles_.emplace(std::string(attribute(s, "styleId")), std::move(style));
    }
  }

  void read_numbering() {
    auto doc = archive_.xml(resolve_part(main_, "numbering.xml"), false);
    std::unordered_map<std::string, std::array<Level, kLevels>> abstract;
    auto root = child(doc, "numbering");
    for (auto a : root.children()) {
      if (local_name(a) != "abstractNum") continue;
      auto& levels = abstract[std::string(attribute(a, "abstractNumId"))];
      for (auto l : a.children()) {
        if (local_name(l) != "lvl") continue;
        int i = std::atoi(std::string(attribute(l, "ilvl")).c_str());
        if (i < 0 || i >= static_cast<int>(kLevels)) continue;
        Level& level = levels[static_cast<std::size_t>(i)];
        if (auto f = child(l, "numFmt")) level.format = attribute(f, "val");
        level.text = attribute(child(l, "lvlText"), "val");
        if (auto s = child(l, "start"))
          level.start = std::clamp(std::atoi(std::string(attribute(s, "val")).c_str()), 0, 100'000);
      }
    }
    for (auto n : root.children()) {
      if (local_name(n) != "num") continue;
      auto it = abstract.find(std::string(attribute(child(n, "abstractNumId"), "val")));
      if (it != abstract.end()) lists_[std::string(attribute(n, "numId"))] = it->second;
    }
  }

  // The style's property, or that of the style it is based on.
  template <class Get>
  auto styled(std::string id, Get get) const -> decltype(get(std::declval<const Style&>())) {
    for (int depth = 0; depth < 16; ++depth) {
      auto it = styles_.find(id);
      if (it == styles_.end()) break;
      if (auto v = get(it->second)) return v;
      id = it->second.based_on;
    }
    return {};
  }

  // "1.", "b)", "-" for a numbered or bulleted paragraph; "" otherwise.
  std::string list_marker(const NumberingProperties& n) {
    auto list = lists_.find(n.num_id);
    if (list == lists_.end()) return "";
    const std::size_t level = static_cast<std::size_t>(n.level);
    auto& counts = counters_[n.num_id];
    for (std::size_t deeper = level + 1; deeper < kLevels; ++deeper) counts[deeper] = 0;
    const Level& l = list->second[level];
    counts[level] = counts[level] == 0 ? l.start : counts[level] + 1;
    if (l.format == "bullet") return "-";
    if (l.format == "none") return "";
    std::string out;
    for (std::size_t i = 0; i < l.text.size(); ++i) {
      if (l.text[i] == '%' && i + 1 < l.text.size() && l.text[i + 1] >= '1' && l.text[i + 1] <= '9') {
        const std::size_t at = static_cast<std::size_t>(l.text[++i] - '1');
        out += list_number(counts[at] == 0 ? list->second[at].start : counts[at], number_style(list->second[at].format));
      } else {
        out += l.text[i];
      }
    }
    return std::string(utf8::trim(out));
  }

  void walk_blocks(const pugi::xml_node& node, std::vector<std::string>& out) {
    for (auto c : node.children()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view name = local_name(c);
      if (name == "p") paragraph(c, out);
      else if (name == "AlternateContent") walk_blocks(chosen(c), out);
      else if (name != "del" && name != "moveFrom") walk_blocks(c, out);  // tables, rows, cells, content controls
    }
  }

  // The first alternative of mc:AlternateContent: the fallback repeats it.
  static pugi::xml_node chosen(const pugi::xml_node& alternate) {
    auto choice = child(alternate, "Choice");
    return choice ? choice : child(alternate, "Fallback");
  }

  void paragraph(const pugi::xml_node& p, std::vector<std::string>& out) {
    std::string text;
    std::vector<pugi::xml_node> boxes;
    runs(p, text, boxes);
    auto ppr = child(p, "pPr");
    std::string style_id(attribute(child(ppr, "pStyle"), "val"));
    int heading = outline_level(ppr);
    if (!heading) heading = styled(style_id, [](const Style& s) { return s.heading; });
    std::optional<NumberingProperties> numbering = numbering_of(ppr);
    if (!numbering) {
      auto from_style = styled(style_id, [](const Style& s) {
        return s.numbering.num_id.empty() ? std::optional<NumberingProperties>() : s.numbering;
      });
      if (from_style) numbering = from_style;
    }
    if (!utf8::trim(text).empty() && styled(style_id, [](const Style& s) { return s.contents; })) {
      contents.push_back(std::move(text));
    } else if (!utf8::trim(text).empty()) {
      std::string marker = numbering && !heading ? list_marker(*numbering) : "";
      if (heading) out.push_back(std::string(static_cast<std::size_t>(heading), '#') + " " + std::string(utf8::trim(text)));
      else if (!marker.empty()) out.push_back(marker + " " + text);
      else out.push_back(std::move(text));
    }
    for (const auto& box : boxes) walk_blocks(box, out);
  }

  void runs(const pugi::xml_node& node, std::string& text, std::vector<pugi::xml_node>& boxes) {
    for (auto c : node.children()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view name = local_name(c);
      if (name == "t") text += c.child_value();
      else if (name == "tab" || name == "ptab") text += '\t';
      else if (name == "br" || name == "cr") text += '\n';
      else if (name == "noBreakHyphen") text += '-';
      else if (name == "txbxContent") boxes.push_back(c);
      else if (name == "AlternateContent") runs(chosen(c), text, boxes);
      else if (name != "pPr" && name != "rPr" && name != "del" && name != "moveFrom" && name != "instrText")
        runs(c, text, boxes);
    }
  }

  const zip::Archive& archive_;
  std::string main_;
  std::unordered_map<std::string, Style> styles_;
  std::unordered_map<std::string, std::array<Level, kLevels>> lists_;
  std::unordered_map<std::string, std::array<int, kLevels>> counters_;
};

// The main document part named by the package relationships.
std::string main_part(const zip::Archive& archive) {
  auto rels = archive.xml("_rels/.rels", false);
  for (auto r : child(rels, "Relationships").children())
    if (std::string_view(attribute(r, "Type")).ends_with("/officeDocument"))
      return resolve_part("", attribute(r, "Target"));
  return "word/document.xml";
}

// Part names of the main part's relationships whose type ends in `/type`.
std::vector<std::string> related_parts(const zip::Archive& archive, const std::string& main, std::string_view type) {
  const auto slash = main.rfind('/') + 1;
  auto rels = archive.xml(main.substr(0, slash) + "_rels/" + main.substr(slash) + ".rels", false);
  std::vector<std::string> out;
  for (auto r : child(rels, "Relationships").children())
    if (std::string_view t = attribute(r, "Type"); t.ends_with(type) && t[t.size() - type.size() - 1] == '/')
      out.push_back(resolve_part(main, attribute(r, "Target")));
  return out;
}

}  // namespace

ExtractedDocument read_docx(const std::string& bytes, const std::string& name, const ReadOptions& options) {
  const zip::Archive archive(name, bytes, "a Word document (.docx)", kMaxDocumentPartBytes);
  const std::string main = main_part(archive);
  auto document = archive.xml(main);
  auto body = child(child(document, "document"), "body");
  if (!body) throw DataError({name + "/" + main}, "not a Word document: no w:document/w:body");
  Reader reader(archive, main);
  std::vector<std::string> paragraphs = reader.blocks(body);
  document.reset();

  ExtractedDocument out;
  struct Kind {
    std::string_view relationship, root, item, singular, plural;
  };
  static constexpr Kind kKinds[] = {{"footnotes", "footnotes", "footnote", "footnote", "footnotes"},
                                    {"endnotes", "endnotes", "endnote", "endnote", "endnotes"},
                                    {"comments", "comments", "comment", "comment", "comments"},
                                    {"header", "hdr", "", "page header", "page headers"},
                                    {"footer", "ftr", "", "page footer", "page footers"}};
  for (const Kind& kind : kKinds) {
    std::vector<std::vector<std::string>> items;
    for (const auto& part : related_parts(archive, main, kind.relationship)) {
      auto doc = archive.xml(part, false);
      auto root = child(doc, kind.root);
      if (kind.item.empty()) items.push_back(reader.blocks(root));
      else
        for (auto item : root.children()) {
          std::string_view type = attribute(item, "type");  // separators are not notes
          if (local_name(item) == kind.item && (type.empty() || type == "normal")) items.push_back(reader.blocks(item));
        }
    }
    take_notes(items, kind.singular, kind.plural, kind.item.empty(), options, paragraphs, out);
  }
  take_notes({std::move(reader.contents)}, "table of contents", "tables of contents", false, options, paragraphs, out);
  out.text = join_paragraphs(std::move(paragraphs));
  auto core = archive.xml("docProps/core.xml", false);
  auto props = child(core, "coreProperties");
  add_property(out.attributes, "title", props, {"title"});
  add_property(out.attributes, "author", props, {"creator"});
  add_property(out.attributes, "created", props, {"created"});
  return out;
}

}  // namespace draad

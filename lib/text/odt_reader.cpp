#include "text/odt_reader.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "base/error.h"
#include "base/utf8.h"
#include "stream/zip_archive.h"
#include "text/office_xml.h"

namespace draad {

namespace {

using namespace office_xml;

// A list style level: numbered ("1.", "a)") or a bullet.
struct ListLevel {
  std::string format;  // style:num-format: "1", "a", "A", "i", "I"; "" for a bullet
  std::string prefix, suffix;
};

class Reader {
 public:
  Reader(const pugi::xml_node& content, const pugi::xml_node& styles) {
    for (const auto& root : {child(child(content, "document-content"), "automatic-styles"),
                             child(child(styles, "document-styles"), "styles"),
                             child(child(styles, "document-styles"), "automatic-styles")})
      for (auto s : root.children()) {
        if (local_name(s) != "list-style") continue;
        auto& levels = list_styles_[std::string(attribute(s, "name"))];
        for (auto l : s.children()) {
          int level = std::atoi(std::string(attribute(l, "level")).c_str());
          if (level < 1 || level > 10) continue;
          ListLevel& out = levels[level];
          if (local_name(l) == "list-level-style-number") {
            out.format = attribute(l, "num-format");
            out.prefix = attribute(l, "num-prefix");
            out.suffix = attribute(l, "num-suffix");
          }
        }
      }
  }

  std::vector<std::string> blocks(const pugi::xml_node& node) {
    std::vector<std::string> out;
    walk_blocks(node, out, {});
    return out;
  }

  // Footnotes, endnotes, comments and indexes (tables of contents, which
  // repeat the headings) met in the text, as paragraphs per item.
  std::vector<std::vector<std::string>> footnotes, endnotes, comments, indexes;

 private:
  struct ListContext {
    std::string style;
    int depth = 0;
    std::map<int, int>* counts = nullptr;
    bool first_paragraph = false;  // of a list item: it carries the marker
  };

  void walk_blocks(const pugi::xml_node& node, std::vector<std::string>& out, ListContext list) {
    for (auto c : node.children()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view name = local_name(c);
      if (name == "p" || name == "h") {
        paragraph(c, out, list);
        list.first_paragraph = false;
      } else if (name == "list") {
        std::map<int, int> counts;
        ListContext inner{list.style, list.depth + 1, &counts, false};
        if (std::string_view style = attribute(c, "style-name"); !style.empty()) inner.style = style;
        walk_blocks(c, out, inner);
      } else if (name == "list-item" && list.counts) {
        ++(*list.counts)[list.depth];
        ListContext item = list;
        item.first_paragraph = true;
        walk_blocks(c, out, item);
      } else if (name == "table-of-content" || name.ends_with("-index") || name == "bibliography") {
        indexes.push_back(blocks(child(c, "index-body")));
      } else if (name != "tracked-changes") {
        walk_blocks(c, out, list);
      }
    }
  }

  std::string marker(const ListContext& list) const {
    auto style = list_styles_.find(list.style);
    const ListLevel* level = nullptr;
    if (style != list_styles_.end())
      if (auto l = style->second.find(list.depth); l != style->second.end()) level = &l->second;
    if (!level || level->format.empty()) return "-";
    return level->prefix + list_number((*list.counts)[list.depth], level->format[0]) + level->suffix;
  }

  void paragraph(const pugi::xml_node& p, std::vector<std::string>& out, const ListContext& list) {
    std::string text;
    bool space = true;  // white space at the start of a paragraph is dropped
    std::vector<pugi::xml_node> boxes;
    inline_text(p, text, space, boxes);
    while (!text.empty() && text.back() == ' ' && space) text.pop_back(), space = false;
    if (!utf8::trim(text).empty()) {
      if (local_name(p) == "h") {
        int level = std::clamp(std::atoi(std::string(attribute(p, "outline-level")).c_str()), 1, 9);
        out.push_back(std::string(static_cast<std::size_t>(level), '#') + " " + std::string(utf8::trim(text)));
      } else if (list.first_paragraph) {
        out.push_back(marker(list) + " " + text);
      } else {
        out.push_back(std::move(text));
      }
    }
    for (const auto& box : boxes) walk_blocks(box, out, {});
  }

  // Appends the text of `node` to `text`; `space` tells whether it ends in
  // collapsible white space.
  void inline_text(const pugi::xml_node& node, std::string& text, bool& space, std::vector<pugi::xml_node>& boxes) {
    for (auto c : node.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        for (const char* s = c.value(); *s; ++s) {
          const bool white = *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r';
          if (white && space) continue;
          text += white ? ' ' : *s;
          space = white;
        }
        continue;
      }
      if (c.type() != pugi::node_element) continue;
      std::string_view name = local_name(c);
      if (name == "s") {
        text.append(static_cast<std::size_t>(std::clamp(c.attribute("text:c").as_int(1), 1, 1000)), ' ');
        space = false;
      } else if (name == "tab") {
        text += '\t';
        space = false;
      } else if (name == "line-break") {
        text += '\n';
        space = false;
      } else if (name == "note") {
        auto& list = attribute(c, "note-class") == "endnote" ? endnotes : footnotes;
        list.push_back(blocks(child(c, "note-body")));
      } else if (name == "annotation") {
        comments.push_back(blocks(c));
      } else if (name == "frame" || name == "text-box") {
        boxes.push_back(c);
      } else if (name == "ruby") {
        inline_text(child(c, "ruby-base"), text, space, boxes);
      } else if (name != "tracked-changes" && name != "annotation-end") {
        inline_text(c, text, space, boxes);  // spans, links, fields
      }
    }
  }

  std::map<std::string, std::map<int, ListLevel>, std::less<>> list_styles_;
};

}  // namespace

ExtractedDocument read_odt(const std::string& bytes, const std::string& name, const ReadOptions& options) {
  const zip::Archive archive(name, bytes, "an OpenDocument text (.odt)", kMaxDocumentPartBytes);
  auto content = archive.xml("content.xml");
  auto styles = archive.xml("styles.xml", false);
  auto body = child(child(child(content, "document-content"), "body"), "text");
  if (!body) throw DataError({name + "/content.xml"}, "not an OpenDocument text: no office:body/office:text");
  Reader reader(content, styles);
  std::vector<std::string> paragraphs = reader.blocks(body);
  content.reset();

  std::vector<std::vector<std::string>> headers, footers;
  for (auto page : child(child(styles, "document-styles"), "master-styles").children()) {
    for (auto part : page.children()) {
      std::string_view n = local_name(part);
      if (n.starts_with("header") || n.starts_with("footer"))
        (n.starts_with("header") ? headers : footers).push_back(reader.blocks(part));
    }
  }
  ExtractedDocument out;
  take_notes(reader.footnotes, "footnote", "footnotes", false, options, paragraphs, out);
  take_notes(reader.endnotes, "endnote", "endnotes", false, options, paragraphs, out);
  take_notes(reader.comments, "comment", "comments", false, options, paragraphs, out);
  take_notes(headers, "page header", "page headers", true, options, paragraphs, out);
  take_notes(footers, "page footer", "page footers", true, options, paragraphs, out);
  take_notes(reader.indexes, "table of contents or index", "tables of contents and indexes", false, options, paragraphs,
             out);
  out.text = join_paragraphs(std::move(paragraphs));
  auto meta = archive.xml("meta.xml", false);
  auto props = child(child(meta, "document-meta"), "meta");
  add_property(out.attributes, "title", props, {"title"});
  add_property(out.attributes, "author", props, {"initial-creator", "creator"});
  add_property(out.attributes, "created", props, {"creation-date"});
  return out;
}

}  // namespace draad

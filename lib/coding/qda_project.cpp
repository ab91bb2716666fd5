#include "coding/qda_project.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <pugixml.hpp>
#include <unicode/uchar.h>

#include "base/input.h"
#include "base/utf8.h"
#include "stream/zip_archive.h"
#include "stream/zip_writer.h"
#include "text/document_text.h"

namespace draad::qda {

namespace fs = std::filesystem;

// ---- export ----

namespace {

std::string source_guid(const std::string& doc) { return guid("source " + doc); }
std::string user_guid(const std::string& user) { return guid("user " + user); }

// A short name for a selection: its first words.
std::string excerpt(std::string_view text) {
  std::string out;
  std::size_t i = 0, points = 0;
  while (i < text.size() && points < 60) {
    char32_t c = utf8::next(text, i);
    utf8::append(out, c == '\n' || c == '\t' ? U' ' : c);
    ++points;
  }
  if (i < text.size()) out += "…";
  return out;
}

// Code point -> byte offsets of a text, for cutting excerpts.
struct Offsets {
  std::vector<std::size_t> byte;
  explicit Offsets(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
      byte.push_back(i);
      utf8::next(text, i);
    }
    byte.push_back(text.size());
  }
  std::string_view cut(std::string_view text, std::int64_t start, std::int64_t end) const {
    return text.substr(byte[start], byte[end] - byte[start]);
  }
};

// The spans of a `terms` cell: surface@start-end;...
std::vector<std::pair<std::int64_t, std::int64_t>> term_spans(std::string_view terms) {
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  while (!terms.empty()) {
    std::size_t semi = std::min(terms.find(';'), terms.size());
    std::string_view item = terms.substr(0, semi);
    terms.remove_prefix(std::min(semi + 1, terms.size()));
    auto at = item.rfind('@');
    if (at == std::string_view::npos) continue;
    long long s = 0, e = 0;
    if (std::sscanf(std::string(item.substr(at + 1)).c_str(), "%lld-%lld", &s, &e) == 2 && s <= e) out.push_back({s, e});
  }
  return out;
}

struct Selection {
  std::int64_t start = 0, end = 0;
  std::string guid, user;
  std::vector<std::string> codes;  // code ids
  std::string speaker_case;        // the case guid, or ""
};

}  // namespace

void pseudonymise(ExportInput& input, coding::Codings& codings, pseudonyms::Pseudonymiser& names) {
  std::optional<std::size_t> role;
  for (const auto& column : pseudonyms::kRoleColumns)
    if (auto it = std::ranges::find(input.attribute_names, column); !role && it != input.attribute_names.end())
      role = static_cast<std::size_t>(it - input.attribute_names.begin());
  for (const auto& document : input.documents)
    for (const auto& segment : document.segments)
      names.observe(document.id, segment.speaker, role ? segment.attributes.at(*role) : "");
  for (auto& document : input.documents) {
    // Segment bounds in code points become byte ranges of the text, move with
    // the replacements, and are counted back in code points. Segments come in
    // text order: one forward walk, no table of every character's offset.
    utf8::ByteOffsets bytes(document.text);
    auto byte_of = [&](std::int64_t target) {
      const auto byte = bytes.at(target);
      if (!byte) throw DataError({document.id}, fmt::format("segment offset {} is past the end of the text", target));
      return *byte;
    };
    std::vector<ByteRange> marks;
    for (const auto& segment : document.segments) {
      const std::size_t begin = byte_of(segment.start);
      marks.push_back({begin, byte_of(segment.end)});
    }
    document.text = names.replace(document.id, document.text, &marks);
    utf8::CodePointCounter code_points(document.text);
    for (std::size_t i = 0; i < marks.size(); ++i) {
      ExportSegment& segment = document.segments[i];
      segment.start = code_points.at(marks[i].begin);
      segment.end = code_points.at(marks[i].end);
      segment.speaker = names.pseudonym(document.id, segment.speaker);
    }
  }
  for (auto& [unit, info] : codings.segments) {
    info.speaker = names.pseudonym(unit.doc, info.speaker);
    info.text = names.replace(unit.doc, info.text);
  }
}

std::string project_xml(const ExportInput& input, const Codebook& cb, const coding::Codings& codings, Mark mark) {
  // Where each segment is.
  std::map<coding::UnitKey, std::pair<std::size_t, std::size_t>> where;  // -> (document, segment)
  for (std::size_t d = 0; d < input.documents.size(); ++d)
    for (std::size_t s = 0; s < input.documents[d].segments.size(); ++s)
      where[{input.documents[d].id, input.documents[d].segments[s].seg}] = {d, s};
  std::vector<Offsets> offsets;
  for (const auto& doc : input.documents) offsets.emplace_back(doc.text);
  for (const auto& [key, info] : codings.segments) {
    auto it = where.find(key);
    if (it == where.end()) continue;  // reported below, with its coder's file
    const auto& doc = input.documents[it->second.first];
    const auto& seg = doc.segments[it->second.second];
    if (!info.text.empty() && info.text != offsets[it->second.first].cut(doc.text, seg.start, seg.end))
      throw DataError({}, fmt::format("segment {} has another text in the codings than in the documents: segment "
                                      "them with the same options (--unit, --reflow, ...) as the codings",
                                      key.str()));
  }

  // Attributes: per document, per speaker, or neither.
  const std::size_t n_attr = input.attribute_names.size();
  std::vector<bool> per_doc(n_attr, true), per_speaker(n_attr, true);
  for (const auto& doc : input.documents) {
    std::map<std::string, const ExportSegment*> first_of_speaker;
    for (const auto& seg : doc.segments) {
      const ExportSegment& first = doc.segments.front();
      auto [sp, fresh] = first_of_speaker.emplace(seg.speaker, &seg);
      for (std::size_t a = 0; a < n_attr; ++a) {
        if (seg.attributes[a] != first.attributes[a]) per_doc[a] = false;
        if (!fresh && seg.attributes[a] != sp->second->attributes[a]) per_speaker[a] = false;
      }
    }
  }
  auto variable_guid = [&](std::size_t a) { return guid("variable " + input.attribute_names[a]); };
  auto case_guid = [](const std::string& doc, const std::string& speaker) { return guid("case " + doc + "\n" + speaker); };

  // Selections per document.
  std::vector<std::vector<Selection>> selections(input.documents.size());
  for (const auto& coder : codings.coders) {
    for (const auto& [key, codes] : coder.units) {
      if (codes.empty()) continue;
      auto it = where.find(key);
      if (it == where.end())
        throw DataError({coder.file}, fmt::format("segment {} is not among the documents' segments: segment them "
                                                  "with the same options (--unit, --reflow, ...) as the codings",
                                                  key.str()));
      const auto [d, s] = it->second;
      const ExportSegment& seg = input.documents[d].segments[s];
      const std::string speaker_case = seg.speaker.empty() ? "" : case_guid(input.documents[d].id, seg.speaker);
      std::map<std::pair<std::int64_t, std::int64_t>, std::vector<std::string>> spans;
      for (const auto& [code, terms] : codes) {
        auto hits = mark == Mark::hits ? term_spans(terms) : decltype(term_spans(terms)){};
        if (hits.empty()) hits.push_back({seg.start, seg.end});
        for (auto span : hits) spans[span].push_back(code);
      }
      for (auto& [span, ids] : spans)
        selections[d].push_back({span.first, span.second,
                                 guid(fmt::format("selection {}\n{}\n{}-{}", coder.coder, key.doc, span.first, span.second)),
                                 coder.coder, std::move(ids), speaker_case});
    }
  }

  pugi::xml_document xml;
  auto project = start_document(xml, "Project", "urn:QDA-XML:project:1.0");
  project.append_attribute("name") = input.name.c_str();
  project.append_attribute("origin") = "draad";
  if (!codings.coders.empty()) {
    auto users = project.append_child("Users");
    for (const auto& coder : codings.coders) {
      auto user = users.append_child("User");
      user.append_attribute("guid") = user_guid(coder.coder).c_str();
      user.append_attribute("name") = coder.coder.c_str();
    }
  }
  auto codes = project.append_child("CodeBook").append_child("Codes");
  append_codes(codes, cb);

  std::vector<std::size_t> doc_vars, speaker_vars;
  for (std::size_t a = 0; a < n_attr; ++a) {
    if (per_doc[a]) doc_vars.push_back(a);
    else if (per_speaker[a]) speaker_vars.push_back(a);
  }
  if (!doc_vars.empty() || !speaker_vars.empty()) {
    auto vars = project.append_child("Variables");
    for (auto list : {&doc_vars, &speaker_vars})
      for (auto a : *list) {
        auto v = vars.append_child("Variable");
        v.append_attribute("guid") = variable_guid(a).c_str();
        v.append_attribute("name") = input.attribute_names[a].c_str();
        v.append_attribute("typeOfVariable") = "Text";
      }
  }
  auto add_value = [&](pugi::xml_node parent, std::size_t a, const std::string& value) {
    if (value.empty()) return;
    auto vv = parent.append_child("VariableValue");
    vv.append_child("VariableRef").append_attribute("targetGUID") = variable_guid(a).c_str();
    vv.append_child("TextValue").text().set(value.c_str());
  };

  for (auto& list : selections)
    std::sort(list.begin(), list.end(), [](const Selection& a, const Selection& b) {
      return std::tie(a.start, a.end, a.user) < std::tie(b.start, b.end, b.user);
    });

  // One case per speaker of a document.
  pugi::xml_node cases;
  for (std::size_t d = 0; d < input.documents.size(); ++d) {
    const auto& doc = input.documents[d];
    std::set<std::string> done;
    for (const auto& seg : doc.segments) {
      if (seg.speaker.empty() || !done.insert(seg.speaker).second) continue;
      if (!cases) cases = project.append_child("Cases");
      auto c = cases.append_child("Case");
      const std::string g = case_guid(doc.id, seg.speaker);
      c.append_attribute("guid") = g.c_str();
      c.append_attribute("name") = fmt::format("{} ({})", seg.speaker, doc.id).c_str();
      for (auto a : speaker_vars) add_value(c, a, seg.attributes[a]);
      for (const auto& sel : selections[d])
        if (sel.speaker_case == g) c.append_child("SelectionRef").append_attribute("targetGUID") = sel.guid.c_str();
    }
  }

  if (!input.documents.empty()) {
    auto sources = project.append_child("Sources");
    for (std::size_t d = 0; d < input.documents.size(); ++d) {
      const auto& doc = input.documents[d];
      const std::string g = source_guid(doc.id);
      auto source = sources.append_child("TextSource");
      source.append_attribute("guid") = g.c_str();
      // The id and .txt (.md kept): an import gives the same id and reads
      // the normalised text, in which WebVTT and SRT cues have become
      // `speaker: text` paragraphs, as plain text.
      const bool md = utf8::ascii_lower(fs::path(doc.file_name).extension().string()) == ".md";
      source.append_attribute("name") = (doc.id + (md ? ".md" : ".txt")).c_str();
      source.append_attribute("plainTextPath") = ("internal://" + g + ".txt").c_str();
      for (const auto& sel : selections[d]) {
        auto node = source.append_child("PlainTextSelection");
        node.append_attribute("guid") = sel.guid.c_str();
        node.append_attribute("name") = excerpt(offsets[d].cut(doc.text, sel.start, sel.end)).c_str();
        node.append_attribute("startPosition") = static_cast<long long>(sel.start);
        node.append_attribute("endPosition") = static_cast<long long>(sel.end);
        node.append_attribute("creatingUser") = user_guid(sel.user).c_str();
        for (const auto& code : sel.codes) {
          auto coding = node.append_child("Coding");
          coding.append_attribute("guid") = guid(fmt::format("coding {}\n{}", sel.guid, code)).c_str();
          coding.append_attribute("creatingUser") = user_guid(sel.user).c_str();
          coding.append_child("CodeRef").append_attribute("targetGUID") = code_guid(cb.name, code).c_str();
        }
      }
      if (!doc.segments.empty())
        for (auto a : doc_vars) add_value(source, a, doc.segments.front().attributes[a]);
    }
  }
  // Sets: the threads, then one per value of each set column.
  using DocumentsByValue = std::map<std::string, std::vector<std::size_t>>;
  std::vector<std::pair<std::size_t, DocumentsByValue>> groups;  // per set column: its attribute and documents by value
  for (const auto& column : input.set_columns) {
    auto it = std::find(input.attribute_names.begin(), input.attribute_names.end(), column);
    if (it == input.attribute_names.end())
      throw DataError({}, input.attribute_names.empty()
                              ? fmt::format("no document attribute '{}' to make sets of: the documents have no "
                                            "attributes (--meta gives them)",
                                            column)
                              : fmt::format("no document attribute '{}' to make sets of; the attributes are: {}", column,
                                            fmt::join(input.attribute_names, ", ")));
    const auto a = static_cast<std::size_t>(it - input.attribute_names.begin());
    if (!per_doc[a])
      throw DataError({}, fmt::format("attribute '{}' varies within a document, so its values cannot group documents "
                                      "into sets",
                                      column));
    auto& by_value = groups.emplace_back(a, DocumentsByValue{}).second;
    for (std::size_t d = 0; d < input.documents.size(); ++d)
      if (!input.documents[d].segments.empty() && !input.documents[d].segments.front().attributes[a].empty())
        by_value[input.documents[d].segments.front().attributes[a]].push_back(d);
  }
  const bool any_group = std::any_of(groups.begin(), groups.end(), [](const auto& g) { return !g.second.empty(); });
  if (!cb.threads.empty() || any_group) {
    auto sets = project.append_child("Sets");
    append_threads(sets, cb, "targetGUID");
    for (const auto& [a, by_value] : groups)
      for (const auto& [value, docs] : by_value) {
        auto set = sets.append_child("Set");
        const std::string name = input.attribute_names[a] + " = " + value;
        set.append_attribute("guid") = guid("set " + input.attribute_names[a] + "\n" + value).c_str();
        set.append_attribute("name") = name.c_str();
        for (auto d : docs)
          set.append_child("MemberSource").append_attribute("targetGUID") = source_guid(input.documents[d].id).c_str();
      }
  }

  return xml_text(xml);
}

void write_project(const std::string& path, const ExportInput& input, const Codebook& cb,
                   const coding::Codings& codings, Mark mark) {
  std::string qde = project_xml(input, cb, codings, mark);
  zip::Writer zip(path);
  zip.add("project.qde", std::move(qde));
  for (const auto& doc : input.documents) zip.add("sources/" + source_guid(doc.id) + ".txt", doc.text);
  zip.close();
}

}  // namespace draad::qda

// ---- import ----

namespace draad::qda {

Overlap parse_overlap(const std::string& name) {
  if (name == "any") return Overlap::any;
  if (name == "half") return Overlap::half;
  if (name == "all") return Overlap::all;
  throw UsageError(fmt::format("--overlap must be any, half or all, not '{}'", name));
}

namespace {

constexpr std::size_t kMaxProjectBytes = 1024u << 20;

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) out.push_back(utf8::next(s, i));
  return out;
}

bool removed_by_normalising(char32_t c) {
  return c == 0xAD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

// For each code point offset into `raw` (and its end), the offset into
// `normal`, the same text after normalise.h: CRs before LF and invisible
// characters dropped, combining marks composed, other changes one for one.
std::vector<std::int64_t> align(const std::vector<char32_t>& raw, const std::vector<char32_t>& normal) {
  std::vector<std::int64_t> map(raw.size() + 1);
  std::size_t j = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    map[i] = static_cast<std::int64_t>(std::min(j, normal.size()));
    const char32_t r = raw[i];
    const bool same = j < normal.size() && normal[j] == r;
    if (same) ++j;
    else if (r == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') continue;
    else if (removed_by_normalising(r) && !(r == 0xAD && j < normal.size() && normal[j] == '-')) continue;
    else if (u_getCombiningClass(static_cast<UChar32>(r)) > 0 || u_charType(static_cast<UChar32>(r)) == U_NON_SPACING_MARK)
      continue;
    else ++j;
  }
  map[raw.size()] = static_cast<std::int64_t>(std::min(j, normal.size()));
  return map;
}

struct RawSelection {
  std::int64_t start = 0, end = 0;  // code points into the source's text as stored
  std::string user;
  std::size_t code = 0;  // index into the codebook
};

struct RawSource {
  std::string name, file;  // file: the name under the temporary directory
  std::string text;        // as stored, BOM dropped
  std::vector<RawSelection> selections;
};

// A source's name as a relative file name the segmenter reads as a
// document: no empty, `.` or `..` parts, no leading dot, a document extension.
std::string file_name_for(std::string name) {
  std::replace(name.begin(), name.end(), '\\', '/');
  std::string out;
  for (std::size_t pos = 0; pos <= name.size();) {
    std::size_t slash = std::min(name.find('/', pos), name.size());
    std::string part = name.substr(pos, slash - pos);
    pos = slash + 1;
    if (part.empty() || part == "." || part == "..") continue;
    if (part[0] == '.') part[0] = '_';
    if (!out.empty()) out += '/';
    out += part;
  }
  if (out.empty()) out = "source";
  fs::path p(out);
  const std::string ext = utf8::ascii_lower(p.extension().string());
  // A source's plain text is plain text, whatever its name says (a .vtt
  // source holds the transcript's words, not its cues).
  if (ext == ".txt" || ext == ".md") return out;
  if (ext == ".docx" || ext == ".doc" || ext == ".rtf" || ext == ".odt" || ext == ".pdf" || ext == ".vtt" ||
      ext == ".srt")
    p.replace_extension();
  return p.string() + ".txt";
}

std::string attribute(const pugi::xml_node& node, const char* name) { return node.attribute(name).value(); }

class ProjectReader {
 public:
  ProjectReader(const std::string& path, const ImportOptions& options)
      : zip_(display_name(path), read_all(path, zip::kMaxArchiveBytes, "a REFI-QDA project"), "a REFI-QDA project (.qdpx)"), options_(options) {
    auto qde = zip_.read("project.qde");
    if (!qde) throw DataError({zip_.name()}, "not a REFI-QDA project: the archive has no project.qde");
    qde_ = std::move(*qde);
    budget(qde_.size());
    file_ = zip_.name() + "/project.qde";
    doc_ = zip::parse_xml(qde_, {file_});
  }

  const std::string& name() const { return zip_.name(); }

  // The root, checked to be a REFI-QDA project.
  pugi::xml_node project() const {
    auto project = doc_.document_element();
    if (std::string_view(project.name()) != "Project" ||
        std::string_view(project.attribute("xmlns").value()) != "urn:QDA-XML:project:1.0")
      throw DataError(where(project), fmt::format("not a REFI-QDA project: the root element is <{}{}>, not <Project "
                                                  "xmlns=\"urn:QDA-XML:project:1.0\">",
                                                  project.name(), attribute_text(project, "xmlns")));
    return project;
  }

  QdaCodebook codebook() const {
    auto root = project();
    QdaCodebook cb = read_codes(root.child("CodeBook").child("Codes"), qde_, file_);
    cb.origin = attribute(root, "origin");
    for (auto s : root.child("Sets").children("Set")) {
      QdaSet set{attribute(s, "name"), s.child("Description").text().get(), {}};
      for (auto m : s.children("MemberCode")) set.members.push_back(attribute(m, "targetGUID"));
      cb.sets.push_back(std::move(set));
    }
    return cb;
  }

  std::pair<QdaCodebook, std::vector<RawSource>> read(std::vector<std::string>& users) {
    auto project = this->project();
    for (auto u : project.child("Users").children("User")) {
      std::string g = attribute(u, "guid"), n = attribute(u, "name");
      if (n.empty()) n = attribute(u, "id");
      if (n.empty()) n = g;
      user_names_[g] = n;
      if (std::find(users.begin(), users.end(), n) == users.end()) users.push_back(n);
    }
    default_user_ = attribute(project, "creatingUserGUID");
    QdaCodebook cb = codebook();
    std::vector<RawSource> sources;
    std::set<std::string> files;
    for (auto node : project.child("Sources").children()) {
      if (std::string_view(node.name()) != "TextSource") {
        report(fmt::format("{}: left out {} '{}': draad reads text sources only", where(node).str(), node.name(),
                           attribute(node, "name")));
        continue;
      }
      RawSource source;
      source.name = attribute(node, "name");
      if (source.name.empty()) source.name = attribute(node, "guid");
      auto text = source_text(node);
      if (!text) continue;
      if (text->empty()) {
        report(fmt::format("{}: left out source '{}': its text is empty", where(node).str(), source.name));
        continue;
      }
      source.text = std::move(*text);
      source.file = file_name_for(source.name);
      for (int n = 2; !files.insert(source.file).second; ++n) {
        fs::path p(file_name_for(source.name));
        source.file = (p.parent_path() / (p.stem().string() + "_" + std::to_string(n) + p.extension().string())).generic_string();
      }
      const auto length = static_cast<std::int64_t>(utf8::count_code_points(source.text));
      // Codings of the whole source, then of its selections.
      for (auto coding : node.children("Coding")) add_coding(source, coding, "", 0, length, cb);
      for (auto sel : node.children("PlainTextSelection")) {
        const std::int64_t start = sel.attribute("startPosition").as_llong(-1), end = sel.attribute("endPosition").as_llong(-1);
        if (start < 0 || end < start || end > length)
          throw DataError(where(sel), fmt::format("selection {}-{} lies outside its source '{}' of {} characters",
                                                  attribute(sel, "startPosition"), attribute(sel, "endPosition"),
                                                  source.name, length));
        for (auto coding : sel.children("Coding")) add_coding(source, coding, attribute(sel, "creatingUser"), start, end, cb);
      }
      sources.push_back(std::move(source));
    }
    return {std::move(cb), std::move(sources)};
  }

 private:
  Location where(const pugi::xml_node& node) const { return zip::xml_location(node, qde_, file_); }
  static std::string attribute_text(const pugi::xml_node& node, const char* name) {
    auto a = node.attribute(name);
    return a ? fmt::format(" {}=\"{}\"", name, a.value()) : "";
  }
  void report(const std::string& message) const {
    if (options_.report) options_.report(message);
  }
  void budget(std::size_t bytes) {
    total_ += bytes;
    if (total_ > kMaxProjectBytes)
      throw DataError({zip_.name()}, fmt::format("the project inflates to more than {} MB; refused", kMaxProjectBytes >> 20));
  }

  void add_coding(RawSource& source, const pugi::xml_node& coding, const std::string& selection_user,
                  std::int64_t start, std::int64_t end, const QdaCodebook& cb) {
    auto ref = coding.child("CodeRef");
    const std::string target = attribute(ref, "targetGUID");
    const std::size_t code = cb.find(target);
    if (code == QdaCode::npos)
      throw DataError(where(ref ? ref : coding), fmt::format("CodeRef to {}, which is no code of the project's codebook",
                                                              target.empty() ? "nothing" : target));
    std::string user = attribute(coding, "creatingUser");
    if (user.empty()) user = selection_user;
    if (user.empty()) user = default_user_;
    auto it = user_names_.find(user);
    source.selections.push_back({start, end, it != user_names_.end() ? it->second : user.empty() ? "unknown" : user, code});
  }

  // The source's plain text, or nullopt (reported) when it has none: its
  // PlainTextContent, the file its plainTextPath names, or else the text
  // draad reads from the document its richTextPath names (.docx as
  // ATLAS.ti and NVivo write them; the selections are taken as positions in
  // that text, which the program that made them may have derived otherwise).
  std::optional<std::string> source_text(const pugi::xml_node& node) {
    std::string text;
    const Location at = where(node);
    const std::string name = attribute(node, "name");
    if (auto content = node.child("PlainTextContent")) {
      text = content.text().get();
      if (utf8::find_invalid(text)) throw DataError(at, "invalid UTF-8 in the source's PlainTextContent");
    } else if (const std::string path = attribute(node, "plainTextPath"); !path.empty()) {
      auto [entry, bytes] = archived(at, name, path);
      if (auto bad = utf8::find_invalid(bytes)) {
        throw DataError(utf8::locate(zip_.name() + "/" + entry, bytes, *bad), "invalid UTF-8 in a source text");
      }
      text = std::move(bytes);
    } else if (const std::string rich = attribute(node, "richTextPath"); !rich.empty()) {
      auto [entry, bytes] = archived(at, name, rich);
      const auto kind = sniff_document(std::string_view(bytes).substr(0, 512), entry);
      if (!kind) {
        report(fmt::format("{}: left out source '{}': draad cannot read its rich text {} (only .docx, .odt or PDF)",
                           at.str(), name, rich));
        return std::nullopt;
      }
      ExtractedDocument doc = read_document(*kind, bytes, zip_.name() + "/" + entry, {});
      std::string left_out;
      for (const auto& item : doc.left_out) left_out += (left_out.empty() ? "; left out " : ", ") + item;
      report(fmt::format("{}: source '{}' has no plain text: read from its rich text {}, its selections taken as "
                         "positions in that text{}",
                         at.str(), name, rich, left_out));
      text = std::move(doc.text);
    } else {
      report(fmt::format("{}: left out source '{}': it has no text (neither plainTextPath nor richTextPath)",
                         at.str(), name));
      return std::nullopt;
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    return text;
  }

  // The entry a source's path names and its bytes: `internal://x` is
  // sources/x; another path is looked up as written, then under sources/.
  std::pair<std::string, std::string> archived(const Location& at, const std::string& name, const std::string& path) {
    std::optional<std::string> bytes;
    std::string entry;
    if (path.starts_with("internal://")) {
      entry = "sources/" + path.substr(11);
      bytes = zip_.read(entry);
    } else {
      for (const std::string& candidate : {path, "sources/" + path})
        if (!bytes) bytes = zip_.read(entry = candidate);
    }
    if (!bytes) throw DataError(at, fmt::format("source '{}' names {}, which is not in the archive", name, path));
    budget(bytes->size());
    return {entry, std::move(*bytes)};
  }

  zip::Archive zip_;
  ImportOptions options_;
  std::string qde_, file_;
  pugi::xml_document doc_;
  std::size_t total_ = 0;
  std::map<std::string, std::string> user_names_;
  std::string default_user_;
};

bool overlaps(Overlap rule, std::int64_t s, std::int64_t e, std::int64_t seg_start, std::int64_t seg_end) {
  const std::int64_t shared = std::min(e, seg_end) - std::max(s, seg_start);
  switch (rule) {
    case Overlap::any: return shared > 0 || (s == e && s >= seg_start && s < seg_end);
    case Overlap::half: return shared > 0 && 2 * shared >= seg_end - seg_start;
    case Overlap::all: return shared > 0 && shared == seg_end - seg_start;
  }
  return false;
}

// A temporary directory removed on destruction.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "draad-import-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw DataError({pattern}, "cannot create a temporary directory");
    path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

}  // namespace

ImportedProject import_project(const std::string& path, const ImportOptions& options) {
  ProjectReader reader(path, options);
  ImportedProject out;
  out.file = reader.name();
  std::vector<std::string> listed;
  auto [cb, read_sources] = reader.read(listed);
  out.codebook = std::move(cb);
  // Named, not bound: the lambdas below may not capture a binding (clang 14).
  std::vector<RawSource> sources = std::move(read_sources);
  // The users who coded: those of <Users> in their order, then others.
  std::set<std::string> coding_users;
  for (const auto& s : sources)
    for (const auto& sel : s.selections) coding_users.insert(sel.user);
  for (const auto& u : listed)
    if (coding_users.count(u)) out.users.push_back(u);
    else if (options.report) options.report(fmt::format("{}: user '{}' made no codings; left out", out.file, u));
  for (const auto& u : coding_users)
    if (std::find(out.users.begin(), out.users.end(), u) == out.users.end()) out.users.push_back(u);
  out.codes.resize(out.users.size());
  if (sources.empty()) {
    out.columns = kSegmentColumns;
    return out;
  }

  TempDir dir;
  std::map<std::string, std::size_t> by_id;  // document id -> source
  for (std::size_t i = 0; i < sources.size(); ++i) {
    fs::path file = dir.path / sources[i].file;
    fs::create_directories(file.parent_path());
    write_output(file.string(), [&](std::FILE* f) { std::fwrite(sources[i].text.data(), 1, sources[i].text.size(), f); });
    by_id[fs::path(sources[i].file).replace_extension().generic_string()] = i;
  }
  SegmentOptions so = options.segment;
  so.reflow = Reflow::off;
  so.user_directories = false;
  std::size_t current = 0;
  std::vector<std::vector<std::size_t>> doc_segments(sources.size());
  // Selections move to the normalised text as each document is read.
  so.text = [&](const std::string& doc, const std::string&, const std::string& text) {
    current = by_id.at(doc);
    if (sources[current].selections.empty()) return;
    const auto map = align(code_points(sources[current].text), code_points(text));
    for (auto& sel : sources[current].selections) {
      sel.start = map[sel.start];
      sel.end = map[sel.end];
    }
  };
  try {
    Segmenter segmenter({dir.path.string()}, so);
    out.columns = segmenter.columns();
    segmenter.run([&](const std::vector<std::string>& record) {
      doc_segments[current].push_back(out.segments.size());
      out.segments.push_back(record);
    });
  } catch (const DataError& e) {
    // Name the source, not the temporary file (its lines are the source's).
    const std::string prefix = (dir.path / "").string();
    if (!e.where().file.starts_with(prefix)) throw;
    const std::string file = e.where().file.substr(prefix.size());
    std::string name = file;
    for (const auto& source : sources)
      if (source.file == file) name = source.name;
    throw DataError({out.file + ":" + name, e.where().line, e.where().column}, e.detail());
  }

  std::map<std::string, std::size_t> user_index;
  for (std::size_t u = 0; u < out.users.size(); ++u) user_index[out.users[u]] = u;
  for (std::size_t d = 0; d < sources.size(); ++d) {
    for (const auto& sel : sources[d].selections) {
      for (std::size_t i : doc_segments[d]) {
        const auto& record = out.segments[i];
        const std::int64_t seg_start = std::stoll(record[4]), seg_end = std::stoll(record[5]);
        if (!overlaps(options.overlap, sel.start, sel.end, seg_start, seg_end)) continue;
        const std::int64_t s = std::max(sel.start, seg_start), e = std::max(s, std::min(sel.end, seg_end));
        const Offsets offsets(record[6]);
        std::string surface(offsets.cut(record[6], s - seg_start, e - seg_start));
        std::replace(surface.begin(), surface.end(), ';', ',');
        out.codes[user_index.at(sel.user)][i][out.codebook.coding_id(sel.code)].push_back(
            fmt::format("{}@{}-{}", surface, s, e));
      }
    }
  }
  return out;
}

std::string convert_codebook(const std::string& path, const std::string& name) {
  if (path.ends_with(".qdpx")) {
    ProjectReader reader(path, {});
    return codebook_yaml(reader.codebook(), name, reader.name());
  }
  return codebook_yaml(read_qdc(path), name, display_name(path));
}

coding::Codings imported_codings(const ImportedProject& project) {
  coding::Codings out;
  std::set<std::string> codes;
  for (std::size_t u = 0; u < project.users.size(); ++u) {
    coding::CoderCodings coder;
    coder.coder = project.users[u];
    coder.file = project.file;
    for (std::size_t i = 0; i < project.segments.size(); ++i) {
      const auto& record = project.segments[i];
      auto& unit = coder.units[{record[0], std::stoll(record[1])}];
      if (auto it = project.codes[u].find(i); it != project.codes[u].end())
        for (const auto& [code, terms] : it->second) {
          unit[code] = fmt::format("{}", fmt::join(terms, ";"));
          codes.insert(code);
        }
    }
    out.coders.push_back(std::move(coder));
  }
  for (const auto& record : project.segments) out.segments[{record[0], std::stoll(record[1])}] = {record[3], record[6]};
  out.codes.assign(codes.begin(), codes.end());
  return out;
}

}  // namespace draad::qda

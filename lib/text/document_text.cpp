#include "text/document_text.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/utf8.h"
#include "text/docx_reader.h"
#include "text/odt_reader.h"
#include "text/pdf_reader.h"
#include "text/transcript.h"

namespace draad {

std::optional<DocumentKind> sniff_document(std::string_view head, const std::string& path) {
  const std::string ext = utf8::ascii_lower(path.substr(std::min(path.size(), path.rfind('.'))));
  if (head.starts_with("%PDF-")) return DocumentKind::pdf;
  if (head.starts_with("PK\x03\x04") || head.starts_with("PK\x05\x06")) {
    // An OpenDocument package stores its mimetype uncompressed as the first entry.
    constexpr std::string_view kMimetype = "mimetypeapplication/vnd.oasis.opendocument.";
    if (auto at = head.substr(0, 200).find(kMimetype); at != std::string_view::npos)
      return head.substr(at + kMimetype.size()).starts_with("text") ? DocumentKind::odt : DocumentKind::docx;
    return ext == ".odt" ? DocumentKind::odt : DocumentKind::docx;
  }
  // Named as one but not one: its reader says what is wrong.
  if (ext == ".pdf") return DocumentKind::pdf;
  if (ext == ".docx") return DocumentKind::docx;
  if (ext == ".odt") return DocumentKind::odt;
  return std::nullopt;
}

ExtractedDocument read_document(DocumentKind kind, const std::string& bytes, const std::string& name,
                                const ReadOptions& options) {
  switch (kind) {
    case DocumentKind::docx:
      return read_docx(bytes, name, options);
    case DocumentKind::odt:
      return read_odt(bytes, name, options);
    case DocumentKind::pdf:
      break;
  }
  return read_pdf(bytes, name, options);
}

void take_notes(const std::vector<std::vector<std::string>>& items, std::string_view singular, std::string_view plural,
                bool once, const ReadOptions& options, std::vector<std::string>& paragraphs, ExtractedDocument& out) {
  std::vector<const std::vector<std::string>*> kept;
  for (const auto& item : items)
    if (!item.empty() &&
        (!once || std::none_of(kept.begin(), kept.end(), [&](const auto* k) { return *k == item; })))
      kept.push_back(&item);
  if (kept.empty()) return;
  if (!options.notes) {
    out.left_out.push_back(fmt::format("{} {}", kept.size(), kept.size() == 1 ? singular : plural));
    return;
  }
  for (const auto* item : kept) paragraphs.insert(paragraphs.end(), item->begin(), item->end());
}

std::string list_number(int n, char style) {
  n = std::clamp(n, 1, 100'000);  // a start value in a file cannot make a marker long
  if (style == 'a' || style == 'A')
    return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), static_cast<char>(style + (n - 1) % 26));
  if (style != 'i' && style != 'I') return std::to_string(n);
  static const std::pair<int, const char*> kParts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                        {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                                                        {5, "v"},    {4, "iv"},   {1, "i"}};
  std::string out;
  for (auto [value, part] : kParts)
    for (; n >= value; n -= value) out += part;
  if (style == 'I') std::transform(out.begin(), out.end(), out.begin(), [](char c) { return static_cast<char>(c - 32); });
  return out;
}

std::string left_out_message(const std::string& name, const std::vector<std::string>& left_out) {
  if (left_out.empty()) return "";
  std::string list;
  for (std::size_t i = 0; i < left_out.size(); ++i) {
    if (i > 0) list += i + 1 == left_out.size() ? " and " : ", ";
    list += left_out[i];
  }
  return fmt::format("{}: left out {} (--notes takes them in)", name, list);
}

namespace {

struct SpeakerLine {
  std::string label;       // "[0:03] Marieke de Vries:"
  std::string words;       // words on the same paragraph's further lines
  std::size_t paragraphs;  // paragraphs the speaker line takes (1, or 2 when the name stands apart)
};

bool single_line(std::string_view s) { return !s.empty() && s.find('\n') == std::string_view::npos; }

// A timed label the transcript parser reads back with this speaker and time.
std::optional<std::string> timed_label(std::string_view speaker, std::string_view time) {
  speaker = utf8::trim(speaker);
  std::string label = fmt::format("[{}] {}:", time, speaker);
  auto parsed = parse_label(label);
  if (!parsed || parsed->speaker != speaker || parsed->time != time || parsed->length != label.size())
    return std::nullopt;
  return label;
}

// "0:0:3.12" (a Teams cue time) as "0:00:03.12"; "" when it is not one.
std::string cue_time(std::string_view s) {
  unsigned h = 0, m = 0, sec = 0;
  int used = 0;
  const std::string copy(s);
  if (std::sscanf(copy.c_str(), "%2u:%2u:%2u%n", &h, &m, &sec, &used) != 3 || m > 59 || sec > 59) return "";
  std::string_view fraction = s.substr(static_cast<std::size_t>(used));
  if (!fraction.empty() &&
      (fraction.size() < 2 || fraction.size() > 4 || fraction[0] != '.' ||
       !std::all_of(fraction.begin() + 1, fraction.end(), [](char c) { return c >= '0' && c <= '9'; })))
    return "";
  return fmt::format("{}:{:02}:{:02}{}", h, m, sec, fraction);
}

std::optional<SpeakerLine> speaker_line(const std::vector<std::string>& paragraphs, std::size_t i) {
  std::string_view p = paragraphs[i];
  std::string_view first = p.substr(0, p.find('\n'));
  // 00:00:03.120 --> 00:00:07.480, then the name, then the words
  if (auto arrow = first.find(" --> "); arrow != std::string_view::npos) {
    std::string time = cue_time(utf8::trim(first.substr(0, arrow)));
    if (time.empty() || cue_time(utf8::trim(first.substr(arrow + 5))).empty()) return std::nullopt;
    if (first.size() < p.size()) {
      std::string_view rest = p.substr(first.size() + 1);
      std::string_view name = rest.substr(0, rest.find('\n'));
      auto label = timed_label(name, time);
      if (!label) return std::nullopt;
      std::string_view words = name.size() < rest.size() ? rest.substr(name.size() + 1) : std::string_view();
      return SpeakerLine{*label, std::string(words), 1};
    }
    if (i + 1 >= paragraphs.size() || !single_line(paragraphs[i + 1])) return std::nullopt;
    auto label = timed_label(paragraphs[i + 1], time);
    if (!label) return std::nullopt;
    return SpeakerLine{*label, "", 2};
  }
  // Marieke de Vries   0:03
  if (!single_line(p)) return std::nullopt;
  std::size_t gap = p.find_last_of(" \t");
  if (gap == std::string_view::npos) return std::nullopt;
  auto label = timed_label(p.substr(0, gap), p.substr(gap + 1));
  if (!label) return std::nullopt;
  return SpeakerLine{*label, "", 1};
}

}  // namespace

std::string join_paragraphs(std::vector<std::string> kept) {
  std::erase_if(kept, [](const std::string& p) { return utf8::trim(p).empty(); });
  std::vector<std::optional<SpeakerLine>> lines(kept.size());
  std::size_t followed = 0;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    lines[i] = speaker_line(kept, i);
    if (!lines[i]) continue;
    const std::size_t next = i + lines[i]->paragraphs;
    if (!lines[i]->words.empty() || (next < kept.size() && !speaker_line(kept, next))) ++followed;
  }
  const bool transcript = followed >= 2 && followed * 3 >= kept.size();
  std::size_t size = 0;
  for (const auto& p : kept) size += p.size() + 2;
  std::string out;
  out.reserve(size);
  std::size_t freed = 0;  // a large document is held once, not twice
  for (std::size_t i = 0; i < kept.size(); ++i) {
    for (; freed < i; ++freed) std::string().swap(kept[freed]);
    if (!out.empty()) out += "\n\n";
    if (!transcript || !lines[i]) {
      out += kept[i];
      continue;
    }
    const SpeakerLine& line = *lines[i];
    out += line.label;
    i += line.paragraphs - 1;
    if (!line.words.empty()) {
      out += ' ';
      out += line.words;
    } else if (i + 1 < kept.size() && !lines[i + 1]) {
      out += ' ';
      out += kept[++i];
    }
  }
  if (!out.empty()) out += '\n';
  return out;
}

}  // namespace draad

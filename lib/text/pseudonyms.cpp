#include "text/pseudonyms.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "base/utf8.h"

namespace draad::pseudonyms {
namespace {

constexpr std::string_view kAmbiguous = "[naam]";

// Labels that name a part in the conversation, not a person.
bool is_role_word(std::string_view label) {
  static const std::set<std::string, std::less<>> roles = {
      "begeleider", "deelnemer",  "facilitator", "gespreksbegeleider", "gespreksleider", "interviewer",
      "moderator",  "notulist",   "onderzoeker", "presentator",        "respondent",     "spreker",
      "voorzitter", "interviewster"};
  return roles.contains(utf8::ascii_lower(utf8::trim(label)));
}

bool word_char(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? true : c >= '0' && c <= '9';
  const auto type = u_charType(static_cast<UChar32>(c));
  return u_isalnum(static_cast<UChar32>(c)) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

// `s` with its first code point (or every code point) in upper case.
std::string upper(std::string_view s, bool all) {
  std::string out;
  bool first = true;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (all || first) c = static_cast<char32_t>(u_toupper(static_cast<UChar32>(c)));
    utf8::append(out, c);
    first = false;
  }
  return out;
}

// The ways a name appears in text: full name, first name, surname with and
// without its particles.
std::vector<std::string> name_forms(std::string_view name) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t space = name.find(' ', i);
    if (space != i) words.emplace_back(name.substr(i, space - i));
    if (space == std::string_view::npos) break;
    i = space + 1;
  }
  std::vector<std::string> out;
  if (words.empty()) return out;
  out.push_back(fmt::format("{}", fmt::join(words, " ")));
  if (words.size() > 1) {
    out.push_back(words.front());
    out.push_back(fmt::format("{}", fmt::join(words.begin() + 1, words.end(), " ")));
    std::size_t i = 0;
    const char32_t initial = utf8::next(words.back(), i);
    if (words.size() > 2 && u_isupper(static_cast<UChar32>(initial))) out.push_back(words.back());
  }
  // A one-letter label (A:, B:) would replace every capital A.
  std::erase_if(out, [](const std::string& f) { return utf8::count_code_points(f) < 2; });
  return out;
}

}  // namespace

void Pseudonymiser::observe(std::string_view doc, std::string_view speaker, std::string_view role) {
  speaker = utf8::trim(speaker);
  if (speaker.empty()) return;
  std::string key = fmt::format("{}\t{}", doc, speaker);
  if (index_.contains(key)) return;
  std::string r(utf8::trim(role));
  if (r.empty()) r = is_role_word(speaker) ? utf8::ascii_lower(speaker) : "deelnemer";
  const int n = ++counts_[utf8::ascii_lower(r)];
  index_.emplace(std::move(key), speakers_.size());
  speakers_.push_back({std::string(doc), std::string(speaker), r, fmt::format("{} {}", upper(r, false), n)});
  forms_.clear();
}

const std::string& Pseudonymiser::pseudonym(std::string_view doc, std::string_view speaker) {
  static const std::string none;
  speaker = utf8::trim(speaker);
  if (speaker.empty()) return none;
  observe(doc, speaker);
  return speakers_[index_.find(fmt::format("{}\t{}", doc, speaker))->second].pseudonym;
}

const Pseudonymiser::Forms& Pseudonymiser::forms(std::string_view doc) {
  if (auto it = forms_.find(doc); it != forms_.end()) return it->second;
  std::map<std::string, std::string> pseudonym_of;
  for (const auto& s : speakers_) {
    if ((!doc.empty() && s.doc != doc) || is_role_word(s.name) || utf8::ascii_lower(s.name) == utf8::ascii_lower(s.role))
      continue;
    for (const auto& form : name_forms(s.name))
      for (const auto& written : {form, upper(form, false), upper(form, true)}) {
        auto [it, fresh] = pseudonym_of.emplace(written, s.pseudonym);
        if (!fresh && it->second != s.pseudonym) it->second = kAmbiguous;
      }
  }
  Forms f;
  for (auto& [text, pseudonym] : pseudonym_of) f.forms.push_back({text, pseudonym});
  std::stable_sort(f.forms.begin(), f.forms.end(), [](const Form& a, const Form& b) { return a.text.size() > b.text.size(); });
  f.by_first_byte.resize(256);
  for (std::size_t i = 0; i < f.forms.size(); ++i)
    f.by_first_byte[static_cast<unsigned char>(f.forms[i].text.front())].push_back(i);
  return forms_.emplace(std::string(doc), std::move(f)).first->second;
}

std::string Pseudonymiser::replace(std::string_view doc, std::string_view text, std::vector<ByteRange>* marks) {
  if (speakers_.empty()) return std::string(text);
  const Forms& own = forms(doc);
  const Forms& all = forms("");
  // The longest form that starts at `at` and ends before a non-word character.
  auto longest = [&](const Forms& f, std::size_t at) -> const Form* {
    for (std::size_t i : f.by_first_byte[static_cast<unsigned char>(text[at])]) {
      const Form& form = f.forms[i];
      if (text.compare(at, form.text.size(), form.text) != 0) continue;
      std::size_t end = at + form.text.size();
      if (end < text.size() && word_char(utf8::next(text, end))) continue;
      return &form;
    }
    return nullptr;
  };
  struct Replaced {
    std::size_t begin, end, new_begin, new_end;
  };
  std::vector<Replaced> replaced;
  std::string out;
  bool after_word = false;
  for (std::size_t i = 0; i < text.size();) {
    if (!after_word) {
      const Form* a = longest(own, i);
      const Form* b = longest(all, i);
      if (const Form* best = a && (!b || a->text.size() >= b->text.size()) ? a : b) {
        replaced.push_back({i, i + best->text.size(), out.size(), out.size() + best->pseudonym.size()});
        out += best->pseudonym;
        i += best->text.size();
        after_word = true;
        continue;
      }
    }
    const std::size_t start = i;
    after_word = word_char(utf8::next(text, i));
    out.append(text.substr(start, i - start));
  }
  if (marks) {
    auto moved = [&](std::size_t at, bool is_end) {
      std::ptrdiff_t shift = 0;
      for (const auto& r : replaced) {
        if (at <= r.begin) break;
        if (at < r.end) return is_end ? r.new_end : r.new_begin;
        shift += static_cast<std::ptrdiff_t>(r.new_end - r.new_begin) - static_cast<std::ptrdiff_t>(r.end - r.begin);
      }
      return static_cast<std::size_t>(static_cast<std::ptrdiff_t>(at) + shift);
    };
    for (auto& m : *marks) m = {moved(m.begin, false), moved(m.end, true)};
  }
  return out;
}

void Pseudonymiser::apply(report::Table& table) {
  auto column = [&](std::string_view name) {
    for (std::size_t i = 0; i < table.columns.size(); ++i)
      if (table.columns[i].name == name) return i;
    return table.columns.size();
  };
  const std::size_t doc = column("doc"), speaker = column("speaker");
  std::size_t role = table.columns.size();
  for (const auto& name : kRoleColumns) role = std::min(role, column(name));
  auto text_of = [](const report::Cell& c) -> std::string_view {
    const auto* s = std::get_if<std::string>(&c.value);
    return s ? std::string_view(*s) : std::string_view();
  };
  auto doc_of = [&](const std::vector<report::Cell>& row) { return doc < row.size() ? text_of(row[doc]) : ""; };
  if (speaker < table.columns.size())
    for (const auto& row : table.rows)
      observe(doc_of(row), text_of(row[speaker]), role < row.size() ? text_of(row[role]) : "");
  for (auto& row : table.rows) {
    const std::string d(doc_of(row));
    for (std::size_t c = 0; c < row.size(); ++c) {
      auto* s = std::get_if<std::string>(&row[c].value);
      if (!s || c == doc) continue;
      if (c == speaker) *s = pseudonym(d, *s);
      else *s = replace(d, *s, &row[c].marks);
    }
  }
}

void Pseudonymiser::apply(std::vector<report::Table>& tables) {
  for (auto& t : tables) apply(t);
}

report::Table Pseudonymiser::key() const {
  report::Table t;
  t.title = "Pseudonyms";
  t.columns = {{"doc"}, {"speaker"}, {"role"}, {"pseudonym"}};
  for (const auto& s : speakers_) t.rows.push_back({s.doc, s.name, s.role, s.pseudonym});
  return t;
}

}  // namespace draad::pseudonyms

#include "sentences.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace draad {

std::vector<Span> split_sentences(std::string_view text) {
  std::vector<Span> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale("nl"), status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return {{0, text.size()}};
  it->setText(ut, status);
  auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  std::size_t begin = 0;
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next()) {
    std::size_t b = begin, e = static_cast<std::size_t>(end);
    while (b < e && is_space(text[b])) ++b;
    while (e > b && is_space(text[e - 1])) --e;
    if (b < e) out.push_back({b, e});
    begin = static_cast<std::size_t>(end);
  }
  utext_close(ut);
  return out;
}

}  // namespace draad

#include "tokenise.h"

#include <memory>
#include <stdexcept>

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/rbbi.h>
#include <unicode/utext.h>

namespace draad {

const char* kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::word: return "word";
    case TokenKind::number: return "number";
    case TokenKind::punct: return "punct";
    case TokenKind::symbol: return "symbol";
    case TokenKind::abbrev: return "abbrev";
    case TokenKind::url: return "url";
    case TokenKind::email: return "email";
    case TokenKind::hashtag: return "hashtag";
    case TokenKind::mention: return "mention";
  }
  return "word";
}

struct Tokeniser::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  UText* text = nullptr;
  sb_stemmer* stemmer = nullptr;
  const icu::Normalizer2* nfc = nullptr;

  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    words.reset(icu::BreakIterator::createWordInstance(icu::Locale("nl"), status));
    nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU word break iterator unavailable");
    stemmer = sb_stemmer_new("dutch", "UTF_8");
    if (!stemmer) throw std::runtime_error("libstemmer has no Dutch stemmer");
  }
  ~Impl() {
    utext_close(text);
    sb_stemmer_delete(stemmer);
  }

  void normalise(std::string_view surface, std::string& norm) {
    norm.clear();
    UErrorCode status = U_ZERO_ERROR;
    std::string folded;
    icu::StringByteSink<std::string> fold_sink(&folded);
    icu::CaseMap::utf8Fold(0, icu::StringPiece(surface.data(), static_cast<int32_t>(surface.size())), fold_sink, nullptr, status);
    icu::StringByteSink<std::string> sink(&norm);
    nfc->normalizeUTF8(0, folded, sink, nullptr, status);
    if (U_FAILURE(status)) norm.assign(surface);
    for (std::size_t p; (p = norm.find("\u2019")) != std::string::npos;) norm.replace(p, 3, "'");
  }

  void stem(const std::string& norm, std::string& out) {
    const sb_symbol* s = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(norm.data()),
                                         static_cast<int>(norm.size()));
    if (!s) {
      out = norm;
      return;
    }
    out.assign(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
  }
};

Tokeniser::Tokeniser() : impl_(std::make_unique<Impl>()) {}
Tokeniser::~Tokeniser() = default;

void Tokeniser::tokenise(std::string_view text, std::vector<Token>& out) {
  std::size_t n = 0;
  UErrorCode status = U_ZERO_ERROR;
  impl_->text = utext_openUTF8(impl_->text, text.data(), static_cast<int64_t>(text.size()), &status);
  impl_->words->setText(impl_->text, status);
  if (U_FAILURE(status)) {
    out.clear();
    return;
  }
  int32_t begin = impl_->words->first();
  for (int32_t end = impl_->words->next(); end != icu::BreakIterator::DONE; begin = end, end = impl_->words->next()) {
    std::string_view piece = text.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin));
    int32_t rule = impl_->words->getRuleStatus();
    bool space = true;
    for (char c : piece)
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') space = false;
    if (space) continue;
    if (n == out.size()) out.emplace_back();
    Token& t = out[n++];
    t.begin = static_cast<std::size_t>(begin);
    t.end = static_cast<std::size_t>(end);
    t.kind = rule >= UBRK_WORD_LETTER ? TokenKind::word
             : rule >= UBRK_WORD_NUMBER ? TokenKind::number
                                        : TokenKind::punct;
    impl_->normalise(piece, t.norm);
    if (t.kind == TokenKind::word)
      impl_->stem(t.norm, t.stem);
    else
      t.stem = t.norm;
  }
  out.resize(n);
}

struct CompoundSplitter::Impl {};

CompoundSplitter::CompoundSplitter() : impl_(std::make_unique<Impl>()) {}
CompoundSplitter::~CompoundSplitter() = default;

CompoundSplit CompoundSplitter::split(std::string_view norm) const { return {{std::string(norm)}, {}}; }

}  // namespace draad

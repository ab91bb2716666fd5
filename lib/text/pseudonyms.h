// Pseudonyms for speakers (--pseudonymise): municipalities may not publish
// the names of the people they consulted (AVG).
//
// Every speaker of a stream is a (doc, speaker) pair and gets a pseudonym
// made of its role and a number counted per role over the whole stream, in
// order of first appearance: `Deelnemer 3`, `Gespreksleider 1`. The role is
// the speaker's `rol` (or `role`) attribute; without one, a speaker labelled
// with a role word (Gespreksleider, Interviewer, Moderator, Notulist, ...)
// has that role, everyone else is a `Deelnemer`. The same input therefore
// gives the same pseudonyms in every command. A segment without a speaker
// keeps an empty speaker.
//
// In text, the names of the speakers are replaced by their pseudonyms: the
// full name, the first name and the surname (`Marieke van Dijk`, `Marieke`,
// `van Dijk`, `Dijk`), as whole words (not inside `Tomaat`), as written, with
// a capital first letter or in capitals (`Fatima`, `FATIMA`, `Van Dijk`, but
// not `bas` for `Bas`), possessives included (`Fatima's` → `Deelnemer 3's`).
// A name is looked up among the speakers of the text's own document first,
// then among all speakers; a name that two speakers share there becomes
// `[naam]`. Role words are not names and stay. Names of people who never
// speak cannot be known and stay.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "stream/report.h"

namespace draad::pseudonyms {

// The attribute columns that hold a speaker's role, in order of preference.
inline const std::vector<std::string> kRoleColumns = {"rol", "role"};

class Pseudonymiser {
 public:
  // Registers the speaker of a segment (in stream order); `role` may be empty.
  void observe(std::string_view doc, std::string_view speaker, std::string_view role = {});

  // The pseudonym of a speaker, observing it first if it is new; "" for "".
  const std::string& pseudonym(std::string_view doc, std::string_view speaker);

  // `text` of document `doc` with the names of the speakers observed so far
  // replaced; `marks` (byte ranges of `text`) are moved along.
  std::string replace(std::string_view doc, std::string_view text, std::vector<ByteRange>* marks = nullptr);

  // Pseudonymises a table: the cells of a `speaker` column become
  // pseudonyms (of the row's `doc`), names are replaced in every other text
  // cell but `doc`. Speakers new to the pseudonymiser are observed first, in
  // row order.
  void apply(report::Table& table);
  void apply(std::vector<report::Table>& tables);

  // The key: doc speaker role pseudonym, one row per speaker in order of
  // first appearance.
  report::Table key() const;

 private:
  struct Speaker {
    std::string doc, name, role, pseudonym;
  };
  struct Form {
    std::string text;       // as it may appear in a text
    std::string pseudonym;  // or "[naam]" when two speakers share it
  };
  // Every way of writing the names of some speakers, longest first, with the
  // forms starting with each byte.
  struct Forms {
    std::vector<Form> forms;
    std::vector<std::vector<std::size_t>> by_first_byte;
  };
  // The forms of the speakers of `doc`, or of all speakers for "".
  const Forms& forms(std::string_view doc);

  std::vector<Speaker> speakers_;
  std::map<std::string, std::size_t, std::less<>> index_;  // "doc\tspeaker" -> speakers_
  std::map<std::string, int, std::less<>> counts_;         // role (lower case) -> pseudonyms given
  std::map<std::string, Forms, std::less<>> forms_;        // built when needed; cleared by observe
};

}  // namespace draad::pseudonyms

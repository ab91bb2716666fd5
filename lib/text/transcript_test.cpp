#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/transcript.h"

using draad::find_paragraphs;
using draad::Paragraph;

namespace {

// "speaker|text" per paragraph.
std::vector<std::string> turns(std::string_view text, const std::unordered_set<std::string>& speakers = {}) {
  std::vector<std::string> out;
  for (const Paragraph& p : find_paragraphs(text, false, speakers))
    out.push_back(p.speaker() + "|" + std::string(text.substr(p.begin, p.end - p.begin)));
  return out;
}

}  // namespace

TEST_CASE("transcript: a participant who speaks once after the interviewer is a turn of its own") {
  CHECK(turns("Interviewer: Hoe is het in de buurt?\nAnna: Goed.\nInterviewer: En bij u?\nBram: Matig.\n") ==
        std::vector<std::string>{"Interviewer|Hoe is het in de buurt?", "Anna|Goed.", "Interviewer|En bij u?",
                                 "Bram|Matig."});
  // Without any label that counts there is no pattern: a single name stays text.
  CHECK(turns("Het verslag.\n\nAnna: goed.\n") == std::vector<std::string>{"|Het verslag.", "|Anna: goed."});
  // A name listed in --speakers is a label wherever it opens a line.
  CHECK(turns("Het verslag.\n\nAnna: goed.\n", {"anna"}) ==
        std::vector<std::string>{"|Het verslag.", "Anna|goed."});
}

TEST_CASE("transcript: many one-time speakers, each with several paragraphs, false labels stay text") {
  const std::vector<std::string> names = {"Anna",  "Bram",   "Carla",   "Dirk",  "Esra",  "Fleur", "Gert",
                                          "Hanna", "Ilias",  "Joke",    "Kees",  "Lotte", "Mehmet", "Nora",
                                          "Oscar", "Petra",  "Quinten", "Rosa",  "Sven",  "Tamara", "Umut",
                                          "Vera",  "Willem", "Yara",    "Zeynep"};
  const std::vector<std::string> false_labels = {"Conclusie", "Vraag", "Hoofdvraag", "Let op", "Noot", "Kortom"};
  std::string text;
  std::vector<std::string> expected;
  for (std::size_t i = 0; i < names.size(); ++i) {
    text += "Gespreksleider: Wat vindt u, " + names[i] + "?\n\n";
    expected.push_back("Gespreksleider|Wat vindt u, " + names[i] + "?");
    text += names[i] + ": Ik woon hier sinds " + std::to_string(1990 + i) + ".\n\n";
    expected.push_back(names[i] + "|Ik woon hier sinds " + std::to_string(1990 + i) + ".");
    const std::string false_label = false_labels[i % false_labels.size()] + ": dat is mijn punt.";
    text += "Ik ken weinig mensen.\n\n" + false_label + "\n\n";
    expected.push_back(names[i] + "|Ik ken weinig mensen.");
    expected.push_back(names[i] + "|" + false_label);
  }
  CHECK(turns(text) == expected);
}

TEST_CASE("transcript: a document has content when some paragraph has text, wherever it is") {
  auto has_content = [](std::string_view text, bool headings = false) {
    return draad::ParagraphFinder(text, headings, {}).has_content();
  };
  CHECK_FALSE(has_content(""));
  CHECK_FALSE(has_content("\n \n\t\n"));
  // A label that counts with nothing after it is an empty paragraph ...
  CHECK_FALSE(has_content("Interviewer:\n\nInterviewer:\n"));
  // ... unless a line under it goes on.
  CHECK(has_content("Interviewer:\nHoe gaat het?\n"));
  // Headings are no paragraphs; without `headings` a # line is text.
  CHECK_FALSE(has_content("# Verslag\n\n## Vragen\n", true));
  CHECK(has_content("# Verslag\n", false));
  // A heading word is never a name: its line is text.
  CHECK(has_content("Conclusie:\n"));
  std::string late;
  for (int i = 0; i < 1000; ++i) late += "Interviewer:\n\n";
  CHECK_FALSE(has_content(late));
  CHECK(has_content(late + "Anna: ja.\n"));
}

#include "text/document_text.h"

#include <doctest/doctest.h>

using draad::DocumentKind;
using draad::join_paragraphs;
using draad::list_number;
using draad::sniff_document;

TEST_CASE("documents are known by their first bytes, whatever their name") {
  CHECK(sniff_document("%PDF-1.7\n", "verslag.txt") == DocumentKind::pdf);
  CHECK(sniff_document(std::string("PK\x03\x04", 4) + "....", "verslag.docx") == DocumentKind::docx);
  CHECK(sniff_document(std::string("PK\x03\x04", 4) + "....", "verslag.ODT") == DocumentKind::odt);
  CHECK(sniff_document(std::string("PK\x03\x04", 4) + "mimetypeapplication/vnd.oasis.opendocument.text",
                       "verslag.zip") == DocumentKind::odt);
  CHECK(sniff_document("Interviewer: %PDF-1.4 is een versie.", "verslag.txt") == std::nullopt);
  // Named as one, it is read as one, and refused when it is not.
  CHECK(sniff_document("Gewone tekst.", "verslag.pdf") == DocumentKind::pdf);
  CHECK(sniff_document("", "leeg.docx") == DocumentKind::docx);
}

TEST_CASE("the Teams layout counts only where speaker lines carry the document") {
  // An agenda with times is not a transcript: its lines are not followed by words.
  const std::vector<std::string> agenda = {"Agenda", "Opening 19:30", "Pauze 20:45", "Sluiting 21:30"};
  CHECK(join_paragraphs(agenda) == "Agenda\n\nOpening 19:30\n\nPauze 20:45\n\nSluiting 21:30\n");
  // One speaker line in a long report is not the layout either.
  const std::vector<std::string> report = {"Anna Bos 0:12", "Tekst", "Meer tekst", "Nog meer", "Slot"};
  CHECK(join_paragraphs(report) == "Anna Bos 0:12\n\nTekst\n\nMeer tekst\n\nNog meer\n\nSlot\n");
  // A name the transcript parser would not take for a label keeps its line.
  const std::vector<std::string> teams = {"Anna Bos   0:12", "Hallo.", "bram   0:20", "Dag.", "Anna Bos   0:31",
                                          "", "Goed."};
  CHECK(join_paragraphs(teams) == "[0:12] Anna Bos: Hallo.\n\nbram   0:20\n\nDag.\n\n[0:31] Anna Bos: Goed.\n");
}

TEST_CASE("list item numbers as Word and LibreOffice write them") {
  CHECK(list_number(3, '1') == "3");
  CHECK(list_number(2, 'a') == "b");
  CHECK(list_number(28, 'A') == "BB");
  CHECK(list_number(14, 'i') == "xiv");
  CHECK(list_number(1994, 'I') == "MCMXCIV");
  CHECK(list_number(0, '1') == "1");
  CHECK(list_number(2'000'000'000, 'a').size() == 3847);
}

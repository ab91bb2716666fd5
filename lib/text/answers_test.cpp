#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support.h"
#include "text/answers.h"

using draad::AnswerColumns;
using draad::AnswerTable;
using draad::DataError;
using draad::Response;
using draad::test::data_path;
using Fields = std::vector<std::string>;

namespace {

std::vector<Response> all(AnswerTable& table) {
  std::vector<Response> out;
  for (Response r; table.next(r);) out.push_back(r);
  return out;
}

std::string error_of(const std::string& bytes, const std::string& name, const AnswerColumns& columns) {
  try {
    AnswerTable table(std::string_view(bytes), name, columns);
    all(table);
  } catch (const DataError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("answers: a Dutch Excel CSV (BOM, semicolon, CRLF, quoted line breaks, decimal comma, empty answers)") {
  AnswerTable table(data_path("tables/formulier.csv"),
                    {{"Wat waardeert u in uw buurt?", "Wat mist u in uw buurt?"}, "Respondent"});
  CHECK(table.attribute_columns() == Fields{"Ingevuld op", "Wijk", "Leeftijd", "Rapportcijfer"});
  CHECK(table.rows_above_header() == 0);
  auto rows = all(table);
  REQUIRE(rows.size() == 5);
  CHECK(rows[0].respondent == "R001");
  CHECK(rows[0].attributes == Fields{"12-03-2026 19:04", "Kattenbroek", "35-49", "7,5"});
  CHECK(rows[1].line == 3);
  CHECK(rows[1].answers == Fields{"Mijn buren. Als ik boodschappen nodig heb, staan ze klaar.\n"
                                  "Dat had ik niet verwacht toen ik hier kwam wonen.",
                                  "Een bankje bij de bushalte"});
  CHECK(rows[2].line == 5);
  CHECK(rows[2].answers == Fields{"", "Meer \"gewone\" activiteiten; niet alleen voor gezinnen"});
  CHECK(rows[3].answers == Fields{"Niks eigenlijk", ""});
  CHECK(rows[4].attributes[3] == "7");
}

TEST_CASE("answers: a Mentimeter-style workbook: the title block above the header is skipped") {
  AnswerTable table(data_path("tables/mentimeter.xlsx"),
                    {{"Wat heeft u nodig om uw buren beter te leren kennen?"}, "Deelnemer"});
  CHECK(table.rows_above_header() == 2);
  CHECK(table.attribute_columns() == Fields{"Tijdstip", "Aantal jaren in de wijk", "Welk woord past bij uw wijk?"});
  auto rows = all(table);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].line == 5);
  CHECK(rows[0].answers == Fields{"Een reden om aan te bellen.\nIk wil niet opdringerig zijn."});
  CHECK(rows[1].attributes == Fields{"21:06", "2,5", ""});
  CHECK(rows[2].answers == Fields{""});
  CHECK(rows[3].respondent == "Deelnemer 4");
  CHECK(rows[3].answers == Fields{"Taal. Mijn Nederlands is nog niet goed & ik schaam me."});
}

TEST_CASE("answers: a missing column names the columns there are and the nearest") {
  CHECK(error_of("id,antwoord,wijk\n1,ja,Oost\n", "a.csv", {{"Antwoord"}, ""}) ==
        "a.csv:1: missing required column 'Antwoord' (did you mean 'antwoord'?) (the header has: id, antwoord, wijk)");
  CHECK(error_of("id,antwoord\n1,ja\n", "a.csv", {{"antwoord"}, "nummer"}) ==
        "a.csv:1: missing required column 'nummer' (the header has: id, antwoord)");
}

TEST_CASE("answers: an unbalanced quote is located at the quote that opens") {
  CHECK(error_of("id;antwoord\n1;ja\n2;\"nee, want\n3;misschien\n", "a.csv", {{"antwoord"}, ""}) ==
        "a.csv:3:3: unterminated quote: no closing '\"' before the end of the file");
}

TEST_CASE("answers: answers are normalised and trimmed, a file longer than the reader's chunks streams") {
  // Rows with quoted line breaks across the 1 MiB chunks of the reader.
  std::string csv = "nr,antwoord\n";
  const int rows = 30000;
  for (int i = 1; i <= rows; ++i)
    csv += std::to_string(i) + ",\"  regel een van " + std::to_string(i) + "\r\nregel twee\u00A0en\u00AD meer ...  \"\n";
  std::string path = draad::test::temp_dir() + "/groot.csv";
  draad::test::write_file(path, csv);
  AnswerTable table(path, {{"antwoord"}, "nr"});
  int n = 0;
  for (Response r; table.next(r);) {
    ++n;
    INFO("row ", n);
    REQUIRE(r.respondent == std::to_string(n));
    REQUIRE(r.line == 2 * n);
    REQUIRE(r.answers[0] == "regel een van " + std::to_string(n) + "\nregel twee en meer ...");
  }
  CHECK(n == rows);
}

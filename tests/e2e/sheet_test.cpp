#include <doctest/doctest.h>

#include "support.h"
#include "stream/xlsx_reader.h"

using draad::test::read_file;
using draad::test::run_draad;
using draad::test::temp_dir;
using draad::test::write_file;

namespace {
const std::string A = "tests/data/agree/";
}

TEST_CASE("sheet: TSV and CSV from a segment stream, one column per code") {
  auto tsv = run_draad({"sheet", "-c", A + "codebook.yaml", A + "segments.tsv"});
  CHECK(tsv.status == 0);
  CHECK(tsv.out.substr(0, tsv.out.find('\n', tsv.out.find('\n') + 1) + 1) ==
        "doc\tseg\tspeaker\ttext\tcodes\tontmoeting/plek\tontmoeting/activiteit\tvertrouwen/vertrouwen\tvertrouwen/geven\n"
        "sessie-zwolle\t1\tGespreksleider\tWelkom allemaal. Waar komen jullie elkaar tegen in de wijk?\t\t\t\t\t\n");
  // A coding stream repeats a segment once per code; the sheet has it once.
  auto from_codings = run_draad({"sheet", "-c", A + "codebook.yaml", A + "code.tsv"});
  CHECK(from_codings.out == tsv.out);
  auto csv = run_draad({"sheet", "-c", A + "codebook.yaml", "--format", "csv", "-"}, read_file(draad::test::data_path("agree/segments.tsv")));
  CHECK(csv.status == 0);
  CHECK(csv.out.find("sessie-utrecht,3,Anouk,\"De moestuin achter de school brengt iedereen samen; we helpen elkaar met "
                     "water geven.\",,,,,\r\n") != std::string::npos);
}

TEST_CASE("sheet: XLSX needs a file and reads back as written") {
  auto tty = run_draad({"sheet", "-c", A + "codebook.yaml", "--format", "xlsx", A + "segments.tsv"});
  CHECK(tty.status == 2);
  CHECK(tty.err.find("an XLSX sheet needs a file: give -o codeerblad.xlsx") != std::string::npos);
  const std::string path = temp_dir() + "/codeerblad.xlsx";
  auto r = run_draad({"sheet", "-c", A + "codebook.yaml", "-o", path, A + "segments.tsv"});
  CHECK(r.status == 0);
  auto sheet = draad::xlsx::read_first_sheet(path);
  CHECK(sheet.name == "codeerblad");
  REQUIRE(sheet.rows.size() == 11);
  CHECK(sheet.rows[0].cells[5] == "ontmoeting/plek");
  CHECK(sheet.rows[10].cells == std::vector<std::string>{"sessie-utrecht", "4", "Youssef", "Soms weet ik niet wie mijn buren zijn."});
  CHECK(sheet.merged.empty());
  // The workbook carries the validation, the frozen panes and the codebook sheet.
  auto bytes = read_file(path);
  CHECK(bytes.starts_with("PK"));
}

TEST_CASE("sheet: write, fill as CSV, agree with another analyst") {
  const std::string dir = temp_dir();
  auto csv = run_draad({"sheet", "-c", A + "codebook.yaml", "--format", "csv", A + "segments.tsv"}).out;
  // Fills the empty codes and code cells at the end of a segment's line.
  auto fill = [&](const std::string& unit, const std::string& cells) {
    const auto line = csv.find("\n" + unit + ",");
    REQUIRE(line != std::string::npos);
    const auto end = csv.find(",,,,,\r\n", line);
    REQUIRE(end != std::string::npos);
    csv.replace(end, 5, "," + cells);
  };
  // Dirk agrees with anna everywhere except that he also sees a plek in sessie-zwolle:5.
  fill("sessie-zwolle,2", ",x,,,");
  fill("sessie-zwolle,3", ",,,x,");
  fill("sessie-zwolle,4", ",,,,x");
  fill("sessie-zwolle,5", "ontmoeting/activiteit,x,,,");
  fill("sessie-utrecht,1", ",x,,,");
  fill("sessie-utrecht,2", ",,,x,");
  fill("sessie-utrecht,3", ",,x,,x");
  write_file(dir + "/dirk.csv", csv);
  auto r = run_draad({"agree", "-c", A + "codebook.yaml", "--diff", A + "anna.csv", dir + "/dirk.csv"});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "code\tdoc\tseg\tspeaker\texcerpt\twith\twithout\tanna\tdirk\n"
        "ontmoeting/plek\tsessie-zwolle\t5\tHenk\tHet buurtfeest in de zomer, daar leer je elkaar pas echt kennen.\t"
        "dirk\tanna\tontmoeting/activiteit\tontmoeting/activiteit; ontmoeting/plek\n");
}

TEST_CASE("sheet: bad input") {
  CHECK(run_draad({"sheet", A + "segments.tsv"}).status == 2);  // no codebook
  auto bad = run_draad({"sheet", "-c", A + "codebook.yaml", "-"}, "doc\tseg\ttext\nz\tdrie\thallo\n");
  CHECK(bad.status == 1);
  CHECK(bad.err == "draad sheet: <stdin>:2:3: seg must be a positive whole number, not 'drie'\n");
  auto no_text = run_draad({"sheet", "-c", A + "codebook.yaml", "-"}, "doc\tseg\nz\t1\n");
  CHECK(no_text.status == 1);
  CHECK(no_text.err.find("missing required column 'text'") != std::string::npos);
}

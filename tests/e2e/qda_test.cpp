#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "stream/zip_archive.h"
#include "support.h"

using draad::test::read_file;
using draad::test::run_draad;
using draad::test::shell;
using draad::test::write_file;

namespace {

const std::string Q = "tests/data/qda/";

// The REFI-QDA schemas: ../shared/refi-qda beside the source tree (CI has
// it), checked with xmllint (scripts/setup installs libxml2-utils). Either
// missing fails the test: a validation that cannot run must not pass.
std::string schema(const std::string& name) {
  const std::string path = std::string(DRAAD_SOURCE_DIR) + "/../shared/refi-qda/" + name;
  REQUIRE_MESSAGE(std::filesystem::exists(path), "the REFI-QDA schema is missing: " << path);
  REQUIRE_MESSAGE(shell("xmllint --version").status == 0,
                  "xmllint is missing: run scripts/setup (Debian package libxml2-utils)");
  return path;
}

// xmllint's verdict on `file` against `xsd`.
std::string validate(const std::string& file, const std::string& xsd) {
  auto r = shell("xmllint --noout --schema '" + schema(xsd) + "' '" + file + "' 2>&1");
  return r.out;
}

std::string part(const std::string& archive, const std::string& entry) {
  draad::ZipReader zip(archive, "a zip");
  auto bytes = zip.part(entry, 1 << 24);
  REQUIRE_MESSAGE(bytes, entry << " is not in " << archive);
  return *bytes;
}

// Segments, draad's coding and two analysts' sheets of the fixture, exported.
std::string export_fixture(const std::string& dir, const std::vector<std::string>& extra = {}) {
  auto code = shell("draad code -c " + Q + "codeboek.yaml -u turn " + Q + "documenten > " + dir + "/code.tsv");
  REQUIRE_MESSAGE(code.status == 0, code.err);
  std::vector<std::string> args = {"export", "-c", Q + "codeboek.yaml", "--documents", Q + "documenten", "-u", "turn",
                                   dir + "/code.tsv", Q + "anna.tsv", Q + "bram.tsv", "-o", dir + "/buurt.qdpx"};
  args.insert(args.end(), extra.begin(), extra.end());
  auto r = run_draad(args);
  REQUIRE_MESSAGE(r.status == 0, r.err);
  return dir + "/buurt.qdpx";
}

}  // namespace

TEST_CASE("export: a project valid against Project.xsd, byte-identical when repeated") {
  const std::string dir = draad::test::temp_dir();
  const std::string qdpx = export_fixture(dir);
  write_file(dir + "/project.qde", part(qdpx, "project.qde"));
  CHECK(validate(dir + "/project.qde", "Project.xsd") == dir + "/project.qde validates\n");
  const std::string first = read_file(qdpx);
  export_fixture(dir);
  CHECK(read_file(qdpx) == first);

  const std::string qde = part(qdpx, "project.qde");
  // Users: draad's coder and the two analysts, in the order of the files.
  CHECK(qde.find("<User guid=\"ec9e5d79-040d-834c-9cbf-56277410f72d\" name=\"anna\" />") != std::string::npos);
  CHECK(qde.find("name=\"bram\" />") != std::string::npos);
  // The codebook: a theme is not codable, its codes are, nested three deep.
  CHECK(qde.find("<Code guid=\"fc9394f9-5ef4-862a-b350-fd5efa0b7261\" name=\"Ruimte voor ontmoeting\" "
                 "isCodable=\"false\" color=\"#4e79a7\">\n"
                 "        <Description>Plekken en gelegenheden waar bewoners elkaar tegenkomen.\n"
                 "draad: ontmoeting</Description>") != std::string::npos);
  CHECK(qde.find("<Description>draad: ontmoeting/plek/bibliotheek/leesclub</Description>") != std::string::npos);
  // The CRLF interview: its source is the normalised text (LF), and anna's
  // selection of Sanne's second turn is exactly that turn (segment 4, 175-272).
  const std::string gouda = part(qdpx, "sources/3375205f-ff53-864f-a98c-8e34948e936b.txt");
  CHECK(gouda.find('\r') == std::string::npos);
  CHECK(gouda.substr(gouda.find("Die zie ik"), 15) == "Die zie ik alle");
  CHECK(qde.find("<TextSource guid=\"3375205f-ff53-864f-a98c-8e34948e936b\" name=\"interview-gouda.txt\" "
                 "plainTextPath=\"internal://3375205f-ff53-864f-a98c-8e34948e936b.txt\">") != std::string::npos);
  CHECK(qde.find("name=\"Die zie ik alleen in een brief. Ik vertrouw erop dat het goe…\" "
                 "startPosition=\"175\" endPosition=\"272\" creatingUser=\"ec9e5d79-040d-834c-9cbf-56277410f72d\">") !=
        std::string::npos);
  // Speakers are cases; the speaker column is no variable (it is the case).
  CHECK(qde.find("<Case guid=\"e517c379-c0a5-8017-9d5f-9518ca8299ee\" name=\"Sanne (interview-gouda)\">") !=
        std::string::npos);
  // Threads are sets of codes.
  CHECK(qde.find("<Set guid=") != std::string::npos);
  CHECK(qde.find("draad-thread: samen_leven min_codes=2 scope=document") != std::string::npos);
}

TEST_CASE("export: --mark hits selects each hit of draad's coding, the analysts' whole segments") {
  const std::string dir = draad::test::temp_dir();
  const std::string qde = part(export_fixture(dir, {"--mark", "hits"}), "project.qde");
  write_file(dir + "/project.qde", qde);
  CHECK(validate(dir + "/project.qde", "Project.xsd") == dir + "/project.qde validates\n");
  // sessie-delft 2: bakker@105-111, schoolplein@122-133, buurthuis@139-148 (two codes).
  CHECK(qde.find("name=\"bakker\" startPosition=\"105\" endPosition=\"111\"") != std::string::npos);
  auto buurthuis = qde.find("name=\"buurthuis\" startPosition=\"139\" endPosition=\"148\"");
  REQUIRE(buurthuis != std::string::npos);
  auto end = qde.find("</PlainTextSelection>", buurthuis);
  std::string selection = qde.substr(buurthuis, end - buurthuis);
  CHECK(selection.find("d8506f41-f05c-89f2-bb6d-80092b7d4bb4") != std::string::npos);  // ontmoeting/plek
  CHECK(selection.find("e7bbe5d6-1bfd-8665-883f-185726610784") != std::string::npos);  // vertrouwen/buren
  CHECK(qde.find("startPosition=\"76\" endPosition=\"171\"") != std::string::npos);    // anna's whole turn
}

TEST_CASE("export: codings made on other segments are refused") {
  const std::string dir = draad::test::temp_dir();
  auto r = run_draad({"export", "-c", Q + "codeboek.yaml", "--documents", Q + "documenten", "-u", "document",
                      Q + "anna.tsv", "-o", dir + "/p.qdpx"});
  CHECK(r.status == 1);
  CHECK(r.err == "draad export: tests/data/qda/anna.tsv: segment interview-gouda:2 is not among the documents' "
                 "segments: segment them with the same options (--unit, --reflow, ...) as the codings\n");
  CHECK_FALSE(std::filesystem::exists(dir + "/p.qdpx"));
}

TEST_CASE("codebook: show --format qdc is valid against Codebook.xsd and converts back") {
  const std::string dir = draad::test::temp_dir();
  auto r = run_draad({"codebook", "show", Q + "codeboek.yaml", "--format", "qdc", "-o", dir + "/buurt.qdc"});
  REQUIRE(r.status == 0);
  CHECK(validate(dir + "/buurt.qdc", "Codebook.xsd") == dir + "/buurt.qdc validates\n");
  auto back = run_draad({"codebook", "convert", dir + "/buurt.qdc"});
  CHECK(back.status == 0);
  CHECK(back.err == "draad codebook: " + dir + "/buurt.qdc: a REFI-QDA codebook holds no patterns (terms, globs, "
                    "phrases, ...): add them before 'draad code' can apply it\n");
  write_file(dir + "/terug.yaml", back.out);
  // Everything but the patterns: the same table.
  auto shown = [](const std::string& path) {
    return shell("draad codebook show " + path + " --format tsv | tail -n +2 | cut -f1-7").out;
  };
  CHECK(shown(dir + "/terug.yaml") == shown(Q + "codeboek.yaml"));
  // A project's codebook converts too.
  const std::string qdpx = export_fixture(dir);
  auto from_project = run_draad({"codebook", "convert", qdpx}).out;
  CHECK(from_project.substr(from_project.find('\n')) == back.out.substr(back.out.find('\n')));
}

TEST_CASE("import: the exported project comes back with the same codings per user") {
  const std::string dir = draad::test::temp_dir();
  const std::string qdpx = export_fixture(dir);
  auto r = run_draad({"import", qdpx, "-u", "turn"});
  REQUIRE_MESSAGE(r.status == 0, r.err);
  write_file(dir + "/imported.tsv", r.out);
  // draad's own coding: the same rows (doc seg code theme coder).
  CHECK(shell("draad import " + qdpx + " -u turn --user buurt@1#9940f828 | cut -f1-5").out ==
        shell("cut -f1-5 " + dir + "/code.tsv").out);
  // The analysts: the same disagreements as between their sheets.
  auto from_sheets = run_draad({"agree", "--diff", Q + "anna.tsv", Q + "bram.tsv"});
  auto from_project = shell("draad import " + qdpx + " -u turn | grep -v buurt@ | draad agree --diff -");
  CHECK(from_sheets.status == 0);
  CHECK(shell("draad import " + qdpx + " -u turn | grep -v buurt@ | draad agree --diff - | cut -f1-3,6-").out ==
        shell("draad agree --diff " + Q + "anna.tsv " + Q + "bram.tsv | cut -f1-3,6-").out);
  CHECK(from_project.out ==
        "code\tdoc\tseg\tspeaker\texcerpt\twith\twithout\tanna\tbram\n"
        "ontmoeting/plek/bibliotheek\tsessie-leiden\t3\tJoke\tIn de bibliotheek hebben we nu een leesclub. Daar zie "
        "ik mensen die ik anders nooit spreek.\tbram\tanna\tontmoeting/plek/bibliotheek/leesclub\tontmoeting/plek/bibliotheek\n"
        "ontmoeting/plek/bibliotheek/leesclub\tsessie-leiden\t3\tJoke\tIn de bibliotheek hebben we nu een leesclub. "
        "Daar zie ik mensen die ik anders nooit spreek.\tanna\tbram\tontmoeting/plek/bibliotheek/leesclub\tontmoeting/plek/bibliotheek\n"
        "vertrouwen/buren\tsessie-delft\t2\tFenna\tEerlijk gezegd vooral bij de bakker en op het schoolplein. Het "
        "buurthuis is al twee jaar dicht.\tanna\tbram\tontmoeting/plek; vertrouwen/buren\tontmoeting/plek\n"
        "vertrouwen/overheid\tinterview-gouda\t3\tInterviewer\tEn de gemeente?\tbram\tanna\t(none)\tvertrouwen/overheid\n"
        "vertrouwen/overheid\tsessie-leiden\t2\tKarim\tZe vragen wel wat we vinden, maar daarna horen we niets meer. "
        "Dat voelt niet als meedoen.\tanna\tbram\tvertrouwen/overheid\t(none)\n");
}

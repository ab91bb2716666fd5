#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "stream/zip_archive.h"
#include "stream/zip_writer.h"
#include "base/input.h"
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
  draad::zip::Archive zip(archive, draad::read_all(archive, draad::zip::kMaxArchiveBytes, "a zip"), "a zip");
  auto bytes = zip.read(entry);
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
  // sessie-delft 2: bakker@105-111, schoolplein@122-133, buurthuis@139-148 (a place to meet; no
  // form of buur, the neighbour, whose code it had as well while buurt was read as one).
  CHECK(qde.find("name=\"bakker\" startPosition=\"105\" endPosition=\"111\"") != std::string::npos);
  auto buurthuis = qde.find("name=\"buurthuis\" startPosition=\"139\" endPosition=\"148\"");
  REQUIRE(buurthuis != std::string::npos);
  auto end = qde.find("</PlainTextSelection>", buurthuis);
  std::string selection = qde.substr(buurthuis, end - buurthuis);
  CHECK(selection.find("d8506f41-f05c-89f2-bb6d-80092b7d4bb4") != std::string::npos);  // ontmoeting/plek
  CHECK(selection.find("e7bbe5d6-1bfd-8665-883f-185726610784") == std::string::npos);  // vertrouwen/buren
  CHECK(qde.find("startPosition=\"76\" endPosition=\"171\"") != std::string::npos);    // anna's whole turn
}

TEST_CASE("export: codings made on other segments are refused") {
  const std::string dir = draad::test::temp_dir();
  auto r = run_draad({"export", "-c", Q + "codeboek.yaml", "--documents", Q + "documenten", "-u", "document",
                      Q + "anna.tsv", "-o", dir + "/p.qdpx"});
  CHECK(r.status == 1);
  CHECK(r.err == "draad export: 3 documents read, 0 skipped\n"
                 "draad export: tests/data/qda/anna.tsv: segment interview-gouda:2 is not among the documents' "
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

namespace {

// A .qdpx made of the files of a fixture directory: project.qde and
// sources/, each stored under the name given.
std::string zip_fixture(const std::string& dir, const std::vector<std::pair<std::string, std::string>>& parts) {
  const std::string path = dir + "/project.qdpx";
  draad::zip::Writer zip(path);
  for (const auto& [entry, content] : parts) zip.add(entry, content);
  zip.close();
  return path;
}

std::vector<std::pair<std::string, std::string>> atlas_parts(const std::string& qde) {
  const std::string s = draad::test::data_path("qda/atlas/sources/");
  return {{"project.qde", qde},
          {"sources/0a1b2c3d-0000-4000-8000-000000000001.txt", read_file(s + "0a1b2c3d-0000-4000-8000-000000000001.txt")},
          {"sources/verslag.txt", read_file(s + "verslag.txt")}};
}

}  // namespace

// A project in the shape other programs write: a source with a BOM and CRLF
// (positions count the CR), one inline, one by a relative path; a user on the
// selection or on the coding; codes three deep; a source that is no text.
TEST_CASE("import: another program's project") {
  const std::string dir = draad::test::temp_dir();
  const std::string qdpx = zip_fixture(dir, atlas_parts(read_file(draad::test::data_path("qda/atlas/project.qde"))));
  auto r = run_draad({"import", qdpx});
  CHECK(r.status == 0);
  CHECK(r.err == "draad import: " + qdpx + "/project.qde:63:5: left out PDFSource 'Flyer.pdf': draad reads text "
                 "sources only\n"
                 "draad import: " + qdpx + ": user 'Beheerder' made no codings; left out\n");
  CHECK(shell("draad import " + qdpx + " | cut -f1-7,9-").out ==
        "doc\tseg\tcode\ttheme\tcoder\thits\tterms\tunit\tspeaker\tstart\tend\ttext\ttime\n"
        "Sessie Delft\t1\tontmoeting/plekken/buurthuis\tontmoeting\tAnna de Vries\t1\tbuurthuis@11-20\tparagraph\t\t0\t30\tFenna: Het buurthuis is dicht.\t\n"
        // 41-63 in the text with CRLF; the coding without a user is the project creator's.
        "Sessie Delft\t2\tvertrouwen/in_buren\tvertrouwen\tAnna de Vries\t1\tIk vertrouw mijn buren@39-61\tparagraph\t\t32\t66\tKarim: Ik vertrouw mijn buren wel.\t\n"
        // a prose document's first line, a question: its headline (text/heading.h), whoever coded it
        "interview\t1\t\t\tAnna de Vries\t0\t\theading\t\t0\t29\tWat betekent de buurt voor u?\t\n"
        "interview\t2\t\t\tAnna de Vries\t0\t\tparagraph\t\t31\t69\tIk ken iedereen, dat geeft vertrouwen.\t\n"
        "verslag\t1\t\t\tAnna de Vries\t0\t\tparagraph\t\t0\t21\tVerslag van de avond.\t\n"
        "verslag\t2\tontmoeting/plekken/bibliotheek\tontmoeting\tAnna de Vries\t1\tbibliotheek@26-37\tparagraph\t\t23\t73\tDe bibliotheek is de nieuwe huiskamer van de wijk.\t\n"
        "Sessie Delft\t1\t\t\tBram\t0\t\tparagraph\t\t0\t30\tFenna: Het buurthuis is dicht.\t\n"
        "Sessie Delft\t2\tvertrouwen/in_buren\tvertrouwen\tBram\t1\tIk vertrouw mijn buren@39-61\tparagraph\t\t32\t66\tKarim: Ik vertrouw mijn buren wel.\t\n"
        "interview\t1\tontmoeting/ontmoeting\tontmoeting\tBram\t1\tWat betekent de buurt voor u?@0-29\theading\t\t0\t29\tWat betekent de buurt voor u?\t\n"
        "interview\t2\tontmoeting/ontmoeting\tontmoeting\tBram\t1\tIk ken iedereen, dat geeft vertrouwen.@31-69\tparagraph\t\t31\t69\tIk ken iedereen, dat geeft vertrouwen.\t\n"
        "verslag\t1\t\t\tBram\t0\t\tparagraph\t\t0\t21\tVerslag van de avond.\t\n"
        "verslag\t2\t\t\tBram\t0\t\tparagraph\t\t23\t73\tDe bibliotheek is de nieuwe huiskamer van de wijk.\t\n");
  // --overlap all: Bram's selection of the interview covers both paragraphs
  // whole; Anna's word in a paragraph codes nothing.
  CHECK(shell("draad import " + qdpx + " --overlap all 2>/dev/null | cut -f1-5 | grep /").out ==
        "interview\t1\tontmoeting/ontmoeting\tontmoeting\tBram\n"
        "interview\t2\tontmoeting/ontmoeting\tontmoeting\tBram\n");
  CHECK(shell("draad import " + qdpx + " --user Bram 2>/dev/null | cut -f5 | sort -u").out == "Bram\ncoder\n");
  // The codebook: a codable theme is also a code of its own; a theme that
  // cannot be coded is a theme only.
  auto cb = run_draad({"codebook", "convert", qdpx});
  CHECK(cb.out.substr(cb.out.find('\n') + 1) ==
        "codebook: project\n"
        "version: 1\n"
        "language: nl\n"
        "themes:\n"
        "  ontmoeting:\n"
        "    label: Ontmoeting\n"
        "    description: Waar bewoners elkaar zien.\n"
        "    colour: \"#ff0000\"\n"
        "    codes:\n"
        "      ontmoeting:\n"
        "        label: Ontmoeting\n"
        "        definition: Waar bewoners elkaar zien.\n"
        "        colour: \"#ff0000\"\n"
        "      plekken:\n"
        "        label: Plekken\n"
        "        codes:\n"
        "          buurthuis:\n"
        "            label: Buurthuis\n"
        "          bibliotheek:\n"
        "            label: Bibliotheek\n"
        "  vertrouwen:\n"
        "    label: Vertrouwen\n"
        "    codes:\n"
        "      in_buren:\n"
        "        label: In buren\n");
  // Agreement between the project's users, straight from the import.
  auto agree = shell("draad import " + qdpx + " 2>/dev/null | draad agree - --bootstrap 0 | cut -f1-5");
  CHECK(agree.out ==
        "code\tunits\tAnna de Vries\tBram\tagree\n"
        "ontmoeting/ontmoeting\t6\t0\t2\t66.7\n"
        "ontmoeting/plekken/bibliotheek\t6\t1\t0\t83.3\n"
        "ontmoeting/plekken/buurthuis\t6\t1\t0\t83.3\n"
        "vertrouwen/in_buren\t6\t1\t1\t100.0\n"
        "overall\t24\t3\t3\t83.3\n");
}

TEST_CASE("import: a project without selections gives its segments, coded by nobody") {
  const std::string dir = draad::test::temp_dir();
  std::string qde = read_file(draad::test::data_path("qda/atlas/project.qde"));
  // Keep the sources, drop every selection.
  for (std::size_t at; (at = qde.find("<PlainTextSelection")) != std::string::npos;)
    qde.erase(at, qde.find("</PlainTextSelection>", at) + 21 - at);
  auto r = run_draad({"import", zip_fixture(dir, atlas_parts(qde))});
  CHECK(r.status == 0);
  CHECK(shell("draad import " + dir + "/project.qdpx 2>/dev/null | cut -f1-6").out ==
        "doc\tseg\tcode\ttheme\tcoder\thits\n"
        "Sessie Delft\t1\t\t\t\t0\n"
        "Sessie Delft\t2\t\t\t\t0\n"
        "interview\t1\t\t\t\t0\n"
        "interview\t2\t\t\t\t0\n"
        "verslag\t1\t\t\t\t0\n"
        "verslag\t2\t\t\t\t0\n");
}

TEST_CASE("import: bad projects are located errors") {
  const std::string dir = draad::test::temp_dir();
  const std::string atlas = read_file(draad::test::data_path("qda/atlas/project.qde"));
  auto error_of = [&](const std::vector<std::pair<std::string, std::string>>& parts) {
    auto r = run_draad({"import", zip_fixture(dir, parts)});
    CHECK(r.status == 1);
    CHECK(r.out == "");
    const std::string prefix = "draad import: " + dir + "/project.qdpx";
    return r.err.starts_with(prefix) ? r.err.substr(prefix.size()) : r.err;
  };
  auto edited = [&](const std::string& from, const std::string& to) {
    std::string qde = atlas;
    REQUIRE(qde.find(from) != std::string::npos);
    qde.replace(qde.find(from), from.size(), to);
    return atlas_parts(qde);
  };

  write_file(dir + "/geen-zip.qdpx", "Dit is een tekst, geen archief.\n");
  auto not_zip = run_draad({"import", dir + "/geen-zip.qdpx"});
  CHECK(not_zip.status == 1);
  CHECK(not_zip.err == "draad import: " + dir + "/geen-zip.qdpx: not a REFI-QDA project (.qdpx) (a zip archive that is truncated or damaged: Not a zip archive)\n");

  CHECK(error_of({{"sources/x.txt", "tekst"}}) == ": not a REFI-QDA project: the archive has no project.qde\n");
  CHECK(error_of({{"project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\">\n  <Users>\n</Project>\n"}}) ==
        "/project.qde:3:3: malformed XML: Start-end tags mismatch\n");
  CHECK(error_of({{"project.qde", "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>\n"}}) ==
        "/project.qde:2:1: not a REFI-QDA project: the root element is <CodeBook "
        "xmlns=\"urn:QDA-XML:codebook:1.0\">, not <Project xmlns=\"urn:QDA-XML:project:1.0\">\n");
  CHECK(error_of(edited("<CodeRef targetGUID=\"0a1b2c3d-0000-4000-8000-00000000c003\"/>",
                        "<CodeRef targetGUID=\"0a1b2c3d-0000-4000-8000-00000000cfff\"/>")) ==
        "/project.qde:32:11: CodeRef to 0a1b2c3d-0000-4000-8000-00000000cfff, which is no code of the project's "
        "codebook\n");
  CHECK(error_of(edited("startPosition=\"26\" endPosition=\"37\"", "startPosition=\"26\" endPosition=\"75\"")) ==
        "/project.qde:56:7: selection 26-75 lies outside its source 'verslag' of 74 characters\n");
  CHECK(error_of(edited("plainTextPath=\"verslag.txt\"", "plainTextPath=\"verslagen/mei.txt\"")) ==
        "/project.qde:55:5: source 'verslag' names verslagen/mei.txt, which is not in the archive\n");

  // A zip bomb: a part that says it inflates to 4 GB is refused unread.
  const std::string qdpx = zip_fixture(dir, atlas_parts(atlas));
  std::string bytes = read_file(qdpx);
  for (std::string sig : {std::string("PK\x03\x04", 4), std::string("PK\x01\x02", 4)}) {
    auto at = bytes.find(sig);  // the first entry (project.qde): local header, then central directory
    REQUIRE(at != std::string::npos);
    bytes.replace(at + (sig[2] == 3 ? 22 : 24), 4, "\xff\xff\xff\xfe");
  }
  write_file(qdpx, bytes);
  auto bomb = run_draad({"import", qdpx});
  CHECK(bomb.status == 1);
  CHECK(bomb.err == "draad import: " + qdpx + "/project.qde: expands to more than 256 MB: refused (a damaged file or a zip bomb)\n");
}

// The lead analyst adds one selection by hand in ATLAS.ti: agree --diff
// shows exactly that one difference against the exported coding.
TEST_CASE("import: a hand edit shows as exactly one difference") {
  const std::string dir = draad::test::temp_dir();
  const std::string qdpx = export_fixture(dir);
  std::string qde = part(qdpx, "project.qde");
  // bram codes sessie-delft 4 ("Dat je elkaar minder vertrouwt ...", 231-309)
  // also as ontmoeting/plek, with a selection inside the turn.
  const std::string bram = "535abba8-5882-87a9-b338-4ceec68044af", plek = "d8506f41-f05c-89f2-bb6d-80092b7d4bb4";
  const std::string anchor = "<PlainTextSelection";
  auto delft = qde.find("name=\"sessie-delft.txt\"");
  REQUIRE(delft != std::string::npos);
  qde.insert(qde.find(anchor, delft),
             "<PlainTextSelection guid=\"00000000-0000-4000-8000-000000000001\" startPosition=\"240\" "
             "endPosition=\"250\" creatingUser=\"" + bram + "\"><Coding guid=\"00000000-0000-4000-8000-000000000002\" "
             "creatingUser=\"" + bram + "\"><CodeRef targetGUID=\"" + plek + "\"/></Coding></PlainTextSelection>\n");
  draad::zip::Archive original(qdpx, read_file(qdpx), "a zip");
  std::vector<std::pair<std::string, std::string>> parts;
  for (const auto& name : original.entries()) parts.push_back({name, name == "project.qde" ? qde : *original.read(name)});
  const std::string edited = zip_fixture(dir, parts);
  write_file(dir + "/project.qde", qde);
  CHECK(validate(dir + "/project.qde", "Project.xsd") == dir + "/project.qde validates\n");

  shell("draad import -u turn --user bram " + qdpx + " | sed 's/\\tbram\\t/\\tvoor\\t/' > " + dir + "/voor.tsv");
  shell("draad import -u turn --user bram " + edited + " | sed 's/\\tbram\\t/\\tna\\t/' > " + dir + "/na.tsv");
  auto diff = run_draad({"agree", "--diff", dir + "/voor.tsv", dir + "/na.tsv"});
  CHECK(diff.status == 0);
  CHECK(diff.out ==
        "code\tdoc\tseg\tspeaker\texcerpt\twith\twithout\tvoor\tna\n"
        "ontmoeting/plek\tsessie-delft\t4\tFenna\tDat je elkaar minder vertrouwt. Je kent de nieuwe bewoners niet meer "
        "bij naam.\tna\tvoor\tvertrouwen/buren\tontmoeting/plek; vertrouwen/buren\n");
}

TEST_CASE("agree: reads a .qdpx project directly, its users as coders") {
  const std::string dir = draad::test::temp_dir();
  // The fixture exported with paragraphs (agree cuts a project into paragraphs).
  auto code = shell("draad code -c " + Q + "codeboek.yaml " + Q + "documenten > " + dir + "/code.tsv");
  REQUIRE(code.status == 0);
  auto exported = run_draad({"export", "-c", Q + "codeboek.yaml", "--documents", Q + "documenten", dir + "/code.tsv",
                             Q + "anna.tsv", Q + "bram.tsv", "-o", dir + "/buurt.qdpx"});
  REQUIRE_MESSAGE(exported.status == 0, exported.err);
  auto diff = run_draad({"agree", "--diff", dir + "/buurt.qdpx"});
  CHECK(diff.status == 0);
  CHECK(shell("draad agree --diff " + dir + "/buurt.qdpx | cut -f1-3,6,7").out ==
        "code\tdoc\tseg\twith\twithout\n"
        "ontmoeting/plek/bibliotheek\tsessie-leiden\t3\tbuurt@1#9940f828, bram\tanna\n"
        "ontmoeting/plek/bibliotheek/leesclub\tsessie-leiden\t3\tbuurt@1#9940f828, anna\tbram\n"
        "vertrouwen/buren\tinterview-gouda\t1\tbuurt@1#9940f828\tanna, bram\n"
        "vertrouwen/buren\tinterview-gouda\t4\tbuurt@1#9940f828\tanna, bram\n"
        "vertrouwen/buren\tsessie-delft\t1\tbuurt@1#9940f828\tanna, bram\n"
        "vertrouwen/buren\tsessie-delft\t2\tanna\tbuurt@1#9940f828, bram\n"
        "vertrouwen/overheid\tinterview-gouda\t3\tbuurt@1#9940f828, bram\tanna\n"
        "vertrouwen/overheid\tinterview-gouda\t4\tanna, bram\tbuurt@1#9940f828\n"
        "vertrouwen/overheid\tsessie-leiden\t1\tbuurt@1#9940f828\tanna, bram\n"
        "vertrouwen/overheid\tsessie-leiden\t2\tanna\tbuurt@1#9940f828, bram\n");
  // The codebook measured against anna, who coded in her own project.
  auto anna = run_draad({"export", "-c", Q + "codeboek.yaml", "--documents", Q + "documenten", Q + "anna.tsv", "-o",
                         dir + "/anna.qdpx"});
  REQUIRE(anna.status == 0);
  auto gold = shell("draad agree --gold " + dir + "/anna.qdpx " + dir + "/code.tsv | head -4");
  CHECK(gold.out ==
        "# buurt@1#9940f828 against anna per code (12 segments both saw)\n"
        "code\tgold\tcoded\ttp\tfp\tfn\tprecision\trecall\tf1\n"
        "ontmoeting/plek\t1\t1\t1\t0\t0\t1.000\t1.000\t1.000\n"
        "ontmoeting/plek/bibliotheek\t0\t1\t0\t1\t0\t0.000\tn/a\t0.000\n");
}

// Positions count the text as stored; normalising composes accents and drops
// soft hyphens, and the selection follows.
TEST_CASE("import: selections move with the normalisation of their source") {
  const std::string dir = draad::test::temp_dir();
  const std::string qde =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">\n"
      "<Users><User guid=\"00000000-0000-4000-8000-0000000000a1\" name=\"Anna\"/></Users>\n"
      "<CodeBook><Codes><Code guid=\"00000000-0000-4000-8000-0000000000c1\" name=\"Vertrouwen\" isCodable=\"true\"/>"
      "</Codes></CodeBook>\n"
      "<Sources><TextSource guid=\"00000000-0000-4000-8000-000000000001\" name=\"kort\">\n"
      "<PlainTextContent>Het cafe\xcc\x81 is ver\xc2\xadtrouwd terrein.</PlainTextContent>\n"
      "<PlainTextSelection guid=\"00000000-0000-4000-8000-0000000000f1\" startPosition=\"13\" endPosition=\"23\" "
      "creatingUser=\"00000000-0000-4000-8000-0000000000a1\">\n"
      "<Coding guid=\"00000000-0000-4000-8000-0000000000f2\"><CodeRef targetGUID=\"00000000-0000-4000-8000-0000000000c1\"/>"
      "</Coding></PlainTextSelection>\n"
      "</TextSource></Sources></Project>\n";
  auto r = run_draad({"import", zip_fixture(dir, {{"project.qde", qde}})});
  CHECK(r.status == 0);
  CHECK(r.err == "");
  CHECK(r.out ==
        "doc\tseg\tcode\ttheme\tcoder\thits\tterms\tnegated\tunit\tspeaker\tstart\tend\ttext\ttime\n"
        "kort\t1\tvertrouwen/vertrouwen\tvertrouwen\tAnna\t1\tvertrouwd@12-21\t\tparagraph\t\t0\t30\t"
        "Het caf\xc3\xa9 is vertrouwd terrein.\t\n");
}

// The samples (a WebVTT session, a PDF extract, Markdown with front matter)
// go out and come back as the same segments and the same codings.
TEST_CASE("export and import: the samples round trip") {
  const std::string dir = draad::test::temp_dir();
  auto r = shell("draad code samples/ > " + dir + "/codings.tsv && draad export --documents samples/ " + dir +
                 "/codings.tsv -o " + dir + "/s.qdpx 2>/dev/null && draad import " + dir + "/s.qdpx > " + dir +
                 "/back.tsv");
  REQUIRE(r.status == 0);
  auto segments = [&](const std::string& file) { return shell("cut -f1,2,11,12 " + file + " | uniq").out; };
  CHECK(segments(dir + "/back.tsv") == segments(dir + "/codings.tsv"));
  CHECK(shell("wc -l < " + dir + "/back.tsv").out != "1\n");
  // The codings: the same, but for a segment whose only code had all its
  // hits negated (a 0-hit row, which codes nothing): it comes back uncoded.
  CHECK(shell("awk -F'\\t' '$6 > 0' " + dir + "/codings.tsv | cut -f1-5").out ==
        shell("awk -F'\\t' '$6 > 0' " + dir + "/back.tsv | cut -f1-5").out);
}

TEST_CASE("import: an empty source is left out, a binary one named in the error") {
  const std::string dir = draad::test::temp_dir();
  const std::string project =
           "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">\n"
           "<Sources><TextSource guid=\"00000000-0000-4000-8000-000000000001\" name=\"leeg.txt\"><PlainTextContent/>"
           "</TextSource>\n"
           "<TextSource guid=\"00000000-0000-4000-8000-000000000002\" name=\"opname.vtt\" "
           "plainTextPath=\"internal://2.txt\"/>\n"
           "</Sources></Project>\n";
  auto ok = run_draad({"import", zip_fixture(dir, {{"project.qde", project}, {"sources/2.txt", "Goedenavond.\n"}})});
  CHECK(ok.status == 0);
  CHECK(ok.err == "draad import: " + dir + "/project.qdpx/project.qde:3:10: left out source 'leeg.txt': its text is empty\n");
  // A .vtt source's plain text is read as text, not as cues.
  CHECK(ok.out == "doc\tseg\tcode\ttheme\tcoder\thits\tterms\tnegated\tunit\tspeaker\tstart\tend\ttext\ttime\n"
                  "opname\t1\t\t\t\t0\t\t\tparagraph\t\t0\t12\tGoedenavond.\t\n");
  auto binary = run_draad({"import", zip_fixture(dir, {{"project.qde", project},
                                                       {"sources/2.txt", std::string("PK\x03\x04\0\0\0\0", 8)}})});
  CHECK(binary.status == 1);
  CHECK(binary.err == ok.err + "draad import: " + dir + "/project.qdpx:opname.vtt: not a Word document (.docx) (a zip archive that is truncated or damaged: Not a zip archive)\n");
}

namespace {

// The Word document of tests/data/qda/rijk/docx, zipped.
std::string rijk_docx(const std::string& dir) {
  const std::string from = draad::test::data_path("qda/rijk/docx/"), path = dir + "/pleingesprek.docx";
  draad::zip::Writer zip(path);
  for (const std::string entry : {"[Content_Types].xml", "_rels/.rels", "word/document.xml"})
    zip.add(entry, read_file(from + entry));
  zip.close();
  return read_file(path);
}

std::vector<std::pair<std::string, std::string>> rijk_parts(const std::string& dir, const std::string& qde) {
  return {{"project.qde", qde}, {"sources/1b2c3d4e-0000-4000-8000-000000000001.docx", rijk_docx(dir)}};
}

}  // namespace

// A source with only a richTextPath, as ATLAS.ti and NVivo write a Word
// document: draad reads the .docx from the archive, and the positions count
// that text (paragraphs separated by a blank line).
TEST_CASE("import: a source with only rich text (.docx) is read from the archive") {
  const std::string dir = draad::test::temp_dir();
  const std::string rijk = read_file(draad::test::data_path("qda/rijk/project.qde"));
  const std::string qdpx = zip_fixture(dir, rijk_parts(dir, rijk));
  auto r = run_draad({"import", qdpx});
  CHECK(r.status == 0);
  CHECK(r.err == "draad import: " + qdpx + "/project.qde:22:5: source 'Pleingesprek Zoetermeer.docx' has no plain "
                 "text: read from its rich text internal://1b2c3d4e-0000-4000-8000-000000000001.docx, its selections "
                 "taken as positions in that text\n");
  CHECK(shell("draad import " + qdpx + " 2>/dev/null | cut -f1-7").out ==
        "doc\tseg\tcode\ttheme\tcoder\thits\tterms\n"
        "Pleingesprek Zoetermeer\t1\t\t\tAnna\t0\t\n"
        "Pleingesprek Zoetermeer\t2\topenbare_ruimte/inrichting\topenbare_ruimte\tAnna\t1\tte weinig bankjes@99-116\n"
        "Pleingesprek Zoetermeer\t3\tontmoeting/ontmoeting\tontmoeting\tAnna\t1\tde markt op zaterdag. Daar sprak je elkaar@131-173\n"
        "Pleingesprek Zoetermeer\t3\topenbare_ruimte/markt\topenbare_ruimte\tAnna\t1\tde markt op zaterdag. Daar sprak je elkaar@131-173\n"
        "Pleingesprek Zoetermeer\t1\t\t\tBram\t0\t\n"
        "Pleingesprek Zoetermeer\t2\t\t\tBram\t0\t\n"
        "Pleingesprek Zoetermeer\t3\topenbare_ruimte/markt\topenbare_ruimte\tBram\t1\tde markt op zaterdag@131-151\n");
  // agree reads the project the same way, in paragraphs by default; per
  // sentence with --overlap half, Anna's selection codes both sentences of
  // Tom's turn and Bram's only the first, and Anna's three words in Ilse's
  // long sentence code nothing.
  CHECK(shell("draad agree " + qdpx + " --bootstrap 0 2>/dev/null | cut -f1-4").out ==
        "code\tunits\tAnna\tBram\n"
        "ontmoeting/ontmoeting\t3\t1\t0\n"
        "openbare_ruimte/inrichting\t3\t1\t0\n"
        "openbare_ruimte/markt\t3\t1\t1\n"
        "overall\t9\t3\t1\n");
  CHECK(shell("draad agree " + qdpx + " --unit sentence --overlap half --diff 2>/dev/null | cut -f1-3,6,7").out ==
        "code\tdoc\tseg\twith\twithout\n"
        "ontmoeting/ontmoeting\tPleingesprek Zoetermeer\t3\tAnna\tBram\n"
        "ontmoeting/ontmoeting\tPleingesprek Zoetermeer\t4\tAnna\tBram\n"
        "openbare_ruimte/markt\tPleingesprek Zoetermeer\t4\tAnna\tBram\n");

  // The options are for projects only.
  auto stream = run_draad({"agree", "--unit", "sentence", Q + "anna.tsv", Q + "bram.tsv"});
  CHECK(stream.status == 2);
  CHECK(stream.err == "draad agree: --unit and --overlap say how a REFI-QDA project (.qdpx) is read; no file given is "
                      "one\nRun 'draad agree --help' for usage.\n");
  // Rich text that is no Word, OpenDocument or PDF file is named and left out.
  std::string rtf = rijk;
  const std::string docx_path = "000001.docx\"";
  rtf.replace(rtf.find(docx_path), docx_path.size(), "000001.rtf\"");
  auto left_out = run_draad({"import", zip_fixture(dir, {{"project.qde", rtf}, {"sources/1b2c3d4e-0000-4000-8000-000000000001.rtf", "{\\rtf1 Tekst}"}})});
  CHECK(left_out.status == 0);
  CHECK(left_out.err == "draad import: " + dir + "/project.qdpx/project.qde:22:5: left out source 'Pleingesprek "
                        "Zoetermeer.docx': draad cannot read its rich text "
                        "internal://1b2c3d4e-0000-4000-8000-000000000001.rtf (only .docx, .odt or PDF)\n"
                        "draad import: " + dir + "/project.qdpx: user 'Anna' made no codings; left out\n"
                        "draad import: " + dir + "/project.qdpx: user 'Bram' made no codings; left out\n");

  // A selection past the end of draad's text (174 characters and the final
  // line break), and a .docx missing from the archive, are the located
  // errors of plain text.
  auto error_of = [&](const std::string& from, const std::string& to, bool with_docx) {
    std::string qde = rijk;
    REQUIRE(qde.find(from) != std::string::npos);
    qde.replace(qde.find(from), from.size(), to);
    auto parts = rijk_parts(dir, qde);
    if (!with_docx) parts.pop_back();
    auto bad = run_draad({"import", zip_fixture(dir, parts)});
    CHECK(bad.status == 1);
    const std::string prefix = "draad import: " + dir + "/project.qdpx";
    return bad.err.substr(bad.err.rfind(prefix) + prefix.size());  // the last line: the error
  };
  CHECK(error_of("startPosition=\"131\" endPosition=\"173\"", "startPosition=\"131\" endPosition=\"176\"", true) ==
        "/project.qde:30:7: selection 131-176 lies outside its source 'Pleingesprek Zoetermeer.docx' of 175 characters\n");
  CHECK(error_of("Zoetermeer.docx", "Zoetermeer.docx", false) ==
        "/project.qde:22:5: source 'Pleingesprek Zoetermeer.docx' names "
        "internal://1b2c3d4e-0000-4000-8000-000000000001.docx, which is not in the archive\n");
}

// Sessions as sets of sources: one per value of `sessie` (the default) or
// of the attributes named with --sets.
TEST_CASE("export: sessions as sets of documents") {
  const std::string dir = draad::test::temp_dir();
  const std::string qdpx = export_fixture(dir, {"--meta", Q + "sessies.tsv"});
  const std::string qde = part(qdpx, "project.qde");
  write_file(dir + "/project.qde", qde);
  CHECK(validate(dir + "/project.qde", "Project.xsd") == dir + "/project.qde validates\n");
  const std::string first = read_file(qdpx);
  export_fixture(dir, {"--meta", Q + "sessies.tsv"});
  CHECK(read_file(qdpx) == first);
  // After the threads, one set per session, its documents as members.
  CHECK(qde.substr(qde.find("<Set guid=\"", qde.find("draad-thread:"))) ==
        "<Set guid=\"49bcd228-39cc-89b8-8f6d-a5edcfc88692\" name=\"sessie = 12 mei\">\n"
        "      <MemberSource targetGUID=\"83f8a93a-59fd-8275-8393-b86d506ca49d\" />\n"
        "      <MemberSource targetGUID=\"9d6aa07b-603c-803f-b2a9-7ca391e78e52\" />\n"
        "    </Set>\n"
        "    <Set guid=\"c59d2045-4a19-81e7-b402-3e2ad13493ba\" name=\"sessie = 19 mei\">\n"
        "      <MemberSource targetGUID=\"3375205f-ff53-864f-a98c-8e34948e936b\" />\n"
        "    </Set>\n"
        "  </Sets>\n"
        "</Project>\n");
  CHECK(qde.find("<TextSource guid=\"83f8a93a-59fd-8275-8393-b86d506ca49d\" name=\"sessie-delft.txt\"") !=
        std::string::npos);

  auto by = [&](const std::vector<std::string>& options) {
    std::vector<std::string> extra = {"--meta", Q + "sessies.tsv"};
    extra.insert(extra.end(), options.begin(), options.end());
    const std::string q = part(export_fixture(dir, extra), "project.qde");
    std::string names;
    for (std::size_t at = 0; (at = q.find("<Set guid=", at)) != std::string::npos; ++at)
      names += q.substr(q.find("name=\"", at) + 6, q.find('"', q.find("name=\"", at) + 6) - q.find("name=\"", at) - 6) + "\n";
    return names;
  };
  CHECK(by({"--sets", "gemeente"}) ==
        "Samen leven begint bij ontmoeten\ngemeente = Delft\ngemeente = Gouda\ngemeente = Leiden\n");
  CHECK(by({"--sets", "gemeente", "--sets", "sessie"}) ==
        "Samen leven begint bij ontmoeten\ngemeente = Delft\ngemeente = Gouda\ngemeente = Leiden\n"
        "sessie = 12 mei\nsessie = 19 mei\n");
  auto error_of = [&](const std::vector<std::string>& options) {
    std::vector<std::string> args = {"export", "-c", Q + "codeboek.yaml", "--documents", Q + "documenten", "-o",
                                     dir + "/x.qdpx"};
    args.insert(args.end(), options.begin(), options.end());
    auto r = run_draad(args);
    CHECK(r.status == 1);
    CHECK(!std::filesystem::exists(dir + "/x.qdpx"));
    return r.err.substr(r.err.find('\n') + 1);
  };
  CHECK(error_of({"--meta", Q + "sessies.tsv", "--sets", "wijk"}) ==
        "draad export: no document attribute 'wijk' to make sets of; the attributes are: sessie, gemeente\n");
  CHECK(error_of({"--sets", "sessie"}) == "draad export: no document attribute 'sessie' to make sets of: the documents "
                                           "have no attributes (--meta gives them)\n");
  CHECK(error_of({"--speakers", Q + "sprekers.tsv", "--sets", "rol"}) ==
        "draad export: attribute 'rol' varies within a document, so its values cannot group documents into sets\n");
}

TEST_CASE("export: --pseudonymise writes pseudonyms in the sources, the speakers and the analysts' texts") {
  const std::string dir = draad::test::temp_dir();
  const std::string qdpx = export_fixture(dir, {"--pseudonymise", "--pseudonym-key", dir + "/sleutel.tsv"});
  write_file(dir + "/project.qde", part(qdpx, "project.qde"));
  CHECK(validate(dir + "/project.qde", "Project.xsd") == dir + "/project.qde validates\n");
  // The analysts' disagreements, read back from the project: the same
  // segments and codes as from their sheets, the speakers and texts
  // pseudonymised (a speaker is read back from its label in the source).
  CHECK(shell("draad import " + qdpx + " -u turn | grep -v buurt@ | draad agree --diff - | cut -f1-5").out ==
        "code\tdoc\tseg\tspeaker\texcerpt\n"
        "ontmoeting/plek/bibliotheek\tsessie-leiden\t3\tDeelnemer 4\tIn de bibliotheek hebben we nu een leesclub. "
        "Daar zie ik mensen die ik anders nooit spreek.\n"
        "ontmoeting/plek/bibliotheek/leesclub\tsessie-leiden\t3\tDeelnemer 4\tIn de bibliotheek hebben we nu een "
        "leesclub. Daar zie ik mensen die ik anders nooit spreek.\n"
        "vertrouwen/buren\tsessie-delft\t2\tDeelnemer 2\tEerlijk gezegd vooral bij de bakker en op het schoolplein. "
        "Het buurthuis is al twee jaar dicht.\n"
        "vertrouwen/overheid\tinterview-gouda\t3\tInterviewer\tEn de gemeente?\n"  // a role, no name
        "vertrouwen/overheid\tsessie-leiden\t2\tDeelnemer 3\tZe vragen wel wat we vinden, maar daarna horen we niets "
        "meer. Dat voelt niet als meedoen.\n");
  const std::string key = read_file(dir + "/sleutel.tsv");
  CHECK(key.starts_with("doc\tspeaker\trole\tpseudonym\ninterview-gouda\tInterviewer\tinterviewer\tInterviewer 1\n"));
  std::size_t checked = 0;
  for (const char* name : {"Sanne", "Fenna", "Karim", "Joke"}) {
    CHECK_MESSAGE(key.find(name) != std::string::npos, name);
    CHECK_MESSAGE(part(qdpx, "project.qde").find(name) == std::string::npos, name);
    ++checked;
  }
  CHECK(checked == 4);
  auto hits = run_draad({"export", "-c", Q + "codeboek.yaml", "--documents", Q + "documenten", "--mark", "hits",
                         "--pseudonymise", "-o", dir + "/x.qdpx"});
  CHECK(hits.status == 2);
  CHECK(hits.err.starts_with("draad export: --pseudonymise moves the segments along with the names it replaces, not "
                             "the hits: leave out --mark hits\n"));
}

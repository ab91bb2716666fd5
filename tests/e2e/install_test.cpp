#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "support.h"

using draad::test::read_file;
using draad::test::run_draad;
using draad::test::shell;
using draad::test::temp_dir;
using draad::test::write_file;

namespace {

const std::string kSegments =
    "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\n"
    "wijk\t1\tturn\tEsra\t0\t58\tIn het buurthuis drinken we koffie, bijv. op de woensdag.\t\n";

// The coder column of a coding stream's first coded row.
std::string coder_of(const std::string& codings) {
  const auto row = codings.find("\nwijk\t1\t");
  if (row == std::string::npos) return "";
  std::size_t begin = row + 1;
  for (int tab = 0; tab < 4; ++tab) begin = codings.find('\t', begin) + 1;
  return codings.substr(begin, codings.find('\t', begin) - begin);
}

// A fresh `cmake --install` of this build: its prefix.
std::string install() {
  const std::string prefix = temp_dir() + "/prefix";
  auto installed = shell(std::string("'") + CMAKE_COMMAND + "' --install '" + DRAAD_BUILD_DIR + "' --prefix '" +
                         prefix + "'");
  REQUIRE(installed.status == 0);
  return prefix;
}

// The one <prefix>/<libdir>/draad/<file>: <libdir> is lib, or lib/<multiarch>
// under a prefix of /usr.
std::string installed_module(const std::string& prefix, const std::string& file) {
  auto found = shell("find '" + prefix + "' -name " + file);
  REQUIRE(found.out.starts_with(prefix + "/lib/"));
  REQUIRE(found.out.ends_with("/draad/" + file + "\n"));
  REQUIRE(std::count(found.out.begin(), found.out.end(), '\n') == 1);
  return found.out.substr(0, found.out.size() - 1);
}

}  // namespace

// `cmake --install` into a fresh prefix gives a draad that works from any
// directory with nothing else copied: the default codebook and the
// abbreviations are found under <prefix>/share/draad. The build's binary would
// fall back to the source tree, so the test edits the installed copies and
// sees the edits take effect.
TEST_CASE("install: an installed draad finds its data files under its prefix") {
  const std::string prefix = install();
  const std::string draad = prefix + "/bin/draad";
  const std::string codebook = prefix + "/share/draad/codebooks/samenleven.yaml";
  const std::string abbreviations = prefix + "/share/draad/data/abbreviations.nl.txt";
  REQUIRE(std::filesystem::is_regular_file(draad));
  REQUIRE(std::filesystem::is_regular_file(codebook));
  REQUIRE(std::filesystem::is_regular_file(abbreviations));

  const std::string work = temp_dir();  // outside the source tree
  write_file(work + "/segments.tsv", kSegments);
  const std::string here = "cd '" + work + "' && '" + draad + "' ";

  auto version = shell(here + "--version");
  CHECK(version.status == 0);
  CHECK(version.out == run_draad({"--version"}).out);
  CHECK(version.out.starts_with("draad "));

  // The default codebook codes as the source tree's does.
  auto coded = shell(here + "code < segments.tsv");
  REQUIRE(coded.status == 0);
  CHECK(coded.err.empty());
  CHECK(coded.out == run_draad({"code", "-c", "codebooks/samenleven.yaml"}, kSegments).out);
  CHECK(coded.out.find("\nwijk\t1\tontmoeting/ontmoetingsplek\tontmoeting\t") != std::string::npos);
  const std::string coder = coder_of(coded.out);
  CHECK(coder.starts_with("samenleven@"));

  // An edit of the installed codebook changes its hash in the coder column:
  // the installed file is the one read.
  write_file(codebook, read_file(codebook) + "# edited after install\n");
  auto edited = shell(here + "code < segments.tsv");
  REQUIRE(edited.status == 0);
  CHECK(coder_of(edited.out).starts_with("samenleven@"));
  CHECK(coder_of(edited.out) != coder);

  // Likewise the abbreviations: 'woensd.' is none until the installed list has it.
  const std::string line = "doc\tseg\tstart\ttext\nwijk\t1\t0\tTot woensd. dan\n";
  write_file(work + "/line.tsv", line);
  auto before = shell(here + "tokens < line.tsv | cut -f6,9");
  CHECK(before.out == "surface\tkind\nTot\tword\nwoensd\tword\n.\tpunct\ndan\tword\n");
  write_file(abbreviations, read_file(abbreviations) + "woensd.\n");
  auto after = shell(here + "tokens < line.tsv | cut -f6,9");
  CHECK(after.out == "surface\tkind\nTot\tword\nwoensd.\tabbrev\ndan\tword\n");
}

// The modules are installed under <prefix>/<libdir>/draad and loaded from
// there: a broken installed module is said to be broken, though the build's
// own module would load.
TEST_CASE("install: an installed draad reads a PDF through its module under its prefix") {
  const std::string prefix = install();
  const std::string module = installed_module(prefix, "draad-pdf.so");
  const std::string pdf = draad::test::data_path("readers/twee-paginas.pdf");
  const std::string segment = "'" + prefix + "/bin/draad' segment '" + pdf + "'";

  auto read = shell(segment + " | cut -f1,2,7,9-");
  CHECK(read.status == 0);
  CHECK(read.out ==
        "doc\tseg\ttext\ttitle\tauthor\tcreated\n"
        "twee-paginas\t1\tOp de eerste pagina begint een zin die doorloopt tot op de volgende regel.\tWijkkrant\t"
        "Redactie\t2026-11-01T12:00:00Z\n"
        "twee-paginas\t2\tDe tweede pagina heeft een eigen alinea.\tWijkkrant\tRedactie\t2026-11-01T12:00:00Z\n");

  write_file(module, "not a shared object\n");
  auto broken = shell(segment);
  CHECK(broken.status == 1);
  CHECK(broken.out.empty());
  CHECK(broken.err == "draad segment: " + pdf + ": PDF support is broken (" + module +
                          ": file too short); reinstall draad\n");
}

TEST_CASE("install: an installed draad reads and writes zip files through its module under its prefix") {
  const std::string prefix = install();
  const std::string module = installed_module(prefix, "draad-zip.so");
  const std::string draad = "'" + prefix + "/bin/draad' ";
  const std::string docx = draad::test::data_path("readers/verslag.docx");
  const std::string xlsx = temp_dir() + "/freq.xlsx";
  const std::string freq =
      draad + "freq --format xlsx -o '" + xlsx + "' '" + draad::test::data_path("freq/codings.tsv") + "'";

  auto read = shell(draad + "segment '" + docx + "'");
  CHECK(read.status == 0);
  CHECK(read.out == run_draad({"segment", docx}).out);
  auto written = shell(freq);
  CHECK(written.status == 0);
  CHECK(std::filesystem::is_regular_file(xlsx));

  write_file(module, "not a shared object\n");
  const std::string broken = "DOCX, ODT, XLSX, ODS and QDPX support is broken (" + module +
                             ": file too short); reinstall draad\n";
  auto unread = shell(draad + "segment '" + docx + "'");
  CHECK(unread.status == 1);
  CHECK(unread.out.empty());
  CHECK(unread.err == "draad segment: " + docx + ": " + broken);
  auto unwritten = shell(freq);
  CHECK(unwritten.status == 1);
  CHECK(unwritten.err == "draad freq: " + xlsx + ": " + broken);
}

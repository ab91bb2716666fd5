#include <doctest/doctest.h>

#include "support.h"

using draad::test::run_draad;

TEST_CASE("draad --help lists the commands, no command is a usage error") {
  auto help = run_draad({"--help"});
  CHECK(help.status == 0);
  CHECK(help.out.find("Commands:") != std::string::npos);
  auto none = run_draad({});
  CHECK(none.status == 2);
  auto unknown = run_draad({"segmnet"});
  CHECK(unknown.status == 2);
  CHECK(unknown.err == "draad: unknown command 'segmnet'. Run 'draad --help' for the list.\n");
}

TEST_CASE("every reader of segment streams takes a text of 1 MB and refuses one byte more, at its field") {
  std::string text(1'000'000, 'a');
  for (std::size_t i = 9; i < text.size(); i += 10) text[i] = ' ';
  text.back() = 'z';
  const std::string header = "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\n";
  const std::string fits = header + "d\t1\tdocument\t\t0\t1000000\t" + text + "\t\n";
  const std::string over = header + "d\t1\tparagraph\t\t0\t2\tKort.\t\nd\t2\tdocument\t\t0\t1000001\t" + text + "b\t\n";
  const std::vector<std::vector<std::string>> readers = {
      {"code", "-c", "codebooks/samenleven.yaml"}, {"tokens", "--freq", "stem"}, {"kwic", "buurt"}};
  for (const auto& args : readers) {
    INFO(args[0]);
    CHECK(run_draad(args, fits).status == 0);
    auto r = run_draad(args, over);
    CHECK(r.status == 1);
    CHECK(r.err == "draad " + args[0] +
                       ": <stdin>:3:25: a segment of 1000001 bytes: draad takes segments of at most 1000000 bytes (1 "
                       "MB, about 150,000 words); cut the document into smaller units (--unit paragraph, turn, line "
                       "or sentence)\n");
  }
}

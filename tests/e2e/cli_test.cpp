#include <doctest/doctest.h>

#include "support.h"

using draad::test::run_draad;

TEST_CASE("draad --help lists the commands; no command is a usage error") {
  auto help = run_draad({"--help"});
  CHECK(help.status == 0);
  CHECK(help.out.find("Commands:") != std::string::npos);
  auto none = run_draad({});
  CHECK(none.status == 2);
  auto unknown = run_draad({"segmnet"});
  CHECK(unknown.status == 2);
  CHECK(unknown.err == "draad: unknown command 'segmnet'. Run 'draad --help' for the list.\n");
}

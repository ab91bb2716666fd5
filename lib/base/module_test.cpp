#include <doctest/doctest.h>

#include <string>

#include "base/data_files.h"
#include "base/module.h"

TEST_CASE("module: a missing module is one message that names each place tried once") {
  // Built at the program's own directory, as when draad runs from its build
  // directory: that place is named once, not twice.
  const std::string built_at = (draad::executable_dir() / "draad-none.so").lexically_normal().string();
  const draad::Module missing("draad-none.so", built_at, "Test");
  try {
    missing.symbol("f", draad::Location{"in.zip"});
    FAIL("no error");
  } catch (const draad::DataError& e) {
    const std::string message = e.what();
    CHECK(message.starts_with("in.zip: Test support is missing (draad-none.so is in none of " + built_at + ", "));
    CHECK(message.ends_with("/draad/draad-none.so); reinstall draad"));
    CHECK(message.find(built_at) == message.rfind(built_at));
    CHECK(e.where() == draad::Location{"in.zip"});
  }
}

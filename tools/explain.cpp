// draad explain — why the codes of a codebook fire, or do not, on a text.
//
// Usage: draad explain [-c CODEBOOK] [--code ID] [--attribute COLUMN=VALUE]... [TEXT]...
//
// Each TEXT (or, without any, each line of standard input) is matched as one
// segment. For each it prints the words with the lemmas they were matched
// by, the main lemma first (a verb form its infinitive; a word that may be
// a noun or a verb as its context read it), then per code every hit: the pattern as the
// codebook writes it and its fate — counted, flagged or dropped as negated
// (by which word, before or after the hit), vetoed by an exclusion, or
// inside a longer hit, not applied where --attribute gives the segment an
// attribute that a `where` limit of the code keeps away (speaker=Interviewer,
// rol=moderator), or a passing mention in a long segment — and whether the
// code applies.

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "base/error.h"
#include "base/utf8.h"
#include "coding/codebook.h"
#include "coding/explanation.h"
#include "coding/limits.h"
#include "coding/match.h"
#include "command.h"

int draad::cli::run_explain(CLI::App& app, int argc, char** argv) {
  std::string codebook_path;
  std::string code_id;
  std::vector<std::string> texts;
  std::vector<std::string> attributes;
  app.add_option("texts", texts, "texts to explain, each as one segment (default: each line of standard input)");
  draad::cli::add_codebook_option(app, codebook_path);
  app.add_option("--code", code_id, "only this code, or the codes of this theme");
  app.add_option("--attribute", attributes,
                 "a column of the segment, as the segment stream would have it (speaker=Interviewer); repeatable")
      ->type_name("COLUMN=VALUE")
      ->allow_extra_args(false);
  app.footer(
      "Example:\n"
      "  draad explain -c tests/data/codebook/verbs.yaml 'Ik vertrouw de gemeente niet.'\n\n"
      "  Ik vertrouw de gemeente niet.\n"
      "    words: Ik vertrouw(verb: vertrouwen) de gemeente niet[negation]\n"
      "    samen/vertrouwen: does not apply\n"
      "      vertrouw                 term 'vertrouwen' (line 18): flagged, not counted, negated by 'niet' after it "
      "(negation: flag)\n\n"
      "  draad explain -c tests/data/codebook/limits.yaml --attribute rol=moderator 'Welkom allemaal, fijn dat u er bent.'");
  return draad::cli::run(app, argc, argv, [&] {
    const Codebook codebook = load(codebook_path);
    if (!code_id.empty() && !codebook.find_code(code_id) && !codebook.find_theme(code_id))
      throw UsageError(fmt::format("{} has no code or theme '{}'", codebook_path, code_id));
    const CompiledCodebook compiled(codebook);
    Matcher matcher(compiled);
    std::vector<std::string> columns, values;
    for (const auto& a : attributes) {
      const std::size_t eq = a.find('=');
      if (eq == std::string::npos || eq == 0)
        throw UsageError(fmt::format("--attribute '{}': expected COLUMN=VALUE (e.g. --attribute rol=moderator)", a));
      columns.push_back(a.substr(0, eq));
      values.push_back(a.substr(eq + 1));
    }
    const AttributeLimits limits(codebook, columns);
    Blocked blocked;
    limits.check([&](std::size_t i) { return std::string_view(values[i]); }, blocked);
    auto one = [&](const std::string& text, const Location& where) {
      if (auto bad = utf8::find_invalid(text)) throw DataError(where, "invalid UTF-8");
      std::fputs(explanation(matcher, codebook, code_id, text, &blocked).c_str(), stdout);
    };
    for (std::size_t i = 0; i < texts.size(); ++i) one(texts[i], Location{fmt::format("argument {}", i + 1)});
    if (texts.empty()) {
      std::int64_t line_no = 0;
      for (std::string line; std::getline(std::cin, line);) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) one(line, Location{"<stdin>", line_no, 1});
      }
    }
  });
}

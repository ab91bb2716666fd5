// Why the codes of a codebook fire, or do not, on one text: the words with
// the lemmas they were matched by (a verb form its infinitive; a word that may
// be a noun or a verb as its context read it), then per code every hit with
// the pattern as the codebook writes it and its fate — counted, flagged or
// dropped as negated (by which word, before or after), vetoed by an
// exclusion, as part of a question or a heading the codebook skips, inside a longer hit, not applied by a `where` limit, or a
// passing mention in a long segment — and whether the code applies.
// What `draad explain` prints; for people, so its wording may change.
#pragma once

#include <string>
#include <string_view>

#include "coding/codebook.h"
#include "coding/match.h"

namespace draad {

// The explanation of `text` as one segment, ending in a newline. With
// `code_id` (a code or a theme id) only that code's or theme's hits. With
// `blocked`, what the segment's attributes rule out (limits.h): the hits of
// the codes they keep away are shown as not applied, hits in skipped
// questions or in a skipped heading as vetoed, with the attribute and the limit.
std::string explanation(Matcher& matcher, const Codebook& codebook, std::string_view code_id, std::string_view text,
                        const Blocked* blocked = nullptr);

}  // namespace draad

// What the hunspell-nl word list (/usr/share/hunspell/nl.dic) says of a word
// by the flags of its entry, which hunspell's spell() does not tell: spell()
// accepts harren because nl.dic lists har with a noun's plural flag, while
// only a verb's entry carries the flag Vi (regelen/PjVi, helpen/PjViPpPr).
//
// The answers come from the compound splitter's lexicon (compound.cpp): one
// parse of nl.dic per program, kept as a cache file and mapped by later runs,
// loaded on the first question. Norms are looked up as the tokeniser folds
// them (creeren for creëren). Thread-safe. Without the word list every answer
// is false.
#pragma once

#include <string_view>

namespace draad::lexicon {

// Whether nl.dic has `norm` as an entry with the flag Vi, which it gives a
// verb's infinitive (regelen, fruiten, samenwerken, begaan): not harren (only
// har/Ze, a noun), russen (listed without flags) or a verb the list makes
// from another by a particle's flag only (meedoen: doen/Pr).
bool verb_infinitive(std::string_view norm);

// Whether nl.dic lists `norm` only to begin compounds: with the flags Ca,
// Cb or Ce and none of a noun, a verb, an adjective or a compound's head,
// as it lists some verbs' stems (overtuig/Ca: overtuiging; achterhaal/Ca:
// achterhaalbaar); not voorspel/V3, overlast/CcVe, a particle-like word.
bool begins_compounds_only(std::string_view norm);

// Whether nl.dic has `norm` as an entry of its own, with or without flags
// (russen, har; not harren, which hunspell makes of har).
bool entry(std::string_view norm);

// Whether nl.dic gives `norm` an entry with a noun's plural or diminutive
// flags (Z*, Y*): sport/Zb, fruit/Za beside their verbs' entries.
bool noun(std::string_view norm);

// Whether nl.dic lets `norm` end a compound (the flag Cc), as it does a
// noun: onderhoud, vervoer, verkeer; not a verb's stem only (verander/CaCb).
bool compound_head(std::string_view norm);

// Whether `norm`, followed by `linker` ("" or "s"), may begin a compound as
// the compound splitter takes one: a word nl.dic flags for it, a noun
// (bus in bushalte, praal in praalwagen, whose entries carry no such flag)
// or a noun's plural (heggen), not a particle or affix-like word the
// splitter never takes as a part (over in overmacht, voor in voorbeeld).
bool modifier(std::string_view norm, std::string_view linker = "");

// Whether nl.dic gives `norm` a plural in -s (the flag Za: waarde/CcCeZaZi,
// waardes; gedachte, hoogte): a noun in its own right, not only an
// adjective's inflection (waard, gedacht) nor an adjective made a noun,
// whose plural is in -n only (actieve/Zi: actieven; stille/Ya).
bool noun_with_plural_s(std::string_view norm);

// Whether nl.dic gives `norm` an entry with an adjective's flags (A*:
// digitaal, goed, nieuw), whatever other entries it has.
bool adjective(std::string_view norm);

// Whether nl.dic gives `norm` a participle's flag (Ve: overmand/Ve,
// herschikt/Ve), whatever other entries it has.
bool participle(std::string_view norm);

// Whether nl.dic gives `norm` the flag Aa, an adjective's inflection with -e
// (bekend/Aa: bekende, geliefd/Aa), which a participle that only inflects as
// a participle lacks (verouderd/VeAb: verouderde, its comparative aside).
bool inflected_adjective(std::string_view norm);

// Whether nl.dic has `norm` as an entry with none of the flags of a noun, a
// verb or a compound's part, as it lists some recent verbs and their
// participles (appen, geappt; streamen, gestreamd), and a few plurals
// (russen; but gerust is a verb form's entry, rust/VqPs's). A proper name
// of the same letters (Appen) does not count.
bool bare_entry(std::string_view norm);

}  // namespace draad::lexicon

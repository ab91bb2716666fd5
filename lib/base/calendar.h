// The Dutch names of the months and the days, as Dutch text writes dates
// and a spreadsheet's Dutch date formats show them (lower case; months from
// January, days from Sunday, as spreadsheets count them).
#pragma once

#include <array>
#include <string_view>

namespace draad::calendar {

inline constexpr std::array<std::string_view, 12> kMonths = {
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"};
inline constexpr std::array<std::string_view, 12> kShortMonths = {"jan", "feb", "mrt", "apr", "mei", "jun",
                                                                  "jul", "aug", "sep", "okt", "nov", "dec"};
inline constexpr std::array<std::string_view, 7> kDays = {"zondag",    "maandag", "dinsdag", "woensdag",
                                                          "donderdag", "vrijdag", "zaterdag"};
inline constexpr std::array<std::string_view, 7> kShortDays = {"zo", "ma", "di", "wo", "do", "vr", "za"};

}  // namespace draad::calendar

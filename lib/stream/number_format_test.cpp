#include "stream/number_format.h"

#include <doctest/doctest.h>

using draad::xlsx::builtin_format;

namespace {

std::string show_number(std::string_view value, std::string_view code, bool date1904 = false) {
  return draad::xlsx::NumberFormat(code).show(value, date1904);
}

}  // namespace

TEST_CASE("number format: numbers as a Dutch Excel shows them") {
  CHECK(show_number("7.5", "General") == "7,5");
  CHECK(show_number("6", "General") == "6");
  CHECK(show_number("0.30000000000000004", "General") == "0,3");
  CHECK(show_number("123456789012", "General") == "1,23456789E+11");
  CHECK(show_number("7.5", "[$-413]0.0") == "7,5");
  CHECK(show_number("6", "0.0") == "6,0");
  CHECK(show_number("7.25", "0.0") == "7,3");  // half away from zero
  CHECK(show_number("1.005", "0.00") == "1,01");
  CHECK(show_number("-7.25", "0.0") == "-7,3");
  CHECK(show_number("1234567.891", "#,##0.00") == "1.234.567,89");
  CHECK(show_number("1234567", "#,##0") == "1.234.567");
  CHECK(show_number("0.5", "0%") == "50%");
  CHECK(show_number("0.1234", "0.00%") == "12,34%");
  CHECK(show_number("12345", "0.00E+00") == "1,23E+04");
  CHECK(show_number("0.00012", "0.00E+00") == "1,20E-04");
  CHECK(show_number("7", "#.##") == "7,");
  CHECK(show_number("0", "#") == "");
  CHECK(show_number("42", "00000") == "00042");
  CHECK(show_number("1500000", "#,##0,") == "1.500");
}

TEST_CASE("number format: sections for negative numbers and zero, literals, currency and colours") {
  CHECK(show_number("-1234.5", "#,##0.00;[Red](#,##0.00)") == "(1.234,50)");
  CHECK(show_number("1234.5", "#,##0.00;[Red](#,##0.00)") == "1.234,50");
  CHECK(show_number("0", "0.0;-0.0;\"nul\"") == "nul");
  CHECK(show_number("12.5", "[$€-413] #,##0.00") == "€ 12,50");
  CHECK(show_number("3", "0 \"jaar\"") == "3 jaar");
  CHECK(show_number("3", "0\\x") == "3x");
  CHECK(show_number("7", "_(0_)") == " 7 ");
}

TEST_CASE("number format: dates and times from serial days, with Dutch names and separators") {
  // 46093.7944444444 is 12 March 2026, 19:04 (the 1900 date system).
  CHECK(show_number("46093.7944444444", "[$-413]dd/mm/yyyy\\ hh:mm") == "12-03-2026 19:04");
  CHECK(show_number("46093", "d/m/yyyy") == "12-3-2026");
  CHECK(show_number("46093", "dddd d mmmm yyyy") == "donderdag 12 maart 2026");
  CHECK(show_number("46093", "ddd d mmm yy") == "do 12 mrt 26");
  CHECK(show_number("46093", "mmmmm") == "m");
  CHECK(show_number("0.5", "h:mm AM/PM") == "12:00 PM");
  CHECK(show_number("0.25", "hh:mm:ss") == "06:00:00");
  CHECK(show_number("1.5", "[h]:mm") == "36:00");
  CHECK(show_number("0.000694444444", "mm:ss") == "01:00");
  CHECK(show_number("0.0000115740740740741", "mm:ss.0") == "00:01,0");
  CHECK(show_number("45000", "yyyy-mm-dd") == "2023-03-15");
  CHECK(show_number("0", "yyyy-mm-dd", true) == "1904-01-01");
  CHECK(show_number("46093", *builtin_format(14)) == "12-3-2026");
  CHECK(show_number("46093.5", *builtin_format(22)) == "12-3-2026 12:00");
}

TEST_CASE("number format: what it cannot show it gives as General, and text stays text") {
  CHECK(show_number("0.5", "# ?/?") == "0,5");
  CHECK(show_number("abc", "0.0") == "abc");
  CHECK(show_number("", "0.0") == "");
  CHECK(show_number("-3", "yyyy-mm-dd") == "-3");
  CHECK(show_number("1e400", "0.0") == "1e400");
  CHECK(!builtin_format(163));
  CHECK(*builtin_format(49) == "@");
}

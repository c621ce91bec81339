// console_bench: the bureau console's case list over 50,000 cases (docs/console.md,
// "Figures"), against the same query in SQLite on the same rows, in one run (ratios; no
// absolute limits).
//
// Data: 50,000 folded cases generated directly (what the fold gives; the fold itself is
// measured by case_fold_bench) from 50 stations over 20 halls, a fifth waiting for a defence
// (half of those overdue); the same cases as one SQLite table `cases` (in memory, indexed on
// each filtered and sorted column, as a bureau's own database would be). For each query the
// console side is case_list_body (filter, sort, page and the whole HTML body a browser gets)
// and select_cases alone; the baseline is the SQL query for the same page plus its count,
// every row's columns read. The page's case numbers must equal the SQL's, in order.
//   console_bench [--smoke] [--cases N]
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "cases/case_number.h"
#include "console/case_list_page.h"
#include "console/case_query.h"

#include "support/cpu_time.h"

using namespace fg;
using namespace fg::relay::console;

namespace {

constexpr std::int64_t kNow = 1'760'600'000'000;

FoldResult generate(int n) {
  FoldResult fold;
  std::mt19937_64 rng(7);
  const CaseState closing[] = {CaseState::Closed, CaseState::Decided, CaseState::Accepted, CaseState::Filed,
                               CaseState::Withdrawn};
  for (int i = 0; i < n; ++i) {
    Case c;
    char code[8];
    std::snprintf(code, sizeof code, "S%02d", i % 50 + 1);
    c.number = format_case_number({"CF138", code, i / 50 + 1});
    c.fair = "CF138";
    c.station = code;
    c.hall = std::to_string(rng() % 20 + 1) + ".1";
    c.booth = c.hall + "E" + std::to_string(rng() % 300);
    c.complainant = {{"name", "Complainant Co. " + std::to_string(rng() % 5000)}};
    c.respondent = {{"exhibitor", "Exhibitor " + std::to_string(rng() % 3000)}, {"booth", c.booth}};
    c.right = {{"right_type", "design"}, {"number", "ZL2019301234" + std::to_string(rng() % 100000)}};
    c.received = kNow - 5 * 86'400'000LL + static_cast<std::int64_t>(rng() % (5 * 86'400'000ULL));
    if (i % 5 == 0) {
      c.state = CaseState::NoticeServed;
      c.defence_deadline = kNow - 86'400'000LL + static_cast<std::int64_t>(rng() % (2 * 86'400'000ULL));
    } else {
      c.state = closing[rng() % 5];
    }
    fold.cases.push_back(std::move(c));
  }
  std::sort(fold.cases.begin(), fold.cases.end(),
            [](const Case& a, const Case& b) { return case_number_less(a.number, b.number); });
  return fold;
}

void load_sql(SQLite::Database& db, const FoldResult& fold) {
  db.exec(
      "CREATE TABLE cases(ord INTEGER PRIMARY KEY, number TEXT UNIQUE, status TEXT, station TEXT, hall TEXT,"
      " booth TEXT, complainant TEXT, respondent TEXT, right_type TEXT, right_number TEXT, received INTEGER,"
      " deadline INTEGER)");
  SQLite::Transaction tx(db);
  SQLite::Statement ins(db, "INSERT INTO cases VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
  int ord = 0;
  for (const Case& k : fold.cases) {
    ins.bind(1, ord++), ins.bind(2, k.number), ins.bind(3, to_string(k.state)), ins.bind(4, k.station);
    ins.bind(5, k.hall), ins.bind(6, k.booth), ins.bind(7, complainant_name(k)), ins.bind(8, respondent_name(k));
    ins.bind(9, k.right_type()), ins.bind(10, k.right_number()), ins.bind(11, *k.received);
    if (k.defence_deadline)
      ins.bind(12, *k.defence_deadline);
    else
      ins.bind(12);
    ins.exec();
    ins.reset();
  }
  tx.commit();
  db.exec(
      "CREATE INDEX by_hall ON cases(hall, ord); CREATE INDEX by_station ON cases(station, received);"
      "CREATE INDEX by_status ON cases(status, deadline); CREATE INDEX by_received ON cases(received)");
}

struct Query {
  const char* name;
  std::map<std::string, std::string> params;  // the console's
  std::string where, order;                   // the same in SQL
};

// One page of the SQL query with its count; returns the page's case numbers.
std::vector<std::string> sql_page(SQLite::Database& db, const Query& q, std::size_t page) {
  const std::string where = q.where.empty() ? "" : " WHERE " + q.where;
  SQLite::Statement count(db, "SELECT count(*) FROM cases" + where);
  SQLite::Statement rows(db,
                         "SELECT number, status, booth, complainant, respondent, right_type, right_number, received,"
                         " deadline FROM cases" +
                             where + " ORDER BY " + q.order + " LIMIT 50 OFFSET " + std::to_string((page - 1) * 50));
  for (auto* s : {&count, &rows})
    for (int i = 1; i <= s->getBindParameterCount(); ++i) s->bind(i, kNow);
  count.executeStep();
  std::vector<std::string> numbers;
  std::string sink;
  while (rows.executeStep()) {
    numbers.push_back(rows.getColumn(0).getString());
    for (int c = 1; c < 9; ++c) sink += rows.getColumn(c).getString();
  }
  return numbers;
}

std::vector<std::string> page_numbers(const std::string& body) {
  std::vector<std::string> out;
  const std::string marker = "<tr><td><a href=\"/cases/";
  for (auto at = body.find(marker); at != std::string::npos; at = body.find(marker, at + 1)) {
    const auto start = at + marker.size();
    out.push_back(body.substr(start, body.find('"', start) - start));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  bool smoke = false;
  int cases = 50'000;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--smoke") == 0) smoke = true;
    if (std::strcmp(argv[i], "--cases") == 0 && i + 1 < argc) cases = std::atoi(argv[++i]);
  }
  if (smoke) cases = 2'000;
  const int rounds = smoke ? 1 : 7;
  const FoldResult fold = generate(cases);
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  load_sql(db, fold);
  std::vector<StationRow> stations;
  for (int s = 1; s <= 50; ++s) {
    char code[8];
    std::snprintf(code, sizeof code, "S%02d", s);
    stations.push_back({code, std::string("station ") + code, std::string(64, 'a'), 0, std::nullopt, std::nullopt});
  }
  std::vector<std::string> halls;
  for (int h = 1; h <= 20; ++h) halls.push_back(std::to_string(h) + ".1");
  const CaseListView view{Lang::Zh, "Asia/Shanghai", halls, stations, kNow};
  const std::size_t last_page = static_cast<std::size_t>(cases + 49) / 50;

  const std::vector<Query> queries = {
      {"page 1, all cases", {}, "", "ord"},
      {"last page, all cases", {{"page", std::to_string(last_page)}}, "", "ord"},
      {"hall 7.1", {{"hall", "7.1"}}, "hall = '7.1'", "ord"},
      {"station S07, newest first",
       {{"station", "S07"}, {"sort", "received"}, {"dir", "desc"}},
       "station = 'S07'",
       "received DESC, ord DESC"},
      {"overdue defences by deadline",
       {{"overdue", "1"}, {"sort", "deadline"}},
       "status = 'notice_served' AND deadline < ?",
       "deadline, ord"},
      {"text search",
       {{"q", "exhibitor 12"}},
       "(number LIKE '%exhibitor 12%' OR booth LIKE '%exhibitor 12%' OR hall LIKE '%exhibitor 12%' OR "
       "complainant LIKE '%exhibitor 12%' OR respondent LIKE '%exhibitor 12%' OR "
       "right_number LIKE '%exhibitor 12%')",
       "ord"},
  };
  std::printf("console_bench: case list over %d cases, best of %d, thread CPU time\n", cases, rounds);
  std::printf("  %-32s %10s %10s %10s %8s %8s\n", "query", "sqlite3", "select", "page", "select/", "page/");
  std::printf("  %-32s %10s %10s %10s %8s %8s\n", "", "ms", "ms", "ms", "sqlite", "sqlite");
  int failures = 0;
  for (const Query& q : queries) {
    const auto parsed = parse_case_query(q.params);
    if (!parsed) {
      std::fprintf(stderr, "console_bench: %s: query refused\n", q.name);
      return 1;
    }
    std::string body;
    std::vector<std::string> from_sql;
    const double sql_ms = fg::test::best_cpu_ms(rounds, [&] { from_sql = sql_page(db, q, parsed->page); });
    const double select_ms = fg::test::best_cpu_ms(rounds, [&] { (void)select_cases(fold, *parsed, kNow); });
    const double page_ms = fg::test::best_cpu_ms(rounds, [&] { body = case_list_body(fold, *parsed, view); });
    const auto shown = page_numbers(body);
    if (shown != from_sql || shown.empty()) {
      std::fprintf(stderr, "console_bench: %s: the page shows %zu cases, SQL %zu, or not in the same order\n", q.name,
                   shown.size(), from_sql.size());
      ++failures;
    }
    std::printf("  %-32s %10.3f %10.3f %10.3f %7.1fx %7.1fx\n", q.name, sql_ms, select_ms, page_ms, select_ms / sql_ms,
                page_ms / sql_ms);
  }
  return failures == 0 ? 0 : 1;
}

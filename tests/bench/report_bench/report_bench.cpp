// report_bench: the report's figures over a bureau's year (500,000 complaints) against the same
// figures from plain SQL in sqlite3 on the same data, in one run (ratio; no absolute limits).
//
// Data: 500,000 folded cases generated directly (what fold_cases gives for a six-event
// complaint: opened, complainant, right, respondent, accepted, decision), deterministic from a
// fixed seed, over 5,000 booths in 20 halls; the same cases go into SQLite as table `cases`
// (one row a case) and `actions` (one row a timeline entry), on a temp file, indexed as a
// bureau would. The fold itself is measured by case_fold_bench.
//   report_bench [--smoke] [--cases N]
#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>

#include "report/report_figures.h"
#include "support/temp_dir.h"

using namespace fg;
namespace fs = std::filesystem;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

const char* kRights[] = {"design", "design", "design", "invention", "utility_model", "trademark", "copyright"};
const char* kCountries[] = {"CN", "CN", "CN", "DE", "US", "JP", "IT", "FR", "HK", "TW", "mo"};
const char* kOutcomes[] = {"exhibit_withdrawn", "exhibit_covered",     "exhibit_covered", "no_infringement",
                           "settled",           "complaint_withdrawn", "transferred"};
const char* kMeasures[] = {"exhibit_removed", "exhibit_covered", "materials_sealed", "materials_removed",
                           "link_taken_down"};
const char* kSanctions[] = {"none", "none", "delegation_notice", "fair_notice", "excluded_next_session"};

TimelineEntry entry(const std::string& officer, const char* type) {
  TimelineEntry e;
  e.officer = officer;
  e.type = type;
  return e;
}

struct Data {
  FoldResult fold;
  std::vector<Booth> booths;
};

Data generate(int n, int booth_count) {
  Data d;
  std::mt19937_64 rng(42);
  for (int b = 0; b < booth_count; ++b) {
    const std::string hall = std::to_string(b % 20 + 1) + ".1";
    d.booths.push_back(Booth{hall + "B" + std::to_string(b), hall, "Exhibitor " + std::to_string(b), "",
                             "industry " + std::to_string(b % 12)});
  }
  d.fold.cases.reserve(static_cast<std::size_t>(n));
  const std::int64_t t0 = 1'760'000'000'000;
  for (int i = 0; i < n; ++i) {
    Case c;
    char num[32];
    std::snprintf(num, sizeof num, "F-S%02d-%06d", i % 50 + 1, i / 50 + 1);
    c.number = num;
    c.fair = "F";
    const Booth& booth = d.booths[rng() % d.booths.size()];
    c.booth = booth.booth;
    // The respondent as typed: mostly the list's name, some another spelling (the list's name
    // still counts), some a booth off the list whose typed names vary in spaces, case and stop.
    std::string typed = booth.exhibitor;
    if (rng() % 10 == 0) typed = "展商 " + std::to_string(rng() % 1000);
    if (rng() % 20 == 0) {
      c.booth = "99.9Z" + std::to_string(i % 300);
      typed = i % 2 ? "Off List " + std::to_string(i % 300) + "." : "OFF  list " + std::to_string(i % 300);
    }
    c.received = t0 + static_cast<std::int64_t>(i) * 60'000;
    c.complainant = {{"country", kCountries[rng() % 11]}, {"id_number", std::to_string(rng() % 100000)}};
    if (rng() % 5 < 2) c.complainant["agent"] = "agent";
    c.right = {{"right_type", kRights[rng() % 7]}};
    c.respondent = {{"exhibitor", typed}, {"booth", c.booth}};
    const std::string officer = "OF" + std::to_string(rng() % 200);
    const char* types[] = {"case.opened", "complainant.recorded", "right.recorded", "respondent.recorded"};
    for (const char* t : types) c.timeline.push_back(entry(officer, t));
    c.state = CaseState::Filed;
    if (rng() % 10 != 0) {
      c.accepted = *c.received + 600'000;
      c.state = CaseState::Accepted;
      c.timeline.push_back(entry(officer, "case.accepted"));
      if (rng() % 8 != 0) {
        c.state = CaseState::Decided;
        c.outcome = kOutcomes[rng() % 7];
        for (const char* m : kMeasures)
          if (rng() % 3 == 0) c.measures.push_back(m);
        c.sanction = kSanctions[rng() % 5];
        c.decided = *c.received + static_cast<std::int64_t>(rng() % (48 * 3600)) * 1000;
        c.timeline.push_back(entry(officer, "decision.recorded"));
      }
    } else {
      c.outcome = "rejected";
      c.state = CaseState::Rejected;
      c.timeline.push_back(entry(officer, "case.rejected"));
    }
    d.fold.events += static_cast<std::int64_t>(c.timeline.size());
    d.fold.cases.push_back(std::move(c));
  }
  return d;
}

void load_sql(SQLite::Database& db, const Data& d) {
  db.exec(
      "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
      "CREATE TABLE booths(booth TEXT PRIMARY KEY, hall TEXT, industry TEXT, exhibitor TEXT);"
      "CREATE TABLE cases(number TEXT PRIMARY KEY, booth TEXT, received INTEGER, accepted INTEGER, decided INTEGER,"
      " outcome TEXT, right_type TEXT, country TEXT, agent TEXT, exhibitor TEXT, measures TEXT, sanction TEXT);"
      "CREATE TABLE actions(number TEXT, officer TEXT, type TEXT);");
  SQLite::Transaction tx(db);
  SQLite::Statement b(db, "INSERT INTO booths VALUES(?,?,?,?)");
  for (const auto& x : d.booths) {
    b.bind(1, x.booth), b.bind(2, x.hall), b.bind(3, x.industry), b.bind(4, x.exhibitor);
    b.exec();
    b.reset();
  }
  SQLite::Statement c(db, "INSERT INTO cases VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
  SQLite::Statement a(db, "INSERT INTO actions VALUES(?,?,?)");
  for (const Case& k : d.fold.cases) {
    std::string measures;
    for (const auto& m : k.measures) measures += "," + m;
    c.bind(1, k.number), c.bind(2, k.respondent_booth()), c.bind(3, *k.received);
    if (k.accepted)
      c.bind(4, *k.accepted);
    else
      c.bind(4);
    if (k.decided)
      c.bind(5, *k.decided);
    else
      c.bind(5);
    c.bind(6, k.outcome), c.bind(7, k.right_type()), c.bind(8, k.complainant.value("country", ""));
    c.bind(9, k.complainant.value("agent", "")), c.bind(10, k.respondent.value("exhibitor", ""));
    c.bind(11, measures + ","), c.bind(12, k.sanction);
    c.exec();
    c.reset();
    for (const auto& t : k.timeline) {
      a.bind(1, k.number), a.bind(2, t.officer), a.bind(3, t.type);
      a.exec();
      a.reset();
    }
  }
  tx.commit();
  db.exec("CREATE INDEX cases_booth ON cases(booth); CREATE INDEX actions_officer ON actions(officer);");
  // The report's respondent (docs/report.md): the booth list's exhibitor of the respondent's
  // booth, else the typed name (spaces, ideographic spaces, case and a final . , or 。 ignored;
  // full-width letters are not folded here, the generated names have none), else the booth.
  db.exec(
      "CREATE VIEW respondents AS SELECT c.*, CASE"
      " WHEN coalesce(b.exhibitor,'')<>'' THEN 'name:'||rtrim(lower(replace(replace(b.exhibitor,' "
      "',''),'　','')),'.,。')"
      " WHEN c.exhibitor<>'' THEN 'name:'||rtrim(lower(replace(replace(c.exhibitor,' ',''),'　','')),'.,。')"
      " ELSE 'booth:'||c.booth END AS who FROM cases c LEFT JOIN booths b ON b.booth=c.booth");
  db.exec("ANALYZE");
}

struct SqlFigures {
  std::int64_t received = 0, accepted = 0, respondents = 0, infringing = 0, withdrew = 0, foreign = 0,
               hk_macao_taiwan = 0, within_24h = 0, median = 0, groups = 0;
};

std::int64_t one(SQLite::Database& db, const char* sql) {
  SQLite::Statement q(db, sql);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::int64_t rows(SQLite::Database& db, const char* sql) {
  SQLite::Statement q(db, sql);
  std::int64_t n = 0;
  while (q.executeStep()) ++n;
  return n;
}

// The report's figures as a bureau analyst would write them in SQL.
SqlFigures sql_figures(SQLite::Database& db) {
  SqlFigures f;
  f.received = one(db, "SELECT count(*) FROM cases");
  f.accepted = one(db, "SELECT count(*) FROM cases WHERE accepted IS NOT NULL");
  f.respondents = one(db, "SELECT count(DISTINCT who) FROM respondents WHERE accepted IS NOT NULL");
  f.infringing =
      one(db, "SELECT count(DISTINCT who) FROM respondents WHERE accepted IS NOT NULL AND outcome='exhibit_covered'");
  // Every respondent who withdrew, also one found infringing in another complaint.
  f.withdrew =
      one(db, "SELECT count(DISTINCT who) FROM respondents WHERE accepted IS NOT NULL AND outcome='exhibit_withdrawn'");
  f.groups += rows(
      db,
      "SELECT right_type, count(*), count(accepted), sum(outcome='exhibit_covered') FROM cases GROUP BY right_type");
  f.groups += rows(db,
                   "SELECT b.hall, count(*), count(c.accepted), sum(c.outcome='exhibit_covered') FROM cases c "
                   "LEFT JOIN booths b ON b.booth=c.booth GROUP BY b.hall");
  f.groups += rows(db,
                   "SELECT b.industry, count(*), count(c.accepted), sum(c.outcome='exhibit_covered') FROM cases c "
                   "LEFT JOIN booths b ON b.booth=c.booth GROUP BY b.industry");
  // 涉外 and 涉港澳台 apart: Hong Kong, Macao and Taiwan are never foreign.
  f.foreign = one(db, "SELECT count(*) FROM cases WHERE country<>'' AND upper(country) NOT IN ('CN','HK','MO','TW')");
  f.hk_macao_taiwan = one(db, "SELECT count(*) FROM cases WHERE upper(country) IN ('HK','MO','TW')");
  one(db, "SELECT sum(agent<>'') FROM cases");
  f.groups += rows(db, "SELECT CASE WHEN outcome='' THEN 'open' ELSE outcome END, count(*) FROM cases GROUP BY 1");
  for (const char* m : kMeasures) {
    std::string q =
        std::string("SELECT count(*) FROM cases WHERE decided IS NOT NULL AND measures LIKE '%,") + m + ",%'";
    one(db, q.c_str());
  }
  f.groups += rows(db, "SELECT sanction, count(*) FROM cases WHERE decided IS NOT NULL GROUP BY sanction");
  const std::int64_t decided = one(db, "SELECT count(*) FROM cases WHERE decided IS NOT NULL");
  f.within_24h = one(db, "SELECT count(*) FROM cases WHERE decided IS NOT NULL AND decided-received <= 86400000");
  if (decided > 0) {
    const std::string median =
        "SELECT decided-received FROM cases WHERE decided IS NOT NULL ORDER BY 1 LIMIT 1 OFFSET " +
        std::to_string((50 * decided + 99) / 100 - 1);
    f.median = one(db, median.c_str());
    const std::string p90 = "SELECT decided-received FROM cases WHERE decided IS NOT NULL ORDER BY 1 LIMIT 1 OFFSET " +
                            std::to_string((90 * decided + 99) / 100 - 1);
    one(db, p90.c_str());
  }
  rows(db,
       "SELECT who, count(*) FROM respondents WHERE accepted IS NOT NULL AND booth<>'' GROUP BY 1 HAVING count(*)>1");
  one(db, "SELECT count(*) FROM cases WHERE outcome='transferred'");
  f.groups += rows(db,
                   "SELECT officer, sum(type='case.opened'), sum(type='notice.served'), sum(type='decision.recorded'), "
                   "count(*) FROM actions GROUP BY officer");
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  int n = 500'000;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--smoke") == 0) n = 5'000;
    if (std::strcmp(argv[i], "--cases") == 0 && i + 1 < argc) n = std::atoi(argv[++i]);
  }
  std::printf("report_bench: %d complaints\n", n);
  auto t = std::chrono::steady_clock::now();
  Data d = generate(n, n >= 50'000 ? 5'000 : 500);
  std::printf("  generate folded cases     %8.2f s\n", seconds_since(t));

  const test::TempDir tmp{"report-bench"};
  const fs::path file = tmp / "report.db";
  double sql_s = 0, report_s = 0;
  SqlFigures sql;
  report::Figures figures;
  {
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    t = std::chrono::steady_clock::now();
    load_sql(db, d);
    std::printf("  load the same into SQLite %8.2f s\n", seconds_since(t));
    sql_figures(db);  // warm the page cache: both sides then work from memory
    t = std::chrono::steady_clock::now();
    sql = sql_figures(db);
    sql_s = seconds_since(t);
  }
  fs::remove(file);

  report::ReportInput in;
  in.fold = &d.fold;
  in.booths = d.booths;
  t = std::chrono::steady_clock::now();
  figures = report::compute_figures(in);
  report_s = seconds_since(t);

  std::printf("  plain SQL (sqlite3)       %8.3f s   (baseline)\n", sql_s);
  std::printf("  report compute_figures    %8.3f s   ratio %.2f x the SQL time\n", report_s, report_s / sql_s);
  const bool same = sql.received == figures.complaints_received && sql.accepted == figures.complaints_accepted &&
                    sql.respondents == figures.respondents && sql.infringing == figures.respondents_found_infringing &&
                    sql.withdrew == figures.respondents_withdrew_exhibit && sql.foreign == figures.foreign_related &&
                    sql.hk_macao_taiwan == figures.hk_macao_taiwan && sql.within_24h == figures.handling.within_24h &&
                    figures.handling.median_ms && sql.median == *figures.handling.median_ms;
  std::printf(
      "  same figures: %s (received %lld, accepted %lld, respondents %lld, found infringing %lld, "
      "withdrew %lld, foreign %lld, HK/MO/TW %lld, within 24 h %lld)\n",
      same ? "yes" : "NO", static_cast<long long>(figures.complaints_received),
      static_cast<long long>(figures.complaints_accepted), static_cast<long long>(figures.respondents),
      static_cast<long long>(figures.respondents_found_infringing),
      static_cast<long long>(figures.respondents_withdrew_exhibit), static_cast<long long>(figures.foreign_related),
      static_cast<long long>(figures.hk_macao_taiwan), static_cast<long long>(figures.handling.within_24h));
  return same ? 0 : 1;
}

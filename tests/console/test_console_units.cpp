// The console's pure parts: the one HTML escaper, the parsers of untrusted request text, the
// sign-in throttle and the session store, and the signed review marks (docs/console.md).
#include <catch2/catch.hpp>
#include <fstream>
#include <string>
#include <vector>

#include "console/access_log.h"
#include "console/case_query.h"
#include "console/content_type.h"
#include "console/html.h"
#include "console/http_message.h"
#include "console/review_store.h"
#include "console/sessions.h"
#include "console/sign_in_throttle.h"
#include "sqlite/schema_migration.h"
#include "support/read_file.h"
#include "support/temp_dir.h"

using namespace fg::relay;
using namespace fg::relay::console;

TEST_CASE("escape_html leaves no markup, no bidi override and no invalid UTF-8", "[console]") {
  CHECK(escape_html("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  CHECK(escape_html("a\"b&c") == "a&quot;b&amp;c");
  CHECK(escape_html("\xE2\x80\xAE"
                    "evil") == "[U+202E]evil");          // right-to-left override
  CHECK(escape_html("x\xE2\x81\xA6y") == "x[U+2066]y");  // left-to-right isolate
  CHECK(escape_html("bad \xC3\x28 byte") == "bad \xEF\xBF\xBD( byte");
  CHECK(escape_html("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a UTF-16 surrogate
  CHECK(escape_html("nul\x01\x7f here\tand\n") == "nul here\tand\n");
  CHECK(escape_html("第138届 交易会") == "第138届 交易会");
}

TEST_CASE("recorded fields are labelled in words in both languages", "[console]") {
  CHECK(field_label(Lang::En, "id_number") == "ID number");
  CHECK(field_label(Lang::En, "captured_at") == "Taken at");
  CHECK(field_label(Lang::En, "country") == "Country");
  CHECK(field_label(Lang::En, "some_new_field") == "Some new field");  // a key no table knows yet
  CHECK(field_label(Lang::En, "") == "");
  CHECK(field_label(Lang::Zh, "id_number") == "证件号码");
  CHECK(field_label(Lang::Zh, "captured_at") == "拍摄时间");
}

TEST_CASE("forms, queries and cookies are parsed within bounds", "[console]") {
  CHECK(url_decode("a%3Cb%3e+c%zz%4") == "a<b> c%zz%4");
  auto form = parse_form("user=al%20ice&password=p%26w&user=second&empty&=x");
  CHECK(form["user"] == "al ice");
  CHECK(form["password"] == "p&w");
  CHECK(form["empty"].empty());
  std::string many;
  for (int i = 0; i < 1000; ++i) many += "f" + std::to_string(i) + "=1&";
  CHECK(parse_form(many).size() == kMaxFields);
  CHECK(target_path("/cases?status=closed") == "/cases");
  CHECK(target_query("/cases?status=closed&q=%3C")["q"] == "<");
  auto cookies = parse_cookies("fg_session=abc; fg_lang=en ;broken; fg_session=second");
  CHECK(cookies["fg_session"] == "abc");
  CHECK(cookies["fg_lang"] == "en");
  CHECK(url_encode("<a b>&") == "%3Ca%20b%3E%26");
}

TEST_CASE("a multipart form with a file is parsed within bounds", "[console]") {
  const std::string type = "multipart/form-data; boundary=\"XyZ\"";
  const std::string body =
      "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n"
      "--XyZ\r\nContent-Disposition: form-data; name=\"csv\"; filename=\"b.csv\"\r\nContent-Type: text/csv\r\n\r\n"
      "booth,hall\r\n--Xy not the end\r\n\r\n--XyZ\r\ncontent-disposition: form-data; name=\"csrf\"\r\n\r\nsecond\r\n"
      "--XyZ--\r\n";
  auto form = parse_multipart(body, type);
  CHECK(form.size() == 2);
  CHECK(form["csrf"] == "abc");  // the first of repeated names
  CHECK(form["csv"] == "booth,hall\r\n--Xy not the end\r\n");
  // Malformed: no boundary, a body that does not start with it, a part without its end.
  CHECK(parse_multipart(body, "multipart/form-data").empty());
  CHECK(parse_multipart("junk" + body, type).empty());
  CHECK(parse_multipart("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end", type).empty());
  std::string many;
  for (int i = 0; i < 1000; ++i)
    many += "--XyZ\r\nContent-Disposition: form-data; name=\"f" + std::to_string(i) + "\"\r\n\r\n1\r\n";
  CHECK(parse_multipart(many + "--XyZ--", type).size() == kMaxFields);
  HttpRequest post;
  post.method = "POST";
  post.headers = {{"content-type", type}};
  post.body = body;
  CHECK(request_form(post)["csrf"] == "abc");
  post.headers = {{"content-type", "application/x-www-form-urlencoded"}};
  post.body = "csrf=x";
  CHECK(request_form(post)["csrf"] == "x");
}

TEST_CASE("the sign-in throttle locks after the free failures and doubles", "[console]") {
  SignInThrottle t(5, 30'000, 120'000);
  for (int i = 0; i < 4; ++i) t.failed("user:x", 1000);
  CHECK(t.wait_ms("user:x", 1000) == 0);
  t.failed("user:x", 1000);
  CHECK(t.wait_ms("user:x", 1000) == 30'000);
  t.failed("user:x", 31'000);
  CHECK(t.wait_ms("user:x", 31'000) == 60'000);
  t.failed("user:x", 91'000);
  t.failed("user:x", 211'000);
  CHECK(t.wait_ms("user:x", 211'000) == 120'000);  // capped
  CHECK(t.wait_ms("user:other", 211'000) == 0);
  t.succeeded("user:x");
  CHECK(t.failures("user:x") == 0);
  // An hour without a failure: counted from nothing again.
  for (int i = 0; i < 4; ++i) t.failed("address:1", 0);
  t.failed("address:1", SignInThrottle::kForgetMs + 1);
  CHECK(t.failures("address:1") == 1);
}

TEST_CASE("the throttle remembers a bounded number of keys", "[console]") {
  SignInThrottle t(5, 30'000, 120'000);
  for (std::size_t i = 0; i <= SignInThrottle::kMaxKeys; ++i) t.failed("address:" + std::to_string(i), 1000 + i);
  CHECK(t.failures("address:0") == 0);  // the least recently failed went first
  CHECK(t.failures("address:1") == 1);
}

TEST_CASE("sessions expire, end, and give fresh ids", "[console]") {
  SessionStore s;
  const std::string a = s.create("alice", StaffRole::Admin, 0);
  const std::string b = s.create("alice", StaffRole::Admin, 0);
  CHECK(a.size() == 64);
  CHECK(a != b);
  REQUIRE(s.find(a, 1000) != nullptr);
  CHECK(s.find(a, 1000)->csrf != s.find(b, 1000)->csrf);
  CHECK(s.find(std::string(64, '0'), 1000) == nullptr);
  CHECK(s.find(a, 1000 + SessionStore::kIdleMs + 1) == nullptr);  // idle too long
  CHECK(s.find(a, 1000) == nullptr);                              // and gone for good
  s.end_user("alice");
  CHECK(s.find(b, 2000) == nullptr);
  CHECK(same_secret("abc", "abc"));
  CHECK_FALSE(same_secret("abc", "abd"));
  CHECK_FALSE(same_secret("", ""));
}

// The console ends a disabled member's sessions by passing the user name of the session it
// found; ASan caught that name being freed mid-erase (console test under the sanitizer gate).
TEST_CASE("ending a member's sessions by a name held in one of them", "[console]") {
  SessionStore s;
  const std::string first = s.create("bob", StaffRole::Viewer, 0);
  const std::string second = s.create("bob", StaffRole::Viewer, 0);
  const std::string other = s.create("carol", StaffRole::Viewer, 0);
  Session* found = s.find(first, 1000);
  REQUIRE(found != nullptr);
  s.end_user(found->user);
  CHECK(s.find(first, 1000) == nullptr);
  CHECK(s.find(second, 1000) == nullptr);
  CHECK(s.find(other, 1000) != nullptr);
  CHECK(s.size() == 1);
}

TEST_CASE("the access log chains and signs each line and finds a change, removal or reorder", "[console]") {
  fg::test::TempDir dir("console-access");
  const auto key = fg::KeyPair::generate();
  const auto file = dir / "access.jsonl";
  {
    AccessLog log(file, key);
    for (int i = 0; i < 3; ++i)
      log.record({.at = 1000 + i,
                  .user = "rita",
                  .role = "reviewer",
                  .address = "10.0.0.9",
                  .action = "case.view",
                  .case_number = "CF138-S01-000" + std::to_string(i),
                  .object = ""});
  }
  {
    AccessLog again(file, key);  // continues the chain after a restart
    again.record({.at = 2000,
                  .user = "alice",
                  .role = "admin",
                  .address = "::1",
                  .action = "bundle.download",
                  .case_number = "CF138-S01-0001",
                  .object = ""});
    const auto recent = again.recent(10, "CF138-S01-0001");
    REQUIRE(recent.size() == 2);
    CHECK(recent[0]["user"] == "alice");  // newest first
    CHECK(recent[1]["seq"] == 2);
  }
  CHECK_FALSE(verify_access_log(file, key.public_key()));
  CHECK(verify_access_log(file, fg::KeyPair::generate().public_key()) == "line 1: bad signature");

  const std::string text = fg::test::read_file(file);
  std::vector<std::string> lines;
  for (std::size_t at = 0, nl; (nl = text.find('\n', at)) != std::string::npos; at = nl + 1)
    lines.push_back(text.substr(at, nl - at + 1));
  REQUIRE(lines.size() == 4);
  auto check = [&](const std::string& changed) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << changed;
    return verify_access_log(file, key.public_key()).value_or("");
  };
  std::string edited = text;
  edited.replace(edited.find("\"rita\""), 6, "\"vera\"");
  CHECK(check(edited) == "line 1: hash does not match");
  CHECK(check(lines[0] + lines[2] + lines[3]) == "line 2: seq is not 2");
  CHECK(check(lines[1] + lines[0] + lines[2] + lines[3]) == "line 1: seq is not 1");
  // Lines cut from the end are not found by the file alone: the limit of a log with no outside witness.
  CHECK(check(lines[0] + lines[1] + lines[2]).empty());
}

TEST_CASE("evidence files are served with the type their bytes show, never as a page", "[console]") {
  CHECK(sniff_file_type("\xFF\xD8\xFF\xE0 JFIF").content_type == "image/jpeg");
  CHECK(sniff_file_type("\x89PNG\r\n\x1A\n....").content_type == "image/png");
  CHECK(sniff_file_type("%PDF-1.7").content_type == "application/pdf");
  const auto html = sniff_file_type("<html><script>alert(1)</script>");
  CHECK(html.content_type == "application/octet-stream");
  CHECK_FALSE(html.inline_view);
  CHECK(sniff_file_type("<svg onload=alert(1)>").content_type == "application/octet-stream");
  CHECK(sniff_file_type("").content_type == "application/octet-stream");
}

namespace {
fg::Case make_case(int n, fg::CaseState state, const std::string& hall, const std::string& station,
                   std::optional<std::int64_t> received, std::optional<std::int64_t> deadline) {
  fg::Case c;
  c.number = "CF138-" + station + "-" + std::string(4 - std::to_string(n).size(), '0') + std::to_string(n);
  c.state = state;
  c.hall = hall;
  c.station = station;
  c.booth = hall + "E" + std::to_string(100 - n);
  c.received = received;
  c.defence_deadline = deadline;
  return c;
}
std::vector<std::string> numbers(const CasePage& p) {
  std::vector<std::string> out;
  for (const auto* c : p.cases) out.push_back(c->number);
  return out;
}
}  // namespace

TEST_CASE("the case list filters by status, hall, station and overdue, and sorts", "[console]") {
  using fg::CaseState;
  fg::FoldResult fold;
  fold.cases = {make_case(1, CaseState::Closed, "9.1", "S01", 500, std::nullopt),
                make_case(2, CaseState::NoticeServed, "9.1", "S01", 300, 1000),
                make_case(3, CaseState::NoticeServed, "10.2", "S01", 400, 5000),
                make_case(4, CaseState::Accepted, "10.2", "S01", std::nullopt, std::nullopt),
                make_case(1, CaseState::NoticeServed, "9.1", "S02", 100, 2000)};
  auto run = [&](std::map<std::string, std::string> params) {
    const auto q = parse_case_query(params);
    REQUIRE(q);
    return numbers(select_cases(fold, *q, 3000));
  };
  CHECK(run({{"hall", "9.1"}}) == std::vector<std::string>{"CF138-S01-0001", "CF138-S01-0002", "CF138-S02-0001"});
  CHECK(run({{"station", "S02"}}) == std::vector<std::string>{"CF138-S02-0001"});
  CHECK(run({{"overdue", "1"}}) == std::vector<std::string>{"CF138-S01-0002", "CF138-S02-0001"});  // deadline < now
  CHECK(run({{"status", "notice_served"}, {"hall", "10.2"}}) == std::vector<std::string>{"CF138-S01-0003"});
  CHECK(run({{"sort", "received"}}) == std::vector<std::string>{"CF138-S02-0001", "CF138-S01-0002", "CF138-S01-0003",
                                                                "CF138-S01-0001", "CF138-S01-0004"});  // no time: last
  CHECK(run({{"sort", "deadline"}, {"dir", "desc"}}).front() == "CF138-S01-0004");
  CHECK(run({{"sort", "booth"}}).front() == "CF138-S01-0004");  // "10.2E96" < "10.2E97" < "9.1..."
  CHECK(run({{"hall", "nowhere"}}).empty());
  // The review filter goes by each case's latest mark; without marks every case is unmarked.
  const fg::relay::console::ReviewMarks marks{{"CF138-S01-0002", fg::relay::console::ReviewMark::Reviewed},
                                              {"CF138-S02-0001", fg::relay::console::ReviewMark::FollowUp}};
  auto reviewed = [&](const char* value, const fg::relay::console::ReviewMarks* m) {
    const auto q = parse_case_query({{"review", value}});
    REQUIRE(q);
    return numbers(select_cases(fold, *q, 3000, m));
  };
  CHECK(reviewed("reviewed", &marks) == std::vector<std::string>{"CF138-S01-0002"});
  CHECK(reviewed("follow_up", &marks) == std::vector<std::string>{"CF138-S02-0001"});
  CHECK(reviewed("none", &marks) == std::vector<std::string>{"CF138-S01-0001", "CF138-S01-0003", "CF138-S01-0004"});
  CHECK(reviewed("none", nullptr).size() == 5);
  CHECK(reviewed("reviewed", nullptr).empty());
}

TEST_CASE("case list parameters out of their set, range or length are refused", "[console]") {
  std::string why;
  for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{{"status", "open"},
                                                                                   {"sort", "complainant"},
                                                                                   {"sort", "number;drop"},
                                                                                   {"dir", "up"},
                                                                                   {"overdue", "yes"},
                                                                                   {"review", "yes"},
                                                                                   {"page", "0"},
                                                                                   {"page", "1e3"},
                                                                                   {"page", "99999999999999999999999"},
                                                                                   {"hall", std::string(33, 'h')},
                                                                                   {"station", std::string(1000, 'S')},
                                                                                   {"booth", std::string(33, 'b')},
                                                                                   {"officer", std::string(33, 'o')},
                                                                                   {"right_type", "patent"}}) {
    CHECK_FALSE(parse_case_query({{key, value}}, &why));
    CHECK_FALSE(why.empty());
  }
  const auto long_text = parse_case_query({{"q", std::string(5000, 'x')}});
  REQUIRE(long_text);
  CHECK(long_text->text.size() == kMaxQueryText);
  const auto q = parse_case_query({{"hall", "9.1"},
                                   {"booth", "9.1 A01"},
                                   {"right_type", "trademark"},
                                   {"q", "a&b c"},
                                   {"sort", "deadline"},
                                   {"dir", "desc"}});
  REQUIRE(q);
  CHECK(case_query_string(*q, 2) ==
        "status=&hall=9.1&station=&booth=9.1%20A01&right_type=trademark&officer=&overdue=&review=&q=a%26b%20c&sort="
        "deadline&dir=desc&page=2");
  // The string reads back as the same query (the page's links keep every filter).
  const auto back = parse_case_query(target_query("/cases?" + case_query_string(*q, 2)));
  REQUIRE(back);
  CHECK((back->booth == "9.1 A01" && back->right_type == "trademark" && back->text == "a&b c" && back->page == 2));
}

TEST_CASE("review marks are signed by the bureau key, those stored before signing by the migration", "[console]") {
  fg::test::TempDir dir("console-reviews");
  const auto db_path = dir / "relay.db";
  const auto key = fg::KeyPair::generate();
  {
    // A relay.db as the console left it before marks were signed: schema version 1, one mark.
    SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    fg::sqlite::migrate_schema(db, "console_reviews_version",
                               {"CREATE TABLE console_reviews(id INTEGER PRIMARY KEY, case_number TEXT NOT NULL, "
                                "mark TEXT NOT NULL, note TEXT NOT NULL, user TEXT NOT NULL, at INTEGER NOT NULL);"},
                               "console reviews");
    db.exec("INSERT INTO console_reviews VALUES(1, 'CF138-S01-0001', 'follow_up', 'old note', 'rita', 1000)");
  }
  ReviewStore store(db_path, "CF138", key);
  store.add(
      {.case_number = "CF138-S01-0001", .mark = ReviewMark::Reviewed, .note = "seen", .user = "alice", .at = 2000});
  const auto marks = store.statements("CF138-S01-0001");
  REQUIRE(marks.size() == 2);
  CHECK((marks[0].id == 1 && marks[0].note == "old note" && marks[0].mark == "follow_up"));
  CHECK((marks[1].id == 2 && marks[1].user == "alice" && marks[1].fair == "CF138"));
  for (const fg::ReviewStatement& m : marks) CHECK(fg::verify_review(m, key.public_key()));
  CHECK(
      fg::review_message(marks[1]) ==
      "fairguard-review-v1\n{\"at\":2000,\"case\":\"CF138-S01-0001\",\"fair\":\"CF138\",\"id\":2,\"mark\":\"reviewed\","
      "\"note\":\"seen\",\"user\":\"alice\"}");
  // Any field changed, or another key: the signature no longer holds.
  auto changed = marks[1];
  changed.note = "seen!";
  CHECK_FALSE(fg::verify_review(changed, key.public_key()));
  changed = marks[1];
  changed.id = 3;
  CHECK_FALSE(fg::verify_review(changed, key.public_key()));
  CHECK_FALSE(fg::verify_review(marks[1], fg::KeyPair::generate().public_key()));
  // Its JSON form reads back the same, and a field out of range is refused with the reason.
  std::string why;
  const auto back = fg::review_from_json(marks[1].to_json(), &why);
  REQUIRE(back);
  CHECK(fg::verify_review(*back, key.public_key()));
  for (auto [field, value] : std::vector<std::pair<std::string, fg::Json>>{
           {"id", 0}, {"at", -1}, {"mark", "done"}, {"user", ""}, {"note", std::string(2001, 'x')}, {"sig", "00"}}) {
    fg::Json j = marks[1].to_json();
    j[field] = value;
    CHECK_FALSE(fg::review_from_json(j, &why));
    CHECK_THAT(why, Catch::Contains(field == "at" ? "time" : field));
  }
  fg::Json extra = marks[1].to_json();
  extra["more"] = 1;
  CHECK_FALSE(fg::review_from_json(extra, &why));
  // Opening again signs nothing anew: the stored signatures stay as they were.
  ReviewStore again(db_path, "CF138", key);
  CHECK(again.statements("CF138-S01-0001")[0].sig == marks[0].sig);
}

// The fairguard-relay admin commands, run as the real binary in temp folders.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "crypto/password.h"
#include "data/relay_data.h"
#include "fairconfig/enrolment_payload.h"
#include "png_decode.h"
#include "relay_process.h"
#include "support/read_file.h"
#include "support/temp_dir.h"

using namespace fg;
using namespace fg::relay;
using fg::test::run_relay;

namespace {

const std::string kDemoBooths = std::string(FAIRGUARD_DEMO_DIR) + "/booths.csv";

std::vector<std::string> init_args(const std::filesystem::path& dir) {
  return {"init",     "--data",    dir.string(), "--fair",     "CF138", "--name",     "第138届中国进出口商品交易会",
          "--venue",  "广州 琶洲", "--from",     "2025-10-15", "--to",  "2025-10-19", "--hall",
          "9.1,10.2", "--hall",    "11.3"};
}

std::filesystem::path make_relay(const test::TempDir& tmp) {
  const auto dir = tmp / "relay";
  auto r = run_relay(init_args(dir));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return dir;
}

void write_file(const std::filesystem::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

std::string payload_line(const std::string& out) {
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);)
    if (line.starts_with("FGE1:")) return line;
  return {};
}

unsigned mode_of(const std::filesystem::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 0777;
}

}  // namespace

TEST_CASE("relay init makes a data folder once and refuses to overwrite it", "[relay]") {
  test::TempDir tmp;
  const auto dir = make_relay(tmp);
  CHECK(mode_of(dir / "bureau.key") == 0600);
  CHECK(mode_of(dir / "log.key") == 0600);
  CHECK(mode_of(dir / "tls" / "key.pem") == 0600);
  const std::string key = KeyPair::load(dir / "bureau.key").public_hex();

  auto again = run_relay(init_args(dir));
  CHECK(again.exit_code != 0);
  CHECK_THAT(again.err, Catch::Contains("refusing to overwrite"));
  CHECK(KeyPair::load(dir / "bureau.key").public_hex() == key);

  RelayData data(dir);
  CHECK(data.settings().halls == std::vector<std::string>{"9.1", "10.2", "11.3"});
  CHECK(data.settings().timezone == "Asia/Shanghai");
}

TEST_CASE("relay init validates dates, time zone and listen address", "[relay]") {
  test::TempDir tmp;
  auto with = [&](const std::string& option, const std::string& value) {
    auto args = init_args(tmp / "x");
    auto it = std::find(args.begin(), args.end(), option);
    if (it != args.end()) {
      *(it + 1) = value;
    } else {
      args.push_back(option);
      args.push_back(value);
    }
    return run_relay(args);
  };
  auto r = with("--from", "2025-02-30");
  CHECK(r.exit_code != 0);
  CHECK_THAT(r.err, Catch::Contains("2025-02-30") && Catch::Contains("does not exist"));
  r = with("--to", "19/10/2025");
  CHECK_THAT(r.err, Catch::Contains("YYYY-MM-DD"));
  r = with("--to", "2025-10-01");
  CHECK_THAT(r.err, Catch::Contains("before it starts"));
  r = with("--timezone", "Mars/Olympus");
  CHECK_THAT(r.err, Catch::Contains("Mars/Olympus"));
  r = with("--listen", "0.0.0.0:99999");
  CHECK_THAT(r.err, Catch::Contains("port"));
  r = with("--fair", "CF 138");
  CHECK_THAT(r.err, Catch::Contains("fair id"));
  CHECK(r.exit_code != 0);
  CHECK_FALSE(std::filesystem::exists(tmp / "x"));
}

TEST_CASE("booths import: the demo list with quoted commas goes in whole", "[relay]") {
  test::TempDir tmp;
  const auto dir = make_relay(tmp);
  auto r = run_relay({"booths", "import", "--data", dir.string(), kDemoBooths});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("Imported 40 booths in 3 hall(s)"));
  RelayData data(dir);
  const auto config = data.fair_config();
  REQUIRE(config.booths.size() == 40);
  CHECK(config.find_booth("9.1A03")->exhibitor == "Ningbo Sunrise Appliance Co., Ltd.");
  CHECK(config.find_booth("10.2A04")->exhibitor == "Yongkang \"Golden Shield\" Tools Co., Ltd.");
  CHECK(config.find_booth("9.1C02")->exhibitor == "深圳市华兴电子有限公司(国际部, 出口)");
  CHECK(config.find_booth("9.1A01")->delegation == "浙江交易团");
  CHECK(config.find_booth("9.1C01")->delegation.empty());
  CHECK(config.fair.halls == std::vector<std::string>{"9.1", "10.2", "11.3"});
}

TEST_CASE("booths import: every kind of bad row is named by line and nothing is imported", "[relay]") {
  test::TempDir tmp;
  const auto dir = make_relay(tmp);
  REQUIRE(run_relay({"booths", "import", "--data", dir.string(), kDemoBooths}).exit_code == 0);
  const std::string header = "booth,hall,exhibitor,delegation,industry\n";
  const std::string good = "9.1A01,9.1,宁波市华光电器有限公司,浙江交易团,家用电器\n";

  struct Case {
    const char* name;
    std::string body;
    std::string expect;
  };
  const std::vector<Case> cases = {
      {"empty booth", good + ",9.1,某公司,,\n", "line 3: booth is empty"},
      {"duplicate booth", good + "9.1A02,9.1,甲,,\n9.1A01,9.1,乙,,\n",
       "line 4: duplicate booth 9.1A01 (first on line 2)"},
      {"unknown hall", good + "12.1A01,12.1,丙,,\n", "line 3: unknown hall '12.1'"},
      {"too few columns", good + "9.1A05,9.1,丁\n", "line 3: expected 5 columns, found 3"},
      {"unquoted comma", good + "9.1A06,9.1,Foshan Co., Ltd.,,\n", "line 3: expected 5 columns, found 6"},
      {"invalid UTF-8 (GBK bytes)", good + "9.1A07,9.1,\xc4\xfe\xb2\xa8,,\n", "line 3: not valid UTF-8"},
      {"bad header", "booth,hall,name\n" + good, "line 1: header"},
      {"unclosed quote", good + "9.1A08,9.1,\"Open quote,,\n", "never closed"},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      const auto file = tmp / "bad.csv";
      write_file(file, c.name == std::string("bad header") ? c.body : header + c.body);
      auto r = run_relay({"booths", "import", "--data", dir.string(), file.string()});
      INFO(r.err);
      CHECK(r.exit_code != 0);
      CHECK_THAT(r.err, Catch::Contains(c.expect) && Catch::Contains("nothing was imported"));
      RelayData data(dir);
      CHECK(data.booths().size() == 40);  // the earlier list is untouched
    }
  }
  SECTION("several bad rows are all listed") {
    const auto file = tmp / "bad.csv";
    write_file(file, header + good + ",9.1,x,,\n9.1A09,9.9,y,,\n9.1A10,9.1\n");
    auto r = run_relay({"booths", "import", "--data", dir.string(), file.string()});
    CHECK_THAT(r.err, Catch::Contains("3 bad row(s)") && Catch::Contains("line 3") && Catch::Contains("line 4") &&
                          Catch::Contains("line 5"));
  }
}

TEST_CASE("officers add, list and disable with a PIN file", "[relay]") {
  test::TempDir tmp;
  const auto dir = make_relay(tmp);
  write_file(tmp / "pin", "2468135790\n");
  auto r = run_relay({"officers", "add", "--data", dir.string(), "--id", "GZ001", "--name", "王芳", "--pin-file",
                      (tmp / "pin").string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto sv = run_relay({"officers", "add", "--data", dir.string(), "--id", "GZ002", "--name", "Li Lei", "--pin-file",
                       (tmp / "pin").string(), "--supervisor"});
  REQUIRE(sv.exit_code == 0);
  CHECK_THAT(sv.out, Catch::Contains("Added supervisor GZ002"));

  auto dup = run_relay({"officers", "add", "--data", dir.string(), "--id", "GZ001", "--name", "x", "--pin-file",
                        (tmp / "pin").string()});
  CHECK(dup.exit_code != 0);
  CHECK_THAT(dup.err, Catch::Contains("already exists"));
  write_file(tmp / "short", "12\n");
  auto short_pin = run_relay({"officers", "add", "--data", dir.string(), "--id", "GZ003", "--name", "x", "--pin-file",
                              (tmp / "short").string()});
  CHECK_THAT(short_pin.err, Catch::Contains("at least 10 digits"));
  write_file(tmp / "letters", "12ab\n");
  auto letters = run_relay({"officers", "add", "--data", dir.string(), "--id", "GZ003", "--name", "x", "--pin-file",
                            (tmp / "letters").string()});
  CHECK_THAT(letters.err, Catch::Contains("digits only"));
  // Without --pin-file and without a terminal it refuses instead of waiting.
  auto no_tty = run_relay({"officers", "add", "--data", dir.string(), "--id", "GZ003", "--name", "x"});
  CHECK(no_tty.exit_code != 0);
  CHECK_THAT(no_tty.err, Catch::Contains("--pin-file"));

  CHECK(run_relay({"officers", "disable", "--data", dir.string(), "--id", "GZ002"}).exit_code == 0);
  auto unknown = run_relay({"officers", "disable", "--data", dir.string(), "--id", "GZ404"});
  CHECK(unknown.exit_code != 0);
  CHECK_THAT(unknown.err, Catch::Contains("no officer"));

  auto list = run_relay({"officers", "list", "--data", dir.string()});
  CHECK(list.exit_code == 0);
  CHECK_THAT(list.out,
             Catch::Contains("GZ001\t王芳\tofficer\tactive") && Catch::Contains("GZ002\tLi Lei\tsupervisor\tdisabled"));
  CHECK_THAT(list.out, !Catch::Contains("GZ003"));

  // The PIN reaches the stations only as an Argon2id verifier in the signed roster.
  RelayData data(dir);
  auto v = verify_fair_config(data.signed_fair_config(), data.bureau_key().public_key());
  REQUIRE(v);
  CHECK(verify_password(v.config->find_officer("GZ001")->pin_verifier, "2468135790"));
  CHECK_FALSE(verify_password(v.config->find_officer("GZ001")->pin_verifier, "2468135791"));
  CHECK(v.config->find_officer("GZ002")->disabled);
  CHECK(data.signed_fair_config().find("2468135790") == std::string::npos);
  // Roles and box keys travel in the signed roster: the PIN derives the published box key.
  CHECK_FALSE(v.config->find_officer("GZ001")->supervisor);
  CHECK(v.config->find_officer("GZ002")->supervisor);
  const auto& box = v.config->find_officer("GZ001")->box;
  REQUIRE(box);
  CHECK(box->cost == kdf_cost(PasswordCost::Interactive));
  CHECK(OfficerBoxKey::derive("2468135790", *box).matches(*box));
  CHECK_FALSE(OfficerBoxKey::derive("2468135791", *box).matches(*box));
  // So does the officer's signing key (event format v2): the PIN re-derives sign_pk.
  const std::string& sign_pk = v.config->find_officer("GZ001")->sign_pk;
  REQUIRE(public_key_from_hex(sign_pk));
  CHECK(OfficerBoxKey::derive("2468135790", *box).signing_key().public_hex() == sign_pk);
  CHECK(OfficerBoxKey::derive("2468135791", *box).signing_key().public_hex() != sign_pk);
  CHECK(v.config->find_officer("GZ002")->sign_pk != sign_pk);
}

TEST_CASE("officers add --credential --expires puts the credential in the signed roster", "[relay]") {
  test::TempDir tmp;
  const auto dir = make_relay(tmp);
  write_file(tmp / "pin", "2468135790\n");
  auto add = [&](const char* id, std::vector<std::string> extra) {
    std::vector<std::string> args{"officers", "add",    "--data", dir.string(), "--id",
                                  id,         "--name", "王芳",   "--pin-file", (tmp / "pin").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_relay(args);
  };
  auto ok = add("GZ001", {"--credential", "44010020230001", "--expires", "2026-12-31"});
  INFO(ok.err);
  REQUIRE(ok.exit_code == 0);
  CHECK_THAT(ok.out, Catch::Contains("credential 44010020230001 valid to 2026-12-31"));
  REQUIRE(add("GZ002", {}).exit_code == 0);  // the credential stays optional

  // Refused with the reason, and nothing added.
  auto bad_date = add("GZ003", {"--credential", "44010020230003", "--expires", "2026-02-30"});
  CHECK(bad_date.exit_code != 0);
  CHECK_THAT(bad_date.err, Catch::Contains("does not exist in the calendar"));
  auto no_expiry = add("GZ003", {"--credential", "44010020230003"});
  CHECK(no_expiry.exit_code != 0);
  CHECK_THAT(no_expiry.err, Catch::Contains("--expires"));
  auto no_number = add("GZ003", {"--expires", "2026-12-31"});
  CHECK(no_number.exit_code != 0);
  CHECK_THAT(no_number.err, Catch::Contains("--credential"));

  auto list = run_relay({"officers", "list", "--data", dir.string()});
  CHECK_THAT(list.out, Catch::Contains("44010020230001 to 2026-12-31") && Catch::Contains("\tnone\t") &&
                           !Catch::Contains("GZ003"));

  RelayData data(dir);
  auto v = verify_fair_config(data.signed_fair_config(), data.bureau_key().public_key());
  REQUIRE(v);
  REQUIRE(v.config->find_officer("GZ001")->credential);
  CHECK(*v.config->find_officer("GZ001")->credential == OfficerCredential{"44010020230001", "2026-12-31"});
  CHECK_FALSE(v.config->find_officer("GZ002")->credential);
}

TEST_CASE("enroll prints a payload whose PNG QR code decodes to the same text", "[relay]") {
  test::TempDir tmp;
  const auto dir = make_relay(tmp);
  const auto png = tmp / "enrol.png";
  auto r = run_relay({"enroll", "--data", dir.string(), "--station", "Hall 9 desk", "--png", png.string(), "--host",
                      "127.0.0.1", "--port", "7443"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::string text = payload_line(r.out);
  auto parsed = parse_enrolment_payload(text);
  INFO(text << " " << parsed.error);
  REQUIRE(parsed);
  RelayData data(dir);
  CHECK(parsed.payload->host == "127.0.0.1");
  CHECK(parsed.payload->port == 7443);
  CHECK(parsed.payload->fair == "CF138");
  CHECK(parsed.payload->cert_sha256 == data.cert_fingerprint());
  // The terminal QR code (between the heading and the payload line) scans too.
  const auto qr_start = r.out.find("\n\n") + 2, qr_end = r.out.find("\nFGE1:");
  REQUIRE(qr_end > qr_start);
  const auto from_terminal = test::decode_qr_text(r.out.substr(qr_start, qr_end - qr_start));
  REQUIRE(from_terminal);
  CHECK(*from_terminal == text);

  const auto decoded = test::decode_qr_png(png);
  REQUIRE(decoded);
  CHECK(*decoded == text);

  // The token enrols one device, once.
  const std::string k1 = KeyPair::generate().public_hex(), k2 = KeyPair::generate().public_hex();
  auto first = data.consume_enrolment_token(parsed.payload->token, k1);
  REQUIRE(first);
  CHECK(first.device->code == "S01");
  CHECK(first.device->station == "Hall 9 desk");
  CHECK(data.consume_enrolment_token(parsed.payload->token, k2).error == EnrolError::TokenUsed);
}

TEST_CASE("enroll with --valid-minutes 0 gives a token that is refused as expired", "[relay]") {
  test::TempDir tmp;
  const auto dir = make_relay(tmp);
  auto r =
      run_relay({"enroll", "--data", dir.string(), "--station", "S", "--host", "relay.local", "--valid-minutes", "0"});
  REQUIRE(r.exit_code == 0);
  auto parsed = parse_enrolment_payload(payload_line(r.out));
  REQUIRE(parsed);
  CHECK(parsed.payload->port == 7443);  // from the default listen address
  // Already expired, shown in the fair's time zone (Asia/Shanghai is UTC+8, no DST) and UTC.
  const auto utc_at = r.out.find("Z)");
  REQUIRE(utc_at != std::string::npos);
  const std::string utc = r.out.substr(utc_at - 19, 20);  // 2026-11-25T08:58:00Z
  const int local_hour = (std::stoi(utc.substr(11, 2)) + 8) % 24;
  char expected[16];
  std::snprintf(expected, sizeof expected, " %02d:%s CST", local_hour, utc.substr(14, 2).c_str());
  CHECK_THAT(r.out, Catch::Contains(expected));
  RelayData data(dir);
  CHECK(data.consume_enrolment_token(parsed.payload->token, KeyPair::generate().public_hex()).error ==
        EnrolError::TokenExpired);
  CHECK(run_relay({"enroll", "--data", dir.string(), "--station", "S", "--host", "bad host!"}).exit_code != 0);
}

TEST_CASE("revoke by station code, and status shows stations, syncs and counts", "[relay]") {
  test::TempDir tmp;
  const auto dir = make_relay(tmp);
  REQUIRE(run_relay({"booths", "import", "--data", dir.string(), kDemoBooths}).exit_code == 0);
  const std::string k1 = KeyPair::generate().public_hex(), k2 = KeyPair::generate().public_hex();
  {
    RelayData data(dir);
    REQUIRE(data.consume_enrolment_token(data.issue_enrolment_token("Hall 9 desk", std::chrono::minutes(5)).token, k1));
    REQUIRE(
        data.consume_enrolment_token(data.issue_enrolment_token("Hall 10 desk", std::chrono::minutes(5)).token, k2));
    data.record_sync({k1, 1'760'486'400'000, 1'760'486'401'000, 3, 0, 1, 0, "ok"});
  }
  auto r = run_relay({"revoke", "--data", dir.string(), "--device", "S02"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("Revoked S02 (Hall 10 desk"));
  auto again = run_relay({"revoke", "--data", dir.string(), "--device", k2});
  CHECK(again.exit_code != 0);
  CHECK_THAT(again.err, Catch::Contains("already revoked"));
  CHECK_THAT(run_relay({"revoke", "--data", dir.string(), "--device", "S07"}).err,
             Catch::Contains("no enrolled device"));

  auto status = run_relay({"status", "--data", dir.string()});
  INFO(status.err);
  REQUIRE(status.exit_code == 0);
  CHECK_THAT(status.out, Catch::Contains("CF138") && Catch::Contains("第138届中国进出口商品交易会"));
  CHECK_THAT(status.out, Catch::Contains("40 booths"));
  CHECK_THAT(status.out, Catch::Contains("Events:       0") && Catch::Contains("Blobs:        0"));
  CHECK_THAT(status.out, Catch::Contains("S01\tHall 9 desk\t") && Catch::Contains("2025-10-15T00:00:01Z\tactive"));
  CHECK_THAT(status.out, Catch::Contains("S02\tHall 10 desk\t") && Catch::Contains("never\trevoked"));

  RelayData data(dir);
  CHECK_FALSE(data.device_allowed(k2));
  CHECK_FALSE(data.events().is_trusted(k2));
  CHECK(data.events().is_trusted(k1));
}

TEST_CASE("every command has --help, and errors are clear with a non-zero exit", "[relay]") {
  for (const std::vector<std::string>& cmd : std::vector<std::vector<std::string>>{{"init"},
                                                                                   {"booths", "import"},
                                                                                   {"officers", "add"},
                                                                                   {"officers", "list"},
                                                                                   {"officers", "disable"},
                                                                                   {"enroll"},
                                                                                   {"revoke"},
                                                                                   {"status"},
                                                                                   {"config"}}) {
    auto args = cmd;
    args.push_back("--help");
    auto r = run_relay(args);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("--data"));
  }
  test::TempDir tmp;
  auto r = run_relay({"status", "--data", tmp.path().string()});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("not a FairGuard relay data folder"));
  CHECK(run_relay({"status"}).exit_code != 0);
  CHECK(run_relay({}).exit_code != 0);
}

// A stolen tablet's roster lets a thief try PINs offline at the Argon2id cost of one guess
// (docs/station.md, "PIN length"): a new fair refuses PINs short enough to fall in a core-year.
TEST_CASE("officers add refuses a PIN shorter than the fair's minimum and adds nothing", "[relay]") {
  test::TempDir tmp;
  const auto dir = make_relay(tmp);
  CHECK(RelayData(dir).settings().pin_min_length == 10);
  const auto version = RelayData(dir).config_version();
  for (const std::string pin : {"2468", "246813", "123456789"}) {
    write_file(tmp / "pin", pin + "\n");
    auto r = run_relay({"officers", "add", "--data", dir.string(), "--id", "GZ001", "--name", "王芳", "--pin-file",
                        (tmp / "pin").string()});
    INFO(pin);
    CHECK(r.exit_code != 0);
    CHECK_THAT(r.err, Catch::Contains("at least 10 digits") && Catch::Contains("guessed offline"));
  }
  RelayData refused(dir);
  CHECK(refused.officers().empty());
  CHECK(refused.config_version() == version);

  write_file(tmp / "pin", "2468135790\n");
  auto ok = run_relay({"officers", "add", "--data", dir.string(), "--id", "GZ001", "--name", "王芳", "--pin-file",
                       (tmp / "pin").string()});
  INFO(ok.err);
  REQUIRE(ok.exit_code == 0);
  RelayData added(dir);
  REQUIRE(added.officers().size() == 1);
  CHECK(added.config_version() > version);
  CHECK(verify_password(added.officers()[0].officer.pin_verifier, "2468135790"));
  // Too long is refused too: the station's PIN pad takes 12 digits at most.
  write_file(tmp / "pin", "1234567890123\n");
  auto long_pin = run_relay({"officers", "add", "--data", dir.string(), "--id", "GZ002", "--name", "x", "--pin-file",
                             (tmp / "pin").string()});
  CHECK_THAT(long_pin.err, Catch::Contains("at most 12 digits"));
}

TEST_CASE("init --pin-min-length sets the fair's PIN policy, within 4 to 12", "[relay]") {
  test::TempDir tmp;
  auto args = init_args(tmp / "demo");
  args.insert(args.end(), {"--pin-min-length", "4"});
  auto r = run_relay(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("at least 4 digits"));
  write_file(tmp / "pin", "2468\n");
  auto added = run_relay({"officers", "add", "--data", (tmp / "demo").string(), "--id", "GZ001", "--name", "王芳",
                          "--pin-file", (tmp / "pin").string()});
  INFO(added.err);
  CHECK(added.exit_code == 0);

  for (const std::string bad : {"3", "13"}) {
    auto too = init_args(tmp / ("bad" + bad));
    too.insert(too.end(), {"--pin-min-length", bad});
    auto refused = run_relay(too);
    INFO(bad);
    CHECK(refused.exit_code != 0);
    CHECK_THAT(refused.err, Catch::Contains("minimum PIN length must be 4 to 12"));
    CHECK_FALSE(std::filesystem::exists(tmp / ("bad" + bad)));
  }
}

TEST_CASE("officers add asks for the PIN twice on the terminal without echoing it", "[relay]") {
  test::TempDir tmp;
  const auto dir = make_relay(tmp);
  auto r = test::run_relay_on_terminal({"officers", "add", "--data", dir.string(), "--id", "GZ007", "--name", "陈静"},
                                       {{"PIN for GZ007: ", "9753197531"}, {"Repeat the PIN: ", "9753197531"}}, 20);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("Added officer GZ007"));
  CHECK_THAT(r.out, !Catch::Contains("9753197531"));  // typed, but never shown
  RelayData data(dir);
  REQUIRE(data.officers().size() == 1);
  CHECK(verify_password(data.officers()[0].officer.pin_verifier, "9753197531"));

  auto mismatch =
      test::run_relay_on_terminal({"officers", "add", "--data", dir.string(), "--id", "GZ008", "--name", "x"},
                                  {{"PIN for GZ008: ", "1111222233"}, {"Repeat the PIN: ", "111122223334"}}, 20);
  CHECK(mismatch.exit_code != 0);
  CHECK_THAT(mismatch.out, Catch::Contains("differ"));
  CHECK(RelayData(dir).officers().size() == 1);
}

TEST_CASE("status counts the blobs and events the relay holds", "[relay]") {
  test::TempDir tmp;
  const auto dir = make_relay(tmp);
  const KeyPair device = KeyPair::generate();
  {
    RelayData data(dir);
    REQUIRE(data.consume_enrolment_token(data.issue_enrolment_token("Hall 9", std::chrono::minutes(5)).token,
                                         device.public_hex()));
    data.blobs().put(as_bytes("photo of the exhibit"));
    data.blobs().put(as_bytes("patent certificate scan"));
    data.blobs().append_partial(std::string(64, 'a'), 0, as_bytes("half an upload"));  // not counted
    // A station's events, imported as the sync server would.
    EventStore station(tmp / "station.db", "CF138");
    const auto e1 = station.append(device, "GZ001", "case.opened", Json{{"booth", "9.1A01"}});
    const auto e2 = station.append(device, "GZ001", "case.note", Json{{"text", "展品已拍照"}});
    REQUIRE(accepted(data.events().import(e1).status));
    REQUIRE(accepted(data.events().import(e2).status));
  }
  auto status = run_relay({"status", "--data", dir.string()});
  INFO(status.err);
  REQUIRE(status.exit_code == 0);
  CHECK_THAT(status.out, Catch::Contains("Events:       2\n") && Catch::Contains("Blobs:        2\n"));
}

TEST_CASE("config writes the signed configuration a station verifies with the bureau key", "[relay]") {
  test::TempDir tmp;
  const auto dir = make_relay(tmp);
  REQUIRE(run_relay({"booths", "import", "--data", dir.string(), kDemoBooths}).exit_code == 0);
  const auto file = tmp / "config.json";
  auto r = run_relay({"config", "--data", dir.string(), "--out", file.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::string wire = test::read_file(file);
  const PublicKey bureau = KeyPair::load(dir / "bureau.key").public_key();
  auto v = verify_fair_config(wire, bureau);
  REQUIRE(v);
  CHECK(v.config->booths.size() == 40);
  CHECK_THAT(r.out, Catch::Contains(to_hex(bureau)));
  // stdout carries the same signed bytes plus a newline.
  auto printed = run_relay({"config", "--data", dir.string()});
  REQUIRE(printed.exit_code == 0);
  CHECK(verify_fair_config(printed.out.substr(0, printed.out.size() - 1), bureau));
}

TEST_CASE("booths import: a spreadsheet export with BOM and CRLF line ends", "[relay]") {
  test::TempDir tmp;
  const auto dir = tmp / "relay";
  // No --hall: any hall is accepted and the configuration lists the halls the booths name.
  REQUIRE(run_relay({"init", "--data", dir.string(), "--fair", "F1", "--name", "n", "--venue", "v", "--from",
                     "2026-03-01", "--to", "2026-03-03"})
              .exit_code == 0);
  write_file(tmp / "excel.csv",
             "\xEF\xBB\xBF"
             "Booth,Hall,Exhibitor,Delegation,Industry\r\n"
             "A01,Hall A,\"上海某某贸易有限公司\r\n(展品部)\",,\r\n"
             "B02 , Hall B ,  Foshan Lamps  ,广东交易团,照明\r\n");
  auto r = run_relay({"booths", "import", "--data", dir.string(), (tmp / "excel.csv").string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  RelayData data(dir);
  const auto config = data.fair_config();
  REQUIRE(config.booths.size() == 2);
  CHECK(config.booths[0].booth == "A01");
  CHECK(config.booths[0].exhibitor == "上海某某贸易有限公司 (展品部)");  // a quoted line break becomes a space
  CHECK(config.booths[1].booth == "B02");
  CHECK(config.booths[1].hall == "Hall B");
  CHECK(config.booths[1].exhibitor == "Foshan Lamps");
  CHECK(config.booths[1].industry == "照明");
  CHECK(config.fair.halls == std::vector<std::string>{"Hall A", "Hall B"});
}

// fairguard-sim --fair against the real relay process: a played fair's report equals an
// independent computation from the raw events for three seeds in each of which every path
// occurs; a 4 x 40 fair holds every workflow state; events lie in the fair's days and hours,
// notices carry the booth's verified sticker and measures follow the outcome; a played fair's
// evidence photos are JPEGs whose drawn product code scans, its notices are signed for or
// refused before a witness, and its notices and decisions are PDFs the relay makes again.
#include <ZXing/ReadBarcode.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "cases/case_fold.h"
#include "fairconfig/fair_time.h"
#include "independent_figures.h"
#include "ledger/json_fields.h"
#include "pgm_image.h"
#include "relay_process.h"
#include "report_scenario.h"
#include "sim/sim_station.h"
#include "support/child_process.h"
#include "support/read_file.h"
#include "support/temp_dir.h"

using namespace fg;
using namespace fg::test;
namespace fs = std::filesystem;

namespace {

struct PlayedFair {
  TempDir tmp;
  fs::path relay_dir;
  Json sim;  // fairguard-sim --json
};

// The relay with the scenario's booth list and four officers, its stickers as text, and
// fairguard-sim playing the fair (2026-10-15 to 10-19, RelayProcess's init) with `stations`.
void play(PlayedFair& p, unsigned seed, int stations, int complaints) {
  p.relay_dir = p.tmp.path() / "relay";
  RelayProcess relay(p.relay_dir);
  const std::string data = p.relay_dir.string();
  std::ofstream(p.tmp.path() / "booths.csv") << kScenarioBoothsCsv;
  std::ofstream(p.tmp.path() / "pin") << "2468024680\n";
  REQUIRE(run_process({FAIRGUARD_RELAY_EXE, "booths", "import", "--data", data, (p.tmp.path() / "booths.csv").string()})
              .code == 0);
  for (const char* id : {"GZ001", "GZ002", "GZ003", "GZ004"})
    REQUIRE(run_process({FAIRGUARD_RELAY_EXE, "officers", "add", "--data", data, "--id", id, "--name", id, "--pin-file",
                         (p.tmp.path() / "pin").string()})
                .code == 0);
  const fs::path stickers = p.tmp.path() / "stickers.txt";
  REQUIRE(run_process({FAIRGUARD_RELAY_EXE, "labels", "--data", data, "--out", (p.tmp.path() / "labels.pdf").string(),
                       "--text", stickers.string()})
              .code == 0);
  relay.start();
  std::vector<std::string> args{FAIRGUARD_SIM_EXE,
                                "--data",
                                (p.tmp.path() / "sim").string(),
                                "--stations",
                                std::to_string(stations),
                                "--complaints",
                                std::to_string(complaints),
                                "--photo-kb",
                                "1",
                                "--seed",
                                std::to_string(seed),
                                "--fair",
                                "--stickers",
                                stickers.string(),
                                "--json"};
  for (int i = 0; i < stations; ++i) {
    args.push_back("--enrol");
    args.push_back(relay.enroll("Desk " + std::to_string(i + 1)));
  }
  // A played fair renders its papers and draws its photos: minutes on a loaded 2-core machine.
  auto r = run_process(args, std::chrono::minutes(6));
  INFO(r.err);
  REQUIRE(r.code == 0);
  p.sim = Json::parse(r.out);
  relay.stop();
}

std::vector<SignedEvent> relay_events(const fs::path& relay_dir) {
  EventStore store(relay_dir / "relay.db", "CF138");
  return store.all_in_fold_order();
}

}  // namespace

TEST_CASE("played fairs: the report equals an independent computation, every path in each", "[report]") {
  for (unsigned seed : {101u, 202u, 303u}) {
    INFO("seed " << seed);
    PlayedFair p;
    play(p, seed, 4, 25);
    REQUIRE(p.sim["ok"] == true);
    for (const char* path : {"decided", "rejected", "withdrawn", "transferred", "draft", "open", "conflict",
                             "late_defence", "continued_elsewhere", "still_open_at_end"}) {
      INFO(path);
      CHECK(p.sim["paths"].value(path, 0) > 0);
    }
    const fs::path out = p.tmp.path() / "report";
    REQUIRE(run_process({FAIRGUARD_RELAY_EXE, "report", "--data", p.relay_dir.string(), "--out", out.string()}).code ==
            0);
    const Json got = Json::parse(read_file(out / "figures.json"));
    const Json want = independent_figures(p.relay_dir / "relay.db", kScenarioBoothsCsv, {});
    CHECK(want["complaints"]["received"] == 100);
    for (const char* outcome : {"rejected", "withdrawn", "transferred", "open", "exhibit_covered", "exhibit_withdrawn"})
      CHECK(want["outcomes"].value(outcome, 0) > 0);
    CHECK(want["cases_with_conflicts"].get<int>() > 0);
    for (const char* key :
         {"complaints", "respondents", "right_types", "halls", "industries", "patents", "foreign_related",
          "hk_macao_taiwan", "agents", "outcomes", "measures", "sanctions", "transfers", "handling"}) {
      INFO(key << ": report " << got[key].dump() << ", independent " << want[key].dump());
      CHECK(got[key] == want[key]);
    }
    CHECK(got["checks"]["cases_with_conflicts"] == want["cases_with_conflicts"]);
    for (auto& [id, counts] : want["officers"].items()) {
      bool found = false;
      for (const auto& o : got["officers"])
        if (o["id"] == id) {
          found = true;
          for (auto& [k, v] : counts.items()) CHECK(o[k] == v);
        }
      CHECK(found);
    }
  }
}

TEST_CASE("a played fair of 4 stations x 40 complaints holds every workflow state, on the fair's clock", "[report]") {
  PlayedFair p;
  play(p, 4040, 4, 40);
  REQUIRE(p.sim["ok"] == true);
  const auto events = relay_events(p.relay_dir);
  const FoldResult fold = fold_cases(events, "CF138");
  std::set<std::string> states;
  for (const Case& c : fold.cases)
    for (const TimelineEntry& t : c.timeline)
      if (t.valid) states.insert(to_string(t.state_after));
  for (const char* s : {"draft", "filed", "accepted", "rejected", "notice_served", "defence_received", "decided",
                        "withdrawn", "transferred", "closed"}) {
    INFO(s);
    CHECK(states.count(s) == 1);
  }
  std::set<std::string> final_states;
  for (const Case& c : fold.cases) final_states.insert(to_string(c.state));
  CHECK(final_states.count("draft") == 1);  // drafts and open cases remain at the end
  CHECK(final_states.count("notice_served") + final_states.count("defence_received") > 0);

  // Every event on one of the fair's five days (2026-10-15 to 10-19), within 09:30 to 18:00.
  std::set<std::string> days;
  for (const SignedEvent& e : events) {
    const auto t = fair_time(e.event.time, "Asia/Shanghai");
    REQUIRE(t);
    const int minute = t->hour * 60 + t->minute;
    INFO(format_fair_time(e.event.time, "Asia/Shanghai") << " " << e.event.type);
    CHECK(minute >= 9 * 60 + 30);
    CHECK(minute <= 18 * 60);
    days.insert(format_fair_date(e.event.time, "Asia/Shanghai"));
  }
  CHECK(days == std::set<std::string>{"2026-10-15", "2026-10-16", "2026-10-17", "2026-10-18", "2026-10-19"});
  const fs::path out = p.tmp.path() / "report";
  REQUIRE(run_process({FAIRGUARD_RELAY_EXE, "report", "--data", p.relay_dir.string(), "--out", out.string()}).code ==
          0);
  const Json figures = Json::parse(read_file(out / "figures.json"));
  CHECK(figures["checks"]["events_outside_fair_days"] == 0);  // the fair's own clock
  CHECK(figures["checks"]["outside_fair_days"].empty());

  // Notices after scanning the booth's genuine sticker; measures that follow the outcome.
  std::set<std::string> covered_measures;
  int notices = 0, devices_per_case_above_one = 0;
  for (const Case& c : fold.cases) {
    std::set<std::string> devices;
    for (const TimelineEntry& t : c.timeline) devices.insert(t.ref.device);
    devices_per_case_above_one += devices.size() > 1;
    if (c.outcome == "exhibit_covered")
      for (const auto& m : c.measures) covered_measures.insert(m);
    if (c.outcome == "no_infringement" || c.outcome == "settled") CHECK(c.measures.empty());
    if (c.outcome == "exhibit_withdrawn") CHECK_FALSE(c.measures.empty());
  }
  for (const SignedEvent& e : events)
    if (e.event.type == "notice.served") {
      ++notices;
      CHECK(e.event.body["sticker_verified"] == true);
      CHECK(e.event.body["sticker"].get<std::string>().rfind("FGB1:CF138:", 0) == 0);
    }
  CHECK(notices > 100);
  CHECK(covered_measures.size() >= 2);     // not always just exhibit_covered
  CHECK(devices_per_case_above_one > 10);  // cases continued at another station
}

namespace {

// The relay's copy of a blob.
std::string relay_blob(const fs::path& relay_dir, const std::string& hash) {
  return read_file(relay_dir / "blobs" / hash.substr(0, 2) / hash);
}

// The EAN-13 a JPEG shows, decoded by ImageMagick (not the encoder that wrote it) and read by
// ZXing as the station's scanner does (one symbol: ZXing 1.4 aborts on several linear ones).
std::string scanned_code(const std::string& jpeg, const fs::path& dir) {
  std::ofstream(dir / "photo.jpg", std::ios::binary) << jpeg;
  const auto converted = run_process({"/usr/bin/convert", (dir / "photo.jpg").string(), "-colorspace", "Gray", "-depth",
                                      "8", (dir / "photo.pgm").string()});
  if (converted.code != 0) return "convert failed: " + converted.err;
  const GreyImage img = read_pgm(dir / "photo.pgm");
  ZXing::DecodeHints hints;
  hints.setFormats(ZXing::BarcodeFormat::EAN13).setMaxNumberOfSymbols(1).setTryHarder(true);
  const auto result =
      ZXing::ReadBarcode(ZXing::ImageView(img.pixels.data(), img.width, img.height, ZXing::ImageFormat::Lum), hints);
  return result.isValid() ? result.text() : std::string();
}

}  // namespace

TEST_CASE("a played fair's photos show the product code, its notices are received and its papers are PDFs",
          "[report]") {
  PlayedFair p;
  play(p, 505, 3, 12);
  REQUIRE(p.sim["ok"] == true);
  const auto events = relay_events(p.relay_dir);
  std::map<std::string, std::string> product_code;  // case number -> product.recorded code
  for (const SignedEvent& e : events)
    if (e.event.type == "product.recorded")
      product_code[string_at(e.event.body, "case_number")] = string_at(e.event.body, "code");

  // Every photo a JPEG that ImageMagick decodes, showing its case's product code as an EAN-13
  // that scans; no two alike.
  std::set<std::string> photos;
  int scanned = 0;
  for (const SignedEvent& e : events) {
    if (e.event.type != "evidence.added" || !e.event.body.contains("blob")) continue;
    const std::string jpeg = relay_blob(p.relay_dir, string_at(e.event.body, "blob"));
    INFO(string_at(e.event.body, "case_number"));
    CHECK(jpeg.starts_with("\xFF\xD8\xFF"));
    CHECK(string_at(e.event.body, "media_type") == "image/jpeg");
    const std::string code = product_code.at(string_at(e.event.body, "case_number"));
    CHECK(code.size() == 13);
    CHECK(scanned_code(jpeg, p.tmp.path()) == code);
    photos.insert(jpeg);
    ++scanned;
  }
  CHECK(scanned >= 30);
  CHECK(photos.size() == static_cast<std::size_t>(scanned));

  // Each notice cites its PDF and is acknowledged once: signed (a PNG signature, the declaration
  // naming the case) or refused (a JPEG of the paper left there, a witness other than the
  // serving officer); each acknowledgement cites the notice it is about.
  std::map<std::string, const SignedEvent*> notice_of;
  int signed_receipts = 0, refused = 0, decisions = 0;
  for (const SignedEvent& e : events)
    if (e.event.type == "notice.served") {
      notice_of[string_at(e.event.body, "case_number")] = &e;
      CHECK(relay_blob(p.relay_dir, string_at(e.event.body, "notice")).starts_with("%PDF-"));
    }
  for (const SignedEvent& e : events) {
    const std::string number = string_at(e.event.body, "case_number");
    INFO(number << " " << e.event.type);
    if (e.event.type == "ack.signed" || e.event.type == "ack.refused") {
      REQUIRE(notice_of.contains(number));
      CHECK(string_at(e.event.body, "notice") == string_at(notice_of[number]->event.body, "notice"));
      CHECK(string_at(e.event.body, "about") == "notice.served");
    }
    if (e.event.type == "ack.signed") {
      ++signed_receipts;
      CHECK(relay_blob(p.relay_dir, string_at(e.event.body, "signature")).starts_with("\x89PNG"));
      CHECK_THAT(string_at(e.event.body, "declaration"), Catch::Contains(number));
    } else if (e.event.type == "ack.refused") {
      ++refused;
      CHECK(relay_blob(p.relay_dir, string_at(e.event.body, "photo")).starts_with("\xFF\xD8\xFF"));
      CHECK_FALSE(string_at(e.event.body, "witness").empty());
      CHECK(string_at(e.event.body, "witness") != notice_of[number]->event.officer);
    } else if (e.event.type == "decision.recorded") {
      ++decisions;
      CHECK(relay_blob(p.relay_dir, string_at(e.event.body, "document")).starts_with("%PDF-"));
    }
  }
  CHECK(signed_receipts > 0);
  CHECK(refused > 0);
  CHECK(decisions > 0);
  CHECK(signed_receipts + refused == static_cast<int>(notice_of.size()));

  // The relay makes a notice and a decision again from the events: the same bytes (a case
  // decided once: a conflicting second decision, made offline, describes another case state).
  std::map<std::string, int> decided;
  for (const SignedEvent& e : events)
    if (e.event.type == "decision.recorded") ++decided[string_at(e.event.body, "case_number")];
  std::string number;
  for (const auto& [case_number, times] : decided)
    if (times == 1) number = case_number;
  REQUIRE(!number.empty());
  for (const char* kind : {"notice", "decision"}) {
    const auto made = run_process({FAIRGUARD_RELAY_EXE, "document", "--data", p.relay_dir.string(), "--case", number,
                                   "--kind", kind, "--out", (p.tmp.path() / "paper.pdf").string()});
    INFO(kind << " " << number << ": " << made.err << made.out);
    CHECK(made.code == 0);
    CHECK_THAT(made.out, Catch::Contains("Same bytes as the PDF the event cites"));
  }
}

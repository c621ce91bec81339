#include "report_scenario.h"

#include <fstream>
#include <random>
#include <stdexcept>

#include "cases/event_types.h"
#include "support/child_process.h"
#include "data/relay_data.h"
#include "relay_process.h"
#include "sim/sim_station.h"

namespace fg::test {

namespace fs = std::filesystem;
namespace ev = fg::events;

const char* const kScenarioBoothsCsv =
    "booth,hall,exhibitor,delegation,industry\n"
    "9.1A01,9.1,宁波市华光电器有限公司,浙江交易团,家用电器\n"
    "9.1A02,9.1,\"Ningbo Sunrise Appliance Co., Ltd.\",浙江交易团,家用电器\n"
    "9.1A03,9.1,佛山市美居电器有限公司,广东交易团,家用电器\n"
    "10.2B01,10.2,中山市恒丰五金制品厂,广东交易团,五金工具\n"
    "10.2B02,10.2,Yongkang Tools Co.,浙江交易团,五金工具\n"
    "11.3C01,11.3,厦门市明达玩具有限公司,福建交易团,玩具\n"
    "11.3C02,11.3,汕头市澄海区乐乐玩具厂,广东交易团,玩具\n"
    "11.3C03,11.3,Shantou Happy Toys,广东交易团,\n";

namespace {

struct BoothRow {
  const char* booth;
  const char* hall;
  const char* exhibitor;
};
const BoothRow kBooths[] = {
    {"9.1A01", "9.1", "宁波市华光电器有限公司"},   {"9.1A02", "9.1", "Ningbo Sunrise Appliance Co., Ltd."},
    {"9.1A03", "9.1", "佛山市美居电器有限公司"},   {"10.2B01", "10.2", "中山市恒丰五金制品厂"},
    {"10.2B02", "10.2", "Yongkang Tools Co."},     {"11.3C01", "11.3", "厦门市明达玩具有限公司"},
    {"11.3C02", "11.3", "汕头市澄海区乐乐玩具厂"}, {"11.3C03", "11.3", "Shantou Happy Toys"},
};

void write_text(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
}

template <class T, std::size_t N>
const T& pick(std::mt19937_64& rng, const T (&options)[N]) {
  return options[rng() % N];
}

}  // namespace

ScenarioInfo build_scenario_fair(const fs::path& dir, unsigned seed) {
  ScenarioInfo info;
  info.relay_dir = dir / "relay";
  RelayProcess relay(info.relay_dir);
  write_text(dir / "booths.csv", kScenarioBoothsCsv);
  const std::string data = info.relay_dir.string();  // admin() cannot place --data after a nested subcommand
  if (auto r = run_process({FAIRGUARD_RELAY_EXE, "booths", "import", "--data", data, (dir / "booths.csv").string()});
      r.code != 0)
    throw std::runtime_error("booths import: " + r.err);
  write_text(dir / "pin", "2468024680\n");
  const char* officers[][2] = {{"GZ001", "王芳"}, {"GZ002", "李强"}, {"GZ003", "Anna Schmidt"}, {"GZ004", "陈静"}};
  for (auto& o : officers)
    if (auto r = run_process({FAIRGUARD_RELAY_EXE, "officers", "add", "--data", data, "--id", o[0], "--name", o[1],
                              "--pin-file", (dir / "pin").string()});
        r.code != 0)
      throw std::runtime_error("officers add: " + r.err);
  relay.start();

  std::vector<std::unique_ptr<relay::SimStation>> stations;
  for (int s = 0; s < 3; ++s) {
    stations.push_back(std::make_unique<relay::SimStation>(dir / ("station-" + std::to_string(s + 1)), "CF138"));
    stations.back()->enrol(relay.enroll("Hall desk " + std::to_string(s + 1)));
  }

  std::mt19937_64 rng(seed);
  const std::int64_t now = HybridClock::system_millis();
  const char* right_types[] = {"design",        "design",    "design",    "invention",
                               "utility_model", "trademark", "copyright", "geographical_indication"};
  const char* countries[] = {"CN", "CN", "DE", "US", "JP", "cn", "IT", "HK", "mo", "TW"};
  const char* staff[] = {"GZ001", "GZ002", "GZ003", "GZ004", "GZ005"};  // GZ005 is not on the roster
  const char* outcomes[] = {"exhibit_withdrawn", "exhibit_covered",     "exhibit_covered", "no_infringement",
                            "settled",           "complaint_withdrawn", "transferred"};
  const char* measures[] = {"exhibit_removed", "exhibit_covered", "materials_sealed", "materials_removed",
                            "link_taken_down"};
  const char* sanctions[] = {"none", "none", "delegation_notice", "fair_notice", "excluded_next_session"};
  std::vector<std::string> rejected_cases, covered_cases;
  std::vector<int> counters(3, 0);

  info.scenario_cases = 72;
  for (int i = 0; i < info.scenario_cases; ++i) {
    const int s = i % 3;
    relay::SimStation& st = *stations[static_cast<std::size_t>(s)];
    char number[64];
    std::snprintf(number, sizeof number, "CF138-%s-%04d", st.code().c_str(), ++counters[static_cast<std::size_t>(s)]);
    const std::string cn = number;
    auto add = [&](std::string_view type, Json body, const std::string& officer) {
      body["case_number"] = cn;
      st.store().append(st.key(), officer, std::string(type), std::move(body));
    };
    const std::string desk = pick(rng, staff);
    const std::size_t b = rng() % 9;  // 8: a booth not on the list
    Json opened{{"station", st.code()}, {"received_at", now - static_cast<std::int64_t>(rng() % (48 * 3600)) * 1000}};
    if (rng() % 4 != 0) opened["booth"] = b < 8 ? kBooths[b].booth : "12.1D09";
    add(ev::kCaseOpened, opened, desk);
    if (rng() % 8 != 0) {
      Json complainant{{"name", "Right holder " + std::to_string(i)},
                       {"kind", rng() % 2 ? "company" : "person"},
                       {"id_number", "ID" + std::to_string(rng() % 100000)},
                       {"country", pick(rng, countries)}};
      if (rng() % 5 < 2) complainant["agent"] = "代理人 " + std::to_string(rng() % 7);
      add(ev::kComplainantRecorded, complainant, desk);
    }
    add(ev::kRightRecorded,
        {{"right_type", pick(rng, right_types)}, {"number", "ZL2019" + std::to_string(rng() % 1000000)}}, desk);
    Json respondent{{"booth", b < 8 ? kBooths[b].booth : "12.1D09"}, {"booth_source", "manual"}};
    if (b < 8) {
      std::string name = kBooths[b].exhibitor;
      // The same Latin-named exhibitor typed differently still is one respondent.
      if (name == "Yongkang Tools Co." && rng() % 2) name = "YONGKANG  tools co.";
      respondent["exhibitor"] = name;
    } else {
      respondent["exhibitor"] = "Guangzhou Textile Ltd";
      respondent["hall"] = "12.1";
      respondent["industry"] = "纺织";
    }
    add(ev::kRespondentRecorded, respondent, desk);
    add(ev::kProductRecorded, {{"description", "product " + std::to_string(i)}, {"display_form", "exhibit"}}, desk);

    const int path = static_cast<int>(rng() % 10);
    if (path == 0) continue;  // draft: received, never filed
    add(ev::kCaseFiled, Json::object(), desk);
    if (path == 1) {
      add(ev::kCaseRejected, {{"reason", "evaluation report missing"}}, desk);
      rejected_cases.push_back(cn);
      continue;
    }
    const std::string field = pick(rng, staff);
    add(ev::kCaseAccepted, Json::object(), desk);
    if (path == 2) {
      add(ev::kCaseWithdrawn, {{"reason", "complainant withdrew"}}, desk);
      continue;
    }
    if (path == 3) continue;  // accepted, still open
    add(ev::kNoticeServed, {{"sticker", ""}, {"sticker_verified", false}}, field);
    if (path == 4) {
      add(ev::kCaseTransferred, {{"reason", "unresolved at closing"}}, desk);
      continue;
    }
    if (path == 5) continue;  // notice served, waiting for the defence
    if (rng() % 2) add(ev::kDefenceRecorded, {{"summary", "prior art"}}, field);
    const std::string outcome = pick(rng, outcomes);
    Json ms = Json::array();
    for (const char* m : measures)
      if (rng() % 3 == 0) ms.push_back(m);
    if (outcome == "exhibit_covered") ms.push_back("exhibit_covered");  // may repeat: counted once per case
    add(ev::kDecisionRecorded, {{"outcome", outcome}, {"measures", ms}, {"sanction", pick(rng, sanctions)}}, field);
    if (outcome == "exhibit_covered" && s == 0) covered_cases.push_back(cn);  // decided by station 1
    if (rng() % 2) add(ev::kCaseClosed, Json::object(), desk);
  }
  for (auto& st : stations) st->sync();
  for (auto& st : stations) st->sync();  // everyone holds everyone's events now

  // Station 2 decides differently on a case station 1 already decided: a conflict.
  if (covered_cases.empty() || rejected_cases.empty()) throw std::runtime_error("scenario seed gives no conflict case");
  stations[1]->store().append(stations[1]->key(), "GZ098", std::string(ev::kDecisionRecorded),
                              {{"case_number", covered_cases.front()},
                               {"outcome", "no_infringement"},
                               {"measures", Json::array()},
                               {"sanction", "none"}});
  // Station 3 serves a notice on a rejected case: invalid, kept and flagged.
  stations[2]->store().append(stations[2]->key(), "GZ099", std::string(ev::kNoticeServed),
                              {{"case_number", rejected_cases.front()}, {"sticker", ""}, {"sticker_verified", false}});
  info.invalid_events = 2;  // the conflicting decision is not applied either
  info.conflicts = 1;
  stations[1]->sync();
  stations[2]->sync();

  // The real simulator as a fourth station, fixed seed.
  info.sim_cases = 12;
  auto sim = run_process({FAIRGUARD_SIM_EXE, "--data", (dir / "sim").string(), "--stations", "1", "--complaints", "12",
                          "--photo-kb", "1", "--seed", "12", "--enrol", relay.enroll("Sim desk")});
  if (sim.code != 0) throw std::runtime_error("fairguard-sim failed: " + sim.err + sim.out);
  relay.stop();
  return info;
}

void build_previous_session(const fs::path& dir) {
  auto r = run_process({FAIRGUARD_RELAY_EXE, "init", "--data", dir.string(), "--fair", "CF137", "--name",
                        "Canton Fair 137", "--venue", "Pazhou", "--from", "2026-04-15", "--to", "2026-04-19"});
  if (r.code != 0) throw std::runtime_error("init of the previous session: " + r.err);
  relay::RelayData data(dir);
  const KeyPair station = KeyPair::from_seed(Bytes(32, 7));
  EventStore& store = data.events();
  store.trust_device(station.public_hex(), "previous");
  const std::int64_t now = HybridClock::system_millis();
  for (int i = 1; i <= 10; ++i) {
    const std::string cn = "CF137-S01-" + std::string(i < 10 ? "000" : "00") + std::to_string(i);
    auto add = [&](std::string_view type, Json body) {
      body["case_number"] = cn;
      store.append(station, "GZ001", std::string(type), std::move(body));
    };
    add(ev::kCaseOpened,
        {{"station", "S01"}, {"booth", "9.1A0" + std::to_string(i % 3 + 1)}, {"received_at", now - 3600000}});
    add(ev::kComplainantRecorded,
        {{"name", "R"}, {"kind", "company"}, {"id_number", "X"}, {"country", i % 2 ? "CN" : "FR"}});
    add(ev::kRightRecorded, {{"right_type", i % 3 ? "design" : "invention"}, {"number", "ZL1"}});
    add(ev::kRespondentRecorded, {{"exhibitor", "Exhibitor " + std::to_string(i % 4)},
                                  {"booth", "9.1A0" + std::to_string(i % 3 + 1)},
                                  {"booth_source", "manual"}});
    add(ev::kCaseFiled, Json::object());
    add(ev::kCaseAccepted, Json::object());
    add(ev::kDecisionRecorded, {{"outcome", i % 2 ? "exhibit_covered" : "exhibit_withdrawn"},
                                {"measures", Json::array()},
                                {"sanction", "none"}});
  }
}

}  // namespace fg::test

#include "sim/sim_run.h"

#include <random>

#include "fairconfig/enrolment_payload.h"
#include "sim/sim_fair.h"
#include "sim/sim_station.h"

namespace fg::relay {

Json SimRunResult::to_json() const {
  Json list = Json::array();
  for (const auto& s : stations) {
    Json rounds = Json::array();
    for (const auto& r : s.rounds) rounds.push_back(r.to_json());
    list.push_back(
        {{"station", s.name}, {"code", s.code}, {"events", s.events}, {"rounds", rounds}, {"error", s.error}});
  }
  Json j{{"ok", ok}, {"stations", list}};
  if (!paths.empty()) j["paths"] = paths;
  if (!first_day.empty()) j["first_day"] = first_day;
  return j;
}

SimRunResult run_simulation(const SimRunOptions& o, std::ostream* text) {
  const std::string fair = [&] {
    // The fair comes from the first payload, or from an enrolled station's profile.
    if (!o.payloads.empty()) {
      auto parsed = parse_enrolment_payload(o.payloads[0]);
      if (!parsed) throw std::runtime_error("enrolment payload refused: " + parsed.error);
      return parsed.payload->fair;
    }
    auto profile = o.dir / "station-1" / "station.json";
    if (std::filesystem::exists(profile)) return sync::StationProfile::load(profile).fair;
    throw std::runtime_error("no enrolment payload given and " + profile.string() + " is not enrolled");
  }();
  SimRunResult out;
  std::size_t next_payload = 0;
  std::vector<std::unique_ptr<SimStation>> stations;
  const auto timeout = std::chrono::seconds(o.timeout_seconds);
  for (int i = 1; i <= o.stations; ++i) {
    auto s = std::make_unique<SimStation>(o.dir / ("station-" + std::to_string(i)), fair);
    s->photos_as_png(o.photo_png);
    s->set_officer_pins(o.officer_pins);
    SimStationResult r;
    r.name = "station-" + std::to_string(i);
    if (!s->enrolled()) {
      if (next_payload >= o.payloads.size())
        throw std::runtime_error(r.name +
                                 " is not enrolled and no enrolment payload is left (give one --enrol per station)");
      sync::SyncOptions so;
      so.fetch_blobs = o.fetch_blobs;
      so.send_accepted_head = o.send_accepted_head;
      so.label = r.name;
      s->enrol(o.payloads[next_payload++], so);
      if (text) *text << r.name << ": enrolled as " << s->code() << "\n";
    }
    r.code = s->code();
    if (!o.play_fair) {
      std::seed_seq seq{o.seed, static_cast<std::uint64_t>(i)};
      std::mt19937_64 rng(seq);
      for (int c = 0; c < o.complaints; ++c)
        s->take_complaint(rng, o.photo_kb, o.complainant_name, c >= o.complaints - o.open_complaints);
    }
    out.stations.push_back(std::move(r));
    stations.push_back(std::move(s));
  }
  auto sync_all = [&](const std::string& when) {
    for (std::size_t i = 0; i < stations.size(); ++i) {
      auto& r = out.stations[i];
      sync::SyncOptions so;
      so.fetch_blobs = o.fetch_blobs;
      so.send_accepted_head = o.send_accepted_head;
      try {
        auto res = stations[i]->sync(so, timeout);
        r.rounds.push_back(res.report);
        const auto& rep = res.report;
        if (rep.events_refused > 0 || !rep.problems.empty()) out.ok = false;
        if (text) {
          *text << r.name << " (" << r.code << ") " << when << ": sent " << rep.events_sent << " events, "
                << rep.events_acked << " acknowledged, " << rep.events_refused << " refused; " << rep.blobs_sent
                << " blobs (" << rep.blob_bytes_sent / 1024 << " KiB) sent; received " << rep.events_received
                << " events (" << rep.events_imported << " new), " << rep.blobs_received << " blobs; receipts "
                << rep.receipts_stored << " new, " << rep.receipts_total << " held, " << rep.receipts_pending
                << " pending, tree " << rep.tree_size << (rep.tree_check.empty() ? "" : " " + rep.tree_check) << "\n";
          for (const auto& p : rep.problems) *text << "  problem: " << p << "\n";
        }
      } catch (const sync::SyncError& e) {
        r.error = e.what();
        out.ok = false;
        if (text) *text << r.name << " " << when << ": sync failed: " << e.what() << "\n";
      }
    }
  };
  if (o.play_fair) {
    std::vector<SimStation*> playing;
    for (auto& s : stations) {
      if (!o.stickers_file.empty()) {
        const int n = s->load_stickers(o.stickers_file);
        if (text && &s == &stations.front()) *text << "stickers: " << n << " genuine booth stickers to scan\n";
      }
      playing.push_back(s.get());
    }
    // A station enrolled in an earlier run gets the signed booth list and roster first.
    if (!stations.empty() && !stations.front()->fair_config()) sync_all("before the fair");
    const FairConfig* config = stations.empty() ? nullptr : stations.front()->fair_config();
    const FairDays days = fair_days(config, o.start);
    const auto plan = plan_fair(days, o.stations, o.complaints, o.seed, config, o.photo_kb);
    out.paths = plan_summary(plan);
    out.first_day = days.first_day;
    if (text) {
      *text << "playing " << days.days << " fair days from " << days.first_day << " (" << days.zone << "), "
            << plan.size() << " complaints:";
      for (const auto& [path, n] : out.paths) *text << " " << path << " " << n << ";";
      *text << "\n";
    }
    play_fair(plan, days, playing, o.seed, [&](int day) {
      // After closing the stations sync twice: the first round pushes, the second brings each
      // the others' events, so tomorrow any station can continue any case.
      const std::int64_t evening = days.local_ms(day, days.close_minute) + 30 * 60 * 1000;
      for (auto* s : playing) s->set_clock(evening);
      sync_all("day " + std::to_string(day + 1) + " round 1");
      sync_all("day " + std::to_string(day + 1) + " round 2");
    });
  } else {
    sync_all("round 1");
    sync_all("round 2");
  }
  for (std::size_t i = 0; i < stations.size(); ++i) out.stations[i].events = stations[i]->store().event_count();
  if (text) *text << (out.ok ? "all stations synced\n" : "some syncs failed or were refused\n");
  return out;
}

}  // namespace fg::relay

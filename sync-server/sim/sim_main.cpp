// fairguard-sim: N headless stations enrol, take complaints through the real event workflow
// and sync with a relay (docs/sync-protocol.md, "Simulator").
#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "admin/pin_input.h"
#include "sim/sim_run.h"

int main(int argc, char** argv) {
  fg::relay::SimRunOptions o;
  CLI::App app{"fairguard-sim: headless stations that enrol, take complaints and sync with a FairGuard relay"};
  std::string enrol_file;
  app.add_option("--data", o.dir, "Folder of the stations (DIR/station-1 ... DIR/station-N)")->required();
  app.add_option("--enrol", o.payloads,
                 "Enrolment payload (FGE1:...) for a station not yet enrolled; repeat, one per station");
  app.add_option("--enrol-file", enrol_file, "File with one enrolment payload per line (after those of --enrol)")
      ->check(CLI::ExistingFile);
  app.add_option("--stations", o.stations, "Number of stations")->capture_default_str()->check(CLI::Range(1, 1000));
  app.add_option("--complaints", o.complaints, "Complaints each station takes (12 events each)")->capture_default_str();
  app.add_option("--photo-kb", o.photo_kb, "Size of the random evidence photo of each complaint, KiB")
      ->capture_default_str();
  app.add_flag("--photo-png", o.photo_png, "Make each photo a PNG image of random grey pixels (browsers show it)");
  app.add_option("--seed", o.seed, "Seed: the same seed gives the same complaints")->capture_default_str();
  app.add_option("--timeout", o.timeout_seconds, "Seconds a station waits for the relay")->capture_default_str();
  app.add_flag("!--no-fetch-blobs", o.fetch_blobs, "Do not download other stations' blobs");
  app.add_flag("!--no-accepted-head", o.send_accepted_head,
               "Play stations from before accepted heads: their tree requests carry none");
  app.add_flag("--json", o.json, "Print the results as JSON");
  app.add_option("--complainant-name", o.complainant_name,
                 "Name every complainant this (e.g. hostile text for the console's tests)");
  app.add_option("--open-complaints", o.open_complaints,
                 "The last N complaints of each station stop at notice.served (a defence deadline open)")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("--fair", o.play_fair,
               "Play the fair on its own clock: its days and opening hours, complaints over the day, every path "
               "of the workflow in a real fair's proportions (docs/domain.md)");
  app.add_option("--start", o.start, "First day of the played fair, YYYY-MM-DD (default: the fair's first day)");
  app.add_option("--stickers", o.stickers_file,
                 "Booth stickers, one a line (fairguard-relay labels --text): scanned when serving a notice")
      ->check(CLI::ExistingFile);
  std::vector<std::string> officer_pins;
  app.add_option("--officer-pin", officer_pins,
                 "ID=PINFILE: the officer's PIN (first line of the file, as for fairguard-relay officers add); the "
                 "stations then sign as that officer too (event format v2). Repeat per officer");
  CLI11_PARSE(app, argc, argv);
  try {
    for (const std::string& given : officer_pins) {
      const auto eq = given.find('=');
      if (eq == std::string::npos || eq == 0) throw std::runtime_error("--officer-pin wants ID=PINFILE, got " + given);
      o.officer_pins[given.substr(0, eq)] = fg::relay::read_pin_file(given.substr(eq + 1));
    }
  } catch (const std::exception& e) {
    std::cerr << "fairguard-sim: " << e.what() << "\n";
    return 2;
  }
  if (!o.start.empty()) o.play_fair = true;
  if (!enrol_file.empty()) {
    std::ifstream in(enrol_file);
    for (std::string line; std::getline(in, line);) {
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      if (!line.empty() && line[0] != '#') o.payloads.push_back(line);
    }
  }
  try {
    auto result = fg::relay::run_simulation(o, o.json ? nullptr : &std::cout);
    if (o.json) std::cout << result.to_json().dump(2) << "\n";
    return result.ok ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "fairguard-sim: " << e.what() << "\n";
    return 2;
  }
}

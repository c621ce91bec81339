#pragma once
// Test support for the relay: an in-process relay (the real Server on a thread,
// 127.0.0.1, a free port) and simulated stations that enrol and sync over real TLS.
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "data/relay_data.h"
#include "net/server.h"
#include "sim/sim_station.h"
#include "support/temp_dir.h"

namespace fg::test {

inline const char* kFair = "CF138";

// Makes a relay data folder as `init` does.
void make_relay_folder(const std::filesystem::path& dir);

class InProcessRelay {
 public:
  explicit InProcessRelay(relay::ServerOptions options = {});
  ~InProcessRelay();
  relay::RelayData& data() { return *data_; }
  std::uint16_t port() const { return port_; }
  // A fresh one-time enrolment payload (FGE1 text) for this relay.
  std::string payload(const std::string& station);
  const std::filesystem::path& dir() const { return tmp_.path(); }

 private:
  TempDir tmp_;
  std::unique_ptr<relay::RelayData> data_;
  std::unique_ptr<relay::Server> server_;
  std::thread thread_;
  std::uint16_t port_ = 0;
};

}  // namespace fg::test

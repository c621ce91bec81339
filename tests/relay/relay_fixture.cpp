#include "relay_fixture.h"

#include "fairconfig/enrolment_payload.h"

namespace fg::test {

namespace fs = std::filesystem;

void make_relay_folder(const fs::path& dir) {
  relay::RelaySettings s;
  s.fair_id = kFair;
  s.name = "Canton Fair 138";
  s.venue = "Pazhou";
  s.from = "2026-10-15";
  s.to = "2026-10-19";
  s.listen = "127.0.0.1:7443";  // the tests override it with port 0
  relay::RelayData::create(dir, s);
}

InProcessRelay::InProcessRelay(relay::ServerOptions options) {
  make_relay_folder(tmp_.path() / "relay");
  data_ = std::make_unique<relay::RelayData>(tmp_.path() / "relay");
  options.listen = "127.0.0.1:0";  // any free port
  options.handle_signals = false;
  server_ = std::make_unique<relay::Server>(*data_, options);
  port_ = server_->port();
  thread_ = std::thread([this] { server_->run(); });
}

InProcessRelay::~InProcessRelay() {
  server_->stop();
  thread_.join();
}

std::string InProcessRelay::payload(const std::string& station) {
  auto t = data_->issue_enrolment_token(station, std::chrono::minutes(10));
  return EnrolmentPayload{"127.0.0.1", port_, data_->cert_fingerprint(), kFair, t.token}.to_text();
}

}  // namespace fg::test

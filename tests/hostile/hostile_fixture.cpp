#include "hostile_fixture.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "fairconfig/enrolment_payload.h"

namespace fg::test {

ProcessUsage process_usage(pid_t pid) {
  ProcessUsage u;
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmRSS:", 0) == 0) u.rss_kib = std::stol(line.substr(6));
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
  std::istringstream rest(text.substr(text.rfind(')') + 2));
  std::vector<std::string> f{std::istream_iterator<std::string>(rest), std::istream_iterator<std::string>()};
  if (f.size() > 12) u.cpu_seconds = static_cast<double>(std::stol(f[11]) + std::stol(f[12])) / ::sysconf(_SC_CLK_TCK);
  return u;
}

TcpConnection::TcpConnection(std::uint16_t port) {
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd_ < 0) return;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  ::inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd_);
    fd_ = -1;
  }
}

TcpConnection::~TcpConnection() {
  if (fd_ >= 0) ::close(fd_);
}

bool TcpConnection::closed_by_peer(std::chrono::milliseconds timeout) {
  pollfd p{fd_, POLLIN, 0};
  if (::poll(&p, 1, static_cast<int>(timeout.count())) <= 0) return false;
  char c;
  return ::recv(fd_, &c, 1, MSG_DONTWAIT) <= 0;
}

bool TcpConnection::send_bytes(const std::string& bytes) {
  std::size_t sent = 0;
  while (fd_ >= 0 && sent < bytes.size()) {
    const auto n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return fd_ >= 0;
}

std::optional<std::size_t> TcpConnection::read_until_closed(std::chrono::milliseconds timeout) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  std::size_t got = 0;
  char buffer[4096];
  while (fd_ >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
    const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
    if (n <= 0) return got;  // closed (or reset)
    got += static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

HostileFixture::HostileFixture(std::vector<std::string> serve_options, long max_open_files) {
  relay_ = std::make_unique<RelayProcess>(tmp_.path() / "relay");
  relay_->set_serve_options(std::move(serve_options), max_open_files);
  relay_->start();
  station_ = std::make_unique<relay::SimStation>(tmp_.path() / "station", kFair);
  station_->enrol(relay_->enroll("Hall 1"));
  fingerprint_ = station_->profile().cert_sha256;
}

void HostileFixture::station_syncs(std::chrono::milliseconds timeout) {
  station_->take_complaint(rng_, 16);
  sync::SyncResult r;
  try {
    r = station_->sync({}, timeout);
  } catch (const sync::SyncError& e) {
    FAIL("the well-behaved station's sync failed: " << e.what() << "\nrelay log:\n"
                                                    << relay_->process().err().substr(0, 4000));
  }
  CHECK(r.report.problems.empty());
  CHECK(r.report.events_refused == 0);
  CHECK(r.report.relay_head == station_->store().head_seq(station_->key().public_hex()));
}

std::unique_ptr<relay::SimStation> HostileFixture::enrol_station(const std::string& name) {
  auto s = std::make_unique<relay::SimStation>(tmp_.path() / name, kFair);
  s->enrol(relay_->enroll(name));
  return s;
}

std::unique_ptr<sync::TlsClient> HostileFixture::tls(std::chrono::milliseconds timeout) {
  return std::make_unique<sync::TlsClient>("127.0.0.1", relay_->port(), fingerprint_, timeout);
}

std::unique_ptr<sync::TlsClient> HostileFixture::authenticated(const KeyPair& key) {
  using namespace fg::sync;
  auto c = tls();
  c->send(make(Hello{kProtocolVersion, key.public_hex(), kFair, "hostile test"}));
  Frame f = c->receive();
  REQUIRE(f.type == MsgType::Challenge);
  auto nonce = from_hex(parse_challenge(f).nonce);
  c->send(make(Auth{to_hex(key.sign(auth_message(*nonce, *from_hex(fingerprint_), key.public_key())))}));
  REQUIRE(c->receive().type == MsgType::Welcome);
  return c;
}

std::size_t HostileFixture::log_lines_with(const std::string& needle) {
  std::istringstream in(relay_->process().err());
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);) n += line.find(needle) != std::string::npos;
  return n;
}

}  // namespace fg::test

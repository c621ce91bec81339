// Finding 6 of issue 11: deadlines per message (not per byte), a small frame cap before
// authentication, and memory that returns after a flood of slow connections ends.
#include <catch2/catch.hpp>
#include <future>
#include <iostream>
#include <thread>

#include "hostile_fixture.h"

using namespace fg;
using namespace fg::sync;
using namespace fg::test;
using Clock = std::chrono::steady_clock;

namespace {
std::string hello_frame(const std::string& device, std::size_t payload_size = 0) {
  Frame f = make(Hello{kProtocolVersion, device, kFair, "hostile test"});
  if (payload_size > f.payload.size()) {
    // Padding in a field the relay ignores (a text over kMaxText would be refused as such):
    // the frame's size is what is tested.
    Json j = Json::parse(f.payload);
    const std::size_t overhead = std::string(R"(,"pad":"")").size();
    j["pad"] = std::string(payload_size - f.payload.size() - overhead, 'x');
    f.payload = j.dump();
  }
  return encode_frame(f.type, f.payload);
}
}  // namespace

TEST_CASE("slowloris: a hello dripped a byte at a time is cut by the per-message deadline", "[hostile]") {
  // The idle and handshake deadlines are far away: only the message deadline can cut it.
  HostileFixture fx({"--message-timeout", "1.5", "--handshake-timeout", "120", "--idle-timeout", "120"});
  const std::string hello = hello_frame(KeyPair::generate().public_hex());
  auto c = fx.tls();
  std::atomic<bool> cut{false};
  std::size_t sent = 0;
  auto dripper = std::async(std::launch::async, [&] {
    // One byte every 100 ms: each byte would reset a per-byte deadline.
    for (; sent < hello.size() && !cut; ++sent) {
      try {
        c->send_raw(hello.substr(sent, 1));
      } catch (const SyncError&) {
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  fx.station_syncs();  // during the drip
  cut = eventually([&] { return fx.log_lines_with("a message was not complete 1.5 s after its first byte") == 1; },
                   std::chrono::seconds(15));
  dripper.get();
  CHECK(cut);
  CHECK(sent < hello.size());  // cut before the hello could complete
  fx.station_syncs();          // after
}

TEST_CASE("before authentication a frame of 16 KiB is taken and 16 KiB + 1 refused, after it the full cap applies",
          "[hostile]") {
  HostileFixture fx;
  const auto device = KeyPair::generate();
  {
    auto c = fx.tls();
    const std::string at_limit = hello_frame(device.public_hex(), kMaxPreAuthPayload);
    REQUIRE(at_limit.size() == kHeaderSize + kMaxPreAuthPayload);
    c->send_raw(at_limit);
    CHECK(c->receive().type == MsgType::Challenge);
  }
  {
    auto c = fx.tls();
    const std::string over = hello_frame(device.public_hex(), kMaxPreAuthPayload + 1);
    c->send_raw(over.substr(0, kHeaderSize));  // the header alone is refused: nothing is buffered
    Frame f = c->receive();
    REQUIRE(f.type == MsgType::Error);
    CHECK(parse_error(f).code == err::kOversized);
    CHECK_THAT(parse_error(f).message, Catch::Contains(std::to_string(kMaxPreAuthPayload + 1)));
  }
  fx.station_syncs();  // the relay still serves
  {
    // Authenticated, a station may send large frames again: heads of 400 devices, ~30 KiB.
    auto c = fx.authenticated(fx.station().key());
    HeadMap heads;
    for (int i = 0; i < 400; ++i) heads[KeyPair::generate().public_hex()] = i + 1;
    Frame f = make_heads(MsgType::Heads, heads);
    REQUIRE(f.payload.size() > kMaxPreAuthPayload);
    c->send(f);
    CHECK(c->receive().type == MsgType::RelayHeads);
  }
  fx.station_syncs();
}

TEST_CASE("300 slow connections: memory held while they wait is given back after they close", "[hostile]") {
  HostileFixture fx({"--message-timeout", "60", "--handshake-timeout", "60"});
  fx.station_syncs();  // warm: the relay's caches and database pages are in memory
  const pid_t pid = fx.relay_pid();
  const auto before = process_usage(pid);
  const std::size_t ended_before = fx.log_lines_with(" ended: ");

  std::vector<std::unique_ptr<TlsClient>> slow;
  const std::string hello = hello_frame(KeyPair::generate().public_hex(), kMaxPreAuthPayload);
  for (int i = 0; i < 300; ++i) {
    slow.push_back(fx.tls());
    slow.back()->send_raw(hello.substr(0, hello.size() / 2));  // half a hello, then nothing
  }
  fx.station_syncs();  // during
  const auto during = process_usage(pid);

  slow.clear();
  CHECK(eventually([&] { return fx.log_lines_with(" ended: ") >= ended_before + 301; }, std::chrono::seconds(20)));
  // Within a few housekeeping ticks the freed memory goes back to the system.
  const long tolerance = std::max(4096L, (during.rss_kib - before.rss_kib) / 4);
  eventually([&] { return process_usage(pid).rss_kib - before.rss_kib <= tolerance; }, std::chrono::seconds(5));
  const auto after = process_usage(pid);
  std::cout << "300 slow connections (half a 16 KiB hello each): relay RSS " << before.rss_kib << " KiB before, "
            << during.rss_kib << " KiB with them open (" << (during.rss_kib - before.rss_kib) / 300 << " KiB each), "
            << after.rss_kib << " KiB after they closed\n";
  CHECK(after.rss_kib - before.rss_kib <= tolerance);
  fx.station_syncs();  // after
}

TEST_CASE("memory per idle connection, plain TCP and TLS", "[hostile]") {
  HostileFixture fx;
  fx.station_syncs();
  const pid_t pid = fx.relay_pid();
  {
    const auto before = process_usage(pid);
    std::vector<std::unique_ptr<TcpConnection>> idle;
    for (int i = 0; i < 300; ++i) idle.push_back(std::make_unique<TcpConnection>(fx.relay().port()));
    fx.station_syncs();  // the relay has accepted them all by the time it answers this station
    const auto during = process_usage(pid);
    const long each = (during.rss_kib - before.rss_kib) / 300;
    std::cout << "idle TCP connections (nothing sent): " << each << " KiB each\n";
    CHECK(each <= 16);  // no TLS state before the first byte
  }
  {
    const auto before = process_usage(pid);
    std::vector<std::unique_ptr<TlsClient>> idle;
    for (int i = 0; i < 300; ++i) idle.push_back(fx.tls());
    const auto during = process_usage(pid);
    const long each = (during.rss_kib - before.rss_kib) / 300;
    std::cout << "idle TLS connections (handshake done, nothing sent): " << each << " KiB each\n";
    CHECK(each <= 64);  // no record buffers held while idle (net/tls_socket.h)
  }
  fx.station_syncs();
}

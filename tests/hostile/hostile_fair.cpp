#include "hostile_fair.h"

#include <stdexcept>

#include "sync/tls_client.h"

namespace fg::test {

HostileFair::HostileFair() : relay_(tmp_.path() / "relay") { relay_.start(); }

HostileFair::~HostileFair() { relay_.stop(); }

relay::SimStation& HostileFair::station(const std::string& name) {
  stations_.push_back(std::make_unique<relay::SimStation>(tmp_.path() / name, "CF138"));
  stations_.back()->enrol(relay_.enroll(name));
  return *stations_.back();
}

sync::AckMsg HostileFair::push_raw(relay::SimStation& as, const std::vector<SignedEvent>& events) {
  using namespace sync;
  const auto& p = as.profile();
  TlsClient c(p.host, p.port, p.cert_sha256, std::chrono::seconds(30));
  c.send(make(Hello{kProtocolVersion, as.key().public_hex(), p.fair, "hostile"}));
  Frame f = c.receive();
  if (f.type != MsgType::Challenge) throw std::runtime_error("no challenge");
  const Bytes nonce = *from_hex(parse_challenge(f).nonce);
  c.send(make(Auth{to_hex(as.key().sign(auth_message(nonce, *from_hex(p.cert_sha256), as.key().public_key())))}));
  if (c.receive().type != MsgType::Welcome) throw std::runtime_error("no welcome");
  EventsMsg m;
  for (const auto& e : events) m.events.push_back(to_wire(e));
  c.send(make(m));
  f = c.receive();
  if (f.type != MsgType::Ack) throw std::runtime_error(std::string("relay answered ") + describe(f.type));
  AckMsg ack = parse_ack(f);
  c.close();
  return ack;
}

Event chain_event(const relay::SimStation& who, std::int64_t seq, const std::string& prev, std::int64_t hlc,
                  const std::string& type, Json body) {
  Event e;
  e.fair = "CF138";
  e.device = who.key().public_hex();
  e.seq = seq;
  e.prev = prev;
  e.time = HybridClock::system_millis();
  e.hlc = hlc;
  e.officer = "GZ001";
  e.type = type;
  e.body = std::move(body);
  return e;
}

}  // namespace fg::test

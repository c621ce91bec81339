#include "hostile_client.h"

#include <catch2/catch.hpp>

#include "ledger/hlc.h"

namespace fg::test {

using namespace fg::sync;

HostileClient::HostileClient(std::uint16_t port, std::string fingerprint)
    : fingerprint_(std::move(fingerprint)),
      tls_(std::make_unique<TlsClient>("127.0.0.1", port, fingerprint_, std::chrono::seconds(30))) {}

Frame HostileClient::hello(const KeyPair& key, const std::string& hello_json) {
  if (hello_json.empty())
    tls_->send(make(Hello{kProtocolVersion, key.public_hex(), "CF138", "hostile"}));
  else
    tls_->send(Frame{MsgType::Hello, hello_json});
  return tls_->receive();
}

void HostileClient::authenticate(const KeyPair& key) {
  Frame f = hello(key);
  REQUIRE(f.type == MsgType::Challenge);
  const Bytes nonce = *from_hex(parse_challenge(f).nonce);
  const std::string sig = to_hex(key.sign(auth_message(nonce, *from_hex(fingerprint_), key.public_key())));
  tls_->send(make(Auth{sig}));
  REQUIRE(tls_->receive().type == MsgType::Welcome);
}

AckMsg HostileClient::push(const std::vector<SignedEvent>& events) {
  EventsMsg m;
  for (const auto& e : events) m.events.push_back(to_wire(e));
  tls_->send(make(m));
  Frame f = tls_->receive();
  REQUIRE(f.type == MsgType::Ack);
  return parse_ack(f);
}

BlobNeed HostileClient::blob_query() {
  tls_->send(make_empty(MsgType::BlobQuery));
  Frame f = tls_->receive();
  REQUIRE(f.type == MsgType::BlobNeed);
  return parse_blob_need(f);
}

ErrorMsg HostileClient::refusal() {
  Frame f = tls_->receive();
  REQUIRE(f.type == MsgType::Error);
  return parse_error(f);
}

SignedEvent hostile_event(const KeyPair& key, std::int64_t seq, const std::string& prev,
                          std::vector<std::string> blobs) {
  Event e;
  e.fair = "CF138";
  e.device = key.public_hex();
  e.seq = seq;
  e.prev = prev;
  e.time = HybridClock::system_millis();
  e.hlc = e.time << 16;
  e.officer = "o1";
  e.type = "case.opened";
  e.body = Json{{"note", "hostile"}};
  e.blobs = std::move(blobs);
  return sign_event(e, key);
}

}  // namespace fg::test

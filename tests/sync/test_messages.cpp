#include <catch2/catch.hpp>

#include "sync/messages.h"

using namespace fg;
using namespace fg::sync;

namespace {
Frame through_wire(const Frame& f) {
  FrameDecoder d;
  REQUIRE(d.feed(encode_frame(f.type, f.payload)));
  auto out = d.next();
  REQUIRE(out);
  return *out;
}
}  // namespace

TEST_CASE("control messages round-trip through the wire", "[sync]") {
  auto h = parse_hello(through_wire(make(Hello{1, std::string(64, 'a'), "CF138", "sim"})));
  CHECK(h.device == std::string(64, 'a'));
  CHECK(h.fair == "CF138");
  Welcome w;
  w.fair = "CF138";
  w.station_code = "S03";
  w.bureau_key = std::string(64, 'b');
  w.config_sha256 = std::string(64, 'c');
  w.config_size = 4'400'000;
  w.config_version = 7;
  w.enrolled_now = true;
  auto w2 = parse_welcome(through_wire(make(w)));
  CHECK(w2.station_code == "S03");
  CHECK(w2.config_sha256 == w.config_sha256);
  CHECK(w2.config_size == w.config_size);
  CHECK(w2.config_version == 7);
  CHECK(w2.enrolled_now);
  CHECK_FALSE(w2.pending);
  HeadMap heads{{std::string(64, 'a'), 3}, {std::string(64, 'b'), 7}};
  CHECK(parse_heads(through_wire(make_heads(MsgType::Pull, heads))) == heads);
  AckMsg a;
  a.results.push_back({"aa", 4, "stored", true, ""});
  a.head = 4;
  auto a2 = parse_ack(through_wire(make(a)));
  REQUIRE(a2.results.size() == 1);
  CHECK(a2.results[0].ok);
  CHECK(a2.head == 4);
  CHECK(a2.receipt.is_null());
  auto e = parse_error(through_wire(make(ErrorMsg{err::kRevoked, "device revoked"})));
  CHECK(e.code == "revoked_device");
}

TEST_CASE("blob chunks carry hash, size and offset in a binary header", "[sync]") {
  BlobChunk c{std::string(62, '0') + "ff", 1000, 600, std::string(400, 'x')};
  Frame f = make(c);
  CHECK(f.payload.size() == 48 + 400);
  auto c2 = parse_blob_chunk(through_wire(f));
  CHECK(c2.hash == c.hash);
  CHECK(c2.total == 1000);
  CHECK(c2.offset == 600);
  CHECK(c2.data == c.data);
}

TEST_CASE("a blob chunk that runs past its announced size is refused", "[sync]") {
  Frame f = make(BlobChunk{std::string(64, 'a'), 1000, 900, std::string(200, 'x')});
  CHECK_THROWS_WITH(parse_blob_chunk(f), Catch::Contains("past its announced size"));
  CHECK_THROWS_AS(parse_blob_chunk(Frame{MsgType::BlobChunk, "short"}), ProtocolError);
  CHECK_THROWS_AS(make(BlobChunk{"nothex", 1, 0, "x"}), ProtocolError);
  CHECK_THROWS_AS(make(BlobChunk{std::string(64, 'a'), kMaxChunk + 1, 0, std::string(kMaxChunk + 1, 'x')}),
                  ProtocolError);
}

TEST_CASE("malformed payloads raise a ProtocolError naming message and field", "[sync]") {
  CHECK_THROWS_WITH(parse_hello(Frame{MsgType::Hello, "not json"}),
                    Catch::Contains("hello") && Catch::Contains("JSON"));
  CHECK_THROWS_WITH(parse_hello(Frame{MsgType::Hello, R"({"proto":1,"fair":"x"})"}), Catch::Contains("'device'"));
  CHECK_THROWS_WITH(parse_hello(Frame{MsgType::Hello, R"({"proto":"one","device":"","fair":""})"}),
                    Catch::Contains("malformed 'proto'"));
  CHECK_THROWS_WITH(parse_auth(make(Hello{})), Catch::Contains("expected a auth message, got hello"));
  CHECK_THROWS_AS(parse_events(Frame{MsgType::Events, R"({"events":[1]})"}), ProtocolError);
  CHECK_THROWS_AS(parse_heads(Frame{MsgType::Heads, R"({"heads":{"a":"x"}})"}), ProtocolError);
  CHECK_THROWS_AS(parse_blob_need(Frame{MsgType::BlobNeed, R"({"need":[{"hash":"zz","offset":0}]})"}), ProtocolError);
}

TEST_CASE("signed events survive the wire and batches stay under the frame limit", "[sync]") {
  auto key = KeyPair::generate();
  std::vector<SignedEvent> events;
  std::string prev = kZeroHash;
  for (int i = 1; i <= 1200; ++i) {
    Event e;
    e.fair = "CF138";
    e.device = key.public_hex();
    e.seq = i;
    e.prev = prev;
    e.time = 1700000000000 + i;
    e.hlc = e.time << 16;
    e.officer = "o1";
    e.type = "case.opened";
    e.body = Json{{"note", std::string(500, 'n')}};
    events.push_back(sign_event(e, key));
    prev = events.back().hash_hex();
  }
  auto batches = batch_events(events);
  CHECK(batches.size() > 1);
  std::size_t total = 0;
  for (const auto& b : batches) {
    Frame f = make(b);
    CHECK(f.payload.size() <= kMaxPayload);
    auto back = parse_events(through_wire(f));
    for (const auto& w : back.events) {
      auto s = from_wire(w);
      REQUIRE(s);
      CHECK(s->signature_valid());
      CHECK(s->event.seq == static_cast<std::int64_t>(++total));
    }
  }
  CHECK(total == events.size());
  std::string why;
  CHECK_FALSE(from_wire(WireEvent{events[0].bytes, "00", ""}, &why));
  CHECK_FALSE(why.empty());
}

TEST_CASE("the auth message binds nonce, certificate and device under a domain tag", "[sync]") {
  auto key = KeyPair::generate();
  Bytes nonce(32, 1), fp(32, 2), other_fp(32, 3);
  Bytes m = auth_message(nonce, fp, key.public_key());
  CHECK(std::string(m.begin(), m.begin() + 22) == "fairguard/sync/auth/v1");
  CHECK(m.size() == 23 + 96);
  auto sig = key.sign(m);
  CHECK(verify_signature(key.public_key(), auth_message(nonce, fp, key.public_key()), sig));
  CHECK_FALSE(verify_signature(key.public_key(), auth_message(nonce, other_fp, key.public_key()), sig));
}

TEST_CASE("a message payload nested 60,000 deep is a ProtocolError, not a crash", "[sync]") {
  const std::string nested = std::string(60'000, '[') + std::string(60'000, ']');
  CHECK_THROWS_WITH(parse_events(Frame{MsgType::Events, nested}),
                    "the events message is not a JSON object: JSON nests deeper than 32 levels");
  CHECK_THROWS_WITH(parse_heads(Frame{MsgType::Heads, R"({"heads":)" + nested + "}"}),
                    "the heads message is not a JSON object: JSON nests deeper than 32 levels");
  CHECK_THROWS_AS(parse_ack(Frame{MsgType::Ack, R"({"head":1,"results":[],"receipt":)" + nested + "}"}), ProtocolError);
}

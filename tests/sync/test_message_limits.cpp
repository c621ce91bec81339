// Every integer, count and text of a sync message is range-checked on parsing: at the limit
// it passes, one past it is refused with a message naming the limit; nothing is narrowed.
#include <catch2/catch.hpp>
#include <functional>

#include "crypto/sha256.h"
#include "sync/messages.h"

using namespace fg;
using namespace fg::sync;

namespace {

Frame json(MsgType t, const Json& j) { return Frame{t, j.dump()}; }

std::string key(std::size_t i) { return sha256_hex(as_bytes(std::to_string(i))); }

Json hello_with(const Json& proto) { return {{"proto", proto}, {"device", std::string(64, 'a')}, {"fair", "CF138"}}; }

Json heads_of(std::size_t n, std::int64_t seq = 1) {
  Json heads = Json::object();
  for (std::size_t i = 0; i < n; ++i) heads[key(i)] = seq;
  return {{"heads", heads}};
}

Json ack_with(std::size_t results, const Json& seq, const Json& head) {
  Json list = Json::array();
  for (std::size_t i = 0; i < results; ++i)
    list.push_back({{"device", std::string(64, 'a')}, {"seq", seq}, {"status", "stored"}, {"ok", true}});
  return {{"results", list}, {"head", head}};
}

Json tree_proofs_with(std::size_t proofs, std::size_t path, const Json& from_size) {
  TreeProofs t;
  t.head.head.size = 8;
  t.from_size = 0;
  Json j = t.to_json();
  j["fromSize"] = from_size;
  Json items = Json::array();
  for (std::size_t i = 0; i < proofs; ++i)
    items.push_back({{"event", std::string(64, 'c')},
                     {"leafIndex", 1},
                     {"path", Json(std::vector<std::string>(path, std::string(64, 'd')))}});
  j["proofs"] = items;
  return j;
}

}  // namespace

TEST_CASE("integers out of range are refused, never narrowed", "[sync]") {
  CHECK(parse_hello(json(MsgType::Hello, hello_with(kProtocolVersion))).proto == kProtocolVersion);
  CHECK(parse_hello(json(MsgType::Hello, hello_with(kMaxProtocolField))).proto == kMaxProtocolField);
  CHECK_THROWS_WITH(parse_hello(json(MsgType::Hello, hello_with(kMaxProtocolField + 1))),
                    Catch::Contains("'proto' is 65536, outside 0..65535"));
  // 2^32 + 1 used to be read as 1.
  CHECK_THROWS_WITH(parse_hello(Frame{MsgType::Hello, R"({"proto":4294967297,"device":"","fair":""})"}),
                    Catch::Contains("'proto' is 4294967297"));
  CHECK_THROWS_WITH(parse_hello(Frame{MsgType::Hello, R"({"proto":1.9,"device":"","fair":""})"}),
                    Catch::Contains("malformed 'proto' (not an integer)"));
  CHECK_THROWS_WITH(parse_hello(Frame{MsgType::Hello, R"({"proto":1.0,"device":"","fair":""})"}),
                    Catch::Contains("not an integer"));
  CHECK_THROWS_WITH(parse_hello(Frame{MsgType::Hello, R"({"proto":true,"device":"","fair":""})"}),
                    Catch::Contains("not an integer"));
  CHECK_THROWS_WITH(parse_hello(Frame{MsgType::Hello, R"({"proto":-1,"device":"","fair":""})"}),
                    Catch::Contains("'proto' is -1"));
  CHECK_THROWS_WITH(parse_hello(Frame{MsgType::Hello, R"({"proto":1e30,"device":"","fair":""})"}),
                    Catch::Contains("not an integer"));

  // A tree size of -1 used to become 2^64 - 1.
  CHECK(parse_tree_request(json(MsgType::Tree, {{"size", kMaxTreeSize}})).size == kMaxTreeSize);
  CHECK_THROWS_WITH(parse_tree_request(json(MsgType::Tree, {{"size", kMaxTreeSize + 1}})),
                    Catch::Contains("outside 0.."));
  CHECK_THROWS_WITH(parse_tree_request(json(MsgType::Tree, {{"size", -1}})), Catch::Contains("'size' is -1"));
  CHECK(parse_heads_tree_size(json(MsgType::Heads, {{"heads", Json::object()}, {"tree_size", kMaxTreeSize}})) ==
        kMaxTreeSize);
  CHECK_THROWS_AS(parse_heads_tree_size(json(MsgType::Heads, {{"heads", Json::object()}, {"tree_size", -1}})),
                  ProtocolError);
  CHECK_THROWS_AS(
      parse_heads_tree_size(json(MsgType::Heads, {{"heads", Json::object()}, {"tree_size", kMaxTreeSize + 1}})),
      ProtocolError);

  // Seqs and heads.
  CHECK(parse_heads(json(MsgType::Pull, heads_of(1, kMaxSeq))).begin()->second == kMaxSeq);
  CHECK_THROWS_WITH(parse_heads(json(MsgType::Pull, heads_of(1, kMaxSeq + 1))), Catch::Contains("outside 0.."));
  CHECK_THROWS_AS(parse_heads(json(MsgType::Pull, heads_of(1, -1))), ProtocolError);
  CHECK_THROWS_AS(parse_heads(Frame{MsgType::Pull, R"({"heads":{"aa":1}})"}), ProtocolError);  // not a device key
  CHECK(parse_ack(json(MsgType::Ack, ack_with(1, kMaxSeq, kMaxSeq))).head == kMaxSeq);
  CHECK_THROWS_AS(parse_ack(json(MsgType::Ack, ack_with(1, kMaxSeq + 1, 1))), ProtocolError);
  CHECK_THROWS_AS(parse_ack(json(MsgType::Ack, ack_with(1, 1, kMaxSeq + 1))), ProtocolError);
  CHECK_THROWS_AS(parse_ack(json(MsgType::Ack, ack_with(1, 1.5, 1))), ProtocolError);

  // Blob offsets and sizes.
  const std::string h(64, 'a');
  CHECK(parse_blob_get(json(MsgType::BlobGet, {{"hash", h}, {"offset", kMaxBlobBytes}})).offset == kMaxBlobBytes);
  CHECK_THROWS_AS(parse_blob_get(json(MsgType::BlobGet, {{"hash", h}, {"offset", kMaxBlobBytes + 1}})), ProtocolError);
  CHECK_THROWS_AS(parse_blob_get(json(MsgType::BlobGet, {{"hash", h}, {"offset", -5}})), ProtocolError);
  const Json need_at{{"need", {{{"hash", h}, {"offset", kMaxBlobBytes}}}}};
  CHECK(parse_blob_need(json(MsgType::BlobNeed, need_at)).need.size() == 1);
  const Json need_past{{"need", {{{"hash", h}, {"offset", kMaxBlobBytes + 1}}}}};
  CHECK_THROWS_AS(parse_blob_need(json(MsgType::BlobNeed, need_past)), ProtocolError);
  CHECK(parse_blob_chunk(make(BlobChunk{h, kMaxBlobBytes, kMaxBlobBytes, ""})).total == kMaxBlobBytes);
  CHECK_THROWS_WITH(parse_blob_chunk(make(BlobChunk{h, kMaxBlobBytes + 1, kMaxBlobBytes + 1, ""})),
                    Catch::Contains("over the limit"));

  // The fair configuration: its announced size, its chunks, its offsets.
  auto welcome_of = [](const Json& size) {
    return Json{{"fair", "CF138"},
                {"station_code", ""},
                {"bureau_key", std::string(64, 'b')},
                {"config", {{"sha256", std::string(64, 'c')}, {"size", size}, {"version", 1}}}};
  };
  CHECK(parse_welcome(json(MsgType::Welcome, welcome_of(kMaxConfigBytes))).config_size == kMaxConfigBytes);
  CHECK_THROWS_AS(parse_welcome(json(MsgType::Welcome, welcome_of(kMaxConfigBytes + 1))), ProtocolError);
  CHECK_THROWS_AS(parse_welcome(json(MsgType::Welcome, welcome_of(-1))), ProtocolError);
  // The relay's clock: optional (a relay before it sends none), and a sane time when present.
  CHECK(parse_welcome(json(MsgType::Welcome, welcome_of(1))).relay_time == 0);
  auto welcome_at = [&](const Json& time) {
    Json j = welcome_of(1);
    j["time"] = time;
    return json(MsgType::Welcome, j);
  };
  CHECK(parse_welcome(welcome_at(kHlcMinMillis)).relay_time == kHlcMinMillis);
  CHECK(parse_welcome(welcome_at(kHlcMaxMillis)).relay_time == kHlcMaxMillis);
  CHECK_THROWS_WITH(parse_welcome(welcome_at(kHlcMinMillis - 1)), Catch::Contains("'time'"));
  CHECK_THROWS_WITH(parse_welcome(welcome_at(kHlcMaxMillis + 1)), Catch::Contains("outside"));
  CHECK_THROWS_WITH(parse_welcome(welcome_at(1.7e12)), Catch::Contains("not an integer"));
  CHECK_THROWS_AS(parse_welcome(welcome_at("1764900000000")), ProtocolError);
  Welcome w;
  w.fair = "CF138";
  CHECK(Json::parse(make(w).payload).count("time") == 0);  // unknown: not sent
  w.relay_time = 1'764'900'000'000;
  CHECK(parse_welcome(make(w)).relay_time == 1'764'900'000'000);
  const std::string full(kMaxConfigChunk, 'x');
  CHECK(parse_config_chunk(make_config_chunk(BlobChunk{h, kMaxConfigBytes, 0, full})).data.size() == kMaxConfigChunk);
  CHECK_THROWS_AS(make_config_chunk(BlobChunk{h, kMaxConfigBytes, 0, full + "x"}), ProtocolError);
  Frame over = make_config_chunk(BlobChunk{h, kMaxConfigBytes, 0, full});
  over.payload += "x";
  CHECK_THROWS_WITH(parse_config_chunk(over), Catch::Contains("larger than"));
  CHECK_THROWS_WITH(parse_config_chunk(make_config_chunk(BlobChunk{h, kMaxConfigBytes + 1, 0, "x"})),
                    Catch::Contains("over the limit"));
  CHECK(parse_config_get(make_config_get({h, kMaxConfigBytes})).offset == kMaxConfigBytes);
  CHECK_THROWS_AS(parse_config_get(make_config_get({h, kMaxConfigBytes + 1})), ProtocolError);

  // Tree proofs: sizes and indexes.
  CHECK(tree_proofs_from_json(tree_proofs_with(1, 1, kMaxTreeSize)).from_size == kMaxTreeSize);
  CHECK_THROWS_AS(tree_proofs_from_json(tree_proofs_with(1, 1, kMaxTreeSize + 1)), ProtocolError);
  CHECK_THROWS_AS(tree_proofs_from_json(tree_proofs_with(1, 1, -1)), ProtocolError);
}

TEST_CASE("every count in a message is bounded by its named limit", "[sync]") {
  // Devices in heads.
  CHECK(parse_heads(json(MsgType::Heads, heads_of(kMaxHeads))).size() == kMaxHeads);
  CHECK_THROWS_WITH(parse_heads(json(MsgType::Heads, heads_of(kMaxHeads + 1))),
                    Catch::Contains("over the limit of " + std::to_string(kMaxHeads)));

  // Events per batch.
  auto events_of = [](std::size_t n) {
    Json list = Json::array();
    for (std::size_t i = 0; i < n; ++i) list.push_back({{"bytes", "{}"}, {"sig", "00"}});
    return Json{{"events", list}};
  };
  CHECK(parse_events(json(MsgType::Events, events_of(kMaxBatchEvents))).events.size() == kMaxBatchEvents);
  CHECK_THROWS_WITH(parse_events(json(MsgType::Events, events_of(kMaxBatchEvents + 1))),
                    Catch::Contains("over the limit of " + std::to_string(kMaxBatchEvents)));

  // Ack results.
  CHECK(parse_ack(json(MsgType::Ack, ack_with(kMaxBatchEvents, 1, 1))).results.size() == kMaxBatchEvents);
  CHECK_THROWS_AS(parse_ack(json(MsgType::Ack, ack_with(kMaxBatchEvents + 1, 1, 1))), ProtocolError);

  // Blobs per blob-need.
  auto need_of = [](std::size_t n) {
    Json list = Json::array();
    for (std::size_t i = 0; i < n; ++i) list.push_back({{"hash", std::string(64, 'b')}, {"offset", 0}});
    return Json{{"need", list}};
  };
  CHECK(parse_blob_need(json(MsgType::BlobNeed, need_of(kMaxBlobNeed))).need.size() == kMaxBlobNeed);
  CHECK_THROWS_AS(parse_blob_need(json(MsgType::BlobNeed, need_of(kMaxBlobNeed + 1))), ProtocolError);

  // Proofs wanted, proofs given, hashes per path.
  auto tree_of = [](std::size_t n) {
    return Json{{"size", 0}, {"want", std::vector<std::string>(n, std::string(64, 'e'))}};
  };
  CHECK(parse_tree_request(json(MsgType::Tree, tree_of(kMaxTreeWant))).want.size() == kMaxTreeWant);
  CHECK_THROWS_AS(parse_tree_request(json(MsgType::Tree, tree_of(kMaxTreeWant + 1))), ProtocolError);
  CHECK(tree_proofs_from_json(tree_proofs_with(kMaxProofs, 1, 0)).proofs.size() == kMaxProofs);
  CHECK_THROWS_AS(tree_proofs_from_json(tree_proofs_with(kMaxProofs + 1, 1, 0)), ProtocolError);
  CHECK(tree_proofs_from_json(tree_proofs_with(1, kMaxProofPath, 0)).proofs[0].path.size() == kMaxProofPath);
  CHECK_THROWS_AS(tree_proofs_from_json(tree_proofs_with(1, kMaxProofPath + 1, 0)), ProtocolError);
  Json consistency = tree_proofs_with(0, 0, 0);
  consistency["consistency"] = std::vector<std::string>(kMaxProofPath, std::string(64, 'f'));
  CHECK(tree_proofs_from_json(consistency).consistency.size() == kMaxProofPath);
  consistency["consistency"].push_back(std::string(64, 'f'));
  CHECK_THROWS_AS(tree_proofs_from_json(consistency), ProtocolError);
}

TEST_CASE("every text in a message is bounded", "[sync]") {
  Json at = hello_with(1);
  at["client"] = std::string(kMaxText, 'c');
  CHECK(parse_hello(json(MsgType::Hello, at)).client.size() == kMaxText);
  at["client"] = std::string(kMaxText + 1, 'c');
  CHECK_THROWS_WITH(parse_hello(json(MsgType::Hello, at)),
                    Catch::Contains("'client' is 1025 bytes, over the limit of 1024"));
  CHECK(parse_error(json(MsgType::Error, {{"code", "x"}, {"message", std::string(kMaxMessageText, 'm')}}))
            .message.size() == kMaxMessageText);
  CHECK_THROWS_AS(
      parse_error(json(MsgType::Error, {{"code", "x"}, {"message", std::string(kMaxMessageText + 1, 'm')}})),
      ProtocolError);
  CHECK_THROWS_AS(parse_enrol(json(MsgType::Enrol, {{"token", std::string(kMaxText + 1, 't')}, {"sig", ""}})),
                  ProtocolError);
  // What the relay writes stays inside what the station reads: long text is clipped on a
  // character boundary (valid UTF-8 JSON), never refused by the reader.
  const std::string chinese = "\xe5\x8f\x8d";  // 3 bytes
  std::string long_message;
  while (long_message.size() < kMaxMessageText + 10) long_message += chinese;
  ErrorMsg back = parse_error(make(ErrorMsg{"internal", long_message}));
  CHECK(back.message.size() <= kMaxMessageText);
  CHECK(back.message.size() % 3 == 0);
  // Booleans are booleans.
  CHECK_THROWS_AS(parse_blob_stored(json(MsgType::BlobStored, {{"hash", "x"}, {"ok", 1}})), ProtocolError);
}

TEST_CASE("a tree request's accepted head: round trip, each field in range, nothing extra", "[sync]") {
  const KeyPair device = KeyPair::from_seed(Bytes(32, 0x51));
  const KeyPair log = KeyPair::from_seed(Bytes(32, 0x52));
  const SignedTreeHead head = sign_tree_head(TreeHead{24, Digest{}, 1790000000000}, log);
  TreeRequest request;
  request.size = 24;
  request.accepted = sign_accepted_head("CF138", device, log.public_key(), head, 1790000000500);
  const TreeRequest back = parse_tree_request(make(request));
  REQUIRE(back.accepted);
  CHECK(back.accepted->head == head);
  CHECK(back.accepted->accepted_at == 1790000000500);
  CHECK(verify_accepted_head(*back.accepted));
  // A station before it sends none.
  CHECK_FALSE(parse_tree_request(json(MsgType::Tree, {{"size", 0}})).accepted);

  auto with = [&](const std::function<void(Json&)>& change) {
    Json j{{"size", 24}, {"accepted", request.accepted->to_json()}};
    change(j["accepted"]);
    return json(MsgType::Tree, j);
  };
  CHECK(parse_tree_request(with([](Json& a) { a["fair"] = std::string(kMaxAcceptedFairId, 'F'); })).accepted);
  CHECK_THROWS_WITH(parse_tree_request(with([](Json& a) { a["fair"] = std::string(kMaxAcceptedFairId + 1, 'F'); })),
                    Catch::Contains("fair is not a fair id of 1 to 64 bytes"));
  CHECK_THROWS_WITH(parse_tree_request(with([](Json& a) { a["extra"] = 1; })), Catch::Contains("exactly accepted"));
  CHECK_THROWS_WITH(parse_tree_request(with([](Json& a) { a["accepted"] = -1; })),
                    Catch::Contains("time is not an integer >= 0"));
  CHECK_THROWS_WITH(parse_tree_request(with([](Json& a) { a["treeHead"]["size"] = kMaxTreeSize + 1; })),
                    Catch::Contains("size out of range"));
  CHECK_THROWS_WITH(parse_tree_request(with([](Json& a) { a["sig"] = "00"; })), Catch::Contains("sig is not 128"));
  // One changed byte of the statement no longer verifies with the device key.
  AcceptedHead altered = *back.accepted;
  altered.accepted_at += 1;
  CHECK_FALSE(verify_accepted_head(altered));

  TreeProofs answer;
  answer.accepted_refused = "another root";
  CHECK(tree_proofs_from_json(answer.to_json()).accepted_refused == "another root");
  CHECK_FALSE(TreeProofs{}.to_json().contains("acceptedRefused"));
}

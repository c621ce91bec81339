#include <catch2/catch.hpp>

#include "sync/frame.h"

using namespace fg::sync;

TEST_CASE("frames survive being fed one byte at a time", "[sync]") {
  const std::string wire = encode_frame(MsgType::Hello, R"({"a":1})") + encode_frame(MsgType::Bye, "") +
                           encode_frame(MsgType::BlobChunk, std::string(70000, '\xff'));
  FrameDecoder d;
  std::vector<Frame> got;
  for (char c : wire) {
    REQUIRE(d.feed(std::string_view(&c, 1)));
    while (auto f = d.next()) got.push_back(std::move(*f));
  }
  REQUIRE(got.size() == 3);
  CHECK(got[0].type == MsgType::Hello);
  CHECK(got[0].payload == R"({"a":1})");
  CHECK(got[1].type == MsgType::Bye);
  CHECK(got[1].payload.empty());
  CHECK(got[2].payload == std::string(70000, '\xff'));
  CHECK(d.pending_bytes() == 0);
}

TEST_CASE("several frames in one read all come out, a partial one waits", "[sync]") {
  std::string wire = encode_frame(MsgType::Heads, "x") + encode_frame(MsgType::Pull, "yy");
  const std::string third = encode_frame(MsgType::Events, "zzz");
  wire += third.substr(0, 6);
  FrameDecoder d;
  REQUIRE(d.feed(wire));
  CHECK(d.next()->payload == "x");
  CHECK(d.next()->payload == "yy");
  CHECK_FALSE(d.next());
  CHECK(d.pending_bytes() == 6);
  REQUIRE(d.feed(third.substr(6)));
  CHECK(d.next()->payload == "zzz");
}

TEST_CASE("an oversized length is refused from the header alone", "[sync]") {
  FrameDecoder d;
  const unsigned char header[] = {0x7f, 0xff, 0xff, 0xff, 0x12};
  CHECK_FALSE(d.feed(fg::ByteView(header, 5)));
  CHECK(d.failed());
  CHECK_THAT(d.error(), Catch::Contains("oversized frame"));
  CHECK(d.pending_bytes() == 0);                        // nothing buffered for the attacker
  CHECK_FALSE(d.feed(encode_frame(MsgType::Bye, "")));  // stays failed
  CHECK_FALSE(d.next());
}

TEST_CASE("the limit is exact: kMaxPayload passes, one more byte fails", "[sync]") {
  FrameDecoder d;
  REQUIRE(d.feed(encode_frame(MsgType::BlobChunk, std::string(kMaxPayload, 'a'))));
  CHECK(d.next()->payload.size() == kMaxPayload);
  CHECK_THROWS_AS(encode_frame(MsgType::BlobChunk, std::string(kMaxPayload + 1, 'a')), std::length_error);
  std::string header = encode_frame(MsgType::BlobChunk, "").substr(0, 5);
  const std::uint32_t n = kMaxPayload + 1;
  header[0] = static_cast<char>(n >> 24);
  header[1] = static_cast<char>(n >> 16);
  header[2] = static_cast<char>(n >> 8);
  header[3] = static_cast<char>(n);
  CHECK_FALSE(d.feed(header));
}

TEST_CASE("garbage bytes with an unknown type are refused", "[sync]") {
  FrameDecoder d;
  CHECK_FALSE(d.feed(std::string_view("\0\0\0\x02\xeeok", 7)));
  CHECK_THAT(d.error(), Catch::Contains("garbage") && Catch::Contains("0xee"));
  FrameDecoder http;
  CHECK_FALSE(http.feed(std::string_view("GET / HTTP/1.1\r\n\r\n")));  // 'GET ' is a 1.2 GB length
  CHECK_THAT(http.error(), Catch::Contains("oversized"));
}

TEST_CASE("every message type has a name", "[sync]") {
  for (int t = 0; t < 256; ++t)
    if (known_type(static_cast<std::uint8_t>(t))) CHECK(std::string(describe(static_cast<MsgType>(t))) != "unknown");
  CHECK_FALSE(known_type(0));
  CHECK_FALSE(known_type(0xff));
}

// A valid frame of every message type (seeds for the frame and message fuzz targets).
#include "sample_frames.h"

#include "sync/messages.h"

namespace fg::fuzz {

using namespace fg::sync;

std::vector<Frame> sample_frames() {
  return {
      make(Hello{1, std::string(64, 'a'), "CF138", "seed"}),
      make(Challenge{1, std::string(64, '1'), "relay"}),
      make(Auth{std::string(128, 'b')}),
      make(Enrol{"ABCDEFGHIJKLMNOPQRSTUVWXYZ", std::string(128, 'c'), "hall"}),
      make(Welcome{"CF138", "S01", std::string(64, 'd'), std::string(64, '5'), 1200, 3, true, false, {}}),
      [] {  // with the relay's clock (optional field)
        Welcome w;
        w.fair = "CF138";
        w.station_code = "S01";
        w.bureau_key = std::string(64, 'd');
        w.relay_time = 1'764'900'000'000;
        return make(w);
      }(),
      make(ErrorMsg{err::kGarbage, "bad"}),
      make_heads(MsgType::Heads, {{std::string(64, 'e'), 3}}),
      make_heads(MsgType::Pull, {}),
      make(EventsMsg{{WireEvent{R"({"v":1})", std::string(128, 'f'), ""}}, true}),
      make(AckMsg{{AckItem{std::string(64, 'a'), 1, "stored", true, ""}}, 1, nullptr}),
      make(BlobNeed{{BlobOffset{std::string(64, 'a'), 5}}}),
      make(BlobChunk{std::string(64, 'a'), 10, 2, "chunkdata"}),
      make(BlobStored{std::string(64, 'a'), true, ""}),
      make_blob_get({std::string(64, 'a'), 0}),
      make_config_get({std::string(64, 'c'), 1024}),
      make_config_chunk(BlobChunk{std::string(64, 'c'), 5000, 1024, "{\"config\":"}),
      make_empty(MsgType::Bye),
      make(TreeRequest{3, std::string(64, 'a'), {fg::Digest{}}, std::nullopt}),
      [] {  // with the station's accepted head (optional field)
        TreeRequest r{3, std::string(64, 'a'), {}, std::nullopt};
        r.accepted = AcceptedHead{"CF138", PublicKey{}, PublicKey{}, {{3, fg::Digest{}, 1}, fg::Signature{}}, 2, {}};
        return make(r);
      }(),
      make(TreeProofs{{{3, fg::Digest{}, 1}, fg::Signature{}},
                      1,
                      {fg::Digest{}},
                      {ProofItem{fg::Digest{}, 2, {fg::Digest{}}}},
                      {fg::Digest{}},
                      "",
                      {},
                      "another root"}),
      make_heads(MsgType::Heads, {{std::string(64, 'e'), 3}}, 5),
  };
}

}  // namespace fg::fuzz

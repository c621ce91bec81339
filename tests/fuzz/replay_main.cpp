// Runs the fuzz target's inputs without libFuzzer (normal gcc build, ctest): built-in seeds
// made from every message type, truncations and bit flips of them, then every file of the
// corpus folders given as arguments. `--write-seeds DIR` writes the seeds for a fuzzing run.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <vector>

#include "sync/frame.h"
#include "sync/messages.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

using namespace fg::sync;

namespace {
std::vector<std::string> seeds() {
  std::vector<Frame> frames = {
      make(Hello{1, std::string(64, 'a'), "CF138", "seed"}),
      make(Challenge{1, std::string(64, '1'), "relay"}),
      make(Auth{std::string(128, 'b')}),
      make(Enrol{"ABCDEFGHIJKLMNOPQRSTUVWXYZ", std::string(128, 'c'), "hall"}),
      make(Welcome{"CF138", "S01", std::string(64, 'd'), std::string(64, 'c'), 5000, 3, true, false, {}}),
      make_empty(MsgType::EnrolConfirm),
      make_config_get({std::string(64, 'c'), 1024}),
      make_config_chunk(BlobChunk{std::string(64, 'c'), 5000, 1024, "{\"config\":"}),
      make(ErrorMsg{err::kGarbage, "bad"}),
      make_heads(MsgType::Heads, {{std::string(64, 'e'), 3}}),
      make_heads(MsgType::Pull, {}),
      make(EventsMsg{{WireEvent{R"({"v":1})", std::string(128, 'f')}}, true}),
      make(AckMsg{{AckItem{std::string(64, 'a'), 1, "stored", true, ""}}, 1, nullptr}),
      make(BlobNeed{{BlobOffset{std::string(64, 'a'), 5}}}),
      make(BlobChunk{std::string(64, 'a'), 10, 2, "chunkdata"}),
      make(BlobStored{std::string(64, 'a'), true, ""}),
      make_blob_get({std::string(64, 'a'), 0}),
      make_empty(MsgType::Bye),
      make(TreeRequest{3, std::string(64, 'a'), {fg::Digest{}}}),
      make(TreeProofs{{{3, fg::Digest{}, 1}, fg::Signature{}}, 1, {fg::Digest{}}, {ProofItem{fg::Digest{}, 2, {fg::Digest{}}}},
                      {fg::Digest{}}, ""}),
      make_heads(MsgType::Heads, {{std::string(64, 'e'), 3}}, 5),
  };
  std::vector<std::string> out;
  std::string all;
  for (const auto& f : frames) {
    const std::string wire = encode_frame(f.type, f.payload);
    all += wire;
    for (char piece : {'\x00', '\x03', '\x3f'}) {
      out.push_back(piece + wire);
      out.push_back(piece + wire.substr(0, wire.size() / 2));  // cut mid-frame
      std::string flipped = wire;
      flipped[flipped.size() / 2] ^= 0x5a;  // corrupted payload
      out.push_back(piece + flipped);
    }
  }
  out.push_back('\x07' + all);                                     // a whole session's frames
  out.push_back(std::string("\x01\x7f\xff\xff\xff\x12", 6));       // oversized
  out.push_back(std::string("\x01\x00\x00\x00\x00\xee", 6));       // unknown type
  return out;
}
void run(const std::string& input) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}
}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (argc == 3 && std::string(argv[1]) == "--write-seeds") {
    fs::create_directories(argv[2]);
    int n = 0;
    for (const auto& s : seeds()) std::ofstream(fs::path(argv[2]) / ("seed-" + std::to_string(n++)), std::ios::binary) << s;
    std::cout << "wrote " << n << " seeds to " << argv[2] << "\n";
    return 0;
  }
  std::size_t count = 0;
  for (const auto& s : seeds()) {
    run(s);
    ++count;
  }
  for (int i = 1; i < argc; ++i)
    if (fs::is_directory(argv[i]))
      for (const auto& e : fs::recursive_directory_iterator(argv[i]))
        if (e.is_regular_file()) {
          std::ifstream in(e.path(), std::ios::binary);
          run(std::string(std::istreambuf_iterator<char>(in), {}));
          ++count;
        }
  std::cout << "replayed " << count << " inputs through the sync decoder: no crash\n";
  return 0;
}

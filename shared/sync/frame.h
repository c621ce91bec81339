#pragma once
// Sync wire frames (docs/sync-protocol.md): 4-byte big-endian payload length, 1-byte message
// type, payload. Pure and socket-free: the decoder is fed whatever bytes arrived and hands
// back whole frames, so the relay, the station client and the tests share one parser.
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>

#include "crypto/bytes.h"

namespace fg::sync {

constexpr std::uint32_t kMaxPayload = 1024 * 1024 + 64;  // 1 MiB + room for a chunk header
// Before authentication (hello, auth, enrol: each well under 1 KiB) the relay takes frames of
// at most this size, so an unauthenticated connection cannot make it buffer a large frame.
constexpr std::uint32_t kMaxPreAuthPayload = 16 * 1024;
constexpr std::size_t kHeaderSize = 5;

enum class MsgType : std::uint8_t {
  Hello = 0x01,         // station -> relay: protocol version, device key, fair
  Challenge = 0x02,     // relay -> station: random nonce to sign
  Auth = 0x03,          // station -> relay: signature over the challenge (enrolled device)
  Enrol = 0x04,         // station -> relay: one-time token + signature (new device)
  Welcome = 0x05,       // relay -> station: authenticated; station code, bureau key, which fair config
  Error = 0x06,         // either way: code + message; the sender closes afterwards
  Bye = 0x07,           // station -> relay and back: clean end of the sync
  EnrolConfirm = 0x08,  // station -> relay: configuration verified, spend the token now
  Heads = 0x10,         // station -> relay: the station's head seq per device
  RelayHeads = 0x11,    // relay -> station: the relay's head seq per device of the fair
  Events = 0x12,        // either way: a batch of signed events
  Ack = 0x13,           // relay -> station: per-event status after the durable commit
  Pull = 0x14,          // station -> relay: "send me what I lack" (carries the station's heads)
  Tree = 0x15,          // station -> relay: my last tree head's size; proofs for these events?
  TreeProofs = 0x16,    // relay -> station: signed tree head, consistency proof, inclusion proofs
  ConfigGet = 0x17,     // station -> relay: the fair configuration's bytes from this offset
  ConfigChunk = 0x18,   // relay -> station, binary: hash, total size, offset, data
  BlobQuery = 0x20,     // station -> relay: which blobs of mine do you still need?
  BlobNeed = 0x21,      // relay -> station: hashes and the offsets to resume from
  BlobChunk = 0x22,     // either way, binary: hash, total size, offset, data
  BlobStored = 0x23,    // relay -> station: a blob was verified and committed (or refused)
  BlobGet = 0x24,       // station -> relay: send me this blob from this offset
  // The witness protocol (docs/witness.md) on the same frames, to fairguard-witness.
  WitnessAdd = 0x30,    // relay -> witness: a signed tree head and the consistency proof to it
  WitnessReply = 0x31,  // witness -> relay: its cosignature, or why it refuses
};
const char* describe(MsgType t);
bool known_type(std::uint8_t t);

struct Frame {
  MsgType type{};
  std::string payload;
};

// Header + payload, ready to write. Throws std::length_error above kMaxPayload.
std::string encode_frame(MsgType type, std::string_view payload);

// Incremental decoder. After a protocol error it stays failed: the session must close.
class FrameDecoder {
 public:
  explicit FrameDecoder(std::uint32_t max_payload = kMaxPayload) : max_payload_(max_payload) {}

  // Consumes bytes; complete frames queue up for next(). Returns false once failed.
  bool feed(ByteView bytes);
  bool feed(std::string_view bytes) { return feed(as_bytes(bytes)); }
  std::optional<Frame> next();
  bool has_frame() const { return !ready_.empty(); }
  // Applies to frame headers parsed from now on (the relay raises it after authentication).
  void set_max_payload(std::uint32_t max_payload) { max_payload_ = max_payload; }

  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }
  // Bytes of a frame begun but not complete (a cut mid-frame leaves these behind).
  std::size_t pending_bytes() const { return buffer_.size(); }

 private:
  void parse();
  std::uint32_t max_payload_;
  std::string buffer_;
  std::deque<Frame> ready_;
  std::string error_;
};

}  // namespace fg::sync

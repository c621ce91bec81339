#include "sync/frame.h"

#include <stdexcept>

namespace fg::sync {

namespace {
constexpr std::size_t kKeepCapacity = 64 * 1024;  // decoder buffer kept between frames
}  // namespace

const char* describe(MsgType t) {
  switch (t) {
    case MsgType::Hello:
      return "hello";
    case MsgType::Challenge:
      return "challenge";
    case MsgType::Auth:
      return "auth";
    case MsgType::Enrol:
      return "enrol";
    case MsgType::Welcome:
      return "welcome";
    case MsgType::Error:
      return "error";
    case MsgType::Bye:
      return "bye";
    case MsgType::EnrolConfirm:
      return "enrol-confirm";
    case MsgType::Heads:
      return "heads";
    case MsgType::RelayHeads:
      return "relay-heads";
    case MsgType::Events:
      return "events";
    case MsgType::Ack:
      return "ack";
    case MsgType::Pull:
      return "pull";
    case MsgType::Tree:
      return "tree";
    case MsgType::TreeProofs:
      return "tree-proofs";
    case MsgType::ConfigGet:
      return "config-get";
    case MsgType::ConfigChunk:
      return "config-chunk";
    case MsgType::BlobQuery:
      return "blob-query";
    case MsgType::BlobNeed:
      return "blob-need";
    case MsgType::BlobChunk:
      return "blob-chunk";
    case MsgType::BlobStored:
      return "blob-stored";
    case MsgType::BlobGet:
      return "blob-get";
    case MsgType::WitnessAdd:
      return "witness-add";
    case MsgType::WitnessReply:
      return "witness-reply";
  }
  return "unknown";
}

bool known_type(std::uint8_t t) { return std::string_view(describe(static_cast<MsgType>(t))) != "unknown"; }

std::string encode_frame(MsgType type, std::string_view payload) {
  if (payload.size() > kMaxPayload)
    throw std::length_error("sync frame payload of " + std::to_string(payload.size()) + " bytes exceeds the limit of " +
                            std::to_string(kMaxPayload));
  const auto n = static_cast<std::uint32_t>(payload.size());
  std::string out;
  out.reserve(kHeaderSize + payload.size());
  out.push_back(static_cast<char>(n >> 24));
  out.push_back(static_cast<char>(n >> 16));
  out.push_back(static_cast<char>(n >> 8));
  out.push_back(static_cast<char>(n));
  out.push_back(static_cast<char>(type));
  out.append(payload);
  return out;
}

bool FrameDecoder::feed(ByteView bytes) {
  if (failed()) return false;
  buffer_.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  parse();
  return !failed();
}

void FrameDecoder::parse() {
  std::size_t pos = 0;
  while (buffer_.size() - pos >= kHeaderSize) {
    const auto* p = reinterpret_cast<const unsigned char*>(buffer_.data() + pos);
    const std::uint32_t n = std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 | p[3];
    const std::uint8_t type = p[4];
    // Checked on the header alone, so a hostile length never makes us buffer it.
    if (n > max_payload_) {
      error_ = "oversized frame: " + std::to_string(n) + " bytes announced, limit " + std::to_string(max_payload_);
      break;
    }
    if (!known_type(type)) {
      error_ = "garbage bytes: unknown message type 0x" + to_hex(ByteView(&type, 1));
      break;
    }
    if (buffer_.size() - pos - kHeaderSize < n) break;
    ready_.push_back(Frame{static_cast<MsgType>(type), buffer_.substr(pos + kHeaderSize, n)});
    pos += kHeaderSize + n;
  }
  if (failed())
    buffer_.clear();
  else
    buffer_.erase(0, pos);
  // A large frame leaves a large capacity behind: give it back between frames, so a connection
  // that sent one big frame does not hold a megabyte while idle.
  if (buffer_.empty() && buffer_.capacity() > kKeepCapacity) std::string().swap(buffer_);
}

std::optional<Frame> FrameDecoder::next() {
  if (ready_.empty()) return std::nullopt;
  Frame f = std::move(ready_.front());
  ready_.pop_front();
  return f;
}

}  // namespace fg::sync

#pragma once
// The relay's side of one sync connection (docs/sync-protocol.md), without sockets: the
// connection feeds it the bytes it read and writes back what it returns. All verification
// and storage happen here, so the protocol is testable without a network.
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "data/relay_data.h"
#include "net/relay_metrics.h"
#include "sync/messages.h"

namespace fg::relay {

class RelaySession {
 public:
  using Log = std::function<void(const std::string&)>;
  // `metrics` (optional) is counted into: refusals, events, blob bytes, syncs (relay_metrics.h).
  RelaySession(RelayData& data, std::string peer, Log log, RelayMetrics* metrics = nullptr);

  struct Output {
    std::string wire;    // encoded frames to send, in order
    bool close = false;  // close after sending `wire`
  };
  // Takes the bytes and answers the frames they complete, until kOutputHighWater bytes of
  // output wait; the rest stays queued (has_pending) for resume() after the write.
  Output on_bytes(ByteView bytes);
  Output resume();
  bool has_pending() const { return state_ != State::Closed && (blob_out_ || decoder_.has_frame()); }
  // A deadline passed (the server says which, in `message`): refuse with idle_timeout and close.
  Output on_timeout(const std::string& message);
  // The connection is gone (any reason): logs the one summary line and records the sync.
  void on_closed(const std::string& why);

  bool closed() const { return state_ == State::Closed; }
  // Welcomed (also as a pending enrolment): the handshake deadline is over. Stays true after close.
  bool authenticated() const { return authenticated_; }
  // Bytes of a frame begun but not complete: the server's per-message deadline runs meanwhile.
  std::size_t pending_bytes() const { return decoder_.pending_bytes(); }
  const std::string& device() const { return device_; }

 private:
  // Enrolling: a new device was welcomed as pending; it may fetch the configuration and then
  // confirms (the token is spent only then).
  enum class State { AwaitHello, AwaitAuth, Enrolling, Ready, Closed };
  struct BlobOut {  // a blob download under way, sent a chunk at a time
    std::string hash;
    std::uint64_t size = 0, offset = 0;
  };
  void drain(Output& out);
  [[nodiscard]] bool device_still_allowed(Output& out);
  void send_blob_chunks(Output& out);
  void handle(const sync::Frame& f, Output& out);
  void on_hello(const sync::Frame& f, Output& out);
  void on_auth(const sync::Frame& f, Output& out);
  void on_enrol(const sync::Frame& f, Output& out);
  void welcome(bool enrolled_now, Output& out);
  sync::Welcome announce_config();
  void on_enrol_confirm(Output& out);
  void on_config_get(const sync::Frame& f, Output& out);
  void on_events(const sync::Frame& f, Output& out);
  void on_blob_query(Output& out);
  void on_blob_chunk(const sync::Frame& f, Output& out);
  void on_pull(const sync::Frame& f, Output& out);
  void on_blob_get(const sync::Frame& f, Output& out);
  void on_tree(const sync::Frame& f, Output& out);
  [[nodiscard]] bool take_accepted_head(const AcceptedHead& a, Output& out, std::string& refused);
  void refuse(Output& out, const char* code, const std::string& message);
  static void send(Output& out, const sync::Frame& f);
  [[nodiscard]] bool signature_ok(const std::string& sig_hex) const;
  std::string who() const;

  RelayData& data_;
  std::string peer_;
  Log log_;
  RelayMetrics* metrics_;
  const std::chrono::steady_clock::time_point began_ = std::chrono::steady_clock::now();
  sync::FrameDecoder decoder_{sync::kMaxPreAuthPayload};  // raised to kMaxPayload by welcome
  State state_ = State::AwaitHello;
  bool authenticated_ = false;
  std::optional<BlobOut> blob_out_;
  std::string device_;  // hex, after hello
  std::string code_;    // station code, after auth
  Bytes nonce_;
  std::string token_;                           // while Enrolling: the token the confirm spends
  std::shared_ptr<const SignedConfig> config_;  // the version the last welcome announced
  std::shared_ptr<const SignedConfig> named_;   // an earlier version a pulled event names
  std::set<std::string> uploadable_;            // blobs this device's events reference and the relay lacks
  std::int64_t started_ = 0;
  std::int64_t events_in_ = 0, events_out_ = 0, blobs_in_ = 0, blobs_out_ = 0, refused_ = 0, receipts_out_ = 0;
  std::uint64_t config_bytes_out_ = 0;  // fair configuration sent in config-chunks
  std::uint64_t tree_size_ = 0;         // the tree size the station holds (from heads, then each ack)
  std::string outcome_;                 // set by the first refusal or by bye
  bool recorded_ = false;
};

}  // namespace fg::relay

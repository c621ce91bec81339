#include "net/relay_session.h"

#include <sodium.h>

#include <algorithm>
#include <fstream>
#include <map>

#include "crypto/sodium_init.h"
#include "data/accepted_head_store.h"
#include "net/relay_receipts.h"
#include "tlog/transparency_log.h"

namespace fg::relay {

using namespace fg::sync;

namespace {
// Output waiting to be written per connection: frames beyond it wait in the decoder (and the
// station's TCP window), so pipelined pulls or a large blob download cannot grow it further.
constexpr std::size_t kOutputHighWater = 512 * 1024;

std::string short_key(const std::string& hex) { return hex.size() > 16 ? hex.substr(0, 16) : hex; }

const char* enrol_error_code(const EnrolResult& r) {
  return r.error == EnrolError::DeviceRevoked ? err::kRevoked : err::kToken;
}
std::string enrol_refusal(const EnrolResult& r) {
  std::string msg = std::string("enrolment refused: ") + describe(r.error);
  if (!r.detail.empty()) msg += " (" + r.detail + ")";
  return msg;
}
}  // namespace

RelaySession::RelaySession(RelayData& data, std::string peer, Log log, RelayMetrics* metrics)
    : data_(data), peer_(std::move(peer)), log_(std::move(log)), metrics_(metrics), started_(data.now_ms()) {}

std::string RelaySession::who() const {
  std::string w = peer_;
  if (!code_.empty())
    w += " " + code_;
  else if (!device_.empty())
    w += " device " + short_key(device_);
  return w;
}

void RelaySession::send(Output& out, const Frame& f) { out.wire += encode_frame(f.type, f.payload); }

void RelaySession::refuse(Output& out, const char* code, const std::string& message) {
  send(out, make(ErrorMsg{code, message}));
  out.close = true;
  state_ = State::Closed;
  if (outcome_.empty()) outcome_ = std::string(code) + ": " + message;
  if (metrics_) ++metrics_->refusals[code];
}

RelaySession::Output RelaySession::on_bytes(ByteView bytes) {
  Output out;
  if (state_ == State::Closed) return out;
  decoder_.feed(bytes);  // a failure is refused by drain once the whole frames before it are answered
  drain(out);
  return out;
}

RelaySession::Output RelaySession::resume() {
  Output out;
  drain(out);
  return out;
}

void RelaySession::drain(Output& out) {
  for (;;) {
    if (state_ == State::Closed || out.wire.size() >= kOutputHighWater) return;
    if (!blob_out_ && !decoder_.has_frame()) break;
    if (state_ == State::Ready && !device_still_allowed(out)) return;
    if (blob_out_) {
      try {
        send_blob_chunks(out);
      } catch (const std::exception& e) {
        if (log_) log_("storage error for " + who() + ": " + e.what());
        refuse(out, err::kInternal, std::string("relay storage failed: ") + e.what());
      }
    } else {
      handle(*decoder_.next(), out);
    }
  }
  if (decoder_.failed()) {
    const bool oversized = decoder_.error().rfind("oversized", 0) == 0;
    refuse(out, oversized ? err::kOversized : err::kGarbage, decoder_.error());
  }
}

// Revocation takes effect on open sessions: checked before every request and every blob chunk
// (one indexed SQLite read), so `fairguard-relay revoke` run while a station syncs stops it.
bool RelaySession::device_still_allowed(Output& out) {
  bool allowed = false;
  try {
    allowed = data_.device_allowed(device_);
  } catch (const std::exception& e) {
    if (log_) log_("storage error for " + who() + ": " + e.what());
  }
  if (allowed) return true;
  blob_out_.reset();
  refuse(out, err::kRevoked, "device " + code_ + " was revoked: this session ends now");
  return false;
}

RelaySession::Output RelaySession::on_timeout(const std::string& message) {
  Output out;
  if (state_ != State::Closed) refuse(out, err::kIdle, message);
  return out;
}

void RelaySession::on_closed(const std::string& why) {
  if (recorded_) return;
  recorded_ = true;
  if (outcome_.empty()) outcome_ = why.empty() ? "connection closed before bye" : why;
  if (log_)
    log_("connection " + who() + " ended: " + outcome_ + " (events in " + std::to_string(events_in_) + ", refused " +
         std::to_string(refused_) + ", out " + std::to_string(events_out_) + "; blobs in " + std::to_string(blobs_in_) +
         ", out " + std::to_string(blobs_out_) + "; receipts out " + std::to_string(receipts_out_) + "; config out " +
         std::to_string(config_bytes_out_) + " bytes)");
  if (!code_.empty()) {
    if (metrics_) metrics_->observe_sync(std::chrono::steady_clock::now() - began_, outcome_ == "ok");
    try {
      SyncRecord r;
      r.device = device_;
      r.started_at = started_;
      r.finished_at = data_.now_ms();
      r.events_in = events_in_;
      r.events_out = events_out_;
      r.blobs_in = blobs_in_;
      r.blobs_out = blobs_out_;
      r.outcome = outcome_;
      data_.record_sync(r);
    } catch (const std::exception& e) {
      if (log_) log_("cannot record the sync of " + who() + ": " + e.what());
    }
  }
}

void RelaySession::handle(const Frame& f, Output& out) {
  try {
    switch (state_) {
      case State::AwaitHello:
        if (f.type != MsgType::Hello)
          return refuse(out, err::kProtocol, std::string("expected hello first, got ") + describe(f.type));
        return on_hello(f, out);
      case State::AwaitAuth:
        if (f.type == MsgType::Auth) return on_auth(f, out);
        if (f.type == MsgType::Enrol) return on_enrol(f, out);
        return refuse(out, err::kProtocol, std::string("expected auth or enrol, got ") + describe(f.type));
      case State::Enrolling:
        if (f.type == MsgType::ConfigGet) return on_config_get(f, out);
        if (f.type == MsgType::EnrolConfirm) return on_enrol_confirm(out);
        return refuse(out, err::kProtocol,
                      std::string("expected config-get or enrol-confirm, got ") + describe(f.type));
      case State::Ready:
        switch (f.type) {
          case MsgType::Heads: {
            parse_heads(f);  // shape check; the station's own view is only logged
            // The acks' consistency proofs start from the tree size the station holds.
            tree_size_ = parse_heads_tree_size(f).value_or(0);
            return send(out, make_heads(MsgType::RelayHeads, data_.events().heads()));
          }
          case MsgType::Tree:
            return on_tree(f, out);
          case MsgType::Events:
            return on_events(f, out);
          case MsgType::BlobQuery:
            return on_blob_query(out);
          case MsgType::BlobChunk:
            return on_blob_chunk(f, out);
          case MsgType::Pull:
            return on_pull(f, out);
          case MsgType::BlobGet:
            return on_blob_get(f, out);
          case MsgType::ConfigGet:
            return on_config_get(f, out);
          case MsgType::Bye:
            send(out, make_empty(MsgType::Bye));
            out.close = true;
            state_ = State::Closed;
            if (outcome_.empty()) outcome_ = "ok";
            return;
          default:
            return refuse(out, err::kProtocol, std::string("unexpected ") + describe(f.type) + " message");
        }
      case State::Closed:
        return;
    }
  } catch (const ProtocolError& e) {
    refuse(out, err::kProtocol, e.what());
  } catch (const std::exception& e) {
    if (log_) log_("storage error for " + who() + ": " + e.what());
    refuse(out, err::kInternal, std::string("relay storage failed: ") + e.what());
  }
}

void RelaySession::on_hello(const Frame& f, Output& out) {
  Hello h = parse_hello(f);
  if (h.proto != kProtocolVersion)
    return refuse(out, err::kVersion,
                  "protocol version " + std::to_string(h.proto) + " is not supported; this relay speaks " +
                      std::to_string(kProtocolVersion) +
                      ": install the station app that matches "
                      "this relay");
  if (!public_key_from_hex(h.device)) return refuse(out, err::kProtocol, "hello carries a malformed device key");
  device_ = h.device;
  if (h.fair != data_.fair_id())
    return refuse(out, err::kWrongFair, "this relay serves fair " + data_.fair_id() + ", not " + h.fair);
  ensure_sodium();
  nonce_.assign(32, 0);
  randombytes_buf(nonce_.data(), nonce_.size());
  state_ = State::AwaitAuth;
  send(out, make(Challenge{kProtocolVersion, to_hex(nonce_), "fairguard-relay"}));
}

bool RelaySession::signature_ok(const std::string& sig_hex) const {
  auto key = public_key_from_hex(device_);
  auto sig = signature_from_hex(sig_hex);
  auto fp = from_hex(data_.cert_fingerprint());
  return key && sig && fp && verify_signature(*key, auth_message(nonce_, *fp, *key), *sig);
}

void RelaySession::on_auth(const Frame& f, Output& out) {
  Auth a = parse_auth(f);
  auto d = data_.find_device(device_);
  if (!d)
    return refuse(out, err::kUnenrolled,
                  "device " + short_key(device_) +
                      "... is not enrolled at this relay: enrol it with a token from "
                      "`fairguard-relay enroll`");
  if (d->revoked()) {
    // On record for the console's alerts only when the tablet proved it holds the key: anyone
    // who knows a public key could send its hello.
    if (signature_ok(a.sig)) try {
        data_.record_revoked_attempt(device_, peer_);
      } catch (const std::exception& e) {
        if (log_) log_("storage error for " + who() + ": " + e.what());
      }
    return refuse(out, err::kRevoked, "device " + d->code + " (" + d->station + ") was revoked");
  }
  if (!signature_ok(a.sig))
    return refuse(out, err::kSignature,
                  "the challenge signature does not verify with device key " + short_key(device_) + "...");
  code_ = d->code;
  welcome(false, out);
}

void RelaySession::on_enrol(const Frame& f, Output& out) {
  Enrol e = parse_enrol(f);
  // The signature first: only the holder of the key may enrol it.
  if (!signature_ok(e.sig))
    return refuse(out, err::kSignature,
                  "the challenge signature does not verify with device key " + short_key(device_) + "...");
  data_.events();  // opened before the token is consumed, so the new device is trusted in it
  auto existing = data_.find_device(device_);
  if (existing && !existing->revoked()) {
    // A station whose enrolment answer was lost in a cut retries: it is enrolled already.
    code_ = existing->code;
    return welcome(false, out);
  }
  // The token is only checked here; the enrol-confirm spends it, once the station has its
  // welcome and the configuration (a welcome lost in a cut leaves the token as it was).
  if (auto bad = data_.check_enrolment_token(e.token, device_))
    return refuse(out, enrol_error_code(*bad), enrol_refusal(*bad));
  token_ = e.token;
  state_ = State::Enrolling;
  // Key and token proven: the handshake deadline no longer applies (a large configuration
  // may take a while on a slow network); frames stay small until the confirm.
  authenticated_ = true;
  Welcome w = announce_config();
  w.pending = true;
  send(out, make(w));
}

void RelaySession::on_enrol_confirm(Output& out) {
  EnrolResult r = data_.consume_enrolment_token(token_, device_);
  if (!r) return refuse(out, enrol_error_code(r), enrol_refusal(r));
  token_.clear();
  code_ = r.device->code;
  if (log_) log_("enrolled " + who() + " as station " + r.device->station);
  welcome(true, out);
}

void RelaySession::welcome(bool enrolled_now, Output& out) {
  state_ = State::Ready;
  authenticated_ = true;
  decoder_.set_max_payload(kMaxPayload);
  Welcome w = announce_config();
  w.station_code = code_;
  w.enrolled_now = enrolled_now;
  send(out, make(w));
}

// A welcome naming the fair and its current signed configuration, which this session then
// serves in config-chunks (the station fetches it only when it lacks that version).
Welcome RelaySession::announce_config() {
  config_ = data_.signed_fair_config_shared();
  Welcome w;
  w.fair = data_.fair_id();
  w.bureau_key = data_.bureau_key().public_hex();
  w.config_sha256 = config_->sha256;
  w.config_size = config_->wire.size();
  w.config_version = config_->version;
  // The relay's clock, so the station can tell its officer when the tablet's clock is off
  // (docs/station.md); left out when the relay's own clock is outside the sane range.
  const std::int64_t now = data_.now_ms();
  if (now >= kHlcMinMillis && now <= kHlcMaxMillis) w.relay_time = now;
  return w;
}

// One chunk per request: the session holds no more than one chunk of it in its output, the
// configuration itself is shared by every session announcing that version.
// Once authenticated, also any configuration this relay signed (a station checks the events
// it pulls against the one each names: docs/sync-protocol.md, "config-get").
void RelaySession::on_config_get(const Frame& f, Output& out) {
  BlobOffset g = parse_config_get(f);
  std::shared_ptr<const SignedConfig> config = config_ && g.hash == config_->sha256 ? config_ : nullptr;
  if (!config && state_ == State::Ready) {
    if (!named_ || named_->sha256 != g.hash) {
      auto wire = data_.signed_config_by_sha256(g.hash);
      named_ = wire ? std::make_shared<const SignedConfig>(SignedConfig{std::move(*wire), g.hash, 0}) : nullptr;
    }
    config = named_;
  }
  if (!config)
    return refuse(out, err::kProtocol,
                  "config-get names configuration " + g.hash.substr(0, 16) +
                      "..., not the one this session's welcome announced nor one this relay signed");
  const std::uint64_t size = config->wire.size();
  if (g.offset >= size)
    return refuse(out, err::kProtocol,
                  "config-get offset " + std::to_string(g.offset) + " is at or past the end (" + std::to_string(size) +
                      " bytes)");
  const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(kMaxConfigChunk, size - g.offset));
  send(out, make_config_chunk(BlobChunk{g.hash, size, g.offset, config->wire.substr(g.offset, n)}));
  config_bytes_out_ += n;
}

void RelaySession::on_events(const Frame& f, Output& out) {
  EventsMsg m = parse_events(f);
  AckMsg ack;
  std::vector<SignedEvent> batch;
  std::vector<std::size_t> slot;  // ack index of each event in batch
  for (const auto& w : m.events) {
    std::string why;
    auto e = from_wire(w, &why);
    if (!e) {
      ack.results.push_back({"", 0, describe(ImportStatus::Malformed), false, why});
      continue;
    }
    if (e->event.device != device_) {
      // A station pushes only its own chain; others' events reach the relay from their owners.
      ack.results.push_back({e->event.device, e->event.seq, "not_own_device", false,
                             "a station may push only events signed by its own key"});
      continue;
    }
    slot.push_back(ack.results.size());
    ack.results.push_back({e->event.device, e->event.seq, "", false, ""});
    batch.push_back(std::move(*e));
  }
  // One transaction (the events and their log leaves), committed durably before the ack is
  // written; the ack carries the signed head and the proofs.
  const auto import_began = std::chrono::steady_clock::now();
  LoggedImport logged = import_and_log(data_, batch, tree_size_);
  if (metrics_) metrics_->batch_commit_seconds.observe(std::chrono::steady_clock::now() - import_began);
  const auto& results = logged.results;
  std::int64_t stored = 0, have = 0, refused = 0;
  for (std::size_t i = 0; i < results.size(); ++i) {
    auto& a = ack.results[slot[i]];
    a.status = describe(results[i].status);
    a.ok = accepted(results[i].status);
    a.detail = results[i].detail;
    if (results[i].status == ImportStatus::Stored)
      ++stored;
    else if (results[i].status == ImportStatus::AlreadyHave)
      ++have;
  }
  for (const auto& a : ack.results) refused += a.ok ? 0 : 1;
  ack.head = data_.events().head_seq(device_);
  ack.receipt = logged.proofs.to_json();
  receipts_out_ += static_cast<std::int64_t>(logged.proofs.proofs.size());
  if (logged.proofs.error.empty()) tree_size_ = logged.proofs.head.head.size;  // the station checks this one next
  events_in_ += stored;
  refused_ += refused;
  if (metrics_) {
    metrics_->events_received += m.events.size();
    metrics_->events_stored += static_cast<std::uint64_t>(stored);
    for (const auto& a : ack.results)
      if (!a.ok) ++metrics_->events_refused[event_refusal_label(a.status)];
  }
  std::string line = "batch from " + who() + ": " + std::to_string(m.events.size()) + " events, " +
                     std::to_string(stored) + " stored, " + std::to_string(have) + " already held, " +
                     std::to_string(refused) + " refused, head " + std::to_string(ack.head) + ", log " +
                     std::to_string(logged.proofs.head.head.size);
  for (const auto& a : ack.results)
    if (!a.ok) {
      line += "; first refusal: seq " + std::to_string(a.seq) + " " + a.status +
              (a.detail.empty() ? "" : " (" + a.detail + ")");
      break;
    }
  if (log_) log_(line);
  send(out, make(ack));
}

void RelaySession::on_tree(const Frame& f, Output& out) {
  TreeRequest request = parse_tree_request(f);
  std::string accepted_refused;
  if (request.accepted && !take_accepted_head(*request.accepted, out, accepted_refused)) return;
  TreeProofs answer = answer_tree_request(data_, request);
  answer.accepted_refused = accepted_refused;
  if (!answer.error.empty() && log_) log_("tree request by " + who() + ": " + answer.error);
  if (answer.error.empty() && !request.root.empty() && request.size > 0 &&
      request.root != to_hex(data_.log().root(request.size)) && log_)
    log_("tree request by " + who() + ": its head of size " + std::to_string(request.size) +
         " has another root than this log: it will report a rewritten history");
  receipts_out_ += static_cast<std::int64_t>(answer.proofs.size());
  send(out, make(answer));
}

// The station's newest accepted head (docs/receipts.md, "Accepted heads"). A statement that is
// not this device's own, or not signed by it, is refused as any forged message is. One this log
// contradicts is a fork: logged as an alert and never kept, and the station is told (it raises
// its own alert from the tree proofs it still gets). False when the session was refused.
bool RelaySession::take_accepted_head(const AcceptedHead& a, Output& out, std::string& refused) {
  if (to_hex(a.device) != device_ || a.fair != data_.fair_id()) {
    refuse(out, err::kProtocol, "the accepted head names another device or fair than this session's");
    return false;
  }
  if (!verify_accepted_head(a)) {
    refuse(out, err::kSignature, "the accepted-head statement is not signed by this device's key");
    return false;
  }
  const auto refusal = accepted_head_refusal(a, data_.log_key().public_key(), data_.log());
  if (!refusal) {
    AcceptedHeadStore(data_.events().database()).keep(a, data_.now_ms());
    return true;
  }
  refused = refusal->why;
  if (metrics_) ++metrics_->refusals[refusal->fork ? "accepted_head_fork" : "accepted_head"];
  if (log_)
    log_(std::string(refusal->fork ? "ALERT forked_log: " : "") + "accepted head of " + who() +
         " not kept: " + refusal->why);
  return true;
}

void RelaySession::on_blob_query(Output& out) {
  BlobNeed need;
  uploadable_.clear();
  auto& store = data_.events();
  auto& blobs = data_.blobs();
  for (const auto& e : store.read(device_, 1))
    for (const auto& b : e.event.blobs)
      if (need.need.size() < kMaxBlobNeed && !blobs.contains(b) && uploadable_.insert(b).second)
        need.need.push_back({b, blobs.partial_size(b, device_)});  // beyond kMaxBlobNeed: the next sync's query
  send(out, make(need));
}

void RelaySession::on_blob_chunk(const Frame& f, Output& out) {
  BlobChunk c = parse_blob_chunk(f);
  auto& blobs = data_.blobs();
  if (!uploadable_.contains(c.hash))
    return refuse(out, err::kProtocol,
                  "blob " + c.hash +
                      " was not asked for: send blob-query first, and only blobs "
                      "your stored events reference");
  // Each device uploads into its own partial: another device citing the same hash can
  // neither append to it nor end it early (docs/sync-protocol.md "Blobs").
  const std::uint64_t have = blobs.partial_size(c.hash, device_);
  if (c.offset != have)
    return refuse(out, err::kProtocol,
                  "blob " + c.hash + " chunk at offset " + std::to_string(c.offset) + ", but the relay holds " +
                      std::to_string(have) + " bytes of it");
  if (!c.data.empty()) blobs.append_partial(c.hash, c.offset, as_bytes(c.data), device_);
  if (metrics_) metrics_->blob_bytes_received += c.data.size();
  if (c.offset + c.data.size() < c.total) return;
  if (c.total == 0 && have == 0) blobs.append_partial(c.hash, 0, {}, device_);  // the empty blob still needs a partial
  std::string why;
  const bool ok = blobs.commit_partial(c.hash, &why, device_);
  uploadable_.erase(c.hash);
  if (ok) ++blobs_in_;
  if (log_)
    log_("blob from " + who() + ": " + c.hash.substr(0, 16) + " " + std::to_string(c.total) + " bytes " +
         (ok ? "stored" : "refused: " + why));
  send(out, make(BlobStored{c.hash, ok, why}));
}

void RelaySession::on_pull(const Frame& f, Output& out) {
  HeadMap theirs = parse_heads(f);
  // A revoked device's events are offered up to its cut-off only: those after it are set
  // aside (kept here as evidence) and the stations refuse them. Revoked without a cut-off
  // (before cut-offs existed): none are offered, as then.
  std::map<std::string, std::int64_t> offered_through;
  for (const auto& d : data_.devices())
    if (d.revoked()) offered_through[d.key] = d.revoked_after_seq.value_or(0);
  auto& store = data_.events();
  EventsMsg m;
  std::size_t bytes = 0;
  for (auto [device, head] : store.heads()) {
    if (auto cut = offered_through.find(device); cut != offered_through.end()) head = std::min(head, cut->second);
    const std::int64_t from = theirs.contains(device) ? theirs[device] + 1 : 1;
    if (from > head) continue;
    if (m.events.size() >= kMaxBatchEvents || bytes >= kBatchBytes) {
      m.more = true;
      break;
    }
    const auto room = static_cast<std::int64_t>(kMaxBatchEvents - m.events.size());
    for (const auto& e : store.read(device, from, std::min(head, from + room - 1))) {
      if (bytes + e.bytes.size() * 2 + 200 > kBatchBytes && !m.events.empty()) {
        m.more = true;
        break;
      }
      bytes += e.bytes.size() * 2 + 200;
      m.events.push_back(to_wire(e));
    }
    if (m.more) break;
    if (m.events.size() >= kMaxBatchEvents && head >= from + room) {
      m.more = true;
      break;
    }
  }
  events_out_ += static_cast<std::int64_t>(m.events.size());
  if (!m.events.empty() && log_)
    log_("pull by " + who() + ": sent " + std::to_string(m.events.size()) + " events" +
         (m.more ? ", more to come" : ""));
  send(out, make(m));
}

void RelaySession::on_blob_get(const Frame& f, Output& out) {
  BlobOffset g = parse_blob_get(f);
  auto& blobs = data_.blobs();
  auto size = blobs.size(g.hash);
  if (!size) return send(out, make(BlobStored{g.hash, false, "the relay does not hold this blob (yet)"}));
  if (g.offset > *size) return refuse(out, err::kProtocol, "blob-get offset past the end of blob " + g.hash);
  blob_out_ = BlobOut{g.hash, *size, g.offset};
  send_blob_chunks(out);
}

// The next chunks of the download under way, until the blob ends or the output is full (at
// least one chunk: an empty blob, or a download resumed at its end, is one empty chunk).
void RelaySession::send_blob_chunks(Output& out) {
  auto& b = *blob_out_;
  std::ifstream in(data_.blobs().path_of(b.hash), std::ios::binary);
  in.seekg(static_cast<std::streamoff>(b.offset));
  std::string data;
  do {
    const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(kMaxChunk, b.size - b.offset));
    data.resize(want);
    in.read(data.data(), static_cast<std::streamsize>(want));
    if (static_cast<std::size_t>(in.gcount()) != want) throw std::runtime_error("cannot read blob " + b.hash);
    send(out, make(BlobChunk{b.hash, b.size, b.offset, data}));
    if (metrics_) metrics_->blob_bytes_sent += want;
    b.offset += want;
  } while (b.offset < b.size && out.wire.size() < kOutputHighWater);
  if (b.offset >= b.size) {
    blob_out_.reset();
    ++blobs_out_;
  }
}

}  // namespace fg::relay

#include "sync/station_sync.h"

#include <chrono>
#include <map>
#include <set>

#include "crypto/sha256.h"
#include "ledger/hlc.h"
#include "sync/receipt_check.h"

namespace fg::sync {

namespace {

struct Session {
  Transport& t;
  SyncContext& c;
  SyncReport& report;
  std::string own;
  ReceiptCheck receipts;
  std::optional<PublicKey> verified_bureau;  // the relay's bureau key, once its configuration verified

  void log(const std::string& line) const {
    if (c.options.log) c.options.log(line);
  }
  void progress() const {
    if (c.options.on_progress) c.options.on_progress(report);
  }

  // The next frame, which must be of `type`; a relay Error frame becomes a SyncError.
  Frame expect(MsgType type) {
    Frame f = t.receive();
    raise_if_error(f);
    if (f.type != type)
      throw SyncError(err::kProtocol,
                      std::string("relay sent ") + describe(f.type) + " where " + describe(type) + " was expected");
    return f;
  }

  static void raise_if_error(const Frame& f) {
    if (f.type == MsgType::Error) {
      ErrorMsg e;
      try {
        e = parse_error(f);
      } catch (const ProtocolError&) {
        e = {err::kProtocol, "relay sent an unreadable error message"};
      }
      throw SyncError(e.code, "relay refused: " + e.message);
    }
  }

  template <typename Parse>
  auto parsed(MsgType type, Parse parse) {
    Frame f = expect(type);
    try {
      return parse(f);
    } catch (const ProtocolError& e) {
      throw SyncError(err::kProtocol, std::string("relay sent a malformed message: ") + e.what());
    }
  }

  Welcome handshake() {
    t.send(make(Hello{kProtocolVersion, own, c.store.fair(), c.options.client_name}));
    Challenge ch = parsed(MsgType::Challenge, parse_challenge);
    if (ch.proto != kProtocolVersion)
      throw SyncError(err::kVersion, "relay speaks protocol version " + std::to_string(ch.proto) + ", this station " +
                                         std::to_string(kProtocolVersion));
    auto nonce = from_hex(ch.nonce);
    auto fp = from_hex(c.cert_sha256);
    if (!nonce || nonce->size() != 32) throw SyncError(err::kProtocol, "relay sent a malformed challenge");
    if (!fp || fp->size() != 32)
      throw SyncError("bad_profile", "the pinned certificate fingerprint is not SHA-256 hex");
    const std::string sig = to_hex(c.key.sign(auth_message(*nonce, *fp, c.key.public_key())));
    const std::int64_t sent_at = wall();
    if (c.token)
      t.send(make(Enrol{*c.token, sig, c.options.label}));
    else
      t.send(make(Auth{sig}));
    Welcome w = parsed(MsgType::Welcome, parse_welcome);
    if (w.pending && !c.token) throw SyncError(err::kProtocol, "relay answered an authentication as an enrolment");
    measure_clock(w, sent_at, wall());
    return w;
  }

  std::int64_t wall() const { return c.options.wall_clock ? c.options.wall_clock() : HybridClock::system_millis(); }

  // The relay read its clock somewhere between our send and our receipt: take the middle.
  // Both readings come from the same wall clock, so a jump of it mid-sync is the only error
  // beyond half the round trip.
  void measure_clock(const Welcome& w, std::int64_t sent_at, std::int64_t received_at) {
    if (w.relay_time == 0) return;
    const std::int64_t round_trip = std::max<std::int64_t>(0, received_at - sent_at);
    report.clock_round_trip_ms = round_trip;
    report.clock_offset_ms = sent_at + round_trip / 2 - w.relay_time;
  }

  // The signed configuration the welcome announced, in config-chunks (any size, under
  // kMaxConfigBytes), checked against the announced hash; empty when there is none or the
  // station holds it already.
  std::string fetch_config(const Welcome& w) {
    if (w.config_size == 0 || w.config_sha256 == c.options.have_config_sha256) return {};
    const auto started = std::chrono::steady_clock::now();
    std::string text = fetch_config_text(w.config_sha256, w.config_size);
    report.config_bytes = text.size();
    report.config_fetch_ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    return text;
  }

  // The signed configuration named `sha256` in config-chunks (`size` bytes; 0: as the first
  // chunk says, at most kMaxConfigBytes), checked against the hash.
  std::string fetch_config_text(const std::string& sha256, std::uint64_t size) {
    std::string text;
    if (size > 0) text.reserve(static_cast<std::size_t>(size));
    do {
      t.send(make_config_get({sha256, text.size()}));
      const BlobChunk chunk = parsed(MsgType::ConfigChunk, parse_config_chunk);
      if (size == 0 && text.empty() && chunk.total <= kMaxConfigBytes) size = chunk.total;
      if (chunk.hash != sha256 || chunk.total != size || chunk.offset != text.size() || chunk.data.empty())
        throw SyncError(err::kProtocol, "relay sent fair configuration bytes out of order");
      text += chunk.data;
    } while (text.size() < size);
    if (sha256_hex(as_bytes(text)) != sha256)
      throw SyncError("bad_config", "the fair configuration's bytes do not match the hash the relay announced");
    return text;
  }

  // Every configuration that another station's version-2 event in `events` names and the
  // station's shelf lacks: fetched and verified, so the store can check those events (at most
  // the shelf's size per batch; an event whose configuration is still missing is refused and
  // comes again at the next sync).
  void fetch_named_configs(const std::vector<SignedEvent>& events) {
    ConfigShelf* shelf = c.options.configs;
    if (!shelf || !verified_bureau) return;
    std::set<std::string> wanted;
    for (const auto& e : events)
      if (e.event.v == kEventVersionOfficerSigned && e.event.device != own && !shelf->has(e.event.config) &&
          wanted.size() < ConfigShelf::kMaxConfigs)
        wanted.insert(e.event.config);
    for (const auto& sha : wanted) {
      const std::string text = fetch_config_text(sha, 0);
      report.config_bytes += text.size();
      if (auto why = shelf->add(text, *verified_bureau)) report.problems.push_back("relay sent " + *why);
    }
  }

  // Spends the enrolment token now that the welcome and the configuration are here; the
  // relay answers with the station code, and announces the configuration that now lists this
  // device. True when that is another configuration than the one fetched (then fetch it).
  bool confirm_enrolment(Welcome& w) {
    t.send(make_empty(MsgType::EnrolConfirm));
    const Welcome done = parsed(MsgType::Welcome, parse_welcome);
    if (done.pending || done.station_code.empty())
      throw SyncError(err::kProtocol, "relay did not confirm the enrolment with a station code");
    w.station_code = done.station_code;
    w.enrolled_now = done.enrolled_now;
    if (done.config_sha256 == w.config_sha256) return false;
    w.config_sha256 = done.config_sha256;
    w.config_size = done.config_size;
    w.config_version = done.config_version;
    return true;
  }

  std::optional<FairConfig> apply_config(const Welcome& w) {
    if (w.fair != c.store.fair())
      throw SyncError(err::kWrongFair,
                      "relay serves fair " + w.fair + ", this station's store is for " + c.store.fair());
    if (!c.bureau_key.empty() && w.bureau_key != c.bureau_key)
      throw SyncError("bureau_key_mismatch",
                      "relay presented bureau key " + w.bureau_key + ", not the one this station enrolled with");
    auto bureau = public_key_from_hex(w.bureau_key);
    if (!bureau) throw SyncError(err::kProtocol, "relay sent a malformed bureau key");
    verified_bureau = *bureau;  // the one enrolled with (checked above), or the enrolment's
    if (w.config.empty()) {
      if (w.config_size == 0) report.problems.push_back("relay has no signed fair configuration yet");
      return std::nullopt;
    }
    VerifiedConfig v = verify_fair_config(w.config, *bureau);
    if (!v)
      throw SyncError("bad_config", std::string("fair configuration refused: ") + describe(v.error) + " " + v.detail);
    if (c.options.configs) c.options.configs->put(sha256_hex(as_bytes(w.config)), *v.config);
    for (const auto& d : v.config->devices) {
      if (d.key == own) continue;
      if (d.revoked)
        c.store.revoke_device(d.key, d.revoked_after_seq, d.revoked_at);
      else
        c.store.trust_device(d.key, d.station);
    }
    report.config_version = v.config->version;
    receipts.take_log_key(*v.config);
    return v.config;
  }

  void push_events() {
    const std::optional<std::uint64_t> tree_size = receipts.held_tree_size();
    t.send(make_heads(MsgType::Heads, c.store.heads(), tree_size));
    HeadMap relay = parsed(MsgType::RelayHeads, parse_heads);
    std::int64_t have = relay.contains(own) ? relay[own] : 0;
    report.relay_head = have;
    receipts.mark_held_by_relay(c.store, std::min(have, c.store.head_seq(own)));
    const std::int64_t mine = c.store.head_seq(own);
    if (have > mine)
      report.problems.push_back("relay holds " + std::to_string(have) + " events of this device, this store only " +
                                std::to_string(mine));
    constexpr std::int64_t kReadStep = 2000;  // bounded memory for long chains
    for (std::int64_t from = have + 1; from <= mine; from += kReadStep) {
      const auto events = c.store.read(own, from, std::min(mine, from + kReadStep - 1));
      std::map<std::int64_t, Digest> hash_of;
      for (const auto& e : events) hash_of[e.event.seq] = e.hash;
      for (const auto& batch : batch_events(events)) {
        t.send(make(batch));
        report.events_sent += static_cast<std::int64_t>(batch.events.size());
        AckMsg ack = parsed(MsgType::Ack, parse_ack);
        bool refused = false;
        std::vector<EventRef> held;
        for (const auto& r : ack.results)
          if (r.ok && r.device == own && hash_of.contains(r.seq)) held.push_back({hash_of[r.seq], own, r.seq});
        receipts.take_ack(held, ack.receipt);
        for (const auto& r : ack.results) {
          if (r.ok) {
            ++report.events_acked;
          } else {
            ++report.events_refused;
            refused = true;
            report.problems.push_back("relay refused event " + std::to_string(r.seq) + ": " + r.status + " " +
                                      r.detail);
          }
        }
        report.relay_head = ack.head;
        progress();
        if (refused) return;  // the chain cannot continue past a refused event
      }
    }
  }

  void push_blobs() {
    t.send(make_empty(MsgType::BlobQuery));
    BlobNeed need = parsed(MsgType::BlobNeed, parse_blob_need);
    for (const auto& n : need.need)
      if (auto size = c.blobs.size(n.hash)) report.blob_bytes_to_send += *size - std::min(n.offset, *size);
    progress();
    std::string data;
    for (const auto& n : need.need) {
      auto size = c.blobs.size(n.hash);
      if (!size) {
        report.problems.push_back("relay needs blob " + n.hash + " which this station does not hold");
        continue;
      }
      // Read through the store: on a station its files are encrypted (docs/station.md).
      std::uint64_t offset = std::min(n.offset, *size);
      data.clear();
      auto flush = [&] {
        t.send(make(BlobChunk{n.hash, *size, offset, data}));
        offset += data.size();
        report.blob_bytes_sent += data.size();
        data.clear();
        progress();
      };
      std::string why;
      const bool read = c.blobs.read_from(
          n.hash, offset,
          [&](ByteView piece) {
            while (!piece.empty()) {
              const std::size_t take = std::min(piece.size(), kMaxChunk - data.size());
              data.append(reinterpret_cast<const char*>(piece.data()), take);
              piece = piece.subspan(take);
              if (data.size() == kMaxChunk) flush();
            }
          },
          &why);
      if (!read) throw SyncError("local_io", "cannot read blob " + n.hash + ": " + why);
      if (!data.empty() || offset == std::min(n.offset, *size)) flush();  // at least one chunk: an empty blob too
      BlobStored done = parsed(MsgType::BlobStored, parse_blob_stored);
      if (done.ok)
        ++report.blobs_sent;
      else
        report.problems.push_back("relay refused blob " + n.hash + ": " + done.error);
    }
  }

  void pull_events() {
    for (;;) {
      t.send(make_heads(MsgType::Pull, c.store.heads()));
      EventsMsg msg = parsed(MsgType::Events, parse_events);
      std::vector<SignedEvent> events;
      for (const auto& w : msg.events) {
        std::string why;
        auto e = from_wire(w, &why);
        if (!e) throw SyncError(err::kProtocol, "relay sent a malformed event: " + why);
        events.push_back(std::move(*e));
      }
      report.events_received += static_cast<std::int64_t>(events.size());
      fetch_named_configs(events);
      std::int64_t stored = 0;
      for (const auto& r : c.store.import_batch(events)) {
        if (r.status == ImportStatus::Stored || r.status == ImportStatus::KeptApart) ++stored;
        if (r.status == ImportStatus::KeptApart)
          report.problems.push_back("kept apart event " + r.device.substr(0, 16) + "/" + std::to_string(r.seq) +
                                    " from relay: " + r.detail);
        else if (!accepted(r.status))
          report.problems.push_back("refused event " + r.device.substr(0, 16) + "/" + std::to_string(r.seq) +
                                    " from relay: " + describe(r.status) + " " + r.detail);
      }
      report.events_imported += stored;
      if (!msg.more || stored == 0) return;  // no progress: do not ask for the same batch forever
    }
  }

  void fetch_blobs() {
    std::set<std::string> missing;
    for (const auto& [device, head] : c.store.heads()) {
      if (device == own) continue;
      for (const auto& e : c.store.read(device, 1, head))
        for (const auto& b : e.event.blobs)
          if (!c.blobs.contains(b)) missing.insert(b);
    }
    for (const auto& hash : missing) {
      std::uint64_t offset = c.blobs.partial_size(hash);
      t.send(make_blob_get({hash, offset}));
      for (;;) {
        Frame f = t.receive();
        raise_if_error(f);
        BlobChunk chunk;
        try {
          if (f.type == MsgType::BlobStored) {  // the relay does not hold it (yet)
            report.problems.push_back("relay cannot send blob " + hash + ": " + parse_blob_stored(f).error);
            break;
          }
          if (f.type != MsgType::BlobChunk)
            throw ProtocolError(std::string("relay sent ") + describe(f.type) + " during a blob download");
          chunk = parse_blob_chunk(f);
        } catch (const ProtocolError& e) {
          throw SyncError(err::kProtocol, e.what());
        }
        if (chunk.hash != hash || chunk.offset != offset)
          throw SyncError(err::kProtocol, "relay sent blob bytes out of order");
        c.blobs.append_partial(hash, offset, as_bytes(chunk.data));
        offset += chunk.data.size();
        report.blob_bytes_received += chunk.data.size();
        progress();
        if (offset == chunk.total) {
          std::string why;
          if (c.blobs.commit_partial(hash, &why))
            ++report.blobs_received;
          else
            report.problems.push_back("blob " + hash + " from relay refused: " + why);
          break;
        }
      }
    }
  }
};

}  // namespace

SyncResult run_sync(Transport& t, SyncContext ctx) {
  SyncReport local;
  SyncReport& report = ctx.options.progress ? *ctx.options.progress : local;
  report = SyncReport{};
  Session s{t,
            ctx,
            report,
            ctx.key.public_hex(),
            ReceiptCheck(ctx.options.receipts, report, ctx.key.public_hex(), ctx.options.log),
            std::nullopt};
  SyncResult out;
  out.welcome = s.handshake();
  report.config_version = out.welcome.config_version;
  out.welcome.config = s.fetch_config(out.welcome);
  out.config = s.apply_config(out.welcome);
  // The configuration held already was applied when it came; its log key is pinned.
  if (!out.config && out.welcome.config_size > 0) s.receipts.use_pinned_log_key();
  // The station keeps the configuration listing itself: the one announced after the confirm.
  if (out.welcome.pending && s.confirm_enrolment(out.welcome)) {
    out.welcome.config = s.fetch_config(out.welcome);
    out.config = s.apply_config(out.welcome);
  }
  s.log("authenticated as station " + out.welcome.station_code);
  if (ctx.options.push) {
    s.push_events();
    s.push_blobs();
  }
  bool first_request = true;
  s.receipts.check_tree([&s, &first_request](const TreeRequest& req) {
    TreeRequest sent = req;
    if (first_request && s.c.options.send_accepted_head) {
      sent.accepted = s.receipts.accepted_statement(s.c.key, s.c.store.fair());
      if (sent.accepted) s.report.accepted_head_sent = sent.accepted->head.head.size;
    }
    first_request = false;
    s.t.send(make(sent));
    TreeProofs answer = s.parsed(MsgType::TreeProofs, parse_tree_proofs);
    if (!answer.accepted_refused.empty()) {
      s.report.accepted_head_refused = answer.accepted_refused;
      s.report.problems.push_back("the relay did not keep this station's accepted tree head: " +
                                  answer.accepted_refused);
    }
    return answer;
  });
  if (ctx.options.pull) s.pull_events();
  if (ctx.options.fetch_blobs) s.fetch_blobs();
  t.send(make_empty(MsgType::Bye));
  s.expect(MsgType::Bye);
  report.finished_at = s.wall();
  if (ctx.options.receipts) {
    ctx.options.receipts->record_sync({report.finished_at, report.relay_head});
    report.receipts_pending = ctx.options.receipts->count(ReceiptState::Received);
    report.receipts_total = ctx.options.receipts->count(ReceiptState::Logged);
    if (auto last = ctx.options.receipts->last_head()) report.tree_size = last->head.size;
  }
  out.report = report;
  return out;
}

}  // namespace fg::sync

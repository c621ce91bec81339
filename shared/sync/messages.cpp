#include "sync/messages.h"

#include <cstring>
#include <utility>

#include "json/bounded_json.h"

#include "tlog/receipt.h"

namespace fg::sync {

namespace {

constexpr char kAuthDomain[] = "fairguard/sync/auth/v1";

Frame json_frame(MsgType type, const Json& j) { return Frame{type, j.dump()}; }

// A payload comes from the other end: read within the bounds of json/bounded_json.h (depth,
// elements, duplicate keys), so nothing later walks an attacker's nesting. Numbers are left to
// the field readers below, which name the field they refuse.
constexpr JsonLimits kMessageJsonLimits{kJsonMaxBytes, kJsonMaxDepth, kJsonMaxElements, false};

Json parse_payload_object(const Frame& f) {
  JsonParse parsed = parse_untrusted_json(f.payload, kMessageJsonLimits);
  if (!parsed || !parsed.value->is_object())
    throw ProtocolError(std::string("the ") + describe(f.type) + " message is not a JSON object" +
                        (parsed ? "" : ": " + parsed.error));
  return std::move(*parsed.value);
}

Json parse_object(const Frame& f, MsgType expected) {
  if (f.type != expected)
    throw ProtocolError(std::string("expected a ") + describe(expected) + " message, got " + describe(f.type));
  return parse_payload_object(f);
}

std::string what_of(const Frame& f) { return std::string("the ") + describe(f.type) + " message"; }

const Json& required(const Json& j, const char* name, const std::string& what) {
  auto it = j.find(name);
  if (it == j.end()) throw ProtocolError(what + " lacks '" + name + "'");
  return *it;
}

// A JSON integer within [lo, hi] (hi >= 0). Floats (1.9, 1e3), booleans and text are
// malformed; an integer outside the range (a proto of 4294967297, a size of -1) is refused,
// never narrowed or wrapped.
std::int64_t integer_in(const Json& v, std::int64_t lo, std::int64_t hi, const std::string& what, const char* name) {
  auto outside = [&](const std::string& value) {
    return ProtocolError(what + "'s '" + name + "' is " + value + ", outside " + std::to_string(lo) + ".." +
                         std::to_string(hi));
  };
  std::int64_t x = 0;
  if (v.is_number_unsigned()) {
    const auto u = v.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(hi)) throw outside(std::to_string(u));
    x = static_cast<std::int64_t>(u);
  } else if (v.is_number_integer()) {
    x = v.get<std::int64_t>();
  } else {
    throw ProtocolError(what + " has a malformed '" + name + "' (not an integer)");
  }
  if (x < lo || x > hi) throw outside(std::to_string(x));
  return x;
}
std::int64_t integer(const Json& j, const char* name, const std::string& what, std::int64_t lo, std::int64_t hi) {
  return integer_in(required(j, name, what), lo, hi, what, name);
}

std::string text_in(const Json& v, std::size_t max, const std::string& what, const char* name) {
  if (!v.is_string()) throw ProtocolError(what + " has a malformed '" + name + "' (not text)");
  const auto& s = v.get_ref<const std::string&>();
  if (s.size() > max)
    throw ProtocolError(what + "'s '" + name + "' is " + std::to_string(s.size()) + " bytes, over the limit of " +
                        std::to_string(max));
  return s;
}
std::string text(const Json& j, const char* name, const std::string& what, std::size_t max = kMaxText) {
  return text_in(required(j, name, what), max, what, name);
}
std::string optional_text(const Json& j, const char* name, const std::string& what, std::size_t max = kMaxText) {
  return j.contains(name) ? text(j, name, what, max) : std::string();
}

bool flag(const Json& j, const char* name, const std::string& what) {
  const Json& v = required(j, name, what);
  if (!v.is_boolean()) throw ProtocolError(what + " has a malformed '" + name + "' (not true or false)");
  return v.get<bool>();
}
bool optional_flag(const Json& j, const char* name, const std::string& what) {
  return j.contains(name) && flag(j, name, what);
}

// A list of at most `max` entries, checked before any entry is looked at.
const Json& list(const Json& j, const char* name, const std::string& what, std::size_t max) {
  const Json& v = required(j, name, what);
  if (!v.is_array()) throw ProtocolError(what + "'s '" + name + "' is not a list");
  if (v.size() > max)
    throw ProtocolError(what + "'s '" + name + "' holds " + std::to_string(v.size()) + " entries, over the limit of " +
                        std::to_string(max));
  return v;
}

HeadMap heads_in(const Json& j, const std::string& what) {
  const Json& v = required(j, "heads", what);
  if (!v.is_object()) throw ProtocolError(what + " has a malformed 'heads' (not an object)");
  if (v.size() > kMaxHeads)
    throw ProtocolError(what + " names " + std::to_string(v.size()) + " devices, over the limit of " +
                        std::to_string(kMaxHeads));
  HeadMap out;
  for (const auto& [device, seq] : v.items()) {
    if (!is_hash_hex(device)) throw ProtocolError(what + " names a device that is not a 64-hex-character key");
    out[device] = integer_in(seq, 0, kMaxSeq, what, "heads");
  }
  return out;
}

// At most `max` bytes of `s`, cut at a UTF-8 character boundary (JSON text must stay valid).
std::string clip(const std::string& s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

void put_u64(std::string& out, std::uint64_t v) {
  for (int i = 7; i >= 0; --i) out.push_back(static_cast<char>(v >> (8 * i)));
}
std::uint64_t get_u64(const char* p) {
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = v << 8 | static_cast<unsigned char>(p[i]);
  return v;
}

}  // namespace

bool is_hash_hex(const std::string& s) { return s.size() == 64 && from_hex(s).has_value(); }

Bytes auth_message(ByteView nonce, ByteView cert_fingerprint, const PublicKey& device) {
  Bytes out;
  out.reserve(sizeof kAuthDomain + nonce.size() + cert_fingerprint.size() + device.size());
  for (char c : kAuthDomain) out.push_back(static_cast<std::uint8_t>(c));  // includes the NUL separator
  out.insert(out.end(), nonce.begin(), nonce.end());
  out.insert(out.end(), cert_fingerprint.begin(), cert_fingerprint.end());
  out.insert(out.end(), device.begin(), device.end());
  return out;
}

Frame make(const Hello& m) {
  return json_frame(MsgType::Hello, {{"proto", m.proto}, {"device", m.device}, {"fair", m.fair}, {"client", m.client}});
}
Frame make(const Challenge& m) {
  return json_frame(MsgType::Challenge, {{"proto", m.proto}, {"nonce", m.nonce}, {"relay", m.relay}});
}
Frame make(const Auth& m) { return json_frame(MsgType::Auth, {{"sig", m.sig}}); }
Frame make(const Enrol& m) {
  return json_frame(MsgType::Enrol, {{"token", m.token}, {"sig", m.sig}, {"label", m.label}});
}
Frame make(const Welcome& m) {
  Json j{{"fair", m.fair},
         {"station_code", m.station_code},
         {"bureau_key", m.bureau_key},
         {"config", {{"sha256", m.config_sha256}, {"size", m.config_size}, {"version", m.config_version}}},
         {"enrolled_now", m.enrolled_now},
         {"pending", m.pending}};
  // Optional: a station before it ignores the field, and one after reads its absence as "unknown".
  if (m.relay_time != 0) j["time"] = m.relay_time;
  return json_frame(MsgType::Welcome, j);
}
Frame make(const ErrorMsg& m) {
  return json_frame(MsgType::Error, {{"code", clip(m.code, kMaxText)}, {"message", clip(m.message, kMaxMessageText)}});
}
Frame make_heads(MsgType type, const HeadMap& heads, std::optional<std::uint64_t> tree_size) {
  Json j{{"heads", heads}};
  if (tree_size) j["tree_size"] = *tree_size;
  return json_frame(type, j);
}
Frame make(const EventsMsg& m) {
  Json list = Json::array();
  for (const auto& e : m.events) {
    Json item{{"bytes", e.bytes}, {"sig", e.sig}};
    if (!e.officer_sig.empty()) item["officer_sig"] = e.officer_sig;  // version 2 only
    list.push_back(std::move(item));
  }
  return json_frame(MsgType::Events, {{"events", std::move(list)}, {"more", m.more}});
}
Frame make(const AckMsg& m) {
  Json list = Json::array();
  for (const auto& r : m.results)
    list.push_back({{"device", r.device},
                    {"seq", r.seq},
                    {"status", r.status},
                    {"ok", r.ok},
                    {"detail", clip(r.detail, kMaxMessageText)}});
  return json_frame(MsgType::Ack, {{"results", std::move(list)}, {"head", m.head}, {"receipt", m.receipt}});
}
Frame make(const BlobNeed& m) {
  Json list = Json::array();
  for (const auto& b : m.need) list.push_back({{"hash", b.hash}, {"offset", b.offset}});
  return json_frame(MsgType::BlobNeed, {{"need", std::move(list)}});
}
namespace {
Frame chunk_frame(MsgType type, const BlobChunk& m, std::size_t max_data) {
  auto raw = from_hex(m.hash);
  if (!raw || raw->size() != 32) throw ProtocolError(std::string(describe(type)) + " hash is not a SHA-256 hex digest");
  if (m.data.size() > max_data)
    throw ProtocolError(std::string(describe(type)) + " larger than " + std::to_string(max_data) + " bytes");
  std::string p(reinterpret_cast<const char*>(raw->data()), raw->size());
  put_u64(p, m.total);
  put_u64(p, m.offset);
  p += m.data;
  return Frame{type, std::move(p)};
}
BlobChunk chunk_of(const Frame& f, MsgType type, std::size_t max_data, std::uint64_t max_total) {
  const std::string what = describe(type);
  if (f.type != type) throw ProtocolError("expected a " + what + " message, got " + describe(f.type));
  if (f.payload.size() < kChunkHeader) throw ProtocolError(what + " shorter than its 48-byte header");
  BlobChunk c;
  c.hash = to_hex(as_bytes(std::string_view(f.payload).substr(0, 32)));
  c.total = get_u64(f.payload.data() + 32);
  c.offset = get_u64(f.payload.data() + 40);
  c.data = f.payload.substr(kChunkHeader);
  if (c.data.size() > max_data) throw ProtocolError(what + " larger than " + std::to_string(max_data) + " bytes");
  if (c.total > max_total)
    throw ProtocolError(what + " announces " + std::to_string(c.total) + " bytes, over the limit of " +
                        std::to_string(max_total));
  if (c.offset > c.total || c.data.size() > c.total - c.offset)
    throw ProtocolError(what + " runs past its announced size");
  return c;
}
}  // namespace

Frame make(const BlobChunk& m) { return chunk_frame(MsgType::BlobChunk, m, kMaxChunk); }
Frame make_config_chunk(const BlobChunk& m) { return chunk_frame(MsgType::ConfigChunk, m, kMaxConfigChunk); }
Frame make(const BlobStored& m) {
  return json_frame(MsgType::BlobStored, {{"hash", m.hash}, {"ok", m.ok}, {"error", m.error}});
}
Frame make_blob_get(const BlobOffset& m) {
  return json_frame(MsgType::BlobGet, {{"hash", m.hash}, {"offset", m.offset}});
}
Frame make_config_get(const BlobOffset& m) {
  return json_frame(MsgType::ConfigGet, {{"sha256", m.hash}, {"offset", m.offset}});
}
Frame make_empty(MsgType type) { return json_frame(type, Json::object()); }

namespace {
Json hex_list(const std::vector<Digest>& list) {
  Json out = Json::array();
  for (const Digest& d : list) out.push_back(to_hex(d));
  return out;
}
std::vector<Digest> digest_list(const Json& j, const char* name, const std::string& what, std::size_t max) {
  const Json& v = list(j, name, what, max);
  std::vector<Digest> out;
  out.reserve(v.size());
  for (const Json& h : v) {
    auto d = h.is_string() ? digest_from_hex(h.get<std::string>()) : std::nullopt;
    if (!d) throw ProtocolError(what + "'s '" + name + "' holds something other than a 64-hex-character hash");
    out.push_back(*d);
  }
  return out;
}
}  // namespace

Json TreeProofs::to_json() const {
  Json items = Json::array();
  for (const ProofItem& p : proofs)
    items.push_back({{"event", to_hex(p.event)}, {"leafIndex", p.leaf_index}, {"path", hex_list(p.path)}});
  Json j{{"treeHead", head.to_json()}, {"fromSize", from_size},        {"consistency", hex_list(consistency)},
         {"proofs", std::move(items)}, {"missing", hex_list(missing)}, {"error", error}};
  if (!witnessed.empty()) {
    j["witnessed"] = Json::array();
    for (const WitnessedHead& w : witnessed) j["witnessed"].push_back(w.to_json());
  }
  if (!accepted_refused.empty()) j["acceptedRefused"] = accepted_refused;
  return j;
}

TreeProofs tree_proofs_from_json(const Json& j) {
  const std::string what = "the tree proofs";
  if (!j.is_object()) throw ProtocolError("the tree proofs are not a JSON object");
  TreeProofs t;
  std::string why;
  auto head = signed_tree_head_from_json(required(j, "treeHead", what), &why);
  if (!head) throw ProtocolError("the tree proofs carry a malformed tree head: " + why);
  if (head->head.size > kMaxTreeSize)
    throw ProtocolError("the tree proofs' head has a size over the limit of " + std::to_string(kMaxTreeSize));
  t.head = *head;
  t.from_size = static_cast<std::uint64_t>(integer(j, "fromSize", what, 0, kMaxTreeSize));
  t.consistency = digest_list(j, "consistency", what, kMaxProofPath);
  const Json& items = list(j, "proofs", what, kMaxProofs);
  for (const Json& p : items) {
    const std::string item_what = "an inclusion proof";
    if (!p.is_object()) throw ProtocolError("an inclusion proof is not an object");
    ProofItem item;
    const Json& event = required(p, "event", item_what);
    auto d = event.is_string() ? digest_from_hex(event.get<std::string>()) : std::nullopt;
    if (!d) throw ProtocolError("an inclusion proof names a malformed event hash");
    item.event = *d;
    item.leaf_index = static_cast<std::uint64_t>(integer(p, "leafIndex", item_what, 0, kMaxTreeSize - 1));
    item.path = digest_list(p, "path", item_what, kMaxProofPath);
    t.proofs.push_back(std::move(item));
  }
  t.missing = j.contains("missing") ? digest_list(j, "missing", what, kMaxProofs) : std::vector<Digest>{};
  t.error = optional_text(j, "error", what, kMaxMessageText);
  if (j.contains("witnessed"))
    for (const Json& w : list(j, "witnessed", what, kMaxCosignatures)) {
      auto witnessed = witnessed_head_from_json(w, &why);
      if (!witnessed) throw ProtocolError("the tree proofs carry a malformed witnessed head: " + why);
      t.witnessed.push_back(std::move(*witnessed));
    }
  t.accepted_refused = optional_text(j, "acceptedRefused", what, kMaxMessageText);
  return t;
}

Frame make(const TreeRequest& m) {
  Json j{{"size", m.size}, {"root", m.root}, {"want", hex_list(m.want)}};
  if (m.accepted) j["accepted"] = m.accepted->to_json();
  return json_frame(MsgType::Tree, j);
}
Frame make(const TreeProofs& m) { return json_frame(MsgType::TreeProofs, m.to_json()); }

Hello parse_hello(const Frame& f) {
  Json j = parse_object(f, MsgType::Hello);
  const std::string what = what_of(f);
  Hello m;
  m.proto = static_cast<int>(integer(j, "proto", what, 0, kMaxProtocolField));
  m.device = text(j, "device", what);
  m.fair = text(j, "fair", what);
  m.client = optional_text(j, "client", what);
  return m;
}
Challenge parse_challenge(const Frame& f) {
  Json j = parse_object(f, MsgType::Challenge);
  const std::string what = what_of(f);
  Challenge m;
  m.proto = static_cast<int>(integer(j, "proto", what, 0, kMaxProtocolField));
  m.nonce = text(j, "nonce", what);
  m.relay = optional_text(j, "relay", what);
  return m;
}
Auth parse_auth(const Frame& f) {
  Json j = parse_object(f, MsgType::Auth);
  return Auth{text(j, "sig", what_of(f))};
}
Enrol parse_enrol(const Frame& f) {
  Json j = parse_object(f, MsgType::Enrol);
  const std::string what = what_of(f);
  Enrol m;
  m.token = text(j, "token", what);
  m.sig = text(j, "sig", what);
  m.label = optional_text(j, "label", what);
  return m;
}
Welcome parse_welcome(const Frame& f) {
  Json j = parse_object(f, MsgType::Welcome);
  const std::string what = what_of(f);
  Welcome m;
  m.fair = text(j, "fair", what);
  m.station_code = text(j, "station_code", what);
  m.bureau_key = text(j, "bureau_key", what);
  const Json& config = required(j, "config", what);
  if (!config.is_object()) throw ProtocolError(what + " has a malformed 'config' (not an object)");
  const std::string config_what = "the welcome message's config";
  m.config_sha256 = text(config, "sha256", config_what);
  m.config_size = static_cast<std::uint64_t>(integer(config, "size", config_what, 0, kMaxConfigBytes));
  m.config_version = integer(config, "version", config_what, 0, kMaxSeq);
  if (m.config_size > 0 && !is_hash_hex(m.config_sha256))
    throw ProtocolError("the welcome message's config names a malformed sha256");
  m.enrolled_now = optional_flag(j, "enrolled_now", what);
  m.pending = optional_flag(j, "pending", what);
  if (j.contains("time")) m.relay_time = integer(j, "time", what, kHlcMinMillis, kHlcMaxMillis);
  return m;
}
ErrorMsg parse_error(const Frame& f) {
  Json j = parse_object(f, MsgType::Error);
  const std::string what = what_of(f);
  return ErrorMsg{text(j, "code", what), text(j, "message", what, kMaxMessageText)};
}
HeadMap parse_heads(const Frame& f) {
  if (f.type != MsgType::Heads && f.type != MsgType::RelayHeads && f.type != MsgType::Pull)
    throw ProtocolError(std::string("expected heads, got ") + describe(f.type));
  return heads_in(parse_payload_object(f), what_of(f));
}
std::optional<std::uint64_t> parse_heads_tree_size(const Frame& f) {
  if (f.type != MsgType::Heads) return std::nullopt;
  JsonParse parsed = parse_untrusted_json(f.payload, kMessageJsonLimits);
  if (!parsed || !parsed.value->is_object() || !parsed.value->contains("tree_size")) return std::nullopt;
  return static_cast<std::uint64_t>(integer(*parsed.value, "tree_size", what_of(f), 0, kMaxTreeSize));
}
TreeRequest parse_tree_request(const Frame& f) {
  Json j = parse_object(f, MsgType::Tree);
  const std::string what = what_of(f);
  TreeRequest m;
  m.size = static_cast<std::uint64_t>(integer(j, "size", what, 0, kMaxTreeSize));
  m.root = optional_text(j, "root", what);
  m.want = j.contains("want") ? digest_list(j, "want", what, kMaxTreeWant) : std::vector<Digest>{};
  if (j.contains("accepted")) {
    std::string why;
    m.accepted = accepted_head_from_json(j["accepted"], &why);
    if (!m.accepted) throw ProtocolError(what + " carries a malformed accepted head: " + why);
  }
  return m;
}
TreeProofs parse_tree_proofs(const Frame& f) { return tree_proofs_from_json(parse_object(f, MsgType::TreeProofs)); }
EventsMsg parse_events(const Frame& f) {
  Json j = parse_object(f, MsgType::Events);
  const std::string what = what_of(f);
  EventsMsg m;
  const Json& events = list(j, "events", what, kMaxBatchEvents);
  for (const auto& e : events) {
    if (!e.is_object()) throw ProtocolError("an entry of the events message is not an object");
    m.events.push_back(
        WireEvent{text(e, "bytes", what, kMaxPayload), text(e, "sig", what), optional_text(e, "officer_sig", what)});
  }
  m.more = optional_flag(j, "more", what);
  return m;
}
AckMsg parse_ack(const Frame& f) {
  Json j = parse_object(f, MsgType::Ack);
  const std::string what = what_of(f);
  AckMsg m;
  const Json& results = list(j, "results", what, kMaxBatchEvents);
  for (const auto& r : results) {
    if (!r.is_object()) throw ProtocolError("an entry of the ack message is not an object");
    AckItem a;
    a.device = text(r, "device", what);
    a.seq = integer(r, "seq", what, 0, kMaxSeq);
    a.status = text(r, "status", what);
    a.ok = flag(r, "ok", what);
    a.detail = optional_text(r, "detail", what, kMaxMessageText);
    m.results.push_back(std::move(a));
  }
  m.head = integer(j, "head", what, 0, kMaxSeq);
  m.receipt = j.value("receipt", Json(nullptr));
  return m;
}
BlobNeed parse_blob_need(const Frame& f) {
  Json j = parse_object(f, MsgType::BlobNeed);
  const std::string what = what_of(f);
  BlobNeed m;
  const Json& need = list(j, "need", what, kMaxBlobNeed);
  for (const auto& b : need) {
    if (!b.is_object()) throw ProtocolError("an entry of the blob-need message is not an object");
    BlobOffset o{text(b, "hash", what), static_cast<std::uint64_t>(integer(b, "offset", what, 0, kMaxBlobBytes))};
    if (!is_hash_hex(o.hash)) throw ProtocolError("the blob-need message names a malformed hash");
    m.need.push_back(std::move(o));
  }
  return m;
}
BlobChunk parse_blob_chunk(const Frame& f) { return chunk_of(f, MsgType::BlobChunk, kMaxChunk, kMaxBlobBytes); }
BlobChunk parse_config_chunk(const Frame& f) {
  return chunk_of(f, MsgType::ConfigChunk, kMaxConfigChunk, kMaxConfigBytes);
}
BlobStored parse_blob_stored(const Frame& f) {
  Json j = parse_object(f, MsgType::BlobStored);
  const std::string what = what_of(f);
  return BlobStored{text(j, "hash", what), flag(j, "ok", what), optional_text(j, "error", what, kMaxMessageText)};
}
BlobOffset parse_blob_get(const Frame& f) {
  Json j = parse_object(f, MsgType::BlobGet);
  const std::string what = what_of(f);
  BlobOffset o{text(j, "hash", what), static_cast<std::uint64_t>(integer(j, "offset", what, 0, kMaxBlobBytes))};
  if (!is_hash_hex(o.hash)) throw ProtocolError("the blob-get message names a malformed hash");
  return o;
}
BlobOffset parse_config_get(const Frame& f) {
  Json j = parse_object(f, MsgType::ConfigGet);
  const std::string what = what_of(f);
  BlobOffset o{text(j, "sha256", what), static_cast<std::uint64_t>(integer(j, "offset", what, 0, kMaxConfigBytes))};
  if (!is_hash_hex(o.hash)) throw ProtocolError("the config-get message names a malformed sha256");
  return o;
}

WireEvent to_wire(const SignedEvent& e) { return WireEvent{e.bytes, to_hex(e.sig), e.officer_sig_hex()}; }

std::optional<SignedEvent> from_wire(const WireEvent& w, std::string* why) {
  return assemble_signed(w.bytes, w.sig, why, w.officer_sig);
}

std::vector<EventsMsg> batch_events(const std::vector<SignedEvent>& events) {
  std::vector<EventsMsg> out;
  std::size_t bytes = 0;
  for (const auto& e : events) {
    // JSON escaping can double the bytes; two signatures of 128 hex and the keys around them.
    const std::size_t cost = e.bytes.size() * 2 + 400;
    if (out.empty() || out.back().events.size() >= kMaxBatchEvents || bytes + cost > kBatchBytes) {
      out.emplace_back();
      bytes = 0;
    }
    out.back().events.push_back(to_wire(e));
    bytes += cost;
  }
  return out;
}

}  // namespace fg::sync

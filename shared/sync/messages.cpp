#include "sync/messages.h"

#include <cstring>

#include "tlog/receipt.h"

namespace fg::sync {

namespace {

constexpr char kAuthDomain[] = "fairguard/sync/auth/v1";

Frame json_frame(MsgType type, const Json& j) { return Frame{type, j.dump()}; }

Json parse_object(const Frame& f, MsgType expected) {
  if (f.type != expected)
    throw ProtocolError(std::string("expected a ") + describe(expected) + " message, got " + describe(f.type));
  Json j = Json::parse(f.payload, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    throw ProtocolError(std::string("the ") + describe(f.type) + " message is not a JSON object");
  return j;
}

// Typed field access that names the message and field when something is off.
template <typename T>
T field(const Json& j, const char* name, const Frame& f) {
  auto it = j.find(name);
  if (it == j.end()) throw ProtocolError(std::string("the ") + describe(f.type) + " message lacks '" + name + "'");
  try {
    return it->get<T>();
  } catch (const Json::exception&) {
    throw ProtocolError(std::string("the ") + describe(f.type) + " message has a malformed '" + name + "'");
  }
}

template <typename T>
T optional_field(const Json& j, const char* name, const Frame& f, T fallback) {
  return j.contains(name) ? field<T>(j, name, f) : fallback;
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
  return json_frame(MsgType::Welcome, {{"fair", m.fair},
                                       {"station_code", m.station_code},
                                       {"bureau_key", m.bureau_key},
                                       {"config", m.config},
                                       {"enrolled_now", m.enrolled_now}});
}
Frame make(const ErrorMsg& m) { return json_frame(MsgType::Error, {{"code", m.code}, {"message", m.message}}); }
Frame make_heads(MsgType type, const HeadMap& heads, std::optional<std::uint64_t> tree_size) {
  Json j{{"heads", heads}};
  if (tree_size) j["tree_size"] = *tree_size;
  return json_frame(type, j);
}
Frame make(const EventsMsg& m) {
  Json list = Json::array();
  for (const auto& e : m.events) list.push_back({{"bytes", e.bytes}, {"sig", e.sig}});
  return json_frame(MsgType::Events, {{"events", std::move(list)}, {"more", m.more}});
}
Frame make(const AckMsg& m) {
  Json list = Json::array();
  for (const auto& r : m.results)
    list.push_back({{"device", r.device}, {"seq", r.seq}, {"status", r.status}, {"ok", r.ok}, {"detail", r.detail}});
  return json_frame(MsgType::Ack, {{"results", std::move(list)}, {"head", m.head}, {"receipt", m.receipt}});
}
Frame make(const BlobNeed& m) {
  Json list = Json::array();
  for (const auto& b : m.need) list.push_back({{"hash", b.hash}, {"offset", b.offset}});
  return json_frame(MsgType::BlobNeed, {{"need", std::move(list)}});
}
Frame make(const BlobChunk& m) {
  auto raw = from_hex(m.hash);
  if (!raw || raw->size() != 32) throw ProtocolError("blob chunk hash is not a SHA-256 hex digest");
  if (m.data.size() > kMaxChunk) throw ProtocolError("blob chunk larger than " + std::to_string(kMaxChunk) + " bytes");
  std::string p(reinterpret_cast<const char*>(raw->data()), raw->size());
  put_u64(p, m.total);
  put_u64(p, m.offset);
  p += m.data;
  return Frame{MsgType::BlobChunk, std::move(p)};
}
Frame make(const BlobStored& m) {
  return json_frame(MsgType::BlobStored, {{"hash", m.hash}, {"ok", m.ok}, {"error", m.error}});
}
Frame make_blob_get(const BlobOffset& m) {
  return json_frame(MsgType::BlobGet, {{"hash", m.hash}, {"offset", m.offset}});
}
Frame make_empty(MsgType type) { return json_frame(type, Json::object()); }

namespace {
Json hex_list(const std::vector<Digest>& list) {
  Json out = Json::array();
  for (const Digest& d : list) out.push_back(to_hex(d));
  return out;
}
std::vector<Digest> digest_list(const Json& j, const char* what) {
  if (!j.is_array()) throw ProtocolError(std::string(what) + " is not a list");
  if (j.size() > 100000) throw ProtocolError(std::string(what) + " is too long");
  std::vector<Digest> out;
  out.reserve(j.size());
  for (const Json& h : j) {
    auto d = h.is_string() ? digest_from_hex(h.get<std::string>()) : std::nullopt;
    if (!d) throw ProtocolError(std::string(what) + " holds something other than a 64-hex-character hash");
    out.push_back(*d);
  }
  return out;
}
const Json& member(const Json& j, const char* name, const char* what) {
  auto it = j.find(name);
  if (it == j.end()) throw ProtocolError(std::string(what) + " lacks '" + name + "'");
  return *it;
}
std::uint64_t unsigned_member(const Json& j, const char* name, const char* what) {
  const Json& v = member(j, name, what);
  if (!v.is_number_unsigned()) throw ProtocolError(std::string(what) + "'s '" + name + "' is not a non-negative integer");
  return v.get<std::uint64_t>();
}
}  // namespace

Json TreeProofs::to_json() const {
  Json items = Json::array();
  for (const ProofItem& p : proofs)
    items.push_back({{"event", to_hex(p.event)}, {"leafIndex", p.leaf_index}, {"path", hex_list(p.path)}});
  return {{"treeHead", head.to_json()}, {"fromSize", from_size}, {"consistency", hex_list(consistency)},
          {"proofs", std::move(items)},  {"missing", hex_list(missing)},  {"error", error}};
}

TreeProofs tree_proofs_from_json(const Json& j) {
  constexpr const char* what = "the tree proofs";
  if (!j.is_object()) throw ProtocolError("the tree proofs are not a JSON object");
  TreeProofs t;
  std::string why;
  auto head = signed_tree_head_from_json(member(j, "treeHead", what), &why);
  if (!head) throw ProtocolError("the tree proofs carry a malformed tree head: " + why);
  t.head = *head;
  t.from_size = unsigned_member(j, "fromSize", what);
  t.consistency = digest_list(member(j, "consistency", what), "the consistency proof");
  const Json& items = member(j, "proofs", what);
  if (!items.is_array()) throw ProtocolError("the tree proofs' 'proofs' is not a list");
  for (const Json& p : items) {
    if (!p.is_object()) throw ProtocolError("an inclusion proof is not an object");
    ProofItem item;
    auto event = member(p, "event", "an inclusion proof");
    auto d = event.is_string() ? digest_from_hex(event.get<std::string>()) : std::nullopt;
    if (!d) throw ProtocolError("an inclusion proof names a malformed event hash");
    item.event = *d;
    item.leaf_index = unsigned_member(p, "leafIndex", "an inclusion proof");
    item.path = digest_list(member(p, "path", "an inclusion proof"), "an inclusion path");
    if (item.path.size() > 64) throw ProtocolError("an inclusion path is longer than 64 hashes");
    t.proofs.push_back(std::move(item));
  }
  t.missing = digest_list(j.value("missing", Json::array()), "the missing list");
  const Json err = j.value("error", Json(""));
  if (!err.is_string()) throw ProtocolError("the tree proofs' 'error' is not text");
  t.error = err.get<std::string>();
  return t;
}

Frame make(const TreeRequest& m) {
  return json_frame(MsgType::Tree, {{"size", m.size}, {"root", m.root}, {"want", hex_list(m.want)}});
}
Frame make(const TreeProofs& m) { return json_frame(MsgType::TreeProofs, m.to_json()); }

Hello parse_hello(const Frame& f) {
  Json j = parse_object(f, MsgType::Hello);
  Hello m;
  m.proto = field<int>(j, "proto", f);
  m.device = field<std::string>(j, "device", f);
  m.fair = field<std::string>(j, "fair", f);
  m.client = optional_field<std::string>(j, "client", f, "");
  return m;
}
Challenge parse_challenge(const Frame& f) {
  Json j = parse_object(f, MsgType::Challenge);
  Challenge m;
  m.proto = field<int>(j, "proto", f);
  m.nonce = field<std::string>(j, "nonce", f);
  m.relay = optional_field<std::string>(j, "relay", f, "");
  return m;
}
Auth parse_auth(const Frame& f) {
  Json j = parse_object(f, MsgType::Auth);
  return Auth{field<std::string>(j, "sig", f)};
}
Enrol parse_enrol(const Frame& f) {
  Json j = parse_object(f, MsgType::Enrol);
  Enrol m;
  m.token = field<std::string>(j, "token", f);
  m.sig = field<std::string>(j, "sig", f);
  m.label = optional_field<std::string>(j, "label", f, "");
  return m;
}
Welcome parse_welcome(const Frame& f) {
  Json j = parse_object(f, MsgType::Welcome);
  Welcome m;
  m.fair = field<std::string>(j, "fair", f);
  m.station_code = field<std::string>(j, "station_code", f);
  m.bureau_key = field<std::string>(j, "bureau_key", f);
  m.config = optional_field<std::string>(j, "config", f, "");
  m.enrolled_now = optional_field<bool>(j, "enrolled_now", f, false);
  return m;
}
ErrorMsg parse_error(const Frame& f) {
  Json j = parse_object(f, MsgType::Error);
  return ErrorMsg{field<std::string>(j, "code", f), field<std::string>(j, "message", f)};
}
HeadMap parse_heads(const Frame& f) {
  if (f.type != MsgType::Heads && f.type != MsgType::RelayHeads && f.type != MsgType::Pull)
    throw ProtocolError(std::string("expected heads, got ") + describe(f.type));
  Json j = Json::parse(f.payload, nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw ProtocolError("the heads message is not a JSON object");
  return field<HeadMap>(j, "heads", f);
}
std::optional<std::uint64_t> parse_heads_tree_size(const Frame& f) {
  if (f.type != MsgType::Heads) return std::nullopt;
  Json j = Json::parse(f.payload, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("tree_size")) return std::nullopt;
  if (!j["tree_size"].is_number_unsigned()) throw ProtocolError("the heads message has a malformed 'tree_size'");
  return j["tree_size"].get<std::uint64_t>();
}
TreeRequest parse_tree_request(const Frame& f) {
  Json j = parse_object(f, MsgType::Tree);
  TreeRequest m;
  m.size = field<std::uint64_t>(j, "size", f);
  m.root = optional_field<std::string>(j, "root", f, "");
  m.want = digest_list(j.value("want", Json::array()), "the tree message's 'want'");
  if (m.want.size() > kMaxTreeWant)
    throw ProtocolError("the tree message asks for more than " + std::to_string(kMaxTreeWant) + " proofs");
  return m;
}
TreeProofs parse_tree_proofs(const Frame& f) { return tree_proofs_from_json(parse_object(f, MsgType::TreeProofs)); }
EventsMsg parse_events(const Frame& f) {
  Json j = parse_object(f, MsgType::Events);
  EventsMsg m;
  auto list = field<Json>(j, "events", f);
  if (!list.is_array()) throw ProtocolError("the events message's 'events' is not a list");
  for (const auto& e : list) {
    if (!e.is_object()) throw ProtocolError("an entry of the events message is not an object");
    Frame ctx{MsgType::Events, {}};
    m.events.push_back(WireEvent{field<std::string>(e, "bytes", ctx), field<std::string>(e, "sig", ctx)});
  }
  m.more = optional_field<bool>(j, "more", f, false);
  return m;
}
AckMsg parse_ack(const Frame& f) {
  Json j = parse_object(f, MsgType::Ack);
  AckMsg m;
  auto list = field<Json>(j, "results", f);
  if (!list.is_array()) throw ProtocolError("the ack message's 'results' is not a list");
  for (const auto& r : list) {
    if (!r.is_object()) throw ProtocolError("an entry of the ack message is not an object");
    AckItem a;
    a.device = field<std::string>(r, "device", f);
    a.seq = field<std::int64_t>(r, "seq", f);
    a.status = field<std::string>(r, "status", f);
    a.ok = field<bool>(r, "ok", f);
    a.detail = optional_field<std::string>(r, "detail", f, "");
    m.results.push_back(std::move(a));
  }
  m.head = field<std::int64_t>(j, "head", f);
  m.receipt = j.value("receipt", Json(nullptr));
  return m;
}
BlobNeed parse_blob_need(const Frame& f) {
  Json j = parse_object(f, MsgType::BlobNeed);
  BlobNeed m;
  auto list = field<Json>(j, "need", f);
  if (!list.is_array()) throw ProtocolError("the blob-need message's 'need' is not a list");
  for (const auto& b : list) {
    if (!b.is_object()) throw ProtocolError("an entry of the blob-need message is not an object");
    BlobOffset o{field<std::string>(b, "hash", f), field<std::uint64_t>(b, "offset", f)};
    if (!is_hash_hex(o.hash)) throw ProtocolError("the blob-need message names a malformed hash");
    m.need.push_back(std::move(o));
  }
  return m;
}
BlobChunk parse_blob_chunk(const Frame& f) {
  if (f.type != MsgType::BlobChunk)
    throw ProtocolError(std::string("expected a blob-chunk message, got ") + describe(f.type));
  if (f.payload.size() < 48) throw ProtocolError("blob chunk shorter than its 48-byte header");
  BlobChunk c;
  c.hash = to_hex(as_bytes(std::string_view(f.payload).substr(0, 32)));
  c.total = get_u64(f.payload.data() + 32);
  c.offset = get_u64(f.payload.data() + 40);
  c.data = f.payload.substr(48);
  if (c.data.size() > kMaxChunk) throw ProtocolError("blob chunk larger than " + std::to_string(kMaxChunk) + " bytes");
  if (c.offset > c.total || c.data.size() > c.total - c.offset)
    throw ProtocolError("blob chunk runs past the blob's announced size");
  return c;
}
BlobStored parse_blob_stored(const Frame& f) {
  Json j = parse_object(f, MsgType::BlobStored);
  return BlobStored{field<std::string>(j, "hash", f), field<bool>(j, "ok", f),
                    optional_field<std::string>(j, "error", f, "")};
}
BlobOffset parse_blob_get(const Frame& f) {
  Json j = parse_object(f, MsgType::BlobGet);
  BlobOffset o{field<std::string>(j, "hash", f), field<std::uint64_t>(j, "offset", f)};
  if (!is_hash_hex(o.hash)) throw ProtocolError("the blob-get message names a malformed hash");
  return o;
}

WireEvent to_wire(const SignedEvent& e) { return WireEvent{e.bytes, to_hex(e.sig)}; }

std::optional<SignedEvent> from_wire(const WireEvent& w, std::string* why) {
  return assemble_signed(w.bytes, w.sig, why);
}

std::vector<EventsMsg> batch_events(const std::vector<SignedEvent>& events) {
  std::vector<EventsMsg> out;
  std::size_t bytes = 0;
  for (const auto& e : events) {
    const std::size_t cost = e.bytes.size() * 2 + 200;  // JSON escaping can double the bytes
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

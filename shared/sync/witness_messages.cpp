#include "sync/witness_messages.h"

#include "json/bounded_json.h"
#include "sync/messages.h"
#include "tlog/receipt.h"

namespace fg::sync {

namespace {

// Depth 4 is the deepest a valid message goes ({"head":{...}}, {"cosignature":{...}}).
const JsonLimits kWitnessJsonLimits{kMaxWitnessPayload, 4, kMaxProofPath + 1, true};

Json parse_body(const Frame& f, MsgType expected) {
  const std::string what = std::string("the ") + describe(expected) + " message";
  if (f.type != expected)
    throw ProtocolError(std::string("expected ") + describe(expected) + ", got " + describe(f.type));
  JsonParse parsed = parse_untrusted_json(f.payload, kWitnessJsonLimits);
  if (!parsed) throw ProtocolError(what + " is not valid JSON: " + parsed.error);
  if (!parsed.value->is_object()) throw ProtocolError(what + " is not a JSON object");
  return std::move(*parsed.value);
}

std::uint64_t size_field(const Json& j, const char* name, const std::string& what) {
  if (!j.contains(name) || !j[name].is_number_unsigned() || j[name].get<std::uint64_t>() > kMaxTreeSize)
    throw ProtocolError(what + " lacks \"" + name + "\" as an integer from 0 to 2^53");
  return j[name].get<std::uint64_t>();
}

std::string text_field(const Json& j, const char* name, const std::string& what, std::size_t max) {
  if (!j.contains(name)) return {};
  if (!j[name].is_string() || j[name].get_ref<const std::string&>().size() > max)
    throw ProtocolError(what + " field \"" + name + "\" is not a string of at most " + std::to_string(max) + " bytes");
  return j[name].get<std::string>();
}

}  // namespace

Frame make(const AddHead& m) {
  Json proof = Json::array();
  for (const Digest& d : m.proof) proof.push_back(to_hex(d));
  const Json j{{"head", m.head.to_json()}, {"log", to_hex(m.log)}, {"oldSize", m.old_size}, {"proof", proof}};
  return Frame{MsgType::WitnessAdd, j.dump()};
}

AddHead parse_add_head(const Frame& f) {
  const Json j = parse_body(f, MsgType::WitnessAdd);
  const std::string what = "the witness-add message";
  if (j.size() != 4) throw ProtocolError(what + " must have exactly head, log, oldSize, proof");
  AddHead m;
  auto log =
      j.contains("log") && j["log"].is_string() ? public_key_from_hex(j["log"].get<std::string>()) : std::nullopt;
  if (!log) throw ProtocolError(what + " lacks \"log\" as a 64-hex-character public key");
  m.log = *log;
  m.old_size = size_field(j, "oldSize", what);
  std::string why;
  auto proof = j.contains("proof") ? proof_hashes_from_json(j["proof"], "the consistency proof", &why) : std::nullopt;
  if (!proof) throw ProtocolError(what + ": " + (why.empty() ? "lacks \"proof\"" : why));
  m.proof = std::move(*proof);
  auto head = j.contains("head") ? signed_tree_head_from_json(j["head"], &why) : std::nullopt;
  if (!head) throw ProtocolError(what + ": " + (why.empty() ? "lacks \"head\"" : why));
  m.head = *head;
  return m;
}

Frame make(const WitnessReply& m) {
  Json j{{"size", m.size}};
  if (m.cosignature) j["cosignature"] = m.cosignature->to_json();
  if (!m.refused.empty()) j["refused"] = m.refused;
  if (!m.message.empty()) j["message"] = m.message.substr(0, kMaxMessageText);
  return Frame{MsgType::WitnessReply, j.dump()};
}

WitnessReply parse_witness_reply(const Frame& f) {
  const Json j = parse_body(f, MsgType::WitnessReply);
  const std::string what = "the witness-reply message";
  WitnessReply m;
  m.size = size_field(j, "size", what);
  m.refused = text_field(j, "refused", what, kMaxText);
  m.message = text_field(j, "message", what, kMaxMessageText);
  if (j.contains("cosignature")) {
    std::string why;
    auto c = cosignature_from_json(j["cosignature"], &why);
    if (!c) throw ProtocolError(what + ": " + why);
    m.cosignature = *c;
  }
  if (m.cosignature.has_value() == !m.refused.empty())
    throw ProtocolError(what + " must carry either a cosignature or a refusal");
  return m;
}

}  // namespace fg::sync

#include "fairconfig/fair_config.h"

#include "fairconfig/calendar_date.h"

#include <algorithm>
#include <stdexcept>

namespace fg {

namespace {

const Json& field(const Json& j, const char* where, const char* name) {
  if (!j.is_object()) throw std::invalid_argument(std::string(where) + " is not an object");
  auto it = j.find(name);
  if (it == j.end()) throw std::invalid_argument(std::string(where) + " lacks " + name);
  return *it;
}

std::string text(const Json& j, const char* where, const char* name) {
  const Json& v = field(j, where, name);
  if (!v.is_string()) throw std::invalid_argument(std::string(where) + "." + name + " is not a string");
  if (v.get_ref<const std::string&>().size() > kMaxConfigTextBytes)
    throw std::invalid_argument(std::string(where) + "." + name + " is longer than " +
                                std::to_string(kMaxConfigTextBytes) + " bytes");
  return v.get<std::string>();
}

std::int64_t integer(const Json& j, const char* where, const char* name) {
  const Json& v = field(j, where, name);
  if (!v.is_number_integer()) throw std::invalid_argument(std::string(where) + "." + name + " is not an integer");
  return v.get<std::int64_t>();
}

bool flag(const Json& j, const char* where, const char* name) {
  const Json& v = field(j, where, name);
  if (!v.is_boolean()) throw std::invalid_argument(std::string(where) + "." + name + " is not true/false");
  return v.get<bool>();
}

const Json& list(const Json& j, const char* where, const char* name, std::size_t max_items) {
  const Json& v = field(j, where, name);
  if (!v.is_array()) throw std::invalid_argument(std::string(where) + "." + name + " is not a list");
  if (v.size() > max_items)
    throw std::invalid_argument(std::string(where) + "." + name + " has " + std::to_string(v.size()) +
                                " entries, more than the " + std::to_string(max_items) + " allowed");
  return v;
}

Signature sign_domain(const KeyPair& key, std::string_view canonical) {
  std::string message(kFairConfigDomain);
  message += canonical;
  return key.sign(as_bytes(message));
}

}  // namespace

Json FairConfig::to_json() const {
  Json booths_json = Json::array();
  for (const auto& b : booths)
    booths_json.push_back({{"booth", b.booth},
                           {"hall", b.hall},
                           {"exhibitor", b.exhibitor},
                           {"delegation", b.delegation},
                           {"industry", b.industry}});
  Json officers_json = Json::array();
  for (const auto& o : officers) {
    Json officer{{"id", o.id},
                 {"name", o.name},
                 {"pin_verifier", o.pin_verifier},
                 {"disabled", o.disabled},
                 {"role", o.supervisor ? "supervisor" : "officer"}};
    if (o.box)
      officer["box"] = {{"salt", o.box->salt},
                        {"public", o.box->public_key},
                        {"ops", static_cast<std::int64_t>(o.box->cost.ops)},
                        {"mem", static_cast<std::int64_t>(o.box->cost.mem)}};
    if (o.credential) officer["credential"] = {{"number", o.credential->number}, {"expires", o.credential->expires}};
    if (!o.sign_pk.empty()) officer["sign_pk"] = o.sign_pk;
    officers_json.push_back(std::move(officer));
  }
  Json devices_json = Json::array();
  for (const auto& d : devices) {
    Json device{{"key", d.key}, {"station", d.station}, {"code", d.code}, {"revoked", d.revoked}};
    if (d.revoked_after_seq) device["revoked_after_seq"] = *d.revoked_after_seq;
    if (d.revoked_at) device["revoked_at"] = *d.revoked_at;
    devices_json.push_back(std::move(device));
  }
  Json j{{"format", format},
         {"version", version},
         {"issued_at", issued_at},
         {"fair",
          {{"id", fair.id},
           {"name", fair.name},
           {"venue", fair.venue},
           {"from", fair.from},
           {"to", fair.to},
           {"timezone", fair.timezone},
           {"halls", fair.halls}}},
         {"booths", booths_json},
         {"officers", officers_json},
         {"devices", devices_json},
         {"documents", documents.to_json()}};
  if (!log_key.empty()) j["log_key"] = log_key;
  if (!log_retirements.empty()) {
    Json retirements = Json::array();
    for (const auto& r : log_retirements) retirements.push_back(r.to_json());
    j["log_retirements"] = std::move(retirements);
  }
  return j;
}

std::string FairConfig::canonical() const { return canonical_dump(to_json()); }

FairConfig FairConfig::from_json(const Json& j) {
  FairConfig c;
  c.format = static_cast<int>(integer(j, "config", "format"));
  if (c.format != kFairConfigFormat)
    throw std::invalid_argument("config.format " + std::to_string(c.format) + " is not supported (expected " +
                                std::to_string(kFairConfigFormat) + ")");
  c.version = integer(j, "config", "version");
  c.issued_at = integer(j, "config", "issued_at");
  if (c.version < 0 || c.issued_at < 0)
    throw std::invalid_argument("config.version and issued_at must not be negative");
  const Json& f = field(j, "config", "fair");
  c.fair.id = text(f, "fair", "id");
  c.fair.name = text(f, "fair", "name");
  c.fair.venue = text(f, "fair", "venue");
  c.fair.from = text(f, "fair", "from");
  c.fair.to = text(f, "fair", "to");
  c.fair.timezone = text(f, "fair", "timezone");
  for (const auto& h : list(f, "fair", "halls", kMaxHalls)) {
    if (!h.is_string() || h.get_ref<const std::string&>().size() > kMaxConfigTextBytes)
      throw std::invalid_argument("fair.halls holds a non-string or an over-long name");
    c.fair.halls.push_back(h.get<std::string>());
  }
  for (const auto& b : list(j, "config", "booths", kMaxBooths))
    c.booths.push_back({text(b, "booth", "booth"), text(b, "booth", "hall"), text(b, "booth", "exhibitor"),
                        text(b, "booth", "delegation"), text(b, "booth", "industry")});
  for (const auto& o : list(j, "config", "officers", kMaxOfficers)) {
    Officer officer{text(o, "officer", "id"), text(o, "officer", "name"), text(o, "officer", "pin_verifier"),
                    flag(o, "officer", "disabled")};
    if (o.contains("role")) {
      const std::string role = text(o, "officer", "role");
      if (role != "officer" && role != "supervisor")
        throw std::invalid_argument("officer.role \"" + role + "\" is neither officer nor supervisor");
      officer.supervisor = role == "supervisor";
    }
    if (o.contains("box")) {
      const Json& b = field(o, "officer", "box");
      const std::int64_t ops = integer(b, "officer.box", "ops"), mem = integer(b, "officer.box", "mem");
      if (ops <= 0 || mem <= 0) throw std::invalid_argument("officer.box cost must be positive");
      officer.box = OfficerBoxPublic{text(b, "officer.box", "salt"),
                                     text(b, "officer.box", "public"),
                                     {static_cast<std::uint64_t>(ops), static_cast<std::uint64_t>(mem)}};
    }
    if (o.contains("credential")) {
      const Json& cr = field(o, "officer", "credential");
      officer.credential =
          OfficerCredential{text(cr, "officer.credential", "number"), text(cr, "officer.credential", "expires")};
      if (officer.credential->number.empty() || officer.credential->number.size() > kMaxCredentialNumberBytes)
        throw std::invalid_argument("officer.credential.number must be 1 to " +
                                    std::to_string(kMaxCredentialNumberBytes) + " bytes");
      if (auto bad = check_date(officer.credential->expires))
        throw std::invalid_argument("officer.credential.expires: " + *bad);
    }
    if (o.contains("sign_pk")) {
      officer.sign_pk = text(o, "officer", "sign_pk");
      if (!public_key_from_hex(officer.sign_pk))
        throw std::invalid_argument("officer.sign_pk is not 64 lowercase hex characters");
      if (!officer.box) throw std::invalid_argument("officer.sign_pk without officer.box (its salt derives it)");
    }
    c.officers.push_back(std::move(officer));
  }
  for (const auto& d : list(j, "config", "devices", kMaxDevices)) {
    DeviceEntry device{text(d, "device", "key"), text(d, "device", "station"), text(d, "device", "code"),
                       flag(d, "device", "revoked")};
    if (d.contains("revoked_after_seq")) {
      const std::int64_t after = integer(d, "device", "revoked_after_seq");
      if (after < 0) throw std::invalid_argument("device.revoked_after_seq is negative");
      if (!device.revoked) throw std::invalid_argument("device.revoked_after_seq on a device that is not revoked");
      device.revoked_after_seq = after;
    }
    if (d.contains("revoked_at")) {
      const std::int64_t at = integer(d, "device", "revoked_at");
      if (at < 0 || at > kLatestRevocationMs)
        throw std::invalid_argument("device.revoked_at is not a time between 1970 and 9999");
      if (!device.revoked) throw std::invalid_argument("device.revoked_at on a device that is not revoked");
      device.revoked_at = at;
    }
    c.devices.push_back(std::move(device));
  }
  c.documents = RequiredDocuments::from_json(field(j, "config", "documents"));
  if (j.contains("log_key")) {
    c.log_key = text(j, "config", "log_key");
    if (!public_key_from_hex(c.log_key)) throw std::invalid_argument("config.log_key is not 64 lowercase hex");
  }
  if (j.contains("log_retirements")) {
    for (const auto& r : list(j, "config", "log_retirements", kMaxLogRetirements))
      c.log_retirements.push_back(LogRetirement::from_json(r));
    if (c.log_retirements.empty()) throw std::invalid_argument("config.log_retirements is empty (leave it out)");
  }
  return c;
}

bool credential_expired(const Officer& officer, std::string_view today) {
  return officer.credential && officer.credential->expires < today;
}

const Booth* FairConfig::find_booth(std::string_view code) const {
  auto it = std::find_if(booths.begin(), booths.end(), [&](const Booth& b) { return b.booth == code; });
  return it == booths.end() ? nullptr : &*it;
}

const Officer* FairConfig::find_officer(std::string_view id) const {
  auto it = std::find_if(officers.begin(), officers.end(), [&](const Officer& o) { return o.id == id; });
  return it == officers.end() ? nullptr : &*it;
}

const DeviceEntry* FairConfig::find_device(std::string_view key_hex) const {
  auto it = std::find_if(devices.begin(), devices.end(), [&](const DeviceEntry& d) { return d.key == key_hex; });
  return it == devices.end() ? nullptr : &*it;
}

std::string sign_fair_config(const FairConfig& config, const KeyPair& bureau) {
  const std::string bytes = config.canonical();
  const Signature sig = sign_domain(bureau, bytes);
  // The envelope is canonical too, so the verifier recovers the exact signed bytes by
  // re-dumping "config".
  return canonical_dump(Json{{"config", config.to_json()}, {"sig", to_hex(sig)}});
}

const char* describe(ConfigError e) {
  switch (e) {
    case ConfigError::Malformed:
      return "fair configuration is not well-formed signed canonical JSON";
    case ConfigError::BadSignature:
      return "fair configuration signature does not verify with the bureau key";
    case ConfigError::InvalidContent:
      return "fair configuration content is not valid";
  }
  return "unknown fair configuration error";
}

VerifiedConfig verify_fair_config(std::string_view signed_text, const PublicKey& bureau) {
  VerifiedConfig out;
  auto fail = [&](ConfigError err, std::string detail) {
    out.error = err;
    out.detail = std::move(detail);
    return out;
  };
  std::string why;
  auto envelope = parse_canonical(signed_text, &why, kFairConfigJsonLimits);
  if (!envelope) return fail(ConfigError::Malformed, why);
  if (!envelope->is_object() || envelope->size() != 2 || !envelope->contains("config") || !envelope->contains("sig"))
    return fail(ConfigError::Malformed, "expected exactly the fields config and sig");
  const Json& sig_json = (*envelope)["sig"];
  if (!sig_json.is_string()) return fail(ConfigError::Malformed, "sig is not a string");
  auto sig = signature_from_hex(sig_json.get<std::string>());
  if (!sig) return fail(ConfigError::Malformed, "sig is not 64 bytes of lowercase hex");
  const std::string bytes = canonical_dump((*envelope)["config"]);
  std::string message(kFairConfigDomain);
  message += bytes;
  // Check the signature before reading any field: nothing unsigned is interpreted.
  if (!verify_signature(bureau, as_bytes(message), *sig)) return fail(ConfigError::BadSignature, "");
  try {
    out.config = FairConfig::from_json((*envelope)["config"]);
  } catch (const std::exception& e) {
    return fail(ConfigError::InvalidContent, e.what());
  }
  return out;
}

}  // namespace fg

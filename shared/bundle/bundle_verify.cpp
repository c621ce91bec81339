#include "bundle/bundle_verify.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "bundle/bundle_accepted_heads.h"
#include "bundle/bundle_bindings.h"
#include "bundle/access_record.h"
#include "bundle/bundle_reviews.h"
#include "bundle/bundle_coverage.h"
#include "bundle/bundle_format.h"
#include "bundle/bundle_witnesses.h"
#include "bundle/bundle_keys.h"
#include "bundle/bundle_writer.h"
#include "bundle/zip_bundle.h"
#include "fairconfig/event_signers.h"
#include "ledger/event.h"
#include "tlog/receipt.h"
#include "tlog/tree_head.h"

namespace fg {
namespace {

std::string short_hex(const std::string& hex) { return hex.substr(0, 12) + "…"; }

bool starts_with(const std::string& s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// "12" -> 12; refuses leading zeros, signs and anything not a positive decimal.
std::optional<std::int64_t> parse_seq(const std::string& text) {
  if (text.empty() || text.size() > 18 || text[0] == '0') return std::nullopt;
  std::int64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

struct EventFile {
  std::string device;  // from the path
  std::int64_t seq;    // from the path
  SignedEvent signed_event;
};

class Checker {
 public:
  Checker(const BundleSource& b, const BundleVerifyOptions& o) : bundle_(b), options_(o) {}

  BundleVerdict run() {
    (void)(manifest() && keys() && manifest_signature() && tree_head() && configs() && events() && officers() &&
           labels() && head_not_backdated() && chains() && coverage() && blobs() && proofs() && witnesses() &&
           accepted_heads() && access_record() && reviews() && layout() && manifest_files());
    return std::move(verdict_);
  }

 private:
  bool fail(BundleFault fault, std::string text) {
    verdict_.fault = fault;
    verdict_.failure = std::move(text);
    return false;
  }
  void note(std::string line) { verdict_.report.push_back(std::move(line)); }

  std::optional<std::string> read(const std::string& name, BundleFault fault) {
    std::string why;
    auto bytes = bundle_.read(name, &why);
    if (!bytes) fail(bundle_.contains(name) ? BundleFault::Unreadable : fault, name + ": " + why);
    return bytes;
  }

  std::optional<Json> read_canonical(const std::string& name, BundleFault fault) {
    auto bytes = read(name, fault);
    if (!bytes) return std::nullopt;
    std::string why;
    auto j = parse_canonical(*bytes, &why);
    if (!j) fail(fault, name + " is not canonical JSON (altered, or not written by FairGuard): " + why);
    return j;
  }

  std::optional<Signature> read_signature(const std::string& name, BundleFault fault) {
    auto bytes = read(name, fault);
    if (!bytes) return std::nullopt;
    if (bytes->size() != 64) {
      fail(fault, name + " is " + std::to_string(bytes->size()) + " bytes, not a 64-byte Ed25519 signature");
      return std::nullopt;
    }
    Signature s{};
    std::copy(bytes->begin(), bytes->end(), s.begin());
    return s;
  }

  // The bureau-signed code once labels() has read it from configs/, else keys.json's.
  std::string station(const std::string& device) const {
    if (auto s = signed_codes_.find(device); s != signed_codes_.end()) return "station " + s->second;
    auto it = keys_.devices.find(device);
    return it == keys_.devices.end() ? "the station with key " + short_hex(device) + " (not in keys.json)"
                                     : "station " + it->second;
  }
  std::string event_name(const SignedEvent& e) const {
    return station(e.event.device) + " #" + std::to_string(e.event.seq) + " (" + e.event.type + ")";
  }

  bool manifest() {
    auto bytes = read(std::string(bundle::kManifest), BundleFault::Manifest);
    if (!bytes) return false;
    manifest_bytes_ = *bytes;
    auto j = read_canonical(std::string(bundle::kManifest), BundleFault::Manifest);
    if (!j) return false;
    static const std::set<std::string> fields{"blobs", "case",  "created", "events",
                                              "fair",  "files", "format",  "treeSize"};
    if (!j->is_object() || j->size() != fields.size())
      return fail(BundleFault::Manifest,
                  "manifest.json does not have exactly the fields of " + std::string(bundle::kFormat));
    for (const auto& f : fields)
      if (!j->contains(f)) return fail(BundleFault::Manifest, "manifest.json lacks \"" + f + "\"");
    if ((*j)["format"] != std::string(bundle::kFormat))
      return fail(BundleFault::Manifest, "manifest.json is not format " + std::string(bundle::kFormat));
    if (!(*j)["fair"].is_string() || !(*j)["case"].is_string() || !(*j)["files"].is_array() ||
        !(*j)["events"].is_number_unsigned() || !(*j)["blobs"].is_number_unsigned() ||
        !(*j)["treeSize"].is_number_unsigned() || !(*j)["created"].is_number_integer())
      return fail(BundleFault::Manifest, "manifest.json has a field of the wrong type");
    for (const Json& f : (*j)["files"]) {
      if (!f.is_object() || f.size() != 3 || !f.contains("name") || !f["name"].is_string() || !f.contains("sha256") ||
          !f["sha256"].is_string() || !f.contains("size") || !f["size"].is_number_unsigned())
        return fail(BundleFault::Manifest, "manifest.json: every file entry needs name, sha256 and size");
      auto digest = digest_from_hex(f["sha256"].get<std::string>());
      if (!digest) return fail(BundleFault::Manifest, "manifest.json: a sha256 is not 64 lowercase hex characters");
      if (!listed_.emplace(f["name"].get<std::string>(), std::make_pair(*digest, f["size"].get<std::uint64_t>()))
               .second)
        return fail(BundleFault::Manifest, "manifest.json lists " + f["name"].get<std::string>() + " twice");
    }
    manifest_ = std::move(*j);
    fair_ = manifest_["fair"].get<std::string>();
    if (!options_.fair.empty() && options_.fair != fair_)
      return fail(BundleFault::KeyNotPinned,
                  "the bundle is of fair " + fair_ + ", but the keys file given is for fair " + options_.fair);
    note("bundle: fair " + fair_ + ", case " + manifest_["case"].get<std::string>() + ", exported " +
         utc_time_text(manifest_["created"].get<std::int64_t>()) + ", " + std::to_string(listed_.size()) +
         " files listed");
    return true;
  }

  bool pinned(const char* role, const PublicKey& in_bundle, const std::optional<PublicKey>& given, const char* flag) {
    if (!given) {
      note(std::string(role) + " key " + to_hex(in_bundle) + " (taken from the bundle: give " + flag +
           " or --keys to check it is the bureau's published key)");
      verdict_.unpinned.emplace_back(role);
      return true;
    }
    if (*given != in_bundle)
      return fail(BundleFault::KeyNotPinned, std::string("the bundle's ") + role + " key " + to_hex(in_bundle) +
                                                 " is not the one given with " + flag + " (" + to_hex(*given) + ")");
    note(std::string(role) + " key " + to_hex(in_bundle) + " matches " + flag);
    return true;
  }

  bool keys() {
    auto j = read_canonical(std::string(bundle::kKeys), BundleFault::Keys);
    if (!j) return false;
    std::string why;
    auto k = bundle_keys_from_json(*j, &why);
    if (!k) return fail(BundleFault::Keys, why);
    keys_ = std::move(*k);
    if (!pinned("bureau", keys_.bureau, options_.bureau_key, "--bureau-key")) return false;
    if (!pinned("log", keys_.log, options_.log_key, "--log-key")) return false;
    note(std::to_string(keys_.devices.size()) + " station keys listed");
    return true;
  }

  bool manifest_signature() {
    auto sig = read_signature(std::string(bundle::kManifestSig), BundleFault::ManifestSignature);
    if (!sig) return false;
    const std::string message = std::string(bundle::kManifestDomain) + manifest_bytes_;
    if (!verify_signature(keys_.bureau, as_bytes(message), *sig))
      return fail(BundleFault::ManifestSignature, "manifest.json is not signed by the bureau key " +
                                                      short_hex(to_hex(keys_.bureau)) + ": altered after export");
    note("manifest signature by the bureau key: good");
    return true;
  }

  bool tree_head() {
    auto bytes = read(std::string(bundle::kTreeHead), BundleFault::TreeHead);
    if (!bytes) return false;
    auto j = read_canonical(std::string(bundle::kTreeHead), BundleFault::TreeHead);
    if (!j) return false;
    std::string why;
    auto head = (j->is_object() && j->size() == 3) ? tree_head_from_json(*j, &why) : std::nullopt;
    if (!head)
      return fail(BundleFault::TreeHead, "tree-head.json is not a tree head: " + (why.empty() ? "extra fields" : why));
    auto sig = read_signature(std::string(bundle::kTreeHeadSig), BundleFault::TreeHead);
    if (!sig) return false;
    head_ = {*head, *sig};
    if (!verify_tree_head(head_, keys_.log))
      return fail(BundleFault::TreeHeadSignature, "the tree head is not signed by the log key " +
                                                      short_hex(to_hex(keys_.log)) +
                                                      " (signed by another key, or altered)");
    note("tree head: " + std::to_string(head_.head.size) + " events in the bureau log, root " +
         short_hex(to_hex(head_.head.root)) + ", signed by the log key at " + utc_time_text(head_.head.time) +
         ": good");
    return true;
  }

  bool events() {
    std::map<std::pair<std::string, std::int64_t>, std::string> files;  // (device, seq) -> name stem
    for (const std::string& name : bundle_.names()) {
      if (!starts_with(name, "events/")) continue;
      const std::string rest = name.substr(7);
      const auto slash = rest.find('/');
      const auto dot = rest.rfind('.');
      std::optional<std::int64_t> seq;
      if (slash != std::string::npos && dot != std::string::npos && dot > slash)
        seq = parse_seq(rest.substr(slash + 1, dot - slash - 1));
      const std::string ext = dot == std::string::npos ? "" : rest.substr(dot);
      if (!seq || (ext != ".json" && ext != ".sig" && ext != ".osig"))
        return fail(BundleFault::UnexpectedFile, name + " is not an events/<device>/<seq>.json, .sig or .osig file");
      if (ext == ".json") files[{rest.substr(0, slash), *seq}] = name.substr(0, name.size() - 5);
    }
    for (const std::string& name : bundle_.names())
      if (starts_with(name, "events/") && name.size() > 4 && name.compare(name.size() - 4, 4, ".sig") == 0 &&
          !bundle_.contains(name.substr(0, name.size() - 4) + ".json"))
        return fail(BundleFault::UnexpectedFile, name + " is a signature without its event");
      else if (starts_with(name, "events/") && name.size() > 5 && name.compare(name.size() - 5, 5, ".osig") == 0 &&
               !bundle_.contains(name.substr(0, name.size() - 5) + ".json"))
        return fail(BundleFault::UnexpectedFile, name + " is an officer signature without its event");

    for (const auto& [id, stem] : files) {
      auto bytes = read(stem + ".json", BundleFault::EventMalformed);
      if (!bytes) return false;
      auto sig = read_signature(stem + ".sig", BundleFault::EventMalformed);
      if (!sig) return false;
      std::optional<Signature> officer_sig;
      if (bundle_.contains(stem + ".osig")) {
        officer_sig = read_signature(stem + ".osig", BundleFault::OfficerSignature);
        if (!officer_sig) return false;
      }
      std::string why;
      auto e = assemble_signed(*bytes, to_hex(*sig), &why, officer_sig ? to_hex(*officer_sig) : std::string());
      if (!e) {
        // A version-2 event without its officer signature is the officer's fault to report.
        const auto decoded = decode_event(*bytes);
        const bool v2 = decoded.event && decoded.event->v == kEventVersionOfficerSigned;
        return fail(v2 && !officer_sig ? BundleFault::OfficerSignature : BundleFault::EventMalformed,
                    stem + ".json is not a well-formed event: " + why);
      }
      if (e->event.device != id.first || e->event.seq != id.second)
        return fail(BundleFault::EventMisplaced, stem + ".json holds " + station(e->event.device) + " seq " +
                                                     std::to_string(e->event.seq) +
                                                     ": events were swapped or renamed after export");
      if (e->event.fair != fair_)
        return fail(BundleFault::WrongFair, stem + ".json belongs to fair " + e->event.fair + ", not " + fair_);
      if (!keys_.devices.contains(e->event.device))
        return fail(BundleFault::UnknownDevice,
                    stem + ".json is from device " + short_hex(e->event.device) + ", which keys.json does not list");
      if (!e->signature_valid())
        return fail(BundleFault::EventSignature,
                    "the signature of " + event_name(*e) + " (" + stem + ".sig) does not verify with its station key");
      events_.push_back({id.first, id.second, std::move(*e)});
    }
    if (events_.empty()) return fail(BundleFault::Manifest, "the bundle holds no events");
    note(std::to_string(events_.size()) + " events: every signature verifies with its station key");
    return true;
  }

  // Every configs/<sha256>.json: its bytes hash to its name, the bureau key signed it, and it is
  // for this fair. Checked before the events that name them.
  bool configs() {
    for (const std::string& name : bundle_.names()) {
      if (!starts_with(name, "configs/")) continue;
      const std::string sha = name.substr(8, name.size() > 13 ? name.size() - 13 : 0);
      if (sha.size() != 64 || bundle::config_path(sha) != name || !digest_from_hex(sha))
        return fail(BundleFault::UnexpectedFile, name + " is not a configs/<sha256>.json file");
      auto wire = read(name, BundleFault::ConfigInvalid);
      if (!wire) return false;
      if (sha256_hex(as_bytes(*wire)) != sha)
        return fail(BundleFault::ConfigInvalid, name + " does not match its name: its SHA-256 is " +
                                                    sha256_hex(as_bytes(*wire)) + " (the file was altered)");
      auto v = verify_fair_config(*wire, keys_.bureau);
      if (!v)
        return fail(BundleFault::ConfigInvalid, name + " is not a configuration the bureau key " +
                                                    short_hex(to_hex(keys_.bureau)) + " signed: " + v.detail);
      if (v.config->fair.id != fair_)
        return fail(BundleFault::ConfigInvalid, name + " is for fair " + v.config->fair.id + ", not " + fair_);
      configs_.emplace(sha, std::move(*v.config));
    }
    if (!configs_.empty())
      note(std::to_string(configs_.size()) + " fair configurations (roster, devices): signed by the bureau key");
    return true;
  }

  // A version-2 event names the configuration in force when it was made, and the bureau dated
  // that configuration when it signed it: the event, so the log holding it, is no older. A
  // tree head dated before that was backdated. (Tablet clocks are not used: one days off still
  // syncs, docs/station.md.)
  bool head_not_backdated() {
    const SignedEvent* latest = nullptr;
    std::int64_t latest_issued = 0;
    for (const auto& f : events_) {
      const SignedEvent& e = f.signed_event;
      if (e.event.v != kEventVersionOfficerSigned) continue;
      const std::int64_t issued = configs_.at(e.event.config).issued_at;  // officers() checked it is here
      if (!latest || issued > latest_issued) latest = &e, latest_issued = issued;
    }
    if (!latest) return true;
    if (head_.head.time < latest_issued)
      return fail(BundleFault::TreeHeadBackdated, "the tree head is dated " + utc_time_text(head_.head.time) +
                                                      ", before " + event_name(*latest) +
                                                      " could exist: the configuration it names was signed at " +
                                                      utc_time_text(latest_issued) + ". The head was backdated");
    note("tree head time: after every configuration the events name (latest signed " + utc_time_text(latest_issued) +
         ")");
    return true;
  }

  // Version-2 events: the configuration they name is in the bundle, and in it the device,
  // the officer and the officer's signature hold (fairconfig/event_signers.h).
  bool officers() {
    std::size_t signed_by_officer = 0, unsigned_v1 = 0;
    std::set<std::string> named;
    for (const auto& f : events_) {
      const SignedEvent& e = f.signed_event;
      if (e.event.v != kEventVersionOfficerSigned) {
        ++unsigned_v1;
        continue;
      }
      auto config = configs_.find(e.event.config);
      if (config == configs_.end())
        return fail(BundleFault::ConfigMissing, event_name(e) + " names configuration " + short_hex(e.event.config) +
                                                    ", which the bundle does not carry (configs/)");
      named.insert(e.event.config);
      if (auto refusal = officer_signature_refusal(e, config->second))
        return fail(BundleFault::OfficerSignature, event_name(e) + ": " + *refusal);
      ++signed_by_officer;
    }
    for (const auto& [sha, config] : configs_)
      if (!named.contains(sha))
        return fail(BundleFault::UnexpectedFile, bundle::config_path(sha) + " is named by no event in the bundle");
    if (signed_by_officer > 0)
      note(std::to_string(signed_by_officer) +
           " events signed by their officer: each officer on the signed roster, active, signature good");
    if (unsigned_v1 > 0)
      note(std::to_string(unsigned_v1) + " events of format version 1: officer not signed (the officer named is " +
           "the station's claim)");
    return true;
  }

  // Station codes and officers from the configurations the bureau signed when the events were
  // made (bundle_bindings.h); keys.json, written at export, must agree with them.
  bool labels() {
    StationLabels signed_labels = signed_station_labels(keys_.devices, configs_);
    if (!signed_labels.refusal.empty()) return fail(BundleFault::DeviceRelabelled, signed_labels.refusal);
    signed_codes_ = std::move(signed_labels.code);
    if (!configs_.empty()) {
      std::set<std::string> sorted;
      for (const auto& [key, code] : signed_codes_) sorted.insert(code);
      std::string codes;
      for (const auto& code : sorted) codes += (codes.empty() ? "" : ", ") + code;
      note(std::to_string(signed_codes_.size()) + " of " + std::to_string(keys_.devices.size()) +
           " station labels from the bureau-signed configurations (" + codes + "), keys.json agrees" +
           (signed_codes_.size() < keys_.devices.size() ? "; the others from keys.json only" : ""));
    }
    std::vector<const SignedEvent*> v2;
    for (const auto& f : events_)
      if (f.signed_event.event.v == kEventVersionOfficerSigned) v2.push_back(&f.signed_event);
    for (auto& line : officers_named(v2, configs_, signed_codes_)) note(std::move(line));
    return true;
  }

  bool chains() {
    std::size_t devices = 0;
    for (std::size_t i = 0; i < events_.size(); ++i) {
      const SignedEvent& e = events_[i].signed_event;
      const bool first = i == 0 || events_[i - 1].device != events_[i].device;
      if (first) {
        ++devices;
        if (e.event.seq == 1 && e.event.prev != kZeroHash)
          return fail(BundleFault::ChainBroken, event_name(e) + " is its station's first event but has a prev hash");
        continue;
      }
      const SignedEvent& before = events_[i - 1].signed_event;
      if (e.event.seq != before.event.seq + 1)
        return fail(BundleFault::ChainGap, station(e.event.device) + ": the chain jumps from #" +
                                               std::to_string(before.event.seq) + " to #" +
                                               std::to_string(e.event.seq) + ": events are missing");
      if (e.event.prev != before.hash_hex())
        return fail(BundleFault::ChainBroken,
                    event_name(e) + " does not link to #" + std::to_string(before.event.seq) + " (prev hash differs)");
      if (e.event.hlc <= before.event.hlc)
        return fail(BundleFault::ChainBroken,
                    event_name(e) + " has a clock not after #" + std::to_string(before.event.seq));
    }
    note(std::to_string(devices) + " station chains: contiguous, every prev link holds");
    return true;
  }

  // A case bundle: the bureau's signed statement of each station's chain head at export and
  // the seqs of its events naming the case (bundle_coverage.h). Every one of those events must
  // be here, and every event here naming the case must be in the statement.
  bool coverage() {
    const std::string scope = manifest_["case"].get<std::string>();
    const std::string json_name(bundle::kCoverage), sig_name(bundle::kCoverageSig);
    if (scope == "all") {
      for (const auto& name : {json_name, sig_name})
        if (bundle_.contains(name))
          return fail(BundleFault::UnexpectedFile, name + " has no place in a whole-log bundle");
      return true;
    }
    auto j = read_canonical(json_name, BundleFault::Coverage);
    if (!j) return false;
    auto sig = read_signature(sig_name, BundleFault::Coverage);
    if (!sig) return false;
    std::string why;
    auto c = coverage_from_json(*j, &why);
    if (!c) return fail(BundleFault::Coverage, json_name + " is not a coverage statement: " + why);
    const std::string bytes = *bundle_.read(json_name);
    if (!verify_signature(keys_.bureau, as_bytes(std::string(kCoverageDomain) + bytes), *sig))
      return fail(BundleFault::Coverage, "coverage.json is not signed by the bureau key " +
                                             short_hex(to_hex(keys_.bureau)) + " (coverage.sig)");
    if (c->fair != fair_ || c->case_number != scope || c->time != manifest_["created"].get<std::int64_t>())
      return fail(BundleFault::Coverage, "coverage.json is for fair " + c->fair + ", case " + c->case_number + " at " +
                                             utc_time_text(c->time) + ", not this bundle's");
    std::map<std::pair<std::string, std::int64_t>, const SignedEvent*> held;
    for (const auto& f : events_) held.emplace(std::make_pair(f.device, f.seq), &f.signed_event);
    std::map<std::string, const StationCoverage*> stated;
    std::size_t listed = 0;
    for (const StationCoverage& s : c->stations) {
      stated.emplace(s.device, &s);
      for (const std::int64_t seq : s.case_seqs) {
        ++listed;
        if (!held.contains({s.device, seq}))
          return fail(BundleFault::CaseEventMissing,
                      station(s.device) + " #" + std::to_string(seq) + " names case " + scope +
                          " (coverage.json, signed by the bureau at export), but the bundle lacks it: an event of the "
                          "case was left out");
      }
      if (auto head = held.find({s.device, s.seq}); head != held.end() && head->second->hash_hex() != s.head)
        return fail(BundleFault::Coverage, "coverage.json gives " + station(s.device) + "'s head #" +
                                               std::to_string(s.seq) + " another hash than the event in the bundle");
    }
    for (const auto& f : events_) {
      const auto s = stated.find(f.device);
      if (s == stated.end())
        return fail(BundleFault::Coverage,
                    station(f.device) + " has events in the bundle but no head in coverage.json");
      if (f.seq > s->second->seq)
        return fail(BundleFault::Coverage, event_name(f.signed_event) + " is past its station's head #" +
                                               std::to_string(s->second->seq) + " in coverage.json");
      if (names_case(f.signed_event.event, scope) &&
          !std::binary_search(s->second->case_seqs.begin(), s->second->case_seqs.end(), f.seq))
        return fail(BundleFault::Coverage,
                    event_name(f.signed_event) + " names case " + scope + " but coverage.json does not list it");
    }
    note("coverage: the bureau signed the chain heads of " + std::to_string(c->stations.size()) +
         " stations at export and " + std::to_string(listed) + " events naming the case; the bundle holds every one");
    return true;
  }

  bool blobs() {
    std::map<std::string, const SignedEvent*> cited;
    for (const auto& f : events_)
      for (const auto& h : f.signed_event.event.blobs) cited.emplace(h, &f.signed_event);
    for (const auto& [hash, by] : cited)
      if (!bundle_.contains(bundle::blob_path(hash)))
        return fail(BundleFault::MissingBlob,
                    "blob " + hash + ", cited by " + event_name(*by) + ", is missing from the bundle");
    std::uint64_t bytes = 0;
    std::size_t count = 0;
    for (const std::string& name : bundle_.names()) {
      if (!starts_with(name, "blobs/")) continue;
      const std::string hash = name.substr(6);
      if (!cited.contains(hash)) return fail(BundleFault::UnexpectedFile, name + " is cited by no event in the bundle");
      std::string why;
      std::uint64_t size = 0;
      auto digest = bundle_.hash(name, &size, &why);
      if (!digest) return fail(BundleFault::Unreadable, name + ": " + why);
      if (to_hex(*digest) != hash)
        return fail(BundleFault::BlobHash,
                    name + " does not match its name: its SHA-256 is " + to_hex(*digest) + " (the file was altered)");
      bytes += size;
      ++count;
    }
    note(std::to_string(count) + " files (" + std::to_string(bytes) + " bytes): every SHA-256 matches its name");
    return true;
  }

  bool proofs() {
    std::set<std::string> expected;
    std::set<std::uint64_t> leaves;  // one per event: the --all check below
    for (const auto& f : events_) {
      const SignedEvent& e = f.signed_event;
      const std::string name = bundle::proof_path(e.hash_hex());
      expected.insert(name);
      if (!bundle_.contains(name))
        return fail(BundleFault::ProofMissing, event_name(e) + " has no inclusion proof (" + name + ")");
      auto j = read_canonical(name, BundleFault::ProofMalformed);
      if (!j) return false;
      std::string why;
      auto proof = inclusion_proof_from_json(*j, &why);
      if (!proof) return fail(BundleFault::ProofMalformed, name + ": " + why);
      if (!verify_event_inclusion(e.hash, *proof, head_.head, &why))
        return fail(BundleFault::ProofOtherTree, "the inclusion proof of " + event_name(e) +
                                                     " does not lead to the signed tree head (" + why +
                                                     "): a proof for another tree, or altered");
      leaves.insert(proof->leaf_index);
    }
    for (const std::string& name : bundle_.names())
      if (starts_with(name, "proofs/") && !expected.contains(name))
        return fail(BundleFault::UnexpectedFile, name + " is a proof for no event in the bundle");
    note(std::to_string(events_.size()) +
         " inclusion proofs: every event is in the bureau log under the signed tree head");
    return complete(leaves);
  }

  // A bundle of the whole log (scope "all") must hold an event for every leaf of its tree
  // head: otherwise whoever made it left events out and re-signed. A case bundle holds the
  // case's events only; its completeness is per station chain (chains()).
  bool complete(const std::set<std::uint64_t>& leaves) {
    if (manifest_["case"].get<std::string>() != "all") return true;
    std::uint64_t expect = 0;
    for (const std::uint64_t leaf : leaves) {  // ascending; every proof verified, so each < size
      if (leaf != expect) break;
      ++expect;
    }
    if (expect != head_.head.size)
      return fail(BundleFault::Incomplete,
                  "the bundle says it holds every event of the bureau log, but the tree head has " +
                      std::to_string(head_.head.size) + " events and it holds " + std::to_string(leaves.size()) +
                      ": leaf " + std::to_string(expect) + " (counting from 0) is missing");
    note("complete: one event for each of the tree head's " + std::to_string(head_.head.size) + " leaves");
    return true;
  }

  // witnesses.json (bundle_witnesses.h): checked against the verified tree head.
  bool witnesses() {
    const WitnessFinding w = check_bundle_witnesses(bundle_, head_, keys_.log, options_.witness_keys);
    for (const std::string& line : w.report) note(line);
    switch (w.fault) {
      case WitnessFinding::Fault::None:
        return true;
      case WitnessFinding::Fault::Malformed:
        return fail(BundleFault::WitnessMalformed, w.failure);
      case WitnessFinding::Fault::Cosignature:
        return fail(BundleFault::WitnessCosignature, w.failure);
      case WitnessFinding::Fault::Inconsistent:
        return fail(BundleFault::WitnessInconsistent, w.failure);
    }
    return true;
  }

  // accepted_heads.json (bundle_accepted_heads.h): checked against the verified tree head.
  bool accepted_heads() {
    const AcceptedHeadFinding a =
        check_bundle_accepted_heads(bundle_, head_, keys_.log, fair_, [this](const std::string& device) {
          return keys_.devices.contains(device) ? std::optional<std::string>(station(device)) : std::nullopt;
        });
    for (const std::string& line : a.report) note(line);
    switch (a.fault) {
      case AcceptedHeadFinding::Fault::None:
        return true;
      case AcceptedHeadFinding::Fault::Malformed:
        return fail(BundleFault::AcceptedHeadMalformed, a.failure);
      case AcceptedHeadFinding::Fault::BadSignature:
        return fail(BundleFault::AcceptedHeadSignature, a.failure);
      case AcceptedHeadFinding::Fault::Inconsistent:
        return fail(BundleFault::AcceptedHeadInconsistent, a.failure);
    }
    return true;
  }

  // access-log.jsonl (access_record.h): a case bundle's record of who opened the case in the
  // console, each line checked with the bureau key (pinned, or the bundle's own: then the
  // verdict says UNVERIFIED anyway).
  bool access_record() {
    const std::string name(bundle::kAccessRecord);
    if (!bundle_.contains(name)) return true;
    const std::string scope = manifest_["case"].get<std::string>();
    if (scope == "all") return fail(BundleFault::UnexpectedFile, name + " belongs in a case bundle only");
    auto text = read(name, BundleFault::AccessRecord);
    if (!text) return false;
    const AccessRecordFinding f = check_access_record(*text, keys_.bureau, scope);
    if (!f.ok()) return fail(BundleFault::AccessRecord, f.failure);
    for (const std::string& line : f.report) note(line);
    return true;
  }

  // reviews.json (bundle_reviews.h): the bureau's signed review marks, checked with the bureau
  // key as the access record is.
  bool reviews() {
    const ReviewFinding f = check_bundle_reviews(bundle_, keys_.bureau, fair_, manifest_["case"].get<std::string>());
    if (!f.ok()) return fail(BundleFault::Review, f.failure);
    for (const std::string& line : f.report) note(line);
    return true;
  }

  bool layout() {
    static const std::set<std::string> top{
        std::string(bundle::kManifest),      std::string(bundle::kManifestSig),  std::string(bundle::kKeys),
        std::string(bundle::kTreeHead),      std::string(bundle::kTreeHeadSig),  std::string(bundle::kSummary),
        std::string(bundle::kWitnesses),     std::string(bundle::kCoverage),     std::string(bundle::kCoverageSig),
        std::string(bundle::kAcceptedHeads), std::string(bundle::kAccessRecord), std::string(bundle::kReviews)};
    for (const std::string& name : bundle_.names())
      if (!top.contains(name) && !starts_with(name, "events/") && !starts_with(name, "blobs/") &&
          !starts_with(name, "proofs/") && !starts_with(name, "configs/"))
        return fail(BundleFault::UnexpectedFile, name + " has no place in a FairGuard bundle");
    if (!bundle_.contains(std::string(bundle::kSummary))) return fail(BundleFault::Manifest, "summary.txt is missing");
    return true;
  }

  bool manifest_files() {
    std::set<std::string> blobs_cited;
    for (const auto& f : events_)
      blobs_cited.insert(f.signed_event.event.blobs.begin(), f.signed_event.event.blobs.end());
    if (manifest_["events"].get<std::uint64_t>() != events_.size() ||
        manifest_["blobs"].get<std::uint64_t>() != blobs_cited.size() ||
        manifest_["treeSize"].get<std::uint64_t>() != head_.head.size)
      return fail(BundleFault::ManifestMismatch,
                  "the manifest's counts (events, blobs, tree size) differ from the bundle");
    for (const std::string& name : bundle_.names()) {
      if (name == bundle::kManifest || name == bundle::kManifestSig) continue;
      if (!listed_.contains(name)) return fail(BundleFault::UnexpectedFile, name + " is not listed in the manifest");
    }
    for (const auto& [name, expect] : listed_) {
      if (!bundle_.contains(name))
        return fail(BundleFault::ManifestMismatch, name + " is listed in the manifest but missing from the bundle");
      std::string why;
      std::uint64_t size = 0;
      auto digest = bundle_.hash(name, &size, &why);
      if (!digest) return fail(BundleFault::Unreadable, name + ": " + why);
      if (*digest != expect.first || size != expect.second)
        return fail(BundleFault::ManifestMismatch,
                    name + " differs from the manifest (SHA-256 or size): altered after export");
    }
    note("every file matches the manifest; nothing unlisted");
    return true;
  }

  const BundleSource& bundle_;
  const BundleVerifyOptions& options_;
  BundleVerdict verdict_;
  std::string manifest_bytes_;
  Json manifest_;
  std::string fair_;
  std::map<std::string, std::pair<Digest, std::uint64_t>> listed_;
  BundleKeys keys_;
  SignedTreeHead head_;
  std::vector<EventFile> events_;                    // sorted by (device, seq)
  std::map<std::string, FairConfig> configs_;        // verified, by SHA-256 of the signed bytes
  std::map<std::string, std::string> signed_codes_;  // device key hex -> code, from configs_
};

}  // namespace

const char* describe(BundleFault f) {
  switch (f) {
    case BundleFault::None:
      return "valid";
    case BundleFault::Unreadable:
      return "unreadable";
    case BundleFault::Manifest:
      return "manifest";
    case BundleFault::Keys:
      return "keys";
    case BundleFault::KeyNotPinned:
      return "key not the published one";
    case BundleFault::ManifestSignature:
      return "manifest signature";
    case BundleFault::TreeHead:
      return "tree head";
    case BundleFault::TreeHeadSignature:
      return "tree head signature";
    case BundleFault::EventMalformed:
      return "malformed event";
    case BundleFault::EventMisplaced:
      return "swapped events";
    case BundleFault::WrongFair:
      return "wrong fair";
    case BundleFault::UnknownDevice:
      return "unknown device";
    case BundleFault::EventSignature:
      return "event signature";
    case BundleFault::ConfigMissing:
      return "configuration missing";
    case BundleFault::ConfigInvalid:
      return "configuration not signed";
    case BundleFault::OfficerSignature:
      return "officer signature";
    case BundleFault::DeviceRelabelled:
      return "device relabelled";
    case BundleFault::ChainGap:
      return "chain gap";
    case BundleFault::TreeHeadBackdated:
      return "tree head backdated";
    case BundleFault::Incomplete:
      return "incomplete bundle";
    case BundleFault::Coverage:
      return "coverage statement";
    case BundleFault::CaseEventMissing:
      return "case event missing";
    case BundleFault::ChainBroken:
      return "broken chain";
    case BundleFault::MissingBlob:
      return "missing blob";
    case BundleFault::BlobHash:
      return "blob hash";
    case BundleFault::ProofMissing:
      return "missing proof";
    case BundleFault::ProofMalformed:
      return "malformed proof";
    case BundleFault::ProofOtherTree:
      return "proof for another tree";
    case BundleFault::UnexpectedFile:
      return "unexpected file";
    case BundleFault::ManifestMismatch:
      return "manifest mismatch";
    case BundleFault::WitnessMalformed:
      return "witnesses malformed";
    case BundleFault::WitnessCosignature:
      return "witness cosignature";
    case BundleFault::WitnessInconsistent:
      return "log rewritten after witnesses saw it";
    case BundleFault::AcceptedHeadMalformed:
      return "malformed accepted heads";
    case BundleFault::AcceptedHeadSignature:
      return "forged accepted head";
    case BundleFault::AcceptedHeadInconsistent:
      return "log rewritten after a station accepted it";
    case BundleFault::AccessRecord:
      return "access record";
    case BundleFault::Review:
      return "review mark";
  }
  return "?";
}

std::string BundleVerdict::text() const {
  std::ostringstream s;
  for (const auto& line : report) s << "  ok  " << line << "\n";
  if (!ok()) {
    s << "FAIL  " << failure << "\nNOT VALID (" << describe(fault) << ")\n";
  } else if (!unpinned.empty()) {
    std::string which;
    for (const auto& role : unpinned) which += (which.empty() ? "" : " and ") + role;
    s << "UNVERIFIED: every hash, chain and signature holds against the keys the bundle carries, but\n"
         "  nothing shows that its "
      << which << (unpinned.size() > 1 ? " keys are" : " key is")
      << " the bureau's: anyone can make a bundle that holds\n"
         "  against keys of their own. Give the keys the bureau published (--keys FILE, or --bureau-key\n"
         "  and --log-key; docs/verify-by-hand.md, \"Where the keys come from\").\n";
  } else {
    s << "VALID: every signature, chain, file hash and proof holds.\n";
  }
  return s.str();
}

BundleVerdict verify_bundle(const BundleSource& bundle, const BundleVerifyOptions& options) {
  return Checker(bundle, options).run();
}

BundleVerdict verify_bundle_file(const std::filesystem::path& zip, const BundleVerifyOptions& options) {
  std::unique_ptr<ZipBundle> bundle;
  try {
    bundle = std::make_unique<ZipBundle>(zip);
  } catch (const std::exception& e) {
    BundleVerdict v;
    v.fault = BundleFault::Unreadable;
    v.failure = e.what();
    return v;
  }
  return verify_bundle(*bundle, options);
}

}  // namespace fg

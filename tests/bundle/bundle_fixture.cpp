#include "bundle_fixture.h"

#include <stdexcept>

#include "bundle/bundle_collect.h"
#include "bundle/bundle_format.h"
#include "crypto/password.h"
#include "crypto/sha256.h"
#include "fairconfig/fair_config.h"

using namespace fg;

namespace {
// A stand-in photo: a few KB of deterministic bytes.
Bytes photo(int n) {
  Bytes b(2000 + 300 * static_cast<std::size_t>(n));
  std::uint32_t x = 2463534242u + static_cast<std::uint32_t>(n);
  for (auto& v : b) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    v = static_cast<std::uint8_t>(x);
  }
  return b;
}
}  // namespace

BundleFixture::BundleFixture() {
  FairConfig config;
  config.version = 3;
  config.issued_at = 1764000000000;
  config.fair = {"CF138", "Canton Fair", "Pazhou", "2025-11-20", "2025-11-30", "Asia/Shanghai", {"9.1", "11.2"}};
  for (auto [id, keys] : {std::pair{"OF002", &of002}, std::pair{"OF003", &of003}}) {
    const bool two = std::string(id) == "OF002";
    Officer o{id, two ? "Wang Fang" : "Li Ming", hash_password("x", PasswordCost::Test), false};
    o.box = keys->box;
    o.sign_pk = keys->sign_pk;
    o.credential = OfficerCredential{two ? "44010012" : "44010013", "2030-12-31"};
    config.officers.push_back(std::move(o));
  }
  config.devices = {{station1.public_hex(), "desk 1", "S01", false}, {station2.public_hex(), "desk 2", "S02", false}};
  config_wire = sign_fair_config(config, bureau);
  config_sha256 = sha256_hex(as_bytes(config_wire));
  const OfficerSigner of002_signs{&of002_key.signing_key(), config_sha256};

  blobs = std::make_unique<BlobStore>(dir / "blobs");
  EventStore s1(dir / "s1.db", "CF138");
  EventStore s2(dir / "s2.db", "CF138");
  const std::string case1 = "CF138-S01-0001";
  const std::string case2 = "CF138-S02-0002";
  // Station 1: an unrelated warm-up event, then case 1 with photos, then another case.
  s1.append(station1, "OF001", "officer.signed_in", {{"station", "S01"}});
  s1.append(station1, "OF001", "case.opened", {{"case_number", case1}, {"booth", "11.2B05"}});
  for (int i = 0; i < 3; ++i) {
    const BlobInfo b = blobs->put(photo(i));
    s1.append(station1, "OF001", "evidence.added", {{"case_number", case1}, {"kind", "exhibit_photo"}}, {b.hash});
  }
  s1.append(station1, "OF001", "case.opened", {{"case_number", "CF138-S01-0003"}, {"booth", "3.1A10"}});
  s1.append(station1, "OF001", "case.closed", {{"case_number", case1}, {"outcome", "settled"}});
  // Station 2 helps on case 1 and runs its own case.
  s2.append(station2, "OF002", "case.opened", {{"case_number", case2}, {"booth", "9.1C01"}}, {}, of002_signs);
  const BlobInfo doc = blobs->put(as_bytes("Patent ZL 2019 1 0123456.7, certificate copy"));
  s2.append(station2, "OF002", "evidence.added", {{"case_number", case1}, {"kind", "patent_copy"}}, {doc.hash},
            of002_signs);
  s2.append(station2, "OF002", "respondent.replied", {{"case_number", case1}, {"reply", "will remove"}}, {},
            of002_signs);

  // The relay: imports both chains in sync batches, logging every accepted hash.
  relay = std::make_unique<EventStore>(dir / "relay.db", "CF138");
  relay->trust_device(station1.public_hex(), "S01");
  relay->trust_device(station2.public_hex(), "S02");
  log = std::make_unique<TransparencyLog>(relay->database());
  auto sync = [&](EventStore& station, const KeyPair& key, std::int64_t from, std::int64_t to) {
    const auto batch = station.read(key.public_hex(), from, to);
    std::vector<Digest> hashes;
    for (const auto& r : relay->import_batch(batch))
      if (!accepted(r.status)) throw std::runtime_error("relay refused an event: " + r.detail);
    for (const auto& e : batch) hashes.push_back(e.hash);
    log->append(hashes);
  };
  sync(s1, station1, 1, 3);
  sync(s2, station2, 1, 2);
  sync(s1, station1, 4, 7);
  sync(s2, station2, 3, 3);
  const SignedTreeHead head = log->sign_head(log_key, 1764057600000);

  // The case's events, extended to contiguous runs per station.
  std::vector<SignedEvent> selected;
  for (const auto& e : relay->all_in_fold_order())
    if (e.event.body.value("case_number", "") == case1) selected.push_back(e);
  input.fair = "CF138";
  input.scope = case1;
  input.created = 1764057660000;
  input.events = contiguous_runs(*relay, selected);
  input.devices = {{"device", station1.public_hex(), "S01"}, {"device", station2.public_hex(), "S02"}};
  input.log_key = log_key.public_key();
  input.tree_head = head;
  input.proofs = prove_events(*log, input.events, head.head.size);
  input.summary = "Case " + case1 + ": booth 11.2B05, exhibit model X-200; respondent will remove.\n";
  input.configs = {{config_sha256, config_wire}};
  input.coverage = case_coverage(input.fair, case1, input.created, relay->all_in_fold_order());
  entries = bundle_entries(input, *blobs, bureau);
}

const SignedEvent& BundleFixture::event(const KeyPair& station, std::int64_t seq) const {
  for (const auto& e : input.events)
    if (e.event.device == station.public_hex() && e.event.seq == seq) return e;
  throw std::runtime_error("the bundle holds no such event");
}

std::filesystem::path BundleFixture::write_zip(const std::string& name) const {
  const auto out = dir / name;
  fg::write_zip(out, entries, input.created / 1000);
  return out;
}

void write_memory_zip(const MemoryBundle& b, const std::filesystem::path& out) {
  std::vector<ZipEntry> entries;
  for (const auto& [name, data] : b.files()) entries.push_back({name, data, {}, true});
  fg::write_zip(out, entries, 1764057660);
}

void resign_manifest(MemoryBundle& b, const KeyPair& bureau) {
  Json manifest = Json::parse(b.files().at(std::string(bundle::kManifest)));
  Json listed = Json::array();
  std::size_t blobs = 0, events = 0;
  for (const auto& [name, data] : b.files()) {
    if (name == bundle::kManifest || name == bundle::kManifestSig) continue;
    listed.push_back({{"name", name}, {"sha256", sha256_hex(as_bytes(data))}, {"size", data.size()}});
    blobs += name.starts_with("blobs/");
    events += name.starts_with("events/") && name.ends_with(".json");
  }
  manifest["files"] = listed;
  manifest["blobs"] = blobs;
  manifest["events"] = events;
  const std::string bytes = canonical_dump(manifest);
  const Signature sig = bureau.sign(as_bytes(std::string(bundle::kManifestDomain) + bytes));
  b.files()[std::string(bundle::kManifest)] = bytes;
  b.files()[std::string(bundle::kManifestSig)] = std::string(sig.begin(), sig.end());
}

WitnessedHead witnessed_head(const BundleFixture& f, std::uint64_t size, const Digest& root, const KeyPair& witness) {
  WitnessedHead w;
  w.head = sign_tree_head(TreeHead{size, root, f.input.tree_head.head.time - 60'000}, f.log_key);
  w.cosignatures.push_back(cosign_tree_head(f.log_key.public_key(), w.head.head, witness, 1764057600000));
  w.consistency = f.log->consistency_proof(size, f.input.tree_head.head.size);
  return w;
}

Json access_record_line(std::int64_t seq, const std::string& prev, const std::string& action, const std::string& user,
                        const KeyPair& key, const std::string& case_number) {
  Json line = {{"seq", seq},
               {"at", 1760594400000 + seq * 60000},
               {"user", user},
               {"role", "reviewer"},
               {"address", "10.0.0.7"},
               {"action", action},
               {"case", case_number},
               {"object", ""},
               {"prev", prev}};
  const std::string bytes = canonical_dump(line);
  line["hash"] = sha256_hex(as_bytes(bytes));
  line["sig"] = to_hex(key.sign(as_bytes(bytes)));
  return line;
}

std::vector<Json> three_access_lines(const KeyPair& key) {
  const Json a = access_record_line(2, std::string(64, 'a'), "case.view", "rita", key);
  const Json b = access_record_line(3, a["hash"].get<std::string>(), "evidence.download", "rita", key);
  const Json c = access_record_line(5, std::string(64, 'c'), "bundle.download", "alice", key);
  return {a, b, c};
}

std::string access_record_text(const std::vector<Json>& lines) {
  std::string out;
  for (const Json& l : lines) out += canonical_dump(l) + "\n";
  return out;
}

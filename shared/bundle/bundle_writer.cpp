#include "bundle/bundle_writer.h"

#include <algorithm>
#include <ctime>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "bundle/bundle_format.h"
#include "bundle/bundle_reviews.h"
#include "bundle/bundle_witnesses.h"

namespace fg {
namespace {

std::string station_of(const BundleInput& in, const std::string& device) {
  for (const auto& d : in.devices)
    if (d.key == device) return d.station;
  return "?";
}

std::string event_list(const BundleInput& in) {
  std::ostringstream s;
  s << "\nEvents (" << in.events.size() << "), oldest first by station clock:\n";
  std::vector<const SignedEvent*> sorted;
  for (const auto& e : in.events) sorted.push_back(&e);
  std::sort(sorted.begin(), sorted.end(), [](const SignedEvent* a, const SignedEvent* b) {
    return std::tie(a->event.hlc, a->event.device, a->event.seq) <
           std::tie(b->event.hlc, b->event.device, b->event.seq);
  });
  for (const SignedEvent* e : sorted) {
    s << "  " << utc_time_text(e->event.time) << "  " << station_of(in, e->event.device) << " #" << e->event.seq << "  "
      << e->event.type << "  officer " << e->event.officer;
    if (!e->event.blobs.empty()) s << "  files " << e->event.blobs.size();
    s << "\n    event " << e->hash_hex() << "\n";
  }
  return s.str();
}

std::string summary_text(const BundleInput& in) {
  std::ostringstream s;
  s << "FairGuard evidence bundle\n"
    << "Fair: " << in.fair << "\n"
    << "Scope: " << in.scope << "\n"
    << "Exported: " << utc_time_text(in.created) << "\n"
    << "Bureau log: tree of " << in.tree_head.head.size << " events, root " << to_hex(in.tree_head.head.root) << "\n\n";
  s << in.summary;
  if (!in.summary.empty() && in.summary.back() != '\n') s << "\n";
  s << event_list(in);
  s << "\nCheck this bundle with: fairguard-verify THIS.zip --keys <the keys file the bureau published>\n";
  return s.str();
}

std::string raw(const Signature& sig) { return std::string(sig.begin(), sig.end()); }

}  // namespace

std::string utc_time_text(std::int64_t ms) {
  const std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", &tm);
  return buf;
}

std::vector<ZipEntry> bundle_entries(const BundleInput& in, const BlobStore& blobs, const KeyPair& bureau_key) {
  std::vector<ZipEntry> files;  // every file but the manifest and its signature
  Json listed = Json::array();
  auto add = [&](std::string name, std::string data, bool compress = true) {
    files.push_back({std::move(name), std::move(data), {}, compress});
  };

  std::vector<BundleKey> keys{{"bureau", bureau_key.public_hex(), ""}, {"log", to_hex(in.log_key), ""}};
  keys.insert(keys.end(), in.devices.begin(), in.devices.end());
  add(std::string(bundle::kKeys), canonical_dump(keys_to_json(keys)));
  add(std::string(bundle::kTreeHead), in.tree_head.head.canonical());
  add(std::string(bundle::kTreeHeadSig), raw(in.tree_head.sig), false);
  add(std::string(bundle::kSummary), summary_text(in));
  if (in.scope != "all") {
    if (!in.coverage || in.coverage->case_number != in.scope || in.coverage->fair != in.fair)
      throw std::runtime_error("bundle: case " + in.scope + " needs its coverage statement");
    const std::string coverage = canonical_dump(coverage_to_json(*in.coverage));
    add(std::string(bundle::kCoverage), coverage);
    add(std::string(bundle::kCoverageSig), raw(bureau_key.sign(as_bytes(std::string(kCoverageDomain) + coverage))),
        false);
  }

  std::set<std::string> blob_hashes, configs;
  for (const SignedEvent& e : in.events) {
    add(bundle::event_path(e.event.device, e.event.seq), e.bytes);
    add(bundle::event_sig_path(e.event.device, e.event.seq), raw(e.sig), false);
    if (e.officer_sig) {
      add(bundle::event_officer_sig_path(e.event.device, e.event.seq), raw(*e.officer_sig), false);
      configs.insert(e.event.config);
    }
    auto proof = in.proofs.find(e.hash_hex());
    if (proof == in.proofs.end())
      throw std::runtime_error("bundle: no inclusion proof for event " + e.hash_hex() + " (is it in the log?)");
    add(bundle::proof_path(e.hash_hex()), canonical_dump(proof->second.to_json()));
    blob_hashes.insert(e.event.blobs.begin(), e.event.blobs.end());
  }
  for (const std::string& sha : configs) {
    auto wire = in.configs.find(sha);
    if (wire == in.configs.end() || sha256_hex(as_bytes(wire->second)) != sha)
      throw std::runtime_error("bundle: the signed configuration " + sha + " that events name is not at hand");
    add(bundle::config_path(sha), wire->second);
  }
  if (!in.witnessed.empty()) add(std::string(bundle::kWitnesses), witnesses_file(in.witnessed));
  if (!in.accepted_heads.empty()) add(std::string(bundle::kAcceptedHeads), accepted_heads_file(in.accepted_heads));
  if (!in.access_record.empty() && in.scope != "all") add(std::string(bundle::kAccessRecord), in.access_record);
  if (!in.reviews.empty()) add(std::string(bundle::kReviews), reviews_file(in.reviews));
  for (const ZipEntry& f : files)
    listed.push_back({{"name", f.name}, {"sha256", sha256_hex(as_bytes(f.data))}, {"size", f.data.size()}});

  for (const std::string& hash : blob_hashes) {
    std::string why;
    if (!blobs.verify(hash, &why)) throw std::runtime_error("bundle: blob " + hash + " cannot go in: " + why);
    const auto path = blobs.path_of(hash);
    listed.push_back({{"name", bundle::blob_path(hash)}, {"sha256", hash}, {"size", std::filesystem::file_size(path)}});
    files.push_back({bundle::blob_path(hash), {}, path, false});
  }
  std::sort(listed.begin(), listed.end(), [](const Json& a, const Json& b) { return a["name"] < b["name"]; });

  const Json manifest = {{"blobs", blob_hashes.size()},
                         {"case", in.scope},
                         {"created", in.created},
                         {"events", in.events.size()},
                         {"fair", in.fair},
                         {"files", listed},
                         {"format", std::string(bundle::kFormat)},
                         {"treeSize", in.tree_head.head.size}};
  const std::string manifest_bytes = canonical_dump(manifest);
  const Signature manifest_sig = bureau_key.sign(as_bytes(std::string(bundle::kManifestDomain) + manifest_bytes));

  std::vector<ZipEntry> out;
  out.reserve(files.size() + 2);
  out.push_back({std::string(bundle::kManifest), manifest_bytes, {}, true});
  out.push_back({std::string(bundle::kManifestSig), raw(manifest_sig), {}, false});
  for (auto& f : files) out.push_back(std::move(f));
  return out;
}

void write_bundle(const std::filesystem::path& out, const BundleInput& in, const BlobStore& blobs,
                  const KeyPair& bureau_key) {
  write_zip(out, bundle_entries(in, blobs, bureau_key), in.created / 1000);
}

MemoryBundle memory_bundle(const std::vector<ZipEntry>& entries) {
  MemoryBundle b;
  for (const ZipEntry& e : entries) {
    if (e.file.empty()) {
      b.files()[e.name] = e.data;
      continue;
    }
    std::ifstream f(e.file, std::ios::binary);
    if (!f) throw std::runtime_error("cannot read " + e.file.string());
    std::ostringstream s;
    s << f.rdbuf();
    b.files()[e.name] = s.str();
  }
  return b;
}

}  // namespace fg

// Ledger speeds, each against a baseline measured in the same run:
//   durable appends/s (each one a synchronous=FULL commit);
//   events verified/s by import and by verify_chain, as a ratio to libsodium's raw
//     crypto_sign_verify_detached rate on the same messages;
//   blob sealing MB/s (hash + durable write) as a ratio to `sha256sum` on the same file;
//   at rest (the station's encrypted stores): appends, reads and verify_chain with the record
//   cipher, and blob put/read with the blob key, each as a ratio to the same work in clear;
//   event format version 2 (the officer signs too): durable appends, and import with the
//   relay's officer check, each as a ratio to version 1 in this run.
#include <sodium.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "blobs/blob_store.h"
#include "crypto/officer_box.h"
#include "crypto/password.h"
#include "crypto/secretstream.h"
#include "fairconfig/event_signers.h"
#include "ledger/store.h"
#include "support/temp_dir.h"

using namespace fg;
using Clock = std::chrono::steady_clock;

namespace {
double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

Json sample_body(int i) {
  return {{"caseNumber", "CF138-S01-" + std::to_string(1000 + i % 9000)},
          {"kind", "exhibit_photo"},
          {"booth", "11.2B05"},
          {"note", "Photo of the accused exhibit on the left shelf, model X-200, packaging visible."}};
}

// `events` events of `key`'s chain, signed in memory (appending durably would only measure
// fsync again); version 2 when `officer` is given.
std::vector<SignedEvent> signed_chain(const KeyPair& key, int events, const KeyPair* officer = nullptr,
                                      const std::string& config = {}) {
  std::vector<SignedEvent> chain;
  Event e;
  e.fair = "CF138";
  e.device = key.public_hex();
  e.officer = "OF001";
  e.type = "evidence.added";
  if (officer) {
    e.v = kEventVersionOfficerSigned;
    e.config = config;
  }
  for (int i = 0; i < events; ++i) {
    e.seq = i + 1;
    e.prev = chain.empty() ? kZeroHash : chain.back().hash_hex();
    e.time = 1760572800000 + i;
    e.hlc = e.time << 16;
    e.body = sample_body(i);
    chain.push_back(sign_event(e, key, officer));
  }
  return chain;
}

// Events imported per second in batches of 500; 0 if any is refused.
double import_rate(EventStore& store, const std::vector<SignedEvent>& chain) {
  const auto t0 = Clock::now();
  for (std::size_t i = 0; i < chain.size(); i += 500) {
    const std::size_t n = std::min<std::size_t>(500, chain.size() - i);
    for (const auto& r : store.import_batch(std::span(chain).subspan(i, n)))
      if (r.status != ImportStatus::Stored) return 0;
  }
  return static_cast<double>(chain.size()) / seconds_since(t0);
}
}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
  const int appends = smoke ? 50 : 1000;
  const int events = smoke ? 500 : 20000;
  const std::size_t blob_mb = smoke ? 8 : 256;
  fg::test::TempDir dir{"ledger-bench"};
  const KeyPair key = KeyPair::generate();

  // 1. Durable appends.
  EventStore station(dir.path() / "station.db", "CF138");
  auto t0 = Clock::now();
  for (int i = 0; i < appends; ++i) station.append(key, "OF001", "evidence.added", sample_body(i));
  const double append_rate = appends / seconds_since(t0);
  std::printf("durable appends:        %10.0f /s  (each a synchronous=FULL commit)\n", append_rate);

  // 2. Verification: sign a chain in memory (appending it durably would only measure fsync
  //    again), then measure raw verify, import and verify_chain on it.
  const std::vector<SignedEvent> chain = signed_chain(key, events);
  t0 = Clock::now();
  int ok = 0;
  for (const auto& s : chain)
    ok += crypto_sign_verify_detached(s.sig.data(), reinterpret_cast<const unsigned char*>(s.bytes.data()),
                                      s.bytes.size(), key.public_key().data()) == 0;
  const double raw_rate = static_cast<double>(chain.size()) / seconds_since(t0);
  if (ok != static_cast<int>(chain.size())) return 1;

  EventStore relay(dir.path() / "relay.db", "CF138");
  relay.trust_device(key.public_hex());
  const double import1_rate = import_rate(relay, chain);
  if (import1_rate == 0) return 1;
  t0 = Clock::now();
  if (!relay.verify_chain(key.public_hex()).ok) return 1;
  const double chain_rate = static_cast<double>(chain.size()) / seconds_since(t0);
  std::printf("raw Ed25519 verify:     %10.0f /s  (baseline, libsodium)\n", raw_rate);
  std::printf("import (verify+store):  %10.0f /s  ratio %.2f of raw verify (batches of 500)\n", import1_rate,
              import1_rate / raw_rate);
  std::printf("verify_chain (stored):  %10.0f /s  ratio %.2f of raw verify\n", chain_rate, chain_rate / raw_rate);

  // 2b. Version 2: the same appends and the same chain, signed by the officer too, imported
  //     with the relay's check (docs/event-format.md, "Version 2").
  const OfficerKeysPublic officer_public = make_officer_keys("2468135790", PasswordCost::Test);
  const OfficerBoxKey officer = OfficerBoxKey::derive("2468135790", officer_public.box);
  FairConfig config;
  config.fair.id = "CF138";
  Officer of001{"OF001", "OF001", "-", false};
  of001.box = officer_public.box;
  of001.sign_pk = officer_public.sign_pk;
  config.officers.push_back(of001);
  config.devices.push_back({key.public_hex(), "desk", "S01", false});
  const OfficerSigner signer{&officer.signing_key(), std::string(64, 'c')};
  EventStore station2(dir.path() / "station-v2.db", "CF138");
  t0 = Clock::now();
  for (int i = 0; i < appends; ++i) station2.append(key, "OF001", "evidence.added", sample_body(i), {}, signer);
  const double append2_rate = appends / seconds_since(t0);
  const std::vector<SignedEvent> chain2 = signed_chain(key, events, &officer.signing_key(), signer.config);
  EventStore relay2(dir.path() / "relay-v2.db", "CF138");
  relay2.trust_device(key.public_hex());
  relay2.set_event_check([&](const SignedEvent& s) { return officer_signature_refusal(s, config); });
  const double import2_rate = import_rate(relay2, chain2);
  if (import2_rate == 0) return 1;
  std::printf("v2 durable appends:     %10.0f /s  ratio %.2f of version 1 (officer signs too)\n", append2_rate,
              append2_rate / append_rate);
  std::printf("v2 import (2 verifies): %10.0f /s  ratio %.2f of version 1 (officer checked on the roster)\n",
              import2_rate, import2_rate / import1_rate);

  // 3. Blob sealing against sha256sum on the same file.
  const auto file = dir.path() / "video.bin";
  {
    std::ofstream out(file, std::ios::binary);
    const Bytes chunk = random_bytes(1 << 20);
    for (std::size_t i = 0; i < blob_mb; ++i) out.write(reinterpret_cast<const char*>(chunk.data()), 1 << 20);
  }
  const std::string cmd = "sha256sum " + file.string() + " > /dev/null";
  t0 = Clock::now();
  if (std::system(cmd.c_str()) != 0) return 1;
  const double sum_rate = static_cast<double>(blob_mb) / seconds_since(t0);
  BlobStore blobs(dir.path() / "blobs");
  t0 = Clock::now();
  blobs.put_file(file);
  const double seal_rate = static_cast<double>(blob_mb) / seconds_since(t0);
  std::printf("sha256sum:              %10.0f MB/s (baseline, %zu MB file)\n", sum_rate, blob_mb);
  std::printf("blob sealing:           %10.0f MB/s ratio %.2f of sha256sum (hash + copy + fsync + rename)\n", seal_rate,
              seal_rate / sum_rate);

  // 4. At rest: the same work on an encrypted store and in clear, in this run.
  const auto cipher = std::make_shared<XChaChaRecordCipher>(SecretBytes::random(32));
  auto append_run = [&](const std::string& name, std::shared_ptr<const RecordCipher> c) {
    EventStore s(dir.path() / name, "CF138", std::move(c));
    const auto start = Clock::now();
    for (int i = 0; i < appends; ++i) s.append(key, "OF001", "evidence.added", sample_body(i));
    return appends / seconds_since(start);
  };
  const double plain_append = append_run("plain-append.db", {});
  const double sealed_append = append_run("sealed-append.db", cipher);
  auto import_run = [&](const std::string& name, std::shared_ptr<const RecordCipher> c, double* read_rate,
                        double* verify_rate) {
    EventStore s(dir.path() / name, "CF138", std::move(c));
    s.trust_device(key.public_hex());
    for (std::size_t i = 0; i < chain.size(); i += 500)
      (void)s.import_batch(std::span(chain).subspan(i, std::min<std::size_t>(500, chain.size() - i)));
    auto start = Clock::now();
    const auto all = s.all_in_fold_order();
    *read_rate = static_cast<double>(all.size()) / seconds_since(start);
    start = Clock::now();
    if (!s.verify_chain(key.public_hex()).ok) std::exit(1);
    *verify_rate = static_cast<double>(all.size()) / seconds_since(start);
  };
  double plain_read = 0, plain_verify = 0, sealed_read = 0, sealed_verify = 0;
  import_run("plain-read.db", {}, &plain_read, &plain_verify);
  import_run("sealed-read.db", cipher, &sealed_read, &sealed_verify);
  std::printf("at rest: appends        %10.0f /s  ratio %.2f of in clear (%.0f /s)\n", sealed_append,
              sealed_append / plain_append, plain_append);
  std::printf("at rest: read all       %10.0f /s  ratio %.2f of in clear (%.0f /s)\n", sealed_read,
              sealed_read / plain_read, plain_read);
  std::printf("at rest: verify_chain   %10.0f /s  ratio %.2f of in clear (%.0f /s)\n", sealed_verify,
              sealed_verify / plain_verify, plain_verify);
  // In clear again, right before, so that both puts find the file equally cached.
  BlobStore plain_again(dir.path() / "plain-blobs");
  t0 = Clock::now();
  (void)plain_again.put_file(file);
  const double plain_put = static_cast<double>(blob_mb) / seconds_since(t0);
  BlobStore sealed_blobs(dir.path() / "sealed-blobs", std::make_shared<SecretBytes>(SecretBytes::random(32)));
  t0 = Clock::now();
  const std::string hash = sealed_blobs.put_file(file).hash;
  const double sealed_put = static_cast<double>(blob_mb) / seconds_since(t0);
  // And after: the durable write (fsync of the whole file) varies with what the disk does
  // meanwhile, so the baseline is the mean of the runs before and after.
  BlobStore plain_after(dir.path() / "plain-blobs-after");
  t0 = Clock::now();
  (void)plain_after.put_file(file);
  const double plain_put_after = static_cast<double>(blob_mb) / seconds_since(t0);
  auto read_rate = [&](const BlobStore& b) {
    const auto start = Clock::now();
    if (!b.verify(hash)) std::exit(1);
    return static_cast<double>(blob_mb) / seconds_since(start);
  };
  const double plain_blob_read = read_rate(blobs), sealed_blob_read = read_rate(sealed_blobs);
  std::printf("at rest: blob put       %10.0f MB/s ratio %.2f of in clear (%.0f MB/s)\n", sealed_put,
              2 * sealed_put / (plain_put + plain_put_after), (plain_put + plain_put_after) / 2);
  std::printf("at rest: blob read      %10.0f MB/s ratio %.2f of in clear (%.0f MB/s, decrypt + hash)\n",
              sealed_blob_read, sealed_blob_read / plain_blob_read, plain_blob_read);
  return 0;
}

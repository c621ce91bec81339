// The real fairguard-verify binary on real zips: exit status and the named first failure.
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>

#include "bundle/bundle_format.h"
#include "bundle/published_keys.h"
#include "bundle/zip_bundle.h"
#include "bundle_fixture.h"
#include "support/read_file.h"
#include "tlog/cosignature.h"
#include "support/run_command.h"

using namespace fg;

namespace {

std::string verify_command(const BundleFixture& f, const std::filesystem::path& zip) {
  return std::string(FAIRGUARD_VERIFY) + " '" + zip.string() + "' --bureau-key " + f.bureau.public_hex() +
         " --log-key " + f.log_key.public_hex();
}

}  // namespace

TEST_CASE("fairguard-verify exits 0 on an untouched bundle and prints what it checked", "[bundle]") {
  BundleFixture f;
  const auto zip = f.write_zip("case.zip");
  std::string out;
  CHECK(test::run_command_with_stderr(verify_command(f, zip), &out) == 0);
  INFO(out);
  CHECK(out.find("VALID: every signature") != std::string::npos);
  CHECK(out.find("bureau key " + f.bureau.public_hex() + " matches --bureau-key") != std::string::npos);
  CHECK(out.find("8 inclusion proofs") != std::string::npos);
  CHECK(out.find("NOT VALID") == std::string::npos);
}

TEST_CASE("fairguard-verify exits 1 and names the first failure of altered bundles", "[bundle]") {
  BundleFixture f;
  const std::string dev = f.station1.public_hex();
  struct Case {
    const char* what;
    std::function<void(MemoryBundle&)> alter;
    const char* expect;
  };
  const std::string blob = f.event(f.station1, 3).event.blobs.at(0);
  const std::vector<Case> cases{
      {"missing blob", [&](MemoryBundle& b) { b.files().erase(bundle::blob_path(blob)); },
       "is missing from the bundle"},
      {"swapped events",
       [&](MemoryBundle& b) {
         std::swap(b.files()[bundle::event_path(dev, 3)], b.files()[bundle::event_path(dev, 4)]);
         std::swap(b.files()[bundle::event_sig_path(dev, 3)], b.files()[bundle::event_sig_path(dev, 4)]);
       },
       "swapped or renamed"},
      {"forged tree head",
       [&](MemoryBundle& b) {
         const auto forged = sign_tree_head(f.input.tree_head.head, KeyPair::from_seed(Bytes(32, 0x66)));
         b.files()[std::string(bundle::kTreeHeadSig)] = std::string(forged.sig.begin(), forged.sig.end());
       },
       "not signed by the log key"},
      {"one byte of the summary", [&](MemoryBundle& b) { b.files()[std::string(bundle::kSummary)][40] ^= 1; },
       "summary.txt differs from the manifest"},
      {"one byte of a photo", [&](MemoryBundle& b) { b.files()[bundle::blob_path(blob)][1000] ^= 4; },
       "does not match its name"},
      {"one byte of an event", [&](MemoryBundle& b) { b.files()[bundle::event_path(dev, 2)][30] ^= 2; }, "events/"},
  };
  for (const auto& c : cases) {
    MemoryBundle b = f.memory();
    c.alter(b);
    const auto zip = f.dir / "altered.zip";
    write_memory_zip(b, zip);
    std::string out;
    const int rc = test::run_command_with_stderr(verify_command(f, zip), &out);
    INFO(c.what << "\n" << out);
    CHECK(rc == 1);
    CHECK(out.find("FAIL  ") != std::string::npos);
    CHECK(out.find(c.expect) != std::string::npos);
    CHECK(out.find("NOT VALID") != std::string::npos);
  }
}

TEST_CASE("fairguard-verify refuses a non-zip, a wrong published key and a bad key argument", "[bundle]") {
  BundleFixture f;
  const auto zip = f.write_zip("case.zip");
  std::string out;
  const auto not_zip = f.dir / "not.zip";
  std::ofstream(not_zip) << "plain text";
  CHECK(test::run_command_with_stderr(std::string(FAIRGUARD_VERIFY) + " '" + not_zip.string() + "'", &out) == 1);
  CHECK(out.find("NOT VALID (unreadable)") != std::string::npos);

  const std::string other = KeyPair::from_seed(Bytes(32, 0x67)).public_hex();
  CHECK(test::run_command_with_stderr(std::string(FAIRGUARD_VERIFY) + " '" + zip.string() + "' --bureau-key " + other,
                                      &out) == 1);
  CHECK(out.find("is not the one given with --bureau-key") != std::string::npos);

  CHECK(test::run_command_with_stderr(std::string(FAIRGUARD_VERIFY) + " '" + zip.string() + "' --bureau-key XYZ",
                                      &out) == 2);
  CHECK(test::run_command_with_stderr(std::string(FAIRGUARD_VERIFY), &out) == 2);
}

TEST_CASE("fairguard-verify without published keys says UNVERIFIED and exits 3, not VALID", "[bundle]") {
  BundleFixture f;
  const auto zip = f.write_zip("case.zip");
  const std::string verify = std::string(FAIRGUARD_VERIFY) + " '" + zip.string() + "'";
  std::string out;
  CHECK(test::run_command_with_stderr(verify, &out) == 3);
  INFO(out);
  CHECK_THAT(out, Catch::Contains("UNVERIFIED: every hash, chain and signature holds against the keys the bundle") &&
                      Catch::Contains("its bureau and log keys are the bureau's") &&
                      Catch::Contains("taken from the bundle") && !Catch::Contains("VALID: every signature"));

  // One key given, the other taken from the bundle: still unverified, and it says which.
  CHECK(test::run_command_with_stderr(verify + " --bureau-key " + f.bureau.public_hex(), &out) == 3);
  CHECK_THAT(out, Catch::Contains("nothing shows that its log key is the bureau's"));

  // A bundle whose tree head is signed by a key nobody published holds against the keys it
  // carries: without published keys it is unverified (3); with them it is refused (1).
  const KeyPair impostor = KeyPair::from_seed(Bytes(32, 0x99));
  BundleInput in = f.input;
  in.log_key = impostor.public_key();
  in.tree_head = sign_tree_head(in.tree_head.head, impostor);
  const auto forged_zip = f.dir / "forged.zip";
  write_bundle(forged_zip, in, *f.blobs, f.bureau);
  CHECK(test::run_command_with_stderr(std::string(FAIRGUARD_VERIFY) + " '" + forged_zip.string() + "'", &out) == 3);
  CHECK(test::run_command_with_stderr(verify_command(f, forged_zip), &out) == 1);
  CHECK_THAT(out, Catch::Contains("is not the one given with --log-key") &&
                      Catch::Contains("NOT VALID (key not the published one)"));
}

TEST_CASE("fairguard-verify --keys: the bureau's published keys file pins both keys and the fair", "[bundle]") {
  BundleFixture f;
  const auto zip = f.write_zip("case.zip");
  const PublishedKeys published{"CF138", f.bureau.public_key(), f.log_key.public_key(), {}};
  const auto keys = f.dir / "CF138.keys";
  std::ofstream(keys) << published_keys_text(published);
  const std::string verify = std::string(FAIRGUARD_VERIFY) + " '" + zip.string() + "' --keys ";
  std::string out;
  CHECK(test::run_command_with_stderr(verify + "'" + keys.string() + "'", &out) == 0);
  INFO(out);
  CHECK_THAT(out, Catch::Contains("bureau key " + f.bureau.public_hex() + " matches") &&
                      Catch::EndsWith("VALID: every signature, chain, file hash and proof holds.\n"));

  // The keys of another fair (same bureau): refused, naming both fairs.
  PublishedKeys other = published;
  other.fair = "CF139";
  std::ofstream(f.dir / "CF139.keys") << published_keys_text(other);
  CHECK(test::run_command_with_stderr(verify + "'" + (f.dir / "CF139.keys").string() + "'", &out) == 1);
  CHECK_THAT(out, Catch::Contains("the bundle is of fair CF138, but the keys file given is for fair CF139"));

  // Another log key: refused at the key.
  PublishedKeys wrong_log = published;
  wrong_log.log = KeyPair::from_seed(Bytes(32, 0x68)).public_key();
  std::ofstream(f.dir / "wrong.keys") << published_keys_text(wrong_log);
  CHECK(test::run_command_with_stderr(verify + "'" + (f.dir / "wrong.keys").string() + "'", &out) == 1);
  CHECK_THAT(out, Catch::Contains("the bundle's log key") && Catch::Contains("is not the one given with --log-key"));

  // The witness lines of the keys file count like --witness-key: who vouched is reported.
  {
    const KeyPair witness = KeyPair::from_seed(Bytes(32, 0x79));
    const std::uint64_t size = f.input.tree_head.head.size - 1;
    WitnessedHead w;
    w.head = sign_tree_head(TreeHead{size, f.log->root(size), f.input.tree_head.head.time - 60'000}, f.log_key);
    w.cosignatures.push_back(cosign_tree_head(f.log_key.public_key(), w.head.head, witness, 1764057600000));
    w.consistency = f.log->consistency_proof(size, f.input.tree_head.head.size);
    BundleInput in = f.input;
    in.witnessed = {w};
    write_bundle(f.dir / "witnessed.zip", in, *f.blobs, f.bureau);
    PublishedKeys with_witness = published;
    with_witness.witnesses = {{"notary-gz", witness.public_key()}};
    std::ofstream(f.dir / "witnessed.keys") << published_keys_text(with_witness);
    CHECK(test::run_command_with_stderr(std::string(FAIRGUARD_VERIFY) + " '" + (f.dir / "witnessed.zip").string() +
                                            "' --keys '" + (f.dir / "witnessed.keys").string() + "'",
                                        &out) == 0);
    CHECK_THAT(out, Catch::Contains("vouched for the log up to tree size " + std::to_string(size)));
  }

  // Not a keys file, a missing file, and --keys with --bureau-key: usage errors (2), named.
  std::ofstream(f.dir / "bad.keys") << "fair CF138\nbureau " << f.bureau.public_hex() << "\n";
  CHECK(test::run_command_with_stderr(verify + "'" + (f.dir / "bad.keys").string() + "'", &out) == 2);
  CHECK_THAT(out, Catch::Contains("is not a FairGuard keys file: a keys file needs a fair, a bureau and a log line"));
  CHECK(test::run_command_with_stderr(verify + "'" + (f.dir / "none.keys").string() + "'", &out) == 2);
  CHECK_THAT(out, Catch::Contains("--keys: cannot read"));
  CHECK(test::run_command_with_stderr(verify + "'" + keys.string() + "' --bureau-key " + f.bureau.public_hex(), &out) ==
        2);
}

TEST_CASE("fairguard-verify answers NOT VALID, never a crash, on deeply nested JSON (issue 11, finding 2)",
          "[bundle]") {
  BundleFixture f;
  auto nested = [](std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); };
  std::string out;

  // Tiny zips (a few hundred bytes to 2 KB) holding nothing but such a manifest. The verifier
  // before the fix survived 60,000 levels here and died of SIGSEGV (exit 139) at 200,000.
  for (const std::size_t depth : {std::size_t{60'000}, std::size_t{200'000}, std::size_t{1'000'000}}) {
    INFO(depth);
    MemoryBundle tiny;
    tiny.files()[std::string(bundle::kManifest)] = nested(depth);
    write_memory_zip(tiny, f.dir / "tiny.zip");
    CHECK(std::filesystem::file_size(f.dir / "tiny.zip") < 3000);
    CHECK(test::run_command_with_stderr(verify_command(f, f.dir / "tiny.zip"), &out) == 1);  // not 139: no signal
    INFO(out);
    CHECK_THAT(out, Catch::Contains("manifest.json is not canonical JSON") &&
                        Catch::Contains("JSON nests deeper than 32 levels") && Catch::Contains("NOT VALID (manifest)"));
  }

  // An otherwise valid bundle with one event file replaced by it (400,000 levels: 800 KB,
  // under the event size bound, so it is the depth that is refused).
  MemoryBundle altered = f.memory();
  const std::string event = bundle::event_path(f.station1.public_hex(), 2);
  REQUIRE(altered.files().count(event));
  altered.files()[event] = nested(400'000);
  write_memory_zip(altered, f.dir / "nested-event.zip");
  CHECK(test::run_command_with_stderr(verify_command(f, f.dir / "nested-event.zip"), &out) == 1);
  CHECK_THAT(out, Catch::Contains(event.substr(0, event.size() - 5) + ".json is not a well-formed event") &&
                      Catch::Contains("JSON nests deeper than 32 levels") &&
                      Catch::Contains("NOT VALID (malformed event)"));
}

TEST_CASE("fairguard-verify answers NOT VALID on absurd entry counts and zip bombs", "[bundle]") {
  BundleFixture f;
  std::string out;
  // More entries than a bundle may hold (kMaxZipEntries), each a few bytes.
  {
    std::vector<ZipEntry> many;
    for (std::uint64_t i = 0; i <= kMaxZipEntries; ++i) many.push_back({"e/" + std::to_string(i), "", {}, false});
    write_zip(f.dir / "many.zip", many, 1764057660);
  }
  CHECK(test::run_command_with_stderr(verify_command(f, f.dir / "many.zip"), &out) == 1);
  CHECK_THAT(out, Catch::Contains("zip holds 100001 entries, more than the 100000 a bundle may have") &&
                      Catch::Contains("NOT VALID (unreadable)"));

  // Seventeen entries whose headers each declare 4 GiB - 2 bytes: 68 GiB in all, over the
  // 64 GiB bound, refused before a byte is unpacked.
  std::vector<ZipEntry> big;
  for (int i = 0; i < 17; ++i) big.push_back({"b/" + std::to_string(i) + "/x", "x", {}, true});
  write_zip(f.dir / "big.zip", big, 1764057660);
  std::string bytes = test::read_file(f.dir / "big.zip");
  auto patch_size = [&](std::size_t at) { bytes.replace(at, 4, std::string("\xfe\xff\xff\xff", 4)); };
  for (std::size_t at = bytes.find("PK\x03\x04"); at != std::string::npos; at = bytes.find("PK\x03\x04", at + 4))
    patch_size(at + 22);  // local header: uncompressed size
  for (std::size_t at = bytes.find("PK\x01\x02"); at != std::string::npos; at = bytes.find("PK\x01\x02", at + 4))
    patch_size(at + 24);  // central directory: uncompressed size
  std::ofstream(f.dir / "big.zip", std::ios::binary | std::ios::trunc) << bytes;
  CHECK(test::run_command_with_stderr(verify_command(f, f.dir / "big.zip"), &out) == 1);
  CHECK_THAT(out,
             Catch::Contains("bytes in all, more than a bundle may hold") && Catch::Contains("NOT VALID (unreadable)"));
}

TEST_CASE("fairguard-verify refuses a zip whose entry names climb out", "[bundle]") {
  BundleFixture f;
  MemoryBundle b = f.memory();
  b.files()["../../etc/cron.d/evil"] = "x";
  write_memory_zip(b, f.dir / "climb.zip");
  std::string out;
  CHECK(test::run_command_with_stderr(verify_command(f, f.dir / "climb.zip"), &out) == 1);
  CHECK_THAT(out, Catch::Contains("is not a safe relative path") && Catch::Contains("NOT VALID (unreadable)"));
}

TEST_CASE("A bundle unpacked and zipped again with the zip command still verifies", "[bundle]") {
  BundleFixture f;
  const auto zip = f.write_zip("case.zip");
  const auto folder = f.dir / "unpacked";
  std::string out;
  REQUIRE(test::run_command_with_stderr("unzip -q '" + zip.string() + "' -d '" + folder.string() + "'", &out) == 0);
  // zip -r adds folder entries (events/, blobs/...) and deflates everything: same files.
  REQUIRE(test::run_command_with_stderr("cd '" + folder.string() + "' && zip -q -r ../rezipped.zip .", &out) == 0);
  CHECK(test::run_command_with_stderr(verify_command(f, f.dir / "rezipped.zip"), &out) == 0);
  INFO(out);
  CHECK(out.find("VALID: every signature") != std::string::npos);
}

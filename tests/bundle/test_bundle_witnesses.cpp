// witnesses.json in a bundle (docs/witness.md): a witness's cosignature on an earlier head of
// the log, with the consistency proof to the bundle's head. The verifier reports who vouched
// and up to which size, and refuses a forged cosignature and a head the log does not extend,
// each with its own fault, even when the bureau re-signs the manifest.
#include <catch2/catch.hpp>

#include "bundle/bundle_format.h"
#include "bundle/bundle_verify.h"
#include "bundle_fixture.h"

using namespace fg;

namespace {

const KeyPair kWitness = KeyPair::from_seed(Bytes(32, 0x77));

WitnessedHead witnessed(const BundleFixture& f, std::uint64_t size, const Digest& root) {
  return witnessed_head(f, size, root, kWitness);
}

MemoryBundle with_witnesses(BundleFixture& f, std::vector<WitnessedHead> heads) {
  f.input.witnessed = std::move(heads);
  return memory_bundle(bundle_entries(f.input, *f.blobs, f.bureau));
}

BundleVerdict check(const MemoryBundle& b, const BundleFixture& f, std::vector<PublicKey> witnesses) {
  BundleVerifyOptions o{f.bureau.public_key(), f.log_key.public_key(), "CF138", std::move(witnesses)};
  return verify_bundle(b, o);
}

}  // namespace

TEST_CASE("a bundle with a witness's cosignature: who vouched and up to which size", "[bundle]") {
  BundleFixture f;
  const std::uint64_t size = f.input.tree_head.head.size - 2;
  const MemoryBundle b = with_witnesses(f, {witnessed(f, size, f.log->root(size))});
  REQUIRE(b.contains(std::string(bundle::kWitnesses)));

  const BundleVerdict v = check(b, f, {kWitness.public_key()});
  INFO(v.text());
  REQUIRE(v.ok());
  CHECK_THAT(v.text(), Catch::Contains("vouched for the log up to tree size " + std::to_string(size)));
  // Without its key given, the cosignature holds but does not count.
  const BundleVerdict unknown = check(b, f, {});
  CHECK(unknown.ok());
  CHECK_THAT(unknown.text(), Catch::Contains("not counted"));
  // A witness given but absent is said, not invented.
  const BundleVerdict other = check(b, f, {KeyPair::from_seed(Bytes(32, 0x78)).public_key()});
  CHECK(other.ok());
  CHECK_THAT(other.text(), Catch::Contains("no cosignature in this bundle"));
}

TEST_CASE("a forged witness cosignature is refused, even in a re-signed bundle", "[bundle]") {
  BundleFixture f;
  const std::uint64_t size = f.input.tree_head.head.size - 1;
  WitnessedHead w = witnessed(f, size, f.log->root(size));
  w.cosignatures[0].sig[7] ^= 1;  // or made with another key under the witness's name
  MemoryBundle b = with_witnesses(f, {w});
  resign_manifest(b, f.bureau);
  const BundleVerdict v = check(b, f, {kWitness.public_key()});
  CHECK(v.fault == BundleFault::WitnessCosignature);
  CHECK_THAT(v.failure, Catch::Contains("does not verify: forged or altered"));
}

TEST_CASE("a bundle whose log does not extend the head its witness cosigned is refused", "[bundle]") {
  BundleFixture f;
  // The witness saw another history at this size (the bureau rewrote the log afterwards): the
  // head is signed by the log key and validly cosigned, but the bundle's head does not extend it.
  const std::uint64_t size = f.input.tree_head.head.size - 1;
  Digest other_root = f.log->root(size);
  other_root[0] ^= 0xff;
  const MemoryBundle b = with_witnesses(f, {witnessed(f, size, other_root)});
  const BundleVerdict v = check(b, f, {kWitness.public_key()});
  CHECK(v.fault == BundleFault::WitnessInconsistent);
  CHECK_THAT(v.failure, Catch::Contains("the log was rewritten after they saw it"));
  CHECK(std::string(describe(v.fault)) == "log rewritten after witnesses saw it");
}

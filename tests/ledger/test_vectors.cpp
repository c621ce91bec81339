// The published test vectors, checked with our code and with tools that are not ours
// (coreutils sha256sum, OpenSSL's Ed25519), so the spec stands on its own.
#include <catch2/catch.hpp>

#include <fstream>

#include "ledger/event.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

using namespace fg;
using fg::test::run_command;
using fg::test::TempDir;

namespace {
Json load_vectors(const char* file = "event-v1.json") {
  std::ifstream in(std::string(FAIRGUARD_TEST_VECTORS) + "/" + file);
  REQUIRE(in);
  return Json::parse(in);
}

void write_file(const std::filesystem::path& p, ByteView bytes) {
  std::ofstream(p, std::ios::binary)
      .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

// RFC 8410 SubjectPublicKeyInfo for an Ed25519 key, PEM-wrapped, for openssl.
std::string public_key_pem(const std::string& key_hex, const std::filesystem::path& dir,
                           const std::string& name = "pub") {
  const Bytes der = *from_hex("302a300506032b6570032100" + key_hex);
  write_file(dir / (name + ".der"), der);
  return "openssl pkey -pubin -inform DER -in " + (dir / (name + ".der")).string() + " -out " +
         (dir / (name + ".pem")).string();
}

// openssl's verdict on `sig_hex` over `event.json` in `dir` with key file `pem`.
int openssl_verify(const std::filesystem::path& dir, const std::string& pem, const std::string& sig_hex,
                   std::string* out) {
  write_file(dir / "event.sig", *from_hex(sig_hex));
  return run_command("openssl pkeyutl -verify -pubin -inkey " + (dir / pem).string() + " -rawin -in " +
                         (dir / "event.json").string() + " -sigfile " + (dir / "event.sig").string() + " 2>&1",
                     out);
}
}  // namespace

TEST_CASE("our encoder reproduces every vector byte for byte", "[ledger][vectors]") {
  const Json v = load_vectors();
  const auto key = public_key_from_hex(v["publicKey"].get<std::string>());
  REQUIRE(key);
  REQUIRE(v["vectors"].size() >= 3);
  for (const auto& vec : v["vectors"]) {
    INFO(vec["name"].get<std::string>());
    const Bytes bytes = *from_hex(vec["canonicalHex"].get<std::string>());
    const std::string text(bytes.begin(), bytes.end());
    CHECK(canonical_dump(vec["event"]) == text);
    auto s = assemble_signed(text, vec["signature"].get<std::string>());
    REQUIRE(s);
    CHECK(s->hash_hex() == vec["sha256"].get<std::string>());
    CHECK(s->signature_valid());
    CHECK(s->event.device == v["publicKey"].get<std::string>());
  }
}

TEST_CASE("vectors verify with sha256sum and openssl pkeyutl", "[ledger][vectors]") {
  REQUIRE(run_command("command -v sha256sum >/dev/null && command -v openssl >/dev/null") == 0);
  const Json v = load_vectors();
  TempDir dir;
  REQUIRE(run_command(public_key_pem(v["publicKey"].get<std::string>(), dir.path())) == 0);
  for (const auto& vec : v["vectors"]) {
    INFO(vec["name"].get<std::string>());
    write_file(dir / "event.json", *from_hex(vec["canonicalHex"].get<std::string>()));
    write_file(dir / "event.sig", *from_hex(vec["signature"].get<std::string>()));
    std::string out;
    REQUIRE(run_command("sha256sum " + (dir / "event.json").string(), &out) == 0);
    CHECK(out.substr(0, 64) == vec["sha256"].get<std::string>());
    const std::string verify = "openssl pkeyutl -verify -pubin -inkey " + (dir / "pub.pem").string() + " -rawin -in " +
                               (dir / "event.json").string() + " -sigfile " + (dir / "event.sig").string() + " 2>&1";
    CHECK(run_command(verify, &out) == 0);
    CHECK_THAT(out, Catch::Contains("Signature Verified Successfully"));
    // The same check must fail on a changed byte, or it proves nothing.
    std::string text = out;
    auto bytes = *from_hex(vec["canonicalHex"].get<std::string>());
    bytes[bytes.size() / 2] ^= 1;
    write_file(dir / "event.json", bytes);
    CHECK(run_command(verify, &out) != 0);
  }
}

TEST_CASE("version-2 vectors: our code reproduces them and checks both signatures", "[ledger][vectors]") {
  const Json v = load_vectors("event-v2.json");
  const auto key = public_key_from_hex(v["publicKey"].get<std::string>());
  const auto officer_key = public_key_from_hex(v["officer"]["signPublicKey"].get<std::string>());
  REQUIRE(key);
  REQUIRE(officer_key);
  REQUIRE(v["vectors"].size() >= 3);
  std::string prev = kZeroHash;
  for (const auto& vec : v["vectors"]) {
    INFO(vec["name"].get<std::string>());
    const Bytes bytes = *from_hex(vec["canonicalHex"].get<std::string>());
    const std::string text(bytes.begin(), bytes.end());
    CHECK(canonical_dump(vec["event"]) == text);
    auto s =
        assemble_signed(text, vec["signature"].get<std::string>(), nullptr, vec["officerSignature"].get<std::string>());
    REQUIRE(s);
    CHECK(s->event.v == 2);
    CHECK(s->event.config == v["config"].get<std::string>());
    CHECK(s->event.prev == prev);
    CHECK(s->hash_hex() == vec["sha256"].get<std::string>());
    CHECK(s->signature_valid());
    CHECK(s->officer_signature_valid(*officer_key));
    CHECK_FALSE(s->officer_signature_valid(*key));  // the device key is not the officer's
    // Without its officer signature a version-2 event does not even assemble.
    std::string why;
    CHECK_FALSE(assemble_signed(text, vec["signature"].get<std::string>(), &why));
    CHECK_THAT(why, Catch::Contains("officer_sig"));
    prev = s->hash_hex();
  }
}

TEST_CASE("version-2 vectors verify with sha256sum and openssl pkeyutl, both signatures", "[ledger][vectors]") {
  REQUIRE(run_command("command -v sha256sum >/dev/null && command -v openssl >/dev/null") == 0);
  const Json v = load_vectors("event-v2.json");
  TempDir dir;
  REQUIRE(run_command(public_key_pem(v["publicKey"].get<std::string>(), dir.path(), "device")) == 0);
  REQUIRE(run_command(public_key_pem(v["officer"]["signPublicKey"].get<std::string>(), dir.path(), "officer")) == 0);
  for (const auto& vec : v["vectors"]) {
    INFO(vec["name"].get<std::string>());
    auto bytes = *from_hex(vec["canonicalHex"].get<std::string>());
    write_file(dir / "event.json", bytes);
    std::string out;
    REQUIRE(run_command("sha256sum " + (dir / "event.json").string(), &out) == 0);
    CHECK(out.substr(0, 64) == vec["sha256"].get<std::string>());
    CHECK(openssl_verify(dir.path(), "device.pem", vec["signature"].get<std::string>(), &out) == 0);
    CHECK_THAT(out, Catch::Contains("Signature Verified Successfully"));
    CHECK(openssl_verify(dir.path(), "officer.pem", vec["officerSignature"].get<std::string>(), &out) == 0);
    CHECK_THAT(out, Catch::Contains("Signature Verified Successfully"));
    // Each signature is by its own key: swapped, neither verifies.
    CHECK(openssl_verify(dir.path(), "device.pem", vec["officerSignature"].get<std::string>(), &out) != 0);
    CHECK(openssl_verify(dir.path(), "officer.pem", vec["signature"].get<std::string>(), &out) != 0);
    // A changed byte fails the officer's signature too.
    bytes[bytes.size() / 2] ^= 1;
    write_file(dir / "event.json", bytes);
    CHECK(openssl_verify(dir.path(), "officer.pem", vec["officerSignature"].get<std::string>(), &out) != 0);
  }
}

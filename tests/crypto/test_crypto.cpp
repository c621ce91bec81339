#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <sstream>

#include "crypto/bytes.h"
#include "crypto/keys.h"
#include "crypto/password.h"
#include "crypto/secretstream.h"
#include "crypto/sha256.h"
#include "support/temp_dir.h"

using namespace fg;
using fg::test::TempDir;

TEST_CASE("hex round trip accepts only lowercase canonical hex", "[crypto]") {
  const Bytes b{0x00, 0x7f, 0xab, 0xff};
  CHECK(to_hex(b) == "007fabff");
  CHECK(from_hex("007fabff") == b);
  CHECK_FALSE(from_hex("007FABFF"));
  CHECK_FALSE(from_hex("abc"));
  CHECK_FALSE(from_hex("zz"));
}

TEST_CASE("SHA-256 matches the FIPS 180-2 examples, streamed or whole", "[crypto]") {
  CHECK(sha256_hex(as_bytes("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  Sha256 h;
  h.update(as_bytes("a"));
  h.update(as_bytes("bc"));
  CHECK(to_hex(h.finish()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex(as_bytes("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("Ed25519 signatures verify and any change is refused", "[crypto]") {
  const KeyPair kp = KeyPair::generate();
  const std::string msg = "complaint CF138-S01-0001";
  const Signature sig = kp.sign(as_bytes(msg));
  CHECK(verify_signature(kp.public_key(), as_bytes(msg), sig));
  std::string altered = msg;
  altered.back() = '2';
  CHECK_FALSE(verify_signature(kp.public_key(), as_bytes(altered), sig));
  Signature bad = sig;
  bad[10] ^= 1;
  CHECK_FALSE(verify_signature(kp.public_key(), as_bytes(msg), bad));
  CHECK_FALSE(verify_signature(KeyPair::generate().public_key(), as_bytes(msg), sig));
}

TEST_CASE("key files are mode 0600, reload to the same key and are never overwritten", "[crypto]") {
  TempDir dir;
  const KeyPair kp = KeyPair::generate();
  kp.save(dir / "device.key");
  struct stat st {};
  REQUIRE(stat((dir / "device.key").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  CHECK(KeyPair::load(dir / "device.key").public_key() == kp.public_key());
  CHECK_THROWS_WITH(KeyPair::generate().save(dir / "device.key"), Catch::Contains("cannot save key"));
  CHECK(KeyPair::load(dir / "device.key").public_key() == kp.public_key());
  std::filesystem::resize_file(dir / "device.key", 10);
  CHECK_THROWS_WITH(KeyPair::load(dir / "device.key"), Catch::Contains("not a 64-character hex"));
  CHECK_THROWS_WITH(KeyPair::load(dir / "missing.key"), Catch::Contains("cannot read key file"));
}

TEST_CASE("Argon2id verifiers accept the PIN and refuse any other", "[crypto]") {
  const std::string verifier = hash_password("482913", PasswordCost::Test);
  CHECK(verifier.rfind("$argon2id$", 0) == 0);
  CHECK(verify_password(verifier, "482913"));
  CHECK_FALSE(verify_password(verifier, "482914"));
  CHECK_FALSE(verify_password(verifier, ""));
  CHECK_FALSE(verify_password("not a verifier", "482913"));
  const Bytes salt(16, 7);
  CHECK(derive_key("482913", salt, PasswordCost::Test) == derive_key("482913", salt, PasswordCost::Test));
  CHECK(derive_key("482913", salt, PasswordCost::Test) != derive_key("482914", salt, PasswordCost::Test));
}

TEST_CASE("random_bytes gives exactly the bytes asked for, none included", "[crypto]") {
  // n = 0 once handed libsodium a null buffer: undefined behaviour that UBSan stops on.
  CHECK(random_bytes(0).empty());
  CHECK(random_bytes(1).size() == 1);
  CHECK(random_bytes(32) != random_bytes(32));
}

TEST_CASE("secretstream round trips any length and refuses altered or cut data", "[crypto]") {
  const Bytes key = random_data_key();
  for (std::size_t len : {0u, 1u, 65535u, 65536u, 65537u, 300000u}) {
    const Bytes plain = random_bytes(len);
    const Bytes sealed = encrypt_bytes(plain, key);
    CHECK(decrypt_bytes(sealed, key) == plain);
  }
  const Bytes plain = random_bytes(200000);
  const Bytes sealed = encrypt_bytes(plain, key);
  CHECK_THROWS_WITH(decrypt_bytes(sealed, random_data_key()), Catch::Contains("fails authentication"));
  for (std::size_t pos : {std::size_t{30}, sealed.size() / 2, sealed.size() - 1}) {
    Bytes altered = sealed;
    altered[pos] ^= 0x01;
    CHECK_THROWS(decrypt_bytes(altered, key));
  }
  // Cutting the stream at a chunk boundary must not pass as a shorter file.
  const Bytes cut(sealed.begin(), sealed.begin() + 24 + 65536 + 17);
  CHECK_THROWS_WITH(decrypt_bytes(cut, key), Catch::Contains("truncated"));
}

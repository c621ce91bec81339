// Officer box keys: a station seals its data key to an officer it has never seen, and only
// that officer's PIN opens it.
#include <catch2/catch.hpp>

#include <sodium.h>

#include <array>

#include "crypto/officer_box.h"
#include "crypto/secretstream.h"

using namespace fg;

TEST_CASE("a data key sealed to an officer's box key opens with that PIN only", "[crypto]") {
  const OfficerBoxPublic published = make_officer_box("2468", PasswordCost::Test);
  CHECK(published.salt.size() == 32);
  CHECK(published.public_key.size() == 64);
  const Bytes dk = random_data_key();
  const Bytes sealed = seal_to(published.public_key, dk);

  const OfficerBoxKey right = OfficerBoxKey::derive("2468", published);
  CHECK(right.matches(published));
  const auto opened = right.open(sealed);
  REQUIRE(opened);
  CHECK(Bytes(opened->view().begin(), opened->view().end()) == dk);

  const OfficerBoxKey wrong = OfficerBoxKey::derive("2469", published);
  CHECK_FALSE(wrong.matches(published));
  CHECK_FALSE(wrong.open(sealed));

  Bytes altered = sealed;
  altered[altered.size() / 2] ^= 0x01;
  CHECK_FALSE(right.open(altered));
}

TEST_CASE("the same PIN gives different box keys under different salts", "[crypto]") {
  const OfficerBoxPublic a = make_officer_box("2468", PasswordCost::Test);
  const OfficerBoxPublic b = make_officer_box("2468", PasswordCost::Test);
  CHECK(a.salt != b.salt);
  CHECK(a.public_key != b.public_key);
  CHECK_FALSE(OfficerBoxKey::derive("2468", a).open(seal_to(b.public_key, random_data_key())));
}

TEST_CASE("a roster's box key with an absurd cost or a malformed salt is refused", "[crypto]") {
  OfficerBoxPublic p = make_officer_box("2468", PasswordCost::Test);
  OfficerBoxPublic huge = p;
  huge.cost.mem = std::uint64_t{8} << 30;  // 8 GiB would take the tablet down
  CHECK_THROWS_WITH(OfficerBoxKey::derive("2468", huge), Catch::Contains("outside what a station accepts"));
  OfficerBoxPublic bad_salt = p;
  bad_salt.salt = "zz";
  CHECK_THROWS_WITH(OfficerBoxKey::derive("2468", bad_salt), Catch::Contains("salt"));
  CHECK_THROWS_AS(seal_to("abc", random_data_key()), std::invalid_argument);
  CHECK(kdf_cost_acceptable(kdf_cost(PasswordCost::Interactive)));
  CHECK(kdf_cost_acceptable(kdf_cost(PasswordCost::Moderate)));
}

TEST_CASE("the officer signing key is the FGofcsig subkey of the box key's Argon2id seed", "[crypto]") {
  // A fixed salt and PIN: the roster's sign_pk must come out the same on every machine.
  OfficerBoxPublic published;
  published.salt = "000102030405060708090a0b0c0d0e0f";
  published.cost = kdf_cost(PasswordCost::Test);
  published.public_key = std::string(64, '0');  // not checked by derive, only by matches()
  const OfficerBoxKey key = OfficerBoxKey::derive("2468", published);

  // The same steps, spelled out with libsodium's primitives (what a re-implementer does).
  const Bytes salt = *from_hex(published.salt);
  std::array<unsigned char, 32> seed{}, sign_seed{}, pk{};
  std::array<unsigned char, 64> sk{};
  REQUIRE(crypto_pwhash(seed.data(), seed.size(), "2468", 4, salt.data(), published.cost.ops,
                        static_cast<std::size_t>(published.cost.mem), crypto_pwhash_ALG_ARGON2ID13) == 0);
  crypto_kdf_derive_from_key(sign_seed.data(), sign_seed.size(), 1, "FGofcsig", seed.data());
  crypto_sign_seed_keypair(pk.data(), sk.data(), sign_seed.data());
  CHECK(key.signing_key().public_hex() == to_hex(ByteView(pk.data(), pk.size())));
  // The vector (docs/event-format.md, "Officer keys").
  CHECK(key.signing_key().public_hex() == "aca80aed55fc8217b646350c32b7e7a7ee85ed79f25952cd3c428ac6a4eb5dc6");
  // Not the box key's bytes: the two keys are domain-separated.
  std::array<unsigned char, 32> box_pk{}, box_sk{};
  crypto_box_seed_keypair(box_pk.data(), box_sk.data(), seed.data());
  CHECK(to_hex(ByteView(box_pk.data(), 32)) != key.signing_key().public_hex());
}

TEST_CASE("make_officer_keys publishes the signing key that the PIN re-derives", "[crypto]") {
  const OfficerKeysPublic keys = make_officer_keys("2468", PasswordCost::Test);
  REQUIRE(public_key_from_hex(keys.sign_pk));
  const OfficerBoxKey right = OfficerBoxKey::derive("2468", keys.box);
  CHECK(right.matches(keys.box));
  CHECK(right.signing_key().public_hex() == keys.sign_pk);
  const Bytes message = random_data_key();
  CHECK(verify_signature(*public_key_from_hex(keys.sign_pk), message, right.signing_key().sign(message)));
  // A wrong PIN derives another signing key: its signature does not verify.
  const OfficerBoxKey wrong = OfficerBoxKey::derive("2469", keys.box);
  CHECK(wrong.signing_key().public_hex() != keys.sign_pk);
  CHECK_FALSE(verify_signature(*public_key_from_hex(keys.sign_pk), message, wrong.signing_key().sign(message)));
}

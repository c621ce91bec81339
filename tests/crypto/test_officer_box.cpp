// Officer box keys: a station seals its data key to an officer it has never seen, and only
// that officer's PIN opens it.
#include <catch2/catch.hpp>

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

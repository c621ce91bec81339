// Issue 17's tamper matrix through the real fairguard-verify binary, with the published keys:
// each manipulation a bureau (or anyone holding its key) could make after the fact is refused,
// each with its own kind and message.
#include <catch2/catch.hpp>

#include <functional>
#include <set>

#include "bundle/bundle_format.h"
#include "bundle_fixture.h"
#include "support/run_command.h"

using namespace fg;

namespace {

struct Refusal {
  int rc = 0;
  std::string out;
};

Refusal verify(const BundleFixture& f, const MemoryBundle& b, const std::string& name) {
  const auto zip = f.dir / (name + ".zip");
  write_memory_zip(b, zip);
  Refusal r;
  r.rc = test::run_command_with_stderr(std::string(FAIRGUARD_VERIFY) + " '" + zip.string() + "' --bureau-key " +
                                           f.bureau.public_hex() + " --log-key " + f.log_key.public_hex(),
                                       &r.out);
  return r;
}

// The FAIL line: the message, without the report before it.
std::string fail_line(const std::string& out) {
  const auto at = out.find("FAIL  ");
  return at == std::string::npos ? "" : out.substr(at, out.find('\n', at) - at);
}

}  // namespace

TEST_CASE("fairguard-verify refuses each manipulation of issue 17 with its own message", "[bundle]") {
  BundleFixture f;
  const std::string s2 = f.station2.public_hex();
  const SignedEvent& v2_event = f.event(f.station2, 3);
  struct Case {
    const char* what;
    std::function<MemoryBundle()> make;
    const char* kind;    // NOT VALID (<kind>)
    const char* saying;  // part of the FAIL line
  };
  auto exported = [&](const BundleInput& in, const KeyPair& bureau) {
    return memory_bundle(bundle_entries(in, *f.blobs, bureau));
  };
  auto altered = [&](std::function<void(MemoryBundle&)> alter) {
    return [&f, alter] {
      MemoryBundle b = f.memory();
      alter(b);
      resign_manifest(b, f.bureau);  // by the bureau's own key: only the content can give it away
      return b;
    };
  };
  const std::vector<Case> cases{
      {"keys.json relabels S01 as S03, re-signed",
       [&] {
         BundleInput in = f.input;
         in.devices = {{"device", f.station1.public_hex(), "S03"}, {"device", s2, "S02"}};
         return exported(in, f.bureau);
       },
       "device relabelled", "as station S03, but configuration"},
      {"the case's last event (case.closed) dropped, re-signed",
       [&] {
         BundleInput in = f.input;
         const SignedEvent closed = f.event(f.station1, 7);
         std::erase_if(in.events, [&](const SignedEvent& e) { return e.hash == closed.hash; });
         in.proofs.erase(closed.hash_hex());
         return exported(in, f.bureau);
       },
       "case event missing", "station S01 #7 names case CF138-S01-0001"},
      {"the whole bundle re-signed with another bureau key",
       [&] { return exported(f.input, KeyPair::from_seed(Bytes(32, 0x77))); }, "key not the published one",
       "is not the one given with --bureau-key"},
      {"a version-2 event without its officer signature, re-signed",
       altered([&](MemoryBundle& b) { b.files().erase(bundle::event_officer_sig_path(s2, 3)); }), "officer signature",
       "without its officer signature"},
      {"a version-2 event signed by another officer, re-signed", altered([&](MemoryBundle& b) {
         const Signature other = f.of003_key.signing_key().sign(as_bytes(v2_event.bytes));
         b.files()[bundle::event_officer_sig_path(s2, 3)] = std::string(other.begin(), other.end());
       }),
       "officer signature", "does not verify with officer OF002's sign_pk"},
  };
  std::set<std::string> messages;
  int n = 0;
  for (const auto& c : cases) {
    const Refusal r = verify(f, c.make(), "matrix" + std::to_string(n++));
    INFO(c.what << "\n" << r.out);
    CHECK(r.rc == 1);
    CHECK_THAT(r.out, Catch::Contains(c.saying) && Catch::EndsWith("NOT VALID (" + std::string(c.kind) + ")\n"));
    CHECK(messages.insert(fail_line(r.out)).second);  // no two manipulations read alike
  }
}

// Seeds for fuzz_statements: a real witness-add (head, old size, consistency proof), a reply
// with a cosignature and one with a refusal, a bundle's witnesses.json and accepted_heads.json
// that check against the fixture's head, two linked lines of an access record, a reviews.json of two
// bureau-signed marks, and a keys file naming the witness.
#include "bundle/access_record.h"
#include "bundle/bundle_accepted_heads.h"
#include "bundle/bundle_reviews.h"
#include "bundle/bundle_witnesses.h"
#include "bundle/published_keys.h"
#include "fuzz_seeds.h"
#include "sync/witness_messages.h"
#include "witness_fixture.h"

namespace {

// Lines as the console's access log writes them (sync-server/console/access_log.cpp).
std::string access_lines(const fg::fuzz::WitnessFixture& f) {
  std::string out, prev(64, '0');  // the genesis of the chain (kAccessLogGenesis)
  for (std::int64_t seq = 1; seq <= 2; ++seq) {
    fg::Json line = {{"seq", seq},
                     {"at", 1790000000000 + seq},
                     {"user", "alice"},
                     {"role", "admin"},
                     {"address", "127.0.0.1"},
                     {"action", "case.view"},
                     {"case", f.kCase},
                     {"object", ""},
                     {"prev", prev}};
    const std::string bytes = fg::canonical_dump(line);
    line["hash"] = fg::sha256_hex(fg::as_bytes(bytes));
    line["sig"] = fg::to_hex(f.bureau.sign(fg::as_bytes(bytes)));
    prev = line["hash"].get<std::string>();
    out += fg::canonical_dump(line) + "\n";
  }
  return out;
}

// Two marks of the fixture's case as the console signs them (sync-server/console/review_store.cpp).
std::string reviews(const fg::fuzz::WitnessFixture& f) {
  std::vector<fg::ReviewStatement> marks = {
      {f.kFair, f.kCase, 1, "follow_up", "check the receipt", "rita", 1790000000000, {}},
      {f.kFair, f.kCase, 2, "reviewed", "", "alice", 1790000060000, {}}};
  for (auto& m : marks) fg::sign_review(m, f.bureau);
  return fg::reviews_file(marks);
}

}  // namespace

std::vector<std::string> fuzz_seeds() {
  const fg::fuzz::WitnessFixture f;
  fg::sync::AddHead add{f.log.public_key(), 3, f.witnessed_at_3.consistency, f.head};
  fg::sync::WitnessReply cosigned{f.witnessed_at_3.cosignatures.front(), "", "", 3};
  fg::sync::WitnessReply refused{std::nullopt, fg::sync::witness_err::kRewritten, "the log was rewritten", 3};
  const fg::WitnessedHead witnessed[] = {f.witnessed_at_3};
  const fg::PublishedKeys keys{"CF138", f.log.public_key(), f.log.public_key(), {{"notary", f.witness.public_key()}}};
  const fg::BundleAcceptedHead accepted[] = {
      {fg::sign_accepted_head(f.kFair, f.device, f.log.public_key(), f.witnessed_at_3.head, 1790000000000),
       f.witnessed_at_3.consistency}};
  return {fg::sync::make(add).payload,
          fg::sync::make(cosigned).payload,
          fg::sync::make(refused).payload,
          fg::witnesses_file(witnessed),
          fg::accepted_heads_file(accepted),
          access_lines(f),
          reviews(f),
          fg::published_keys_text(keys)};
}

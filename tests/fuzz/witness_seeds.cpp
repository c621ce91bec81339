// Seeds for fuzz_witness: a real witness-add (head, old size, consistency proof), a reply
// with a cosignature and one with a refusal, a bundle's witnesses.json that checks against
// the fixture's head, and a keys file naming the witness.
#include "bundle/bundle_witnesses.h"
#include "bundle/published_keys.h"
#include "fuzz_seeds.h"
#include "sync/witness_messages.h"
#include "witness_fixture.h"

std::vector<std::string> fuzz_seeds() {
  const fg::fuzz::WitnessFixture f;
  fg::sync::AddHead add{f.log.public_key(), 3, f.witnessed_at_3.consistency, f.head};
  fg::sync::WitnessReply cosigned{f.witnessed_at_3.cosignatures.front(), "", "", 3};
  fg::sync::WitnessReply refused{std::nullopt, fg::sync::witness_err::kRewritten, "the log was rewritten", 3};
  const fg::WitnessedHead witnessed[] = {f.witnessed_at_3};
  const fg::PublishedKeys keys{"CF138", f.log.public_key(), f.log.public_key(), {{"notary", f.witness.public_key()}}};
  return {fg::sync::make(add).payload, fg::sync::make(cosigned).payload, fg::sync::make(refused).payload,
          fg::witnesses_file(witnessed), fg::published_keys_text(keys)};
}

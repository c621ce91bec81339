// libFuzzer target: statements about the log that others write and a relay, a witness or a
// checker reads: the witness-add and witness-reply messages (the same bytes as either frame's
// payload), and a bundle's witnesses.json, accepted_heads.json and access-log.jsonl checked
// against a signed head, its reviews.json (the bureau's signed review marks), and the keys file the bureau publishes
// (`fairguard-verify --keys`). Every input must end as a verdict or a refusal, never a crash.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "bundle/access_record.h"
#include "bundle/bundle_accepted_heads.h"
#include "bundle/bundle_format.h"
#include "bundle/bundle_reviews.h"
#include "bundle/bundle_witnesses.h"
#include "bundle/published_keys.h"
#include "sync/messages.h"
#include "sync/witness_messages.h"
#include "witness_fixture.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  using fg::sync::MsgType;
  try {
    (void)fg::sync::parse_add_head({MsgType::WitnessAdd, bytes});
  } catch (const fg::sync::ProtocolError&) {
  }
  try {
    (void)fg::sync::parse_witness_reply({MsgType::WitnessReply, bytes});
  } catch (const fg::sync::ProtocolError&) {
  }
  std::string why;
  (void)fg::parse_published_keys(bytes, &why);
  static const fg::fuzz::WitnessFixture fixture;
  const fg::MemoryBundle bundle(std::map<std::string, std::string>{{std::string(fg::bundle::kWitnesses), bytes},
                                                                   {std::string(fg::bundle::kAcceptedHeads), bytes},
                                                                   {std::string(fg::bundle::kReviews), bytes}});
  (void)fg::check_bundle_witnesses(bundle, fixture.head, fixture.log.public_key(), fixture.witness_keys());
  (void)fg::check_bundle_accepted_heads(bundle, fixture.head, fixture.log.public_key(), fixture.kFair,
                                        [](const std::string&) { return std::optional<std::string>("station S01"); });
  (void)fg::check_access_record(bytes, fixture.bureau.public_key(), fixture.kCase);
  (void)fg::check_bundle_reviews(bundle, fixture.bureau.public_key(), fixture.kFair, fixture.kCase);
  return 0;
}

// libFuzzer target: the bureau-signed fair configuration (fairconfig/fair_config.h) and the
// enrolment payload a station scans (fairconfig/enrolment_payload.h). The signature check
// stops almost every mutation before the content is read, so the content reader is fuzzed on
// its own too. Invariants: a configuration read back from its own JSON is the same; an
// enrolment payload written out parses to the same payload.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "fairconfig/enrolment_payload.h"
#include "fairconfig/fair_config.h"

namespace {
const fg::KeyPair& bureau() {
  static const fg::KeyPair key = fg::KeyPair::from_seed(fg::Bytes(32, 0xb0));
  return key;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)fg::verify_fair_config(text, bureau().public_key());
  if (auto envelope = fg::parse_canonical(text, nullptr, fg::kFairConfigJsonLimits);
      envelope && envelope->is_object() && envelope->contains("config")) {
    try {
      const fg::FairConfig c = fg::FairConfig::from_json((*envelope)["config"]);
      if (!(fg::FairConfig::from_json(c.to_json()) == c)) std::abort();
    } catch (const std::invalid_argument&) {
    }
  }
  const fg::ParsedEnrolment enrolment = fg::parse_enrolment_payload(text);
  if (enrolment && !(fg::parse_enrolment_payload(enrolment.payload->to_text()).payload == enrolment.payload))
    std::abort();
  return 0;
}

#include "fairconfig/event_signers.h"

#include "fairconfig/fair_time.h"

namespace fg {

std::optional<std::string> officer_signature_refusal(const SignedEvent& e, const FairConfig& config) {
  const Event& ev = e.event;
  if (ev.v != kEventVersionOfficerSigned)
    return "a version-" + std::to_string(ev.v) + " event has no officer signature";
  if (!e.officer_sig) return "the officer signature (officer_sig) is missing";
  const std::string named = "configuration " + ev.config.substr(0, 16);
  if (config.fair.id != ev.fair) return named + " is for fair " + config.fair.id + ", not " + ev.fair;
  const DeviceEntry* device = config.find_device(ev.device);
  if (!device) return "device " + ev.device.substr(0, 16) + " is not enrolled in " + named;
  if (device->revoked && !(device->revoked_after_seq && ev.seq <= *device->revoked_after_seq))
    return "device " + device->code + " is revoked in " + named;
  const Officer* officer = config.find_officer(ev.officer);
  if (!officer) return "officer " + ev.officer + " is not on the roster of " + named;
  if (officer->disabled) return "officer " + ev.officer + " is disabled in " + named;
  const std::string day = format_fair_date(ev.time, config.fair.timezone);
  if (credential_expired(*officer, day))
    return "officer " + ev.officer + "'s credential ended " + officer->credential->expires + ", before " + day;
  const auto key = public_key_from_hex(officer->sign_pk);
  if (!key) return "officer " + ev.officer + " has no signing key (sign_pk) in " + named;
  if (!e.officer_signature_valid(*key))
    return "officer signature does not verify with officer " + ev.officer + "'s sign_pk in " + named;
  return std::nullopt;
}

bool roster_signs_events(const FairConfig& config) {
  bool any = false;
  for (const Officer& o : config.officers) {
    if (o.disabled) continue;
    if (o.sign_pk.empty()) return false;
    any = true;
  }
  return any;
}

}  // namespace fg

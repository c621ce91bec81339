// Seeds for fuzz_config: a small signed configuration (booths, officers, devices, documents,
// log key, a log retirement) and enrolment payloads with a DNS name, IPv4 and IPv6 host.
#include "fairconfig/enrolment_payload.h"
#include "fairconfig/fair_config.h"
#include "fuzz_seeds.h"

std::vector<std::string> fuzz_seeds() {
  const fg::KeyPair bureau = fg::KeyPair::from_seed(fg::Bytes(32, 0xb0));
  fg::FairConfig c;
  c.version = 3;
  c.issued_at = 1790000000000;
  c.fair = {"CF138", "Canton Fair 138", "Pazhou", "2026-10-15", "2026-10-19", "Asia/Shanghai", {"9.1", "11.2"}};
  c.booths = {{"9.1E23", "9.1", "Foshan Lamps Co.", "广东交易团", "lighting"},
              {"11.2B05", "11.2", "Ningbo Tools", "", ""}};
  c.officers = {{"o1", "Li Wei", "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA", false, true, std::nullopt}};
  c.devices = {{std::string(64, 'a'), "Hall 9", "S01", false}, {std::string(64, 'b'), "Hall 11", "S02", true}};
  c.log_key = std::string(64, 'c');
  // A retired log, as a restored relay announces it.
  const fg::KeyPair old_log = fg::KeyPair::from_seed(fg::Bytes(32, 0x10));
  c.log_retirements = {{old_log.public_hex(),
                        fg::sign_tree_head({12, fg::sha256(fg::as_bytes(std::string("root"))), 1790000000000}, old_log),
                        c.log_key, 1790000100000}};
  const std::string signed_text = fg::sign_fair_config(c, bureau);
  std::vector<std::string> out{signed_text};
  out.push_back(signed_text.substr(0, signed_text.size() / 2));
  const std::string token(fg::kEnrolmentTokenChars, 'A');
  const std::string fp(64, 'f');
  out.push_back("FGE1:relay.bureau.example:8443:" + fp + ":CF138:" + token);
  out.push_back("FGE1:10.0.0.2:443:" + fp + ":CF138:" + token + "\n");
  out.push_back("FGE1:[fd00::1]:8443:" + fp + ":CF-138_b:" + token);
  return out;
}

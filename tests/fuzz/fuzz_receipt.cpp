// libFuzzer target: receipts, inclusion proofs and signed tree heads as a station reads them
// from the relay and a verifier from a bundle (tlog/receipt.h, tlog/tree_head.h, and the
// tree-proofs message), then the Merkle checks with whatever index, size and path they hold.
#include <cstddef>
#include <cstdint>

#include "sync/messages.h"
#include "tlog/merkle.h"
#include "tlog/receipt.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fg::JsonParse parsed = fg::parse_untrusted_json(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!parsed) return 0;
  const fg::Json& j = *parsed.value;
  static const fg::KeyPair log_key = fg::KeyPair::from_seed(fg::Bytes(32, 0x10));
  std::string why;
  if (auto r = fg::receipt_from_json(j, &why)) (void)fg::verify_receipt(*r, log_key.public_key(), &why);
  if (auto p = fg::inclusion_proof_from_json(j, &why)) {
    const fg::TreeHead head{p->tree_size, fg::Digest{}, 0};
    (void)fg::verify_event_inclusion(fg::Digest{}, *p, head, &why);
    // The same numbers as a consistency proof between two tree sizes.
    (void)fg::verify_consistency(p->leaf_index, p->tree_size, fg::Digest{}, fg::Digest{}, p->path);
  }
  (void)fg::signed_tree_head_from_json(j, &why);
  try {
    (void)fg::sync::tree_proofs_from_json(j);
  } catch (const fg::sync::ProtocolError&) {
  }
  return 0;
}

// Seeds for fuzz_document_qr: the QR text of each kind of paper, and near misses.
#include <string>

#include "documents/document_kind.h"
#include "fuzz_seeds.h"

std::vector<std::string> fuzz_seeds() {
  const std::string hash(64, 'c');
  std::vector<std::string> seeds;
  for (auto kind : {fg::DocumentKind::Notice, fg::DocumentKind::Acceptance, fg::DocumentKind::Rejection,
                    fg::DocumentKind::Decision})
    seeds.push_back(fg::document_qr_text({kind, "CF138-S01-0007", hash}));
  seeds.push_back("fgdoc:2:notice:CF138-S01-0007:" + hash);
  seeds.push_back("fgdoc:1:notice:CF138-S01-0007:" + hash.substr(1) + "G");
  seeds.push_back("FGDOC:1:NOTICE:cf138-s01-0007:" + hash);
  return seeds;
}

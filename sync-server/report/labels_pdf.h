#pragma once
// labels.pdf: A4 sheets of booth QR stickers (docs/report.md "labels.pdf", size per
// docs/codes.md: a 12 cm symbol with a 4-module quiet zone reads from 1 m).
#include <filesystem>
#include <string>
#include <vector>

#include "crypto/keys.h"
#include "fairconfig/fair_config.h"

namespace fg::relay {

struct LabelOptions {
  double symbol_cm = 12.0;  // the QR symbol without its quiet zone
  std::string fair_name;    // printed small under the exhibitor
};

// One sticker per booth, as many per page as fit. Each QR holds make_booth_sticker(fair,
// hall, booth) signed with `bureau`. Throws std::invalid_argument naming the booth whose
// fields cannot go on a sticker, std::runtime_error when the file cannot be written.
// Returns the number of pages.
int write_labels_pdf(const std::vector<Booth>& booths, const std::string& fair, const KeyPair& bureau,
                     const std::filesystem::path& file, const LabelOptions& options = {});

}  // namespace fg::relay

#pragma once
// The simulator's evidence pictures: JPEGs of a booth as an officer photographs it, so the
// demo's evidence shows something on the station and in the bureau's console. Drawn with
// cairo (as the report is) and encoded with libjpeg-turbo; the product code on the exhibit's
// label is a real EAN-13 drawn from ZXing's writer, so a scanner reads it back.
#include <random>
#include <string>

namespace fg::relay {

struct ExhibitScene {
  std::string booth;         // "9.1K23", on the booth's fascia
  std::string exhibitor;     // on the fascia beside the booth
  std::string product_code;  // 13 digits (a valid EAN-13): the label's barcode; empty: none
  std::string paper;         // not empty: a served paper lies on the table with this caption
};

// A JPEG of about `photo_kb` KiB (at least 640 x 480 pixels, at most 4000 x 3000): wall and
// table colours, the exhibit's shape, colour and place, and the label's place vary with `rng`.
// Deterministic for a given scene and rng state. Throws std::runtime_error if libjpeg fails.
std::string exhibit_photo_jpeg(const ExhibitScene& scene, std::mt19937_64& rng, int photo_kb);

// A handwritten-looking signature (a few strokes) as a PNG, as a tablet's signature pad gives.
std::string signature_png(std::mt19937_64& rng);

// A valid EAN-13 with a Chinese GS1 prefix (690 to 699), the way exhibits' packaging carries one.
std::string random_ean13(std::mt19937_64& rng);

}  // namespace fg::relay

#include "codes/typed_text.h"

#include <cstdint>

namespace fg {
namespace {

// Length of the UTF-8 sequence led by `lead`, or 1 for a byte that cannot lead one.
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  if (lead >= 0xE0) return lead <= 0xEF ? 3 : 1;
  if (lead >= 0xC2) return 2;
  return 1;
}

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

std::string utf8_character_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return {};
  const std::size_t length = sequence_length(static_cast<unsigned char>(text[at]));
  if (at + length > text.size()) return std::string(1, text[at]);
  for (std::size_t i = 1; i < length; ++i)
    if (!is_continuation(static_cast<unsigned char>(text[at + i]))) return std::string(1, text[at]);
  return std::string(text.substr(at, length));
}

std::string fold_typed_code(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const std::string character = utf8_character_at(utf8, i);
    i += character.size();
    if (character.size() == 1) {
      const char c = character[0];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
      out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
      continue;
    }
    std::uint32_t code = 0;
    if (character.size() == 2) {
      code =
          (static_cast<unsigned char>(character[0]) & 0x1Fu) << 6 | (static_cast<unsigned char>(character[1]) & 0x3Fu);
    } else if (character.size() == 3) {
      code = (static_cast<unsigned char>(character[0]) & 0x0Fu) << 12 |
             (static_cast<unsigned char>(character[1]) & 0x3Fu) << 6 |
             (static_cast<unsigned char>(character[2]) & 0x3Fu);
    }
    if (code == 0x3000 || code == 0x00A0) continue;
    if (code == 0x3002) {
      out += '.';
    } else if (code >= 0xFF01 && code <= 0xFF5E) {
      char c = static_cast<char>(code - 0xFF01 + 0x21);
      out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    } else {
      out += character;
    }
  }
  return out;
}

}  // namespace fg

#pragma once
// What officers type or scanners send into a code field, folded to plain ASCII before a code
// is parsed: a Chinese input method gives full-width digits and letters, an ideographic
// space or full stop; a keyboard-wedge scanner appends a newline.
#include <string>
#include <string_view>

namespace fg {

// Full-width forms (U+FF01..U+FF5E) become their ASCII twins, U+3002 (。) becomes '.',
// whitespace (ASCII, U+3000, U+00A0) is dropped and ASCII letters are uppercased. Any other
// non-ASCII character is kept as it is, so that the caller reports it.
std::string fold_typed_code(std::string_view utf8);

// The whole UTF-8 character that starts at byte `at` of `text` (one byte if it is not valid
// UTF-8), for error messages that quote what was typed.
std::string utf8_character_at(std::string_view text, std::size_t at);

}  // namespace fg

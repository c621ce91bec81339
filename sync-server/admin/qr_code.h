#pragma once
// QR codes for the enrolment payload: in the terminal (Unicode half blocks, two module rows
// per text line), as a PNG (ZXing MultiFormatWriter, written with libpng) and as SVG markup
// for the console's page.
#include <filesystem>
#include <string>

namespace fg::relay {

// Text lines drawing the code with a quiet zone of `quiet` modules. With ansi, dark modules
// are drawn black on a white background whatever the terminal's colours.
std::string qr_terminal(const std::string& text, bool ansi, int quiet = 2);

// 8-bit greyscale PNG, `scale` pixels per module, `quiet` modules of white around.
// Throws std::runtime_error if the file cannot be written.
void write_qr_png(const std::string& text, const std::filesystem::path& file, int scale = 8, int quiet = 4);

// An <svg> element drawing the code, `scale` CSS pixels per module, `quiet` modules of white
// around: one <path> of the dark modules (no text of the payload in it, no style attribute, so
// the console's Content-Security-Policy allows it inline).
std::string qr_svg(const std::string& text, const std::string& css_class, int scale = 6, int quiet = 4);

}  // namespace fg::relay

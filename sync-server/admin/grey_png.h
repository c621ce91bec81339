#pragma once
// An 8-bit greyscale PNG in memory (libpng): the enrolment QR code, and the simulator's
// evidence photos that a browser can show.
#include <cstdint>
#include <string>

namespace fg::relay {

// `pixels` holds width * height bytes, row by row. Throws std::runtime_error if libpng fails.
std::string grey_png(const std::uint8_t* pixels, int width, int height);

}  // namespace fg::relay

#pragma once
// Byte buffers and the lowercase hex that the event format uses for all binary values.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace fg {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

inline ByteView as_bytes(std::string_view text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::string to_hex(ByteView bytes);
// Accepts lowercase hex only (the canonical form); nullopt on odd length or any other char.
std::optional<Bytes> from_hex(std::string_view hex);

}  // namespace fg

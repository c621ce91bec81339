#pragma once
// Readers of untrusted bytes say why they refused through an optional `std::string* why` (null
// when the caller only needs yes or no). These set it and return the refusal's value.
#include <optional>
#include <string>
#include <utility>

namespace fg {

inline std::nullopt_t fail_because(std::string* why, std::string text) {
  if (why) *why = std::move(text);
  return std::nullopt;
}

inline bool refuse_because(std::string* why, std::string text) {
  if (why) *why = std::move(text);
  return false;
}

}  // namespace fg

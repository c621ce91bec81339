#pragma once
// Officer PINs: 4 to 12 digits, read from the terminal without echo or from a file (scripts,
// tests). Only an Argon2id verifier of the PIN is ever stored.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace fg::relay {

std::optional<std::string> check_pin(std::string_view pin);  // nullopt when valid

// The first line of the file (trailing CR/LF removed). Throws std::runtime_error.
std::string read_pin_file(const std::filesystem::path& file);

// Asks twice on the controlling terminal with echo off. Throws std::runtime_error if there is
// no terminal (then use --pin-file) or the two entries differ.
std::string read_pin_from_terminal(const std::string& prompt);

}  // namespace fg::relay

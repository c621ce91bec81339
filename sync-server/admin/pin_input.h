#pragma once
// Officer PINs: digits, from the fair's minimum length (relay.json pin_min_length, 10 unless
// init set it lower) to 12, read from the terminal without echo or from a file (scripts,
// tests). Only an Argon2id verifier of the PIN and its box key are ever stored.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace fg::relay {

std::optional<std::string> check_pin(std::string_view pin, int min_length);  // nullopt when valid

// The first line of the file (trailing CR/LF removed). Throws std::runtime_error.
std::string read_pin_file(const std::filesystem::path& file);

// Asks twice on the controlling terminal with echo off. Throws std::runtime_error if there is
// no terminal (then use --pin-file) or the two entries differ.
std::string read_pin_from_terminal(const std::string& prompt, int min_length);

// The same for any secret (staff passwords): `check` (nullopt when valid) judges the first
// entry; `name` ("PIN", "password") and `file_option` ("--pin-file") go into the messages.
struct SecretPrompt {
  std::string prompt, name, file_option;
  std::function<std::optional<std::string>(std::string_view)> check;
};
std::string read_secret_from_terminal(const SecretPrompt& p);

}  // namespace fg::relay

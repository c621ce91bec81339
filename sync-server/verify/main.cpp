// fairguard-verify FILE.zip [--keys FILE | --bureau-key HEX --log-key HEX]: checks an evidence
// bundle offline with public keys only (bundle/bundle_verify.h). Exit codes (docs/guides/
// bundle-checker.en.md): 0 VALID (everything holds against the keys given); 1 NOT VALID (the
// first failure is named); 2 usage error (bad arguments, unreadable keys file); 3 UNVERIFIED
// (everything holds against the keys the bundle carries, but no published key was given).
#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "bundle/bundle_verify.h"
#include "bundle/published_keys.h"

namespace {

constexpr int kValid = 0;
constexpr int kNotValid = 1;
constexpr int kUsage = 2;
constexpr int kUnverified = 3;

// The keys file into `options`, or a message saying why not.
std::optional<std::string> load_keys_file(const std::string& path, fg::BundleVerifyOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "--keys: cannot read " + path;
  std::string text(fg::kMaxKeysFileBytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  std::string why;
  auto keys = fg::parse_published_keys(text, &why);
  if (!keys) return "--keys: " + path + " is not a FairGuard keys file: " + why;
  options.bureau_key = keys->bureau;
  options.log_key = keys->log;
  options.fair = keys->fair;
  for (const auto& w : keys->witnesses) options.witness_keys.push_back(w.key);  // and any --witness-key
  return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Checks a FairGuard evidence bundle: signatures, chains, file hashes, log proofs.\n"
      "Exit 0 VALID, 1 NOT VALID, 2 usage error, 3 UNVERIFIED (no published keys given)."};
  std::string file;
  std::string keys_file;
  std::string bureau_hex;
  std::string log_hex;
  app.add_option("FILE.zip", file, "the evidence bundle")->required();
  auto* keys = app.add_option("--keys", keys_file, "the keys file the bureau published (fairguard-relay keys)");
  auto* bureau =
      app.add_option("--bureau-key", bureau_hex, "the bureau's published Ed25519 public key (64 hex characters)");
  auto* log = app.add_option("--log-key", log_hex, "the bureau log's published Ed25519 public key (64 hex characters)");
  keys->excludes(bureau)->excludes(log);
  std::vector<std::string> witness_hex;
  app.add_option("--witness-key", witness_hex,
                 "a witness's published Ed25519 public key (repeat for more): its cosignatures count "
                 "(docs/witness.md)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kValid : kUsage;
  }

  fg::BundleVerifyOptions options;
  if (!keys_file.empty()) {
    if (auto error = load_keys_file(keys_file, options)) {
      std::cerr << *error << "\n";
      return kUsage;
    }
  }
  if (!bureau_hex.empty()) {
    options.bureau_key = fg::public_key_from_hex(bureau_hex);
    if (!options.bureau_key) {
      std::cerr << "--bureau-key must be 64 lowercase hex characters\n";
      return kUsage;
    }
  }
  if (!log_hex.empty()) {
    options.log_key = fg::public_key_from_hex(log_hex);
    if (!options.log_key) {
      std::cerr << "--log-key must be 64 lowercase hex characters\n";
      return kUsage;
    }
  }
  for (const std::string& hex : witness_hex) {
    auto key = fg::public_key_from_hex(hex);
    if (!key) {
      std::cerr << "--witness-key must be 64 lowercase hex characters\n";
      return kUsage;
    }
    options.witness_keys.push_back(*key);
  }
  const fg::BundleVerdict verdict = fg::verify_bundle_file(file, options);
  std::cout << "Checking " << file << "\n" << verdict.text();
  if (!verdict.ok()) return kNotValid;
  return verdict.verified() ? kValid : kUnverified;
}

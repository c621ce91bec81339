// fairguard-verify FILE.zip [--bureau-key HEX] [--log-key HEX]: checks an evidence bundle
// offline with public keys only (bundle/bundle_verify.h). Exit 0 only when everything holds;
// 1 when something fails (the first failure is named); 2 on a usage error.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include "bundle/bundle_verify.h"

int main(int argc, char** argv) {
  CLI::App app{"Checks a FairGuard evidence bundle: signatures, chains, file hashes, log proofs."};
  std::string file;
  std::string bureau_hex;
  std::string log_hex;
  app.add_option("FILE.zip", file, "the evidence bundle")->required();
  app.add_option("--bureau-key", bureau_hex, "the bureau's published Ed25519 public key (64 hex characters)");
  app.add_option("--log-key", log_hex, "the bureau log's published Ed25519 public key (64 hex characters)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }

  fg::BundleVerifyOptions options;
  if (!bureau_hex.empty()) {
    options.bureau_key = fg::public_key_from_hex(bureau_hex);
    if (!options.bureau_key) {
      std::cerr << "--bureau-key must be 64 lowercase hex characters\n";
      return 2;
    }
  }
  if (!log_hex.empty()) {
    options.log_key = fg::public_key_from_hex(log_hex);
    if (!options.log_key) {
      std::cerr << "--log-key must be 64 lowercase hex characters\n";
      return 2;
    }
  }
  const fg::BundleVerdict verdict = fg::verify_bundle_file(file, options);
  std::cout << "Checking " << file << "\n" << verdict.text();
  return verdict.ok() ? 0 : 1;
}

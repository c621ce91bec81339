#pragma once
// The relay's self-signed TLS certificate. Stations pin it by fingerprint (carried in the
// enrolment QR code), so no certificate authority is involved.
#include <filesystem>
#include <string>

namespace fg::relay {

// EC P-256 key and a self-signed X.509 v3 certificate (CN=fairguard-relay, valid from a day
// ago for `days` days). The key file gets mode 0600. Refuses to overwrite either file.
// Throws std::runtime_error with OpenSSL's reason on failure.
void make_self_signed_certificate(const std::filesystem::path& cert_pem, const std::filesystem::path& key_pem,
                                  int days = 3650);

// SHA-256 of the certificate's DER encoding, lowercase hex (what `openssl x509 -fingerprint
// -sha256` shows, without colons). Throws std::runtime_error if the file is not a PEM cert.
std::string certificate_fingerprint(const std::filesystem::path& cert_pem);

}  // namespace fg::relay

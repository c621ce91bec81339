#pragma once
// Loading a TLS certificate and its key into a live OpenSSL context, for a reload (SIGHUP)
// that must not break what serves: the pair is read and checked in a context of its own
// first, then put in place at once. Connections already open keep the certificate they began
// with (OpenSSL copies it into each connection); new ones get the new one.
#include <openssl/ssl.h>

#include <filesystem>

namespace fg::relay {

// Throws std::runtime_error, leaving `live` as it was, when a file is unreadable, not PEM, or
// the key does not match the certificate.
void replace_tls_identity(SSL_CTX* live, const std::filesystem::path& cert_pem, const std::filesystem::path& key_pem);

}  // namespace fg::relay

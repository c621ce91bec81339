#include "net/tls_identity.h"

#include <openssl/err.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace fg::relay {

namespace {

std::string openssl_reason() {
  const unsigned long e = ERR_get_error();
  ERR_clear_error();
  if (e == 0) return "unknown OpenSSL error";
  char text[256];
  ERR_error_string_n(e, text, sizeof text);
  return text;
}

}  // namespace

void replace_tls_identity(SSL_CTX* live, const std::filesystem::path& cert_pem, const std::filesystem::path& key_pem) {
  const std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> probe(SSL_CTX_new(TLS_server_method()), &SSL_CTX_free);
  if (!probe) throw std::runtime_error("cannot make a TLS context: " + openssl_reason());
  if (SSL_CTX_use_certificate_chain_file(probe.get(), cert_pem.c_str()) != 1)
    throw std::runtime_error("certificate " + cert_pem.string() + " cannot be used: " + openssl_reason());
  if (SSL_CTX_use_PrivateKey_file(probe.get(), key_pem.c_str(), SSL_FILETYPE_PEM) != 1 ||
      SSL_CTX_check_private_key(probe.get()) != 1)
    throw std::runtime_error("key " + key_pem.string() + " cannot be used with " + cert_pem.string() + ": " +
                             openssl_reason());
  STACK_OF(X509)* chain = nullptr;
  SSL_CTX_get0_chain_certs(probe.get(), &chain);
  // Certificate, key and chain replaced together (override = 1), or not at all.
  if (SSL_CTX_use_cert_and_key(live, SSL_CTX_get0_certificate(probe.get()), SSL_CTX_get0_privatekey(probe.get()), chain,
                               1) != 1)
    throw std::runtime_error("cannot put the new certificate in place: " + openssl_reason());
}

}  // namespace fg::relay

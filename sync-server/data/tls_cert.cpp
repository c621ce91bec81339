#include "data/tls_cert.h"

#include <fcntl.h>
#include <unistd.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>

#include "crypto/sha256.h"

namespace fg::relay {

namespace {

[[noreturn]] void openssl_fail(const std::string& what) {
  char buf[256] = "unknown error";
  if (const unsigned long code = ERR_get_error(); code != 0) ERR_error_string_n(code, buf, sizeof buf);
  ERR_clear_error();
  throw std::runtime_error(what + ": " + buf);
}

struct Deleter {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
  void operator()(X509* p) const { X509_free(p); }
  void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
  void operator()(BIGNUM* p) const { BN_free(p); }
  void operator()(std::FILE* f) const { std::fclose(f); }
};
template <class T>
using Owned = std::unique_ptr<T, Deleter>;

// Opens a new file (never an existing one) with the given mode for writing.
Owned<std::FILE> create_file(const std::filesystem::path& path, mode_t mode) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) throw std::runtime_error("cannot create " + path.string() + ": " + std::strerror(errno));
  std::FILE* f = ::fdopen(fd, "w");
  if (!f) {
    ::close(fd);
    throw std::runtime_error("cannot open " + path.string() + ": " + std::strerror(errno));
  }
  return Owned<std::FILE>(f);
}

void finish_file(Owned<std::FILE> f, const std::filesystem::path& path) {
  const bool ok = std::fflush(f.get()) == 0 && ::fsync(::fileno(f.get())) == 0;
  if (std::fclose(f.release()) != 0 || !ok) throw std::runtime_error("cannot write " + path.string());
}

void add_extension(X509* cert, int nid, const char* value) {
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
  Owned<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
  if (!ext || !X509_add_ext(cert, ext.get(), -1))
    openssl_fail(std::string("cannot add certificate extension ") + value);
}

}  // namespace

void make_self_signed_certificate(const std::filesystem::path& cert_pem, const std::filesystem::path& key_pem,
                                  int days) {
  Owned<EVP_PKEY> key(EVP_EC_gen("P-256"));
  if (!key) openssl_fail("cannot generate the TLS key");
  Owned<X509> cert(X509_new());
  if (!cert || !X509_set_version(cert.get(), X509_VERSION_3)) openssl_fail("cannot make a certificate");

  // A random 127-bit serial: positive and unique without keeping state.
  unsigned char serial[16];
  if (RAND_bytes(serial, sizeof serial) != 1) openssl_fail("no randomness for the serial number");
  serial[0] &= 0x7f;
  Owned<BIGNUM> bn(BN_bin2bn(serial, sizeof serial, nullptr));
  if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()))) openssl_fail("cannot set the serial");

  // Valid from a day ago: a tablet whose clock lags must not see a future certificate.
  if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24L * 3600) ||
      !X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(days) * 24 * 3600))
    openssl_fail("cannot set the validity period");
  if (!X509_set_pubkey(cert.get(), key.get())) openssl_fail("cannot set the public key");
  X509_NAME* name = X509_get_subject_name(cert.get());
  if (!X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("fairguard-relay"),
                                  -1, -1, 0) ||
      !X509_set_issuer_name(cert.get(), name))
    openssl_fail("cannot set the certificate name");
  add_extension(cert.get(), NID_basic_constraints, "critical,CA:FALSE");
  add_extension(cert.get(), NID_key_usage, "critical,digitalSignature");
  add_extension(cert.get(), NID_ext_key_usage, "serverAuth");
  add_extension(cert.get(), NID_subject_alt_name, "DNS:fairguard-relay");
  add_extension(cert.get(), NID_subject_key_identifier, "hash");
  if (!X509_sign(cert.get(), key.get(), EVP_sha256())) openssl_fail("cannot sign the certificate");

  auto key_file = create_file(key_pem, 0600);
  if (!PEM_write_PrivateKey(key_file.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
    openssl_fail("cannot write " + key_pem.string());
  finish_file(std::move(key_file), key_pem);
  auto cert_file = create_file(cert_pem, 0644);
  if (!PEM_write_X509(cert_file.get(), cert.get())) openssl_fail("cannot write " + cert_pem.string());
  finish_file(std::move(cert_file), cert_pem);
}

std::string certificate_fingerprint(const std::filesystem::path& cert_pem) {
  Owned<std::FILE> f(std::fopen(cert_pem.c_str(), "r"));
  if (!f) throw std::runtime_error("cannot read " + cert_pem.string() + ": " + std::strerror(errno));
  Owned<X509> cert(PEM_read_X509(f.get(), nullptr, nullptr, nullptr));
  if (!cert) openssl_fail(cert_pem.string() + " is not a PEM certificate");
  unsigned char* der = nullptr;
  const int len = i2d_X509(cert.get(), &der);
  if (len <= 0) openssl_fail("cannot encode " + cert_pem.string());
  std::string hex = sha256_hex(ByteView(der, static_cast<std::size_t>(len)));
  OPENSSL_free(der);
  return hex;
}

}  // namespace fg::relay

#include "sync/tls_client.h"

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/write.hpp>
#include <optional>

#include "crypto/sha256.h"

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
using tcp = asio::ip::tcp;

namespace fg::sync {

namespace {
std::string der_fingerprint(X509* cert) {
  unsigned char* der = nullptr;
  const int n = i2d_X509(cert, &der);
  if (n <= 0) return {};
  std::string hex = sha256_hex(ByteView(der, static_cast<std::size_t>(n)));
  OPENSSL_free(der);
  return hex;
}
}  // namespace

std::string certificate_fingerprint_pem(const std::string& pem) {
  BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
  X509* cert = bio ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr;
  if (bio) BIO_free(bio);
  if (!cert) throw std::runtime_error("not a PEM certificate");
  std::string hex = der_fingerprint(cert);
  X509_free(cert);
  return hex;
}

struct TlsClient::Impl {
  asio::io_context io;
  ssl::context ctx{ssl::context::tlsv13_client};
  ssl::stream<tcp::socket> stream{io, ctx};
  std::chrono::milliseconds timeout;
  std::string pinned, seen;
  FrameDecoder decoder;
  std::array<char, 64 * 1024> buffer{};
  std::string where;           // host:port, for messages
  std::string peer = "relay";  // who is at the other end, for messages

  // Runs one async operation to completion or the timeout; a timeout closes the socket and
  // throws SyncError(timeout_code).
  template <typename Start>
  boost::system::error_code run(Start start, const char* what, const char* timeout_code = "timeout") {
    std::optional<boost::system::error_code> result;
    start([&](boost::system::error_code ec, auto&&...) { result = ec; });
    io.restart();
    io.run_for(timeout);
    if (!result) {
      boost::system::error_code ignored;
      stream.lowest_layer().close(ignored);
      io.restart();
      io.run();
      throw SyncError(timeout_code, peer + " " + where + " did not answer within " + std::to_string(timeout.count()) +
                                        " ms (" + what + ")");
    }
    return *result;
  }

  void connect(const std::string& host, std::uint16_t port);
};

TlsClient::TlsClient(const std::string& host, std::uint16_t port, const std::string& cert_sha256_hex,
                     std::chrono::milliseconds timeout)
    : impl_(std::make_unique<Impl>()) {
  auto& d = *impl_;
  d.timeout = timeout;
  d.pinned = cert_sha256_hex;
  d.where = host + ":" + std::to_string(port);
  // The pin replaces CA validation: the relay's certificate is self-signed by design.
  d.stream.set_verify_mode(ssl::verify_peer);
  d.stream.set_verify_callback([&d](bool, ssl::verify_context& vc) {
    X509_STORE_CTX* store = vc.native_handle();
    if (X509_STORE_CTX_get_error_depth(store) != 0) return true;  // the leaf decides
    d.seen = der_fingerprint(X509_STORE_CTX_get_current_cert(store));
    return !d.seen.empty() && d.seen == d.pinned;
  });
  d.connect(host, port);
}

TlsClient::TlsClient(const std::string& host, std::uint16_t port, Unpinned, std::chrono::milliseconds timeout)
    : impl_(std::make_unique<Impl>()) {
  auto& d = *impl_;
  d.timeout = timeout;
  d.where = host + ":" + std::to_string(port);
  d.peer = "witness";
  d.stream.set_verify_mode(ssl::verify_none);
  d.connect(host, port);
}

void TlsClient::Impl::connect(const std::string& host, std::uint16_t port) {
  auto& d = *this;
  tcp::resolver resolver(d.io);
  boost::system::error_code ec;
  auto endpoints = resolver.resolve(host, std::to_string(port), ec);
  // Not reaching the relay at all is the hall's normal state (no network), not a fault.
  if (ec) throw SyncError("unreachable", "cannot resolve " + d.peer + " host " + host + ": " + ec.message());
  ec = d.run([&](auto handler) { asio::async_connect(d.stream.lowest_layer(), endpoints, handler); }, "connect",
             "unreachable");
  if (ec) throw SyncError("unreachable", "cannot connect to " + d.peer + " " + d.where + ": " + ec.message());
  d.stream.lowest_layer().set_option(tcp::no_delay(true));
  ec = d.run([&](auto handler) { d.stream.async_handshake(ssl::stream_base::client, handler); }, "TLS handshake");
  if (!d.seen.empty() && d.seen != d.pinned)
    throw SyncError("certificate_mismatch",
                    d.peer + " " + d.where + " presented certificate sha256 " + d.seen + ", not the pinned " +
                        d.pinned + " from enrolment: refusing to talk to it (wrong relay or an interception)");
  if (ec) throw SyncError("network", "TLS handshake with " + d.peer + " " + d.where + " failed: " + ec.message());
}

TlsClient::~TlsClient() = default;

void TlsClient::send_raw(const std::string& bytes) {
  auto& d = *impl_;
  auto ec = d.run([&](auto handler) { asio::async_write(d.stream, asio::buffer(bytes), handler); }, "send");
  if (ec) throw SyncError("network", "sending to " + d.peer + " " + d.where + " failed: " + ec.message());
}

void TlsClient::send(const Frame& f) { send_raw(encode_frame(f.type, f.payload)); }

Frame TlsClient::receive() {
  auto& d = *impl_;
  for (;;) {
    if (auto f = d.decoder.next()) return std::move(*f);
    if (d.decoder.failed())
      throw SyncError("protocol", d.peer + " " + d.where + " sent a bad frame: " + d.decoder.error());
    std::size_t got = 0;
    auto ec = d.run(
        [&](auto handler) {
          d.stream.async_read_some(asio::buffer(d.buffer),
                                   [&got, handler](boost::system::error_code e, std::size_t n) mutable {
                                     got = n;
                                     handler(e);
                                   });
        },
        "receive");
    if (got > 0) d.decoder.feed(ByteView(reinterpret_cast<const std::uint8_t*>(d.buffer.data()), got));
    if (ec && got == 0) {
      const bool eof = ec == asio::error::eof || ec == ssl::error::stream_truncated;
      throw SyncError(
          "network", d.peer + " " + d.where + (eof ? " closed the connection" : " connection failed: " + ec.message()));
    }
  }
}

void TlsClient::close() {
  auto& d = *impl_;
  d.timeout = std::min(d.timeout, std::chrono::milliseconds(2000));  // never hang on a goodbye
  try {
    d.run([&](auto handler) { d.stream.async_shutdown(handler); }, "close");
  } catch (const SyncError&) {
  }
  boost::system::error_code ignored;
  d.stream.lowest_layer().close(ignored);
}

const std::string& TlsClient::peer_fingerprint() const { return impl_->seen; }

}  // namespace fg::sync

#include "net/tls_socket.h"

#include <openssl/err.h>

#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <cerrno>
#include <stdexcept>

namespace fg::relay {

namespace asio = boost::asio;
using asio::awaitable;
using asio::use_awaitable;
using boost::system::error_code;
using tcp = asio::ip::tcp;

namespace {

// What a failed OpenSSL call means, in the terms Asio's ssl::stream uses (the callers and
// their log lines were written against those).
error_code failure(int ssl_error) {
  if (ssl_error == SSL_ERROR_ZERO_RETURN) return asio::error::eof;
  const unsigned long e = ERR_get_error();
  if (e != 0) {
    if (ERR_GET_REASON(e) == SSL_R_UNEXPECTED_EOF_WHILE_READING) return asio::ssl::error::stream_truncated;
    return {static_cast<int>(e), asio::error::get_ssl_category()};
  }
  if (ssl_error == SSL_ERROR_SYSCALL && errno != 0) return {errno, boost::system::system_category()};
  return asio::ssl::error::stream_truncated;
}

// Runs `step` (an OpenSSL call: above 0 is done) until it is done or fails, waiting for the
// socket whenever OpenSSL has to read or write it first.
template <typename Step>
awaitable<error_code> drive(tcp::socket& socket, SSL* ssl, Step step) {
  for (;;) {
    // Closed (the connection ended while this waited): its descriptor number may already
    // belong to another connection, so OpenSSL must not touch it.
    if (!socket.is_open()) co_return asio::error::operation_aborted;
    ERR_clear_error();  // SSL_get_error reads the thread's queue: only this call's errors
    errno = 0;
    const int r = step();
    if (r > 0) co_return error_code{};
    const int why = SSL_get_error(ssl, r);
    if (why != SSL_ERROR_WANT_READ && why != SSL_ERROR_WANT_WRITE) co_return failure(why);
    error_code ec;
    co_await socket.async_wait(why == SSL_ERROR_WANT_READ ? tcp::socket::wait_read : tcp::socket::wait_write,
                               asio::redirect_error(use_awaitable, ec));
    if (ec) co_return ec;
  }
}

}  // namespace

TlsSocket::TlsSocket(tcp::socket socket, SSL_CTX* ctx) : socket_(std::move(socket)), ssl_(SSL_new(ctx)) {
  if (!ssl_) throw std::runtime_error("cannot start a TLS session: OpenSSL could not allocate one");
  socket_.non_blocking(true);
  // A write may end part way (the rest goes after a wait), from a buffer at the same place.
  SSL_set_mode(ssl_, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
  if (SSL_set_fd(ssl_, socket_.native_handle()) != 1) {  // the socket BIO does not close it
    SSL_free(ssl_);
    throw std::runtime_error("cannot start a TLS session on the socket");
  }
  SSL_set_accept_state(ssl_);
}

TlsSocket::~TlsSocket() { SSL_free(ssl_); }

awaitable<error_code> TlsSocket::handshake() {
  co_return co_await drive(socket_, ssl_, [this] { return SSL_do_handshake(ssl_); });
}

awaitable<std::size_t> TlsSocket::read_some(void* data, std::size_t size, error_code& ec) {
  std::size_t got = 0;
  ec = co_await drive(socket_, ssl_, [&] { return SSL_read_ex(ssl_, data, size, &got); });
  co_return ec ? 0 : got;
}

awaitable<error_code> TlsSocket::write(const void* data, std::size_t size) {
  const auto* p = static_cast<const char*>(data);
  while (size > 0) {
    std::size_t sent = 0;
    if (auto ec = co_await drive(socket_, ssl_, [&] { return SSL_write_ex(ssl_, p, size, &sent); })) co_return ec;
    p += sent;
    size -= sent;
  }
  co_return error_code{};
}

awaitable<error_code> TlsSocket::shutdown() {
  // As Asio's stream does: send close_notify (0: sent), then read until the peer's. Closing
  // with the peer's bytes unread would send a reset, which can cost it our last message.
  co_return co_await drive(socket_, ssl_, [this] {
    const int r = SSL_shutdown(ssl_);
    return r == 0 ? SSL_shutdown(ssl_) : r;
  });
}

}  // namespace fg::relay

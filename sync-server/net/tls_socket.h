#pragma once
// The relay's side of a station's TLS session, written straight on the accepted socket:
// OpenSSL reads and writes the descriptor itself, and Asio only waits until it is readable or
// writable.
//
// Why not boost::asio::ssl::stream: it allocates 68 KiB of record buffers per connection (two
// 17 KiB buffers of its own and a 2 x 17 KiB BIO pair) and keeps them for the connection's
// life. Here an idle session holds OpenSSL's state alone, because OpenSSL frees its record
// buffers between records (SSL_MODE_RELEASE_BUFFERS on the context). That is what keeps an
// idle station's connection within docs/relay-admin.md's memory figure.
//
// One read and one write may be in flight at once (the watchdog writes a goodbye while a read
// waits); the process must ignore SIGPIPE, as OpenSSL writes with write(2).
#include <openssl/ssl.h>

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <cstddef>

namespace fg::relay {

class TlsSocket {
 public:
  using error_code = boost::system::error_code;

  // Takes the accepted socket; throws std::runtime_error if OpenSSL cannot make a session.
  TlsSocket(boost::asio::ip::tcp::socket socket, SSL_CTX* ctx);
  ~TlsSocket();
  TlsSocket(const TlsSocket&) = delete;
  TlsSocket& operator=(const TlsSocket&) = delete;

  // Closing it ends what is in flight with operation_aborted; no OpenSSL call follows.
  boost::asio::ip::tcp::socket& socket() { return socket_; }

  // Errors are Asio's, as boost::asio::ssl::stream gives them: eof after the peer's
  // close_notify, ssl::error::stream_truncated for a close without one, the ssl category for
  // a TLS failure, a system error for the socket's.
  boost::asio::awaitable<error_code> handshake();
  // Some bytes (at least one), or 0 and the error.
  boost::asio::awaitable<std::size_t> read_some(void* data, std::size_t size, error_code& ec);
  // All of them, or the error.
  boost::asio::awaitable<error_code> write(const void* data, std::size_t size);
  // Sends close_notify and waits for the peer's (bound it with a deadline that closes socket()).
  boost::asio::awaitable<error_code> shutdown();

 private:
  boost::asio::ip::tcp::socket socket_;
  SSL* ssl_;
};

}  // namespace fg::relay

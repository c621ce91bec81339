#include "tls_sink.h"

#include <atomic>
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <thread>

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
using tcp = asio::ip::tcp;

namespace fg::bench {

struct TlsSink::Impl {
  asio::io_context io;
  ssl::context ctx{ssl::context::tlsv13_server};
  tcp::acceptor acceptor{io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)};
  std::atomic<std::uint64_t> bytes{0};
  std::thread thread;

  void accept() {
    acceptor.async_accept([this](boost::system::error_code ec, tcp::socket s) {
      if (ec) return;
      auto stream = std::make_shared<ssl::stream<tcp::socket>>(std::move(s), ctx);
      stream->async_handshake(ssl::stream_base::server, [this, stream](boost::system::error_code e) {
        if (!e) read(stream, std::make_shared<std::vector<char>>(64 * 1024));
      });
      accept();
    });
  }
  void read(std::shared_ptr<ssl::stream<tcp::socket>> s, std::shared_ptr<std::vector<char>> buf) {
    s->async_read_some(asio::buffer(*buf), [this, s, buf](boost::system::error_code ec, std::size_t n) {
      bytes += n;
      if (!ec) read(s, buf);
    });
  }
};

TlsSink::TlsSink(const std::filesystem::path& cert_pem, const std::filesystem::path& key_pem)
    : impl_(std::make_unique<Impl>()) {
  impl_->ctx.use_certificate_chain_file(cert_pem.string());
  impl_->ctx.use_private_key_file(key_pem.string(), ssl::context::pem);
  impl_->accept();
  impl_->thread = std::thread([this] { impl_->io.run(); });
}

TlsSink::~TlsSink() {
  impl_->io.stop();
  impl_->thread.join();
}

std::uint16_t TlsSink::port() const { return impl_->acceptor.local_endpoint().port(); }
std::uint64_t TlsSink::bytes_received() const { return impl_->bytes; }

}  // namespace fg::bench

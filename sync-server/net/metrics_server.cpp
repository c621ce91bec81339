#include "net/metrics_server.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <stdexcept>

#include "net/accept_next.h"
#include "net/listen_address.h"

namespace fg::relay {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using asio::awaitable;
using asio::use_awaitable;
using boost::system::error_code;

namespace {

constexpr std::size_t kHeaderLimit = 4 * 1024;
constexpr auto kDeadline = std::chrono::seconds(5);
constexpr std::size_t kMaxConnections = 8;

http::response<http::string_body> answer(http::status status, std::string body, const char* type) {
  http::response<http::string_body> r{status, 11};
  r.set(http::field::content_type, type);
  r.set(http::field::cache_control, "no-store");
  r.keep_alive(false);
  r.body() = std::move(body);
  r.prepare_payload();
  return r;
}

}  // namespace

struct MetricsServer::Impl {
  asio::io_context& io;
  MetricsServerOptions options;
  tcp::acceptor acceptor{io};
  std::size_t open = 0;
  bool stopping = false;

  Impl(asio::io_context& i, MetricsServerOptions o) : io(i), options(std::move(o)) {}

  http::response<http::string_body> respond(const http::request<http::empty_body>& req) const {
    if (req.method() != http::verb::get && req.method() != http::verb::head)
      return answer(http::status::method_not_allowed, "GET only\n", "text/plain; charset=utf-8");
    const auto target = req.target();
    if (target == "/metrics")
      return answer(http::status::ok, options.metrics(), "text/plain; version=0.0.4; charset=utf-8");
    if (target == "/healthz") {
      const std::string problem = options.health ? options.health() : std::string();
      return problem.empty() ? answer(http::status::ok, "ok\n", "text/plain; charset=utf-8")
                             : answer(http::status::service_unavailable, problem + "\n", "text/plain; charset=utf-8");
    }
    return answer(http::status::not_found, "/metrics or /healthz\n", "text/plain; charset=utf-8");
  }

  awaitable<void> serve(tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    ++open;
    struct Uncount {
      std::size_t& n;
      ~Uncount() { --n; }
    } uncount{open};
    beast::flat_buffer buffer;
    http::request_parser<http::empty_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(kHeaderLimit));
    stream.expires_after(kDeadline);  // the whole exchange, read and write
    error_code ec;
    co_await http::async_read(stream, buffer, parser, asio::redirect_error(use_awaitable, ec));
    if (ec || stopping) co_return;
    auto response = respond(parser.get());
    if (parser.get().method() == http::verb::head) response.body().clear();
    co_await http::async_write(stream, response, asio::redirect_error(use_awaitable, ec));
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  awaitable<void> accept_loop() {
    asio::steady_timer pause(io);
    for (;;) {
      auto next = co_await accept_next(acceptor, pause, stopping);
      if (!next) co_return;
      if (open >= kMaxConnections) {
        error_code ignored;
        next->close(ignored);
        continue;
      }
      asio::co_spawn(io, serve(std::move(*next)), asio::detached);
    }
  }
};

MetricsServer::MetricsServer(asio::io_context& io, MetricsServerOptions options)
    : impl_(std::make_unique<Impl>(io, std::move(options))) {
  auto& d = *impl_;
  const tcp::endpoint endpoint = parse_listen(d.options.listen);
  if (!endpoint.address().is_loopback())
    throw std::invalid_argument("--metrics " + d.options.listen +
                                ": only a loopback address (127.0.0.1, ::1): the page has no accounts "
                                "(docs/relay-admin.md, Metrics)");
  error_code ec;
  d.acceptor.open(endpoint.protocol());
  d.acceptor.set_option(tcp::acceptor::reuse_address(true));
  d.acceptor.bind(endpoint, ec);
  if (ec) throw std::runtime_error("cannot listen on " + d.options.listen + " for metrics: " + ec.message());
  d.acceptor.listen();
}

MetricsServer::~MetricsServer() = default;

void MetricsServer::start() { asio::co_spawn(impl_->io, impl_->accept_loop(), asio::detached); }

void MetricsServer::stop() {
  impl_->stopping = true;
  error_code ignored;
  impl_->acceptor.close(ignored);
}

std::uint16_t MetricsServer::port() const { return impl_->acceptor.local_endpoint().port(); }

}  // namespace fg::relay

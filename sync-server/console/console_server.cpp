#include "console/console_server.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <filesystem>
#include <map>

#include "console/console_app.h"
#include "net/accept_next.h"
#include "net/listen_address.h"
#include "net/server.h"
#include "net/tls_identity.h"

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using asio::awaitable;
using asio::use_awaitable;
using boost::system::error_code;

namespace fg::relay::console {

namespace {

using Stream = beast::ssl_stream<beast::tcp_stream>;
constexpr int kMaxRequestsPerConnection = 1000;
constexpr auto kGoodbye = std::chrono::seconds(2);

HttpRequest to_request(const http::request<http::string_body>& in, const std::string& peer) {
  HttpRequest r;
  r.method = std::string(in.method_string());
  r.target = std::string(in.target());
  r.peer = peer;
  for (const auto& field : in) {
    std::string name(field.name_string());
    for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    r.headers.try_emplace(std::move(name), std::string(field.value()));
  }
  r.body = in.body();
  return r;
}

// The headers of every response, then the answer's own.
template <class Body>
void set_headers(http::response<Body>& out, const HttpResponse& in, bool keep_alive) {
  out.set(http::field::server, "fairguard-relay");
  for (const auto& [name, value] : security_headers()) out.set(name, value);
  out.set(http::field::content_type, in.content_type);
  for (const auto& [name, value] : in.headers) out.insert(name, value);  // several Set-Cookie
  out.keep_alive(keep_alive);
}

// A response whose body is in memory; for HEAD, its headers only (a file's with its length).
http::response<http::string_body> to_response(const HttpResponse& in, unsigned version, bool keep_alive, bool head) {
  http::response<http::string_body> out{static_cast<http::status>(in.status), version};
  set_headers(out, in, keep_alive);
  if (in.file) {
    error_code ec;
    const auto size = std::filesystem::file_size(in.file->path, ec);
    out.content_length(ec ? 0 : size);
    return out;
  }
  out.body() = in.body;
  out.prepare_payload();
  if (head) out.body().clear();
  return out;
}

}  // namespace

struct ConsoleServer::Impl {
  asio::io_context& io;
  std::shared_ptr<ConsoleApp> app;
  ConsoleServerOptions options;
  ssl::context ctx{ssl::context::tls_server};
  tcp::acceptor acceptor{io};
  asio::thread_pool worker{1};
  std::map<std::uint64_t, Stream*> open;
  std::uint64_t next_id = 0, refused = 0;
  bool stopping = false;

  Impl(asio::io_context& i, std::shared_ptr<ConsoleApp> a, ConsoleServerOptions o)
      : io(i), app(std::move(a)), options(std::move(o)) {}

  // Parameters by value, not a capturing lambda: GCC 12 destroys a coroutine lambda's
  // captures twice when co_spawn copies it (seen as free(): invalid pointer).
  static awaitable<HttpResponse> run_handler(std::shared_ptr<ConsoleApp> a, HttpRequest request) {
    co_return a->handle(request);
  }
  awaitable<HttpResponse> handle_on_worker(HttpRequest request) {
    auto task = run_handler(app, std::move(request));
    co_return co_await asio::co_spawn(worker.get_executor(), std::move(task), use_awaitable);
  }

  awaitable<bool> send(Stream& stream, const HttpResponse& response, unsigned version, bool keep_alive,
                       bool head) const {
    if (response.file && !head) co_return co_await send_file(stream, response, version, keep_alive);
    auto out = to_response(response, version, keep_alive, head);
    error_code ec;
    beast::get_lowest_layer(stream).expires_after(options.write_timeout);
    co_await http::async_write(stream, out, asio::redirect_error(use_awaitable, ec));
    co_return !ec;
  }

  // A file body in pieces (Beast's file_body reads a few KiB at a time), with a deadline for
  // each piece rather than the whole: a large download on a slow line goes on while it moves,
  // and a reader that stops is dropped. Memory stays the same whatever the file's size.
  awaitable<bool> send_file(Stream& stream, const HttpResponse& response, unsigned version, bool keep_alive) const {
    http::response<http::file_body> out{static_cast<http::status>(response.status), version};
    error_code ec;
    out.body().open(response.file->path.c_str(), beast::file_mode::scan, ec);
    if (ec) {
      log_line("console: cannot open " + response.file->path.string() + " to send it: " + ec.message());
      const HttpResponse failed = plain_text(500, "the file cannot be read");
      co_return co_await send(stream, failed, version, false, false);
    }
    set_headers(out, response, keep_alive);
    out.prepare_payload();
    http::response_serializer<http::file_body> writer{out};
    while (!writer.is_done()) {
      beast::get_lowest_layer(stream).expires_after(options.write_timeout);
      co_await http::async_write_some(stream, writer, asio::redirect_error(use_awaitable, ec));
      if (ec) co_return false;
    }
    co_return true;
  }

  awaitable<void> serve(tcp::socket socket, std::string peer) {
    Stream stream(std::move(socket), ctx);
    const std::uint64_t id = next_id++;
    open[id] = &stream;
    struct Unlist {
      Impl& impl;
      std::uint64_t id;
      ~Unlist() { impl.open.erase(id); }
    } unlist{*this, id};
    error_code ec;
    beast::get_lowest_layer(stream).expires_after(options.handshake_timeout);
    co_await stream.async_handshake(ssl::stream_base::server, asio::redirect_error(use_awaitable, ec));
    if (ec || stopping) co_return;
    beast::flat_buffer buffer;
    for (int n = 0; n < kMaxRequestsPerConnection && !stopping; ++n) {
      http::request_parser<http::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(options.header_limit));
      // The larger limit while the header is read (Beast refuses a Content-Length beyond the
      // limit at the header), the one of the request's path for its body.
      const std::size_t most = std::max(options.body_limit, options.upload_limit);
      parser.body_limit(most);
      // One deadline for the whole request, from waiting for its first byte to its last.
      beast::get_lowest_layer(stream).expires_after(options.request_timeout);
      co_await http::async_read_header(stream, buffer, parser, asio::redirect_error(use_awaitable, ec));
      std::size_t body_limit = most;
      if (!ec) {
        if (target_path(std::string_view(parser.get().target())) != kUploadPath) body_limit = options.body_limit;
        if (parser.content_length().value_or(0) > body_limit) ec = http::error::body_limit;
        parser.body_limit(body_limit);
      }
      if (!ec && !parser.is_done())
        co_await http::async_read(stream, buffer, parser, asio::redirect_error(use_awaitable, ec));
      if (stopping) co_return;
      // Refusals are named locals: GCC 12 destroys a temporary inside a co_await expression
      // twice (seen as a double free).
      if (ec == http::error::header_limit || ec == http::error::buffer_overflow) {
        const HttpResponse refusal =
            plain_text(431, "request headers larger than " + std::to_string(options.header_limit) + " bytes");
        co_await send(stream, refusal, 11, false, false);
        break;
      }
      if (ec == http::error::body_limit) {
        const HttpResponse refusal =
            plain_text(413, "request body larger than " + std::to_string(body_limit) + " bytes");
        co_await send(stream, refusal, 11, false, false);
        break;
      }
      if (ec == http::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::eof ||
          ec == ssl::error::stream_truncated || ec == asio::error::operation_aborted)
        co_return;
      if (ec) {
        const HttpResponse refusal = plain_text(400, "bad request");
        co_await send(stream, refusal, 11, false, false);
        break;
      }
      auto& req = parser.get();
      const bool keep_alive = req.keep_alive();
      const bool head = req.method() == http::verb::head;
      HttpResponse response;
      try {
        HttpRequest request = to_request(req, peer);
        response = co_await handle_on_worker(std::move(request));
      } catch (const std::exception& e) {
        response = plain_text(500, "internal error");
        log_line(std::string("console: a request failed: ") + e.what());
      }
      if (stopping) co_return;
      if (!co_await send(stream, response, req.version(), keep_alive, head)) co_return;
      if (!keep_alive) break;
    }
    beast::get_lowest_layer(stream).expires_after(kGoodbye);
    co_await stream.async_shutdown(asio::redirect_error(use_awaitable, ec));
  }

  awaitable<void> accept_loop() {
    asio::steady_timer pause(io);
    for (;;) {
      auto next = co_await accept_next(acceptor, pause, stopping);
      if (!next) co_return;
      tcp::socket socket = std::move(*next);
      if (open.size() >= options.max_connections) {
        if (refused++ % 1000 == 0)
          log_line("console: connection refused, " + std::to_string(open.size()) +
                   " open (the cap); refused so far: " + std::to_string(refused));
        error_code ignored;
        socket.close(ignored);
        continue;
      }
      error_code ignored;
      // Headers and body may go out in separate TLS records: without this, Nagle's algorithm
      // and the client's delayed ACK hold the second for about 40 ms.
      socket.set_option(tcp::no_delay(true), ignored);
      const auto remote = socket.remote_endpoint(ignored);
      asio::co_spawn(io, serve(std::move(socket), remote.address().to_string()), asio::detached);
    }
  }
};

ConsoleServer::ConsoleServer(asio::io_context& io, std::shared_ptr<ConsoleApp> app, ConsoleServerOptions options)
    : impl_(std::make_unique<Impl>(io, std::move(app), std::move(options))) {
  auto& d = *impl_;
  d.ctx.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                    ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
  try {
    d.ctx.use_certificate_chain_file(d.options.cert.string());
    d.ctx.use_private_key_file(d.options.key.string(), ssl::context::pem);
  } catch (const std::exception& e) {
    throw std::runtime_error("console certificate " + d.options.cert.string() + " or key " + d.options.key.string() +
                             " cannot be used: " + e.what());
  }
  listen_on(d.acceptor, d.options.listen, "console");
}

ConsoleServer::~ConsoleServer() { impl_->worker.join(); }

void ConsoleServer::reload_certificate() {
  replace_tls_identity(impl_->ctx.native_handle(), impl_->options.cert, impl_->options.key);
}

std::uint16_t ConsoleServer::port() const { return impl_->acceptor.local_endpoint().port(); }

void ConsoleServer::start() {
  auto& d = *impl_;
  const auto ep = d.acceptor.local_endpoint();
  if (d.options.on_listening) d.options.on_listening(ep.address().to_string(), ep.port());
  asio::co_spawn(d.io, d.accept_loop(), asio::detached);
}

void ConsoleServer::stop() {
  auto& d = *impl_;
  if (d.stopping) return;
  d.stopping = true;
  error_code ignored;
  d.acceptor.close(ignored);
  for (auto& [id, stream] : d.open) beast::get_lowest_layer(*stream).socket().close(ignored);
}

}  // namespace fg::relay::console

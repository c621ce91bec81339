#include "net/server.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <mutex>
#include <set>

#include "net/relay_session.h"

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
using tcp = asio::ip::tcp;
using asio::awaitable;
using asio::use_awaitable;
using boost::system::error_code;

namespace fg::relay {

void log_line(const std::string& text) {
  static std::mutex m;
  const auto now = std::chrono::system_clock::now();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  const std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char stamp[40];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &tm);
  std::lock_guard lock(m);
  std::cerr << stamp << '.' << std::setw(3) << std::setfill('0') << ms % 1000 << "Z relay: " << text << std::endl;
}

namespace {

class ConnectionManager;

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, ssl::context& ctx, RelayData& data, ConnectionManager& manager,
             const ServerOptions& options, std::string peer)
      : stream_(std::move(socket), ctx),
        watchdog_(stream_.get_executor()),
        manager_(manager),
        options_(options),
        peer_(peer),
        session_(data, peer, [](const std::string& s) { log_line(s); }) {}

  void start();
  void stop() {
    error_code ignored;
    stream_.lowest_layer().close(ignored);
    watchdog_.cancel();
  }

 private:
  awaitable<void> serve();
  awaitable<void> watch();
  // Moves the idle deadline; wakes the watchdog if it now sleeps past it.
  void set_deadline(std::chrono::steady_clock::time_point t) {
    deadline_ = t;
    if (t < watchdog_.expiry()) watchdog_.cancel();
  }
  void finish(const std::string& why);

  ssl::stream<tcp::socket> stream_;
  asio::steady_timer watchdog_;
  ConnectionManager& manager_;
  const ServerOptions& options_;
  std::string peer_;
  RelaySession session_;
  std::chrono::steady_clock::time_point deadline_;
  std::chrono::milliseconds idle_ = options_.idle_timeout;
  bool writing_ = false, done_ = false;
  std::array<char, 16 * 1024> buffer_{};  // one TLS record at most
};

class ConnectionManager {
 public:
  void start(const std::shared_ptr<Connection>& c) {
    connections_.insert(c);
    c->start();
  }
  void remove(const std::shared_ptr<Connection>& c) { connections_.erase(c); }
  void stop_all() {
    for (const auto& c : connections_) c->stop();
    connections_.clear();
  }
  std::size_t size() const { return connections_.size(); }

 private:
  std::set<std::shared_ptr<Connection>> connections_;
};

void Connection::start() {
  deadline_ = std::chrono::steady_clock::now() + options_.handshake_timeout;
  auto self = shared_from_this();
  asio::co_spawn(stream_.get_executor(), [self] { return self->serve(); }, asio::detached);
  asio::co_spawn(stream_.get_executor(), [self] { return self->watch(); }, asio::detached);
}

void Connection::finish(const std::string& why) {
  if (done_) return;
  done_ = true;
  session_.on_closed(why);
  stop();
  manager_.remove(shared_from_this());
}

awaitable<void> Connection::serve() {
  auto self = shared_from_this();
  error_code ec;
  co_await stream_.async_handshake(ssl::stream_base::server, asio::redirect_error(use_awaitable, ec));
  if (ec) {
    finish("TLS handshake failed: " + ec.message());
    co_return;
  }
  std::string why;
  for (;;) {
    set_deadline(std::chrono::steady_clock::now() + idle_);
    const std::size_t n = co_await stream_.async_read_some(asio::buffer(buffer_), asio::redirect_error(use_awaitable, ec));
    if (ec) {
      if (!session_.closed())
        why = ec == asio::error::eof || ec == ssl::error::stream_truncated ? "station closed the connection before bye"
                                                                         : "connection lost: " + ec.message();
      break;
    }
    auto out = session_.on_bytes(ByteView(reinterpret_cast<const std::uint8_t*>(buffer_.data()), n));
    if (!out.wire.empty()) {
      writing_ = true;
      co_await asio::async_write(stream_, asio::buffer(out.wire), asio::redirect_error(use_awaitable, ec));
      writing_ = false;
      if (ec) {
        why = "sending failed: " + ec.message();
        break;
      }
    }
    if (out.close) {
      set_deadline(std::chrono::steady_clock::now() + std::chrono::seconds(2));  // bound the goodbye
      co_await stream_.async_shutdown(asio::redirect_error(use_awaitable, ec));
      break;
    }
  }
  finish(why);
}

awaitable<void> Connection::watch() {
  auto self = shared_from_this();
  while (!done_) {
    watchdog_.expires_at(deadline_);
    error_code ec;
    co_await watchdog_.async_wait(asio::redirect_error(use_awaitable, ec));
    if (done_) break;
    if (deadline_ > std::chrono::steady_clock::now()) continue;  // moved on while we slept
    if (!session_.closed() && !writing_) {
      // Stalled: tell the station why, then close whether or not it reads it.
      auto out = session_.on_idle_timeout(idle_);
      auto wire = std::make_shared<std::string>(std::move(out.wire));
      writing_ = true;
      asio::async_write(stream_, asio::buffer(*wire), [wire, self](error_code, std::size_t) {
        self->writing_ = false;
        self->finish("");
      });
      deadline_ = std::chrono::steady_clock::now() + std::chrono::seconds(2);
      continue;
    }
    finish(session_.closed() ? "" : "stalled while the relay was sending");
  }
}

}  // namespace

// "host:port" or "[v6]:port"; unlike the data folder's setting, port 0 (any free port) is allowed.
tcp::endpoint parse_listen(const std::string& listen) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos) throw std::invalid_argument("cannot listen on '" + listen + "': expected host:port");
  std::string host = listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  const std::string port = listen.substr(colon + 1);
  char* end = nullptr;
  const long n = std::strtol(port.c_str(), &end, 10);
  if (port.empty() || *end != '\0' || n < 0 || n > 65535)
    throw std::invalid_argument("cannot listen on '" + listen + "': port must be a number from 0 to 65535");
  error_code ec;
  auto address = asio::ip::make_address(host, ec);
  if (ec) throw std::invalid_argument("cannot listen on '" + listen + "': " + host + " is not an IP address");
  return {address, static_cast<std::uint16_t>(n)};
}

struct Server::Impl {
  RelayData& data;
  ServerOptions options;
  asio::io_context io{1};
  ssl::context ctx{ssl::context::tlsv13_server};
  tcp::acceptor acceptor{io};
  asio::signal_set signals{io};
  ConnectionManager manager;
  bool stopping = false;

  Impl(RelayData& d, ServerOptions o) : data(d), options(std::move(o)) {}

  awaitable<void> accept_loop() {
    for (;;) {
      error_code ec;
      tcp::socket socket = co_await acceptor.async_accept(asio::redirect_error(use_awaitable, ec));
      if (ec) {
        if (stopping || ec == asio::error::operation_aborted) co_return;
        log_line("accept failed: " + ec.message());
        continue;
      }
      error_code ignored;
      socket.set_option(tcp::no_delay(true), ignored);
      auto remote = socket.remote_endpoint(ignored);
      const std::string peer = remote.address().to_string() + ":" + std::to_string(remote.port());
      manager.start(std::make_shared<Connection>(std::move(socket), ctx, data, manager, options, peer));
    }
  }

  void shutdown() {
    if (stopping) return;
    stopping = true;
    error_code ignored;
    acceptor.close(ignored);
    signals.cancel(ignored);
    manager.stop_all();
  }
};

Server::Server(RelayData& data, ServerOptions options) : impl_(std::make_unique<Impl>(data, std::move(options))) {
  auto& d = *impl_;
  d.ctx.use_certificate_chain_file(data.cert_path().string());
  d.ctx.use_private_key_file(data.tls_key_path().string(), ssl::context::pem);
  const std::string listen = d.options.listen.empty() ? data.settings().listen : d.options.listen;
  tcp::endpoint endpoint = parse_listen(listen);
  error_code ec;
  d.acceptor.open(endpoint.protocol());
  d.acceptor.set_option(tcp::acceptor::reuse_address(true));
  d.acceptor.bind(endpoint, ec);
  if (ec) throw std::runtime_error("cannot listen on " + listen + ": " + ec.message());
  d.acceptor.listen(asio::socket_base::max_listen_connections);
  data.events();  // opened (and device trust reconciled) before the first station arrives
}

Server::~Server() = default;

std::uint16_t Server::port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::run() {
  auto& d = *impl_;
  if (d.options.handle_signals) {
    d.signals.add(SIGINT);
    d.signals.add(SIGTERM);
    d.signals.async_wait([&d](error_code ec, int sig) {
      if (ec) return;
      log_line(std::string("stopping on ") + (sig == SIGINT ? "SIGINT" : "SIGTERM"));
      d.shutdown();
    });
  }
  const auto ep = d.acceptor.local_endpoint();
  if (d.options.on_listening) d.options.on_listening(ep.address().to_string(), ep.port());
  asio::co_spawn(d.io, d.accept_loop(), asio::detached);
  d.io.run();
}

void Server::stop() {
  asio::post(impl_->io, [this] { impl_->shutdown(); });
}

}  // namespace fg::relay

#include "net/server.h"

#include <algorithm>
#include <malloc.h>
#include <openssl/ssl.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <cerrno>
#include <csignal>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <list>
#include <map>
#include <mutex>
#include <optional>

#include "net/listen_address.h"
#include "net/log_throttle.h"
#include "net/relay_session.h"
#include "net/tls_socket.h"

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
using tcp = asio::ip::tcp;
using asio::awaitable;
using asio::use_awaitable;
using boost::system::error_code;

namespace fg::relay {

void log_line(const std::string& text) { log_line_as("relay", text); }

void log_line_as(const std::string& program, const std::string& text) {
  static std::mutex m;
  const auto now = std::chrono::system_clock::now();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  const std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char stamp[40];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &tm);
  std::lock_guard lock(m);
  std::cerr << stamp << '.' << std::setw(3) << std::setfill('0') << ms % 1000 << "Z " << program << ": " << text
            << std::endl;
}

namespace {

using Clock = std::chrono::steady_clock;

// Bytes per read. Small, because a read waits on every idle connection; OpenSSL decrypts a
// whole record into its own buffer and hands it out in pieces.
constexpr std::size_t kReadBuffer = 4 * 1024;
constexpr auto kGoodbye = std::chrono::seconds(2);  // to send a refusal or bye, then close
// Accept failing (out of file descriptors, memory): wait before the next try, doubling.
constexpr auto kAcceptBackoffMin = std::chrono::milliseconds(50);
constexpr auto kAcceptBackoffMax = std::chrono::seconds(1);
// Throttled log lines are written, and freed memory given back, at most this often.
constexpr auto kHousekeeping = std::chrono::seconds(1);

std::string seconds_text(std::chrono::milliseconds d) {
  if (d.count() % 1000 == 0) return std::to_string(d.count() / 1000) + " s";
  char text[32];
  std::snprintf(text, sizeof text, "%.1f s", static_cast<double>(d.count()) / 1000.0);
  return text;
}

class Connection;
class ConnectionManager;

// What every connection of one server shares.
struct Shared {
  RelayData& data;
  ssl::context& ctx;
  const ServerOptions& options;
  ConnectionManager& manager;
  LogThrottle& throttle;
  RelayMetrics& metrics;
};

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, Shared& shared, std::string peer)
      : socket_(std::move(socket)),
        watchdog_(socket_.get_executor()),
        shared_(shared),
        peer_(std::move(peer)),
        session_(
            shared.data, peer_,
            [this](const std::string& s) {
              if (!quiet_) log_line(s);
            },
            &shared.metrics) {}

  void start();
  // Ends the connection now; `why` goes into its summary line (empty: the session's outcome).
  void finish(const std::string& why);
  bool authenticated() const { return session_.authenticated(); }
  const std::string& device() const { return session_.device(); }
  std::list<std::shared_ptr<Connection>>::iterator slot;  // its place in the manager's list
  bool listed = false;

 private:
  // What the watchdog's deadline is for: it says what went wrong when it passes.
  enum class Wait { Handshake, Message, Idle, Write, Goodbye };
  awaitable<void> serve();
  awaitable<void> watch();
  void arm(Clock::time_point t, Wait w) {
    deadline_ = t;
    wait_ = w;
    if (t < watchdog_.expiry()) watchdog_.cancel();  // wake the watchdog if it sleeps past it
  }
  void arm_read();
  void note_frame_progress(std::size_t pending_before, std::size_t bytes_read);
  void on_deadline();
  awaitable<void> say_goodbye(std::shared_ptr<const std::string> wire);
  tcp::socket& lowest() { return stream_ ? stream_->socket() : socket_; }

  tcp::socket socket_;  // until the first byte arrives; then moved into stream_
  std::optional<TlsSocket> stream_;
  asio::steady_timer watchdog_;
  Shared& shared_;
  std::string peer_;
  RelaySession session_;
  const Clock::time_point accepted_ = Clock::now();
  Clock::time_point deadline_, frame_started_;
  Wait wait_ = Wait::Handshake;
  bool tls_ = false;        // the TLS handshake completed
  bool announced_ = false;  // the manager knows it authenticated
  bool writing_ = false, done_ = false, quiet_ = false;
  std::unique_ptr<char[]> buffer_;  // kReadBuffer, from the TLS handshake on
};

class ConnectionManager {
 public:
  void start(const std::shared_ptr<Connection>& c) {
    connections_.push_back(c);
    c->slot = std::prev(connections_.end());
    c->listed = true;
    peak_ = std::max(peak_, connections_.size());
    c->start();
  }
  void remove(Connection& c) {
    if (!c.listed) return;
    c.listed = false;
    if (c.authenticated()) {
      auto it = by_device_.find(c.device());
      if (it != by_device_.end() && it->second == &c) by_device_.erase(it);
    }
    ++closed_;
    connections_.erase(c.slot);  // may destroy c: the caller holds a reference
  }
  // Makes room by ending the oldest connection that has not authenticated (accept order);
  // false when every open connection is an authenticated session.
  bool shed_oldest_unauthenticated(const std::string& why) {
    const auto oldest = std::ranges::find_if(connections_, [](const auto& c) { return !c->authenticated(); });
    if (oldest == connections_.end()) return false;
    auto keep = *oldest;  // finish() may erase it from connections_
    keep->finish(why);
    ++shed_;
    return true;
  }
  // One session per device: the newer ends the older (a station back after a cut the relay
  // has not noticed yet, or a hostile device opening many).
  void authenticated(Connection& c) {
    auto [it, fresh] = by_device_.try_emplace(c.device(), &c);
    if (fresh || it->second == &c) return;
    Connection* older = it->second;
    it->second = &c;
    older->finish("replaced by a newer session of the same device");
  }
  void stop_all() {
    const auto all = connections_;
    for (const auto& c : all) c->finish("the relay is stopping");
  }
  std::size_t size() const { return connections_.size(); }
  std::size_t sessions() const { return by_device_.size(); }
  std::uint64_t shed() const { return shed_; }
  // Connections closed, and the most open at once, since the last call.
  std::pair<std::uint64_t, std::size_t> take_churn() {
    auto r = std::make_pair(closed_, peak_);
    closed_ = 0;
    peak_ = connections_.size();
    return r;
  }

 private:
  std::list<std::shared_ptr<Connection>> connections_;  // the oldest first
  std::map<std::string, Connection*> by_device_;        // authenticated sessions
  std::uint64_t shed_ = 0, closed_ = 0;
  std::size_t peak_ = 0;
};

void Connection::start() {
  arm(accepted_ + shared_.options.handshake_timeout, Wait::Handshake);
  auto self = shared_from_this();
  asio::co_spawn(
      socket_.get_executor(), [self] { return self->serve(); }, asio::detached);
  asio::co_spawn(
      socket_.get_executor(), [self] { return self->watch(); }, asio::detached);
}

void Connection::finish(const std::string& why) {
  if (done_) return;
  done_ = true;
  auto self = shared_from_this();
  if (!tls_) {
    // No TLS session yet (a port scan, a flood): one throttled line, not one per connection.
    quiet_ = true;
    shared_.throttle.note("connection ended before a TLS session: " + (why.empty() ? std::string("closed") : why));
  }
  session_.on_closed(why);
  error_code ignored;
  lowest().close(ignored);
  watchdog_.cancel();
  shared_.manager.remove(*this);
}

// Reads wait for the earliest deadline that applies: before authentication the handshake's,
// during a frame the message's (from its first byte, not reset by each byte), otherwise idle.
void Connection::arm_read() {
  const auto& o = shared_.options;
  const auto now = Clock::now();
  Clock::time_point t = session_.pending_bytes() > 0 ? frame_started_ + o.message_timeout : now + o.idle_timeout;
  Wait w = session_.pending_bytes() > 0 ? Wait::Message : Wait::Idle;
  if (!session_.authenticated() && accepted_ + o.handshake_timeout < t) {
    t = accepted_ + o.handshake_timeout;
    w = Wait::Handshake;
  }
  arm(t, w);
}

void Connection::note_frame_progress(std::size_t pending_before, std::size_t bytes_read) {
  const std::size_t pending = session_.pending_bytes();
  const bool frames_ended = pending_before + bytes_read != pending;  // bytes left as whole frames
  if (pending > 0 && (pending_before == 0 || frames_ended)) frame_started_ = Clock::now();
}

awaitable<void> Connection::serve() {
  auto self = shared_from_this();
  error_code ec;
  // No TLS state until the peer sends its first byte: an idle TCP connection costs a socket,
  // not a TLS engine and its buffers.
  co_await socket_.async_wait(tcp::socket::wait_read, asio::redirect_error(use_awaitable, ec));
  if (done_) co_return;
  if (ec) {
    finish("connection lost: " + ec.message());
    co_return;
  }
  stream_.emplace(std::move(socket_), shared_.ctx.native_handle());
  ec = co_await stream_->handshake();
  if (done_) co_return;
  if (ec) {
    finish("TLS handshake failed: " + ec.message());
    co_return;
  }
  tls_ = true;
  buffer_.reset(new char[kReadBuffer]);
  const auto& o = shared_.options;
  std::string why;
  for (;;) {
    RelaySession::Output out;
    if (session_.has_pending()) {
      out = session_.resume();  // frames that arrived together, a blob download: one piece at a time
    } else {
      arm_read();
      const std::size_t n = co_await stream_->read_some(buffer_.get(), kReadBuffer, ec);
      if (done_) co_return;
      if (ec) {
        if (!session_.closed())
          why = ec == asio::error::eof || ec == ssl::error::stream_truncated
                    ? "station closed the connection before bye"
                    : "connection lost: " + ec.message();
        break;
      }
      const std::size_t before = session_.pending_bytes();
      out = session_.on_bytes(ByteView(reinterpret_cast<const std::uint8_t*>(buffer_.get()), n));
      note_frame_progress(before, n);
    }
    if (!announced_ && session_.authenticated()) {
      announced_ = true;
      shared_.manager.authenticated(*this);
      if (done_) co_return;
    }
    if (!out.wire.empty()) {
      arm(Clock::now() + o.message_timeout, Wait::Write);
      writing_ = true;
      ec = co_await stream_->write(out.wire.data(), out.wire.size());
      writing_ = false;
      if (done_) co_return;
      if (ec) {
        why = "sending failed: " + ec.message();
        break;
      }
    }
    if (out.close) {
      arm(Clock::now() + kGoodbye, Wait::Goodbye);
      co_await stream_->shutdown();
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
    if (deadline_ > Clock::now()) continue;  // moved on while we slept
    on_deadline();
  }
}

void Connection::on_deadline() {
  const auto& o = shared_.options;
  // Nothing is written on a stream whose TLS handshake is pending: there is no session to
  // write on, and the log says what happened.
  if (!tls_) return finish("TLS handshake not completed within " + seconds_text(o.handshake_timeout));
  if (wait_ == Wait::Goodbye || session_.closed()) return finish("");
  if (writing_ || wait_ == Wait::Write) return finish("stalled while the relay was sending");
  std::string message;
  switch (wait_) {
    case Wait::Handshake:
      message = "not authenticated within " + seconds_text(o.handshake_timeout) + " of connecting";
      break;
    case Wait::Message:
      message = "a message was not complete " + seconds_text(o.message_timeout) + " after its first byte";
      break;
    default:
      message = "no message for " + seconds_text(o.idle_timeout);
      break;
  }
  // Tell the station why, then close whether or not it reads it.
  auto wire = std::make_shared<const std::string>(session_.on_timeout(message + ": closing").wire);
  writing_ = true;
  arm(Clock::now() + kGoodbye, Wait::Goodbye);
  auto self = shared_from_this();
  asio::co_spawn(
      lowest().get_executor(), [self, wire] { return self->say_goodbye(wire); }, asio::detached);
}

awaitable<void> Connection::say_goodbye(std::shared_ptr<const std::string> wire) {
  auto self = shared_from_this();
  co_await stream_->write(wire->data(), wire->size());
  writing_ = false;
  finish("");
}

}  // namespace

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

void listen_on(tcp::acceptor& acceptor, const std::string& listen, const std::string& who) {
  const tcp::endpoint endpoint = parse_listen(listen);
  error_code ec;
  acceptor.open(endpoint.protocol());
  acceptor.set_option(tcp::acceptor::reuse_address(true));
  acceptor.bind(endpoint, ec);
  if (ec) throw std::runtime_error(who + " cannot listen on " + listen + ": " + ec.message());
  acceptor.listen(asio::socket_base::max_listen_connections);
}

struct Server::Impl {
  RelayData& data;
  ServerOptions options;
  asio::io_context io{1};
  ssl::context ctx{ssl::context::tlsv13_server};
  tcp::acceptor acceptor{io};
  asio::signal_set signals{io};
  asio::steady_timer housekeeping{io};
  LogThrottle throttle{log_line, kHousekeeping};
  ConnectionManager manager;
  RelayMetrics metrics;
  Shared shared{data, ctx, options, manager, throttle, metrics};
  bool stopping = false;
  std::uint64_t accepted = 0, refused = 0, accept_failures = 0;

  Impl(RelayData& d, ServerOptions o) : data(d), options(std::move(o)) {}

  awaitable<void> accept_loop() {
    asio::steady_timer pause(io);
    auto backoff = std::chrono::milliseconds(kAcceptBackoffMin);
    for (;;) {
      error_code ec;
      tcp::socket socket = co_await acceptor.async_accept(asio::redirect_error(use_awaitable, ec));
      if (stopping || ec == asio::error::operation_aborted) co_return;
      if (ec) {
        ++accept_failures;
        // Out of file descriptors: closing an unauthenticated connection makes room at once.
        const bool out_of_fds =
            ec == asio::error::no_descriptors || ec == error_code(ENFILE, boost::system::system_category());
        if (out_of_fds && manager.shed_oldest_unauthenticated("shed: the relay ran out of file descriptors")) {
          throttle.note("accept failed: " + ec.message() + ": closed the oldest unauthenticated connection");
          continue;
        }
        // Otherwise wait before trying again (retrying at once would spin).
        throttle.note("accept failed: " + ec.message() + ": pausing accepts, at most " +
                      seconds_text(kAcceptBackoffMax));
        pause.expires_after(backoff);
        co_await pause.async_wait(asio::redirect_error(use_awaitable, ec));
        if (stopping) co_return;
        backoff = std::min<std::chrono::milliseconds>(backoff * 2, kAcceptBackoffMax);
        continue;
      }
      backoff = kAcceptBackoffMin;
      if (manager.size() >= options.max_connections &&
          !manager.shed_oldest_unauthenticated("shed: " + std::to_string(options.max_connections) +
                                               " connections open (--max-connections)")) {
        ++refused;
        ++metrics.connections_refused;
        throttle.note("connection refused: " + std::to_string(manager.size()) +
                      " authenticated sessions open, the cap (--max-connections)");
        error_code ignored;
        socket.close(ignored);
        continue;
      }
      ++accepted;
      ++metrics.connections_accepted;
      error_code ignored;
      socket.set_option(tcp::no_delay(true), ignored);
      auto remote = socket.remote_endpoint(ignored);
      const std::string peer = remote.address().to_string() + ":" + std::to_string(remote.port());
      manager.start(std::make_shared<Connection>(std::move(socket), shared, peer));
    }
  }

  awaitable<void> housekeeping_loop() {
    for (;;) {
      housekeeping.expires_after(kHousekeeping);
      error_code ec;
      co_await housekeeping.async_wait(asio::redirect_error(use_awaitable, ec));
      if (stopping) co_return;
      if (options.on_tick) options.on_tick();
      throttle.flush();
      // glibc keeps freed heap for reuse; after a burst of connections ends (at least half of
      // them gone), give it back so the relay's memory returns near its level before.
      const auto [closed, peak] = manager.take_churn();
      if (closed > 0 && manager.size() * 2 <= peak) ::malloc_trim(0);
    }
  }

  void wait_for_signal() {
    signals.async_wait([this](error_code ec, int sig) {
      if (ec || stopping) return;
      if (sig == SIGHUP) {
        log_line("reloading on SIGHUP");
        if (options.on_reload) options.on_reload();
        wait_for_signal();
        return;
      }
      log_line(std::string("stopping on ") + (sig == SIGINT ? "SIGINT" : "SIGTERM"));
      shutdown();
    });
  }

  void shutdown() {
    if (stopping) return;
    stopping = true;
    error_code ignored;
    acceptor.close(ignored);
    signals.cancel(ignored);
    housekeeping.cancel();
    log_line("connections: " + std::to_string(manager.size()) + " open, " + std::to_string(accepted) + " accepted, " +
             std::to_string(refused) + " refused at the cap, " + std::to_string(manager.shed()) + " shed, " +
             std::to_string(accept_failures) + " failed accepts since start");
    manager.stop_all();
    throttle.flush(Clock::now() + std::chrono::hours(1));
    if (options.on_stopping) options.on_stopping();
  }
};

Server::Server(RelayData& data, ServerOptions options) : impl_(std::make_unique<Impl>(data, std::move(options))) {
  auto& d = *impl_;
  if (d.options.max_connections == 0) throw std::invalid_argument("max_connections must be at least 1");
  d.ctx.use_certificate_chain_file(data.cert_path().string());
  d.ctx.use_private_key_file(data.tls_key_path().string(), ssl::context::pem);
  // OpenSSL frees a connection's record buffers while it has nothing in flight: most of the
  // memory of an idle connection.
  SSL_CTX_set_mode(d.ctx.native_handle(), SSL_MODE_RELEASE_BUFFERS);
  // OpenSSL writes to stations' sockets with write(2): a station gone mid-write must give
  // EPIPE, not end the process.
  std::signal(SIGPIPE, SIG_IGN);
  const std::string listen = d.options.listen.empty() ? data.settings().listen : d.options.listen;
  listen_on(d.acceptor, listen, "the relay");
  data.events();  // opened (and device trust reconciled) before the first station arrives
}

Server::~Server() = default;

std::uint16_t Server::port() const { return impl_->acceptor.local_endpoint().port(); }

asio::io_context& Server::io_context() { return impl_->io; }

const RelayMetrics& Server::metrics() const {
  impl_->metrics.connections_shed = impl_->manager.shed();
  return impl_->metrics;
}

std::size_t Server::connections_open() const { return impl_->manager.size(); }

std::size_t Server::sessions_open() const { return impl_->manager.sessions(); }

void Server::run() {
  auto& d = *impl_;
  if (d.options.handle_signals) {
    d.signals.add(SIGINT);
    d.signals.add(SIGTERM);
    d.signals.add(SIGHUP);
    d.wait_for_signal();
  }
  const auto ep = d.acceptor.local_endpoint();
  if (d.options.on_listening) d.options.on_listening(ep.address().to_string(), ep.port());
  asio::co_spawn(d.io, d.accept_loop(), asio::detached);
  asio::co_spawn(d.io, d.housekeeping_loop(), asio::detached);
  d.io.run();
}

void Server::stop() {
  asio::post(impl_->io, [this] { impl_->shutdown(); });
}

}  // namespace fg::relay

#include "witness/witness_server.h"

#include <openssl/ssl.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <utility>

#include "net/accept_next.h"
#include "net/listen_address.h"
#include "net/log_throttle.h"
#include "net/server.h"
#include "sync/messages.h"
#include "sync/witness_messages.h"

namespace fg::witness {

void log(const std::string& text) { relay::log_line_as("witness", text); }

namespace {

namespace asio = boost::asio;
using asio::awaitable, asio::use_awaitable, boost::system::error_code;
using tcp = asio::ip::tcp;
namespace ssl = asio::ssl;

using Clock = std::chrono::steady_clock;
constexpr std::size_t kReadBuffer = 4 * 1024;

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, ssl::context& ctx, const WitnessServerOptions& options, std::size_t& open,
             relay::LogThrottle& throttle)
      : stream_(std::move(socket), ctx),
        watchdog_(stream_.get_executor()),
        options_(options),
        open_(open),
        throttle_(throttle) {
    error_code ignored;
    const auto remote = stream_.lowest_layer().remote_endpoint(ignored);
    peer_ = remote.address().to_string() + ":" + std::to_string(remote.port());
    ++open_;
  }
  ~Connection() { --open_; }

  void start() {
    arm(Clock::now() + options_.handshake_timeout, "the TLS handshake was not complete");
    auto self = shared_from_this();
    asio::co_spawn(
        stream_.get_executor(), [self] { return self->serve(); }, asio::detached);
    asio::co_spawn(
        stream_.get_executor(), [self] { return self->watch(); }, asio::detached);
  }

 private:
  void arm(Clock::time_point t, const char* what) {
    deadline_ = t;
    waiting_for_ = what;
    watchdog_.cancel();
  }

  void close(const std::string& why) {
    if (done_) return;
    done_ = true;
    // Throttled by text (no peer in it): a flood of bad connections is a few lines a second.
    if (!why.empty()) throttle_.note("connection closed: " + why);
    error_code ignored;
    stream_.lowest_layer().close(ignored);
    watchdog_.cancel();
  }

  awaitable<void> watch() {
    auto self = shared_from_this();
    while (!done_) {
      watchdog_.expires_at(deadline_);
      error_code ec;
      co_await watchdog_.async_wait(asio::redirect_error(use_awaitable, ec));
      if (!done_ && deadline_ <= Clock::now()) close(std::string(waiting_for_) + " in time");
    }
  }

  awaitable<void> serve() {
    auto self = shared_from_this();
    error_code ec;
    co_await stream_.async_handshake(ssl::stream_base::server, asio::redirect_error(use_awaitable, ec));
    if (ec) co_return close(done_ ? "" : "TLS handshake failed: " + ec.message());
    sync::FrameDecoder decoder(sync::kMaxWitnessPayload);
    std::unique_ptr<char[]> buffer(new char[kReadBuffer]);
    Clock::time_point frame_started{};
    for (;;) {
      while (auto frame = decoder.next()) {
        const sync::Frame reply = options_.answer(*frame, peer_);
        arm(Clock::now() + options_.message_timeout, "the reply was not taken");
        co_await asio::async_write(stream_, asio::buffer(sync::encode_frame(reply.type, reply.payload)),
                                   asio::redirect_error(use_awaitable, ec));
        if (ec || reply.type == sync::MsgType::Error) co_return close(ec ? "sending failed: " + ec.message() : "");
      }
      if (decoder.failed()) {
        const sync::Frame refusal = sync::make(sync::ErrorMsg{sync::err::kOversized, decoder.error()});
        arm(Clock::now() + options_.message_timeout, "the refusal was not taken");
        co_await asio::async_write(stream_, asio::buffer(sync::encode_frame(refusal.type, refusal.payload)),
                                   asio::redirect_error(use_awaitable, ec));
        co_return close(decoder.error());
      }
      // A message must be whole within message_timeout of its first byte; between messages
      // the idle deadline applies.
      if (decoder.pending_bytes() > 0)
        arm(frame_started + options_.message_timeout, "a message was not complete");
      else
        arm(Clock::now() + options_.idle_timeout, "no message came");
      const std::size_t n = co_await stream_.async_read_some(asio::buffer(buffer.get(), kReadBuffer),
                                                             asio::redirect_error(use_awaitable, ec));
      if (ec)
        co_return close(done_ || ec == asio::error::eof || ec == ssl::error::stream_truncated
                            ? ""
                            : "connection lost: " + ec.message());
      const bool starting = decoder.pending_bytes() == 0;
      decoder.feed(ByteView(reinterpret_cast<const std::uint8_t*>(buffer.get()), n));
      if (starting) frame_started = Clock::now();
    }
  }

  ssl::stream<tcp::socket> stream_;
  asio::steady_timer watchdog_;
  const WitnessServerOptions& options_;
  std::size_t& open_;
  relay::LogThrottle& throttle_;
  std::string peer_;
  Clock::time_point deadline_;
  const char* waiting_for_ = "";
  bool done_ = false;
};

}  // namespace

// Connections refer to options, open, throttle and ctx: declared before io, so that they
// outlive the connections io's destruction ends.
struct WitnessServer::Impl {
  WitnessServerOptions options;
  std::size_t open = 0;
  std::uint64_t refused = 0;
  bool stopping = false;
  relay::LogThrottle throttle{log, std::chrono::seconds(1)};
  ssl::context ctx{ssl::context::tlsv13_server};
  asio::io_context io{1};
  tcp::acceptor acceptor{io};
  asio::signal_set signals{io};
  asio::steady_timer pause{io}, housekeeping{io};

  awaitable<void> accept_loop() {
    while (auto socket = co_await relay::accept_next(acceptor, pause, stopping)) {
      if (open >= options.max_connections) {
        ++refused;
        throttle.note("connection refused: " + std::to_string(open) + " open, the cap (--max-connections)");
        error_code ignored;
        socket->close(ignored);
        continue;
      }
      std::make_shared<Connection>(std::move(*socket), ctx, options, open, throttle)->start();
    }
  }

  awaitable<void> housekeeping_loop() {
    while (!stopping) {
      housekeeping.expires_after(std::chrono::seconds(1));
      error_code ec;
      co_await housekeeping.async_wait(asio::redirect_error(use_awaitable, ec));
      throttle.flush();
    }
  }

  void stop_on_signals() {
    signals.add(SIGINT);
    signals.add(SIGTERM);
    signals.async_wait([this](error_code ec, int) {
      if (!ec) shutdown();
    });
  }

  void shutdown() {
    if (std::exchange(stopping, true)) return;
    log("stopping; " + std::to_string(refused) + " connections refused at the cap since start");
    for (auto* timer : {&housekeeping, &pause}) timer->cancel();
    error_code ignored;
    signals.cancel(ignored);
    acceptor.close(ignored);
    throttle.flush(Clock::now() + std::chrono::hours(1));
    io.stop();  // open connections end with the process; every answer already committed
  }
};

WitnessServer::WitnessServer(WitnessServerOptions options) : impl_(std::make_unique<Impl>()) {
  auto& d = *impl_;
  d.options = std::move(options);
  if (d.options.max_connections == 0) throw std::invalid_argument("max_connections must be at least 1");
  d.ctx.use_certificate_chain_file(d.options.cert.string());
  d.ctx.use_private_key_file(d.options.key.string(), ssl::context::pem);
  SSL_CTX_set_mode(d.ctx.native_handle(), SSL_MODE_RELEASE_BUFFERS);
  relay::listen_on(d.acceptor, d.options.listen, "the witness");
}

WitnessServer::~WitnessServer() = default;

std::uint16_t WitnessServer::port() const { return impl_->acceptor.local_endpoint().port(); }

void WitnessServer::run() {
  auto& d = *impl_;
  if (d.options.on_listening) d.options.on_listening(d.acceptor.local_endpoint().address().to_string(), port());
  if (d.options.handle_signals) d.stop_on_signals();
  for (auto loop : {&Impl::accept_loop, &Impl::housekeeping_loop}) asio::co_spawn(d.io, (d.*loop)(), asio::detached);
  d.io.run();
}

void WitnessServer::stop() {
  asio::post(impl_->io, [this] { impl_->shutdown(); });
}

}  // namespace fg::witness

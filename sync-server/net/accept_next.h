#pragma once
// The accept step the console's and the metrics listeners share: the next connection, or,
// when accepting fails (out of file descriptors and the like), a 100 ms pause and another try
// instead of a spin. nullopt once `stopping` is set or the acceptor is closed.
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <optional>

namespace fg::relay {

inline boost::asio::awaitable<std::optional<boost::asio::ip::tcp::socket>> accept_next(
    boost::asio::ip::tcp::acceptor& acceptor, boost::asio::steady_timer& pause, const bool& stopping) {
  namespace asio = boost::asio;
  for (;;) {
    boost::system::error_code ec;
    auto socket = co_await acceptor.async_accept(asio::redirect_error(asio::use_awaitable, ec));
    if (stopping || ec == asio::error::operation_aborted) co_return std::nullopt;
    if (!ec) co_return std::optional<asio::ip::tcp::socket>(std::move(socket));
    pause.expires_after(std::chrono::milliseconds(100));
    co_await pause.async_wait(asio::redirect_error(asio::use_awaitable, ec));
    if (stopping) co_return std::nullopt;
  }
}

}  // namespace fg::relay

#pragma once
// "host:port" or "[v6]:port" to an endpoint; unlike the data folder's setting, port 0 (any
// free port) is allowed. Throws std::invalid_argument saying what is wrong. Defined in
// server.cpp; shared with the console's server, the other Asio translation unit.
#include <boost/asio/ip/tcp.hpp>
#include <string>

namespace fg::relay {

boost::asio::ip::tcp::endpoint parse_listen(const std::string& listen);

// Opens, binds (address reuse on) and starts `acceptor` listening on `listen`. Throws
// std::runtime_error "<who> cannot listen on <listen>: <reason>".
void listen_on(boost::asio::ip::tcp::acceptor& acceptor, const std::string& listen, const std::string& who);

}  // namespace fg::relay

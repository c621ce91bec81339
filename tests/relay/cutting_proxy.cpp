#include "cutting_proxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>
#include <string>

namespace fg::test {

namespace {
sockaddr_in loopback(std::uint16_t port) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  ::inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
  return a;
}
bool write_all(int fd, const char* p, std::size_t n) {
  while (n > 0) {
    const ssize_t w = ::send(fd, p, n, MSG_NOSIGNAL);
    if (w <= 0) return false;
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}
}  // namespace

CuttingProxy::CuttingProxy(std::uint16_t target_port) : target_(target_port) {
  listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
  auto a = loopback(0);
  if (::bind(listener_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(listener_, 16) != 0)
    throw std::runtime_error("proxy cannot listen");
  socklen_t len = sizeof a;
  ::getsockname(listener_, reinterpret_cast<sockaddr*>(&a), &len);
  port_ = ntohs(a.sin_port);
  thread_ = std::thread([this] { run(); });
}

CuttingProxy::~CuttingProxy() {
  stop_ = true;
  ::shutdown(listener_, SHUT_RDWR);
  ::close(listener_);
  thread_.join();
}

void CuttingProxy::run() {
  while (!stop_) {
    pollfd p{listener_, POLLIN, 0};
    if (::poll(&p, 1, 100) <= 0) continue;
    const int client = ::accept(listener_, nullptr, nullptr);
    if (client < 0) continue;
    relay_connection(client);  // one at a time: a sync is one connection
  }
}

void CuttingProxy::relay_connection(int client) {
  const int server = ::socket(AF_INET, SOCK_STREAM, 0);
  auto a = loopback(target_);
  if (::connect(server, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    ::close(client);
    ::close(server);
    return;
  }
  int one = 1;
  ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  ::setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  const int limit = cut_after_;
  int records = 0;
  bool cut = false;
  std::string pending[2];  // bytes read from client (0) / server (1) not yet forwarded
  const int from[2] = {client, server}, to[2] = {server, client};
  bool open = true;
  while (open && !cut && !stop_) {
    pollfd p[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
    if (::poll(p, 2, 200) < 0) break;
    for (int side = 0; side < 2 && open && !cut; ++side) {
      if (!(p[side].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      char buf[65536];
      const ssize_t n = ::recv(from[side], buf, sizeof buf, 0);
      if (n <= 0) {
        open = false;
        break;
      }
      pending[side].append(buf, static_cast<std::size_t>(n));
      // Forward whole TLS records (5-byte header: type, version, length), one at a time.
      while (pending[side].size() >= 5) {
        const auto* h = reinterpret_cast<const unsigned char*>(pending[side].data());
        const std::size_t len = 5 + (std::size_t{h[3]} << 8 | h[4]);
        if (pending[side].size() < len) break;
        if (!write_all(to[side], pending[side].data(), len)) {
          open = false;
          break;
        }
        pending[side].erase(0, len);
        if (limit > 0 && ++records >= limit) {
          cut = true;
          break;
        }
        if (limit == 0) ++records;
      }
    }
  }
  // Forward nothing more; both ends see the connection drop.
  ::shutdown(client, SHUT_RDWR);
  ::shutdown(server, SHUT_RDWR);
  ::close(client);
  ::close(server);
  last_records_ = records;
  last_cut_ = cut;
}

}  // namespace fg::test

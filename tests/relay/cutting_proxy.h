#pragma once
// A loopback TCP proxy that cuts each connection after the N-th TLS record it forwarded (both
// directions counted, in arrival order). Every sync message is one or more TLS records, so
// cutting after 1, 2, 3... records cuts the sync at every message boundary in turn (and at
// the boundaries inside large messages and the handshake).
#include <atomic>
#include <cstdint>
#include <thread>

namespace fg::test {

class CuttingProxy {
 public:
  explicit CuttingProxy(std::uint16_t target_port);
  ~CuttingProxy();
  CuttingProxy(const CuttingProxy&) = delete;
  CuttingProxy& operator=(const CuttingProxy&) = delete;

  std::uint16_t port() const { return port_; }
  void cut_after(int records) { cut_after_ = records; }  // 0: never cut
  int last_records() const { return last_records_; }
  bool last_was_cut() const { return last_cut_; }

 private:
  void run();
  void relay_connection(int client);
  std::uint16_t target_;
  std::uint16_t port_ = 0;
  int listener_ = -1;
  std::atomic<int> cut_after_{0};
  std::atomic<int> last_records_{0};
  std::atomic<bool> last_cut_{false};
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace fg::test

#pragma once
// What the sync session needs from a connection: send a frame, receive the next one. The TLS
// client implements it for real; tests can implement it in memory.
#include <stdexcept>
#include <string>

#include "sync/frame.h"

namespace fg::sync {

// A sync that could not complete. `code` is one of the err:: codes when the relay refused
// (its Error frame), or "unreachable" / "network" / "timeout" / "certificate_mismatch" /
// "protocol" locally.
class SyncError : public std::runtime_error {
 public:
  SyncError(std::string code, const std::string& message) : std::runtime_error(message), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

class Transport {
 public:
  virtual ~Transport() = default;
  virtual void send(const Frame& f) = 0;  // throws SyncError
  virtual Frame receive() = 0;            // throws SyncError (closed, timeout, bad frame)
};

}  // namespace fg::sync

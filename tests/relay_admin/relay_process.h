#pragma once
// Runs the real fairguard-relay binary and captures its exit code, stdout and stderr.
#include <string>
#include <vector>

namespace fg::test {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// argv[0] is the relay binary (FAIRGUARD_RELAY_EXE); stdin is /dev/null so nothing waits for
// a terminal. Bounded by `timeout_seconds` (the child is killed after it).
ProcessResult run_relay(const std::vector<std::string>& args, int timeout_seconds = 60);

}  // namespace fg::test

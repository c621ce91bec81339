#include "support/run_command.h"

#include <iostream>

#include "support/child_process.h"

namespace fg::test {

namespace {
// Long enough for any command a test runs (openssl, sha256sum, unzip...), bounded all the same.
constexpr std::chrono::seconds kCommandTimeout{300};
}  // namespace

int run_command(const std::string& command, std::string* out) {
  const RunResult r = run_process({"/bin/sh", "-c", command}, kCommandTimeout);
  std::cerr << r.err;  // shown in the test's log, as before
  if (out) *out = r.out;
  return r.term_signal != 0 ? -1 : r.code;
}

int run_command_with_stderr(const std::string& command, std::string* out) {
  return run_command(command + " 2>&1", out);
}

}  // namespace fg::test

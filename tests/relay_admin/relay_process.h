#pragma once
// Runs the real fairguard-relay binary and captures its exit code, stdout and stderr
// (through support/child_process.h; the terminal form below is the only pty runner).
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

namespace fg::test {

// Runs the relay with a pseudo-terminal as its controlling terminal, stdin, stdout and stderr
// (all captured in `out`). Each time the output shows the next prompt, the matching reply and
// a newline are typed. Bounded by `timeout_seconds`.
struct TerminalReply {
  std::string prompt;
  std::string reply;
};
ProcessResult run_relay_on_terminal(const std::vector<std::string>& args, const std::vector<TerminalReply>& replies,
                                    int timeout_seconds = 60);

}  // namespace fg::test

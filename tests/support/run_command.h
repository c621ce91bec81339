#pragma once
// Runs a shell command (sh -c, stdin /dev/null) and waits for it (killed after 5 minutes).
// For a program run without a shell, or kept running, see child_process.h.
#include <string>

namespace fg::test {

// Returns its exit status (-1 if it did not exit normally) and, if `out`, its stdout; its
// stderr goes to the test's stderr.
int run_command(const std::string& command, std::string* out = nullptr);

// The same with stderr captured into `out` too (for checking a CLI's error messages).
int run_command_with_stderr(const std::string& command, std::string* out = nullptr);

}  // namespace fg::test

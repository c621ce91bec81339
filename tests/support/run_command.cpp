#include "support/run_command.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>

namespace fg::test {

int run_command(const std::string& command, std::string* out) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return -1;
  std::array<char, 4096> buf{};
  std::string text;
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) text.append(buf.data(), n);
  const int status = ::pclose(pipe);
  if (out) *out = text;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int run_command_with_stderr(const std::string& command, std::string* out) {
  return run_command(command + " 2>&1", out);
}

}  // namespace fg::test

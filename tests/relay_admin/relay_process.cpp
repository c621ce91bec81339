#include "relay_process.h"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

#include "support/child_process.h"

namespace fg::test {

ProcessResult run_relay(const std::vector<std::string>& args, int timeout_seconds) {
  std::vector<std::string> argv{FAIRGUARD_RELAY_EXE};
  argv.insert(argv.end(), args.begin(), args.end());
  // No controlling terminal, so a PIN prompt fails instead of waiting for a person.
  RunResult r = run_process(argv, std::chrono::seconds(timeout_seconds), ChildOptions{.no_terminal = true});
  return ProcessResult{r.code, std::move(r.out), std::move(r.err)};
}

ProcessResult run_relay_on_terminal(const std::vector<std::string>& args, const std::vector<TerminalReply>& replies,
                                    int timeout_seconds) {
  std::vector<std::string> all{FAIRGUARD_RELAY_EXE};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);

  int master = -1;
  const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
  if (pid < 0) throw std::runtime_error("forkpty failed");
  if (pid == 0) {
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ProcessResult r;
  std::size_t next = 0, searched_from = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  bool killed = false;
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      ::kill(pid, SIGKILL);
      killed = true;
      break;
    }
    pollfd fd{master, POLLIN, 0};
    if (::poll(&fd, 1, static_cast<int>(left.count())) <= 0) continue;
    char buf[4096];
    const ssize_t n = ::read(master, buf, sizeof buf);
    if (n <= 0) break;  // EIO once the child has exited and closed the terminal
    r.out.append(buf, static_cast<std::size_t>(n));
    if (next < replies.size()) {
      const auto at = r.out.find(replies[next].prompt, searched_from);
      if (at != std::string::npos) {
        const std::string line = replies[next].reply + "\n";
        if (::write(master, line.data(), line.size()) != static_cast<ssize_t>(line.size())) break;
        searched_from = at + replies[next].prompt.size();
        ++next;
      }
    }
  }
  ::close(master);
  int status = 0;
  ::waitpid(pid, &status, 0);
  r.exit_code = killed ? -1 : WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

}  // namespace fg::test

#include "relay_process.h"

#include <SQLiteCpp/Database.h>
#include <signal.h>

#include <algorithm>
#include <cstring>
#include <sstream>
#include <stdexcept>

#include "tlog/transparency_log.h"

namespace fg::test {

RelayProcess::RelayProcess(std::filesystem::path dir, int idle_timeout_seconds)
    : dir_(std::move(dir)), idle_(idle_timeout_seconds) {
  auto r = admin({"init", "--fair", "CF138", "--name", "Canton Fair 138", "--venue", "Pazhou", "--from", "2026-10-15",
                  "--to", "2026-10-19", "--listen", "127.0.0.1:7443"});
  if (r.code != 0) throw std::runtime_error("fairguard-relay init failed: " + r.err + r.out);
}

RelayProcess::~RelayProcess() {
  if (serve_) stop(SIGKILL);
}

RunResult RelayProcess::admin(const std::vector<std::string>& args) {
  std::vector<std::string> argv{FAIRGUARD_RELAY_EXE, args.front(), "--data", dir_.string()};
  argv.insert(argv.end(), args.begin() + 1, args.end());
  return run_process(argv);
}

void RelayProcess::start() {
  std::vector<std::string> argv{FAIRGUARD_RELAY_EXE, "serve",    "--data",
                                dir_.string(),       "--listen", "127.0.0.1:" + std::to_string(port_)};
  if (std::find(extra_.begin(), extra_.end(), "--idle-timeout") == extra_.end())
    argv.insert(argv.end(), {"--idle-timeout", std::to_string(idle_)});
  argv.insert(argv.end(), extra_.begin(), extra_.end());
  if (max_open_files_ > 0) {
    // The shell sets the open-file limit and execs the relay in its place (same pid).
    const std::string limit = std::to_string(max_open_files_);
    argv.insert(argv.begin(), {"/bin/sh", "-c", "ulimit -n " + limit + " && exec \"$0\" \"$@\""});
  }
  serve_ = std::make_unique<ChildProcess>(argv);
  auto line = serve_->wait_stdout(" on 127.0.0.1:", std::chrono::seconds(30));
  if (!line) throw std::runtime_error("fairguard-relay serve did not report its port: " + serve_->err());
  const auto at = line->find(" on 127.0.0.1:") + 14;
  port_ = static_cast<std::uint16_t>(std::stoi(line->substr(at)));
}

void RelayProcess::stop(int sig) {
  if (!serve_) return;
  serve_->signal(sig);
  auto code = serve_->wait(std::chrono::seconds(30));
  if (!code) {
    serve_->signal(SIGKILL);
    code = serve_->wait(std::chrono::seconds(10));
  }
  last_exit_ = code.value_or(-1);
  serve_->drain();
  serve_.reset();
}

std::string RelayProcess::enroll(const std::string& station) {
  auto r = admin({"enroll", "--station", station, "--host", "127.0.0.1", "--port", std::to_string(port_)});
  if (r.code != 0) throw std::runtime_error("fairguard-relay enroll failed: " + r.err);
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);)
    if (line.rfind("FGE1:", 0) == 0) return line;
  throw std::runtime_error("fairguard-relay enroll printed no FGE1 payload: " + r.out);
}

void rebuild_log_without(const std::filesystem::path& relay_db, const Digest& removed) {
  SQLite::Database db(relay_db.string(), SQLite::OPEN_READWRITE);
  db.setBusyTimeout(10000);
  std::vector<Digest> leaves;
  bool found = false;
  {
    SQLite::Statement q(db, "SELECT event_hash FROM tlog_leaves ORDER BY idx");
    while (q.executeStep()) {
      Digest d{};
      std::memcpy(d.data(), q.getColumn(0).getBlob(), d.size());
      if (d == removed)
        found = true;
      else
        leaves.push_back(d);
    }
  }
  if (!found) throw std::runtime_error("rebuild_log_without: the event is not in the log");
  db.exec("DELETE FROM tlog_leaves; DELETE FROM tlog_nodes; DELETE FROM tlog_heads;");
  TransparencyLog log(db);
  log.append(leaves);
}

}  // namespace fg::test

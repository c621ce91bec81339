#include "witness_process.h"

#include <sstream>
#include <stdexcept>

#include "sync/messages.h"

namespace fg::test {

namespace {
RunResult witness(const std::vector<std::string>& args) {
  std::vector<std::string> argv{FAIRGUARD_WITNESS_EXE};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_process(argv);
}
}  // namespace

WitnessProcess::WitnessProcess(std::filesystem::path dir) : dir_(std::move(dir)) {
  const RunResult r = witness({"init", "--data", dir_.string()});
  const std::string marker = "witness public key: ";
  const auto at = r.out.find(marker);
  if (r.code != 0 || at == std::string::npos) throw std::runtime_error("fairguard-witness init failed: " + r.err);
  auto key = public_key_from_hex(r.out.substr(at + marker.size(), 64));
  if (!key) throw std::runtime_error("fairguard-witness init printed no key: " + r.out);
  key_ = *key;
}

WitnessProcess::~WitnessProcess() {
  if (serve_) stop(SIGKILL);
}

void WitnessProcess::add_log(const std::string& name, const PublicKey& key) {
  const RunResult r = witness({"add-log", "--data", dir_.string(), "--name", name, "--key", to_hex(key)});
  if (r.code != 0) throw std::runtime_error("fairguard-witness add-log failed: " + r.err);
}

RunResult WitnessProcess::command(const std::string& sub) { return witness({sub, "--data", dir_.string()}); }

void WitnessProcess::start(std::vector<std::string> extra) {
  std::vector<std::string> argv{FAIRGUARD_WITNESS_EXE, "serve",    "--data",
                                dir_.string(),         "--listen", "127.0.0.1:" + std::to_string(port_)};
  argv.insert(argv.end(), extra.begin(), extra.end());
  serve_ = std::make_unique<ChildProcess>(argv);
  auto line = serve_->wait_stdout(" on 127.0.0.1:", std::chrono::seconds(30));
  if (!line) throw std::runtime_error("fairguard-witness serve did not report its port: " + serve_->err());
  port_ = static_cast<std::uint16_t>(std::stoi(line->substr(line->find(" on 127.0.0.1:") + 14)));
}

void WitnessProcess::stop(int sig) {
  if (!serve_) return;
  serve_->signal(sig);
  if (!serve_->wait(std::chrono::seconds(30))) {
    serve_->signal(SIGKILL);
    serve_->wait(std::chrono::seconds(10));
  }
  serve_->drain();
  serve_.reset();
}

std::unique_ptr<sync::TlsClient> WitnessProcess::connect() const {
  return std::make_unique<sync::TlsClient>("127.0.0.1", port_, sync::TlsClient::Unpinned{}, std::chrono::seconds(10));
}

sync::WitnessReply WitnessProcess::ask(const sync::AddHead& request) const {
  auto c = connect();
  c->send(sync::make(request));
  const sync::Frame f = c->receive();
  if (f.type == sync::MsgType::Error) {
    const auto e = sync::parse_error(f);
    throw sync::SyncError(e.code, e.message);
  }
  c->close();
  return sync::parse_witness_reply(f);
}

void TestLog::grow(int leaves, const std::string& tag) {
  for (int i = 0; i < leaves; ++i) tree.append(as_bytes(tag + std::to_string(tree.size())));
}

SignedTreeHead TestLog::head(std::int64_t time_ms) const {
  return sign_tree_head(TreeHead{tree.size(), tree.root(), time_ms}, key);
}

sync::AddHead TestLog::add(std::uint64_t old_size, std::int64_t time_ms) const {
  sync::AddHead a;
  a.log = key.public_key();
  a.old_size = old_size;
  if (old_size > 0 && old_size <= tree.size()) a.proof = tree.consistency_proof(old_size, tree.size());
  a.head = head(time_ms);
  return a;
}

WitnessFixture::WitnessFixture(std::vector<std::string> serve_flags) {
  witness.add_log("CF138 bureau relay", log.key.public_key());
  witness.start(std::move(serve_flags));
}

}  // namespace fg::test

#pragma once
// Helpers for the blob store tests: generated streams, forked children (TempDir comes from
// support/).
#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>

#include "crypto/bytes.h"
#include "crypto/sha256.h"
#include "support/temp_dir.h"

namespace fg::test {

// Deterministic pseudo-random bytes (splitmix64), so failures can be reproduced.
inline Bytes pseudo_random_bytes(std::size_t size, std::uint64_t seed) {
  Bytes out(size);
  for (auto& b : out) {
    seed += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = seed;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    b = static_cast<std::uint8_t>(z ^ (z >> 31));
  }
  return out;
}

// An input stream source that makes `size` pseudo-random bytes on the fly, 64 KiB at a time,
// hashing what it hands out: a large upload without the upload ever existing in memory.
class GeneratedSource : public std::streambuf {
 public:
  GeneratedSource(std::uint64_t size, std::uint64_t seed) : left_(size), seed_(seed) {}
  std::string produced_hash() { return to_hex(hasher_.finish()); }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (left_ == 0) return traits_type::eof();
    const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(buffer_.size(), left_));
    const Bytes bytes = pseudo_random_bytes(n, seed_++);
    std::copy(bytes.begin(), bytes.end(), reinterpret_cast<std::uint8_t*>(buffer_.data()));
    hasher_.update(bytes);
    left_ -= n;
    setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::array<char, 64 * 1024> buffer_{};
  std::uint64_t left_;
  std::uint64_t seed_;
  Sha256 hasher_;
};

// An output stream target that keeps nothing: it only hashes and counts what it is given.
class HashingSink : public std::streambuf {
 public:
  std::string hash() { return to_hex(hasher_.finish()); }
  std::uint64_t size() const { return size_; }

 protected:
  std::streamsize xsputn(const char* data, std::streamsize n) override {
    hasher_.update(ByteView(reinterpret_cast<const std::uint8_t*>(data), static_cast<std::size_t>(n)));
    size_ += static_cast<std::uint64_t>(n);
    return n;
  }
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    const char ch = traits_type::to_char_type(c);
    xsputn(&ch, 1);
    return c;
  }

 private:
  Sha256 hasher_;
  std::uint64_t size_ = 0;
};

// Inverts one byte of `file` in place: always a change, whatever the byte was. Returns false
// if the file has no such byte or the write failed.
inline bool flip_byte(const std::filesystem::path& file, std::uint64_t position) {
  std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
  f.seekg(static_cast<std::streamoff>(position));
  const int old = f.get();
  if (old == std::char_traits<char>::eof()) return false;
  f.seekp(static_cast<std::streamoff>(position));
  f.put(static_cast<char>(old ^ 0xff));
  return f.good();
}

inline void write_whole(const std::filesystem::path& file, ByteView bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

// What a forked child reported: its exit code and the text it wrote to `report`.
struct ChildResult {
  int exit_code = -1;
  std::string report;
};

// Runs `body` in a forked child (so rlimits and memory peaks stay there). The child writes
// its findings to the stream it is given and returns its exit code; it never returns to Catch.
inline ChildResult run_in_child(const std::function<int(std::ostream& report)>& body) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    ::close(pipe_fds[0]);
    std::ostringstream report;
    int code = 99;
    try {
      code = body(report);
    } catch (const std::exception& e) {
      report << "child threw unexpectedly: " << e.what();
    }
    const std::string text = report.str();
    if (::write(pipe_fds[1], text.data(), text.size()) < 0) code = 98;
    ::_exit(code);
  }
  ::close(pipe_fds[1]);
  ChildResult result;
  char buffer[4096];
  ssize_t n = 0;
  while ((n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0)
    result.report.append(buffer, static_cast<std::size_t>(n));
  ::close(pipe_fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

}  // namespace fg::test

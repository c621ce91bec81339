#pragma once
// Thin POSIX file-descriptor helpers for the blob store's durable write path. Every failure
// becomes a std::runtime_error naming the path and the errno text (ENOSPC, EFBIG, EIO...),
// which iostreams would have reduced to a bare failbit.
#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "crypto/bytes.h"

namespace fg::posix {

// Owns one file descriptor; closes it on destruction.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd();
  Fd(Fd&& other) noexcept : fd_(other.release()) {}
  Fd& operator=(Fd&& other) noexcept;
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;

  int get() const { return fd_; }
  int release() {
    const int fd = fd_;
    fd_ = -1;
    return fd;
  }

 private:
  int fd_ = -1;
};

// Throws std::runtime_error("blob store: <what> <path>: <strerror(err)>").
[[noreturn]] void throw_errno(const std::string& what, const std::filesystem::path& path, int err);

// Opens `path` (O_CLOEXEC is added) and takes an exclusive flock on it, making sure the name
// still refers to the locked file (it may have been renamed or removed while we waited).
// Returns nullopt when the file does not exist and O_CREAT was not asked for.
std::optional<Fd> open_locked(const std::filesystem::path& path, int flags, mode_t mode = 0644);
// True when `path` currently names the file open as `fd`.
bool still_named(int fd, const std::filesystem::path& path);

void write_all(int fd, ByteView data, const std::filesystem::path& path);
// Reads up to `size` bytes, retrying on EINTR; returns 0 at end of file, -1 with errno set
// on error (callers decide whether an error is a refusal or an exception).
ssize_t read_some(int fd, std::uint8_t* buffer, std::size_t size);
void fsync_or_throw(int fd, const std::filesystem::path& path);
// Makes a directory entry change (create, rename, unlink) inside `dir` durable.
void fsync_dir(const std::filesystem::path& dir);
// Creates `dir` (mode 0755); true if it was newly created, false if it already existed.
bool make_dir(const std::filesystem::path& dir);
void rename_or_throw(const std::filesystem::path& from, const std::filesystem::path& to);
// File size if `path` is a regular file, else nullopt.
std::optional<std::uint64_t> regular_file_size(const std::filesystem::path& path);

}  // namespace fg::posix

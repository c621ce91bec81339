#include "blobs/posix_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace fg::posix {

Fd::~Fd() {
  if (fd_ >= 0) ::close(fd_);
}

Fd& Fd::operator=(Fd&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.release();
  }
  return *this;
}

void throw_errno(const std::string& what, const std::filesystem::path& path, int err) {
  throw std::runtime_error("blob store: " + what + " " + path.string() + ": " + std::strerror(err));
}

bool still_named(int fd, const std::filesystem::path& path) {
  struct stat open_file {};
  struct stat named_file {};
  if (::fstat(fd, &open_file) != 0 || ::stat(path.c_str(), &named_file) != 0) return false;
  return open_file.st_dev == named_file.st_dev && open_file.st_ino == named_file.st_ino;
}

std::optional<Fd> open_locked(const std::filesystem::path& path, int flags, mode_t mode) {
  for (;;) {
    Fd fd(::open(path.c_str(), flags | O_CLOEXEC, mode));
    if (fd.get() < 0) {
      if (errno == ENOENT && !(flags & O_CREAT)) return std::nullopt;
      throw_errno("cannot open", path, errno);
    }
    while (::flock(fd.get(), LOCK_EX) != 0) {
      if (errno != EINTR) throw_errno("cannot lock", path, errno);
    }
    if (still_named(fd.get(), path)) return fd;
    // Renamed or removed while we waited for the lock: look the name up again.
  }
}

void write_all(int fd, ByteView data, const std::filesystem::path& path) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw_errno("cannot write", path, errno);
    }
    data = data.subspan(static_cast<std::size_t>(n));
  }
}

ssize_t read_some(int fd, std::uint8_t* buffer, std::size_t size) {
  for (;;) {
    const ssize_t n = ::read(fd, buffer, size);
    if (n >= 0 || errno != EINTR) return n;
  }
}

void fsync_or_throw(int fd, const std::filesystem::path& path) {
  while (::fsync(fd) != 0) {
    if (errno != EINTR) throw_errno("cannot flush to disk", path, errno);
  }
}

void fsync_dir(const std::filesystem::path& dir) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() < 0) throw_errno("cannot open folder", dir, errno);
  fsync_or_throw(fd.get(), dir);
}

bool make_dir(const std::filesystem::path& dir) {
  if (::mkdir(dir.c_str(), 0755) == 0) return true;
  const int err = errno;
  struct stat st {};
  if (err == EEXIST && ::stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return false;
  throw_errno("cannot create folder", dir, err == EEXIST ? ENOTDIR : err);
}

void rename_or_throw(const std::filesystem::path& from, const std::filesystem::path& to) {
  if (::rename(from.c_str(), to.c_str()) != 0) throw_errno("cannot rename " + from.string() + " to", to, errno);
}

std::optional<std::uint64_t> regular_file_size(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return static_cast<std::uint64_t>(st.st_size);
}

}  // namespace fg::posix

#include "blobs/blob_store.h"

#include <algorithm>
#include <fcntl.h>
#include <stdlib.h>  // mkostemp
#include <sys/file.h>
#include <sys/stat.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "blobs/posix_file.h"
#include "blobs/sealed_partial.h"
#include "crypto/secretstream.h"
#include "json/why.h"

namespace fg {
namespace fs = std::filesystem;
using posix::Fd;

namespace {

// Data moves in pieces of this size, so memory use does not grow with the blob.
constexpr std::size_t kPiece = std::size_t{1} << 20;

bool is_blob_hash(std::string_view hash) {
  if (hash.size() != 64) return false;
  return std::ranges::all_of(hash, [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string not_a_name(const std::string& hash) {
  std::string text = "\"";  // built by appending: GCC 12 warns falsely on "literal" + string
  text.append(hash, 0, 80);
  if (hash.size() > 80) text += "...";
  text += "\" is not a blob name (need 64 lowercase hex characters of a SHA-256)";
  return text;
}

// A bad name must never become a path: "../x", "ab/../../etc" or an uppercase twin.
void require_hash(const std::string& hash) {
  if (!is_blob_hash(hash)) throw std::invalid_argument("blob store: " + not_a_name(hash));
}

ByteView piece_of(const std::vector<std::uint8_t>& buffer, std::size_t size) { return ByteView(buffer.data(), size); }

// A blob being written: a locked temp file in tmp/, removed unless it was moved into place.
// The flock tells a BlobStore opening meanwhile that this file is live, not a leftover.
class PendingBlob {
 public:
  // With a key, the file receives the secretstream of the bytes appended.
  explicit PendingBlob(const fs::path& tmp_dir, const SecretBytes* key = nullptr) {
    if (key) sealer_.emplace(key->view());
    for (;;) {
      std::string name = (tmp_dir / "put-XXXXXX").string();
      Fd fd(::mkostemp(name.data(), O_CLOEXEC));
      if (fd.get() < 0) posix::throw_errno("cannot create a temp file in", tmp_dir, errno);
      path_ = name;
      if (::fchmod(fd.get(), 0644) != 0) fail_and_throw("cannot set the mode of", errno);
      if (::flock(fd.get(), LOCK_EX) != 0) fail_and_throw("cannot lock", errno);
      fd_ = std::move(fd);
      if (posix::still_named(fd_.get(), path_)) return;
      fd_ = Fd();  // a BlobStore opening right now took it for a leftover: make another
    }
  }
  ~PendingBlob() {
    if (!moved_) ::unlink(path_.c_str());
  }
  PendingBlob(const PendingBlob&) = delete;
  PendingBlob& operator=(const PendingBlob&) = delete;

  void append(ByteView piece) {
    hasher_.update(piece);
    size_ += piece.size();
    if (!sealer_) return posix::write_all(fd_.get(), piece, path_);
    sealed_.clear();
    sealer_->push(piece, sealed_);
    posix::write_all(fd_.get(), sealed_, path_);
  }
  // Flushes the bytes to disk; the file stays open (and locked) until it has been moved.
  BlobInfo finish() {
    if (sealer_) {
      sealed_.clear();
      sealer_->finish(sealed_);
      posix::write_all(fd_.get(), sealed_, path_);
    }
    posix::fsync_or_throw(fd_.get(), path_);
    return {to_hex(hasher_.finish()), size_};
  }
  // What the file holds on disk once finished.
  std::uint64_t stored_size() const { return sealer_ ? sealed_stream_size(size_) : size_; }
  const fs::path& path() const { return path_; }
  void mark_moved() { moved_ = true; }

 private:
  [[noreturn]] void fail_and_throw(const std::string& what, int err) {
    ::unlink(path_.c_str());
    posix::throw_errno(what, path_, err);
  }

  fs::path path_;
  Fd fd_;
  Sha256 hasher_;
  std::uint64_t size_ = 0;
  bool moved_ = false;
  std::optional<StreamSealer> sealer_;
  Bytes sealed_;
};

// Moves a complete, flushed file to its hash name durably. Returns false when a blob of that
// name and size is already there (the caller's copy is then redundant).
bool install(const fs::path& root, const fs::path& from, const BlobInfo& info, std::uint64_t stored_size) {
  const fs::path fan_out = root / info.hash.substr(0, 2);
  if (posix::make_dir(fan_out)) posix::fsync_dir(root);
  const fs::path target = fan_out / info.hash;
  // A same-named file of another size is a damaged copy: the rename below replaces it.
  if (posix::regular_file_size(target) == stored_size) return false;
  posix::rename_or_throw(from, target);
  posix::fsync_dir(fan_out);
  return true;
}

// Ends a written blob: seals its last piece and moves it into place under root.
BlobInfo finish_into(const fs::path& root, PendingBlob& blob) {
  BlobInfo info = blob.finish();
  if (install(root, blob.path(), info, blob.stored_size())) blob.mark_moved();
  return info;
}

// Removes temp files whose writer is gone (no flock held); a live writer's file is left alone.
void remove_leftovers(const fs::path& tmp_dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(tmp_dir, ec)) {
    const fs::path& file = entry.path();
    if (entry.symlink_status(ec).type() != fs::file_type::regular) {
      fs::remove_all(file, ec);  // never made by a writer; must not block the start either
      continue;
    }
    Fd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
    if (fd.get() < 0) continue;                               // gone meanwhile
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) continue;  // a live writer
    if (posix::still_named(fd.get(), file)) ::unlink(file.c_str());
  }
}

}  // namespace

namespace {
// Marks a folder whose blobs are encrypted, naming the format.
constexpr const char* kFormatFile = "format";
constexpr std::string_view kSealedFormat = "xchacha20poly1305-secretstream-v1\n";

bool is_sealed_folder(const fs::path& root) {
  std::ifstream in(root / kFormatFile, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  return !text.empty();
}
}  // namespace

BlobStore::BlobStore(fs::path root, std::shared_ptr<const SecretBytes> key)
    : root_(std::move(root)), key_(std::move(key)) {
  if (!fs::exists(root_)) {
    fs::create_directories(root_);
    fs::path made = fs::absolute(root_).lexically_normal();
    if (!made.has_filename()) made = made.parent_path();  // "blobs/" names the folder "blobs"
    posix::fsync_dir(made.parent_path());                 // so the new root's name survives
  }
  const bool made_tmp = posix::make_dir(root_ / "tmp");
  const bool made_partial = posix::make_dir(root_ / "partial");
  if (made_tmp || made_partial) posix::fsync_dir(root_);
  remove_leftovers(root_ / "tmp");
  const bool sealed = is_sealed_folder(root_);
  if (sealed && !key_)
    throw std::runtime_error("blob store " + root_.string() +
                             " is encrypted: it opens only with the station's data key, after an officer signs in");
  if (key_ && key_->size() != kDataKeyBytes) throw std::invalid_argument("blob store key must be 32 bytes");
  if (key_ && !sealed) seal_plain_blobs();
}

void BlobStore::seal_plain_blobs() {
  // Blobs stored before at-rest encryption: each is sealed to a temp file and renamed over
  // the plain one; partial downloads in clear are dropped (they resume from offset 0). The
  // format file is written last: after a crash midway, a blob sealed by the earlier run does
  // not hash to its name when read as plain, and is left as it is.
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root_ / "partial", ec)) fs::remove_all(entry.path(), ec);
  for (const auto& fan : fs::directory_iterator(root_)) {
    if (!fan.is_directory() || fan.path().filename().string().size() != 2) continue;
    for (const auto& entry : fs::directory_iterator(fan.path())) {
      const std::string hash = entry.path().filename().string();
      if (!is_blob_hash(hash)) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      PendingBlob blob(root_ / "tmp", key_.get());
      std::vector<char> buffer(kPiece);
      while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        blob.append(
            ByteView(reinterpret_cast<const std::uint8_t*>(buffer.data()), static_cast<std::size_t>(in.gcount())));
      }
      if (in.bad()) posix::throw_errno("cannot read", entry.path(), EIO);
      const BlobInfo info = blob.finish();
      if (info.hash != hash) continue;  // sealed already (an earlier run stopped midway), or damaged
      posix::rename_or_throw(blob.path(), entry.path());
      blob.mark_moved();
      posix::fsync_dir(fan.path());
    }
  }
  PendingBlob marker(root_ / "tmp");
  marker.append(as_bytes(kSealedFormat));
  marker.finish();
  posix::rename_or_throw(marker.path(), root_ / kFormatFile);
  marker.mark_moved();
  posix::fsync_dir(root_);
}

BlobInfo BlobStore::put(std::istream& in) {
  // A stream that failed before we start (an ifstream that did not open) must not be stored
  // as the empty blob.
  if (!in) throw std::runtime_error("blob store: the input stream is not readable; nothing stored");
  PendingBlob blob(root_ / "tmp", key_.get());
  std::vector<char> buffer(kPiece);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    blob.append(ByteView(reinterpret_cast<const std::uint8_t*>(buffer.data()), got));
  }
  if (in.bad()) throw std::runtime_error("blob store: reading the input stream failed; nothing stored");
  return finish_into(root_, blob);
}

BlobInfo BlobStore::put(ByteView bytes) {
  PendingBlob blob(root_ / "tmp", key_.get());
  for (std::size_t at = 0; at < bytes.size(); at += kPiece)
    blob.append(bytes.subspan(at, std::min(kPiece, bytes.size() - at)));
  return finish_into(root_, blob);
}

BlobInfo BlobStore::put_file(const fs::path& file) {
  Fd source(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
  if (source.get() < 0) posix::throw_errno("cannot open", file, errno);
  PendingBlob blob(root_ / "tmp", key_.get());
  std::vector<std::uint8_t> buffer(kPiece);
  for (;;) {
    const ssize_t got = posix::read_some(source.get(), buffer.data(), buffer.size());
    if (got < 0) posix::throw_errno("cannot read", file, errno);
    if (got == 0) break;
    blob.append(piece_of(buffer, static_cast<std::size_t>(got)));
  }
  return finish_into(root_, blob);
}

fs::path BlobStore::path_of(const std::string& hash) const {
  require_hash(hash);
  return root_ / hash.substr(0, 2) / hash;
}

bool BlobStore::contains(const std::string& hash) const { return size(hash).has_value(); }

std::optional<std::uint64_t> BlobStore::size(const std::string& hash) const {
  if (!is_blob_hash(hash)) return std::nullopt;
  const auto stored = posix::regular_file_size(path_of(hash));
  if (!stored || !key_) return stored;
  return plain_stream_size(*stored);  // nullopt for a file no stream can have: damaged
}

namespace {

// Streams a stored blob to `sink` in pieces while hashing; false (with the reason) if it is
// missing, unreadable or its bytes do not hash to its name. Errors thrown by `sink` propagate.
template <typename Sink>
bool stream_checked(const fs::path& file, const std::string& hash, const SecretBytes* key, Sink&& sink,
                    std::string* why) {
  Fd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    if (errno == ENOENT) return refuse_because(why, "blob " + hash + " is missing (no file " + file.string() + ")");
    return refuse_because(why, "blob " + hash + " cannot be opened (" + file.string() + "): " + std::strerror(errno));
  }
  Sha256 hasher;
  std::vector<std::uint8_t> buffer(kPiece);
  std::uint64_t total = 0;
  std::optional<StreamOpener> opener;
  if (key) opener.emplace(key->view());
  Bytes plain;
  auto take = [&](ByteView piece) {
    hasher.update(piece);
    sink(piece);
    total += piece.size();
  };
  // Decryption failures are a verdict on the blob; errors thrown by the sink are not.
  auto opened = [&](auto&& step) {
    plain.clear();
    try {
      step();
    } catch (const std::runtime_error& e) {
      return refuse_because(why, "blob " + hash + " does not decrypt after " + std::to_string(total) +
                                     " bytes: wrong data key, or the file was altered or truncated (" + e.what() +
                                     "; " + file.string() + ")");
    }
    take(plain);
    return true;
  };
  for (;;) {
    const ssize_t got = posix::read_some(fd.get(), buffer.data(), buffer.size());
    if (got < 0)
      return refuse_because(why, "blob " + hash + " cannot be read after " + std::to_string(total) + " bytes (" +
                                     file.string() + "): " + std::strerror(errno));
    if (got == 0) break;
    const ByteView piece = piece_of(buffer, static_cast<std::size_t>(got));
    if (!opener) {
      take(piece);
    } else if (!opened([&] { opener->pull(piece, plain); })) {
      return false;
    }
  }
  if (opener && !opened([&] { opener->finish(plain); })) return false;
  if (!plain.empty()) sodium_memzero(plain.data(), plain.size());
  const std::string actual = to_hex(hasher.finish());
  if (actual != hash)
    return refuse_because(why, "blob " + hash + " is damaged (altered or truncated): its " + std::to_string(total) +
                                   " bytes hash to " + actual + " (" + file.string() + ")");
  return true;
}

}  // namespace

bool BlobStore::read(const std::string& hash, std::ostream& out, std::string* why) const {
  if (!is_blob_hash(hash)) return refuse_because(why, not_a_name(hash));
  return stream_checked(
      path_of(hash), hash, key_.get(),
      [&](ByteView piece) {
        out.write(reinterpret_cast<const char*>(piece.data()), static_cast<std::streamsize>(piece.size()));
        // The blob is fine; the caller's stream is not. That is an error, not a verdict on the blob.
        if (!out) throw std::runtime_error("blob store: writing blob " + hash + " to the output stream failed");
      },
      why);
}

bool BlobStore::verify(const std::string& hash, std::string* why) const {
  if (!is_blob_hash(hash)) return refuse_because(why, not_a_name(hash));
  return stream_checked(
      path_of(hash), hash, key_.get(), [](ByteView) {}, why);
}

bool BlobStore::read_from(const std::string& hash, std::uint64_t offset, const std::function<void(ByteView)>& sink,
                          std::string* why) const {
  if (!is_blob_hash(hash)) return refuse_because(why, not_a_name(hash));
  std::uint64_t at = 0;
  return stream_checked(
      path_of(hash), hash, key_.get(),
      [&](ByteView piece) {
        // A sealed stream cannot be entered midway: the bytes before `offset` are decrypted and
        // skipped (resumes are rare and cheap next to the network).
        const std::uint64_t skip = offset > at ? std::min<std::uint64_t>(offset - at, piece.size()) : 0;
        at += piece.size();
        if (skip < piece.size()) sink(piece.subspan(static_cast<std::size_t>(skip)));
      },
      why);
}

bool BlobStore::export_to(const std::string& hash, const fs::path& file, std::string* why) const {
  if (!is_blob_hash(hash)) return refuse_because(why, not_a_name(hash));
  Fd fd(::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
  if (fd.get() < 0) return refuse_because(why, "cannot write " + file.string() + ": " + std::strerror(errno));
  const bool ok = stream_checked(
      path_of(hash), hash, key_.get(), [&](ByteView piece) { posix::write_all(fd.get(), piece, file); }, why);
  if (!ok) ::unlink(file.c_str());
  return ok;
}

fs::path BlobStore::partial_path(const std::string& hash, std::string_view owner) const {
  require_hash(hash);
  if (owner.empty()) return root_ / "partial" / hash;
  const bool hex = owner.size() <= 64 && owner.find_first_not_of("0123456789abcdef") == std::string_view::npos;
  if (!hex) throw std::invalid_argument("blob store: a partial's owner must be 1 to 64 lowercase hex digits");
  return root_ / "partial" / std::string(owner) / hash;
}

std::uint64_t BlobStore::partial_size(const std::string& hash, std::string_view owner) const {
  const fs::path file = partial_path(hash, owner);
  if (!key_) return posix::regular_file_size(file).value_or(0);
  Fd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return 0;
  return sealed_partial::measure(fd.get(), file).plain;
}

void BlobStore::append_partial(const std::string& hash, std::uint64_t offset, ByteView chunk, std::string_view owner) {
  const fs::path file = partial_path(hash, owner);
  if (!owner.empty() && posix::make_dir(file.parent_path())) posix::fsync_dir(root_ / "partial");
  Fd fd = *posix::open_locked(file, O_RDWR | O_CREAT);  // the lock orders concurrent uploaders
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) posix::throw_errno("cannot inspect", file, errno);
  auto have = static_cast<std::uint64_t>(st.st_size);  // on disk
  std::uint64_t plain_have = have;
  if (key_) {
    const sealed_partial::Extent e = sealed_partial::measure(fd.get(), file);
    if (e.disk != have && ::ftruncate(fd.get(), static_cast<off_t>(e.disk)) != 0)  // a record torn by a crash
      posix::throw_errno("cannot truncate", file, errno);
    have = e.disk;
    plain_have = e.plain;
  }
  if (offset != plain_have)
    throw std::runtime_error("blob store: partial upload of " + hash + " holds " + std::to_string(plain_have) +
                             " bytes, so the next chunk must start at offset " + std::to_string(plain_have) + ", not " +
                             std::to_string(offset));
  if (::lseek(fd.get(), static_cast<off_t>(have), SEEK_SET) < 0) posix::throw_errno("cannot seek in", file, errno);
  try {
    if (key_)
      sealed_partial::append(fd.get(), file, *key_, hash, plain_have, chunk);
    else
      posix::write_all(fd.get(), chunk, file);
    posix::fsync_or_throw(fd.get(), file);
  } catch (...) {
    // Keep the partial at its last whole chunk, so partial_size() says where to resume.
    if (::ftruncate(fd.get(), static_cast<off_t>(have)) == 0) ::fsync(fd.get());
    throw;
  }
  if (have == 0) posix::fsync_dir(file.parent_path());  // the partial's name must survive too
}

bool BlobStore::commit_partial(const std::string& hash, std::string* why, std::string_view owner) {
  if (!is_blob_hash(hash)) return refuse_because(why, not_a_name(hash));
  const fs::path file = partial_path(hash, owner);
  std::optional<Fd> fd = posix::open_locked(file, O_RDONLY);
  if (!fd) return refuse_because(why, "no partial upload of blob " + hash);
  auto drop = [&](std::string reason) {
    if (::unlink(file.c_str()) != 0) posix::throw_errno("cannot remove the bad partial", file, errno);
    posix::fsync_dir(file.parent_path());
    return refuse_because(why, std::move(reason));
  };
  if (key_) {
    // Re-sealed as one stream while hashing; the partial's records never leave their seal.
    PendingBlob blob(root_ / "tmp", key_.get());
    std::string reason;
    if (!sealed_partial::read_all(
            fd->get(), file, *key_, hash, [&](ByteView piece) { blob.append(piece); }, &reason))
      return drop(reason + "; the partial was deleted, download again from offset 0");
    const BlobInfo info = blob.finish();
    if (info.hash != hash)
      return drop("partial upload of blob " + hash + " does not match its name: its " + std::to_string(info.size) +
                  " bytes hash to " + info.hash + "; the partial was deleted, upload again from offset 0");
    if (install(root_, blob.path(), info, blob.stored_size())) blob.mark_moved();
    ::unlink(file.c_str());
    posix::fsync_dir(file.parent_path());
    return true;
  }
  Sha256 hasher;
  std::vector<std::uint8_t> buffer(kPiece);
  std::uint64_t total = 0;
  for (;;) {
    const ssize_t got = posix::read_some(fd->get(), buffer.data(), buffer.size());
    if (got < 0) posix::throw_errno("cannot read", file, errno);  // keep the partial: not its fault
    if (got == 0) break;
    hasher.update(piece_of(buffer, static_cast<std::size_t>(got)));
    total += static_cast<std::uint64_t>(got);
  }
  const BlobInfo info{to_hex(hasher.finish()), total};
  if (info.hash != hash) {
    if (::unlink(file.c_str()) != 0) posix::throw_errno("cannot remove the bad partial", file, errno);
    posix::fsync_dir(file.parent_path());
    return refuse_because(why, "partial upload of blob " + hash + " does not match its name: its " +
                                   std::to_string(total) + " bytes hash to " + info.hash +
                                   "; the partial was deleted, upload again from offset 0");
  }
  if (!install(root_, file, info, info.size)) {
    ::unlink(file.c_str());  // already stored: this copy is redundant
    posix::fsync_dir(file.parent_path());
  }
  return true;
}

}  // namespace fg

#pragma once
// XChaCha20-Poly1305 secretstream (libsodium) for data at rest: a stream is a 24-byte header
// then chunks of up to 64 KiB plaintext, each sealed with its length; the last chunk carries
// the FINAL tag so a truncated file is detected.
#include <istream>
#include <memory>
#include <optional>
#include <ostream>

#include "crypto/bytes.h"

namespace fg {

constexpr std::size_t kDataKeyBytes = 32;
Bytes random_data_key();
Bytes random_bytes(std::size_t n);

// Both throw std::runtime_error on I/O failure; decrypt_stream throws on any forged,
// reordered or truncated chunk (message names which).
void encrypt_stream(std::istream& in, std::ostream& out, ByteView key);
void decrypt_stream(std::istream& in, std::ostream& out, ByteView key);

Bytes encrypt_bytes(ByteView plain, ByteView key);
Bytes decrypt_bytes(ByteView sealed, ByteView key);

// The same stream format, pushed and pulled in pieces of any size (the blob store's files).
constexpr std::size_t kStreamChunk = 64 * 1024;
constexpr std::size_t kStreamHeader = 24;
constexpr std::size_t kStreamChunkOverhead = 17;
// Size of the stream that seals `plain` bytes, and back (nullopt: no stream has that size).
std::uint64_t sealed_stream_size(std::uint64_t plain);
std::optional<std::uint64_t> plain_stream_size(std::uint64_t sealed);

class StreamSealer {
 public:
  // `out` of every call receives the bytes to write next (the header comes with the first).
  explicit StreamSealer(ByteView key);
  ~StreamSealer();
  void push(ByteView plain, Bytes& out);
  void finish(Bytes& out);

 private:
  struct State;
  std::unique_ptr<State> s_;
};

class StreamOpener {
 public:
  explicit StreamOpener(ByteView key);
  ~StreamOpener();
  // Appends the plaintext recovered so far to `out`; throws std::runtime_error on any forged,
  // reordered chunk or data after the final chunk.
  void pull(ByteView sealed, Bytes& out);
  // Throws when the stream ended before its final chunk (truncated).
  void finish(Bytes& out);

 private:
  void open_chunk(ByteView chunk, Bytes& out);
  struct State;
  std::unique_ptr<State> s_;
};

}  // namespace fg

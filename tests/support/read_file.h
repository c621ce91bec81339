#pragma once
// Whole files read back, to check what a program wrote to disk.
#include <filesystem>
#include <string>

namespace fg::test {

// A whole file's bytes (empty if it cannot be opened: the caller's checks then fail).
std::string read_file(const std::filesystem::path& file);

// Every regular file below `dir` (a database with its -wal and -shm, blobs, temp files) as one
// byte string: to prove a secret is nowhere on disk in plain text.
std::string read_files_under(const std::filesystem::path& dir);

}  // namespace fg::test

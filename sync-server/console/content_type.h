#pragma once
// The content type of an evidence file, from its first bytes (stations store photos, scans and
// PDFs without a declared type). Anything not recognised is served as a download.
#include <filesystem>
#include <string>
#include <string_view>

namespace fg::relay::console {

struct FileType {
  std::string content_type;
  bool inline_view = false;  // a browser may show it in the page; else Content-Disposition: attachment
};
FileType sniff_file_type(std::string_view first_bytes);
// The same, from a file's first bytes (an unreadable file: a download).
FileType sniff_file_type_of(const std::filesystem::path& file);

}  // namespace fg::relay::console

#include "console/content_type.h"

#include <fcntl.h>
#include <unistd.h>

#include <array>

namespace fg::relay::console {

FileType sniff_file_type(std::string_view first_bytes) {
  const std::string_view b = first_bytes;
  if (b.starts_with("\xFF\xD8\xFF")) return {"image/jpeg", true};
  if (b.starts_with("\x89PNG\r\n\x1A\n")) return {"image/png", true};
  if (b.size() >= 12 && b.starts_with("RIFF") && b.substr(8, 4) == "WEBP") return {"image/webp", true};
  if (b.starts_with("%PDF-")) return {"application/pdf", true};
  // Never text/html or SVG: a file a station stored must not run as a page of the console.
  return {"application/octet-stream", false};
}

FileType sniff_file_type_of(const std::filesystem::path& file) {
  std::array<char, 16> start{};
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return sniff_file_type({});
  const ssize_t got = ::read(fd, start.data(), start.size());
  ::close(fd);
  return sniff_file_type(std::string_view(start.data(), got > 0 ? static_cast<std::size_t>(got) : 0));
}

}  // namespace fg::relay::console

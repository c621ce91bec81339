#include "bundle/bundle_source.h"

#include <stdexcept>

namespace fg {

MemoryBundle MemoryBundle::copy_of(const BundleSource& source) {
  MemoryBundle copy;
  for (const auto& name : source.names()) {
    std::string why;
    auto bytes = source.read(name, &why);
    if (!bytes) throw std::runtime_error("cannot copy bundle file " + name + ": " + why);
    copy.files_[name] = std::move(*bytes);
  }
  return copy;
}

std::vector<std::string> MemoryBundle::names() const {
  std::vector<std::string> out;
  out.reserve(files_.size());
  for (const auto& [name, bytes] : files_) out.push_back(name);
  return out;
}

std::optional<std::string> MemoryBundle::read(const std::string& name, std::string* why) const {
  auto it = files_.find(name);
  if (it == files_.end()) {
    if (why) *why = "no such file in the bundle";
    return std::nullopt;
  }
  return it->second;
}

std::optional<Digest> MemoryBundle::hash(const std::string& name, std::uint64_t* size, std::string* why) const {
  auto it = files_.find(name);
  if (it == files_.end()) {
    if (why) *why = "no such file in the bundle";
    return std::nullopt;
  }
  if (size) *size = it->second.size();
  return sha256(as_bytes(it->second));
}

}  // namespace fg

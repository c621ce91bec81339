// libFuzzer target: a zip from anyone through fairguard-verify's reader and checker
// (bundle/zip_bundle.h, bundle/bundle_verify.h), from memory. Every input must end in a
// verdict (or a refusal to open the zip), never a crash.
#include <cstddef>
#include <cstdint>

#include "bundle/bundle_verify.h"
#include "bundle/zip_bundle.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    const fg::ZipBundle bundle(bytes);
    (void)fg::verify_bundle(bundle, {});
  } catch (const std::runtime_error&) {  // not a zip, or unsafe names or sizes: refused
  }
  return 0;
}

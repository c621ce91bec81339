#pragma once
// The most memory this process has held since the last reset, for tests that prove data is
// streamed rather than held whole. Normally the kernel's peak resident size (VmHWM). Under
// AddressSanitizer or ThreadSanitizer the resident size says little (freed blocks wait in a
// quarantine, shadow memory grows with every page touched), so there it is the peak of live
// heap bytes, counted by the sanitizer allocator's malloc and free hooks.
#include <atomic>
#include <fstream>
#include <stdexcept>
#include <string>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define FAIRGUARD_PEAK_FROM_HEAP 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define FAIRGUARD_PEAK_FROM_HEAP 1
#endif
#endif

#ifdef FAIRGUARD_PEAK_FROM_HEAP
#include <cstddef>
// The sanitizer allocator's hooks. Declared here because GCC 12 does not ship clang's
// <sanitizer/allocator_interface.h>; libasan and libtsan export these all the same.
extern "C" {
int __sanitizer_install_malloc_and_free_hooks(void (*malloc_hook)(const volatile void*, std::size_t),
                                              void (*free_hook)(const volatile void*));
int __sanitizer_get_ownership(const volatile void* p);
std::size_t __sanitizer_get_allocated_size(const volatile void* p);
}
#endif

namespace fg::test {

#ifdef FAIRGUARD_PEAK_FROM_HEAP

namespace heap_peak {
inline std::atomic<long long> live{0};
inline std::atomic<long long> peak{0};

inline void on_malloc(const volatile void*, std::size_t size) {
  const long long now = live += static_cast<long long>(size);
  long long seen = peak.load();
  while (now > seen && !peak.compare_exchange_weak(seen, now)) {
  }
}
// Runs before the block is released, so the allocator still knows its size.
inline void on_free(const volatile void* p) {
  if (p && __sanitizer_get_ownership(p)) live -= static_cast<long long>(__sanitizer_get_allocated_size(p));
}
}  // namespace heap_peak

// Starts counting from here (blocks allocated before are not counted when freed: the count
// may dip below zero, which only lowers later readings relative to the same baseline).
inline void reset_peak_memory() {
  static const bool installed = __sanitizer_install_malloc_and_free_hooks(heap_peak::on_malloc, heap_peak::on_free);
  (void)installed;
  heap_peak::peak = heap_peak::live.load();
}

inline long peak_memory_kib() { return static_cast<long>(heap_peak::peak.load() / 1024); }

#else

// Lowers the kernel's peak to the current resident size (Linux clear_refs "5"), where allowed.
inline void reset_peak_memory() {
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
}

// Peak resident memory of this process so far (VmHWM), in KiB.
inline long peak_memory_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  throw std::runtime_error("no VmHWM in /proc/self/status");
}

#endif

}  // namespace fg::test

#include "document/pod_array.hpp"

#include <cstring>

#include <sys/mman.h>

namespace textchain::document {

void* MappedRoom::grow(void* old, size_t used, size_t old_bytes, bool old_mapped, size_t bytes) {
#ifdef __linux__
  if (old_mapped) {
    void* const p = ::mremap(old, old_bytes, bytes, MREMAP_MAYMOVE);
    if (p == MAP_FAILED) throw std::bad_alloc();
    return p;
  }
#endif
  void* const p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  if (used) std::memcpy(p, old, used);
  release(old, old_bytes, old_mapped);
  return p;
}

void MappedRoom::release(void* p, size_t bytes, bool mapped) noexcept {
  if (mapped)
    ::munmap(p, bytes);
  else
    std::free(p);
}

}  // namespace textchain::document

// The cleanup scans' 32-byte versions: compiled where the compiler can target AVX2 per function (GCC and
// Clang on x86-64), and picked once at run time by runs_avx2(). SSE2 is the x86-64 baseline they fall
// back to.
#ifndef TEXTCHAIN_CLEANUP_AVX2_HPP
#define TEXTCHAIN_CLEANUP_AVX2_HPP

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#define TEXTCHAIN_CLEANUP_AVX2 1
#include <immintrin.h>

namespace textchain::cleanup {
// Whether this processor runs AVX2. __builtin_cpu_init is idempotent, and needed when the first call comes
// from a static constructor (the scans pick their function in one).
inline bool runs_avx2() noexcept {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2");
}
}  // namespace textchain::cleanup
#endif

#endif

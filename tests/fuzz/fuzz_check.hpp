// A check that stays on in release builds and makes libFuzzer report the input that broke it.
#ifndef TEXTCHAIN_TESTS_FUZZ_FUZZ_CHECK_HPP
#define TEXTCHAIN_TESTS_FUZZ_FUZZ_CHECK_HPP

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond, ...)                                                       \
  do {                                                                              \
    if (!(cond)) {                                                                  \
      std::fprintf(stderr, "%s:%d: check failed: %s\n  ", __FILE__, __LINE__, #cond); \
      std::fprintf(stderr, __VA_ARGS__);                                            \
      std::fprintf(stderr, "\n");                                                   \
      std::abort();                                                                 \
    }                                                                               \
  } while (0)

#endif

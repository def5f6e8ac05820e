#!/usr/bin/env bash
# CI stage: the whole test suite built a second time with AddressSanitizer and UndefinedBehaviorSanitizer,
# in its own build directory, and run. Any sanitizer report fails the stage (UBSan does not recover, ASan
# aborts, leaks count).
#
#   tools/ci/sanitize.sh            # environment: SANITIZE_BUILD_DIR (default <repo>/build-sanitize),
#                                   # SANITIZE_JOBS (default 2: CI machines have 2 cores), CC/CXX
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${SANITIZE_BUILD_DIR:-$repo/build-sanitize}
jobs=${SANITIZE_JOBS:-2}

# Benchmarks are left out: they measure speed, which sanitizers distort, and they double the build.
# -O1 -g1 instead of RelWithDebInfo's -O2 -g: compiling with the sanitizers at -O2 -g costs about 2.5 times
# the CPU (the heaviest sources measured), and line tables (-g1) are all a sanitizer report needs for
# file:line in every frame, inlined ones included.
flags="-O1 -g1 -DNDEBUG"
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$flags" -DCMAKE_C_FLAGS_RELWITHDEBINFO="$flags" \
  -DTEXTCHAIN_SANITIZE=ON -DTEXTCHAIN_BUILD_BENCH=OFF -DTEXTCHAIN_BUILD_TESTS=ON
cmake --build "$build" -j "$jobs"

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$build" -j "$jobs" --output-on-failure --timeout 600

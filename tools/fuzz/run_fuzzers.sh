#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in their own build directory and runs each for a given time.
#
#   tools/fuzz/run_fuzzers.sh [SECONDS] [TARGET ...]     # default 60 s each, every target (e.g. jsonl_reader)
#
# Environment: FUZZ_BUILD_DIR (default <repo>/build-fuzz), FUZZ_BUILD_JOBS (default 2), FUZZ_PARALLEL (targets
# run at once, default: the number of cores; memory up to FUZZ_PARALLEL x FUZZ_RSS_MB), CC/CXX (default
# clang/clang++), FUZZ_RSS_MB (default 2048).
# The working corpus of each target is kept in the build directory (seeded from examples/corpus and
# tests/fuzz/seeds), so later runs continue where earlier ones stopped. A crash leaves its input in <build>/tests/fuzz/artifacts/<target>/ and makes the script fail;
# reproduce it with `<build>/tests/fuzz/bin/<target> <artifact>`.
set -euo pipefail

seconds=${1:-60}
shift || true
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${FUZZ_BUILD_DIR:-$repo/build-fuzz}
jobs=${FUZZ_BUILD_JOBS:-2}
rss_mb=${FUZZ_RSS_MB:-2048}

if [[ ! -f $build/CMakeCache.txt ]]; then
  CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$repo" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTEXTCHAIN_FUZZ=ON -DTEXTCHAIN_SANITIZE=OFF \
    -DTEXTCHAIN_BUILD_BENCH=OFF -DTEXTCHAIN_BUILD_TESTS=ON >/dev/null
else
  cmake "$build" >/dev/null  # picks up targets added since (a plugin that now exists)
fi
cmake --build "$build" --target textchain_fuzzers -j "$jobs"

fuzz_dir=$build/tests/fuzz
if [[ $# -gt 0 ]]; then
  targets=("$@")
else
  mapfile -t targets <"$fuzz_dir/targets.txt"
fi
# "jsonl_reader" and "fuzz_jsonl_reader" both name the same target: one spelling from here on.
for i in "${!targets[@]}"; do targets[i]=fuzz_${targets[i]#fuzz_}; done

# Sanitizer reports must fail the run, and leaks in a harness count (detect_leaks is on by default).
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# One target per core at a time: CI has 2 cores and 8 targets, and 8 one-minute runs in a row cost more
# of its time budget than they need to. Each target's summary line is written by its own job and printed in
# target order at the end.
fuzz_one() {
  local t=$1 name bin corpus artifacts log args start status runs cov units
  name=${t#fuzz_}
  bin=$fuzz_dir/bin/$t
  corpus=$fuzz_dir/corpus/$name
  artifacts=$fuzz_dir/artifacts/$t
  log=$fuzz_dir/logs/$t.log
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  args=(-max_total_time="$seconds" -timeout=20 -rss_limit_mb="$rss_mb" -max_len=65536
        -print_final_stats=1 -artifact_prefix="$artifacts/")
  [[ -f $fuzz_dir/bin/$t.dict ]] && args+=(-dict="$fuzz_dir/bin/$t.dict")
  start=$(date +%s)
  if "$bin" "${args[@]}" "$corpus" >"$log" 2>&1; then
    status=ok
  else
    status="FAILED (see $log; inputs in $artifacts)"
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 || true)
  units=$(find "$corpus" -type f | wc -l)
  echo "$t: $status, $(($(date +%s) - start))s, ${runs:-?} runs, ${cov:-cov: ?}, corpus $units" \
    >"$fuzz_dir/logs/$t.summary"
  echo "$t: $status"
}

parallel=${FUZZ_PARALLEL:-$(nproc)}
mkdir -p "$fuzz_dir/logs"
rm -f "$fuzz_dir"/logs/*.summary  # a job that dies before writing its own must not show the last run's
echo "== ${#targets[@]} targets, ${seconds}s each, $parallel at a time"
running=0
for t in "${targets[@]}"; do
  if ((running >= parallel)); then
    wait -n || true
    running=$((running - 1))
  fi
  fuzz_one "$t" &
  running=$((running + 1))
done
wait

failed=()
summary=()
for t in "${targets[@]}"; do
  line=$(cat "$fuzz_dir/logs/$t.summary" 2>/dev/null || echo "$t: FAILED (no summary: the job did not finish)")
  summary+=("$line")
  [[ $line == "$t: ok,"* ]] || failed+=("$t")
done

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "failed: ${failed[*]}" >&2
  exit 1
fi

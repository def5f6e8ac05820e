#!/usr/bin/env bash
# Installs the Debian packages textchain needs (only those missing), then configures and builds it.
#   tools/bootstrap.sh            build everything (command, plugins, tests, benchmarks) into build/
#   tools/bootstrap.sh textchain  build only the command and its plugins
# Environment: BUILD_DIR (default build), BUILD_TYPE (default Release), JOBS (default: all cores).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake ninja-build pkg-config python3
          libboost1.81-dev libboost-json1.81-dev libtomlplusplus-dev libcli11-dev libfmt-dev
          libgtest-dev libgmock-dev libbenchmark-dev libicu-dev unicode-data unicode-cldr-core)
# Only the full build (tests, Python module) needs these: the browser test of the HTML views (tests/html),
# the Python module with its Dask and pytest suites (python/), and clean multilingual text for the mojibake
# measurement (tests/cleanup/make_mojibake_sets.py).
if [ $# -eq 0 ]; then
  packages+=(chromium python3-dev pybind11-dev python3-pybind11 python3-pytest python3-dask python3-distributed
             fortunes-cs fortunes-de fortunes-es fortunes-it fortunes-ru
             wfrench wportuguese wpolish wukrainian wbulgarian wdanish wswedish
             hunspell-el hunspell-is hunspell-ro hunspell-tr hunspell-vi)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "textchain: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
fi

build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" >/dev/null
cmake --build "$build_dir" -j "${JOBS:-$(nproc)}" ${1:+--target "$1"}

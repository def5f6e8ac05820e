#!/usr/bin/env bash
# Installs a built textchain into a temporary prefix and uses it the way a user would, from outside the
# source tree: builds examples/custom-plugin and examples/embed with find_package(textchain CONFIG), runs
# their tests and programs, checks the pkg-config files, and checks that the installed command finds
# the installed plugins with no configuration.
set -euo pipefail

build= source= cmake=cmake generator=Ninja libdir=lib cxx=c++ cc=cc sanitize=0 keep=0
build_type=RelWithDebInfo build_type_flags=unset
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --source) source=$2; shift 2 ;;
    --cmake) cmake=$2; shift 2 ;;
    --generator) generator=$2; shift 2 ;;
    --libdir) libdir=$2; shift 2 ;;
    --cxx) cxx=$2; shift 2 ;;
    --cc) cc=$2; shift 2 ;;
    --sanitize) sanitize=$2; shift 2 ;;
    --build-type=*) build_type=${1#*=}; shift ;;
    --build-type-flags=*) build_type_flags=${1#*=}; shift ;;
    --keep) keep=1; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -n $build && -n $source ]] || { echo "usage: $0 --build DIR --source DIR [...]" >&2; exit 2; }
build=$(realpath "$build") source=$(realpath "$source")

work=$(mktemp -d "${TMPDIR:-/tmp}/textchain-packaging.XXXXXX")
if [[ $keep == 0 ]]; then trap 'rm -rf "$work"' EXIT; else echo "keeping $work"; fi
prefix=$work/prefix
failures=0
step() { echo "== $*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect_file() { [[ -e $prefix/$1 ]] || fail "not installed: $1"; }
same_path() { [[ "$(realpath -m "$1")" == "$(realpath -m "$2")" ]]; }

# The consumers are built with the build type and flags of the tree they consume (the sanitizer stage
# builds at -O1 -g1, see tools/ci/sanitize.sh).
consumer_flags=(-G "$generator" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_INSTALL_PREFIX="$prefix"
                -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE="$build_type")
if [[ $build_type_flags != unset ]]; then
  consumer_flags+=(-DCMAKE_CXX_FLAGS_"${build_type^^}"="$build_type_flags")
fi
# A consumer of a sanitized build must be sanitized too, or the runtime refuses to start.
if [[ $sanitize == 1 ]]; then
  consumer_flags+=(-DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer"
                   -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
                   -DCMAKE_MODULE_LINKER_FLAGS="-fsanitize=address,undefined")
  export ASAN_OPTIONS=detect_leaks=0
fi

step "install into $prefix"
"$cmake" --install "$build" --prefix "$prefix" > "$work/install.log"
for f in bin/textchain include/textchain/host.hpp include/textchain/abi.h include/textchain/sdk.hpp include/textchain/utf8.hpp \
         "$libdir/cmake/textchain/textchainConfig.cmake" "$libdir/cmake/textchain/textchainConfigVersion.cmake" \
         "$libdir/cmake/textchain/textchainTargets.cmake" "$libdir/cmake/textchain/TextchainPlugin.cmake" \
         "$libdir/pkgconfig/textchain.pc" "$libdir/pkgconfig/textchain-sdk.pc"; do
  expect_file "$f"
done
ls "$prefix/$libdir"/libtextchain.so* > /dev/null 2>&1 || fail "libtextchain.so not installed"
plugindir=$prefix/$libdir/textchain/plugins
shipped=()
for built in "$build/$libdir/textchain/plugins"/textchain_*.so; do
  [[ -e $built ]] || continue
  name=$(basename "$built" .so); name=${name#textchain_}
  shipped+=("$name")
  [[ -e $plugindir/textchain_$name.so ]] || fail "plugin $name built but not installed into $libdir/textchain/plugins"
done
echo "shipped plugins: ${shipped[*]:-none}"

# Everything below runs far from the build tree, so nothing can be found there by accident.
cd "$work"

step "installed textchain finds the installed plugins with no config"
"$prefix/bin/textchain" --version
list=$("$prefix/bin/textchain" plugins list)
echo "$list"
for name in "${shipped[@]}"; do
  grep -q "^$name " <<< "$list" || fail "'textchain plugins list' does not list $name"
done
if grep -q "$build" <<< "$list"; then fail "the installed textchain loads plugins from the build tree"; fi
if ldd "$prefix/bin/textchain" | grep -q "$build"; then fail "the installed textchain links the build tree's library"; fi

step "the install tree is relocatable"
cp -a "$prefix" "$work/moved"
moved_list=$("$work/moved/bin/textchain" plugins list)
for name in "${shipped[@]}"; do
  grep -A1 "^$name " <<< "$moved_list" | grep -q "$work/moved/" || fail "moved prefix: $name not loaded from the moved tree"
done
rm -rf "$work/moved"

step "pkg-config"
export PKG_CONFIG_PATH=$prefix/$libdir/pkgconfig
cflags=$(pkg-config --cflags textchain-sdk | xargs)
same_path "${cflags#-I}" "$prefix/include" || fail "pkg-config --cflags textchain-sdk gave '$cflags'"
pcplugins=$(pkg-config --variable=pluginsdir textchain-sdk)
same_path "$pcplugins" "$plugindir" || fail "pluginsdir is '$pcplugins', not $plugindir"
same_path "$(pkg-config --variable=pluginsdir textchain)" "$plugindir" || fail "textchain.pc pluginsdir"
libs=$(pkg-config --libs textchain)
grep -q -- "-ltextchain" <<< "$libs" || fail "pkg-config --libs textchain gave '$libs'"
# A plugin in plain C built with nothing but pkg-config's flags loads into the installed host.
mkdir -p "$work/pc-plugins"
"$cc" -std=c11 -Wall -Wextra -shared -fPIC -fvisibility=hidden $cflags \
  "$source/tests/core/plugins/acronyms_c.c" -o "$work/pc-plugins/textchain_acronyms.so"
"$prefix/bin/textchain" plugins list --plugin-dir "$work/pc-plugins" | grep -q "^acronyms " \
  || fail "a C plugin built with pkg-config flags is not loaded"
# And a program embedding the host built with pkg-config alone.
cat > "$work/version.cpp" <<'CPP'
#include <textchain/host.hpp>
#include <cstdio>
int main() { std::printf("%s\n", textchain::version()); }
CPP
"$cxx" -std=c++20 $(pkg-config --cflags textchain) "$work/version.cpp" -o "$work/version" $(pkg-config --libs textchain) \
  -Wl,-rpath,"$prefix/$libdir" $([[ $sanitize == 1 ]] && echo -fsanitize=address,undefined)
[[ "$("$work/version")" == "$(pkg-config --modversion textchain)" ]] || fail "pkg-config version differs from the library's"

step "examples/custom-plugin out of tree: configure, build, unit test, install"
"$cmake" -S "$source/examples/custom-plugin" -B "$work/money" "${consumer_flags[@]}" > "$work/money-configure.log" \
  || { cat "$work/money-configure.log"; fail "configuring examples/custom-plugin"; exit 1; }
"$cmake" --build "$work/money" -j2
ctest --test-dir "$work/money" --output-on-failure || fail "the money plugin's unit test"
"$cmake" --install "$work/money" > /dev/null
[[ -e $plugindir/textchain_money.so ]] || fail "money was not installed into the prefix's plugin folder"
# The one exported symbol, of any type (weak template instantiations included), is the entry point.
bash "$source/tests/packaging/check_exports.sh" plugin "$plugindir/textchain_money.so" \
  || fail "textchain_money.so exports more than its entry point"
bash "$source/tests/packaging/check_exports.sh" library "$prefix/$libdir/libtextchain.so" \
  || fail "libtextchain.so exports more than its API"

step "the installed command uses the custom plugin"
"$prefix/bin/textchain" plugins list | grep -q "^money " || fail "installed money plugin not listed"
out=$(printf '%s\n' '{"id": "m1", "text": "It cost US$ 7.2 bn and €1.5 billion, not 27 million roubles."}' \
  | "$prefix/bin/textchain" run --jsonl --steps cleanup,money -)
echo "$out"
for want in '"currency":"USD"' '"currency":"EUR"' '"currency":"RUB"' '"text":"US$ 7.2 bn"'; do
  grep -qF "$want" <<< "$out" || fail "money output lacks $want"
done
# Every example config as installed (share/textchain: the chains and the command's default chain), where
# its relative plugin_dirs point into the prefix, not into the source tree, passes `textchain check` with
# the plugins installed; and every example of the source tree is installed.
installed_chains=$prefix/share/textchain/chains
for config in "$source"/examples/chains/*.toml; do
  [[ -e $installed_chains/$(basename "$config") ]] || fail "not installed: share/textchain/chains/$(basename "$config")"
done
mkdir -p "$work/custom"
cp "$source/examples/custom-plugin/money.toml" "$work/custom/"
for config in "$installed_chains"/*.toml "$prefix/share/textchain/default-chain.toml" "$work/custom/money.toml"; do
  "$prefix/bin/textchain" check "$config" || fail "textchain check ${config#"$prefix/"}"
done
n=$("$prefix/bin/textchain" run --config "$installed_chains/news-with-money.toml" "$source"/examples/corpus/*.txt | wc -l)
[[ $n == 4 ]] || fail "the installed news-with-money.toml over the 4 sample documents gave $n records"
if "$prefix/bin/textchain" bench --help > /dev/null 2>&1; then
  "$prefix/bin/textchain" bench --config "$work/custom/money.toml" "$source"/examples/corpus/ > "$work/bench.txt" \
    || fail "textchain bench with the money chain"
  grep -q money "$work/bench.txt" || fail "textchain bench does not report the money step"
else
  echo "(textchain bench not available in this build: skipped)"
fi

step "examples/embed out of tree"
"$cmake" -S "$source/examples/embed" -B "$work/embed" "${consumer_flags[@]}" > "$work/embed-configure.log" \
  || { cat "$work/embed-configure.log"; fail "configuring examples/embed"; exit 1; }
"$cmake" --build "$work/embed" -j2
embed_out=$("$work/embed/embed" "$source/examples/embed/chain.toml") || fail "embed exited with $?"
echo "$embed_out"
grep -q "Lopez" <<< "$embed_out" || fail "embed did not print the speaker"
none=$("$work/embed/embed" "$source/examples/embed/chain.toml" "Nobody said anything today.") || fail "embed without quotes"
[[ $none == "no quotes found" ]] || fail "embed without quotes printed '$none'"
set +e
"$work/embed/embed" "$work/missing.toml" > /dev/null 2>&1
rc=$?
set -e
[[ $rc == 78 ]] || fail "embed with a missing config exited $rc, not 78"

if [[ $failures -gt 0 ]]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "packaging: all checks passed"

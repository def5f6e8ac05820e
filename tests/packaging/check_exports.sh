#!/usr/bin/env bash
# Checks a shared object's dynamic symbol table, every symbol type counted (T, W, V, B, D, R, u, i ...).
#   check_exports.sh library <libtextchain.so>   only the public API of host.hpp and isolated_runner.hpp
#   check_exports.sh plugin <textchain_x.so>...  only textchain_plugin_entry
set -euo pipefail
mode=$1
shift
status=0
for file in "$@"; do
  symbols=$(nm -D --defined-only "$file" | awk 'NF >= 3 {print $3}')
  case $mode in
    plugin)
      extra=$(grep -vx 'textchain_plugin_entry' <<< "$symbols" || true)
      ;;
    library)
      # Demangled; the public classes and functions of namespace textchain, not its internal namespaces.
      extra=$(c++filt <<< "$symbols" |
        grep -Ev '^((typeinfo( name)? for |vtable for )?textchain::(version|is_document_date|set_document_date|default_worker_memory_mb|Annotation|Result|ConfigError|PluginError|Host|Chain|IsolatedRunner)\b)' |
        grep -E . || true)
      ;;
    *) echo "usage: $0 library|plugin FILE..." >&2; exit 2 ;;
  esac
  if [[ -n $extra ]]; then
    echo "$file exports $(wc -l <<< "$extra") symbol(s) it should not:" >&2
    head -n 40 <<< "$extra" >&2
    status=1
  else
    echo "$file: $(wc -l <<< "$symbols") exported symbol(s), all expected"
  fi
done
exit $status

#!/usr/bin/env bash
# Every chain configuration the project ships (examples/chains, the command's default chain) passes
# `textchain check`, with the example `money` plugin's folder searched.
#   check_configs.sh <textchain> <money plugin folder> FILE...
set -euo pipefail
textchain=$1
money_dir=$2
shift 2
status=0
for f in "$@"; do
  env -u TEXTCHAIN_PLUGIN_PATH "$textchain" check "$f" --plugin-dir "$money_dir" || status=1
done
exit $status

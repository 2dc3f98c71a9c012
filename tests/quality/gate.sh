#!/usr/bin/env bash
# The real-page quality gate: runs artext over every corpus in
# ../shared/corpus (beside the checkout) and fails when a figure drops below
# its floor in tests/quality/floors.json. Skipped (exit 77) where that folder
# does not exist, as on a machine without the development corpora.
#   tests/quality/gate.sh ARTEXT_BINARY SOURCE_DIR
set -euo pipefail
artext=$1 src=$2
corpus=${ARTEXT_CORPUS:-$src/../shared/corpus}
if [ ! -d "$corpus" ]; then
  echo "quality gate: no corpus at $corpus; skipped" >&2
  exit 77
fi
exec python3 "$src/bench/eval-corpus" --artext "$artext" --jobs 2 \
  --floors "$src/tests/quality/floors.json" "$corpus"

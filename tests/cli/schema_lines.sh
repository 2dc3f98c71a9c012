#!/usr/bin/env bash
# Every JSON Lines record artext writes (articles, error records, skip
# records) validates against docs/schema.json with python3-jsonschema, and
# error records carry their error_kind (issue 17).
#
# Usage: bash schema_lines.sh ARTEXT_BINARY SOURCE_DIR
set -u
ARTEXT=$1
SRC=$2
# Debian's python3-jsonschema (scripts/deps.sh installs it) lives in the
# system interpreter's path, which a python3 earlier on PATH may not see.
PY=python3
if [ -x /usr/bin/python3 ]; then PY=/usr/bin/python3; fi
if ! "$PY" -c 'import jsonschema' 2>/dev/null; then
  echo "python3-jsonschema is missing (scripts/deps.sh installs it)" >&2
  exit 1
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp "$SRC/samples/cli-basic.html" "$TMP/a.html"
printf '\x00\x01\x02binary' > "$TMP/b.html"
head -c 100000 /dev/zero | tr '\0' 'x' | sed 's/^/<html><body><p>/' > "$TMP/c.html"
"$ARTEXT" -q --max-bytes 50000 "$TMP/a.html" "$TMP/b.html" "$TMP/c.html" "$TMP/missing.html" > "$TMP/out.jsonl"
"$ARTEXT" -q --articles-only "$SRC/samples" >> "$TMP/out.jsonl"
printf '{"url":"https://x.example/","html":"<p>hi</p>"}\nnot json\n' \
  | "$ARTEXT" -q --input-format jsonl - >> "$TMP/out.jsonl"
"$PY" - "$SRC/docs/schema.json" "$TMP/out.jsonl" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft202012Validator(schema)
kinds, skips, bad = set(), 0, 0
for n, line in enumerate(open(sys.argv[2]), 1):
    record = json.loads(line)
    errors = list(validator.iter_errors(record))
    if errors:
        bad += 1
        print(f"FAIL line {n}: {errors[0].message[:200]}")
    if "error" in record:
        kinds.add(record.get("error_kind"))
    skips += "skipped" in record
print("error kinds:", sorted(k for k in kinds if k), "skip records:", skips)
want = {"too_large", "io", "invalid_input"}
if not want <= kinds:
    print("FAIL: missing kinds", want - kinds); bad += 1
sys.exit(1 if bad else 0)
PY

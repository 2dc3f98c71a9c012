#!/usr/bin/env bash
# Single-page behaviour of the command line: formats, stdin, -o, exit codes,
# diagnostics on stderr only, and the per-page options.
#
# Usage: bash cli_options.sh ARTEXT_BINARY SOURCE_DIR
set -u
ARTEXT=$1
SRC=$2
PAGE=$SRC/samples/cli-basic.html
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }
expect_rc() {  # expect_rc WANT DESCRIPTION -- command...
  local want=$1 what=$2; shift 3
  "$@" > "$TMP/stdout" 2> "$TMP/stderr"; local rc=$?
  [ $rc -eq "$want" ] && ok "$what (exit $rc)" || fail "$what: exit $rc, want $want; $(head -c 300 "$TMP/stderr")"
}

expect_rc 0 "one page" -- "$ARTEXT" "$PAGE"
head -1 "$TMP/stdout" | grep -qx '{' && grep -q '^  "headline": ' "$TMP/stdout" \
  && ok "pretty JSON for one page" || fail "not pretty JSON"
[ -s "$TMP/stderr" ] && fail "stderr not empty for a good page"
expect_rc 0 "stdin" -- bash -c "\"$ARTEXT\" -f text < \"$PAGE\""
head -1 "$TMP/stdout" | grep -q 'Harbour ferry' && ok "text from stdin" || fail "text from stdin"
expect_rc 0 "gzip on stdin" -- bash -c "gzip -c \"$PAGE\" | \"$ARTEXT\" -f markdown -"
head -1 "$TMP/stdout" | grep -q '^# Harbour ferry' && ok "markdown from gzip" || fail "markdown from gzip"
expect_rc 0 "jsonl for one page" -- "$ARTEXT" -f jsonl "$PAGE"
[ "$(wc -l < "$TMP/stdout")" -eq 1 ] && grep -q '^{"source":"' "$TMP/stdout" \
  && ok "one JSON line with source" || fail "jsonl"
expect_rc 0 "html format" -- "$ARTEXT" -f html "$PAGE"
grep -qi '<html' "$TMP/stdout" && ok "html output" || fail "html output"

expect_rc 2 "unknown option" -- "$ARTEXT" --bogus "$PAGE"
expect_rc 2 "bad format" -- "$ARTEXT" -f yaml "$PAGE"
expect_rc 2 "-o with --output-dir" -- "$ARTEXT" -o x --output-dir y "$PAGE"
expect_rc 2 "--skip-existing without --output-dir" -- "$ARTEXT" --skip-existing "$PAGE"
expect_rc 0 "--help" -- "$ARTEXT" --help
grep -q "Exit status" "$TMP/stdout" && grep -q "Examples" "$TMP/stdout" \
  && ok "help documents examples and exit codes" || fail "help text"
expect_rc 0 "--version" -- "$ARTEXT" --version
head -1 "$TMP/stdout" | grep -Eqx 'artext [0-9]+\.[0-9]+\.[0-9]+' && ok "version printed" \
  || fail "version: $(head -1 "$TMP/stdout")"
for lib in gumbo uchardet zlib; do
  grep -Eq "^$lib [0-9]+\.[0-9]+" "$TMP/stdout" && ok "--version names $lib" \
    || fail "--version lacks $lib: $(cat "$TMP/stdout")"
done

expect_rc 1 "missing file" -- "$ARTEXT" "$TMP/none.html"
[ ! -s "$TMP/stdout" ] && grep -qx "artext: $TMP/none.html: No such file or directory" "$TMP/stderr" \
  && ok "diagnostic 'artext: FILE: reason' on stderr only" || fail "diagnostic: $(cat "$TMP/stderr")"
expect_rc 1 "directory given with --files-from" -- bash -c "echo \"$TMP\" | \"$ARTEXT\" --files-from -"
grep -q '"error":"is a directory"' "$TMP/stdout" && ok "directory where a file is expected" || fail "dir as file"

expect_rc 0 "-o FILE" -- "$ARTEXT" -o "$TMP/a.json" "$PAGE"
[ ! -s "$TMP/stdout" ] && grep -q '"headline"' "$TMP/a.json" && ok "-o writes the file, not stdout" || fail "-o"
expect_rc 1 "-o /dev/full" -- "$ARTEXT" -o /dev/full "$PAGE"
expect_rc 1 "stdout is /dev/full" -- bash -c "\"$ARTEXT\" \"$PAGE\" > /dev/full"
expect_rc 1 "failed page with -o" -- "$ARTEXT" -o "$TMP/b.json" "$TMP/none.html"
[ ! -e "$TMP/b.json" ] && ok "no output file for a failed page" || fail "file left for failed page"

expect_rc 1 "--max-bytes" -- "$ARTEXT" --max-bytes 100 "$PAGE"
grep -q "too large" "$TMP/stderr" && ok "too large reported" || fail "max-bytes message"
expect_rc 0 "--min-words above the page" -- "$ARTEXT" --min-words 100000 "$PAGE"
grep -q '"is_article": false' "$TMP/stdout" && ok "not an article, still exit 0" || fail "min-words"
expect_rc 0 "--explain" -- "$ARTEXT" --explain "$PAGE"
grep -q '"provenance"' "$TMP/stdout" && ok "provenance added" || fail "explain"
expect_rc 0 "--url" -- "$ARTEXT" --url https://example.org/x "$PAGE"
grep -q '"url": "https://example.org/x"' "$TMP/stdout" && ok "url used" || fail "url"
expect_rc 1 "--timeout too small" -- "$ARTEXT" --timeout 0.000000001 "$PAGE"
grep -q "timeout" "$TMP/stderr" && ok "timeout reported" || fail "timeout message"

# Batch summary: only with several inputs, never with -q, never on stdout.
expect_rc 0 "two pages" -- "$ARTEXT" "$PAGE" "$PAGE"
[ "$(wc -l < "$TMP/stdout")" -eq 2 ] && grep -q "2 processed: 2 articles" "$TMP/stderr" \
  && ok "two JSON lines and a summary" || fail "batch of two: $(cat "$TMP/stderr")"
grep -q $'\r' "$TMP/stderr" && fail "progress drawn on a non-terminal"
expect_rc 0 "two pages quiet" -- "$ARTEXT" -q "$PAGE" "$PAGE"
[ ! -s "$TMP/stderr" ] && ok "-q: no summary" || fail "-q printed $(cat "$TMP/stderr")"

# --output-dir: two inputs that map to one output name do not overwrite.
mkdir -p "$TMP/in"; cp "$PAGE" "$TMP/in/page.html"; cp "$PAGE" "$TMP/in/page.htm"
expect_rc 1 "output name collision" -- "$ARTEXT" -q --output-dir "$TMP/o" "$TMP/in"
[ -f "$TMP/o/page.json" ] && grep -q "page.html: output page.json is also the output of .*page.htm$" "$TMP/stderr" \
  && ok "colliding input reported, first output kept" || fail "collision: $(cat "$TMP/stderr")"
expect_rc 0 "--debug with text" -- "$ARTEXT" --debug -f text "$PAGE"
! grep -qv '^artext: .*: debug: ' "$TMP/stderr" && ok "debug notes on stderr as 'artext: FILE: debug: ...'" \
  || fail "debug lines: $(head -3 "$TMP/stderr")"

if [ $fails -ne 0 ]; then echo "$fails failures"; exit 1; fi
echo "all passed"

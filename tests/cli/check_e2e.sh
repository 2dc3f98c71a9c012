#!/usr/bin/env bash
# `artext check` over a copy of samples/ with one expectation deliberately
# broken: the broken fixture must fail with a unified diff and exit 1, and
# --update must repair it while keeping the hand-written keys.
#
# Usage: bash check_e2e.sh ARTEXT_BINARY SOURCE_DIR
set -u
source "$(dirname "$0")/../testing/cli.sh" "$@"

cp -r "$SRC/samples" "$TMP/samples"
F=$TMP/samples/cli-basic.expected.json
sed -i 's/"Harbour ferry returns after winter repairs"/"Harbour ferry sinks"/' "$F"
grep -q "Harbour ferry sinks" "$F" || { echo "could not break the fixture"; exit 1; }

"$ARTEXT" check "$TMP/samples" > "$TMP/out" 2>&1; rc=$?
cat "$TMP/out"
[ $rc -eq 1 ] && ok "exit 1 on a failing fixture" || fail "exit $rc"
grep -q '^FAIL cli-basic$' "$TMP/out" && ok "names the failing fixture" || fail "no FAIL line"
grep -q -- '^--- cli-basic.expected.json: headline$' "$TMP/out" \
  && grep -q '^+++ actual: headline$' "$TMP/out" \
  && grep -q '^-Harbour ferry sinks$' "$TMP/out" \
  && grep -q '^+Harbour ferry returns after winter repairs$' "$TMP/out" \
  && ok "unified diff of the field" || fail "diff missing"
tail -1 "$TMP/out" | grep -Eq '^[0-9]+ passed, [1-9][0-9]* failed$' \
  && ok "closing count line" || fail "closing line: $(tail -1 "$TMP/out")"

# --fields: comparing only other fields passes this fixture.
"$ARTEXT" check --fields authors,date_published "$TMP/samples" > "$TMP/out2"
grep -q '^FAIL cli-basic$' "$TMP/out2" && fail "--fields did not restrict" || ok "--fields restricts the comparison"

# --update rewrites the field and keeps must_contain.
"$ARTEXT" check --update "$TMP/samples" > "$TMP/out3"
grep -q '"Harbour ferry returns after winter repairs"' "$F" && grep -q '"must_contain"' "$F" \
  && ok "--update repaired the fixture and kept must_contain" || fail "--update"
"$ARTEXT" check "$TMP/samples" > "$TMP/out4"
grep -q '^FAIL cli-basic$' "$TMP/out4" && fail "still failing after --update" || ok "passes after --update"

# An expected file that is not valid JSON, or not an object, says which and
# where (issue 17: both were "not a JSON object"), and fails the run.
mkdir -p "$TMP/bad"
cp "$SRC/samples/cli-basic.html" "$TMP/bad/a.html"
cp "$SRC/samples/cli-basic.html" "$TMP/bad/b.html"
printf '{"headline": "x",\n "authors": [}\n' > "$TMP/bad/a.expected.json"
printf '["headline"]\n' > "$TMP/bad/b.expected.json"
"$ARTEXT" check "$TMP/bad" > "$TMP/bad.out" 2>&1; rc=$?
[ $rc -eq 1 ] && grep -q 'a.expected.json: invalid JSON: parse error at line 2, column 14' "$TMP/bad.out" \
  && grep -q 'b.expected.json: a JSON array, not an object' "$TMP/bad.out" \
  && ok "invalid expected JSON is named with its line and column" \
  || fail "invalid expected JSON (exit $rc): $(cat "$TMP/bad.out")"

"$ARTEXT" check "$TMP/nonexistent" > /dev/null 2>&1; rc=$?
[ $rc -eq 2 ] && ok "missing directory is a usage error" || fail "missing dir exit $rc"

finish

#!/usr/bin/env bash
# The why view from the command line: -f why and --why on one page, one
# NAME.why.html per page under --output-dir, and `artext check --why-dir`
# writing the view of a failing fixture only.
#
# Usage: bash why_view.sh ARTEXT_BINARY SOURCE_DIR
set -u
source "$(dirname "$0")/../testing/cli.sh" "$@"

P=$SRC/samples/reference-joongang.html
"$ARTEXT" -f why "$P" > "$TMP/a.html"; rc=$?
[ $rc -eq 0 ] && ok "-f why exits 0" || fail "-f why exit $rc"
grep -q 'dropped: class token `related` (clean/prep, kUnlikely)' "$TMP/a.html" \
  && ok "labels a related box by its class token" || fail "no related label"
grep -q '<p class="summary">' "$TMP/a.html" && ok "summary line" || fail "no summary"
"$ARTEXT" --why "$P" > "$TMP/b.html"
cmp -s "$TMP/a.html" "$TMP/b.html" && ok "--why is -f why" || fail "--why differs"
grep -qi '<script\|<a \|javascript:' "$TMP/a.html" && fail "active content in the view" || ok "no script, link or javascript:"

mkdir -p "$TMP/in"
cp "$P" "$SRC/samples/body-not-article-index.html" "$TMP/in/"
"$ARTEXT" -q -f why --output-dir "$TMP/views" "$TMP/in"; rc=$?
[ $rc -eq 0 ] && [ -f "$TMP/views/reference-joongang.why.html" ] \
  && [ -f "$TMP/views/body-not-article-index.why.html" ] \
  && ok "--output-dir writes NAME.why.html" || fail "output-dir views missing (exit $rc): $(ls "$TMP/views" 2>&1)"

cp -r "$SRC/samples" "$TMP/samples"
F=$TMP/samples/cli-basic.expected.json
sed -i 's/"Harbour ferry returns after winter repairs"/"Harbour ferry sinks"/' "$F"
"$ARTEXT" check --why-dir "$TMP/why" "$TMP/samples" > "$TMP/out" 2>&1; rc=$?
[ $rc -eq 1 ] && ok "check still fails" || fail "check exit $rc"
[ -f "$TMP/why/cli-basic.why.html" ] && ok "why view of the failing fixture" || fail "no why view"
grep -q "why view: $TMP/why/cli-basic.why.html" "$TMP/out" && ok "report names the view" || fail "report does not name the view"
n=$(find "$TMP/why" -name '*.why.html' | wc -l)
[ "$n" -eq 1 ] && ok "no view for passing fixtures" || fail "$n views written"
finish

#!/usr/bin/env bash
# A page address that is not http(s) (a JSON Lines "url", --url) never
# reaches "url" and never resolves the page's pictures (issue 17); unsafe
# link targets vanish from -f html and -f markdown.
#
# Usage: bash url_safety.sh ARTEXT_BINARY SOURCE_DIR
set -u
ARTEXT=$1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }

body="$(printf 'word %.0s' $(seq 1 120))"
page="<html><body><article><p>$body <a href=\\\"javascript:alert(1)\\\">bad</a> <a href=\\\"data:text/html,x\\\">data</a> <a href=\\\"https://ok.example/\\\">good</a></p><figure><img src=\\\"a.jpg\\\"><figcaption>A caption</figcaption></figure></article></body></html>"
printf '{"url":"javascript:alert(1)//x/","html":"%s"}\n' "$page" > "$TMP/in.jsonl"
"$ARTEXT" -q --input-format jsonl "$TMP/in.jsonl" > "$TMP/out" 2>&1
grep -q '"caption":"A caption"' "$TMP/out" || fail "test page lost its figure: $(cat "$TMP/out")"
grep -q 'javascript' "$TMP/out" && fail "javascript: page URL reached the output: $(cat "$TMP/out")" \
  || ok "javascript: page URL dropped, nothing resolved against it"

printf '%s' "$page" | sed 's/\\"/"/g' > "$TMP/p.html"
for f in html markdown; do
  "$ARTEXT" -f $f --url 'javascript:alert(1)//x/' "$TMP/p.html" > "$TMP/out" 2>&1
  grep -q 'https://ok.example/' "$TMP/out" || fail "$f lost the good link"
  grep -Eq 'javascript|data:' "$TMP/out" && fail "$f keeps an unsafe target: $(grep -E 'javascript|data:' "$TMP/out")" \
    || ok "$f keeps only safe targets"
done
[ $fails -eq 0 ] || { echo "$fails failed"; exit 1; }

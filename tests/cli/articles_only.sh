#!/usr/bin/env bash
# --articles-only: every input still has exactly one record; a page that is
# not an article is {"source","page_type","skipped"} only.
#
# Usage: bash articles_only.sh ARTEXT_BINARY SOURCE_DIR
set -u
source "$(dirname "$0")/../testing/cli.sh" "$@"

"$ARTEXT" -q --articles-only -f jsonl "$SRC/samples/type-obituary.html" \
  "$SRC/samples/type-product-reviews.html" "$SRC/samples/type-forum-thread.html" \
  > "$TMP/out" 2> "$TMP/err"
rc=$?
[ $rc -eq 0 ] && ok "exit 0" || fail "exit $rc: $(head -c 300 "$TMP/err")"
[ "$(wc -l < "$TMP/out")" -eq 3 ] && ok "one record per input" || fail "$(wc -l < "$TMP/out") records"
grep 'type-obituary' "$TMP/out" | grep -q '"is_article":true' \
  && ok "the article is written whole" || fail "article record"
grep -qx '{"source":"[^"]*type-product-reviews.html","page_type":"product","schema_version":1,"skipped":"not an article"}' "$TMP/out" \
  && ok "a product page is a skip record" || fail "product skip record: $(grep product "$TMP/out" | head -c 200)"
grep -q '"page_type":"forum","schema_version":1,"skipped":"not an article"' "$TMP/out" \
  && ok "a forum page is a skip record" || fail "forum skip record"
# Without the flag every page is written whole, with its body.
"$ARTEXT" -q -f jsonl "$SRC/samples/type-product-reviews.html" > "$TMP/full"
grep -q '"page_type":"product"' "$TMP/full" && grep -q '40-litre main compartment' "$TMP/full" \
  && ok "without the flag a product page keeps its body" || fail "product body"

# Text formats under --output-dir: the article gets its file, a page that is
# not an article gets none (an empty file would pass for an extraction that
# found no text), and the summary counts it.
mkdir -p "$TMP/in"
cp "$SRC/samples/type-obituary.html" "$SRC/samples/type-product-reviews.html" "$TMP/in/"
"$ARTEXT" --articles-only -f text --output-dir "$TMP/dir" "$TMP/in" \
  > "$TMP/dir-out" 2> "$TMP/dir-err"
rc=$?
[ $rc -eq 0 ] && ok "output-dir: exit 0" || fail "output-dir: exit $rc: $(head -c 300 "$TMP/dir-err")"
[ -s "$TMP/dir/type-obituary.txt" ] && ok "output-dir: the article's file has its text" \
  || fail "output-dir: article file: $(ls "$TMP/dir" 2>&1)"
[ ! -e "$TMP/dir/type-product-reviews.txt" ] && ok "output-dir: no file for the product page" \
  || fail "output-dir: product page file written ($(wc -c < "$TMP/dir/type-product-reviews.txt") bytes)"
grep -q '1 articles, 1 not articles.*; 1 not articles not written (--articles-only)' "$TMP/dir-err" \
  && ok "output-dir: the summary says one page was not written" \
  || fail "output-dir: summary: $(cat "$TMP/dir-err")"
# One page in a text format: nothing on stdout, exit 0, and stderr says why.
"$ARTEXT" --articles-only -f markdown "$SRC/samples/type-forum-thread.html" \
  > "$TMP/one-out" 2> "$TMP/one-err"
rc=$?
[ $rc -eq 0 ] && ok "one page: exit 0" || fail "one page: exit $rc"
[ ! -s "$TMP/one-out" ] && ok "one page: nothing on stdout" || fail "one page: stdout $(head -c 200 "$TMP/one-out")"
grep -q 'not an article (page_type forum): nothing written' "$TMP/one-err" \
  && ok "one page: stderr says it was not written" || fail "one page: stderr: $(cat "$TMP/one-err")"
"$ARTEXT" -q --articles-only -f markdown "$SRC/samples/type-forum-thread.html" 2> "$TMP/q-err"
[ ! -s "$TMP/q-err" ] && ok "one page, -q: silent" || fail "one page, -q: $(cat "$TMP/q-err")"

finish

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

finish

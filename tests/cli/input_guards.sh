#!/usr/bin/env bash
# The command line refuses what would lose data or mislead (issue 17): an
# output that would overwrite an input, an unknown --charset, and a --glob
# that would swallow the folder after it and read stdin instead.
#
# Usage: bash input_guards.sh ARTEXT_BINARY SOURCE_DIR
set -u
source "$(dirname "$0")/../testing/cli.sh" "$@"

mkdir -p "$TMP/site/sub"
cp "$SRC/samples/cli-basic.html" "$TMP/site/a.html"
cp "$SRC/samples/cli-basic.html" "$TMP/site/sub/b.html"
cp -r "$TMP/site" "$TMP/orig"
cd "$TMP"

# -f html into the input folder would replace every page by its extract.
for dir in site ./site/../site "$TMP/site"; do
  "$ARTEXT" -q -f html --output-dir "$dir" site/ > out 2> err; rc=$?
  [ $rc -eq 2 ] && grep -q "overwrite an input" err \
    && ok "--output-dir $dir refused" || fail "--output-dir $dir: exit $rc, $(cat err)"
done
"$ARTEXT" -q -o site/a.html site/a.html > out 2> err; rc=$?
[ $rc -eq 2 ] && ok "-o onto the input refused" || fail "-o onto input: exit $rc"
diff -r orig site > /dev/null && ok "inputs intact" || fail "an input was overwritten"
# Pages written inside an input folder would be read back as pages by the
# next run over it: refused, however the folder is spelt.
for dir in site/out ./site/sub/../out "$TMP/site/sub"; do
  "$ARTEXT" -q -f html --output-dir "$dir" site/ > out 2> err; rc=$?
  [ $rc -eq 2 ] && grep -q "overlaps the inputs" err \
    && ok "--output-dir $dir inside the input folder refused" \
    || fail "--output-dir $dir inside site/: exit $rc, $(cat err)"
done
[ ! -e site/out ] && ok "nothing written for a refused run" || fail "site/out was created"
"$ARTEXT" -q -f html --output-dir html-out site/ > out 2> err; rc=$?
[ $rc -eq 0 ] && [ -f html-out/a.html ] && ok "-f html into a folder beside the inputs" \
  || fail "-f html beside: exit $rc $(cat err)"
# Another format beside the pages is fine.
"$ARTEXT" -q -f json --output-dir site site/ > out 2> err; rc=$?
[ $rc -eq 0 ] && [ -f site/a.json ] && ok "json beside the pages" || fail "json beside: exit $rc $(cat err)"
"$ARTEXT" -q -f json --output-dir site/json site/ > out 2> err; rc=$?
[ $rc -eq 0 ] && [ -f site/json/a.json ] && ok "json in a folder inside the inputs" \
  || fail "json inside: exit $rc $(cat err)"

# An unknown --charset is an error, a known label of any case is not.
"$ARTEXT" --charset bogus orig/a.html > out 2> err; rc=$?
[ $rc -eq 2 ] && grep -q 'bogus' err && ok "--charset bogus: exit 2" || fail "--charset bogus: exit $rc"
"$ARTEXT" --charset Windows-1252 orig/a.html > out 2> err; rc=$?
[ $rc -eq 0 ] && ok "--charset Windows-1252 accepted" || fail "--charset Windows-1252: exit $rc $(cat err)"

# --glob takes one pattern: the folder after it is an input, stdin is not read.
echo '<html><body><p>from stdin</p></body></html>' > stdin.html
"$ARTEXT" -q --glob '*.html' orig/ < stdin.html > out 2> err; rc=$?
[ $rc -eq 0 ] && grep -q '"source":"orig/a.html"' out && grep -q '"source":"orig/sub/b.html"' out \
  && ! grep -q 'from stdin' out && ok "--glob '*.html' orig/ reads the folder" \
  || fail "--glob: exit $rc, $(head -c 300 out) $(cat err)"
"$ARTEXT" -q --glob 'a.*' --glob 'b.*' orig/ < /dev/null > out 2> err
[ "$(wc -l < out)" -eq 2 ] && ok "--glob repeats" || fail "--glob repeated: $(cat err)"

finish

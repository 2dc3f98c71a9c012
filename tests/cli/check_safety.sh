#!/usr/bin/env bash
# `artext check` cannot be turned against its user or pass vacuously
# (issue 17): it never reads an expected file that is a symlink out of the
# fixture folder, an empty folder fails, every page name batch mode reads is
# a fixture, and --update --fields X rewrites X only. Diagnostics and diffs
# carry no terminal control characters.
#
# Usage: bash check_safety.sh ARTEXT_BINARY SOURCE_DIR
set -u
source "$(dirname "$0")/../testing/cli.sh" "$@"

# A secret outside the fixture folder, and a fixture whose expected text
# file is a symlink to it.
mkdir -p "$TMP/fx" "$TMP/outside"
echo "SECRET-TOKEN-42" > "$TMP/outside/secret"
cp "$SRC/samples/cli-basic.html" "$TMP/fx/leak.html"
ln -s "$TMP/outside/secret" "$TMP/fx/leak.expected.txt"
"$ARTEXT" check "$TMP/fx" > "$TMP/out" 2>&1; rc=$?
cat "$TMP/out"
grep -q SECRET "$TMP/out" && fail "printed the symlink's target" || ok "symlink target not printed"
[ $rc -eq 1 ] && ok "symlink out of the folder fails" || fail "exit $rc"

# An empty folder checks nothing: exit 1, "no fixtures".
mkdir -p "$TMP/empty"
"$ARTEXT" check "$TMP/empty" > "$TMP/out" 2>&1; rc=$?
[ $rc -eq 1 ] && grep -q "no fixtures" "$TMP/out" && ok "empty folder fails" \
  || fail "empty folder: exit $rc, $(cat "$TMP/out")"

# .htm, .HTML and .html.gz pages are fixtures like .html ones.
mkdir -p "$TMP/ext"
for n in a.htm b.HTML; do cp "$SRC/samples/cli-basic.html" "$TMP/ext/$n"; done
gzip -c "$SRC/samples/cli-basic.html" > "$TMP/ext/c.html.gz"
for n in a b c; do cp "$SRC/samples/cli-basic.expected.json" "$TMP/ext/$n.expected.json"; done
"$ARTEXT" check "$TMP/ext" > "$TMP/out" 2>&1; rc=$?
tail -1 "$TMP/out" | grep -q '^3 passed, 0 failed$' && [ $rc -eq 0 ] \
  && ok ".htm/.HTML/.html.gz checked" || fail "extensions: exit $rc, $(tail -3 "$TMP/out")"

# --update --fields headline rewrites the headline only.
mkdir -p "$TMP/up"
cp "$SRC/samples/cli-basic.html" "$TMP/up/p.html"
cp "$SRC/samples/cli-basic.expected.json" "$TMP/up/p.expected.json"
sed -i 's/"Harbour ferry returns after winter repairs"/"Wrong headline"/' "$TMP/up/p.expected.json"
echo "stale text" > "$TMP/up/p.expected.txt"
"$ARTEXT" check --update --fields headline "$TMP/up" > "$TMP/out" 2>&1
grep -q '"Harbour ferry returns after winter repairs"' "$TMP/up/p.expected.json" \
  && ok "--fields headline updated the headline" || fail "headline not updated"
[ "$(cat "$TMP/up/p.expected.txt")" = "stale text" ] \
  && ok "--fields headline left the text file alone" || fail "text file rewritten"

# No ESC or BEL from a page reaches a check diff or -f text. The HTML
# parser replaces raw control bytes; JSON-LD "\u001b" escapes decode to them.
mkdir -p "$TMP/ctl"
printf '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bell\\u0007 and esc\\u001b]0;pwned\\u0007 title"}</script></head><body><article><p>%s</p></article></body></html>' \
  "$(printf 'word %.0s' $(seq 1 120))" > "$TMP/ctl/p.html"
echo "other" > "$TMP/ctl/p.expected.txt"
"$ARTEXT" check "$TMP/ctl" > "$TMP/out" 2>&1
grep -q 'pwned' "$TMP/out" || fail "the test page lost its headline"
grep -q $'\x1b\|\x07' "$TMP/out" && fail "control characters in the diff" || ok "diff is clean"
"$ARTEXT" -f text "$TMP/ctl/p.html" > "$TMP/out" 2>&1
grep -q $'\x1b\|\x07' "$TMP/out" && fail "control characters in -f text" || ok "-f text is clean"

# A file name with ESC in it does not reach stderr raw.
mkdir -p "$TMP/names"
evil="$TMP/names/evil"$'\x1b'"]0;x"$'\x07'".html"
cp "$TMP/ctl/p.html" "$evil"
"$ARTEXT" --max-bytes 5 "$evil" > /dev/null 2> "$TMP/err"
grep -q 'evil' "$TMP/err" || fail "no diagnostic for the file"
grep -q $'\x1b\|\x07' "$TMP/err" && fail "control characters on stderr" || ok "stderr is clean"

finish

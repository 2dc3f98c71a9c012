#!/usr/bin/env bash
# Issue 16's hostile inputs (docs/robustness.md, "Bounds"), generated here
# at 16 MiB: each page is extracted (or, for JSON Lines and `check`, ends as
# an error) within 20 s of CPU and 1 GB of peak memory, with output at most 4
# times its size plus 64 KiB. Under the sanitizers (a slower binary, and
# ASan's own memory) the inputs are 2 MiB and only exit status and output
# size are checked.
#
# Usage: bash hostile_bounds.sh ARTEXT_BINARY SOURCE_DIR
set -u
source "$(dirname "$0")/../testing/cli.sh" "$@"
ARTEXT=$(realpath "$ARTEXT")
SRC=$(realpath "$SRC")
cd "$TMP" || exit 1

SIZE=$((16 << 20))
measure=1
if [ -n "${ASAN_OPTIONS:-}" ] || ldd "$ARTEXT" 2>/dev/null | grep -q libasan; then
  SIZE=$((2 << 20)); measure=0
fi
MAX_SECONDS=20
MAX_RSS_KB=$((1 << 20))

# repeat TEXT: TEXT over and over, SIZE bytes of it.
repeat() { yes "$1" | tr -d '\n' | head -c "$SIZE"; }

# bounded NAME WANT_RC INPUT [ARGS...]: runs artext ARGS INPUT > NAME.out,
# checks the exit status, the CPU time and peak RSS (from /usr/bin/time) and
# the output size against 4 x the input + 64 KiB. CPU time (user + system),
# as batch_bounds.sh does, not elapsed time: on a shared machine elapsed
# time measures the load, and the bound is about artext's own work.
bounded() {
  local name=$1 want=$2 input=$3; shift 3
  local in_bytes; in_bytes=$(stat -c %s "$input")
  /usr/bin/time -f '%U %S %e %M' -o "$name.time" timeout 300 "$ARTEXT" "$@" \
    "$input" > "$name.out" 2> "$name.err"
  local rc=$? user sys elapsed secs rss out_bytes limit
  read -r user sys elapsed rss < <(tail -n 1 "$name.time")
  secs=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  out_bytes=$(stat -c %s "$name.out")
  limit=$((in_bytes * 4 + 65536))
  if [ "$rc" -ne "$want" ]; then
    fail "$name: exit $rc, want $want: $(head -c 300 "$name.err")"
  elif [ "$out_bytes" -gt "$limit" ]; then
    fail "$name: $out_bytes bytes of output for $in_bytes of input (limit $limit)"
  elif [ "$measure" = 1 ] && [ "${secs%.*}" -ge "$MAX_SECONDS" ]; then
    fail "$name: took $secs s CPU (limit $MAX_SECONDS)"
  elif [ "$measure" = 1 ] && [ "$rss" -gt "$MAX_RSS_KB" ]; then
    fail "$name: peak RSS $rss KB (limit $MAX_RSS_KB)"
  else
    ok "$name: exit $rc, $secs s CPU ($elapsed s elapsed), $rss KB peak, output $out_bytes of $in_bytes bytes"
    return 0
  fi
  return 1
}

# Row 1: every stray </p> makes gumbo open an empty <p>.
{ printf '<p>'; repeat 'x</p>'; } > stray_p.html
bounded stray_p 0 stray_p.html
# Row 2: comments, bogus comments, "</ >": one node each.
n=0
for kind in 'x<?>' 'x<!---->' 'x</ >'; do
  n=$((n + 1))
  { printf '<p>'; repeat "$kind"; } > comments.html
  bounded "comments_$n" 0 comments.html && echo "   (comments_$n: $kind)"
done
# Row 3: JSON-LD and parsely-page nested 16 M deep: the block is ignored.
{ printf '<html><head><title>A headline for the page</title><script type="application/ld+json">'
  repeat '['; printf '</script></head><body><p>Some text.</p></body></html>'; } > jsonld.html
bounded jsonld 0 jsonld.html -f jsonl
grep -q '"headline":"A headline for the page"' jsonld.out || fail "jsonld: page not extracted"
{ printf '<html><head><meta name="parsely-page" content="'
  repeat '['; printf '"></head><body><p>Some text.</p></body></html>'; } > parsely.html
bounded parsely 0 parsely.html -f jsonl
# Row 4: one JSON Lines record of '[': an error record, exit 1.
{ repeat '['; printf '\n{"html":"<p>after</p>"}\n'; } > deep.jsonl
bounded jsonl 1 deep.jsonl --input-format jsonl
if ! grep -q '"error":"JSON nested deeper than 512 levels"' jsonl.out ||
   ! grep -q '"source":"deep.jsonl:2"' jsonl.out; then
  fail "jsonl: want an error record for line 1 and a result for line 2: $(head -c 300 jsonl.out)"
fi
# Row 6: misnested formatting elements that gumbo re-opens at every text.
repeat '<a href=x><b><i><u>x</a>' > misnested.html
bounded misnested 0 misnested.html
# Row 7: check with an expected file nested 30,000 deep: exit 1, a message.
mkdir fixture
printf '<html><body><p>Some text.</p></body></html>' > fixture/deep.html
{ printf '{"headline":'; head -c 30000 /dev/zero | tr '\0' '['; } > fixture/deep.expected.json
timeout 300 "$ARTEXT" check fixture > check.out 2>&1
rc=$?
if [ "$rc" -ne 1 ] || ! grep -q 'deep.expected.json: JSON nested deeper than 512 levels' check.out; then
  fail "check: exit $rc, want 1 with a message: $(head -c 300 check.out)"
else
  ok "check: exit 1: $(grep -m1 nested check.out)"
fi
# Row 10: tiny list items (12x in JSON before the node cap); paragraphs of
# '"' (JSON escapes it in `body` and `text`: over 4x; HTML writes &quot;:
# 6x): the body is cut at a block boundary, the output says so, and a
# warning names it.
{ printf '<html><body><article><h1>Headline</h1><ul>'; repeat '<li>x'; } > items.html
bounded items 0 items.html
para=$(head -c 200 /dev/zero | tr '\0' '"')
{ printf '<html><body><article><h1>Headline</h1>'; repeat "<p>$para</p>"; } > quotes.html
bounded quotes 0 quotes.html
grep -q '"truncated": true' quotes.out || fail "quotes: no \"truncated\": true"
grep -q 'warning: output truncated' quotes.err || fail "quotes: no warning: $(head -c 200 quotes.err)"
bounded quotes_html 0 quotes.html -f html
tail -n 1 quotes_html.out | grep -q '^<!-- artext: output truncated' ||
  fail "quotes_html: no closing truncation comment"
# One paragraph of control bytes (U+FFFD, 6x in JSON): cut to no body. A
# quarter of the size: extraction takes ~1.5 us a byte of them (before and
# after this bound), which at 16 MiB is over the time limit on a busy machine.
{ printf '<html><body><article><h1>Headline</h1><p>'; head -c 5000 /dev/zero | tr '\0' 'w'
  repeat $'\x01' | head -c $((SIZE / 4)); } > controls.html
bounded controls 0 controls.html
grep -q '"truncated": true' controls.out || fail "controls: no \"truncated\": true"
# A real page is whole: no "truncated", no warning.
bounded sample 0 "$SRC/samples/cli-basic.html"
if grep -q truncated sample.out sample.err; then fail "sample: truncated"; fi

finish

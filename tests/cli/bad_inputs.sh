#!/usr/bin/env bash
# The bad-input table (docs/robustness.md): every malformed, hostile or
# mislabelled input gives either a result or exactly one clear line
# "artext: INPUT: reason" on stderr with exit status 1, and never a partial
# output file. Big inputs are generated here, not committed.
#
# Usage: bash bad_inputs.sh ARTEXT_BINARY SOURCE_DIR
set -u
ARTEXT=$(realpath "$1")
SRC=$(realpath "$2")
PAGE=$SRC/samples/cli-basic.html
TMP=$(mktemp -d)
trap 'chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
cd "$TMP" || exit 1
mkdir in out
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }
# A hang is a failure, not a stuck test run (generous: sanitizer builds are
# several times slower).
run() { timeout 300 "$@"; }

# expect_error NAME RC 'REASON-REGEX' INPUT [ARGS...]
# Runs `artext ARGS -o out/NAME.json INPUT`: exit RC, stderr exactly one line
# "artext: INPUT: REASON", nothing on stdout, no output file, no temporary.
expect_error() {
  local name=$1 want=$2 reason=$3 input=$4; shift 4
  run "$ARTEXT" "$@" -o "out/$name.json" "$input" > stdout 2> stderr
  local rc=$? lines
  lines=$(wc -l < stderr)
  if [ $rc -ne "$want" ]; then
    fail "$name: exit $rc, want $want; $(head -c 300 stderr)"
  elif [ "$lines" -ne 1 ] || ! grep -Eq "^artext: $(printf '%s' "$input" | sed 's/[].[*^$/]/\\&/g'): $reason\$" stderr; then
    fail "$name: stderr is not one line 'artext: $input: $reason': $(head -c 300 stderr)"
  elif [ -s stdout ] || [ -n "$(ls -A out)" ]; then
    fail "$name: output left behind: $(ls -A out) $(head -c 100 stdout)"
  else
    ok "$name (exit $rc): $(cat stderr)"
  fi
  rm -rf out; mkdir out
}

# expect_result NAME PYTHON-CHECK INPUT [ARGS...]
# Runs `artext ARGS -o out/NAME.json INPUT`: exit 0, nothing on stderr, and
# the JSON in the output passes the Python expression over `a` (the article).
expect_result() {
  local name=$1 check=$2 input=$3; shift 3
  run "$ARTEXT" "$@" -o "out/$name.json" "$input" > stdout 2> stderr
  local rc=$?
  if [ $rc -ne 0 ] || [ -s stderr ]; then
    fail "$name: exit $rc; $(head -c 300 stderr)"
  elif ! python3 -c "
import json, sys
a = json.load(open(sys.argv[1], encoding='utf-8', errors='strict'))
sys.exit(0 if ($check) else 1)" "out/$name.json"; then
    fail "$name: output fails the check '$check': $(head -c 300 "out/$name.json")"
  else
    ok "$name (exit 0)"
  fi
  rm -rf out; mkdir out
}

# --- Not HTML at all ------------------------------------------------------
: > in/empty.html
expect_error empty 1 'not HTML: empty input' in/empty.html
printf ' \n\t\r\n  \n' > in/blank.html
expect_error whitespace 1 'not HTML: only whitespace \(8 bytes\)' in/blank.html
{ printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR'; head -c 4096 /dev/urandom; } > in/image.html
expect_error png 1 'not HTML: a PNG image' in/image.html
printf '%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n' > in/doc.html
expect_error pdf 1 'not HTML: a PDF document' in/doc.html
{ printf x; head -c 65536 /dev/urandom; } > in/random.html  # x: never a signature
expect_error random-bytes 1 'not HTML: binary data \([0-9]+% control bytes\)' in/random.html
gzip -c in/random.html > in/random.html.gz
expect_error gzip-of-random 1 'not HTML: binary data \([0-9]+% control bytes\)' in/random.html.gz
gzip -c in/image.html > in/image.html.gz
expect_error gzip-of-png 1 'not HTML: a PNG image' in/image.html.gz
gzip -c "$PAGE" | head -c 600 > in/cut.html.gz
expect_error truncated-gzip 1 'truncated gzip data' in/cut.html.gz
{ gzip -c "$PAGE" | head -c 100; head -c 2000 /dev/urandom; } > in/corrupt.html.gz
expect_error corrupt-gzip 1 '(corrupt gzip data: .*|truncated gzip data)' in/corrupt.html.gz

# --- Damaged or unusual text: extracted -----------------------------------
printf '<html><head><meta charset="utf-8"><title>Invalid bytes</title></head><body><h1>Invalid bytes</h1><p>Broken \xc3\x28 sequences \xed\xa0\x80 and \xff\xfe here, in a page that is otherwise UTF-8: caf\xc3\xa9.</p></body></html>' > in/bad-utf8.html
expect_result invalid-utf8 "a['headline'] == 'Invalid bytes' and 'sequences' in a['text']" in/bad-utf8.html
python3 -c "
import sys
page = '<html><head><title>Sixteen bits</title></head><body><h1>Sixteen bits</h1><p>This page was saved as UTF-16 without a byte-order mark: caf\u00e9, \uc548\ub155.</p></body></html>'
open('in/utf16.html', 'wb').write(page.encode('utf-16-le'))"
expect_result utf16-no-bom "a['encoding'] == 'utf-16le' and a['headline'] == 'Sixteen bits' and 'caf\u00e9' in a['text']" in/utf16.html
printf '<html><head><title>Nul\0 bytes</title></head><body><h1>NUL bytes</h1><p>Some\0 text with\0\0 NUL bytes in the middle of a sentence.</p></body></html>' > in/nul.html
expect_result nul-bytes "'NUL bytes in the middle' in a['text'] and '\0' not in a['text']" in/nul.html
python3 -c "
open('in/attr.html', 'w').write('<html><body><h1>Big attribute</h1><p data-x=\"' + 'x' * (10 << 20) + '\">The paragraph after a 10 MB attribute value.</p></body></html>')"
expect_result attribute-10mb "'after a 10 MB attribute' in a['text']" in/attr.html
head -c 10000000 /dev/zero | tr '\0' 'a' > in/line10.txt
expect_result line-10mb "a['word_count'] >= 1" in/line10.txt
printf '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Half, "author":[{"name":</script></head><body><h1>Malformed JSON-LD</h1><p>Body text.</p></body></html>' > in/ld-bad.html
expect_result jsonld-malformed "a['headline'] == 'Malformed JSON-LD'" in/ld-bad.html
python3 -c "
import json
big = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': 'Enormous JSON-LD',
       'articleBody': 'word ' * (1 << 20), 'author': [{'@type': 'Person', 'name': 'Name %d' % i} for i in range(20000)]}
deep = '[' * 100000 + ']' * 100000
deep_obj = '{\"a\":' * 50000 + '1' + '}' * 50000
open('in/ld-big.html', 'w').write('<html><head><script type=\"application/ld+json\">' + json.dumps(big) +
  '</script><script type=\"application/ld+json\">' + deep + '</script><script type=\"application/ld+json\">' + deep_obj +
  '</script></head><body><h1>Enormous JSON-LD</h1><p>Body text.</p></body></html>')"
expect_result jsonld-enormous "a['headline'] == 'Enormous JSON-LD'" in/ld-big.html
python3 -c "
open('in/metas.html', 'w').write('<html><head>' + ''.join('<meta name=\"k%d\" property=\"og:x%d\" content=\"value %d\">' % (i, i, i) for i in range(20000)) +
  '<meta property=\"og:title\" content=\"Twenty thousand metas\"></head><body><p>Body text.</p></body></html>')"
expect_result meta-20000 "a['headline'] == 'Twenty thousand metas'" in/metas.html

python3 -c "
open('in/deep.html', 'w').write('<html><body>' + '<div>' * 1000000 + '<p>The text at the bottom of a million nested divisions.</p>')"
expect_result nesting-1000000 "'bottom of a million nested' in a['text']" in/deep.html

# --- Too large: rejected before it is read ------------------------------------
head -c 100000000 /dev/zero | tr '\0' 'a' > in/line100.txt
expect_error line-100mb 1 'too large: input is 100000000 bytes; the limit is 67108864 \(--max-bytes\)' in/line100.txt
run "$ARTEXT" -o out/pipe.json - < <(cat in/line100.txt) > stdout 2> stderr; rc=$?
[ $rc -eq 1 ] && grep -qx 'artext: -: too large: input exceeds 67108864 bytes (--max-bytes)' stderr && [ -z "$(ls -A out)" ] \
  && ok "line-100mb on a pipe (exit 1): $(cat stderr)" || fail "line-100mb on a pipe: exit $rc $(cat stderr)"
rm -f in/line100.txt
# 10 GB: a sparse file (no disk used) is rejected from its size, unread; on
# a pipe, reading stops at the limit and the writer gets SIGPIPE.
truncate -s 10G in/huge.html
expect_error file-10gb 1 'too large: input is 10737418240 bytes; the limit is 67108864 \(--max-bytes\)' in/huge.html
rm -f in/huge.html
run bash -c "head -c 10737418240 /dev/zero | tr '\\0' a | \"$ARTEXT\" -" > stdout 2> stderr; rc=$?
[ $rc -eq 1 ] && grep -qx 'artext: -: too large: input exceeds 67108864 bytes (--max-bytes)' stderr \
  && ok "10 GB on a pipe (exit 1): $(cat stderr)" || fail "10 GB on a pipe: exit $rc $(cat stderr)"
expect_error max-bytes 1 'too large: input is [0-9]+ bytes; the limit is 1000 \(--max-bytes\)' "$PAGE" --max-bytes 1000
head -c 3000000 /dev/zero | gzip -c > in/bomb.html.gz
expect_error gzip-bomb 1 'too large: decompressed input exceeds 1000000 bytes \(--max-bytes\)' in/bomb.html.gz --max-bytes 1000000

# --- Paths ------------------------------------------------------------------
expect_error nonexistent 1 'No such file or directory' in/nope.html
cp "$PAGE" in/locked.html; chmod 000 in/locked.html
if [ "$(id -u)" -eq 0 ]; then
  # root reads any file whatever its mode (CI runs as root): say so.
  echo "skip: unreadable-file (mode 000): running as root, which ignores file modes"
else
  expect_error unreadable-file 1 'Permission denied' in/locked.html
fi
# A read that fails whoever you are: offset 0 of a process's memory.
expect_error read-error 1 'read failed: Input/output error' /proc/self/mem
mkdir in/dir.html
# A directory operand is walked (a batch: the error is a JSON Lines record).
run "$ARTEXT" -q in/dir.html > stdout 2> stderr; rc=$?
[ $rc -eq 1 ] && grep -qx '{"source":"in/dir.html","error":"is a directory with no file matching \*.html, \*.htm, \*.xhtml, \*.warc","error_kind":"io","schema_version":1}' stdout \
  && ok "directory with no pages (exit 1): $(cat stdout)" || fail "directory with no pages: exit $rc $(cat stdout stderr)"
printf '%s\n' "$TMP/in/dir.html" > list
run "$ARTEXT" --files-from list > stdout 2> stderr; rc=$?
[ $rc -eq 1 ] && grep -qx "{\"source\":\"$TMP/in/dir.html\",\"error\":\"is a directory\",\"error_kind\":\"io\",\"schema_version\":1}" stdout \
  && ok "directory in --files-from (exit 1): $(cat stdout)" || fail "directory in --files-from: exit $rc $(cat stdout stderr)"
run "$ARTEXT" - < in/dir.html > stdout 2> stderr; rc=$?
[ $rc -eq 1 ] && grep -qx 'artext: -: is a directory' stderr \
  && ok "directory on stdin (exit 1): $(cat stderr)" || fail "directory on stdin: exit $rc $(cat stderr)"

# --- Outputs that cannot be written ---------------------------------------
# expect_write_error NAME 'MESSAGE-REGEX' ARGS...: exit 1, one line, nothing
# on stdout, and no file (or hidden temporary) left where the output was going.
expect_write_error() {
  local name=$1 message=$2; shift 2
  run "$ARTEXT" "$@" > stdout 2> stderr; local rc=$?
  if [ $rc -eq 1 ] && [ "$(wc -l < stderr)" -eq 1 ] && grep -Eqx "artext: $message" stderr && [ ! -s stdout ]; then
    ok "$name (exit 1): $(cat stderr)"
  else
    fail "$name: exit $rc: $(cat stderr)"
  fi
}
expect_write_error dev-full 'cannot write output: /dev/full: No space left on device' -o /dev/full "$PAGE"
mkdir ro
expect_write_error output-is-directory 'cannot write output: ro: is a directory' -o ro "$PAGE"
if [ "$(id -u)" -eq 0 ]; then
  # root may write into a mode-555 directory; /proc/self is read-only to all.
  rodir=/proc/self
else
  chmod 555 ro; rodir=$TMP/ro
fi
expect_write_error read-only-dir "cannot write output: $rodir/out.json: (Permission denied|No such file or directory)" -o "$rodir/out.json" "$PAGE"
expect_write_error read-only-output-dir "$PAGE: cannot write output: $rodir/cli-basic.json: (Permission denied|No such file or directory)" --output-dir "$rodir" "$PAGE"
[ -z "$(ls -A ro)" ] && ok "nothing left in the read-only folder" || fail "left in ro/: $(ls -A ro)"
run bash -c "\"$ARTEXT\" \"$PAGE\" > /dev/full" 2> stderr; rc=$?
[ $rc -eq 1 ] && grep -qx 'artext: cannot write output: stdout: No space left on device' stderr \
  && ok "stdout is /dev/full (exit 1): $(cat stderr)" || fail "stdout /dev/full: exit $rc $(cat stderr)"

# --- Time budget -------------------------------------------------------------
cp "$PAGE" in/a.html; cp "$PAGE" in/b.html
run "$ARTEXT" --timeout 0.000001 in/a.html in/b.html > stdout 2> stderr; rc=$?
[ $rc -eq 1 ] && [ "$(grep -c '"error":"timeout: extraction stopped after [a-z]*: [0-9.]* s, over the 1e-06 s budget (--timeout)"' stdout)" -eq 2 ] \
  && ok "--timeout in a batch: an error record per page (exit 1)" || fail "--timeout batch: exit $rc $(cat stdout stderr)"
expect_error timeout 1 'timeout: extraction stopped after [a-z]+: [0-9.]+ s, over the 1e-06 s budget \(--timeout\)' "$PAGE" --timeout 0.000001

if [ $fails -ne 0 ]; then echo "$fails failures"; exit 1; fi
echo "all passed"

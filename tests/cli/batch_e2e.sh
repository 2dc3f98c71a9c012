#!/usr/bin/env bash
# End-to-end batch run: a tree of 2,000+ inputs (nested copies of samples/,
# gzipped ones, and broken ones of every kind) must give exactly one output
# or one error record per input, the same bytes with -j 1 and -j 2, and
# whole output files even when the run is killed.
#
# Usage: bash batch_e2e.sh ARTEXT_BINARY SOURCE_DIR [--build-only DIR]
# With --build-only, the tree is built in DIR (kept) and nothing is run:
# bench/batch-throughput uses it to time the same tree.
set -u
ARTEXT=$1
SRC=$2
if [ "${3:-}" = "--build-only" ]; then
  TMP=$4; mkdir -p "$TMP"
else
  TMP=$(mktemp -d)
  trap 'chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
fi
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }

TREE=$TMP/tree
EXPECTED=$TMP/expected-sources   # every path that must get a record
ERRORS=0                         # how many of them must be errors
: > "$EXPECTED"

# --- the good inputs: samples copied round-robin into nested folders --------
# Small pages only (under 32 KB), so that three full passes over 2,000 of
# them stay well under a minute however many large samples are added; the
# smallest page is the fallback.
mapfile -t SAMPLES < <(find "$SRC/samples" -maxdepth 1 -name '*.html' -size -32k | LC_ALL=C sort)
if [ ${#SAMPLES[@]} -eq 0 ]; then
  mapfile -t SAMPLES < <(ls -S "$SRC"/samples/*.html | tail -1)
fi
if [ ${#SAMPLES[@]} -eq 0 ]; then echo "no samples"; exit 1; fi
echo "samples: ${#SAMPLES[@]} pages"
mkdir -p "$TMP/gz"
for s in "${SAMPLES[@]}"; do gzip -c "$s" > "$TMP/gz/$(basename "$s").gz"; done
GOOD=2000
for ((a = 0; a < 10; a++)); do for ((b = 0; b < 10; b++)); do mkdir -p "$TREE/d$a/e$b"; done; done
# Destinations grouped by source so that one tee writes each group: a fork
# per file would make building the tree the slowest part of the test.
declare -A GROUP
for ((i = 0; i < GOOD; i++)); do
  k=$((i % ${#SAMPLES[@]}))
  d=$TREE/d$((i % 10))/e$((i / 10 % 10))
  case $((i % 7)) in
    0) f=$d/p$i.html.gz; key=gz$k ;;
    1) f=$d/p$i.htm; key=plain$k ;;
    2) f=$d/p$i.xhtml; key=plain$k ;;
    *) f=$d/p$i.html; key=plain$k ;;
  esac
  GROUP[$key]+="$f"$'\n'
  echo "$f" >> "$EXPECTED"
done
for key in "${!GROUP[@]}"; do
  k=${key#gz}; k=${k#plain}
  src=${SAMPLES[$k]}
  [ "${key#gz}" != "$key" ] && src=$TMP/gz/$(basename "$src").gz
  mapfile -t dests <<< "${GROUP[$key]%$'\n'}"
  for ((x = 0; x < ${#dests[@]}; x += 200)); do  # stay under the fd limit
    tee "${dests[@]:x:200}" < "$src" > /dev/null
  done
done
[ "$(find "$TREE" -type f | wc -l)" -eq $GOOD ] || { echo "tree not built"; exit 1; }

# --- inputs that are broken in some way --------------------------------------
B=$TREE/broken
mkdir -p "$B/deeper"
: > "$B/empty.html"; echo "$B/empty.html" >> "$EXPECTED"
head -c 3000 "$ARTEXT" > "$B/binary.html"; echo "$B/binary.html" >> "$EXPECTED"
echo "just some plain text, no markup" > "$B/plain.htm"; echo "$B/plain.htm" >> "$EXPECTED"
head -c 300 "$TMP/gz/$(basename "${SAMPLES[0]}").gz" > "$B/truncated.html.gz"
echo "$B/truncated.html.gz" >> "$EXPECTED"; ERRORS=$((ERRORS + 1))
ln -s . "$B/deeper/loop"; echo "$B/deeper/loop" >> "$EXPECTED"; ERRORS=$((ERRORS + 1))
ln -s self.html "$B/self.html"; echo "$B/self.html" >> "$EXPECTED"; ERRORS=$((ERRORS + 1))
ln -s missing.html "$B/dangling.html"; echo "$B/dangling.html" >> "$EXPECTED"; ERRORS=$((ERRORS + 1))
mkfifo "$B/fifo.html"; echo "$B/fifo.html" >> "$EXPECTED"; ERRORS=$((ERRORS + 1))
if [ "$(id -u)" != 0 ]; then
  # root reads mode-000 files anyway, so the case only exists for others.
  cp "${SAMPLES[0]}" "$B/unreadable.html"; chmod 000 "$B/unreadable.html"
  echo "$B/unreadable.html" >> "$EXPECTED"; ERRORS=$((ERRORS + 1))
  mkdir "$B/closed"; cp "${SAMPLES[0]}" "$B/closed/x.html"; chmod 000 "$B/closed"
  echo "$B/closed" >> "$EXPECTED"; ERRORS=$((ERRORS + 1))
else
  echo "skip: unreadable-file case (running as root)"
fi
# Not inputs: wrong names.
echo "notes" > "$B/notes.txt"; cp "${SAMPLES[0]}" "$B/page.html.bak"
head -c 100 "$ARTEXT" > "$B/image.png"
TOTAL=$(wc -l < "$EXPECTED")
echo "tree: $TOTAL inputs, $ERRORS certain errors"
if [ "${3:-}" = "--build-only" ]; then echo "$TREE"; exit 0; fi

sources() { sed -n 's/^{"source":"\([^"]*\)".*/\1/p' "$1"; }
count_errors() { grep -c '^{"source":"[^"]*","error":' "$1"; }

# --- JSON Lines on stdout, -j 1 and -j 2 --------------------------------------
start=$(date +%s%N)
"$ARTEXT" -q -j 1 "$TREE" > "$TMP/j1.jsonl" 2> "$TMP/j1.err"; rc1=$?
mid=$(date +%s%N)
"$ARTEXT" -q -j 2 "$TREE" > "$TMP/j2.jsonl" 2> "$TMP/j2.err"; rc2=$?
end=$(date +%s%N)
echo "timing: -j 1 $(((mid - start) / 1000000)) ms, -j 2 $(((end - mid) / 1000000)) ms"
[ $rc1 -eq 1 ] && [ $rc2 -eq 1 ] && ok "exit 1 when inputs failed" || fail "exit codes $rc1 $rc2"
[ -s "$TMP/j1.err" ] && fail "stderr not empty with -q: $(head -3 "$TMP/j1.err")"
cmp -s "$TMP/j1.jsonl" "$TMP/j2.jsonl" && ok "-j 2 output identical to -j 1" \
  || fail "-j 1 and -j 2 outputs differ"
lines=$(wc -l < "$TMP/j1.jsonl")
[ "$lines" -eq "$TOTAL" ] && ok "$lines records for $TOTAL inputs" || fail "$lines records for $TOTAL inputs"
if diff <(sources "$TMP/j1.jsonl" | sort) <(sort "$EXPECTED") > "$TMP/src.diff"; then
  ok "one record per input, each named by source"
else
  fail "sources differ from inputs: $(head -5 "$TMP/src.diff")"
fi
errs=$(count_errors "$TMP/j1.jsonl")
[ "$errs" -ge "$ERRORS" ] && ok "$errs error records (>= $ERRORS certain)" || fail "$errs error records, want >= $ERRORS"
grep -q '"source":"'"$B"'/truncated.html.gz","error":"truncated gzip' "$TMP/j1.jsonl" \
  && ok "truncated gzip reported" || fail "truncated gzip record missing"
grep -q '"source":"'"$B"'/deeper/loop","error":"symlink loop' "$TMP/j1.jsonl" \
  && ok "symlink loop reported" || fail "symlink loop record missing"
# Input order: the walk is sorted, so the records are.
diff <(sources "$TMP/j1.jsonl") <(sources "$TMP/j1.jsonl" | LC_ALL=C sort) > /dev/null \
  && ok "records in sorted input order" || fail "records not in input order"

# --- one file per input under --output-dir -----------------------------------
OUT=$TMP/out
"$ARTEXT" -j 2 --output-dir "$OUT" "$TREE" > "$TMP/dir.stdout" 2> "$TMP/dir.err"; rc=$?
[ $rc -eq 1 ] && ok "output-dir exit 1" || fail "output-dir exit $rc"
[ -s "$TMP/dir.stdout" ] && fail "stdout not empty with --output-dir"
files=$(find "$OUT" -type f | wc -l)
errlines=$(grep -c '^artext: /' "$TMP/dir.err")
[ $((files + errlines)) -eq "$TOTAL" ] && ok "$files files + $errlines errors = $TOTAL inputs" \
  || fail "$files files + $errlines errors != $TOTAL"
[ -f "$OUT/d0/e0/p0.json" ] && [ -f "$OUT/d1/e0/p1.json" ] && [ -f "$OUT/d2/e0/p2.json" ] \
  && ok "output names mirror the tree (.html.gz/.htm/.xhtml -> .json)" || fail "output names"
[ -z "$(find "$OUT" -name '.*tmp*')" ] && ok "no temporary files left" || fail "temporary files left"
grep -q "processed: " "$TMP/dir.err" && ok "summary on stderr" || fail "no summary"
grep -q $'\r' "$TMP/dir.err" && fail "progress line drawn although stderr is not a terminal"

# --skip-existing resumes: only the missing outputs are made again.
rm "$OUT/d3/e5/p53.json" "$OUT/d4/e5/p54.json"
"$ARTEXT" -j 2 --skip-existing --output-dir "$OUT" "$TREE" 2> "$TMP/skip.err" > /dev/null
[ -f "$OUT/d3/e5/p53.json" ] && [ -f "$OUT/d4/e5/p54.json" ] && ok "--skip-existing remade missing outputs" \
  || fail "--skip-existing did not remake outputs"
skipped=$(sed -n 's/.* \([0-9]*\) skipped.*/\1/p' "$TMP/skip.err")
[ "$skipped" -eq $((files - 2)) ] && ok "--skip-existing skipped $skipped" || fail "skipped $skipped, want $((files - 2))"

# A killed run leaves only whole files.
OUT2=$TMP/killed
"$ARTEXT" -q -j 2 --output-dir "$OUT2" "$TREE" 2> /dev/null & pid=$!
sleep 0.2; kill -9 $pid 2> /dev/null; wait $pid 2> /dev/null
bad=0
while IFS= read -r -d '' f; do
  [ "$(tail -c 2 "$f")" = "}" ] || bad=$((bad + 1))
done < <(find "$OUT2" -type f -name '*.json' -print0)
made=$(find "$OUT2" -type f -name '*.json' | wc -l)
[ $bad -eq 0 ] && ok "killed run: $made of $GOOD+ files made, none truncated" || fail "killed run left $bad truncated files"

# --- --files-from with NUL separators, and directories given as files --------
{ find "$TREE/d5" -name '*.htm*' -print0 | LC_ALL=C sort -z; printf '%s\0' "$TREE/d6"; } > "$TMP/list0"
n_list=$(tr -cd '\0' < "$TMP/list0" | wc -c)
"$ARTEXT" -q -0 --files-from "$TMP/list0" > "$TMP/ff.jsonl"; rc=$?
[ "$(wc -l < "$TMP/ff.jsonl")" -eq "$n_list" ] && ok "--files-from -0: $n_list records" || fail "--files-from count"
tail -1 "$TMP/ff.jsonl" | grep -q '"error":"is a directory"' && [ $rc -eq 1 ] \
  && ok "directory in a file list is an error record" || fail "directory in list not reported"

# --- fail-fast, and output errors ---------------------------------------------
"$ARTEXT" -q --fail-fast -j 2 "$B" > "$TMP/ff2.jsonl"; rc=$?
[ $rc -eq 1 ] && [ "$(count_errors "$TMP/ff2.jsonl")" -eq 1 ] && ok "--fail-fast stops at the first error" \
  || fail "--fail-fast: exit $rc, $(count_errors "$TMP/ff2.jsonl") errors"
"$ARTEXT" -q -j 2 "$TREE/d7" -o /dev/full 2> "$TMP/full.err"; rc=$?
[ $rc -eq 1 ] && grep -q "No space left" "$TMP/full.err" && ok "-o /dev/full fails with exit 1" \
  || fail "-o /dev/full: exit $rc"
"$ARTEXT" -q -j 2 "$TREE/d7" -o "$TMP/nodir/out.jsonl" 2> /dev/null; rc=$?
[ $rc -eq 1 ] && [ ! -e "$TMP/nodir/out.jsonl" ] && ok "-o into a missing directory fails cleanly" \
  || fail "-o missing dir: exit $rc"

if [ $fails -ne 0 ]; then echo "$fails failures"; exit 1; fi
echo "all passed"

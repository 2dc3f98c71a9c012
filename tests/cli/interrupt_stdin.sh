#!/usr/bin/env bash
# SIGTERM or SIGINT stops a batch that waits on standard input (issue 17:
# `--input-format jsonl -` or `warc -`, as in the Spark pipe recipe, ran to
# the end of input and took records that came after the signal): the run
# ends at once with 128 + the signal, prints the summary of what it did,
# and reads no record after the signal.
#
# Usage: bash interrupt_stdin.sh ARTEXT_BINARY SOURCE_DIR
source "$(dirname "$0")/../testing/cli.sh" "$@"
trap '' PIPE  # the writer below may outlive the reader

words="$(printf 'The council met again on Tuesday to weigh the plan. %.0s' $(seq 1 12))"
record() { printf '{"url":"https://news.example/%s","html":"<html><body><article><h1>Story %s</h1><p>%s</p></article></body></html>"}\n' "$1" "$1" "$words"; }

# Waits up to 10 s for `pred` to hold.
wait_for() {
  for _ in $(seq 1 100); do eval "$1" && return 0; sleep 0.1; done
  return 1
}

run_case() {  # SIGNAL EXPECTED_EXIT
  local sig=$1 want=$2 fifo="$TMP/in.$1"
  mkfifo "$fifo"
  "$ARTEXT" --input-format jsonl - < "$fifo" > "$TMP/out.$sig" 2> "$TMP/err.$sig" &
  local pid=$!
  exec 3> "$fifo"  # held open: the input never ends on its own
  record 1 >&3; record 2 >&3
  wait_for "[ \$(wc -l < '$TMP/out.$sig') -ge 2 ]" || fail "$sig: the two records were not processed"
  kill -s "$sig" "$pid"
  if wait_for "! kill -0 $pid 2>/dev/null"; then
    wait "$pid"; local rc=$?
    [ "$rc" -eq "$want" ] && ok "$sig: stopped while waiting on stdin, exit $rc" \
      || fail "$sig: exit $rc, want $want"
  else
    fail "$sig: still running 10 s after the signal, waiting on stdin"
    kill -9 "$pid"; wait "$pid" 2>/dev/null
  fi
  record 3 >&3 2>/dev/null  # after the signal: must not be read
  exec 3>&-
  [ "$(wc -l < "$TMP/out.$sig")" -eq 2 ] && ! grep -q 'Story 3' "$TMP/out.$sig" \
    && ok "$sig: no record after the signal" || fail "$sig: output: $(cat "$TMP/out.$sig")"
  grep -q '^artext: 2 processed: 2 articles' "$TMP/err.$sig" && grep -q 'interrupted' "$TMP/err.$sig" \
    && ok "$sig: summary counts the 2 done" || fail "$sig: stderr: $(cat "$TMP/err.$sig")"
}
run_case TERM 143
run_case INT 130
finish

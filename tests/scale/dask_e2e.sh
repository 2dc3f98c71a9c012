#!/usr/bin/env bash
# The Dask recipe end to end, on loopback: a real `dask scheduler` and two
# `dask worker` processes, scale/dask/driver.py over WARC files built from
# samples/ (one of them truncated), and scale/dask/check_outputs.py to check
# that every HTML record came out exactly once as an article or an error.
# Then: a second run does nothing (restartable); and a run where one worker
# is killed with SIGKILL in the middle still ends complete.
#
# Needs Debian's python3-distributed (for /usr/bin/python3). Exits 77, which
# ctest reports as skipped, when it is not installed.
#
# Usage: bash dask_e2e.sh ARTEXT_BINARY SOURCE_DIR
set -u
ARTEXT=$(realpath "$1")
SRC=$2
PY=/usr/bin/python3
# Debian's dask command, not another Python's that may come first on PATH.
DASK=/usr/bin/dask
[ -x "$DASK" ] || DASK=$(command -v dask || echo dask)
if ! [ -x "$PY" ] || ! "$PY" -c 'import distributed' 2>/dev/null || \
   ! command -v "$DASK" >/dev/null; then
  echo "SKIP: python3-distributed is not installed (apt-get install python3-distributed)"
  exit 77
fi
TMP=$(mktemp -d)
PIDS=()
cleanup() {
  # Workers before the scheduler (a worker that lost its scheduler may sit
  # in its reconnect loop); whatever is still alive after 5 s is killed.
  local i p
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do kill "${PIDS[i]}" 2>/dev/null; done
  for _ in $(seq 50); do
    alive=0
    for p in "${PIDS[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ $alive -eq 0 ] && break
    sleep 0.1
  done
  for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null; done
  rm -rf "$TMP"
}
trap cleanup EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }

# 8 WARC files, 6 pages each (the samples, repeated), the last one truncated.
"$PY" "$SRC/scale/make_warc.py" --pages "$SRC/samples" --out "$TMP/warcs" \
  --files 8 --repeat 12 --truncate 1 || exit 1

# --port 0 and a scheduler file: no fixed port to collide with other runs.
"$DASK" scheduler --host 127.0.0.1 --port 0 --no-dashboard \
  --scheduler-file "$TMP/scheduler.json" > "$TMP/scheduler.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do [ -s "$TMP/scheduler.json" ] && break; sleep 0.2; done
[ -s "$TMP/scheduler.json" ] || { cat "$TMP/scheduler.log"; echo "FAIL: no scheduler"; exit 1; }
start_worker() {  # NAME; no nanny, so that SIGKILL really loses the worker
  "$DASK" worker --scheduler-file "$TMP/scheduler.json" --host 127.0.0.1 \
    --nthreads 1 --no-nanny --no-dashboard --name "$1" \
    --local-directory "$TMP/$1" > "$TMP/$1.log" 2>&1 &
  PIDS+=($!)
  eval "PID_$1=$!"
}
start_worker w1
start_worker w2

DRIVER=("$PY" "$SRC/scale/dask/driver.py" --scheduler-file "$TMP/scheduler.json"
        --artext "$ARTEXT" --wait-workers 2)

# --- 1. a clean run ---------------------------------------------------------
"${DRIVER[@]}" --out "$TMP/out1" "$TMP/warcs" > "$TMP/run1.log" 2>&1
status=$?
cat "$TMP/run1.log"
[ $status -eq 0 ] && ok "driver exit 0" || fail "driver exit $status"
if "$PY" "$SRC/scale/dask/check_outputs.py" "$TMP/warcs/expected.tsv" "$TMP/out1"; then
  ok "every HTML record exactly once"
else
  fail "outputs incomplete"
fi
workers=$("$PY" -c 'import json,sys; print(len({e["worker"] for e in json.load(open(sys.argv[1]))["files"].values()}))' "$TMP/out1/manifest.json")
[ "$workers" -eq 2 ] && ok "both workers took files" || fail "$workers worker(s) took files"
errors=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["totals"]["errors"])' "$TMP/out1/manifest.json")
[ "$errors" -ge 1 ] && ok "the truncated record is an error ($errors)" || fail "no error record"

# --- 2. restart: nothing left to do ----------------------------------------
before=$(cat "$TMP"/out1/*.jsonl | md5sum)
"${DRIVER[@]}" --out "$TMP/out1" "$TMP/warcs" > "$TMP/run2.log" 2>&1
cat "$TMP/run2.log"
grep -q "8 already done, 0 to run" "$TMP/run2.log" && ok "restart skips finished files" || fail "restart redid files"
# Lose one output: only that file is redone.
rm "$TMP/out1/crawl-00003.jsonl"
"${DRIVER[@]}" --out "$TMP/out1" "$TMP/warcs" > "$TMP/run3.log" 2>&1
grep -q "7 already done, 1 to run" "$TMP/run3.log" && ok "a lost output is redone" || { cat "$TMP/run3.log"; fail "lost output not redone"; }
[ "$(cat "$TMP"/out1/*.jsonl | md5sum)" = "$before" ] && ok "same outputs after restarts" || fail "outputs changed"

# --- 3. kill a worker mid-run ----------------------------------------------
# Each task sleeps 1 s first (a test hook), so both workers are busy when
# one is killed after the first file is finished.
"${DRIVER[@]}" --slow 1 --out "$TMP/out2" "$TMP/warcs" > "$TMP/run4.log" 2>&1 &
driver=$!
PIDS+=($driver)
killed=no
for _ in $(seq 300); do
  if [ -s "$TMP/out2/manifest.json" ]; then
    kill -9 "$PID_w2" && killed=yes
    done_at_kill=$("$PY" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["files"]))' "$TMP/out2/manifest.json")
    break
  fi
  sleep 0.1
done
wait $driver
status=$?
cat "$TMP/run4.log"
[ $killed = yes ] && ok "killed worker w2 with $done_at_kill of 8 files done" || fail "worker not killed"
[ "${done_at_kill:-8}" -lt 8 ] || fail "the run was over before the kill"
# The scheduler saw the worker go and handed its files to w1.
if grep -i "remove worker" "$TMP/scheduler.log" | grep -q .; then
  ok "scheduler: $(grep -i "remove worker" "$TMP/scheduler.log" | tail -1 | sed 's/.*- //')"
else
  fail "the scheduler did not notice the lost worker"
fi
w2_files=$("$PY" -c 'import json,sys; m=json.load(open(sys.argv[1]))["files"]; print(sum(1 for e in m.values() if e["worker"] != sys.argv[2]))' "$TMP/out2/manifest.json" "$(grep -o "tcp://[0-9.:]*" "$TMP/w1.log" | head -1)")
echo "files finished by w2 before its death: $w2_files; by w1: $((8 - w2_files))"
[ $status -eq 0 ] && ok "driver exit 0 after losing a worker" || fail "driver exit $status after the kill"
if "$PY" "$SRC/scale/dask/check_outputs.py" "$TMP/warcs/expected.tsv" "$TMP/out2"; then
  ok "every HTML record exactly once after the kill"
else
  fail "outputs incomplete after the kill"
fi
# Same records as the clean run (order within a file is fixed by artext).
for f in "$TMP"/out1/*.jsonl; do
  cmp -s "$f" "$TMP/out2/$(basename "$f")" || fail "$(basename "$f") differs from the clean run"
done
ls "$TMP"/out2/.*tmp* 2>/dev/null && fail "temporary files left behind"

echo "$fails failure(s)"
[ $fails -eq 0 ]

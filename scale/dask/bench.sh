#!/usr/bin/env bash
# Records per second of the Dask recipe with 1 and then 2 local workers (one
# thread each, artext -j 1 per file), over WARC files built from a folder of
# pages. Prints one line per worker count.
#
# Usage: bash scale/dask/bench.sh ARTEXT PAGES_DIR [FILES] [REPEAT]
#   e.g. bash scale/dask/bench.sh build/artext /tmp/sh 8 2
#
# BENCH_SETSID=1 starts each worker in a session of its own. With the
# kernel's autogroup scheduling (sched_autogroup_enabled=1) a busy machine
# shares CPU between sessions, not processes, so workers started from one
# shell compete for that shell's share: on a machine shared with other
# users a second worker then adds no CPU, as a second machine would.
set -eu
SETSID=()
[ "${BENCH_SETSID:-0}" = 1 ] && SETSID=(setsid)
ARTEXT=$(realpath "$1")
PAGES=$2
FILES=${3:-8}
REPEAT=${4:-1}
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/usr/bin/python3
# Debian's dask command, not another Python's that may come first on PATH.
DASK=/usr/bin/dask
[ -x "$DASK" ] || DASK=$(command -v dask || echo dask)
TMP=$(mktemp -d)
PIDS=()
stop_all() {
  local p
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for _ in $(seq 50); do
    local alive=0
    for p in "${PIDS[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ $alive -eq 0 ] && break
    sleep 0.1
  done
  for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  PIDS=()
}
trap 'stop_all; rm -rf "$TMP"' EXIT

"$PY" "$HERE/../make_warc.py" --pages "$PAGES" --out "$TMP/warcs" \
  --files "$FILES" --repeat "$REPEAT"
for n in 1 2; do
  "$DASK" scheduler --host 127.0.0.1 --port 0 --no-dashboard \
    --scheduler-file "$TMP/s$n.json" > "$TMP/s$n.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 100); do [ -s "$TMP/s$n.json" ] && break; sleep 0.2; done
  for ((w = 1; w <= n; w++)); do
    "${SETSID[@]}" "$DASK" worker --scheduler-file "$TMP/s$n.json" --host 127.0.0.1 \
      --nthreads 1 --no-nanny --no-dashboard \
      --local-directory "$TMP/w$n-$w" > "$TMP/w$n-$w.log" 2>&1 &
    PIDS+=($!)
  done
  # The driver waits for the workers, then the clock starts.
  "$PY" - "$HERE/driver.py" "$TMP/s$n.json" "$ARTEXT" "$TMP/out$n" "$TMP/warcs" "$n" <<'PYEOF'
import runpy, subprocess, sys, time
driver, sched, artext, out, warcs, n = sys.argv[1:]
from distributed import Client
c = Client(scheduler_file=sched); c.wait_for_workers(int(n), timeout=120); c.close()
t = time.time()
subprocess.run([sys.executable, driver, "--scheduler-file", sched, "--artext", artext,
                "--out", out, warcs], check=True, stdout=subprocess.DEVNULL)
dt = time.time() - t
import json
m = json.load(open(out + "/manifest.json"))
tot = m["totals"]
# Busy: task seconds per second of wall time, i.e. how many workers were
# running artext on average (at most the worker count).
busy = sum(e["seconds"] for e in m["files"].values()) / dt
print("%s worker(s): %d files, %d HTML records in %.1f s: %.1f records/s, "
      "busy %.2f" % (n, tot["files"], tot["records"], dt, tot["records"] / dt, busy),
      flush=True)
PYEOF
  stop_all
done

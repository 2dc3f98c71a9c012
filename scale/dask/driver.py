#!/usr/bin/python3
# Copyright (c) artext authors. MIT licence (see LICENSE).
"""Runs artext over many WARC files on a Dask cluster.

Each WARC file is one task: a worker runs `artext --input-format warc` on it
and writes OUT/<name>.jsonl (one line per HTML record: the article, or an
error record). The driver keeps OUT/manifest.json with the counts of every
finished file (records, articles, not articles, errors, skipped non-HTML
records) and the totals. Run it again after a crash or a Ctrl-C: files with
a manifest entry and an output are skipped, the rest are done.

    driver.py (--scheduler ADDRESS | --scheduler-file FILE | --local N)
              --out OUT [--artext PATH] [--threads T] WARC_OR_DIR...

The input paths and OUT must be the same paths on every worker (a shared
folder: NFS, a cluster filesystem, or one machine), and artext must be
installed on every worker (--artext names it; default: `artext` on PATH).
A worker that dies mid-file loses nothing: Dask reschedules its task on
another worker, and artext's -o file appears whole or not at all.

Needs Dask distributed (Debian: python3-distributed, for /usr/bin/python3).
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import time

SUMMARY = re.compile(r"(\d+) WARC records without HTML skipped")


def output_name(warc_path):
    base = os.path.basename(warc_path)
    for suffix in (".warc.gz", ".warc"):
        if base.lower().endswith(suffix):
            return base[:-len(suffix)] + ".jsonl"
    return base + ".jsonl"


def find_warcs(inputs):
    """WARC files named directly, listed in @FILE, or found below folders,
    in a stable order."""
    found = []
    for item in inputs:
        if item.startswith("@"):
            with open(item[1:]) as f:
                found += [line.strip() for line in f if line.strip()]
        elif os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs.sort()
                found += [os.path.join(root, n) for n in sorted(files)
                          if n.lower().endswith((".warc", ".warc.gz"))]
        else:
            found.append(item)
    return [os.path.abspath(p) for p in found]


def count_output(path):
    counts = {"records": 0, "articles": 0, "not_articles": 0, "errors": 0}
    with open(path, "rb") as f:
        for line in f:
            rec = json.loads(line)
            counts["records"] += 1
            if "error" in rec:
                counts["errors"] += 1
            elif rec.get("is_article"):
                counts["articles"] += 1
            else:
                counts["not_articles"] += 1
    return counts


def extract_warc(warc_path, out_path, artext, threads, slow):
    """The task run on a worker: artext over one WARC file. Returns the
    counts for the manifest. Raises on anything but a finished run, so that
    Dask retries the file."""
    started = time.time()
    if slow:
        time.sleep(slow)  # test hook: widens the window for fault injection
    cmd = [artext, "--input-format", "warc", "-j", str(threads),
           "-o", out_path, warc_path]
    run = subprocess.run(cmd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    # 0: all records extracted; 1: some records are error records (they are
    # in the output). Anything else (a crash, a signal, no output) is a
    # failure of the task.
    if run.returncode not in (0, 1) or not os.path.exists(out_path):
        raise RuntimeError("artext exited %d on %s: %s"
                           % (run.returncode, warc_path, run.stderr[-2000:]))
    counts = count_output(out_path)
    m = SUMMARY.search(run.stderr)
    counts["skipped_non_html"] = int(m.group(1)) if m else 0
    counts["seconds"] = round(time.time() - started, 3)
    try:
        from distributed import get_worker
        counts["worker"] = get_worker().address
    except (ImportError, ValueError):
        counts["worker"] = None
    return counts


def write_json_atomically(path, data):
    tmp = "%s.tmp-%d" % (path, os.getpid())
    with open(tmp, "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")
    os.replace(tmp, path)


def load_manifest(path):
    if not os.path.exists(path):
        return {"files": {}}
    with open(path) as f:
        return json.load(f)


def totals(files):
    keys = ("records", "articles", "not_articles", "errors", "skipped_non_html")
    out = {k: sum(e.get(k, 0) for e in files.values()) for k in keys}
    out["files"] = len(files)
    return out


def connect(args):
    from distributed import Client, LocalCluster
    if args.local:
        cluster = LocalCluster(n_workers=args.local, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        return Client(cluster)
    if args.scheduler_file:
        return Client(scheduler_file=args.scheduler_file)
    return Client(args.scheduler)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="scheduler address, tcp://HOST:PORT")
    where.add_argument("--scheduler-file", help="as written by `dask scheduler --scheduler-file`")
    where.add_argument("--local", type=int, metavar="N",
                       help="start N local worker processes instead")
    ap.add_argument("--out", required=True, help="output folder (shared by the workers)")
    ap.add_argument("--artext", default="artext", help="artext on the workers")
    ap.add_argument("--threads", type=int, default=1,
                    help="artext -j per file (match the worker's --nthreads budget)")
    ap.add_argument("--wait-workers", type=int, default=0,
                    help="wait until this many workers have joined")
    ap.add_argument("--retries", type=int, default=2,
                    help="retries of a file whose task failed (a worker's death "
                         "is retried by Dask itself)")
    ap.add_argument("--slow", type=float, default=0, help=argparse.SUPPRESS)
    ap.add_argument("inputs", nargs="+", help="WARC files, folders, or @LIST")
    args = ap.parse_args()

    warcs = find_warcs(args.inputs)
    by_name = {}
    for w in warcs:
        name = output_name(w)
        if name in by_name and by_name[name] != w:
            sys.exit("driver.py: %s and %s would both write %s"
                     % (by_name[name], w, name))
        by_name[name] = w
    os.makedirs(args.out, exist_ok=True)
    manifest_path = os.path.join(args.out, "manifest.json")
    manifest = load_manifest(manifest_path)
    done = manifest["files"]
    todo = [w for w in dict.fromkeys(warcs)
            if not (w in done and os.path.exists(
                os.path.join(args.out, done[w]["output"])))]
    print("driver.py: %d WARC files, %d already done, %d to run"
          % (len(set(warcs)), len(set(warcs)) - len(todo), len(todo)), flush=True)

    failed = 0
    if todo:
        from distributed import as_completed
        client = connect(args)
        if args.wait_workers:
            client.wait_for_workers(args.wait_workers, timeout=120)
        # Largest files first: the last tasks to start are then the short
        # ones, and no worker is left with a long tail.
        todo.sort(key=lambda w: -os.path.getsize(w) if os.path.exists(w) else 0)
        futures = {}
        for w in todo:
            out = os.path.abspath(os.path.join(args.out, output_name(w)))
            key = "artext-%s-%s" % (output_name(w)[:-6],
                                    hashlib.sha1(w.encode()).hexdigest()[:8])
            f = client.submit(extract_warc, w, out, args.artext, args.threads,
                              args.slow, key=key, pure=False,
                              retries=args.retries)
            futures[f] = w
        for f in as_completed(futures):
            w = futures[f]
            try:
                counts = f.result()
            except Exception as e:  # noqa: BLE001 - reported, run goes on
                failed += 1
                print("driver.py: %s failed: %s" % (w, e), file=sys.stderr, flush=True)
                continue
            counts["output"] = output_name(w)
            done[w] = counts
            manifest["totals"] = totals(done)
            write_json_atomically(manifest_path, manifest)
            print("driver.py: %s: %d records, %d articles, %d errors (%s)"
                  % (os.path.basename(w), counts["records"], counts["articles"],
                     counts["errors"], counts["worker"]), flush=True)
        client.close()
    manifest["totals"] = totals(done)
    write_json_atomically(manifest_path, manifest)
    t = manifest["totals"]
    print("driver.py: totals: %d files, %d records, %d articles, %d not articles, "
          "%d errors, %d non-HTML records skipped; %d files failed"
          % (t["files"], t["records"], t["articles"], t["not_articles"],
             t["errors"], t["skipped_non_html"], failed), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

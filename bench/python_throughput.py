#!/usr/bin/env python3
# Throughput of the Python module (artext.extract_many, and extract one page
# at a time) against the command line on the same pages (docs/scale.md).
#
#   PYTHONPATH=build/python /usr/bin/python3 bench/python_throughput.py \
#       --artext build/artext --jobs 2 --runs 3 /work/shared/corpus/scrapinghub/html
#
# Pages (*.html, *.html.gz) are decompressed into a scratch folder first, so
# that both sides read the same plain HTML; the CLI's time includes its
# start-up and writing JSON Lines to /dev/null, the module's includes
# reading the files and json.loads of every result into a dict.
import argparse
import resource
import gzip
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import artext


def load(folder, scratch):
    pages = []
    for path in sorted(Path(folder).iterdir()):
        if path.name.endswith(".html.gz"):
            data = gzip.decompress(path.read_bytes())
            name = path.name[:-3]
        elif path.name.endswith(".html"):
            data = path.read_bytes()
            name = path.name
        else:
            continue
        (scratch / name).write_bytes(data)
        pages.append(scratch / name)
    return pages


def cpu_seconds():
    """CPU time of this process (all its threads) and its children."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        r = resource.getrusage(who)
        total += r.ru_utime + r.ru_stime
    return total


def timed(fn, runs):
    """Median, fastest and slowest wall seconds, and median CPU seconds:
    on a loaded machine CPU time is the steadier figure."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), cpu_seconds()
        fn()
        times.append(time.perf_counter() - start)
        cpu.append(cpu_seconds() - start_cpu)
    return (statistics.median(times), min(times), max(times),
            statistics.median(cpu))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--artext", default="build/artext")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        pages = load(args.folder, scratch)
        n = len(pages)

        def cli():
            subprocess.run([args.artext, "-q", "-j", str(args.jobs), str(scratch)],
                           stdout=subprocess.DEVNULL, check=False)

        def many():
            html = [p.read_bytes() for p in pages]
            list(artext.extract_many(html, jobs=args.jobs, errors="return"))

        def one_by_one():
            for p in pages:
                try:
                    artext.extract(p.read_bytes())
                except artext.Error:
                    pass

        print(f"{n} pages, -j {args.jobs}, median (min-max) of {args.runs} runs")
        for name, fn in [("artext CLI -j %d" % args.jobs, cli),
                         ("artext.extract_many(jobs=%d)" % args.jobs, many),
                         ("artext.extract, one thread", one_by_one)]:
            med, lo, hi, cpu = timed(fn, args.runs)
            print(f"{name:32s} {n / med:7.1f} pages/s  "
                  f"({n / hi:.1f}-{n / lo:.1f}; {med:.2f} s)  "
                  f"{n / cpu:6.1f} pages per CPU-second")


if __name__ == "__main__":
    main()

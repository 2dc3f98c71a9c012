#!/usr/bin/python3
# Copyright (c) artext authors. MIT licence (see LICENSE).
"""Checks a driver run against what make_warc.py wrote: every HTML response
record (expected.tsv) appears exactly once in the outputs, as an article or
as an error record, nothing else appears, and the manifest's counts agree
with the outputs.

    check_outputs.py EXPECTED_TSV OUT_DIR

Prints the counts; exits 1 on any mismatch.
"""

import collections
import json
import os
import sys


def main():
    expected_path, out_dir = sys.argv[1], sys.argv[2]
    expected = {}
    with open(expected_path) as f:
        for line in f:
            if line.strip():
                name, offset, rid, _page = line.rstrip("\n").split("\t")
                expected[(name, int(offset))] = rid
    with open(os.path.join(out_dir, "manifest.json")) as f:
        manifest = json.load(f)

    seen = collections.Counter()
    problems = []
    articles = errors = not_articles = 0
    for warc, entry in sorted(manifest["files"].items()):
        path = os.path.join(out_dir, entry["output"])
        counts = collections.Counter()
        with open(path) as f:
            for line in f:
                rec = json.loads(line)
                source, _, offset = rec["source"].rpartition("@")
                key = (os.path.basename(source), int(offset))
                seen[key] += 1
                rid = rec.get("warc_record_id")
                if key in expected and rid is not None and rid != expected[key]:
                    problems.append("%s@%d: record id %s, expected %s"
                                    % (key[0], key[1], rid, expected[key]))
                counts["records"] += 1
                if "error" in rec:
                    counts["errors"] += 1
                elif rec.get("is_article"):
                    counts["articles"] += 1
                else:
                    counts["not_articles"] += 1
        for k in ("records", "articles", "not_articles", "errors"):
            if entry[k] != counts[k]:
                problems.append("%s: manifest says %d %s, output has %d"
                                % (entry["output"], entry[k], k, counts[k]))
        articles += counts["articles"]
        errors += counts["errors"]
        not_articles += counts["not_articles"]

    for key in expected:
        if seen[key] != 1:
            problems.append("%s@%d appears %d times" % (key[0], key[1], seen[key]))
    for key in seen:
        if key not in expected:
            problems.append("unexpected record %s@%d" % key)
    total = sum(seen.values())
    print("check_outputs.py: %d files, %d HTML records expected, %d found: "
          "%d articles, %d not articles, %d errors; %d records seen twice or more"
          % (len(manifest["files"]), len(expected), total, articles,
             not_articles, errors, sum(1 for v in seen.values() if v > 1)))
    for p in problems[:20]:
        print("check_outputs.py: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

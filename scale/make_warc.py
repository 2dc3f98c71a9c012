#!/usr/bin/env python3
# Copyright (c) artext authors. MIT licence (see LICENSE).
"""Builds test WARC files from a folder of saved HTML pages.

Each page becomes a request record and a response record (HTTP 200,
text/html), written as a .warc.gz with one gzip member per record, as
crawlers write them. Around the pages go the records a real crawl holds and
artext must skip: a warcinfo record per file, an image response every fifth
page and a metadata record every seventh. Some responses are gzip-encoded and
some chunked, as servers send them, so the HTTP decoding is exercised.

    make_warc.py --pages DIR --out OUT [--files N | --per-file K]
                 [--truncate N] [--plain] [--limit M]

writes OUT/crawl-00000.warc.gz ... and OUT/expected.tsv, one line per HTML
response: "WARC file name <TAB> offset <TAB> WARC-Record-ID <TAB> page name",
the offset being where the record's gzip member (or, plain, the record)
starts: what artext reports as "source": "FILE@OFFSET". With
--truncate N, the last N files are cut in the middle of their last HTML
record, which artext must report as an error (it stays in expected.tsv).

Only the standard library is used; record IDs are derived from the file and
page names, so the same inputs give the same WARC files.
"""

import argparse
import gzip
import os
import sys
import uuid
import zlib

NAMESPACE = uuid.UUID("6f1d3c1e-5b7a-4e55-9a51-0b0d5e1a7c11")
DATE = "2024-03-01T12:00:00Z"
PNG = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + b"\0" * 32


def record(rtype, rid, uri, content_type, block, extra=()):
    head = [
        "WARC/1.0",
        "WARC-Type: " + rtype,
        "WARC-Record-ID: <urn:uuid:%s>" % rid,
        "WARC-Date: " + DATE,
    ]
    if uri:
        head.append("WARC-Target-URI: " + uri)
    if content_type:
        head.append("Content-Type: " + content_type)
    head.extend(extra)
    head.append("Content-Length: %d" % len(block))
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_response(body, content_type, variant):
    headers = ["HTTP/1.1 200 OK", "Content-Type: " + content_type]
    if variant % 3 == 1:
        body = gzip.compress(body)
        headers.append("Content-Encoding: gzip")
    if variant % 4 == 2:
        chunks = b""
        for i in range(0, len(body), 4000):
            piece = body[i:i + 4000]
            chunks += b"%x\r\n" % len(piece) + piece + b"\r\n"
        body = chunks + b"0\r\n\r\n"
        headers.append("Transfer-Encoding: chunked")
    else:
        headers.append("Content-Length: %d" % len(body))
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + body


def uid(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def build_file(name, pages, start_index):
    """Returns (list of serialised records, list of (record index, record
    id, page) for the HTML responses, index of the last HTML record)."""
    records = []
    html = []
    last_html = -1
    info = b"software: artext scale/make_warc.py\r\nformat: WARC File Format 1.0\r\n"
    records.append(record("warcinfo", uid(name, "info"), "",
                          "application/warc-fields", info))
    for k, path in enumerate(pages):
        n = start_index + k
        page = os.path.basename(path)
        uri = "https://news.example/%d/%s" % (n, page)
        with open(path, "rb") as f:
            body = f.read()
        records.append(record(
            "request", uid(name, str(n), page, "req"), uri,
            "application/http; msgtype=request",
            ("GET /%d/%s HTTP/1.1\r\nHost: news.example\r\n\r\n" % (n, page)).encode()))
        rid = uid(name, str(n), page, "resp")
        records.append(record(
            "response", rid, uri, "application/http; msgtype=response",
            http_response(body, "text/html", n)))
        html.append((len(records) - 1, rid, page))
        last_html = len(records) - 1
        if n % 5 == 4:
            records.append(record(
                "response", uid(name, str(n), page, "img"), uri + ".png",
                "application/http; msgtype=response",
                http_response(PNG, "image/png", 0)))
        if n % 7 == 6:
            records.append(record(
                "metadata", uid(name, str(n), page, "meta"), uri,
                "application/warc-fields", b"fetchTimeMs: 120\r\n"))
    return records, html, last_html


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", required=True, nargs="+",
                    help="HTML files, or folders of *.html / *.htm")
    ap.add_argument("--out", required=True, help="output folder")
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--files", type=int, help="spread the pages over N files")
    group.add_argument("--per-file", type=int, help="K pages per file")
    ap.add_argument("--truncate", type=int, default=0,
                    help="cut the last N files inside their last HTML record")
    ap.add_argument("--plain", action="store_true", help="write .warc, not .warc.gz")
    ap.add_argument("--limit", type=int, default=0, help="use at most M pages")
    ap.add_argument("--repeat", type=int, default=1,
                    help="use every page R times (more records per byte of corpus)")
    args = ap.parse_args()

    pages = []
    for p in args.pages:
        if os.path.isdir(p):
            pages += sorted(os.path.join(p, n) for n in os.listdir(p)
                            if n.lower().endswith((".html", ".htm")))
        else:
            pages.append(p)
    pages = pages * max(args.repeat, 1)
    if args.limit:
        pages = pages[:args.limit]
    if not pages:
        sys.exit("make_warc.py: no pages")
    if args.files:
        per_file = -(-len(pages) // args.files)
    else:
        per_file = args.per_file or len(pages)
    groups = [pages[i:i + per_file] for i in range(0, len(pages), per_file)]

    os.makedirs(args.out, exist_ok=True)
    suffix = ".warc" if args.plain else ".warc.gz"
    expected = []
    total_records = 0
    for f, group_pages in enumerate(groups):
        name = "crawl-%05d%s" % (f, suffix)
        records, html, last_html = build_file(name, group_pages, f * per_file)
        if args.plain:
            data = [r for r in records]
        else:
            data = [gzip.compress(r, mtime=0) for r in records]
        if f >= len(groups) - args.truncate:
            # Keep the last HTML record's first half and drop what follows:
            # the file ends inside that record, as a crawl cut by a full disk
            # or a killed copy does.
            data = data[:last_html + 1]
            data[-1] = data[-1][:len(data[-1]) // 2]
        offsets = []
        with open(os.path.join(args.out, name), "wb") as out:
            for d in data:
                offsets.append(out.tell())
                out.write(d)
        total_records += len(data)
        expected += ["%s\t%d\t<urn:uuid:%s>\t%s" % (name, offsets[i], rid, page)
                     for i, rid, page in html]
    with open(os.path.join(args.out, "expected.tsv"), "w") as out:
        out.write("\n".join(expected) + "\n")
    print("make_warc.py: %d files, %d records, %d HTML responses (%d truncated)"
          % (len(groups), total_records, len(expected), min(args.truncate, len(groups))))


if __name__ == "__main__":
    main()

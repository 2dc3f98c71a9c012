# Copyright (c) artext authors. MIT licence (see LICENSE).
"""artext: extract the article (headline, authors, date, body) from HTML.

    >>> import artext
    >>> article = artext.extract(open("page.html", "rb").read(), url="https://...")
    >>> article["headline"], article["authors"], article["date_published"]

extract() returns the same dict as the artext command line's JSON
(docs/schema.json). extract_many() runs many pages on native threads, with
the GIL released. Errors raise artext.Error (or a subclass), carrying the
command line's message without its flag names: where the CLI says "the
limit is 10 (--max-bytes)", Python says "the limit is 10".
"""

import json
import os
from itertools import islice

from . import _artext

__all__ = ["extract", "extract_many", "Error", "NotHtmlError",
           "TooLargeError", "ExtractionTimeout", "__version__"]

__version__ = _artext.version()


class Error(Exception):
    """An input artext cannot extract from; str(e) is the library's message
    (the CLI's, less a flag name such as "(--max-bytes)")."""


class NotHtmlError(Error):
    """Empty, binary, an image, a PDF, an archive: not an HTML page."""


class TooLargeError(Error):
    """The input is over max_input_bytes (default 64 MiB)."""


class ExtractionTimeout(Error, TimeoutError):
    """The extraction ran over timeout_seconds."""


_ERRORS = {
    _artext.CODE_NOT_HTML: NotHtmlError,
    _artext.CODE_TOO_LARGE: TooLargeError,
    _artext.CODE_TIMEOUT: ExtractionTimeout,
}


def _page_bytes(html, options):
    """bytes as given; str as UTF-8, with the charset forced to match."""
    if isinstance(html, str):
        options.setdefault("charset", "utf-8")
        return html.encode("utf-8", "surrogatepass"), options
    if isinstance(html, (bytes, bytearray, memoryview)):
        return bytes(html), options
    raise TypeError(f"html must be bytes or str, not {type(html).__name__}")


def _result(code, text):
    if code == 0:
        return json.loads(text)
    if code == _artext.CODE_INVALID_ARGUMENT:
        raise ValueError(text)
    raise _ERRORS.get(code, Error)(text)


def extract(html, url=None, **options):
    """Extract the article from one page; the dict of the CLI's JSON.

    html: the page, bytes in any charset (detected as the CLI does) or str.
    url: the page's address, to resolve links and as a date source.
    options: the library's Options (include/artext/options.h): charset,
    transport_charset, max_input_bytes, max_nesting_depth, max_elements,
    timeout_seconds, min_words, min_article_chars, now_unix,
    trim_declared_titles, explain, debug.
    """
    data, options = _page_bytes(html, dict(options))
    if url is not None:
        options["url"] = url
    return _result(*_artext.extract(data, options))


def _pages(iterable, options):
    """(bytes, url, options) for each page: html, (html, url) or a dict
    with "html" and "url" (the CLI's JSON Lines input)."""
    for item in iterable:
        url = None
        if isinstance(item, dict):
            item, url = item["html"], item.get("url")
        elif isinstance(item, tuple):
            item, url = item
        yield (*_page_bytes(item, dict(options)), url)


def extract_many(pages, jobs=None, errors="raise", chunk=256, **options):
    """Extract many pages on `jobs` native threads (default: all cores).

    pages: an iterable of html (bytes or str), (html, url) pairs, or dicts
    with "html" and "url". Yields one dict per page, in input order,
    reading `chunk` pages ahead. errors="raise" raises a page's error when
    its turn comes; errors="return" yields the exception object instead.
    """
    if errors not in ("raise", "return"):
        raise ValueError('errors must be "raise" or "return"')
    jobs = jobs or os.cpu_count() or 1
    it = _pages(pages, options)
    while True:
        batch = list(islice(it, chunk))
        if not batch:
            return
        # Pages whose options differ (a str page forces utf-8) run apart.
        groups = {}
        for i, (data, opts, url) in enumerate(batch):
            key = tuple(sorted(opts.items()))
            groups.setdefault(key, []).append((i, data, url))
        results = [None] * len(batch)
        for key, members in groups.items():
            out = _artext.extract_batch([(d, u) for _, d, u in members],
                                        dict(key), jobs)
            for (i, _, _), r in zip(members, out):
                results[i] = r
        for code, text in results:
            try:
                yield _result(code, text)
            except Error as e:
                if errors == "raise":
                    raise
                yield e

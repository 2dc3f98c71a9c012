// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Options controls one extraction: the settings a user may tune (public
// API), each with its default and the reason for the value. The pipeline's
// internal constants (Readability's weights, measured thresholds, limits)
// are not options; they live in src/heuristics.h, and the word lists in
// src/lexicon/lexicon.cc.

#ifndef ARTEXT_OPTIONS_H_
#define ARTEXT_OPTIONS_H_

#include <cstddef>
#include <string>

namespace artext {

struct Options {
  // The page's address. Used to resolve relative links, images and the
  // canonical URL, and as a last-resort source of the date (/2023/10/12/).
  // Default: empty (unknown).
  std::string url;

  // Force the input charset (a WHATWG label such as "euc-kr"), overriding
  // every declaration in the page except a byte-order mark. Default: empty.
  std::string charset;

  // A charset declared by the transport (HTTP Content-Type), which in the
  // WHATWG order ranks below a BOM and above the <meta> prescan. Default: empty.
  std::string transport_charset;

  // Inputs larger than this are rejected with Status::TooLarge. 64 MiB is
  // ten times the largest news page we have seen (CC-NEWS tops out near 6 MB).
  size_t max_input_bytes = 64u << 20;

  // Elements nested deeper than this are flattened into their ancestor at
  // this depth before parsing (their text is kept). gumbo's time is quadratic
  // in depth; real pages stay below 60 levels, so 512 costs nothing real.
  int max_nesting_depth = 512;

  // Elements beyond this many are flattened the same way: their tags are
  // dropped before parsing, their text kept. Each element costs about 400
  // bytes in gumbo's tree and artext's own, so a hostile page of tiny
  // elements (`<b>x</b>` a million times over) would otherwise need 40 to
  // 130 times its size in memory; with the cap, memory is bounded by
  // roughly 200 MB plus a few times the page. The largest real pages we have
  // (ScrapingHub, Readability corpora) hold under 2,000 elements, long
  // Wikipedia articles tens of thousands; 200,000 leaves room. 0: no cap.
  int max_elements = 200000;

  // Time budget for one extraction, in seconds; 0: none. Checked between
  // the pipeline's passes: an extraction over budget stops at the next pass
  // and returns Status::Timeout. A pass already running (gumbo's parse in
  // particular) is not interrupted; the size and depth limits above bound
  // those. Default: 0 (set by --timeout).
  double timeout_seconds = 0;

  // Extractions with fewer words than this are marked is_article = false.
  // For unspaced scripts (CJK, Thai) the unit is two characters. 0 keeps the
  // built-in judgement only. Default: 0 (set by --min-words).
  int min_words = 0;

  // An article body needs at least this many characters of paragraph text
  // before the first candidate is accepted without fallbacks. Readability's
  // DEFAULT_CHAR_THRESHOLD (500) is the origin of this value.
  int min_article_chars = 500;

  // "Now" in seconds since the epoch: dates more than one day after it are
  // rejected as impossible publication dates. 0 (the default) skips the
  // check, which keeps Extract a pure function of its inputs; the CLI
  // passes the current time.
  long long now_unix = 0;

  // Also trim declared titles (og:title, JSON-LD headline) at a separator
  // when no segment names the site ("Title | Section" -> "Title"). Off by
  // default: publishers write these for sharing and rarely pad them, so
  // cutting without the site's name removes real words more often than
  // padding. <title> is always trimmed.
  bool trim_declared_titles = false;

  // Keep per-field provenance and debug notes in the Article (cheap, but they
  // are only printed when asked for).
  bool explain = false;
  bool debug = false;
  // Keep the decision record laid over the page's text (Article::trace),
  // for `-f why`. Off, the passes record nothing.
  bool why = false;
};

}  // namespace artext

#endif  // ARTEXT_OPTIONS_H_

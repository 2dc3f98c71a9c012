// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The properties each fuzz target checks, as plain functions, so that the
// libFuzzer targets (fuzz/*_fuzz.cc) and the regression test that replays
// their findings (tests/regress_test.cc over tests/regress/TARGET/*) run
// exactly the same code. Each returns false when a property is violated;
// crashes, leaks and undefined behaviour are the sanitizers' to report.

#ifndef ARTEXT_FUZZ_TARGETS_H_
#define ARTEXT_FUZZ_TARGETS_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "artext/extract.h"
#include "artext/output.h"
#include "charset/decode.h"
#include "charset/utf8.h"
#include "cli/line_reader.h"
#include "cli/record_input.h"
#include "io/byte_source.h"
#include "metadata/parsers/byline_parse.h"
#include "metadata/parsers/date_parse.h"
#include "warc/html_payload.h"
#include "warc/warc_reader.h"

namespace artext::fuzz {

// Whole extraction, bytes in, JSON and Markdown out.
inline bool CheckExtract(std::string_view bytes) {
  Options options;
  options.url = "https://example.com/news/2023/10/12/story";
  Article article;
  if (Extract(bytes, options, &article).ok()) {
    (void)ToJson(article, {});
    (void)ToMarkdown(article);
  }
  return true;
}

// charset::Decode: the first byte picks the override and transport labels,
// the rest is the page. The output must be valid UTF-8 without NUL.
inline bool CheckCharsetDecode(std::string_view data) {
  static constexpr std::string_view kLabels[] = {
      "",         "utf-8",   "euc-kr",      "shift_jis", "gbk",
      "gb18030",  "big5",    "euc-jp",      "iso-2022-jp", "utf-16le",
      "utf-16be", "koi8-u",  "x-user-defined", "windows-1251", "bogus",
      "iso-2022-kr"};
  if (data.empty()) return true;
  const auto first = static_cast<unsigned char>(data[0]);
  const charset::Decoded decoded =
      charset::Decode(data.substr(1), kLabels[first & 0x0F], kLabels[first >> 4]);
  const charset::Utf8Stats stats = charset::ScanUtf8(decoded.utf8);
  return stats.invalid_sequences == 0 && stats.nul_bytes == 0;
}

// The JSON Lines reader: the first byte picks how the stream is split into
// reads and the line limit; every line goes through JsonLineToPage. Each
// Next must consume input.
inline bool CheckJsonLines(std::string_view data) {
  if (data.empty()) return true;
  const auto first = static_cast<unsigned char>(data[0]);
  io::StringSource source(std::string(data.substr(1)), 1 + (first & 0x0F) * 7);
  cli::LineReader reader(&source, 64 + (first >> 4) * 256);
  std::string line, err;
  size_t calls = 0;
  while (reader.Next(&line, &err)) {
    if (++calls > data.size() + 1) return false;  // no progress
    if (!err.empty()) {
      err.clear();
      continue;
    }
    cli::RecordPage page;
    (void)cli::JsonLineToPage(line, &page);
  }
  return true;
}

// The WARC reader's public entry point, over bytes in reads of a size the
// first byte picks (bbatch owns the reader's internals): every record or
// error is followed by progress, and each good record goes through
// ToHtmlPayload.
inline bool CheckWarc(std::string_view data) {
  if (data.empty()) return true;
  const auto first = static_cast<unsigned char>(data[0]);
  io::StringSource source(std::string(data.substr(1)), 1 + first * 31);
  warc::Reader reader(&source, /*max_record_bytes=*/1 << 20);
  warc::Record record;
  std::string err;
  size_t calls = 0;
  while (reader.Next(&record, &err)) {
    if (++calls > data.size() + 1) return false;  // no progress
    if (!err.empty()) {
      err.clear();
      continue;
    }
    warc::HtmlPayload payload;
    std::string why;
    (void)warc::ToHtmlPayload(record, &payload, &why, 1 << 20);
  }
  return true;
}

// ParseDate, FindDate, DateFromUrl, DateFromUnix: dates come out as ISO
// 8601, and FindDate's span lies within the text and agrees with ParseDate.
inline bool CheckDateParse(std::string_view text) {
  // Built in place: g++ 12 -O2 reports a false -Wmaybe-uninitialized when
  // a literal is assigned to the default-constructed string.
  metadata::DateContext ctx{text.size() % 3 == 0   ? "ko"
                            : text.size() % 5 == 0 ? "fa"
                                                   : "de"};
  ctx.prefer_day_first = text.size() % 2 == 0;
  const std::optional<std::string> date = metadata::ParseDate(text, ctx);
  if (date) {
    if (date->size() < 10 || (*date)[4] != '-' || (*date)[7] != '-') {
      return false;
    }
  }
  const std::optional<metadata::FoundDate> found = metadata::FindDate(text, ctx);
  if (found.has_value() != date.has_value()) return false;
  if (found && (found->iso != *date || found->begin >= found->end ||
                found->end > text.size())) {
    return false;
  }
  (void)metadata::DateFromUrl(text);
  int64_t ts = 0;
  if (!text.empty()) {
    std::memcpy(&ts, text.data(), std::min(text.size(), sizeof(ts)));
  }
  (void)metadata::DateFromUnix(ts);
  return true;
}

// ParseAuthors never returns an empty name.
inline bool CheckBylineParse(std::string_view text) {
  for (metadata::BylineKind kind :
       {metadata::BylineKind::kPrinted, metadata::BylineKind::kDeclared}) {
    for (const std::string& name : metadata::ParseAuthors(text, kind)) {
      if (name.empty()) return false;
    }
  }
  (void)metadata::LooksLikePersonName(text);
  return true;
}

}  // namespace artext::fuzz

#endif  // ARTEXT_FUZZ_TARGETS_H_

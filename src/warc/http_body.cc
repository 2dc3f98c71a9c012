// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "warc/http_body.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "io/decompress.h"
#include "io/inflate.h"
#include "util/hex.h"
#include "util/text.h"

namespace artext::warc {
namespace {

// More codings than this in one Content-Encoding is not a real response.
constexpr size_t kMaxCodings = 4;

// A chunk-size of more hex digits than this would overflow 64 bits.
constexpr size_t kMaxChunkSizeDigits = 15;

std::string TooLarge(size_t max_bytes) {
  return "decoded body larger than " + std::to_string(max_bytes) + " bytes";
}

enum class Inflated { kDone, kPartial, kFailed };

// How a decoder's end counts: kPartial when the data ended early or turned
// corrupt after some output (kept); kFailed when nothing could be decoded,
// or the output would exceed max_bytes (then *err says so).
Inflated Judge(io::InflateEnd end, size_t max_bytes, const std::string& out,
               std::string* err) {
  switch (end) {
    case io::InflateEnd::kDone: return Inflated::kDone;
    case io::InflateEnd::kTooLarge:
      *err = TooLarge(max_bytes);
      return Inflated::kFailed;
    case io::InflateEnd::kTruncated:
      if (!out.empty()) return Inflated::kPartial;
      *err = "compressed body is truncated";
      return Inflated::kFailed;
    case io::InflateEnd::kCorrupt:
      if (!out.empty()) return Inflated::kPartial;
      *err = err->empty() ? "compressed body is corrupt"
                          : "compressed body is corrupt (" + *err + ")";
      return Inflated::kFailed;
  }
  return Inflated::kFailed;
}

// Inflates `in` into *out (gzip, zlib or raw deflate).
Inflated Inflate(std::string_view in, io::Inflater::Wrapper wrapper,
                 size_t max_bytes, std::string* out, std::string* err) {
  out->clear();
  io::Inflater inflater(wrapper);
  if (!inflater.ok()) {
    *err = "cannot initialise zlib";
    return Inflated::kFailed;
  }
  size_t consumed = 0;
  return Judge(io::InflateStream(&inflater, in, max_bytes, out, &consumed),
               max_bytes, *out, err);
}

// Brotli or Zstandard, judged as Inflate judges gzip.
Inflated Decompress(std::string_view coding, std::string_view in,
                    size_t max_bytes, std::string* out, std::string* err) {
  io::InflateEnd end = coding == "br"
                           ? io::DecodeBrotli(in, max_bytes, out, err)
                           : io::DecodeZstd(in, max_bytes, out, err);
  return Judge(end, max_bytes, *out, err);
}

// True when `in` starts like markup ('<' after whitespace or a UTF-8 BOM):
// such a body was stored already decoded, whatever its headers say. No
// gzip, zlib or plausible deflate stream starts this way.
bool LooksLikeMarkup(std::string_view in) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (in.substr(0, kBom.size()) == kBom) in.remove_prefix(kBom.size());
  size_t first = in.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && in[first] == '<';
}

bool DecodeOne(std::string_view coding, std::string_view in, size_t max_bytes,
               std::string* out, bool* incomplete, std::string* err) {
  if (coding.empty() || coding == "identity" || in.empty() ||
      LooksLikeMarkup(in)) {
    if (in.size() > max_bytes) {
      *err = TooLarge(max_bytes);
      return false;
    }
    out->assign(in);
    return true;
  }
  if (coding == "br" || coding == "zstd") {
    Inflated result = Decompress(coding, in, max_bytes, out, err);
    if (result == Inflated::kFailed) *err = std::string(coding) + " body: " + *err;
    if (result == Inflated::kPartial) *incomplete = true;
    return result != Inflated::kFailed;
  }
  bool deflate = coding == "deflate";
  if (!deflate && coding != "gzip" && coding != "x-gzip") {
    *err = "unsupported Content-Encoding \"" +
           std::string(coding.substr(0, 20)) + "\"";
    return false;
  }
  Inflated result =
      Inflate(in, io::Inflater::Wrapper::kGzipOrZlib, max_bytes, out, err);
  bool too_large = out->size() > max_bytes;
  if (result == Inflated::kFailed && deflate && !too_large) {
    err->clear();
    result =
        Inflate(in, io::Inflater::Wrapper::kRawDeflate, max_bytes, out, err);
  }
  if (result == Inflated::kFailed) {
    *err = std::string(coding) + " body: " + *err;
    return false;
  }
  if (result == Inflated::kPartial) *incomplete = true;
  return true;
}

}  // namespace

bool Dechunk(std::string_view in, size_t max_bytes, std::string* out,
             bool* incomplete, std::string* err) {
  out->clear();
  size_t pos = 0;
  bool first = true;
  while (true) {
    size_t nl = in.find('\n', pos);
    if (nl == std::string_view::npos) {
      if (first) {
        *err = "body is not chunked";
        return false;
      }
      *incomplete = true;  // ended before the last chunk
      return true;
    }
    // chunk-size [; extensions] CRLF
    std::string_view line = in.substr(pos, nl - pos);
    line = TrimOws(line.substr(0, line.find(';')));
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    line = TrimOws(line);
    uint64_t size = 0;
    bool valid = !line.empty() && line.size() <= kMaxChunkSizeDigits;
    for (char c : line) {
      int digit = util::HexDigitValue(c);
      valid = valid && digit >= 0;
      size = size * 16 + static_cast<uint64_t>(std::max(digit, 0));
    }
    if (!valid) {
      if (first) {
        *err = "body is not chunked";
        return false;
      }
      *incomplete = true;  // garbage where a chunk should start: stop here
      return true;
    }
    first = false;
    if (size == 0) return true;  // the last chunk; trailers are ignored
    size_t data = nl + 1;
    size_t available = in.size() - data;
    size_t take = static_cast<size_t>(std::min<uint64_t>(size, available));
    if (out->size() + take > max_bytes) {
      *err = TooLarge(max_bytes);
      return false;
    }
    out->append(in.substr(data, take));
    if (take < size) {
      *incomplete = true;
      return true;
    }
    pos = data + take;
    // The CRLF after the chunk data (a lone LF is tolerated).
    if (pos < in.size() && in[pos] == '\r') ++pos;
    if (pos < in.size() && in[pos] == '\n') ++pos;
  }
}

bool DecodeContentEncoding(std::string_view encoding, std::string_view in,
                           size_t max_bytes, std::string* out,
                           bool* incomplete, std::string* err) {
  std::vector<std::string> codings;
  while (!encoding.empty()) {
    size_t comma = encoding.find(',');
    std::string coding = util::AsciiLower(TrimOws(encoding.substr(0, comma)));
    if (!coding.empty()) codings.push_back(std::move(coding));
    encoding = comma == std::string_view::npos ? std::string_view()
                                               : encoding.substr(comma + 1);
  }
  if (codings.size() > kMaxCodings) {
    *err = "too many Content-Encodings";
    return false;
  }
  if (codings.empty()) codings.emplace_back();  // identity
  std::string current(in);
  for (auto it = codings.rbegin(); it != codings.rend(); ++it) {
    std::string next;
    if (!DecodeOne(*it, current, max_bytes, &next, incomplete, err)) {
      return false;
    }
    current.swap(next);
  }
  *out = std::move(current);
  return true;
}

bool DecodeHttpBody(const HttpResponse& head, std::string_view block,
                    size_t max_bytes, std::string* body, bool* incomplete,
                    std::string* err) {
  *incomplete = false;
  std::string_view raw = block.substr(std::min(head.body_offset, block.size()));
  if (raw.size() > max_bytes) {
    *err = "body larger than " + std::to_string(max_bytes) + " bytes";
    return false;
  }
  std::string dechunked;
  std::string_view payload = raw;
  if (head.chunked) {
    std::string not_chunked;
    // Some archivers store the body de-chunked but keep the header: then the
    // raw bytes are the payload.
    if (Dechunk(raw, max_bytes, &dechunked, incomplete, &not_chunked)) {
      payload = dechunked;
    }
  }
  return DecodeContentEncoding(head.content_encoding, payload, max_bytes, body,
                               incomplete, err);
}

}  // namespace artext::warc

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "warc/http_body.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "util/text.h"

namespace artext::warc {
namespace {

// Output is grown in steps of this size while inflating.
constexpr size_t kInflateStep = 64 << 10;

// zlib window bits: 15 + 32 accepts a gzip or a zlib header (detected);
// -15 is raw deflate, which many servers send as "deflate".
constexpr int kGzipOrZlib = 15 + 32;
constexpr int kRawDeflate = -15;

// More codings than this in one Content-Encoding is not a real response.
constexpr size_t kMaxCodings = 4;

// A chunk-size of more hex digits than this would overflow 64 bits.
constexpr size_t kMaxChunkSizeDigits = 15;

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string TooLarge(size_t max_bytes) {
  return "decoded body larger than " + std::to_string(max_bytes) + " bytes";
}

enum class Inflated { kDone, kPartial, kFailed };

// Inflates `in` into *out. kPartial: the data ended early or turned corrupt
// after some output (kept); kFailed: nothing could be decoded, or the output
// would exceed max_bytes (then *err says so).
Inflated Inflate(std::string_view in, int window_bits, size_t max_bytes,
                 std::string* out, std::string* err) {
  out->clear();
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) {
    *err = "cannot initialise zlib";
    return Inflated::kFailed;
  }
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());  // callers keep it < 4 GiB
  // One byte beyond the limit is decoded to tell "exactly max" from "more".
  size_t limit = max_bytes == SIZE_MAX ? max_bytes : max_bytes + 1;
  Inflated result = Inflated::kPartial;
  while (true) {
    size_t old_size = out->size();
    if (old_size >= limit) {
      *err = TooLarge(max_bytes);
      result = Inflated::kFailed;
      break;
    }
    size_t step = std::min(kInflateStep, limit - old_size);
    out->resize(old_size + step);
    zs.next_out = reinterpret_cast<Bytef*>(out->data() + old_size);
    zs.avail_out = static_cast<uInt>(step);
    int rc = inflate(&zs, Z_NO_FLUSH);
    out->resize(old_size + step - zs.avail_out);
    if (rc == Z_STREAM_END) {
      result = Inflated::kDone;
      break;
    }
    if (rc == Z_OK) continue;
    // Z_BUF_ERROR here means the input ran out; anything else is corrupt.
    result = out->empty() ? Inflated::kFailed : Inflated::kPartial;
    if (result == Inflated::kFailed) {
      *err = rc == Z_BUF_ERROR ? "compressed body is truncated"
                               : "compressed body is corrupt";
    }
    break;
  }
  if (out->size() > max_bytes) {
    *err = TooLarge(max_bytes);
    result = Inflated::kFailed;
  }
  inflateEnd(&zs);
  return result;
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
  bool deflate = coding == "deflate";
  if (!deflate && coding != "gzip" && coding != "x-gzip") {
    *err = "unsupported Content-Encoding \"" +
           std::string(coding.substr(0, 20)) + "\"";
    return false;
  }
  Inflated result = Inflate(in, kGzipOrZlib, max_bytes, out, err);
  bool too_large = out->size() > max_bytes;
  if (result == Inflated::kFailed && deflate && !too_large) {
    err->clear();
    result = Inflate(in, kRawDeflate, max_bytes, out, err);
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
      int digit = HexValue(c);
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

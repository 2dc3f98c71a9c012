// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/convert.h"

#include <iconv.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>

#include "charset/labels.h"
#include "charset/utf8.h"
#include "util/utf8.h"

namespace artext::charset {
namespace {

using util::kReplacementUtf8;

// windows-1252 bytes 0x80..0x9F, from the WHATWG index-windows-1252. The
// five bytes Windows leaves unassigned (81 8D 8F 90 9D) map to the C1
// control of the same value, as the standard says. Bytes A0..FF are Latin-1.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// Appends a single-byte-encoded text, copying ASCII runs in bulk and mapping
// each other byte with `map_high(byte)` (byte >= 0x80) to a code point.
template <typename MapHigh>
void AppendSingleByte(std::string_view bytes, MapHigh map_high,
                      std::string* out) {
  // Non-ASCII bytes grow to two or three bytes; most text is mostly ASCII.
  out->reserve(out->size() + bytes.size() + bytes.size() / 4);
  size_t run = 0;  // start of the ASCII bytes not yet copied
  for (size_t i = 0; i < bytes.size(); ++i) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    if (byte >= 0x80 || byte == 0) {
      out->append(bytes.data() + run, i - run);
      if (byte == 0) {
        out->append(kReplacementUtf8);
      } else {
        util::AppendUtf8(map_high(byte), out);
      }
      run = i + 1;
    }
  }
  out->append(bytes.data() + run, bytes.size() - run);
}

void AppendWindows1252(std::string_view bytes, std::string* out) {
  AppendSingleByte(
      bytes,
      [](unsigned char byte) -> char32_t {
        return byte < 0xA0 ? kWindows1252High[byte - 0x80] : byte;
      },
      out);
}

// x-user-defined puts bytes 80..FF in the Private Use Area at F780..F7FF.
void AppendXUserDefined(std::string_view bytes, std::string* out) {
  AppendSingleByte(
      bytes,
      [](unsigned char byte) -> char32_t { return 0xF780 + (byte - 0x80); },
      out);
}

// UTF-16 as the WHATWG decoder reads it: an unpaired surrogate or an odd
// final byte is one U+FFFD each. Returns the count of those.
size_t AppendUtf16(std::string_view bytes, bool big_endian, std::string* out) {
  out->reserve(out->size() + bytes.size() + bytes.size() / 2);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t units = bytes.size() / 2;
  auto unit_at = [&](size_t i) -> char16_t {
    const unsigned char a = p[2 * i];
    const unsigned char b = p[2 * i + 1];
    return big_endian ? static_cast<char16_t>((a << 8) | b)
                      : static_cast<char16_t>((b << 8) | a);
  };
  size_t invalid = 0;
  for (size_t i = 0; i < units; ++i) {
    const char16_t unit = unit_at(i);
    if (unit < 0xD800 || unit > 0xDFFF) {
      if (unit == 0) {
        out->append(kReplacementUtf8);
      } else {
        util::AppendUtf8(unit, out);
      }
    } else if (unit <= 0xDBFF && i + 1 < units && unit_at(i + 1) >= 0xDC00 &&
               unit_at(i + 1) <= 0xDFFF) {
      const char32_t high = unit - 0xD800;
      const char32_t low = unit_at(i + 1) - 0xDC00;
      util::AppendUtf8(0x10000 + (high << 10) + low, out);
      ++i;
    } else {
      out->append(kReplacementUtf8);
      ++invalid;
    }
  }
  if (bytes.size() % 2 != 0) {
    out->append(kReplacementUtf8);
    ++invalid;
  }
  return invalid;
}

// Replaces each NUL in (*out)[from..] with U+FFFD; iconv passes NULs through.
void ReplaceNuls(size_t from, std::string* out) {
  if (std::memchr(out->data() + from, 0, out->size() - from) == nullptr) {
    return;
  }
  std::string fixed;
  fixed.reserve(out->size() + 16);
  fixed.append(*out, 0, from);
  for (size_t i = from; i < out->size(); ++i) {
    if ((*out)[i] == '\0') {
      fixed.append(kReplacementUtf8);
    } else {
      fixed.push_back((*out)[i]);
    }
  }
  out->swap(fixed);
}

// An iconv descriptor converting to UTF-8, closed on destruction.
class IconvToUtf8 {
 public:
  explicit IconvToUtf8(std::string_view from_code)
      : cd_(iconv_open("UTF-8", std::string(from_code).c_str())) {}
  ~IconvToUtf8() {
    if (ok()) iconv_close(cd_);
  }
  IconvToUtf8(const IconvToUtf8&) = delete;
  IconvToUtf8& operator=(const IconvToUtf8&) = delete;

  bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }

  // Converts all of `bytes`, appending to *out; returns the number of
  // ill-formed or truncated sequences replaced by U+FFFD. REQUIRES: ok().
  size_t Append(std::string_view bytes, std::string* out) {
    const size_t start = out->size();
    // Legacy CJK text is about 1.5x longer in UTF-8 (2 bytes -> 3); a
    // single-byte script is at most 2x (non-Latin letters take 2 bytes).
    // E2BIG doubles the buffer whenever the guess is short.
    out->resize(start + bytes.size() + bytes.size() / 2 + 16);
    size_t written = start;
    // glibc's iconv does not write through the input pointer.
    char* in = const_cast<char*>(bytes.data());
    size_t in_left = bytes.size();
    bool flushing = false;  // all input consumed; emitting final shift state
    size_t invalid = 0;
    while (true) {
      char* out_ptr = out->data() + written;
      size_t out_left = out->size() - written;
      const size_t result =
          flushing ? iconv(cd_, nullptr, nullptr, &out_ptr, &out_left)
                   : iconv(cd_, &in, &in_left, &out_ptr, &out_left);
      const int error = errno;
      written = out_ptr - out->data();
      if (result != static_cast<size_t>(-1)) {
        if (flushing) break;
        flushing = true;
        continue;
      }
      if (error == E2BIG) {
        out->resize(out->size() * 2);
        continue;
      }
      if (flushing) break;  // nothing left to convert
      // EILSEQ (undecodable) or EINVAL (truncated at the end of input). Any
      // other error is treated like EILSEQ, which always makes progress.
      if (out->size() - written < kReplacementUtf8.size()) {
        out->resize(out->size() * 2 + kReplacementUtf8.size());
      }
      std::memcpy(out->data() + written, kReplacementUtf8.data(),
                  kReplacementUtf8.size());
      written += kReplacementUtf8.size();
      ++invalid;
      if (error == EINVAL) {
        in_left = 0;  // the whole input is given at once: nothing follows
      } else {
        // Resume at the next byte, as the WHATWG decoders do for a bad lead
        // byte; a bad trail byte is thereby re-read as a possible lead.
        ++in;
        --in_left;
      }
    }
    out->resize(written);
    ReplaceNuls(start, out);
    return invalid;
  }

 private:
  iconv_t cd_;
};

}  // namespace

// UTF-32 (not a web encoding: it arrives only with its byte-order mark):
// each four bytes one code point; surrogates, values beyond U+10FFFF, NUL
// and a cut-off last unit become U+FFFD.
size_t AppendUtf32(std::string_view bytes, bool big_endian, std::string* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t invalid = 0;
  for (size_t i = 0; i + 4 <= bytes.size(); i += 4) {
    const char32_t cp =
        big_endian ? (char32_t{p[i]} << 24) | (char32_t{p[i + 1]} << 16) |
                         (char32_t{p[i + 2]} << 8) | p[i + 3]
                   : (char32_t{p[i + 3]} << 24) | (char32_t{p[i + 2]} << 16) |
                         (char32_t{p[i + 1]} << 8) | p[i];
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      out->append(kReplacementUtf8);
      invalid += cp != 0;
    } else {
      util::AppendUtf8(cp, out);
    }
  }
  if (bytes.size() % 4 != 0) {
    out->append(kReplacementUtf8);
    ++invalid;
  }
  return invalid;
}

bool AppendDecoded(std::string_view bytes, std::string_view encoding,
                   std::string* out, size_t* invalid_sequences) {
  size_t invalid = 0;
  if (encoding == "utf-8") {
    invalid = AppendValidUtf8(bytes, out);
  } else if (encoding == "windows-1252") {
    AppendWindows1252(bytes, out);
  } else if (encoding == "utf-16le" || encoding == "utf-16be") {
    invalid = AppendUtf16(bytes, encoding == "utf-16be", out);
  } else if (encoding == "utf-32le" || encoding == "utf-32be") {
    invalid = AppendUtf32(bytes, encoding == "utf-32be", out);
  } else if (encoding == "x-user-defined") {
    AppendXUserDefined(bytes, out);
  } else {
    const std::string_view iconv_name = IconvName(encoding);
    if (iconv_name.empty()) return false;
    IconvToUtf8 converter(iconv_name);
    if (!converter.ok()) return false;
    invalid = converter.Append(bytes, out);
  }
  if (invalid_sequences != nullptr) *invalid_sequences = invalid;
  return true;
}

}  // namespace artext::charset

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/decode.h"

#include <algorithm>
#include <utility>

#include "charset/convert.h"
#include "charset/detect.h"
#include "charset/prescan.h"
#include "charset/utf16_sniff.h"
#include "charset/utf8.h"

namespace artext::charset {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

// The canonical name of `label` if Decode can use it, else "".
std::string UsableEncoding(std::string_view label) {
  std::string encoding = CanonicalEncoding(label);
  if (encoding == "replacement") return std::string();
  return encoding;
}

// Encodings in which ASCII bytes mean ASCII, so that a UTF-8 scan of the
// bytes says something about them.
bool IsAsciiCompatible(std::string_view encoding) {
  return encoding != "utf-16le" && encoding != "utf-16be" &&
         encoding != "utf-32le" && encoding != "utf-32be";
}

// Many ill-formed sequences, and no fewer than the well-formed multi-byte
// characters: these bytes are not UTF-8 with a few corrupt spots.
bool MostlyNotUtf8(const Utf8Stats& stats) {
  return stats.invalid_sequences >= kMinMismatchErrors &&
         stats.invalid_sequences >= stats.multibyte_chars;
}

// Fills result->utf8 from `bytes` in `encoding`; falls back to windows-1252
// (which decodes anything) if this system cannot decode `encoding`.
void DecodeInto(std::string_view bytes, std::string_view encoding,
                std::string_view source, Decoded* result) {
  result->utf8.clear();
  if (AppendDecoded(bytes, encoding, &result->utf8,
                    &result->invalid_sequences)) {
    result->encoding = std::string(encoding);
    result->source = std::string(source);
    return;
  }
  result->utf8.clear();
  AppendDecoded(bytes, "windows-1252", &result->utf8,
                &result->invalid_sequences);
  result->encoding = "windows-1252";
  result->source = "default";
}

void DecodeUtf8(std::string_view bytes, const Utf8Stats& stats,
                std::string_view source, Decoded* result) {
  result->utf8.clear();
  result->invalid_sequences = AppendValidUtf8(bytes, stats, &result->utf8);
  result->encoding = "utf-8";
  result->source = std::string(source);
}

// A declaration from the transport or a <meta>, checked against the bytes
// (see "Declarations that the bytes contradict" in decode.h).
void DecodeDeclared(std::string_view bytes, const std::string& declared,
                    std::string_view source, Decoded* result) {
  if (!IsAsciiCompatible(declared)) {
    DecodeInto(bytes, declared, source, result);
    return;
  }
  const Utf8Stats stats = ScanUtf8(bytes);
  if (declared == "utf-8") {
    if (MostlyNotUtf8(stats)) {
      std::string guess = DetectEncoding(bytes);
      if (guess.empty() || guess == "utf-8") guess = "windows-1252";
      Decoded legacy;
      DecodeInto(bytes, guess, "detected", &legacy);
      if (legacy.invalid_sequences * kCleanDecodeFactor <=
          stats.invalid_sequences) {
        *result = std::move(legacy);
        result->overruled_encoding = declared;
        result->overruled_source = std::string(source);
        return;
      }
    }
    DecodeUtf8(bytes, stats, source, result);
    return;
  }
  if (stats.invalid_sequences == 0 &&
      stats.multibyte_chars >= kMinUtf8Evidence) {
    DecodeUtf8(bytes, stats, "detected", result);
    result->overruled_encoding = declared;
    result->overruled_source = std::string(source);
    return;
  }
  DecodeInto(bytes, declared, source, result);
}

// Nothing declared: UTF-8 if the bytes are (mostly) UTF-8, else uchardet.
void DecodeUndeclared(std::string_view bytes, Decoded* result) {
  const Utf8Stats stats = ScanUtf8(bytes);
  if (stats.invalid_sequences == 0 && stats.multibyte_chars == 0) {
    DecodeUtf8(bytes, stats, "default", result);  // ASCII
    return;
  }
  if (!MostlyNotUtf8(stats)) {
    DecodeUtf8(bytes, stats, "detected", result);
    return;
  }
  const std::string guess = DetectEncoding(bytes);
  if (guess.empty()) {
    DecodeInto(bytes, "windows-1252", "default", result);
    return;
  }
  if (guess == "utf-8") {
    DecodeUtf8(bytes, stats, "detected", result);
    return;
  }
  DecodeInto(bytes, guess, "detected", result);
}

}  // namespace

const char* Utf32Bom(std::string_view bytes) {
  if (bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4))) return "utf-32le";
  if (bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4))) return "utf-32be";
  return nullptr;
}

Decoded Decode(std::string_view bytes, std::string_view override_label,
               std::string_view transport_label) {
  Decoded result;
  if (bytes.starts_with(kUtf8Bom)) {
    DecodeUtf8(bytes.substr(kUtf8Bom.size()),
               ScanUtf8(bytes.substr(kUtf8Bom.size())), "bom", &result);
    return result;
  }
  // Before UTF-16LE, whose mark is the first half of UTF-32LE's.
  if (const char* utf32 = Utf32Bom(bytes)) {
    DecodeInto(bytes.substr(4), utf32, "bom", &result);
    return result;
  }
  if (bytes.starts_with(kUtf16LeBom)) {
    DecodeInto(bytes.substr(2), "utf-16le", "bom", &result);
    return result;
  }
  if (bytes.starts_with(kUtf16BeBom)) {
    DecodeInto(bytes.substr(2), "utf-16be", "bom", &result);
    return result;
  }
  if (const std::string forced = UsableEncoding(override_label);
      !forced.empty()) {
    DecodeInto(bytes, forced, "override", &result);
    return result;
  }
  if (const std::string transport = UsableEncoding(transport_label);
      !transport.empty()) {
    DecodeDeclared(bytes, transport, "transport", &result);
    return result;
  }
  // Before the prescan: UTF-16 hides every <meta> from it.
  if (const std::string utf16 = SniffUtf16(bytes); !utf16.empty()) {
    DecodeInto(bytes, utf16, "detected", &result);
    return result;
  }
  const std::string meta =
      PrescanMetaCharset(bytes.substr(0, std::min(bytes.size(),
                                                  kMetaScanBytes)));
  if (!meta.empty() && meta != "replacement") {
    DecodeDeclared(bytes, meta, "meta", &result);
    return result;
  }
  DecodeUndeclared(bytes, &result);
  return result;
}

}  // namespace artext::charset

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "input/sniff.h"

#include <algorithm>
#include <cstdio>

#include "charset/decode.h"
#include "charset/utf16_sniff.h"
#include "heuristics.h"
#include "util/char_class.h"

namespace artext::input {
namespace {

struct Signature {
  std::string_view magic;  // the first bytes of the file
  const char* what;
};

// File signatures, from their formats' specifications (and file(1)'s magic
// database). Only those that no text file can start with.
constexpr Signature kSignatures[] = {
    {"\x89PNG\r\n\x1A\n", "a PNG image"},
    {"\xFF\xD8\xFF", "a JPEG image"},
    {"GIF87a", "a GIF image"},
    {"GIF89a", "a GIF image"},
    {"%PDF-", "a PDF document"},
    {"PK\x03\x04", "a ZIP archive (or an Office document)"},
    {"\x1F\x8B", "gzip-compressed data (decompress it first)"},
    {"BZh91AY&SY", "bzip2-compressed data"},
    {"\xFD" "7zXZ", "xz-compressed data"},
    {"\x28\xB5\x2F\xFD", "zstd-compressed data"},
    {"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"},
    {"\x7F" "ELF", "an ELF executable"},
    {std::string_view("\0asm", 4), "a WebAssembly module"},
    {"OggS", "an Ogg media file"},
    {"\x1A\x45\xDF\xA3", "a Matroska/WebM media file"},
    {"wOFF", "a WOFF font"},
    {"wOF2", "a WOFF2 font"},
};

// The WHATWG MIME Sniffing "binary data byte".
bool IsBinaryByte(unsigned char c) {
  return c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1A) ||
         (c >= 0x1C && c <= 0x1F);
}

// RIFF containers say what they hold at offset 8.
const char* RiffKind(std::string_view bytes) {
  if (bytes.size() < 12 || !bytes.starts_with("RIFF")) return nullptr;
  std::string_view kind = bytes.substr(8, 4);
  if (kind == "WEBP") return "a WebP image";
  if (kind == "WAVE") return "a WAV audio file";
  if (kind == "AVI ") return "an AVI video";
  return nullptr;
}

// ISO media (MP4, MOV, HEIC, AVIF): a box size, then "ftyp".
bool IsIsoMedia(std::string_view bytes) {
  return bytes.size() >= 8 && bytes.substr(4, 4) == "ftyp";
}

}  // namespace

std::string WhyNotHtml(std::string_view bytes) {
  // UTF-32 text is three quarters NUL bytes: its mark says it is text.
  if (charset::Utf32Bom(bytes)) {
    return bytes.size() > 4 ? std::string() : "empty input";
  }
  for (std::string_view bom : {"\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF"}) {
    if (bytes.starts_with(bom)) {
      bytes.remove_prefix(bom.size());
      break;
    }
  }
  if (bytes.empty()) return "empty input";
  if (std::all_of(bytes.begin(), bytes.end(), [](char c) {
        return util::IsHtmlSpace(static_cast<unsigned char>(c));
      })) {
    return "only whitespace (" + std::to_string(bytes.size()) + " bytes)";
  }
  for (const Signature& s : kSignatures) {
    if (bytes.starts_with(s.magic)) return s.what;
  }
  if (const char* riff = RiffKind(bytes)) return riff;
  if (IsIsoMedia(bytes)) return "an MP4/QuickTime media file";

  if (!charset::SniffUtf16(bytes).empty()) return std::string();
  const std::string_view sample =
      bytes.substr(0, std::min(bytes.size(), heuristics::kBinarySniffBytes));
  const size_t binary = static_cast<size_t>(
      std::count_if(sample.begin(), sample.end(), [](char c) {
        return IsBinaryByte(static_cast<unsigned char>(c));
      }));
  if (binary >= heuristics::kMinBinaryBytes &&
      static_cast<double>(binary) >
          heuristics::kMaxBinaryByteShare * static_cast<double>(sample.size())) {
    char msg[80];
    std::snprintf(msg, sizeof msg, "binary data (%zu%% control bytes)",
                  binary * 100 / sample.size());
    return msg;
  }
  return std::string();
}

}  // namespace artext::input

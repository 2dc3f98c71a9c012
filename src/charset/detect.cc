// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/detect.h"

#include <uchardet/uchardet.h>

#include <memory>
#include <type_traits>

#include "charset/labels.h"

namespace artext::charset {
namespace {

struct UchardetDeleter {
  void operator()(uchardet_t detector) const { uchardet_delete(detector); }
};
using Detector = std::unique_ptr<std::remove_pointer_t<uchardet_t>,
                                 UchardetDeleter>;

// uchardet names that are not WHATWG labels, or that WHATWG maps
// differently from what the detector means.
struct Alias {
  std::string_view uchardet_name;
  std::string_view canonical;
};

constexpr Alias kAliases[] = {
    // Unified Hangul Code (CP949) is what WHATWG's euc-kr decodes.
    {"UHC", "euc-kr"},
    // Only reported for input without bytes >= 0x80; any choice decodes
    // such bytes identically.
    {"ASCII", "windows-1252"},
    {"MAC-CYRILLIC", "x-mac-cyrillic"},
    // Without a BOM the byte order is unknown; let the caller fall back.
    {"UTF-16", ""},
    {"UTF-32", ""},
};

// Detection reads the input in chunks of this size (a multi-byte character
// split between chunks is fine: uchardet is a streaming detector) ...
constexpr size_t kDetectChunkBytes = 16 * 1024;
// ... until this many bytes >= 0x80 have been read: some 4000 Cyrillic or
// 2700 CJK characters, several times the 1500 non-ASCII bytes of our
// Russian fixture that uchardet already gets right.
constexpr size_t kDetectSampleNonAsciiBytes = 8 * 1024;
// Latin-script text is only ~5% non-ASCII, so the rule above would read 160
// KB of it; past 64 KB, 1 KB of non-ASCII bytes suffices (our French fixture
// is recognised from 160 of them).
constexpr size_t kDetectLongSampleBytes = 64 * 1024;
constexpr size_t kDetectLongSampleNonAsciiBytes = 1024;

}  // namespace

std::string CanonicalFromUchardet(std::string_view uchardet_name) {
  for (const Alias& alias : kAliases) {
    if (alias.uchardet_name == uchardet_name) {
      return std::string(alias.canonical);
    }
  }
  std::string canonical = CanonicalEncoding(uchardet_name);
  if (canonical == "replacement") return std::string();
  return canonical;
}

std::string DetectEncoding(std::string_view bytes) {
  Detector detector(uchardet_new());
  if (detector == nullptr) return std::string();
  // Feed chunk by chunk and stop once enough non-ASCII bytes went in: the
  // answer is settled long before (our fixtures are recognised from 2.5 KB
  // of text), and uchardet reads text in single-byte scripts at only about
  // 5-10 MB/s, so a multi-megabyte page would otherwise cost a second.
  size_t non_ascii_fed = 0;
  for (size_t pos = 0; pos < bytes.size(); pos += kDetectChunkBytes) {
    if (non_ascii_fed >= kDetectSampleNonAsciiBytes) break;
    if (pos >= kDetectLongSampleBytes &&
        non_ascii_fed >= kDetectLongSampleNonAsciiBytes) {
      break;
    }
    const std::string_view chunk = bytes.substr(pos, kDetectChunkBytes);
    if (uchardet_handle_data(detector.get(), chunk.data(), chunk.size()) !=
        0) {
      return std::string();  // out of memory inside uchardet
    }
    for (const char c : chunk) {
      non_ascii_fed += static_cast<unsigned char>(c) >> 7;
    }
  }
  uchardet_data_end(detector.get());
  const char* name = uchardet_get_charset(detector.get());
  if (name == nullptr) return std::string();
  return CanonicalFromUchardet(name);
}

}  // namespace artext::charset

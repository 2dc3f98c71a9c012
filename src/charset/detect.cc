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
  if (uchardet_handle_data(detector.get(), bytes.data(), bytes.size()) != 0) {
    return std::string();  // out of memory inside uchardet
  }
  uchardet_data_end(detector.get());
  const char* name = uchardet_get_charset(detector.get());
  if (name == nullptr) return std::string();
  return CanonicalFromUchardet(name);
}

}  // namespace artext::charset

// Copyright (c) artext authors. MIT licence (see LICENSE).
// Placeholder until the charset module lands: UTF-8 only, BOM stripped.

#include "charset/decode.h"

namespace artext::charset {

Decoded Decode(std::string_view bytes, std::string_view, std::string_view) {
  Decoded d;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  d.utf8 = std::string(bytes);
  d.encoding = "utf-8";
  d.source = "default";
  return d;
}

}  // namespace artext::charset

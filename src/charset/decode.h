// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Decoding raw page bytes to UTF-8 in the WHATWG order.

#ifndef ARTEXT_CHARSET_DECODE_H_
#define ARTEXT_CHARSET_DECODE_H_

#include <string>
#include <string_view>

namespace artext::charset {

struct Decoded {
  std::string utf8;      // valid UTF-8, always
  std::string encoding;  // canonical WHATWG name, lower-case
  std::string source;    // "bom", "override", "transport", "meta", "detected", "default"
};

Decoded Decode(std::string_view bytes, std::string_view override_label,
               std::string_view transport_label);

}  // namespace artext::charset

#endif  // ARTEXT_CHARSET_DECODE_H_

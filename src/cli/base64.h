// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Base64 decoding (RFC 4648) for the "html_base64" field of JSON Lines input,
// which carries pages whose bytes are not valid UTF-8 and so cannot travel in
// a JSON string.

#ifndef ARTEXT_CLI_BASE64_H_
#define ARTEXT_CLI_BASE64_H_

#include <string>
#include <string_view>

namespace artext::cli {

// Decodes standard or URL-safe base64; '=' padding is optional and ASCII
// whitespace (line breaks of MIME-style encoders) is ignored. Returns false
// on any other character or a dangling single character.
bool DecodeBase64(std::string_view in, std::string* out);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_BASE64_H_

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/base64.h"

#include <cstdint>

namespace artext::cli {
namespace {

// The 6-bit value of a base64 character, -1 for others.
int Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

}  // namespace

bool DecodeBase64(std::string_view in, std::string* out) {
  out->clear();
  out->reserve(in.size() / 4 * 3);
  uint32_t acc = 0;
  int bits = 0;
  size_t chars = 0;  // data characters in the current quantum
  bool padding = false;
  for (char c : in) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (c == '=') {
      padding = true;
      continue;
    }
    int v = Value(c);
    if (v < 0 || padding) return false;  // data after padding is malformed
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    chars = (chars + 1) % 4;
    if (bits >= 8) {
      bits -= 8;
      out->push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  // One character alone cannot encode a byte.
  return chars != 1;
}

}  // namespace artext::cli

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/json_bounded.h"

namespace artext::util {

JsonShape ScanJsonShape(std::string_view text, const JsonBounds& bounds) {
  int depth = 0;
  size_t values = 0;
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    switch (text[i]) {
      case '"': {  // a string: one value (or a key), skipped whole
        ++values;
        for (++i; i < n && text[i] != '"'; ++i) {
          if (text[i] == '\\') ++i;
        }
        break;
      }
      case '[':
      case '{':
        ++values;
        if (++depth > bounds.max_nesting) return JsonShape::kTooDeep;
        break;
      case ']':
      case '}':
        if (depth > 0) --depth;
        break;
      case ',':  // each element after the first of an array or object
        ++values;
        break;
      default:
        break;
    }
    if (values > bounds.max_values) return JsonShape::kTooManyValues;
  }
  return JsonShape::kWithinBounds;
}

std::string JsonShapeError(JsonShape shape, const JsonBounds& bounds) {
  switch (shape) {
    case JsonShape::kTooDeep:
      return "JSON nested deeper than " + std::to_string(bounds.max_nesting) +
             " levels";
    case JsonShape::kTooManyValues:
      return "JSON of more than " + std::to_string(bounds.max_values) +
             " values";
    case JsonShape::kWithinBounds:
      break;
  }
  return "";
}

nlohmann::json ParseJsonBounded(std::string_view text, JsonShape* shape,
                                const JsonBounds& bounds) {
  JsonShape s = ScanJsonShape(text, bounds);
  if (shape) *shape = s;
  if (s != JsonShape::kWithinBounds) {
    return nlohmann::json(nlohmann::json::value_t::discarded);
  }
  return nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
}

}  // namespace artext::util

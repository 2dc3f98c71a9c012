// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// JSON from outside (a page's JSON-LD and parsely-page, a JSON Lines record,
// `artext check`'s expected files) parsed within bounds. nlohmann builds
// every value before anything could look at it, so a few kilobytes of
// gzipped '[' become gigabytes; its destructor and comparisons recurse, so
// 30,000 levels overflow the stack. A linear pre-scan, which allocates
// nothing, checks the nesting depth and the number of values first, and
// only text within both is parsed.

#ifndef ARTEXT_UTIL_JSON_BOUNDED_H_
#define ARTEXT_UTIL_JSON_BOUNDED_H_

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "heuristics.h"

namespace artext::util {

struct JsonBounds {
  int max_nesting = heuristics::kMaxJsonNesting;
  size_t max_values = heuristics::kMaxJsonValues;
};

// What the pre-scan found: within bounds (the text may still be invalid
// JSON), too deep, or too many values.
enum class JsonShape { kWithinBounds, kTooDeep, kTooManyValues };

// Scans `text` as JSON tokens (strings skipped with their escapes): the
// deepest nesting of [ and { and the number of values, both counted up to
// the bounds only. Linear; allocates nothing.
JsonShape ScanJsonShape(std::string_view text, const JsonBounds& bounds = {});

// A short reason for a shape other than kWithinBounds ("JSON nested deeper
// than 512 levels"), for error messages.
std::string JsonShapeError(JsonShape shape, const JsonBounds& bounds = {});

// json::parse without exceptions, after the pre-scan: a discarded value
// when the text is not JSON or is outside the bounds (`shape`, if not
// null, says which).
nlohmann::json ParseJsonBounded(std::string_view text,
                                JsonShape* shape = nullptr,
                                const JsonBounds& bounds = {});

}  // namespace artext::util

#endif  // ARTEXT_UTIL_JSON_BOUNDED_H_

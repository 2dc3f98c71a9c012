// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/json_object.h"

#include "util/hex.h"
#include "util/json_bounded.h"

namespace artext::cli {
namespace {

bool IsHighSurrogate(int u) { return u >= 0xD800 && u <= 0xDBFF; }
bool IsLowSurrogate(int u) { return u >= 0xDC00 && u <= 0xDFFF; }

// The code unit of a "\uXXXX" escape starting at `at`, or -1.
int EscapeAt(std::string_view s, size_t at) {
  if (at + 6 > s.size() || s[at] != '\\' || s[at + 1] != 'u') return -1;
  return util::Hex4(s, at + 2);
}

}  // namespace

bool ParseJsonObject(std::string_view text, nlohmann::json* out,
                     std::string* why) {
  // Bounded first: nlohmann builds the whole value before any check, and
  // a line of '[' is gigabytes (util/json_bounded.h).
  if (util::JsonShape shape = util::ScanJsonShape(text);
      shape != util::JsonShape::kWithinBounds) {
    *why = util::JsonShapeError(shape);
    return false;
  }
  try {
    *out = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    // parse_error, and out_of_range for a number too large to hold (406):
    // both are the input's fault, and an escaped one ends the run.
    // e.what() is "[json.exception.parse_error.101] parse error at ...":
    // the bracketed tag means nothing to a user.
    std::string_view reason = e.what();
    if (size_t tag_end = reason.find("] "); tag_end != std::string_view::npos) {
      reason.remove_prefix(tag_end + 2);
    }
    *why = "invalid JSON: " + std::string(reason);
    return false;
  }
  if (!out->is_object()) {
    std::string type = out->type_name();
    *why = std::string(type == "array" || type == "object" ? "a JSON " : "JSON ") +
           type + ", not an object";
    return false;
  }
  return true;
}

std::string RepairJsonLine(std::string_view line, bool* changed) {
  *changed = false;
  std::string out;
  out.reserve(line.size());
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (in_string) {
      if (c == '"') {
        in_string = false;
      } else if (c == '\\' && i + 1 < line.size()) {
        int unit = EscapeAt(line, i);
        if (IsHighSurrogate(unit) && IsLowSurrogate(EscapeAt(line, i + 6))) {
          out.append(line.substr(i, 12));  // a proper pair
          i += 11;
          continue;
        }
        if (IsHighSurrogate(unit) || IsLowSurrogate(unit)) {
          out += "\\ufffd";
          i += 5;
          *changed = true;
          continue;
        }
        out.append(line.substr(i, 2));  // any other escape, kept whole
        ++i;
        continue;
      }
      out.push_back(c);
      continue;
    }
    if (c == '"') in_string = true;
    for (std::string_view word : {"NaN", "Infinity", "-Infinity"}) {
      if (line.substr(i, word.size()) == word) {
        out += "null";
        i += word.size() - 1;
        *changed = true;
        c = 0;
        break;
      }
    }
    if (c != 0) out.push_back(c);
  }
  return out;
}

}  // namespace artext::cli

// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Reading one JSON object from text the user gave (a JSON Lines record, a
// fixture's expected file), with a message that says what is wrong, and
// the leniency JSON Lines from real pipelines need.

#ifndef ARTEXT_CLI_JSON_OBJECT_H_
#define ARTEXT_CLI_JSON_OBJECT_H_

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace artext::cli {

// Parses `text` as one JSON object into *out. Returns false with *why
// naming the problem: "invalid JSON: syntax error at line 1, column 2:
// ..." (nlohmann's words), "a JSON array, not an object", or "JSON nested
// deeper than 512 levels" (util/json_bounded.h: checked before anything is
// built).
bool ParseJsonObject(std::string_view text, nlohmann::json* out,
                     std::string* why);

// `line` with what Python's json.dumps and JavaScript writers put in JSON
// Lines but JSON forbids made valid: NaN, Infinity and -Infinity outside
// strings become null, and a lone UTF-16 surrogate escape ("\ud800"
// without its pair, from text cut mid-character) becomes "\ufffd", the
// replacement character. Anything else is left alone. *changed says
// whether anything was replaced.
std::string RepairJsonLine(std::string_view line, bool* changed);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_JSON_OBJECT_H_

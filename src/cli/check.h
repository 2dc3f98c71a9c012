// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// `artext check DIR` and the golden test: extract every fixture page and
// compare with its expectations, field by field, whitespace-normalised,
// printing a unified diff for each mismatch. --update rewrites the expected
// files from the current output (hand-written keys such as must_contain and
// options are kept).

#ifndef ARTEXT_CLI_CHECK_H_
#define ARTEXT_CLI_CHECK_H_

#include <string>
#include <string_view>
#include <vector>

#include "cli/fixture.h"

namespace artext::cli {

// What `artext check` was asked to do; CheckFixture reads all but `dir`.
struct CheckOptions {
  std::string dir;  // the fixture directory (RunCheck)
  // JSON fields to compare; empty: every field the expected file has.
  std::vector<std::string> fields;
  bool update = false;  // rewrite the expected files instead of comparing
  // When not empty: for each failing fixture, write its page's --why view
  // to WHY_DIR/NAME.why.html (NAME as reported, folders kept), so that a
  // CI artifact shows what the passes decided.
  std::string why_dir;
};

struct FixtureResult {
  bool passed = false;
  std::string report;  // why it failed (diffs), or what --update rewrote
};

// Checks (or with options.update, rewrites) one fixture. Never throws.
FixtureResult CheckFixture(const Fixture& fixture, const CheckOptions& options);

// Whitespace normalisation for comparison: each line's runs of spaces,
// tabs and no-break spaces become one space, lines are trimmed, runs of
// blank lines become one, and leading and trailing blank lines go.
std::string NormalizeWhitespace(std::string_view text);

// Checks every fixture below options.dir, printing failures and a closing
// "N passed, N failed" line on stdout. Returns the exit status.
int RunCheck(const CheckOptions& options);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_CHECK_H_

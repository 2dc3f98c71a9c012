// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Golden fixtures: a page NAME.html next to what extracting it should give,
// NAME.expected.json (fields), NAME.expected.txt (the text output) and/or
// NAME.expected.md (the Markdown output). Found by walking a directory, so a
// new fixture needs no registration anywhere.

#ifndef ARTEXT_CLI_FIXTURE_H_
#define ARTEXT_CLI_FIXTURE_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "artext/options.h"
#include "artext/status.h"

namespace artext::cli {

struct Fixture {
  std::string name;           // the page's path below the directory, no ".html"
  std::string html_path;
  std::string stem;           // html_path without ".html"/".htm"/".gz": where
                              // the expected files are and are created
  std::string json_path;      // the expected files; empty when absent
  std::string text_path;
  std::string markdown_path;
  // Expected files that exist but are symlinks resolving outside the
  // fixture folder: never read, reported as failures.
  std::vector<std::string> refused;

  bool has_expectation() const {
    return !json_path.empty() || !text_path.empty() || !markdown_path.empty();
  }
};

// Every page below `dir` that batch mode would read (MatchesGlobs with the
// default globs: NAME.html, .htm, .xhtml, any case, each also .gz), sorted
// by path, that has an expected file; with include_bare also those that
// have none (for --update to create). Directory symlinks are not followed,
// so the walk cannot loop; a page or expected file that is a symlink
// resolving outside `dir` is not a fixture file (an expected one is listed
// in `refused`), so a fixture folder from an
// untrusted change cannot make `check` print /etc/passwd as a diff.
// A symlink inside `dir` is kept.
std::vector<Fixture> FindFixtures(const std::string& dir, bool include_bare);

// The keys of an expected JSON file that are not fields of the output.
inline constexpr const char* kOptionsKey = "options";
inline constexpr const char* kMustContainKey = "must_contain";
inline constexpr const char* kMustNotContainKey = "must_not_contain";

// Applies an expected file's "options" object ({"url": ..., "charset": ...,
// "min_words": ...}) to *options. An unknown key or a value of the wrong type
// is an InvalidArgument: a misspelt option must not silently do nothing.
Status ApplyFixtureOptions(const nlohmann::json& fixture_options,
                           Options* options);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_FIXTURE_H_

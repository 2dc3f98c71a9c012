// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Turns the command line's operands into the ordered list of inputs of a run:
// files as given, directories walked recursively (sorted, so the order and
// hence the output is the same on every run), "-" for stdin, and paths listed
// in a --files-from file. Problems found while enumerating (a missing path, a
// symlink loop, an unreadable directory) become inputs that carry an error,
// so they are reported in order with the rest and never stop the run.

#ifndef ARTEXT_CLI_INPUTS_H_
#define ARTEXT_CLI_INPUTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "io/io_status.h"

namespace artext::cli {

// The default --glob patterns. A name also matches when it ends in ".gz" and
// the rest matches (page.html.gz).
inline constexpr const char* kDefaultGlobs[] = {"*.html", "*.htm", "*.xhtml"};

struct Input {
  std::string path;      // what to open; "-" is stdin
  std::string relative;  // where it sits below its operand (names outputs)
  std::string error;     // non-empty: the input failed during enumeration
};

struct InputSpec {
  std::vector<std::string> operands;  // files, directories, "-"
  std::vector<std::string> globs;     // empty: kDefaultGlobs
  std::string files_from;             // a list of paths; "-" reads stdin
  bool nul_separated = false;         // --files-from entries end in NUL
};

// Fills *out in order. Fails (an I/O error, "LIST: cannot read the list of
// files...") only when the --files-from list itself cannot be read; every
// other problem is an Input with an error. With no operands and no list, the
// single input is stdin.
io::IoStatus EnumerateInputs(const InputSpec& spec,
                             std::vector<Input>* out);

// Whether the file name (no directory part) matches one of the patterns
// (fnmatch(3), case-insensitive), directly or after removing ".gz".
bool MatchesGlobs(std::string_view name, const std::vector<std::string>& globs);

// Splits a --files-from list into paths: one per line (CR before LF and blank
// lines dropped) or NUL-terminated entries.
std::vector<std::string> SplitFileList(std::string_view list,
                                       bool nul_separated);

// A path made safe to put below --output-dir: lexically normalised, with the
// root and any ".." or "." components removed ("/a/../b/./c" -> "b/c").
std::string SafeRelativePath(std::string_view path);

// The output file name for an input's relative path: ".gz" then one of
// ".html", ".htm", ".xhtml" removed (case-insensitive), then `suffix` added.
// "a/page.html.gz" + ".json" -> "a/page.json"; "x.php" -> "x.php.json".
std::string OutputRelativePath(std::string_view relative,
                               std::string_view suffix);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_INPUTS_H_

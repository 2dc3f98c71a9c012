// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// One input of a run, start to finish: read (gunzip), extract (within the
// time budget, Options::timeout_seconds), render, and under --output-dir
// write the file. Runs on a worker thread; everything it needs is in
// PageJob, which is shared read-only.

#ifndef ARTEXT_CLI_PAGE_H_
#define ARTEXT_CLI_PAGE_H_

#include <string>
#include <vector>

#include "artext/options.h"
#include "artext/output.h"
#include "cli/inputs.h"

namespace artext::cli {

struct PageJob {
  Options options;
  OutputOptions output_options;
  Format format = Format::kJson;  // as rendered (kJsonl in JSON Lines runs)
  bool add_source = false;        // JSON: put "source" first in the record
  bool skip_existing = false;     // skip inputs whose output file exists
};

enum class PageOutcome { kArticle, kNotArticle, kFailed, kSkipped };

struct PageResult {
  PageOutcome outcome = PageOutcome::kFailed;
  // The rendered article; with --output-dir it has already been written to
  // output_path and this is empty.
  std::string output;
  std::string error;               // the reason, when kFailed
  std::vector<std::string> debug;  // --debug notes, for non-JSON formats
};

// Processes one input. output_path is empty unless the result goes to a file
// of its own (--output-dir). Never throws.
PageResult ProcessPage(const Input& input, const std::string& output_path,
                       const PageJob& job);

// The JSON Lines error record {"source":...,"error":...}, newline-terminated.
std::string ErrorRecord(const std::string& source, const std::string& error);

// Puts "source" as the first key of a rendered compact JSON object.
std::string AddSource(const std::string& source, const std::string& json);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_PAGE_H_

// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The extraction command: enumerate the inputs, process them in parallel,
// and deliver the results in input order to stdout, one -o file or one file
// per input under --output-dir. Every page (an HTML file, an HTML record of
// a WARC file, a line of a JSON Lines stream) ends as exactly one output or
// one error (a JSON Lines record, or an "artext: SOURCE: reason" line).

#ifndef ARTEXT_CLI_RUN_H_
#define ARTEXT_CLI_RUN_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "artext/options.h"
#include "artext/output.h"
#include "cli/format.h"
#include "cli/input_format.h"
#include "cli/inputs.h"
#include "cli/memory_budget.h"

namespace artext::cli {

struct RunConfig {
  InputSpec inputs;
  InputFormat input_format = InputFormat::kAuto;  // --input-format
  Format format = Format::kJson;
  std::string output_file;  // -o; empty: stdout
  std::string output_dir;   // --output-dir; empty: a single stream
  int jobs = 0;             // 0: one per core
  bool quiet = false;
  bool fail_fast = false;
  bool skip_existing = false;
  bool articles_only = false;  // --articles-only
  double timeout_seconds = 0;
  uint64_t max_memory = kDefaultMaxMemory;  // --max-memory; 0: no budget
  Options options;
  OutputOptions output_options;
};

// Results in flight per worker thread. Four keeps every thread busy while
// the in-order sink waits on one slow page, at a memory cost of a few
// rendered articles per thread.
inline constexpr size_t kWindowPerJob = 4;

// Runs the command; returns the process exit status (cli/exit_status.h).
int RunExtract(const RunConfig& config);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_RUN_H_

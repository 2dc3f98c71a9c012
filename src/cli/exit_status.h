// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Process exit codes, documented in `artext --help` and the README.

#ifndef ARTEXT_CLI_EXIT_STATUS_H_
#define ARTEXT_CLI_EXIT_STATUS_H_

namespace artext::cli {

enum ExitStatus {
  kExitSuccess = 0,  // every input was extracted (articles or not)
  kExitFailure = 1,  // at least one input could not be processed
  kExitUsage = 2,    // bad command line
  // 128 + the signal number, as shells report a process killed by it, for
  // a run stopped early by SIGINT (130) or SIGTERM (143).
  kExitSignalBase = 128,
};

}  // namespace artext::cli

#endif  // ARTEXT_CLI_EXIT_STATUS_H_

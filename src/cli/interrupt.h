// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Graceful Ctrl-C for batch runs: the first SIGINT or SIGTERM only asks the
// run to stop (pages in flight finish, their files are completed or removed,
// the -o file is abandoned, the summary is printed); a second one kills at
// once, since the handler resets itself.
//
// The flag the handler sets is the CLI's one piece of global mutable state:
// a signal handler can reach nothing else.

#ifndef ARTEXT_CLI_INTERRUPT_H_
#define ARTEXT_CLI_INTERRUPT_H_

namespace artext::cli {

// Installs the handlers; call once, from the main thread.
void InstallInterruptHandlers();

// The signal that asked to stop, or 0.
int InterruptSignal();

}  // namespace artext::cli

#endif  // ARTEXT_CLI_INTERRUPT_H_

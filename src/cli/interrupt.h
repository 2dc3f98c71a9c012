// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Graceful Ctrl-C for batch runs: the first SIGINT or SIGTERM only asks the
// run to stop (pages in flight finish, their files are completed or removed,
// the -o file is abandoned, the summary is printed); a second one kills at
// once, since the handler resets itself.
//
// The flag the handler sets (and the pipe it writes to) is the CLI's one
// piece of global mutable state: a signal handler can reach nothing else.

#ifndef ARTEXT_CLI_INTERRUPT_H_
#define ARTEXT_CLI_INTERRUPT_H_

namespace artext::cli {

// Installs the handlers; call once, from the main thread.
void InstallInterruptHandlers();

// The signal that asked to stop, or 0.
int InterruptSignal();

// A descriptor that becomes readable once a stop is asked for, or -1
// before InstallInterruptHandlers: a read waiting on stdin polls it beside
// its own (io::FdSource::StopWhenReadable), as the signal may be delivered
// to another thread and a restarted read(2) would wait on.
int InterruptWakeFd();

}  // namespace artext::cli

#endif  // ARTEXT_CLI_INTERRUPT_H_

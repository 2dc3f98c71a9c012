// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Process exit codes, documented in `artext --help` and the README, and the
// one way the command line reports errors on the way to them:
//
//   - A function that can fail returns artext::Status (include/artext/
//     status.h), or io::IoStatus (io/io_status.h) when it does I/O, which
//     the library has no code for, and writes its result through an
//     out-parameter, as the library does: IoStatus ReadFile(path, max,
//     &bytes). The message is the bare reason ("No such file or
//     directory"); whoever knows the subject (a path, "file@offset") puts it
//     in front. The CLI prints a library Status with ErrorText (cli/page.h),
//     which names the flag that set a limit.
//   - Only the top of a command (main.cc, RunExtract in run.cc, RunCheck in
//     check.cc) prints, as "artext: SUBJECT: reason" on stderr or as a JSON
//     Lines error record, and turns the outcome into an ExitStatus.
//   - Streams read piece by piece (io::ByteSource::Read, LineReader::Next,
//     warc::Reader::Next) return what they read and set a std::string* err
//     beside it: a read can both deliver data and report damage, which a
//     Status alone cannot carry.

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

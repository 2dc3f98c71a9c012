// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Output files that appear whole or not at all. Data goes to a hidden
// temporary file in the destination's directory (so the final rename stays
// on one filesystem and is atomic); Commit() renames it over the destination.
// A run killed at any moment leaves either the old file or the complete new
// one, never a truncated one (at worst a stale ".artext-*.tmp" file, which
// no output name can collide with). There is no fsync: this guards against a
// killed process, not a power cut.
//
// Destinations that are not regular files (/dev/stdout, /dev/full, a pipe)
// cannot be renamed over; they are written directly and errors reported.

#ifndef ARTEXT_CLI_WRITER_H_
#define ARTEXT_CLI_WRITER_H_

#include <string>
#include <string_view>

#include "io/io_status.h"

namespace artext::cli {

class AtomicFile {
 public:
  AtomicFile() = default;
  // Abandons (deletes) the temporary file unless Commit() succeeded.
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Creates missing parent directories when make_parents is true.
  io::IoStatus Open(const std::string& path, bool make_parents);
  io::IoStatus Append(std::string_view data);
  // Flushes, closes and renames into place. After an error the destination
  // is untouched and the temporary file is gone.
  io::IoStatus Commit();
  // Deletes the temporary file; the destination is untouched.
  void Abandon();

 private:
  std::string path_;
  std::string temp_path_;  // empty when writing the destination directly
  int fd_ = -1;
};

// Open + Append + Commit.
io::IoStatus WriteFileAtomically(const std::string& path,
                                 std::string_view data, bool make_parents);

// Writes all of `data` to a descriptor, retrying short writes and EINTR.
io::IoStatus WriteAll(int fd, std::string_view data);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_WRITER_H_

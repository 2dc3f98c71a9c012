// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// ByteSource: a minimal pull interface for reading a byte stream in pieces,
// so that readers of large inputs (WARC files, stdin) hold only a bounded
// window in memory. Implementations: FdSource (a file descriptor, e.g. a file
// or stdin), StringSource (an in-memory string, for tests) and GzipSource
// (gzip_source.h, transparent decompression of another source).
//
// Thread safety: a ByteSource is stateful; use one from one thread at a time.

#ifndef ARTEXT_IO_BYTE_SOURCE_H_
#define ARTEXT_IO_BYTE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace artext::io {

class ByteSource {
 public:
  virtual ~ByteSource() = default;

  // Reads up to `n` bytes into `buf` and returns how many were read. A return
  // of 0 means the end of the input when *err is left empty, and an error
  // when *err is set. After an error a source may be read again: it either
  // continues past the damage (GzipSource skips to the next gzip member) or
  // reports the end of the input.
  // REQUIRES: n > 0, buf and err non-null, err->empty().
  virtual size_t Read(char* buf, size_t n, std::string* err) = 0;
};

// Reads a file descriptor (a regular file, a pipe, stdin). Retries reads
// interrupted by signals. The one place artext reads files: ReadFile
// (read_file.h) reads a whole page through it, the WARC and JSON Lines
// readers stream through it.
class FdSource : public ByteSource {
 public:
  // Reads `fd` from its current position. Closes it on destruction only when
  // `owns_fd` is true (so FdSource(0) reads stdin without closing it).
  explicit FdSource(int fd, bool owns_fd = false);
  ~FdSource() override;
  FdSource(const FdSource&) = delete;
  FdSource& operator=(const FdSource&) = delete;

  // Opens `path` for reading. Returns null and sets *err to the system's
  // reason when it cannot ("No such file or directory"); callers name the
  // path themselves. Never waits in open(2): a FIFO without a writer opens
  // at once and reads as empty.
  static std::unique_ptr<FdSource> Open(const std::string& path,
                                        std::string* err);

  size_t Read(char* buf, size_t n, std::string* err) override;

  // From now on Read stops with the error "interrupted" as soon as
  // `wake_fd` is readable, even while it waits for data that has not come
  // (stdin fed by a pipe). -1: never.
  void StopWhenReadable(int wake_fd) { wake_fd_ = wake_fd; }

  // What fstat(2) says of the descriptor: whether it is a directory (which
  // open(2) accepts but read(2) refuses), and a regular file's size (0 for
  // anything else: a pipe, a terminal, or when fstat fails).
  bool IsDirectory() const;
  uint64_t RegularFileSize() const;

 private:
  int fd_;
  bool owns_fd_;
  int wake_fd_ = -1;
};

// Serves an in-memory string, optionally in pieces of at most `max_piece`
// bytes so that tests can exercise every boundary a real stream may split.
class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string data, size_t max_piece = SIZE_MAX);

  size_t Read(char* buf, size_t n, std::string* err) override;

 private:
  std::string data_;
  size_t pos_ = 0;
  size_t max_piece_;
};

}  // namespace artext::io

#endif  // ARTEXT_IO_BYTE_SOURCE_H_

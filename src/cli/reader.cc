// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include "cli/gunzip.h"

namespace artext::cli {
namespace {

constexpr size_t kReadChunkBytes = 256 * 1024;

// Closes the descriptor it owns (not stdin's).
class Fd {
 public:
  explicit Fd(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~Fd() {
    if (owned_ && fd_ >= 0) close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
  bool owned_;
};

Status Errno(const char* what, int e) {
  return Status::IoError(std::string(what) + std::strerror(e));
}

// Reads until EOF, at most `limit` bytes (one more than the caller's limit,
// so that "too large" can be told apart from "exactly the limit").
// `size_hint` is the file's size when known: the first read then asks for
// all of it plus one byte (to see EOF), so a regular file is read with one
// allocation instead of a chain of growing copies.
Status ReadFd(int fd, size_t limit, size_t size_hint, std::string* out) {
  size_t filled = 0;
  out->resize(std::min(limit, size_hint > 0 ? size_hint + 1 : kReadChunkBytes));
  for (;;) {
    if (filled == out->size()) {
      if (filled >= limit) break;
      // Unknown size (a pipe) or a file that grew: grow geometrically.
      out->resize(std::min(limit, filled + std::max(kReadChunkBytes, filled / 2)));
    }
    ssize_t n = read(fd, out->data() + filled, out->size() - filled);
    if (n < 0) {
      if (errno == EINTR) continue;
      out->resize(filled);
      return Errno("read failed: ", errno);
    }
    if (n == 0) break;
    filled += static_cast<size_t>(n);
  }
  out->resize(filled);
  return Status::Ok();
}

}  // namespace

Status ReadInput(const std::string& path, size_t max_bytes, std::string* out) {
  bool is_stdin = path == "-";
  int raw = is_stdin ? STDIN_FILENO : open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (raw < 0) return Errno("", errno);
  Fd fd(raw, !is_stdin);
  struct stat st;
  size_t size_hint = 0;
  if (fstat(fd.get(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return Status::IoError("is a directory");
    // A regular file's size is known: reject a huge one without reading it
    // (a compressed file larger than the limit is rejected below anyway).
    if (S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) > max_bytes) {
      return Status::TooLarge("input is " + std::to_string(st.st_size) +
                              " bytes; the limit is " +
                              std::to_string(max_bytes) + " (--max-bytes)");
    }
    if (S_ISREG(st.st_mode) && st.st_size > 0) size_hint = st.st_size;
  }
  // A compressed file may legitimately be smaller than the limit and expand
  // past it; the raw read is capped at limit + 1 and gzip checks again.
  size_t limit = max_bytes == SIZE_MAX ? max_bytes : max_bytes + 1;
  std::string raw_bytes;
  Status s = ReadFd(fd.get(), limit, size_hint, &raw_bytes);
  if (!s.ok()) return s;
  if (LooksGzipped(raw_bytes)) {
    if (raw_bytes.size() > max_bytes) {
      return Status::TooLarge("compressed input exceeds " +
                              std::to_string(max_bytes) + " bytes (--max-bytes)");
    }
    return Gunzip(raw_bytes, max_bytes, out);
  }
  if (raw_bytes.size() > max_bytes) {
    return Status::TooLarge("input exceeds " + std::to_string(max_bytes) +
                            " bytes (--max-bytes)");
  }
  *out = std::move(raw_bytes);
  return Status::Ok();
}

}  // namespace artext::cli

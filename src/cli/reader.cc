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
Status ReadFd(int fd, size_t limit, std::string* out) {
  out->clear();
  while (out->size() < limit) {
    size_t old_size = out->size();
    size_t want = std::min(kReadChunkBytes, limit - old_size);
    out->resize(old_size + want);
    ssize_t n = read(fd, out->data() + old_size, want);
    if (n < 0) {
      out->resize(old_size);
      if (errno == EINTR) continue;
      return Errno("read failed: ", errno);
    }
    out->resize(old_size + static_cast<size_t>(n));
    if (n == 0) break;
  }
  return Status::Ok();
}

}  // namespace

Status ReadInput(const std::string& path, size_t max_bytes, std::string* out) {
  bool is_stdin = path == "-";
  int raw = is_stdin ? STDIN_FILENO : open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (raw < 0) return Errno("", errno);
  Fd fd(raw, !is_stdin);
  struct stat st;
  if (fstat(fd.get(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return Status::IoError("is a directory");
    // A regular file's size is known: reject a huge one without reading it
    // (a compressed file larger than the limit is rejected below anyway).
    if (S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) > max_bytes) {
      return Status::TooLarge("input is " + std::to_string(st.st_size) +
                              " bytes; the limit is " +
                              std::to_string(max_bytes) + " (--max-bytes)");
    }
  }
  // A compressed file may legitimately be smaller than the limit and expand
  // past it; the raw read is capped at limit + 1 and gzip checks again.
  size_t limit = max_bytes == SIZE_MAX ? max_bytes : max_bytes + 1;
  std::string raw_bytes;
  Status s = ReadFd(fd.get(), limit, &raw_bytes);
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

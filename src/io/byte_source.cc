// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "io/byte_source.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace artext::io {

FdSource::FdSource(int fd, bool owns_fd) : fd_(fd), owns_fd_(owns_fd) {}

FdSource::~FdSource() {
  if (owns_fd_ && fd_ >= 0) close(fd_);
}

std::unique_ptr<FdSource> FdSource::Open(const std::string& path,
                                         std::string* err) {
  // O_NONBLOCK: opening a FIFO that no process writes would wait for a
  // writer forever (issue 16, row 11). Opened this way it reads as empty
  // when there is none; the flag is then cleared, so a pipe with a writer
  // (a shell's <(...)) is read as usual.
  int fd;
  do {
    fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    *err = std::strerror(errno);
    return nullptr;
  }
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0) {
    *err = std::strerror(errno);
    close(fd);
    return nullptr;
  }
  return std::make_unique<FdSource>(fd, /*owns_fd=*/true);
}

size_t FdSource::Read(char* buf, size_t n, std::string* err) {
  while (wake_fd_ >= 0) {
    pollfd fds[2] = {{fd_, POLLIN, 0}, {wake_fd_, POLLIN, 0}};
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;  // the wake descriptor tells why
      break;                         // read(2) will report the problem
    }
    if (fds[1].revents != 0) {
      *err = "interrupted";
      return 0;
    }
    if (fds[0].revents != 0) break;
  }
  while (true) {
    ssize_t got = read(fd_, buf, n);
    if (got >= 0) return static_cast<size_t>(got);
    if (errno == EINTR) continue;
    *err = std::string("read failed: ") + std::strerror(errno);
    return 0;
  }
}

bool FdSource::IsDirectory() const {
  struct stat st;
  return fstat(fd_, &st) == 0 && S_ISDIR(st.st_mode);
}

uint64_t FdSource::RegularFileSize() const {
  struct stat st;
  if (fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < 0) return 0;
  return static_cast<uint64_t>(st.st_size);
}

StringSource::StringSource(std::string data, size_t max_piece)
    : data_(std::move(data)), max_piece_(std::max<size_t>(max_piece, 1)) {}

size_t StringSource::Read(char* buf, size_t n, std::string* /*err*/) {
  size_t count = std::min({n, max_piece_, data_.size() - pos_});
  std::memcpy(buf, data_.data() + pos_, count);
  pos_ += count;
  return count;
}

}  // namespace artext::io

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/writer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <functional>
#include <thread>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace artext::cli {
namespace {

io::IoStatus Errno(const std::string& what, int e) {
  return io::IoStatus::Error(what + ": " + std::strerror(e));
}

// A temporary name unlikely to exist: pid, thread and time. Open() retries
// with O_EXCL on the rare collision. Creating with open(0666) rather than
// mkstemp (0600) lets the umask give new files their usual permissions.
// The name has a fixed length (at most 46 bytes) whatever the destination's:
// any name that fits the directory's limit (NAME_MAX, 255 bytes) then has a
// temporary that fits too, which ".NAME.tmp-..." did not for names over 224
// bytes (issue 16, row 13). It is hidden and ends in ".tmp", a suffix no
// output has, so a stale one never collides with an output.
std::string TempName(const std::filesystem::path& dest, unsigned attempt) {
  size_t thread = std::hash<std::thread::id>()(std::this_thread::get_id());
  auto now = std::chrono::steady_clock::now().time_since_epoch().count();
  char name[64];
  std::snprintf(name, sizeof name, ".artext-%ld-%zx-%llx-%u.tmp",
                static_cast<long>(getpid()), thread & 0xffffff,
                static_cast<unsigned long long>(now) & 0xffffffffULL,
                attempt % 1000);
  return (dest.parent_path() / name).string();
}

// How many temporary names to try before giving up.
constexpr unsigned kTempAttempts = 100;

}  // namespace

AtomicFile::~AtomicFile() { Abandon(); }

io::IoStatus AtomicFile::Open(const std::string& path, bool make_parents) {
  Abandon();
  path_ = path;
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) {
      return io::IoStatus::Error(path + ": is a directory");
    }
    fd_ = open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) return Errno(path, errno);
    return Status::Ok();
  }
  std::filesystem::path p(path);
  std::filesystem::path dir = p.parent_path();
  if (make_parents && !dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return io::IoStatus::Error(dir.string() + ": " + ec.message());
  }
  for (unsigned attempt = 0; attempt < kTempAttempts; ++attempt) {
    std::string temp = TempName(p, attempt);
    fd_ = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd_ >= 0) {
      temp_path_ = temp;
      return Status::Ok();
    }
    if (errno != EEXIST) return Errno(path, errno);
  }
  return io::IoStatus::Error(path + ": cannot create a temporary file");
}

io::IoStatus AtomicFile::Append(std::string_view data) {
  if (fd_ < 0) return Status::Internal("AtomicFile::Append before Open");
  io::IoStatus s = WriteAll(fd_, data);
  if (!s.ok()) return io::IoStatus::Error(path_ + ": " + s.message());
  return s;
}

io::IoStatus AtomicFile::Commit() {
  if (fd_ < 0) return Status::Internal("AtomicFile::Commit before Open");
  int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) {
    int e = errno;
    if (!temp_path_.empty()) unlink(temp_path_.c_str());
    temp_path_.clear();
    return Errno(path_, e);
  }
  if (temp_path_.empty()) return Status::Ok();
  if (rename(temp_path_.c_str(), path_.c_str()) != 0) {
    int e = errno;
    unlink(temp_path_.c_str());
    temp_path_.clear();
    return Errno(path_, e);
  }
  temp_path_.clear();
  return Status::Ok();
}

void AtomicFile::Abandon() {
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
  if (!temp_path_.empty()) unlink(temp_path_.c_str());
  temp_path_.clear();
}

io::IoStatus WriteFileAtomically(const std::string& path,
                                 std::string_view data, bool make_parents) {
  AtomicFile file;
  io::IoStatus s = file.Open(path, make_parents);
  if (s.ok()) s = file.Append(data);
  if (s.ok()) s = file.Commit();
  return s;
}

io::IoStatus WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return io::IoStatus::Error(std::strerror(errno));
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

}  // namespace artext::cli

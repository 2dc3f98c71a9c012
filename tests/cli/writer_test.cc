// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/writer.h"

#include <sys/stat.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "cli/temp_dir.h"

namespace artext::cli {
namespace {

size_t FileCount(const std::string& dir) {
  size_t n = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    n += e.is_regular_file();
  }
  return n;
}

TEST(AtomicFile, AppearsOnlyOnCommit) {
  TempDir dir;
  std::string path = dir / "sub/out.json";
  AtomicFile f;
  ASSERT_TRUE(f.Open(path, /*make_parents=*/true).ok());
  ASSERT_TRUE(f.Append("{\"a\":").ok());
  ASSERT_TRUE(f.Append("1}\n").ok());
  EXPECT_FALSE(std::filesystem::exists(path));
  EXPECT_EQ(FileCount(dir.path()), 1u);  // the hidden temporary
  ASSERT_TRUE(f.Commit().ok());
  EXPECT_EQ(ReadFile(path), "{\"a\":1}\n");
  EXPECT_EQ(FileCount(dir.path()), 1u);
}

TEST(AtomicFile, ANameThatFitsHasATemporaryThatFits) {
  // 255 bytes is NAME_MAX on Linux filesystems; the temporary used to add
  // 31 bytes to the name and failed with "File name too long".
  TempDir dir;
  std::string name(250, 'n');
  std::string path = dir / (name + ".json");
  ASSERT_TRUE(WriteFileAtomically(path, "{}", /*make_parents=*/false).ok());
  EXPECT_EQ(ReadFile(path), "{}");
  EXPECT_EQ(FileCount(dir.path()), 1u);
}

TEST(AtomicFile, AbandonLeavesTheOldFileAndNoTemporary) {
  TempDir dir;
  std::string path = dir.Write("out.txt", "old");
  {
    AtomicFile f;
    ASSERT_TRUE(f.Open(path, false).ok());
    ASSERT_TRUE(f.Append("new but unfinished").ok());
  }  // destroyed without Commit, as when a run fails
  EXPECT_EQ(ReadFile(path), "old");
  EXPECT_EQ(FileCount(dir.path()), 1u);
}

TEST(AtomicFile, NewFilesFollowTheUmask) {
  TempDir dir;
  std::string path = dir / "perm.txt";
  ASSERT_TRUE(WriteFileAtomically(path, "x", false).ok());
  struct stat st;
  ASSERT_EQ(stat(path.c_str(), &st), 0);
  mode_t mask = umask(022);
  umask(mask);
  EXPECT_EQ(st.st_mode & 0777, 0666 & ~mask);
}

TEST(AtomicFile, DeviceWriteErrorsAreReported) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  io::IoStatus s = WriteFileAtomically("/dev/full", "data", false);
  EXPECT_TRUE(s.io_error());
  EXPECT_NE(s.message().find("/dev/full"), std::string::npos);
}

TEST(AtomicFile, MissingDirectoryWithoutMakeParentsFails) {
  TempDir dir;
  EXPECT_FALSE(WriteFileAtomically(dir / "no/such/dir/x", "x", false).ok());
  EXPECT_TRUE(WriteFileAtomically(dir / "no/such/dir/x", "x", true).ok());
}

}  // namespace
}  // namespace artext::cli

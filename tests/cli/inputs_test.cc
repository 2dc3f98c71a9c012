// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/inputs.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "cli/temp_dir.h"

namespace artext::cli {
namespace {

std::vector<std::string> Relatives(const std::vector<Input>& inputs) {
  std::vector<std::string> out;
  for (const Input& in : inputs) out.push_back(in.relative);
  return out;
}

TEST(MatchesGlobs, DefaultsTakeHtmlHtmXhtmlAndTheirGzip) {
  EXPECT_TRUE(MatchesGlobs("a.html", {}));
  EXPECT_TRUE(MatchesGlobs("a.HTM", {}));
  EXPECT_TRUE(MatchesGlobs("a.xhtml.gz", {}));
  EXPECT_FALSE(MatchesGlobs("a.txt", {}));
  EXPECT_FALSE(MatchesGlobs("a.gz", {}));
  EXPECT_FALSE(MatchesGlobs("a.html.bak", {}));
}

TEST(MatchesGlobs, CustomPatternsReplaceTheDefaults) {
  std::vector<std::string> globs = {"*.php", "page-?"};
  EXPECT_TRUE(MatchesGlobs("x.php", globs));
  EXPECT_TRUE(MatchesGlobs("x.php.gz", globs));
  EXPECT_TRUE(MatchesGlobs("page-1", globs));
  EXPECT_FALSE(MatchesGlobs("x.html", globs));
}

TEST(SplitFileList, LinesAndNulEntries) {
  EXPECT_EQ(SplitFileList("a.html\r\n\nb c.html\n", false),
            (std::vector<std::string>{"a.html", "b c.html"}));
  EXPECT_EQ(SplitFileList(std::string("a\nb\0c", 5), true),
            (std::vector<std::string>{"a\nb", "c"}));
}

TEST(SafeRelativePath, DropsRootDotsAndParents) {
  EXPECT_EQ(SafeRelativePath("/a/../b/./c.html"), "a/b/c.html");
  EXPECT_EQ(SafeRelativePath("../../x.html"), "x.html");
  EXPECT_EQ(SafeRelativePath(".."), "input");
}

TEST(OutputRelativePath, ReplacesHtmlAndGzSuffixes) {
  EXPECT_EQ(OutputRelativePath("a/page.html.gz", ".json"), "a/page.json");
  EXPECT_EQ(OutputRelativePath("page.HTM", ".md"), "page.md");
  EXPECT_EQ(OutputRelativePath("page.xhtml", ".txt"), "page.txt");
  EXPECT_EQ(OutputRelativePath("x.php", ".json"), "x.php.json");
  EXPECT_EQ(OutputRelativePath("a/.html", ".json"), "a/.html.json");
}

TEST(EnumerateInputs, NoOperandsMeansStdin) {
  std::vector<Input> inputs;
  ASSERT_TRUE(EnumerateInputs({}, &inputs).ok());
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(inputs[0].path, "-");
}

TEST(EnumerateInputs, WalksDirectoriesSortedAndFiltered) {
  TempDir dir;
  dir.Write("site/b.html", "x");
  dir.Write("site/a/z.htm.gz", "x");
  dir.Write("site/a/notes.txt", "x");
  dir.Write("site/c.xhtml", "x");
  InputSpec spec;
  spec.operands = {dir / "site"};
  std::vector<Input> inputs;
  ASSERT_TRUE(EnumerateInputs(spec, &inputs).ok());
  EXPECT_EQ(Relatives(inputs),
            (std::vector<std::string>{"a/z.htm.gz", "b.html", "c.xhtml"}));
  for (const Input& in : inputs) EXPECT_EQ(in.error, "") << in.path;
}

TEST(EnumerateInputs, ProblemsBecomeErrorInputsInOrder) {
  TempDir dir;
  dir.Write("t/a.html", "x");
  std::filesystem::create_symlink(".", dir / "t/loop");
  std::filesystem::create_symlink("self.html", dir / "t/self.html");
  std::filesystem::create_symlink("gone.html", dir / "t/dangling.html");
  std::filesystem::create_symlink("gone", dir / "t/ignored-dangling");
  InputSpec spec;
  spec.operands = {dir / "t", dir / "missing.html"};
  std::vector<Input> inputs;
  ASSERT_TRUE(EnumerateInputs(spec, &inputs).ok());
  ASSERT_EQ(inputs.size(), 5u);
  EXPECT_EQ(inputs[0].relative, "a.html");
  EXPECT_EQ(inputs[0].error, "");
  EXPECT_EQ(inputs[1].relative, "dangling.html");
  EXPECT_NE(inputs[1].error.find("dangling"), std::string::npos);
  EXPECT_EQ(inputs[2].relative, "loop");
  EXPECT_NE(inputs[2].error.find("symlink loop"), std::string::npos);
  EXPECT_EQ(inputs[3].relative, "self.html");
  EXPECT_NE(inputs[3].error.find("symlink loop"), std::string::npos);
  EXPECT_NE(inputs[4].error.find("No such file"), std::string::npos);
}

TEST(EnumerateInputs, FilesFromTreatsDirectoriesAsErrors) {
  TempDir dir;
  std::string page = dir.Write("p.html", "x");
  std::string list = dir.Write("list", page + "\n" + dir.path() + "\n");
  InputSpec spec;
  spec.files_from = list;
  std::vector<Input> inputs;
  ASSERT_TRUE(EnumerateInputs(spec, &inputs).ok());
  ASSERT_EQ(inputs.size(), 2u);
  EXPECT_EQ(inputs[0].error, "");
  EXPECT_EQ(inputs[0].relative, SafeRelativePath(page));
  EXPECT_EQ(inputs[1].error, "is a directory");
}

TEST(EnumerateInputs, FilesFromRefusesAFifoWithoutOpeningIt) {
  TempDir dir;
  std::string fifo = dir / "fifo.html";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::string page = dir.Write("p.html", "x");
  std::string list = dir.Write("list", fifo + "\n" + page + "\n");
  InputSpec spec;
  spec.files_from = list;
  std::vector<Input> inputs;
  ASSERT_TRUE(EnumerateInputs(spec, &inputs).ok());  // would block on open
  ASSERT_EQ(inputs.size(), 2u);
  EXPECT_EQ(inputs[0].error, "not a regular file (a FIFO)");
  EXPECT_EQ(inputs[1].error, "");
}

TEST(EnumerateInputs, EachRealDirectoryIsWalkedOnce) {
  // l_i/x and l_i/y both link to l_{i-1}: 2^12 paths lead to l_0, but
  // there are 13 directories and 13 pages.
  TempDir dir;
  const int n = 12;
  for (int i = 0; i <= n; ++i) {
    std::string l = "l_" + std::to_string(i);
    dir.Write(l + "/p.html", "x");
    if (i == 0) continue;
    std::string target = "../l_" + std::to_string(i - 1);
    std::filesystem::create_directory_symlink(target, dir / (l + "/x"));
    std::filesystem::create_directory_symlink(target, dir / (l + "/y"));
  }
  InputSpec spec;
  spec.operands = {dir.path()};
  std::vector<Input> inputs;
  ASSERT_TRUE(EnumerateInputs(spec, &inputs).ok());
  EXPECT_EQ(inputs.size(), static_cast<size_t>(n + 1));
  for (const Input& in : inputs) EXPECT_EQ(in.error, "") << in.path;
}

TEST(EnumerateInputs, UnreadableListIsAnError) {
  InputSpec spec;
  spec.files_from = "/nonexistent/list";
  std::vector<Input> inputs;
  io::IoStatus s = EnumerateInputs(spec, &inputs);
  EXPECT_TRUE(s.io_error());
  EXPECT_EQ(s.message(),
            "/nonexistent/list: cannot read the list of files: "
            "No such file or directory");
}

}  // namespace
}  // namespace artext::cli

// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Replays every input kept in tests/regress/TARGET/ through the same property
// check as the fuzz target TARGET (fuzz/targets.h): the crashers, hangs and
// leaks fuzzing found (each fixed), and hand-made hostile inputs. Under the
// sanitizer build (ARTEXT_SANITIZE, run by CI) a regression is an ASan/UBSan
// report; in a plain build, a crash or a failed property.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../fuzz/targets.h"

namespace artext::fuzz {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> Inputs(const char* target) {
  std::vector<fs::path> files;
  fs::path dir = fs::path(ARTEXT_SOURCE_DIR) / "tests" / "regress" / target;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().filename() != "README.md") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

template <typename Check>
void Replay(const char* target, Check check) {
  const std::vector<fs::path> files = Inputs(target);
  EXPECT_FALSE(files.empty()) << "no inputs in tests/regress/" << target;
  for (const fs::path& f : files) {
    SCOPED_TRACE(f.filename().string());
    EXPECT_TRUE(check(Slurp(f)));
  }
}

TEST(Regress, Extract) { Replay("extract", CheckExtract); }
TEST(Regress, CharsetDecode) { Replay("charset_decode", CheckCharsetDecode); }
TEST(Regress, DateParse) { Replay("date_parse", CheckDateParse); }
TEST(Regress, BylineParse) { Replay("byline_parse", CheckBylineParse); }
TEST(Regress, JsonLines) { Replay("jsonl", CheckJsonLines); }
TEST(Regress, Warc) { Replay("warc", CheckWarc); }

}  // namespace
}  // namespace artext::fuzz

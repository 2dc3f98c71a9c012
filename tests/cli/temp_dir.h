// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// A fresh directory per test, removed afterwards.

#ifndef ARTEXT_TESTS_CLI_TEMP_DIR_H_
#define ARTEXT_TESTS_CLI_TEMP_DIR_H_

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace artext::cli {

class TempDir {
 public:
  TempDir() {
    const testing::TestInfo* info =
        testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("artext-" + std::to_string(getpid()) + "-" +
             (info ? std::string(info->test_suite_name()) + "." + info->name()
                   : std::string("test")));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string path() const { return path_.string(); }
  std::string operator/(std::string_view rel) const {
    return (path_ / rel).string();
  }
  // Writes a file (creating its directories) and returns its path.
  std::string Write(std::string_view rel, std::string_view data) const {
    std::filesystem::path p = path_ / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace artext::cli

#endif  // ARTEXT_TESTS_CLI_TEMP_DIR_H_

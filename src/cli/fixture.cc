// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/fixture.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "cli/inputs.h"

namespace artext::cli {
namespace {

namespace fs = std::filesystem;

// True if `path` is a regular file, after following any symlinks, whose
// real location is below `root` (itself a canonical path).
bool RegularFileWithin(const fs::path& root, const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return false;
  fs::path real = fs::canonical(path, ec);
  if (ec) return false;
  auto [root_end, real_it] =
      std::mismatch(root.begin(), root.end(), real.begin(), real.end());
  return root_end == root.end();
}

// `path` if it is a fixture file; "" if absent, and listed in *refused if
// it exists (as a symlink, dangling or not) but is not within `root`.
std::string IfWithin(const fs::path& root, const std::string& path,
                     std::vector<std::string>* refused) {
  if (RegularFileWithin(root, path)) return path;
  std::error_code ec;
  if (fs::exists(fs::symlink_status(path, ec))) refused->push_back(path);
  return std::string();
}

}  // namespace

std::vector<Fixture> FindFixtures(const std::string& dir, bool include_bare) {
  std::vector<std::string> pages;
  std::error_code ec;
  const fs::path real_root = fs::canonical(dir, ec);
  if (ec) return {};
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    if (!MatchesGlobs(p.filename().string(), {})) continue;
    if (RegularFileWithin(real_root, p.string())) pages.push_back(p.string());
  }
  std::sort(pages.begin(), pages.end());
  std::vector<Fixture> fixtures;
  std::string root = fs::path(dir).lexically_normal().string();
  for (const std::string& page : pages) {
    std::string stem = OutputRelativePath(page, "");
    Fixture f;
    f.html_path = page;
    f.stem = stem;
    f.name = fs::path(stem).lexically_relative(root).string();
    if (f.name.empty() || f.name == ".") f.name = stem;
    f.json_path = IfWithin(real_root, stem + ".expected.json", &f.refused);
    f.text_path = IfWithin(real_root, stem + ".expected.txt", &f.refused);
    f.markdown_path = IfWithin(real_root, stem + ".expected.md", &f.refused);
    if (include_bare || f.has_expectation() || !f.refused.empty()) fixtures.push_back(std::move(f));
  }
  return fixtures;
}

Status ApplyFixtureOptions(const nlohmann::json& fixture_options,
                           Options* options) {
  if (!fixture_options.is_object()) {
    return Status::InvalidArgument("\"options\" must be an object");
  }
  for (const auto& [key, value] : fixture_options.items()) {
    bool is_string = value.is_string();
    bool is_count = value.is_number_integer() && value.get<long long>() >= 0;
    if (key == "url" && is_string) {
      options->url = value.get<std::string>();
    } else if (key == "charset" && is_string) {
      options->charset = value.get<std::string>();
    } else if (key == "transport_charset" && is_string) {
      options->transport_charset = value.get<std::string>();
    } else if (key == "min_words" && is_count) {
      options->min_words = value.get<int>();
    } else if (key == "min_article_chars" && is_count) {
      options->min_article_chars = value.get<int>();
    } else if (key == "max_nesting_depth" && is_count) {
      options->max_nesting_depth = value.get<int>();
    } else if (key == "max_elements" && is_count) {
      options->max_elements = value.get<int>();
    } else if (key == "now_unix" && is_count) {
      options->now_unix = value.get<long long>();
    } else if (key == "trim_declared_titles" && value.is_boolean()) {
      options->trim_declared_titles = value.get<bool>();
    } else if (key == "max_input_bytes" && is_count) {
      options->max_input_bytes = value.get<size_t>();
    } else {
      return Status::InvalidArgument("unknown fixture option or wrong type: \"" +
                                     key + "\"");
    }
  }
  return Status::Ok();
}

}  // namespace artext::cli

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/fixture.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace artext::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kHtml = ".html";

std::string IfExists(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec) ? path : std::string();
}

}  // namespace

std::vector<Fixture> FindFixtures(const std::string& dir, bool include_bare) {
  std::vector<std::string> pages;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (name.size() <= kHtml.size() ||
        name.compare(name.size() - kHtml.size(), kHtml.size(), kHtml) != 0) {
      continue;
    }
    std::error_code type_ec;
    if (it->is_regular_file(type_ec)) pages.push_back(p.string());
  }
  std::sort(pages.begin(), pages.end());
  std::vector<Fixture> fixtures;
  std::string root = fs::path(dir).lexically_normal().string();
  for (const std::string& page : pages) {
    std::string stem = page.substr(0, page.size() - kHtml.size());
    Fixture f;
    f.html_path = page;
    f.name = fs::path(stem).lexically_relative(root).string();
    if (f.name.empty() || f.name == ".") f.name = stem;
    f.json_path = IfExists(stem + ".expected.json");
    f.text_path = IfExists(stem + ".expected.txt");
    f.markdown_path = IfExists(stem + ".expected.md");
    if (include_bare || f.has_expectation()) fixtures.push_back(std::move(f));
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

// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The command line: a thin CLI11 layer over artext::Extract.

#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "artext/extract.h"
#include "artext/output.h"
#include "cli/exit_status.h"

namespace {

bool ReadAll(const std::string& path, std::string* out, std::string* err) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *out = ss.str();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *err = "cannot open";
    return false;
  }
  out->assign(std::istreambuf_iterator<char>(in), {});
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"artext: extract the article from a saved news page"};
  std::vector<std::string> files;
  std::string format = "json";
  artext::Options options;
  app.add_option("FILE", files, "HTML files to read ('-' or none: stdin)");
  app.add_option("--url", options.url, "the page's address");
  app.add_option("-f,--format", format, "json|text|markdown|html")
      ->check(CLI::IsMember({"json", "jsonl", "text", "markdown", "html"}));
  app.add_option("--charset", options.charset, "force the input charset");
  app.set_version_flag("--version", artext::Version());
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? artext::cli::kExitSuccess : artext::cli::kExitUsage;
  }
  if (files.empty()) files.push_back("-");
  artext::Format fmt = format == "text" ? artext::Format::kText
                       : format == "markdown" ? artext::Format::kMarkdown
                       : format == "html" ? artext::Format::kHtml
                       : format == "jsonl" ? artext::Format::kJsonl
                                          : artext::Format::kJson;
  int status = artext::cli::kExitSuccess;
  for (const std::string& file : files) {
    std::string bytes, err;
    if (!ReadAll(file, &bytes, &err)) {
      std::cerr << "artext: " << file << ": " << err << "\n";
      status = artext::cli::kExitFailure;
      continue;
    }
    artext::Article article;
    artext::Status s = artext::Extract(bytes, options, &article);
    if (!s.ok()) {
      std::cerr << "artext: " << file << ": " << s.ToString() << "\n";
      status = artext::cli::kExitFailure;
      continue;
    }
    std::cout << artext::Render(article, fmt, {});
  }
  return status;
}

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/page.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include "cli/temp_dir.h"

namespace artext::cli {
namespace {

constexpr const char* kPage =
    "<html><head><title>T</title></head><body><article><h1>A headline</h1>"
    "<p>Some words in a paragraph that is here.</p></article></body></html>";

TEST(AddSource, PutsSourceFirst) {
  EXPECT_EQ(AddSource("a \"b\".html", "{\"x\":1}\n"),
            "{\"source\":\"a \\\"b\\\".html\",\"x\":1}\n");
  EXPECT_EQ(AddSource("s", "{}\n"), "{\"source\":\"s\"}\n");
}

TEST(ErrorRecord, IsOneJsonLine) {
  std::string r = ErrorRecord("p.html", "not HTML: binary", "not_html");
  ASSERT_EQ(r.back(), '\n');
  auto j = nlohmann::json::parse(r);
  EXPECT_EQ(j["source"], "p.html");
  EXPECT_EQ(j["error"], "not HTML: binary");
  EXPECT_EQ(j["error_kind"], "not_html");
  EXPECT_EQ(j["schema_version"], artext::kSchemaVersion);
}

TEST(ErrorKind, FromStatus) {
  EXPECT_STREQ(ErrorKind(Status::NotHtml("binary")), "not_html");
  EXPECT_STREQ(ErrorKind(Status::InputTooLarge("input", 1, 2)), "too_large");
  EXPECT_STREQ(ErrorKind(Status::Timeout("x")), "timeout");
}

// The library's messages name no flag; the command line adds its own.
TEST(ErrorText, NamesTheFlagThatSetTheLimit) {
  EXPECT_EQ(ErrorText(Status::InputTooLarge("input", 10, 20)),
            "too large: input is 20 bytes; the limit is 10 (--max-bytes)");
  EXPECT_EQ(ErrorText(Status::Timeout("over the 1 s budget")),
            "timeout: over the 1 s budget (--timeout)");
  EXPECT_EQ(ErrorText(Status::NotHtml("binary")), "not HTML: binary");
}

// An I/O error, which the library has no code for, is an "io" record whose
// error is the bare message.
TEST(ProcessPage, UnreadableFileIsAnIoError) {
  TempDir dir;
  Input in{dir.path() + "/missing.html", "missing.html", ""};
  PageResult r = ProcessPage(in, "", PageJob());
  EXPECT_EQ(r.outcome, PageOutcome::kFailed);
  EXPECT_EQ(r.error_kind, "io");
  EXPECT_EQ(r.error, "No such file or directory");
}

TEST(ProcessPage, RendersWithSource) {
  TempDir dir;
  Input in{dir.Write("p.html", kPage), "p.html", ""};
  PageJob job;
  job.format = Format::kJsonl;
  job.add_source = true;
  job.output_options.pretty = false;
  PageResult r = ProcessPage(in, "", job);
  ASSERT_NE(r.outcome, PageOutcome::kFailed) << r.error;
  auto j = nlohmann::json::parse(r.output);
  EXPECT_EQ(j["source"], in.path);
  EXPECT_EQ(j["headline"], "A headline");
  EXPECT_EQ(r.output.find('\n'), r.output.size() - 1);
}

TEST(ProcessPage, EnumerationAndReadErrorsAreFailures) {
  TempDir dir;
  PageJob job;
  EXPECT_EQ(ProcessPage({"x", "x", "symlink loop"}, "", job).error, "symlink loop");
  PageResult r = ProcessPage({dir / "none.html", "none.html", ""}, "", job);
  EXPECT_EQ(r.outcome, PageOutcome::kFailed);
  EXPECT_EQ(r.error, "No such file or directory");
}

TEST(ProcessPage, WritesOutputFileAndSkipsExisting) {
  TempDir dir;
  Input in{dir.Write("p.html", kPage), "p.html", ""};
  PageJob job;
  job.format = Format::kText;
  std::string out = dir / "out/p.txt";
  PageResult r = ProcessPage(in, out, job);
  ASSERT_NE(r.outcome, PageOutcome::kFailed) << r.error;
  EXPECT_TRUE(r.output.empty());
  EXPECT_NE(ReadFile(out).find("A headline"), std::string::npos);
  job.skip_existing = true;
  EXPECT_EQ(ProcessPage(in, out, job).outcome, PageOutcome::kSkipped);
}

TEST(ProcessPage, TooLargeInputFails) {
  TempDir dir;
  Input in{dir.Write("p.html", kPage), "p.html", ""};
  PageJob job;
  job.options.max_input_bytes = 10;
  PageResult r = ProcessPage(in, "", job);
  EXPECT_EQ(r.outcome, PageOutcome::kFailed);
  EXPECT_EQ(r.error.rfind("too large", 0), 0u) << r.error;
}

}  // namespace
}  // namespace artext::cli

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/record_input.h"

#include "cli/json_object.h"

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "testing/warc_builder.h"

namespace artext::cli {
namespace {

using artext::testing::HttpMessage;
using artext::testing::SampleRecords;
using artext::testing::WarcRecordSpec;

// A WARC record as the reader would return it for `spec`.
warc::Record ToRecord(const WarcRecordSpec& spec, uint64_t offset) {
  warc::Record rec;
  rec.type = spec.type;
  rec.record_id = "<urn:uuid:" + spec.id + ">";
  rec.target_uri = spec.target_uri;
  rec.date = "2024-03-01T12:00:00Z";
  rec.content_type = spec.content_type;
  rec.offset = offset;
  rec.block = spec.block;
  for (const std::string& line : spec.extra_headers) {
    size_t colon = line.find(':');
    rec.headers.emplace_back(line.substr(0, colon), line.substr(colon + 2));
  }
  return rec;
}

PageJob JsonlJob() {
  PageJob job;
  job.format = Format::kJsonl;
  job.add_source = true;
  job.output_options.pretty = false;
  return job;
}

TEST(ProcessWarcRecord, HtmlResponseBecomesALabelledArticle) {
  WarcRecordSpec spec = SampleRecords()[2];  // chunked, gzip, ISO-8859-1
  PageResult r = ProcessWarcRecord(ToRecord(spec, 1234), "crawl.warc.gz",
                                   JsonlJob());
  ASSERT_NE(r.outcome, PageOutcome::kFailed) << r.error;
  ASSERT_NE(r.outcome, PageOutcome::kNotHtml);
  nlohmann::json j = nlohmann::json::parse(r.output);
  EXPECT_EQ(j["source"], "crawl.warc.gz@1234");
  EXPECT_EQ(j["warc_record_id"],
            "<urn:uuid:00000000-0000-0000-0000-000000000003>");
  // The record's first keys, in this order, for readers that stream.
  EXPECT_EQ(r.output.rfind("{\"source\":\"crawl.warc.gz@1234\",\"warc_record_id\":", 0), 0u);
  EXPECT_EQ(j["url"], "https://news.example/2024/03/01/story.html");
  EXPECT_FALSE(j["headline"].is_null());
  // No date in the page, but one in its URL: that outranks the crawl time
  // (docs/metadata.md).
  EXPECT_EQ(j["date_published"], "2024-03-01");
  EXPECT_EQ(r.source, "crawl.warc.gz@1234");
}

// Issue 17: WARC-Date is the capture time, not a publication date: it is
// "capture_date", and a page that gives no date has date_published null.
TEST(ProcessWarcRecord, WarcDateIsTheCaptureDateNeverDatePublished) {
  WarcRecordSpec spec = SampleRecords()[2];
  spec.target_uri = "https://news.example/story.html";  // no date in the URL
  PageResult r = ProcessWarcRecord(ToRecord(spec, 0), "crawl.warc.gz",
                                   JsonlJob());
  ASSERT_NE(r.outcome, PageOutcome::kFailed) << r.error;
  nlohmann::json j = nlohmann::json::parse(r.output);
  EXPECT_TRUE(j["date_published"].is_null()) << j["date_published"];
  EXPECT_EQ(j["capture_date"], "2024-03-01T12:00:00Z");
  EXPECT_EQ(j["capture_url"], "https://news.example/story.html");
}

TEST(ProcessWarcRecord, TheHttpCharsetDecodesThePage) {
  // KOI8-R bytes for "Привет", which no <meta> declares: only the HTTP
  // header can say what they are.
  WarcRecordSpec spec{"response", "k", "https://x.example/k",
                      "application/http; msgtype=response",
                      HttpMessage(200, {"Content-Type: text/html; charset=KOI8-R"},
                                  "<html><body><h1>\xF0\xD2\xC9\xD7\xC5\xD4</h1>"
                                  "<p>x</p></body></html>"),
                      {}};
  PageResult r = ProcessWarcRecord(ToRecord(spec, 0), "a.warc", JsonlJob());
  ASSERT_NE(r.outcome, PageOutcome::kFailed) << r.error;
  nlohmann::json j = nlohmann::json::parse(r.output);
  EXPECT_EQ(j["encoding"], "koi8-r");
  EXPECT_EQ(j["headline"], "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");
}

TEST(ProcessWarcRecord, ThePagesOwnDateWinsOverWarcDate) {
  WarcRecordSpec spec{"response", "d", "https://x.example/a",
                      "application/http; msgtype=response",
                      HttpMessage(200, {"Content-Type: text/html"},
                                  "<html><head><meta property=\"article:published_time\" "
                                  "content=\"2020-05-06\"></head><body><p>x</p></body></html>"),
                      {}};
  PageResult r = ProcessWarcRecord(ToRecord(spec, 0), "a.warc", JsonlJob());
  ASSERT_NE(r.outcome, PageOutcome::kFailed) << r.error;
  nlohmann::json j = nlohmann::json::parse(r.output);
  EXPECT_EQ(j["date_published"].get<std::string>().substr(0, 10), "2020-05-06");
}

TEST(ProcessWarcRecord, RecordsWithoutHtmlAreSkipped) {
  auto records = SampleRecords();
  for (size_t i : {0, 1, 3, 4, 5}) {  // warcinfo, request, png, metadata, revisit
    PageResult r = ProcessWarcRecord(ToRecord(records[i], 0), "a.warc", JsonlJob());
    EXPECT_EQ(r.outcome, PageOutcome::kNotHtml) << records[i].type << " " << i;
    EXPECT_EQ(r.output, "");
  }
}

TEST(ProcessWarcRecord, ErrorStatusIsAnErrorWithTheRecordId) {
  WarcRecordSpec spec{"response", "e404", "https://x.example/missing",
                      "application/http; msgtype=response",
                      HttpMessage(404, {"Content-Type: text/html"},
                                  "<html><body>Not found</body></html>"),
                      {}};
  PageResult r = ProcessWarcRecord(ToRecord(spec, 77), "-", JsonlJob());
  EXPECT_EQ(r.outcome, PageOutcome::kFailed);
  EXPECT_EQ(r.error, "HTTP status 404");
  EXPECT_EQ(r.source, "stdin@77");
  EXPECT_EQ(r.warc_record_id, "<urn:uuid:e404>");
  EXPECT_EQ(r.error_kind, "http_status");
  EXPECT_EQ(ErrorRecord(r.source, r.error, r.error_kind, r.warc_record_id),
            "{\"source\":\"stdin@77\",\"warc_record_id\":\"<urn:uuid:e404>\","
            "\"error\":\"HTTP status 404\",\"error_kind\":\"http_status\","
            "\"schema_version\":1}\n");
}

TEST(ProcessWarcRecord, UndecodableBodyIsAnError) {
  WarcRecordSpec spec{"response", "br", "https://x.example/b",
                      "application/http; msgtype=response",
                      HttpMessage(200, {"Content-Type: text/html",
                                        "Content-Encoding: br"},
                                  "\x0b\x02\x80"),
                      {}};
  PageResult r = ProcessWarcRecord(ToRecord(spec, 0), "a.warc", JsonlJob());
  EXPECT_EQ(r.outcome, PageOutcome::kFailed);
  EXPECT_NE(r.error.find("WARC record"), std::string::npos) << r.error;
  EXPECT_EQ(r.warc_record_id, "<urn:uuid:br>");
}

TEST(ProcessWarcRecord, TheCommandLineUrlWinsOverTheArchives) {
  PageJob job = JsonlJob();
  job.options.url = "https://override.example/";
  PageResult r = ProcessWarcRecord(ToRecord(SampleRecords()[2], 0), "a.warc", job);
  ASSERT_NE(r.outcome, PageOutcome::kFailed) << r.error;
  EXPECT_EQ(nlohmann::json::parse(r.output)["url"], "https://override.example/");
}

TEST(JsonLineToPage, ReadsHtmlOrBase64AndUrl) {
  RecordPage page;
  Status s = JsonLineToPage(
      R"({"url":"https://a.example/x","html":"<p>hi</p>"})", &page);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(page.url, "https://a.example/x");
  EXPECT_EQ(page.bytes, "<p>hi</p>");

  page = RecordPage();
  s = JsonLineToPage(R"({"html_base64":"PHA+6TwvcD4=","charset":"latin1"})",
                     &page);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(page.bytes, "<p>\xE9</p>");
  EXPECT_EQ(page.transport_charset, "latin1");
  EXPECT_EQ(page.url, "");
}

// Issue 17: a NaN or a lone surrogate in a field, as Python's json.dumps
// and cut-off JavaScript strings produce, cost that value, not the record.
TEST(JsonLineToPage, RepairsNaNAndLoneSurrogates) {
  RecordPage page;
  Status s = JsonLineToPage(
      R"({"score":NaN,"rank":-Infinity,"html":"<p>a\ud800b \udc00 \ud83d\ude00 \\ud800 NaN</p>"})",
      &page);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(page.bytes, "<p>a\uFFFDb \uFFFD \U0001F600 \\ud800 NaN</p>");
  bool changed = true;
  EXPECT_EQ(RepairJsonLine(R"({"a":"NaN \u00e9","b":1})", &changed),
            R"({"a":"NaN \u00e9","b":1})");
  EXPECT_FALSE(changed);
}

// Issue 17: "html" is a JSON string, text already decoded; the record's
// "charset" (or a <meta charset>) must not decode it again.
TEST(JsonLineToPage, AnHtmlStringIsReadAsUtf8WhateverCharsetSays) {
  RecordPage page;
  ASSERT_TRUE(JsonLineToPage(R"({"charset":"utf-16","html":"<p>caf\u00e9</p>"})",
                             &page).ok());
  EXPECT_EQ(page.bytes, "<p>caf\xC3\xA9</p>");
  EXPECT_EQ(page.transport_charset, "utf-8");
  // Bytes in base64 keep the charset they came with.
  page = RecordPage();
  ASSERT_TRUE(JsonLineToPage(R"({"html_base64":"PHA+6TwvcD4=","charset":"latin1"})",
                             &page).ok());
  EXPECT_EQ(page.transport_charset, "latin1");
}

TEST(JsonLineToPage, RejectsWhatIsNotARecord) {
  RecordPage page;
  auto error = [&](std::string_view line) {
    Status s = JsonLineToPage(line, &page);
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << line;
    return s.message();
  };
  // The message says what is wrong (issue 17: always "not a JSON object").
  EXPECT_EQ(error("<html>"),
            "invalid JSON: parse error at line 1, column 1: syntax error while "
            "parsing value - invalid literal; last read: '<'");
  EXPECT_EQ(error("[1,2]"), "a JSON array, not an object");
  EXPECT_EQ(error("\"html\""), "JSON string, not an object");
  EXPECT_EQ(error(R"({"html":"<p>x</p>")"),
            "invalid JSON: parse error at line 1, column 19: syntax error while "
            "parsing object - unexpected end of input; expected '}'");
  EXPECT_EQ(error(R"({"url":"x"})"), "no \"html\" or \"html_base64\"");
  EXPECT_EQ(error(R"({"html":42})"), "\"html\" is not a string");
  EXPECT_EQ(error(R"({"url":7,"html":42})"), "\"url\" is not a string");
  EXPECT_EQ(error(R"({"html_base64":"%%%"})"), "\"html_base64\" is not base64");
}

TEST(ProcessJsonLine, GivesOneLabelledRecordOrOneError) {
  PageResult ok = ProcessJsonLine(
      R"({"url":"https://a.example/s","html":"<html><body><h1>T</h1><p>Body text.</p></body></html>"})",
      "stdin:3", JsonlJob());
  ASSERT_NE(ok.outcome, PageOutcome::kFailed) << ok.error;
  nlohmann::json j = nlohmann::json::parse(ok.output);
  EXPECT_EQ(j["source"], "stdin:3");
  EXPECT_FALSE(j.contains("warc_record_id"));
  EXPECT_EQ(j["url"], "https://a.example/s");

  PageResult bad = ProcessJsonLine("{", "in.jsonl:9", JsonlJob());
  EXPECT_EQ(bad.outcome, PageOutcome::kFailed);
  EXPECT_EQ(bad.source, "in.jsonl:9");
}

}  // namespace
}  // namespace artext::cli

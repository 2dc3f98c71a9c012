// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "warc/html_payload.h"

#include <gtest/gtest.h>

#include "io/byte_source.h"
#include "testing/warc_builder.h"

namespace artext::warc {
namespace {

using testing::HttpMessage;
using testing::SampleRecords;

// Reads `spec` back as a Record, the way the reader would produce it.
Record ToRecord(const testing::WarcRecordSpec& spec) {
  io::StringSource source(testing::WarcRecord(spec));
  Reader reader(&source);
  Record rec;
  std::string err;
  EXPECT_TRUE(reader.Next(&rec, &err));
  EXPECT_EQ(err, "");
  return rec;
}

testing::WarcRecordSpec HtmlResponse(const std::string& http_block) {
  return {"response", "00000000-0000-0000-0000-0000000000aa",
          "https://news.example/a", "application/http; msgtype=response",
          http_block, {}};
}

TEST(ToHtmlPayload, DecodesTheSampleHtmlResponse) {
  Record rec = ToRecord(SampleRecords()[2]);
  rec.offset = 4242;
  HtmlPayload page;
  std::string err;
  ASSERT_EQ(ToHtmlPayload(rec, &page, &err), Kind::kHtml) << err;
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.media_type, "text/html");
  EXPECT_EQ(page.charset, "iso-8859-1");  // from the HTTP header
  EXPECT_EQ(page.body, testing::SampleHtml());  // de-chunked and gunzipped
  EXPECT_EQ(page.url, "https://news.example/2024/03/01/story.html");
  EXPECT_EQ(page.warc_date, "2024-03-01T12:00:00Z");
  EXPECT_EQ(page.record_id, "<urn:uuid:00000000-0000-0000-0000-000000000003>");
  EXPECT_EQ(page.offset, 4242u);
  EXPECT_FALSE(page.truncated);
}

TEST(ToHtmlPayload, SkipsEveryOtherSampleRecord) {
  std::vector<testing::WarcRecordSpec> specs = SampleRecords();
  for (size_t i : {0, 1, 3, 4, 5}) {  // warcinfo request png metadata revisit
    SCOPED_TRACE(specs[i].type);
    HtmlPayload page;
    std::string err;
    EXPECT_EQ(ToHtmlPayload(ToRecord(specs[i]), &page, &err), Kind::kSkip);
    EXPECT_EQ(err, "");
  }
}

TEST(ToHtmlPayload, AcceptsXhtml) {
  HtmlPayload page;
  std::string err;
  Record rec = ToRecord(HtmlResponse(HttpMessage(
      200, {"Content-Type: application/xhtml+xml"}, "<html/>")));
  EXPECT_EQ(ToHtmlPayload(rec, &page, &err), Kind::kHtml);
  EXPECT_EQ(page.body, "<html/>");
}

TEST(ToHtmlPayload, FallsBackToTheIdentifiedPayloadType) {
  testing::WarcRecordSpec spec =
      HtmlResponse(HttpMessage(200, {"Server: x"}, "<p>hi"));
  HtmlPayload page;
  std::string err;
  EXPECT_EQ(ToHtmlPayload(ToRecord(spec), &page, &err), Kind::kSkip);
  spec.extra_headers = {"WARC-Identified-Payload-Type: text/html"};
  EXPECT_EQ(ToHtmlPayload(ToRecord(spec), &page, &err), Kind::kHtml);
  EXPECT_EQ(page.body, "<p>hi");
}

TEST(ToHtmlPayload, SkipsResponsesThatAreNotHttp) {
  testing::WarcRecordSpec spec = HtmlResponse("example.com. 300 IN A 1.2.3.4");
  spec.content_type = "text/dns";
  HtmlPayload page;
  std::string err;
  EXPECT_EQ(ToHtmlPayload(ToRecord(spec), &page, &err), Kind::kSkip);
}

TEST(ToHtmlPayload, ReportsUndecodableHtmlResponses) {
  HtmlPayload page;
  std::string err;
  Record garbled = ToRecord(HtmlResponse("HTTP/1.1 OK\r\n\r\n<html>"));
  EXPECT_EQ(ToHtmlPayload(garbled, &page, &err), Kind::kError);
  EXPECT_NE(err, "");
  Record unknown = ToRecord(HtmlResponse(HttpMessage(
      200, {"Content-Type: text/html", "Content-Encoding: compress"}, "\x1f\x9d")));
  EXPECT_EQ(ToHtmlPayload(unknown, &page, &err), Kind::kError);
  EXPECT_NE(err.find("compress"), std::string::npos);
}

TEST(ToHtmlPayload, MarksTruncatedRecords) {
  testing::WarcRecordSpec spec = HtmlResponse(
      HttpMessage(200, {"Content-Type: text/html"}, "<html><p>part"));
  spec.extra_headers = {"WARC-Truncated: length"};
  HtmlPayload page;
  std::string err;
  ASSERT_EQ(ToHtmlPayload(ToRecord(spec), &page, &err), Kind::kHtml);
  EXPECT_TRUE(page.truncated);
  EXPECT_EQ(page.status, 200);
}

TEST(ToHtmlPayload, KeepsNonOkStatusesForTheCallerToJudge) {
  HtmlPayload page;
  std::string err;
  Record rec = ToRecord(HtmlResponse(
      HttpMessage(404, {"Content-Type: text/html"}, "<h1>Not found</h1>")));
  ASSERT_EQ(ToHtmlPayload(rec, &page, &err), Kind::kHtml);
  EXPECT_EQ(page.status, 404);
}

// The whole path: a gzip WARC streamed record by record, classified.
TEST(ToHtmlPayload, ClassifiesAStreamedWarc) {
  testing::WarcFile file = testing::BuildWarc(SampleRecords());
  io::StringSource source(file.gzip, 100);
  Reader reader(&source);
  Record rec;
  std::string err;
  int html = 0, skipped = 0, errors = 0;
  while (reader.Next(&rec, &err)) {
    ASSERT_EQ(err, "");
    HtmlPayload page;
    switch (ToHtmlPayload(rec, &page, &err)) {
      case Kind::kHtml:
        ++html;
        EXPECT_EQ(page.offset, file.gzip_offsets[2]);
        EXPECT_EQ(page.body, testing::SampleHtml());
        break;
      case Kind::kSkip:
        ++skipped;
        break;
      case Kind::kError:
        ++errors;
        break;
    }
  }
  EXPECT_EQ(html, 1);
  EXPECT_EQ(skipped, 5);
  EXPECT_EQ(errors, 0);
}

}  // namespace
}  // namespace artext::warc

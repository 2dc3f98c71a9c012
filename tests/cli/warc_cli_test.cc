// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The artext binary on WARC files and JSON Lines streams: which records come
// out, how they are labelled, in what order, and what the summary counts.

#include <sys/wait.h>

#include <cstdio>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

// temp_dir.h first: it says testing:: meaning ::testing.
#include "cli/temp_dir.h"
#include "testing/warc_builder.h"

namespace artext::cli {
namespace {

using artext::testing::BuildWarc;
using artext::testing::HttpMessage;
using artext::testing::SampleRecords;
using artext::testing::WarcFile;
using artext::testing::WarcRecordSpec;

struct Outcome {
  int status = -1;
  std::string out;
  std::string err;
  std::vector<nlohmann::json> records;  // stdout parsed as JSON Lines
};

// Runs `args` (shell syntax) with the artext binary in front.
Outcome Artext(const TempDir& dir, const std::string& args) {
  Outcome run;
  std::string err_path = dir / "stderr.txt";
  std::string cmd = std::string(ARTEXT_BINARY) + " " + args + " 2>" + err_path;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return run;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) run.out.append(buf, n);
  int st = pclose(p);
  run.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  run.err = ReadFile(err_path);
  std::istringstream lines(run.out);
  std::string line;
  while (std::getline(lines, line)) {
    run.records.push_back(nlohmann::json::parse(line, nullptr, false));
  }
  return run;
}

// A page long enough to be judged an article.
std::string Page(int i) {
  std::string html = "<html><head><title>Story " + std::to_string(i) +
                     "</title></head><body><article><h1>Story " +
                     std::to_string(i) + "</h1>";
  for (int p = 0; p < 6; ++p) {
    html += "<p>Paragraph " + std::to_string(p) +
            " of the story, with enough words in it to read like the body "
            "of a real news article about the town council meeting.</p>";
  }
  return html + "</article></body></html>";
}

WarcRecordSpec HtmlResponse(int i) {
  return {"response", "page-" + std::to_string(i),
          "https://news.example/" + std::to_string(i),
          "application/http; msgtype=response",
          HttpMessage(200, {"Content-Type: text/html; charset=utf-8"}, Page(i)),
          {}};
}

// SampleRecords (1 HTML response, 5 others) then `pages` more HTML responses.
WarcFile Crawl(int pages) {
  std::vector<WarcRecordSpec> records = SampleRecords();
  for (int i = 0; i < pages; ++i) records.push_back(HtmlResponse(i));
  return BuildWarc(records);
}

TEST(WarcCli, EveryHtmlResponseOfAGzipWarcIsOneLabelledRecord) {
  TempDir dir;
  WarcFile warc = Crawl(3);
  std::string path = dir.Write("crawl.warc.gz", warc.gzip);
  Outcome run = Artext(dir, path);
  EXPECT_EQ(run.status, 0) << run.err;
  ASSERT_EQ(run.records.size(), 4u) << run.out;
  const size_t html_index[] = {2, 6, 7, 8};  // positions in warc.records
  for (size_t k = 0; k < 4; ++k) {
    const nlohmann::json& j = run.records[k];
    size_t i = html_index[k];
    EXPECT_EQ(j["source"], path + "@" + std::to_string(warc.gzip_offsets[i]));
    EXPECT_EQ(j["warc_record_id"], "<urn:uuid:" + warc.records[i].id + ">");
    EXPECT_EQ(j["url"], warc.records[i].target_uri);
  }
  EXPECT_EQ(run.records[1]["headline"], "Story 0");
  EXPECT_NE(run.err.find("4 processed"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("5 WARC records without HTML skipped"),
            std::string::npos) << run.err;
}

TEST(WarcCli, FoldersMixPagesAndArchivesAndStdinNeedsTheFormat) {
  TempDir dir;
  WarcFile warc = Crawl(2);
  dir.Write("site/a.html", Page(100));
  dir.Write("site/b.warc", warc.plain);
  dir.Write("site/c.warc.gz", warc.gzip);
  dir.Write("site/d.txt", "ignored");
  Outcome run = Artext(dir, "-j 2 " + dir / "site");
  EXPECT_EQ(run.status, 0) << run.err;
  ASSERT_EQ(run.records.size(), 1u + 3u + 3u) << run.out;
  EXPECT_EQ(run.records[0]["source"], dir / "site/a.html");
  EXPECT_EQ(run.records[1]["source"],
            dir / "site/b.warc" + "@" + std::to_string(warc.plain_offsets[2]));
  EXPECT_EQ(run.records[4]["source"],
            dir / "site/c.warc.gz" + "@" + std::to_string(warc.gzip_offsets[2]));

  // On stdin the format is said, not guessed.
  Outcome in = Artext(dir, "--input-format warc - < " + dir / "site/c.warc.gz");
  EXPECT_EQ(in.status, 0) << in.err;
  ASSERT_EQ(in.records.size(), 3u) << in.out;
  EXPECT_EQ(in.records[0]["source"],
            "stdin@" + std::to_string(warc.gzip_offsets[2]));
  // --input-format html reads a .warc file as one (odd) page.
  Outcome as_html = Artext(dir, "--input-format html -f jsonl " + dir / "site/b.warc");
  EXPECT_EQ(as_html.records.size(), 1u);
  EXPECT_FALSE(as_html.records[0].contains("warc_record_id"));
}

TEST(WarcCli, TruncatedRecordIsAnErrorRecordAtItsOffset) {
  TempDir dir;
  WarcFile warc = Crawl(3);
  // Cut the last record (an HTML response) in the middle of its block.
  uint64_t last = warc.gzip_offsets.back();
  std::string cut = warc.gzip.substr(0, last + (warc.gzip.size() - last) / 2);
  std::string path = dir.Write("cut.warc.gz", cut);
  Outcome run = Artext(dir, "-q " + path);
  EXPECT_EQ(run.status, 1);
  ASSERT_EQ(run.records.size(), 4u) << run.out;
  const uint64_t last_offset = last;
  const nlohmann::json& last_record = run.records.back();
  EXPECT_TRUE(last_record.contains("error")) << last_record;
  EXPECT_EQ(last_record["source"], path + "@" + std::to_string(last_offset));
  // The record's id is given too when the damage left its header readable;
  // whether it was depends on how much of the cut member decoded.
  EXPECT_FALSE(run.records[2].contains("error"));
}

// Issue 17: the capture (WARC-Target-URI, WARC-Date) is kept apart from
// the article: the page's canonical URL is its "url", the target its
// "capture_url"; WARC-Date is "capture_date", never "date_published".
TEST(WarcCli, CaptureUrlAndDateAreKeysOfTheirOwn) {
  TempDir dir;
  std::string page = Page(1);
  page.insert(page.find("</head>"),
              "<link rel=canonical href=\"https://news.example/story-1\">");
  WarcRecordSpec spec = HtmlResponse(1);
  spec.target_uri = "https://news.example/1?utm_source=feed";
  spec.block = HttpMessage(200, {"Content-Type: text/html"}, page);
  std::string path = dir.Write("c.warc", BuildWarc({spec}).plain);
  Outcome run = Artext(dir, "-q " + path);
  ASSERT_EQ(run.records.size(), 1u) << run.out << run.err;
  const nlohmann::json& j = run.records[0];
  EXPECT_EQ(j["url"], "https://news.example/story-1");
  EXPECT_EQ(j["capture_url"], "https://news.example/1?utm_source=feed");
  EXPECT_EQ(j["capture_date"], "2024-03-01T12:00:00Z");
  EXPECT_TRUE(j["date_published"].is_null()) << j["date_published"];
  EXPECT_FALSE(j.contains("provenance"));
  // A JSON Lines record is no capture: no capture keys.
  std::string line = nlohmann::json({{"url", "https://a.example/x"}, {"html", page}}).dump();
  Outcome jl = Artext(dir, "-q --input-format jsonl < " + dir.Write("a.jsonl", line + "\n"));
  ASSERT_EQ(jl.records.size(), 1u) << jl.out;
  EXPECT_FALSE(jl.records[0].contains("capture_url"));
  EXPECT_FALSE(jl.records[0].contains("capture_date"));
}

// Issue 17: Brotli and Zstandard bodies were errors.
TEST(WarcCli, BrotliAndZstdBodiesAreDecoded) {
  TempDir dir;
  std::vector<WarcRecordSpec> specs;
  for (int i = 0; i < 2; ++i) {
    WarcRecordSpec spec = HtmlResponse(i);
    spec.block = HttpMessage(
        200, {"Content-Type: text/html", i == 0 ? "Content-Encoding: br" : "Content-Encoding: zstd"},
        i == 0 ? artext::testing::BrotliStream(Page(i)) : artext::testing::ZstdFrame(Page(i)));
    specs.push_back(spec);
  }
  std::string path = dir.Write("bz.warc.gz", BuildWarc(specs).gzip);
  Outcome run = Artext(dir, "-q " + path);
  EXPECT_EQ(run.status, 0) << run.out;
  ASSERT_EQ(run.records.size(), 2u) << run.out;
  EXPECT_EQ(run.records[0]["headline"], "Story 0");
  EXPECT_EQ(run.records[1]["headline"], "Story 1");
}

// Issue 17: a gzip member cut short costs its own record only; the member
// after it (which inflate had read on into as if it were data) is read. A
// member whose data is overwritten costs its own record only too: neither
// the records after it nor the record before it, whose CRC check must not
// take the next member's damage as its own.
TEST(WarcCli, DamagedGzipMemberCostsOnlyItsOwnRecord) {
  TempDir dir;
  WarcFile warc = Crawl(3);  // HTML responses at records 2, 6, 7, 8
  const uint64_t begin = warc.gzip_offsets[7], end = warc.gzip_offsets[8];
  std::string garbled = warc.gzip;
  for (uint64_t i = begin + 20; i < end - 10; i += 7) garbled[i] ^= 0x5a;
  std::string cut = warc.gzip.substr(0, begin + (end - begin) / 2) +
                    warc.gzip.substr(end);
  std::vector<std::string> want;
  for (const nlohmann::json& j : Artext(dir, "-q " + dir.Write("whole.warc.gz", warc.gzip)).records) {
    if (j["headline"] != "Story 1") want.push_back(j["headline"]);
  }
  ASSERT_EQ(want.size(), 3u);
  for (const auto& [name, bytes] : {std::pair{"garbled", garbled}, std::pair{"cut", cut}}) {
    std::string path = dir.Write(std::string(name) + ".warc.gz", bytes);
    Outcome run = Artext(dir, "-q " + path);
    EXPECT_EQ(run.status, 1) << name;
    std::vector<std::string> headlines;
    int errors = 0;
    for (const nlohmann::json& j : run.records) {
      if (j.contains("error")) ++errors;
      if (j.contains("headline")) headlines.push_back(j["headline"]);
    }
    EXPECT_EQ(errors, 1) << name << ": " << run.out;
    EXPECT_EQ(headlines, want) << name << ": " << run.out;
  }
}

TEST(WarcCli, OutputIsTheSameWithOneOrTwoThreads) {
  TempDir dir;
  std::string path = dir.Write("big.warc.gz", Crawl(60).gzip);
  Outcome one = Artext(dir, "-q -j 1 " + path);
  Outcome two = Artext(dir, "-q -j 2 " + path);
  EXPECT_EQ(one.status, 0);
  EXPECT_EQ(one.records.size(), 61u);
  EXPECT_EQ(one.out, two.out);
}

TEST(WarcCli, OutputDirIsRefusedForStreams) {
  TempDir dir;
  std::string path = dir.Write("a.warc", Crawl(1).plain);
  Outcome run = Artext(dir, "-q --output-dir " + dir / "out" + " " + path);
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("not --output-dir"), std::string::npos) << run.err;
}

TEST(JsonlCli, OneLineOutPerRecordInOrder) {
  TempDir dir;
  std::string in;
  for (int i = 0; i < 30; ++i) {
    nlohmann::json j = {{"url", "https://a.example/" + std::to_string(i)},
                        {"html", Page(i)}};
    in += j.dump() + "\n";
    if (i == 10) in += "not json\n";
    if (i == 20) in += "\n";  // blank lines are not records
  }
  in += R"({"html_base64":"PGgxPkJhc2U2NDwvaDE+PHA+Ym9keTwvcD4="})" "\n";
  std::string path = dir.Write("in.jsonl", in);
  Outcome one = Artext(dir, "--input-format jsonl -j 1 < " + path);
  Outcome two = Artext(dir, "--input-format jsonl -j 2 -q < " + path);
  EXPECT_EQ(one.status, 1);  // the "not json" line
  ASSERT_EQ(one.records.size(), 32u) << one.out;
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(one.records[0]["url"], "https://a.example/0");
  EXPECT_EQ(one.records[0]["source"], "stdin:1");
  EXPECT_EQ(one.records[11]["source"], "stdin:12");
  EXPECT_EQ(one.records[11]["error"].get<std::string>().rfind(
                "invalid JSON: parse error at line 1, column ", 0), 0u)
      << one.records[11];
  EXPECT_EQ(one.records[12]["url"], "https://a.example/11");
  EXPECT_EQ(one.records[31]["headline"], "Base64");
  // Files work too.
  Outcome file = Artext(dir, "-q --input-format jsonl " + path);
  EXPECT_EQ(file.records.size(), 32u);
  EXPECT_EQ(file.records[0]["source"], path + ":1");
}

}  // namespace
}  // namespace artext::cli

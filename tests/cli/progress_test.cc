// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/progress.h"

#include <gtest/gtest.h>

namespace artext::cli {
namespace {

TEST(ProgressLine, ShowsCountRateEtaAndFailures) {
  RunStats s;
  s.total = 1000;
  s.done = 250;
  s.failed = 3;
  EXPECT_EQ(ProgressLine(s, 5.0), "[ 250/1000] 50.0 pages/s  ETA 0:15  3 failed");
  s.done = 1000;
  s.failed = 0;
  EXPECT_EQ(ProgressLine(s, 10.0), "[1000/1000] 100.0 pages/s");
}

TEST(SummaryLine, CountsEveryOutcomeAndEarlyStops) {
  RunStats s;
  s.total = 10;
  s.done = 8;
  s.articles = 5;
  s.not_articles = 1;
  s.failed = 1;
  s.skipped = 1;
  EXPECT_EQ(SummaryLine(s, 2.0),
            "8 processed: 5 articles, 1 not articles, 1 failed, 1 skipped in "
            "2.0 s (4.0 pages/s); stopped early, 2 not processed");
}

TEST(ProgressLine, UnknownTotalShowsCountAndRateOnly) {
  RunStats s;  // a WARC or JSON Lines run: total 0
  s.done = 120;
  s.failed = 2;
  EXPECT_EQ(ProgressLine(s, 2.0), "[120] 60.0 pages/s  2 failed");
}

TEST(SummaryLine, CountsSkippedWarcRecords) {
  RunStats s;
  s.done = 4;
  s.articles = 4;
  s.not_html = 7;
  EXPECT_EQ(SummaryLine(s, 2.0),
            "4 processed: 4 articles, 0 not articles, 0 failed, 0 skipped in "
            "2.0 s (2.0 pages/s); 7 WARC records without HTML skipped");
}

}  // namespace
}  // namespace artext::cli

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/parsers/name_line.h"

#include <gtest/gtest.h>

namespace artext::metadata {
namespace {

TEST(IsNameLine, LinesOfFullNames) {
  for (const char* line : {"Mathatisi Sebusi/Mohalenyane Phakela", "Mohloai Mpesi",
                           "By Jane Doe and John Roe", "Anna Müller, Peter Schmidt",
                           "MTHOBISI SITHOLE"}) {
    EXPECT_TRUE(IsNameLine(line)) << line;
  }
}

TEST(IsNameLine, OtherLinesAreNone) {
  for (const char* line :
       {"", "Politics", "Berlin", "Local News", "May 14, 2025",
        "Mining blasts shatter homes", "Jane Doe reports from the border town",
        "Share on Facebook", "by Lesotho Times", "Reuters",
        "Photo Credit: Jane Doe", "\xC2\xA9 BART DEWAELE", "新規登録", "Jane Doe, 3 May 2024",
        "A Chinese-owned crusher and quarry mining company has come under heavy "
        "criticism from five villages"}) {
    EXPECT_FALSE(IsNameLine(line)) << line;
  }
}

}  // namespace
}  // namespace artext::metadata

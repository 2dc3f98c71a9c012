// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/mojibake.h"

#include <string>

#include <gtest/gtest.h>

namespace artext::charset {
namespace {

std::string Repair(std::string s) {
  RepairMojibake(&s);
  return s;
}

TEST(RepairMojibake, Latin1DoubleEncodingWithC1Controls) {
  // "’" (E2 80 99) read as ISO-8859-1: "â", U+0080, U+0099.
  EXPECT_EQ(Repair("competitor\xC3\xA2\xC2\x80\xC2\x99s CTO"),
            "competitor\xE2\x80\x99s CTO");
  std::string s = "don\xC3\xA2\xC2\x80\xC2\x99t and \xC3\xA2\xC2\x80\xC2\x94 ok";
  EXPECT_EQ(RepairMojibake(&s), 2u);
  EXPECT_EQ(s, "don\xE2\x80\x99t and \xE2\x80\x94 ok");
}

TEST(RepairMojibake, Windows1252DoubleEncoding) {
  // "’" read as windows-1252: "â€™"; "—" as "â€”".
  EXPECT_EQ(Repair("it\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s"), "it\xE2\x80\x99s");
  EXPECT_EQ(Repair("rankings\xC3\xA2\xE2\x82\xAC\xE2\x80\x9D"),
            "rankings\xE2\x80\x94");
}

TEST(RepairMojibake, LeavesTextThatCouldBeMeant) {
  // Real letters: "Ã©" could be written on purpose, "â€" alone is short of
  // a character, "Château" and "€" are text.
  for (const std::string s :
       {"Ã©t\xC3\xA9", "pr\xC3\xA2t \xE2\x82\xAC 5", "\xC3\xA2\xE2\x82\xAC",
        "Ch\xC3\xA2teau", "plain ascii"}) {
    std::string copy = s;
    EXPECT_EQ(RepairMojibake(&copy), 0u) << s;
    EXPECT_EQ(copy, s);
  }
}

TEST(RepairMojibake, RejectsSequencesThatWouldBeIllFormed) {
  // E0 needs a second byte >= A0: "à" + U+0080 + U+0080 is not a
  // character, so it stays.
  std::string s = "\xC3\xA0\xC2\x80\xC2\x80";
  EXPECT_EQ(RepairMojibake(&s), 0u);
}

}  // namespace
}  // namespace artext::charset

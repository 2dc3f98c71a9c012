// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "warc/header_fields.h"

#include <gtest/gtest.h>

namespace artext::warc {
namespace {

TEST(HeaderFields, ParsesTrimsAndFindsCaseInsensitively) {
  HeaderFields fields;
  std::string err;
  ASSERT_TRUE(ParseHeaderLines(
      "Name:  value one \r\nX-Empty:\r\nname: second\n  folded\r\n", &fields,
      &err));
  ASSERT_EQ(fields.size(), 3u);
  EXPECT_EQ(fields[1].first, "X-Empty");
  EXPECT_EQ(fields[1].second, "");
  EXPECT_EQ(*FindHeader(fields, "NAME"), "value one");
  EXPECT_EQ(*FindLastHeader(fields, "name"), "second folded");
  EXPECT_EQ(FindHeader(fields, "missing"), nullptr);
}

TEST(HeaderFields, RejectsMalformedLines) {
  HeaderFields fields;
  std::string err;
  EXPECT_FALSE(ParseHeaderLines("no colon\r\n", &fields, &err));
  EXPECT_NE(err.find("no colon"), std::string::npos);
  EXPECT_FALSE(ParseHeaderLines(": empty name\r\n", &fields, &err));
  EXPECT_FALSE(ParseHeaderLines(" continues nothing\r\n", &fields, &err));
  // Binary garbage is quoted as printable characters only.
  EXPECT_FALSE(ParseHeaderLines(std::string("\x01\x02\xff", 3), &fields, &err));
  EXPECT_EQ(err, "malformed header line \"???\"");
}

TEST(HeaderFields, TrimOwsRemovesOnlySpacesAndTabs) {
  EXPECT_EQ(TrimOws(" \t a b \t"), "a b");
  EXPECT_EQ(TrimOws("  "), "");
  EXPECT_EQ(TrimOws("\xC2\xA0x\r"), "\xC2\xA0x\r");
}

}  // namespace
}  // namespace artext::warc

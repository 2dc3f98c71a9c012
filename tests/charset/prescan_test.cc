// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/prescan.h"

#include <gtest/gtest.h>

#include <string>

namespace artext::charset {
namespace {

TEST(PrescanMetaCharset, FindsMetaCharset) {
  EXPECT_EQ(PrescanMetaCharset("<meta charset=\"euc-kr\">"), "euc-kr");
  EXPECT_EQ(PrescanMetaCharset("<meta charset='Shift_JIS'>"), "shift_jis");
  EXPECT_EQ(PrescanMetaCharset("<meta charset=gb2312>"), "gbk");
  EXPECT_EQ(PrescanMetaCharset("<META CHARSET=UTF-8>"), "utf-8");
  EXPECT_EQ(PrescanMetaCharset("<meta/charset=latin1>"), "windows-1252");
  EXPECT_EQ(PrescanMetaCharset("<meta charset = \" utf-8 \" >"), "utf-8");
  EXPECT_EQ(PrescanMetaCharset(
                "<html><head><title>x</title><meta name=viewport "
                "content=\"width=device-width\"><meta charset=koi8-r>"),
            "koi8-r");
}

TEST(PrescanMetaCharset, FindsHttpEquiv) {
  EXPECT_EQ(PrescanMetaCharset("<meta http-equiv=\"Content-Type\" "
                               "content=\"text/html; charset=EUC-KR\">"),
            "euc-kr");
  // Attribute order does not matter.
  EXPECT_EQ(PrescanMetaCharset("<meta content='text/html;charset=windows-1251' "
                               "http-equiv='content-type'>"),
            "windows-1251");
  // Without http-equiv=content-type a content attribute means nothing.
  EXPECT_EQ(PrescanMetaCharset("<meta name=x content=\"charset=euc-kr\">"),
            "");
  EXPECT_EQ(PrescanMetaCharset("<meta http-equiv=refresh "
                               "content=\"0; charset=euc-kr\">"),
            "");
}

TEST(PrescanMetaCharset, SkipsComments) {
  EXPECT_EQ(PrescanMetaCharset("<!-- <meta charset=utf-8> --><meta "
                               "charset=big5>"),
            "big5");
  // "<!-->" is a complete comment.
  EXPECT_EQ(PrescanMetaCharset("<!--><meta charset=big5>"), "big5");
  // An unclosed comment hides everything after it.
  EXPECT_EQ(PrescanMetaCharset("<!-- <meta charset=big5>"), "");
}

TEST(PrescanMetaCharset, SkipsOtherTagsAndTheirAttributes) {
  EXPECT_EQ(PrescanMetaCharset("<div title=\"<meta charset=koi8-r>\">"
                               "<meta charset=euc-jp>"),
            "euc-jp");
  EXPECT_EQ(PrescanMetaCharset("<!DOCTYPE html><?xml version=\"1.0\"?>"
                               "</p><meta charset=euc-jp>"),
            "euc-jp");
  // "<metadata" is not "<meta".
  EXPECT_EQ(PrescanMetaCharset("<metadata charset=koi8-r>"), "");
}

TEST(PrescanMetaCharset, FirstEffectiveMetaWins) {
  // An unknown label does not stop the scan.
  EXPECT_EQ(PrescanMetaCharset("<meta charset=bogus><meta charset=euc-kr>"),
            "euc-kr");
  EXPECT_EQ(PrescanMetaCharset("<meta charset=euc-kr><meta charset=utf-8>"),
            "euc-kr");
  // Within one tag the first of repeated attributes counts.
  EXPECT_EQ(PrescanMetaCharset("<meta charset=euc-kr charset=utf-8>"),
            "euc-kr");
  // charset= beats content= in the same tag.
  EXPECT_EQ(PrescanMetaCharset("<meta http-equiv=content-type "
                               "content=\"text/html; charset=koi8-r\" "
                               "charset=euc-kr>"),
            "euc-kr");
}

TEST(PrescanMetaCharset, StandardRemappings) {
  EXPECT_EQ(PrescanMetaCharset("<meta charset=utf-16>"), "utf-8");
  EXPECT_EQ(PrescanMetaCharset("<meta charset=utf-16be>"), "utf-8");
  EXPECT_EQ(PrescanMetaCharset("<meta charset=x-user-defined>"),
            "windows-1252");
  EXPECT_EQ(PrescanMetaCharset("<meta charset=iso-2022-kr>"), "replacement");
}

TEST(PrescanMetaCharset, TruncatedOrEmpty) {
  EXPECT_EQ(PrescanMetaCharset(""), "");
  EXPECT_EQ(PrescanMetaCharset("<"), "");
  EXPECT_EQ(PrescanMetaCharset("<meta"), "");
  EXPECT_EQ(PrescanMetaCharset("<meta charset=\"euc-kr"), "");
  EXPECT_EQ(PrescanMetaCharset("<meta charset=euc-kr"), "");
  EXPECT_EQ(PrescanMetaCharset("plain text, no markup"), "");
}

TEST(PrescanMetaCharset, ManyAttributesStayLinear) {
  // A hostile tag with 20000 attributes must not take quadratic time.
  std::string page = "<meta";
  for (int i = 0; i < 20000; ++i) page += " a" + std::to_string(i) + "=1";
  page += " charset=euc-kr>";
  EXPECT_EQ(PrescanMetaCharset(page), "euc-kr");
}

TEST(CharsetFromContentType, ExtractsTheLabel) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=EUC-KR"), "EUC-KR");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=\"utf-8\""), "utf-8");
  EXPECT_EQ(CharsetFromContentType("text/html; CHARSET = 'koi8-r' ; x=y"),
            "koi8-r");
  EXPECT_EQ(CharsetFromContentType("text/html; charset=gbk; q=1"), "gbk");
  EXPECT_EQ(CharsetFromContentType("text/html; charsetx; charset=big5"),
            "big5");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  EXPECT_EQ(CharsetFromContentType("text/html; charset="), "");
  EXPECT_EQ(CharsetFromContentType("text/html; charset=\"utf-8"), "");
  EXPECT_EQ(CharsetFromContentType(""), "");
}

}  // namespace
}  // namespace artext::charset

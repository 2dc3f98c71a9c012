// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/labels.h"

#include <gtest/gtest.h>
#include <iconv.h>

#include <string>

namespace artext::charset {
namespace {

TEST(CanonicalEncoding, NormalisesWhatwgLabels) {
  const struct {
    const char* label;
    const char* canonical;
  } kCases[] = {
      {"utf-8", "utf-8"},
      {"UTF8", "utf-8"},
      {"unicode-1-1-utf-8", "utf-8"},
      {"latin1", "windows-1252"},
      {"ISO-8859-1", "windows-1252"},
      {"iso_8859-1:1987", "windows-1252"},
      {"ascii", "windows-1252"},
      {"US-ASCII", "windows-1252"},
      {"cp1252", "windows-1252"},
      {"x-euc-kr", ""},  // not a WHATWG label
      {"euc-kr", "euc-kr"},
      {"ks_c_5601-1987", "euc-kr"},
      {"windows-949", "euc-kr"},
      {"korean", "euc-kr"},
      {"sjis", "shift_jis"},
      {"Shift_JIS", "shift_jis"},
      {"windows-31j", "shift_jis"},
      {"x-sjis", "shift_jis"},
      {"gbk", "gbk"},
      {"GB2312", "gbk"},
      {"x-gbk", "gbk"},
      {"gb18030", "gb18030"},
      {"big5-hkscs", "big5"},
      {"x-euc-jp", "euc-jp"},
      {"iso-2022-jp", "iso-2022-jp"},
      {"cp1251", "windows-1251"},
      {"x-cp1251", "windows-1251"},
      {"koi8", "koi8-r"},
      {"koi8-ru", "koi8-u"},
      {"iso-8859-9", "windows-1254"},
      {"latin5", "windows-1254"},
      {"tis-620", "windows-874"},
      {"iso-8859-11", "windows-874"},
      {"logical", "iso-8859-8-i"},
      {"visual", "iso-8859-8"},
      {"l9", "iso-8859-15"},
      {"utf-16", "utf-16le"},
      {"UTF-16LE", "utf-16le"},
      {"unicodefffe", "utf-16be"},
      {"iso-2022-kr", "replacement"},
      {"hz-gb-2312", "replacement"},
      {"x-user-defined", "x-user-defined"},
      {"mac", "macintosh"},
      {"x-mac-ukrainian", "x-mac-cyrillic"},
      // Surrounding ASCII whitespace is ignored; inner is not.
      {"  utf-8\t\n", "utf-8"},
      {"\fEUC-KR ", "euc-kr"},
      {"utf -8", ""},
      // Unknown, empty and absurd labels.
      {"", ""},
      {"   ", ""},
      {"utf-7", ""},
      {"utf-32", ""},
      {"windows-1252x", ""},
      {"a-label-far-too-long-to-be-any-encoding-at-all", ""},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(CanonicalEncoding(c.label), c.canonical) << "'" << c.label << "'";
  }
}

TEST(IconvName, EveryIconvEncodingOpensOnThisSystem) {
  // Every canonical name either is decoded without iconv or has an iconv
  // name that glibc accepts.
  const char* kCanonical[] = {
      "ibm866", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5",
      "iso-8859-6", "iso-8859-7", "iso-8859-8", "iso-8859-8-i",
      "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15",
      "iso-8859-16", "koi8-r", "koi8-u", "macintosh", "windows-874",
      "windows-1250", "windows-1251", "windows-1253", "windows-1254",
      "windows-1255", "windows-1256", "windows-1257", "windows-1258",
      "x-mac-cyrillic", "gbk", "gb18030", "big5", "euc-jp", "iso-2022-jp",
      "shift_jis", "euc-kr"};
  for (const char* canonical : kCanonical) {
    const std::string name(IconvName(canonical));
    ASSERT_FALSE(name.empty()) << canonical;
    iconv_t cd = iconv_open("UTF-8", name.c_str());
    EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1)) << name;
    if (cd != reinterpret_cast<iconv_t>(-1)) iconv_close(cd);
  }
  EXPECT_EQ(IconvName("gbk"), "GB18030");
  EXPECT_EQ(IconvName("euc-kr"), "CP949");
  EXPECT_EQ(IconvName("utf-8"), "");
  EXPECT_EQ(IconvName("windows-1252"), "");
  EXPECT_EQ(IconvName("replacement"), "");
  EXPECT_EQ(IconvName("nonsense"), "");
}

}  // namespace
}  // namespace artext::charset

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "charset/decode.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "charset/fixtures.h"
#include "charset/utf8.h"

namespace artext::charset {
namespace {

using testing::Encode;
using testing::Page;

size_t CountReplacements(std::string_view utf8) {
  size_t count = 0;
  for (size_t pos = utf8.find("\xEF\xBF\xBD"); pos != std::string_view::npos;
       pos = utf8.find("\xEF\xBF\xBD", pos + 3)) {
    ++count;
  }
  return count;
}

// One language fixture: its text, the iconv name used to encode it, the
// label a page would declare, and the canonical names expected back.
struct LegacyCase {
  const char* name;
  std::string_view text;
  const char* iconv_name;
  const char* meta_label;
  const char* declared_encoding;  // what Decode reports for the meta label
  const char* detected_encoding;  // what detection should find
};

const LegacyCase kLegacyCases[] = {
    {"Korean", testing::kKoreanNews, "EUC-KR", "euc-kr", "euc-kr", "euc-kr"},
    {"Japanese", testing::kJapaneseNews, "SHIFT_JIS", "Shift_JIS",
     "shift_jis", "shift_jis"},
    // Declared GBK decodes with GB18030 but keeps its WHATWG name.
    {"Chinese", testing::kChineseNews, "GBK", "gb2312", "gbk", "gb18030"},
    {"Russian", testing::kRussianNews, "CP1251", "windows-1251",
     "windows-1251", "windows-1251"},
    {"FrenchGerman", testing::kFrenchGermanNews, "CP1252", "iso-8859-1",
     "windows-1252", "windows-1252"},
};

class LegacyTest : public ::testing::TestWithParam<LegacyCase> {};

TEST_P(LegacyTest, MetaCharsetIsObeyed) {
  const LegacyCase& c = GetParam();
  const std::string meta = std::string("<meta charset=\"") + c.meta_label +
                           "\">";
  const std::string page = Page(Encode(c.text, c.iconv_name), meta);
  const Decoded decoded = Decode(page, "", "");
  EXPECT_EQ(decoded.utf8, Page(c.text, meta));
  EXPECT_EQ(decoded.encoding, c.declared_encoding);
  EXPECT_EQ(decoded.source, "meta");
  EXPECT_EQ(decoded.invalid_sequences, 0u);
  EXPECT_TRUE(decoded.overruled_encoding.empty());
}

TEST_P(LegacyTest, UndeclaredIsDetected) {
  const LegacyCase& c = GetParam();
  const Decoded decoded = Decode(Page(Encode(c.text, c.iconv_name)), "", "");
  EXPECT_EQ(decoded.utf8, Page(c.text));
  EXPECT_EQ(decoded.encoding, c.detected_encoding);
  EXPECT_EQ(decoded.source, "detected");
  EXPECT_EQ(decoded.invalid_sequences, 0u);
}

TEST_P(LegacyTest, TransportCharsetIsObeyed) {
  const LegacyCase& c = GetParam();
  const Decoded decoded =
      Decode(Page(Encode(c.text, c.iconv_name)), "", c.meta_label);
  EXPECT_EQ(decoded.utf8, Page(c.text));
  EXPECT_EQ(decoded.encoding, c.declared_encoding);
  EXPECT_EQ(decoded.source, "transport");
}

TEST_P(LegacyTest, SameTextInUtf8IsUtf8) {
  const LegacyCase& c = GetParam();
  const Decoded decoded = Decode(Page(c.text), "", "");
  EXPECT_EQ(decoded.utf8, Page(c.text));
  EXPECT_EQ(decoded.encoding, "utf-8");
  EXPECT_EQ(decoded.source, "detected");
}

INSTANTIATE_TEST_SUITE_P(
    Languages, LegacyTest, ::testing::ValuesIn(kLegacyCases),
    [](const ::testing::TestParamInfo<LegacyCase>& info) {
      return std::string(info.param.name);
    });

// Bytes written by hand, independent of iconv's encoder: "한국" in EUC-KR,
// "日本" in Shift_JIS, "中国" in GBK, "Мир" in windows-1251.
TEST(Decode, HandWrittenLegacyBytes) {
  EXPECT_EQ(Decode("\xC7\xD1\xB1\xB9", "euc-kr", "").utf8, "한국");
  EXPECT_EQ(Decode("\x93\xFA\x96\x7B", "sjis", "").utf8, "日本");
  EXPECT_EQ(Decode("\xD6\xD0\xB9\xFA", "gbk", "").utf8, "中国");
  EXPECT_EQ(Decode("\xCC\xE8\xF0", "cp1251", "").utf8, "Мир");
  // CP949 extension (not in plain EUC-KR): "똠" is 8C 63.
  EXPECT_EQ(Decode("\x8C\x63", "euc-kr", "").utf8, "똠");
  // Shift_JIS 0x5C is a backslash, not a yen sign (windows-31j).
  EXPECT_EQ(Decode("C:\\dir", "shift_jis", "").utf8, "C:\\dir");
}

TEST(Decode, Utf16LeWithBom) {
  const std::string page = "\xFF\xFE" + Encode(Page(testing::kJapaneseNews),
                                               "UTF-16LE");
  const Decoded decoded = Decode(page, "", "");
  EXPECT_EQ(decoded.utf8, Page(testing::kJapaneseNews));
  EXPECT_EQ(decoded.encoding, "utf-16le");
  EXPECT_EQ(decoded.source, "bom");
}

TEST(Decode, Utf16BeWithBom) {
  const std::string page =
      "\xFE\xFF" + Encode(Page(testing::kRussianNews), "UTF-16BE");
  const Decoded decoded = Decode(page, "", "");
  EXPECT_EQ(decoded.utf8, Page(testing::kRussianNews));
  EXPECT_EQ(decoded.encoding, "utf-16be");
  EXPECT_EQ(decoded.source, "bom");
}

// Issue 17: UTF-32 with its mark was read as UTF-16LE (FF FE 00 00 opens
// with UTF-16LE's mark) and called binary data.
TEST(Decode, Utf32WithBom) {
  const std::string le = std::string("\xFF\xFE\0\0", 4) +
                         Encode(Page(testing::kJapaneseNews), "UTF-32LE");
  Decoded decoded = Decode(le, "", "");
  EXPECT_EQ(decoded.utf8, Page(testing::kJapaneseNews));
  EXPECT_EQ(decoded.encoding, "utf-32le");
  EXPECT_EQ(decoded.source, "bom");
  const std::string be = std::string("\0\0\xFE\xFF", 4) +
                         Encode(Page(testing::kRussianNews), "UTF-32BE");
  decoded = Decode(be, "windows-1251", "");
  EXPECT_EQ(decoded.utf8, Page(testing::kRussianNews));
  EXPECT_EQ(decoded.encoding, "utf-32be");
  // A surrogate and a value past U+10FFFF are replaced; a cut unit too.
  decoded = Decode(std::string("\xFF\xFE\0\0A\0\0\0\0\xD8\0\0\0\0\x11\0B\0", 18), "", "");
  EXPECT_EQ(decoded.utf8, "A\uFFFD\uFFFD\uFFFD");
}

TEST(Decode, Utf8WithBomIsStripped) {
  const std::string body = Page(testing::kKoreanNews);
  const Decoded decoded = Decode("\xEF\xBB\xBF" + body, "", "");
  EXPECT_EQ(decoded.utf8, body);
  EXPECT_EQ(decoded.encoding, "utf-8");
  EXPECT_EQ(decoded.source, "bom");
}

TEST(Decode, Utf8WithMetaCharset) {
  const std::string page = Page(testing::kChineseNews, "<meta charset=utf-8>");
  const Decoded decoded = Decode(page, "", "");
  EXPECT_EQ(decoded.utf8, page);
  EXPECT_EQ(decoded.encoding, "utf-8");
  EXPECT_EQ(decoded.source, "meta");
}

TEST(Decode, BomBeatsOverrideAndMeta) {
  const std::string page =
      "\xEF\xBB\xBF" + Page("caf\xC3\xA9", "<meta charset=windows-1251>");
  const Decoded decoded = Decode(page, "euc-kr", "koi8-r");
  EXPECT_EQ(decoded.encoding, "utf-8");
  EXPECT_EQ(decoded.source, "bom");
  EXPECT_NE(decoded.utf8.find("café"), std::string::npos);
}

TEST(Decode, OverrideBeatsTransportAndMeta) {
  const std::string page = Page(Encode(testing::kRussianNews, "KOI8-R"),
                                "<meta charset=windows-1251>");
  const Decoded decoded = Decode(page, "KOI8-R", "iso-8859-5");
  EXPECT_EQ(decoded.encoding, "koi8-r");
  EXPECT_EQ(decoded.source, "override");
  EXPECT_EQ(decoded.utf8,
            Page(testing::kRussianNews, "<meta charset=windows-1251>"));
}

TEST(Decode, OverrideIsObeyedEvenAgainstTheBytes) {
  // The user asked for UTF-8: windows-1252 bytes are not reinterpreted.
  const Decoded decoded = Decode(Page("caf\xE9 cr\xE8me \xE0 la"), "utf8", "");
  EXPECT_EQ(decoded.encoding, "utf-8");
  EXPECT_EQ(decoded.source, "override");
  EXPECT_EQ(decoded.invalid_sequences, 3u);
}

TEST(Decode, TransportBeatsMeta) {
  const std::string page = Page(Encode(testing::kKoreanNews, "EUC-KR"),
                                "<meta charset=\"windows-1252\">");
  const Decoded decoded = Decode(page, "", "ks_c_5601-1987");
  EXPECT_EQ(decoded.encoding, "euc-kr");
  EXPECT_EQ(decoded.source, "transport");
  EXPECT_EQ(decoded.utf8,
            Page(testing::kKoreanNews, "<meta charset=\"windows-1252\">"));
}

TEST(Decode, UnknownLabelsAreIgnored) {
  const std::string page = Page(Encode(testing::kRussianNews, "CP1251"),
                                "<meta charset=windows-1251>");
  const Decoded decoded = Decode(page, "no-such-charset", "x-bogus");
  EXPECT_EQ(decoded.encoding, "windows-1251");
  EXPECT_EQ(decoded.source, "meta");
}

TEST(Decode, ReplacementLabelIsIgnored) {
  // iso-2022-kr names WHATWG's "replacement" encoding, which would yield a
  // single U+FFFD; we fall through to the next step instead.
  const std::string page = Page(Encode(testing::kRussianNews, "CP1251"),
                                "<meta charset=windows-1251>");
  const Decoded decoded = Decode(page, "iso-2022-kr", "hz-gb-2312");
  EXPECT_EQ(decoded.encoding, "windows-1251");
  EXPECT_EQ(decoded.source, "meta");
}

TEST(Decode, HttpEquivContentType) {
  const std::string head =
      "<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=EUC-KR'>";
  const std::string page = Page(Encode(testing::kKoreanNews, "EUC-KR"), head);
  const Decoded decoded = Decode(page, "", "");
  EXPECT_EQ(decoded.encoding, "euc-kr");
  EXPECT_EQ(decoded.source, "meta");
  EXPECT_EQ(decoded.utf8, Page(testing::kKoreanNews, head));
}

TEST(Decode, FakeMetaInCommentIsSkipped) {
  const std::string head =
      "<!-- old template: <meta charset=\"utf-8\"> -->\n"
      "<meta charset=\"shift_jis\">";
  const std::string page =
      Page(Encode(testing::kJapaneseNews, "SHIFT_JIS"), head);
  const Decoded decoded = Decode(page, "", "");
  EXPECT_EQ(decoded.encoding, "shift_jis");
  EXPECT_EQ(decoded.source, "meta");
  EXPECT_EQ(decoded.utf8, Page(testing::kJapaneseNews, head));
}

TEST(Decode, MetaUtf16MeansUtf8) {
  const std::string page = Page("caf\xC3\xA9 na\xC3\xAFve", "<meta charset=utf-16>");
  const Decoded decoded = Decode(page, "", "");
  EXPECT_EQ(decoded.encoding, "utf-8");
  EXPECT_EQ(decoded.source, "meta");
  EXPECT_EQ(decoded.utf8, page);
}

TEST(Decode, MetaAfterTheFirstKilobyteIsFound) {
  // A long inline script pushes the declaration past the standard's 1024
  // bytes; browsers still obey it (by re-decoding), and so do we.
  const std::string head = "<script>/*" + std::string(3000, 'x') +
                           "*/</script>\n<meta charset=\"windows-1251\">";
  const std::string page = Page(Encode(testing::kRussianNews, "CP1251"), head);
  const Decoded decoded = Decode(page, "", "");
  EXPECT_EQ(decoded.encoding, "windows-1251");
  EXPECT_EQ(decoded.source, "meta");
}

// The mislabelled case: the template says UTF-8, the text is windows-1252.
// Rule (decode.h): enough ill-formed sequences, no fewer than the
// well-formed ones, and a detected legacy decoding that is clean -> the
// detected encoding wins, source "detected", the meta kept as overruled.
TEST(Decode, MetaSaysUtf8ButBytesAreWindows1252) {
  const std::string head = "<meta charset=\"utf-8\">";
  const std::string page =
      Page(Encode(testing::kFrenchGermanNews, "CP1252"), head);
  const Decoded decoded = Decode(page, "", "");
  EXPECT_EQ(decoded.encoding, "windows-1252");
  EXPECT_EQ(decoded.source, "detected");
  EXPECT_EQ(decoded.overruled_encoding, "utf-8");
  EXPECT_EQ(decoded.overruled_source, "meta");
  EXPECT_EQ(decoded.utf8, Page(testing::kFrenchGermanNews, head));
  EXPECT_EQ(CountReplacements(decoded.utf8), 0u);
}

TEST(Decode, TransportSaysUtf8ButBytesAreEucKr) {
  const std::string page = Page(Encode(testing::kKoreanNews, "EUC-KR"));
  const Decoded decoded = Decode(page, "", "UTF-8");
  EXPECT_EQ(decoded.encoding, "euc-kr");
  EXPECT_EQ(decoded.source, "detected");
  EXPECT_EQ(decoded.overruled_source, "transport");
  EXPECT_EQ(decoded.utf8, Page(testing::kKoreanNews));
}

TEST(Decode, Utf8PageWithAFewBadBytesKeepsItsDeclaration) {
  // Three stray bytes in a UTF-8 page are corruption, not a mislabel.
  const std::string head = "<meta charset=\"utf-8\">";
  const std::string body =
      std::string(testing::kFrenchGermanNews) + " \x92 \xA0 \xFF";
  const Decoded decoded = Decode(Page(body, head), "", "");
  EXPECT_EQ(decoded.encoding, "utf-8");
  EXPECT_EQ(decoded.source, "meta");
  EXPECT_EQ(decoded.invalid_sequences, 3u);
  EXPECT_EQ(CountReplacements(decoded.utf8), 3u);
  EXPECT_TRUE(decoded.overruled_encoding.empty());
}

TEST(Decode, Utf8PageWithManyBadBytesButMoreGoodOnesStaysUtf8) {
  // Eight stray bytes, but far more well-formed characters.
  std::string body(testing::kKoreanNews);
  for (int i = 0; i < 8; ++i) body += " \xB0";
  const Decoded decoded = Decode(Page(body, "<meta charset=utf-8>"), "", "");
  EXPECT_EQ(decoded.encoding, "utf-8");
  EXPECT_EQ(decoded.source, "meta");
  EXPECT_EQ(decoded.invalid_sequences, 8u);
}

TEST(Decode, LegacyDeclarationOverruledByValidUtf8) {
  // A server default of ISO-8859-1 around a UTF-8 page.
  const std::string page = Page(testing::kFrenchGermanNews);
  const Decoded decoded = Decode(page, "", "ISO-8859-1");
  EXPECT_EQ(decoded.encoding, "utf-8");
  EXPECT_EQ(decoded.source, "detected");
  EXPECT_EQ(decoded.overruled_encoding, "windows-1252");
  EXPECT_EQ(decoded.overruled_source, "transport");
  EXPECT_EQ(decoded.utf8, page);
}

TEST(Decode, LegacyDeclarationKeptForAsciiPage) {
  // Nothing contradicts the declaration: it stands.
  const std::string page = Page("plain text", "<meta charset=koi8-r>");
  const Decoded decoded = Decode(page, "", "");
  EXPECT_EQ(decoded.encoding, "koi8-r");
  EXPECT_EQ(decoded.source, "meta");
  EXPECT_EQ(decoded.utf8, page);
}

TEST(Decode, InvalidUtf8BecomesReplacementCharacters) {
  // Unicode's example (Table 3-8): one U+FFFD per maximal subpart.
  const Decoded decoded = Decode(
      "a\xF1\x80\x80\xE1\x80\xC2" "b\x80" "c\x80\xBF" "d", "utf-8", "");
  EXPECT_EQ(decoded.utf8,
            "a\uFFFD\uFFFD\uFFFD" "b\uFFFD" "c\uFFFD\uFFFD" "d");
  EXPECT_EQ(decoded.invalid_sequences, 6u);
}

TEST(Decode, UndeclaredMostlyUtf8StaysUtf8) {
  std::string page = Page(testing::kJapaneseNews);
  page += "\xFF\xFE\xFD";  // junk at the end
  const Decoded decoded = Decode(page, "", "");
  EXPECT_EQ(decoded.encoding, "utf-8");
  EXPECT_EQ(decoded.source, "detected");
  EXPECT_EQ(decoded.invalid_sequences, 3u);
  EXPECT_EQ(CountReplacements(decoded.utf8), 3u);
}

TEST(Decode, TruncatedMultibyteAtEnd) {
  // UTF-8: the first two bytes of "中" (E4 B8 AD) end the input.
  Decoded decoded = Decode("<p>\xE4\xB8\xAD\xE4\xB8", "", "");
  EXPECT_EQ(decoded.utf8, "<p>中\uFFFD");
  EXPECT_EQ(decoded.encoding, "utf-8");
  EXPECT_EQ(decoded.invalid_sequences, 1u);
  // Shift_JIS through iconv: a lone lead byte at the end.
  decoded = Decode("\x93\xFA\x96", "shift_jis", "");
  EXPECT_EQ(decoded.utf8, "日\uFFFD");
  EXPECT_EQ(decoded.invalid_sequences, 1u);
  // UTF-16LE: an odd final byte.
  decoded = Decode(std::string("\xFF\xFE" "A\x00" "B", 5), "", "");
  EXPECT_EQ(decoded.utf8, "A\uFFFD");
}

TEST(Decode, InvalidLegacyBytesContinue) {
  // EUC-KR "한" then an invalid pair, then "국": decoding goes on.
  const Decoded decoded = Decode("\xC7\xD1\xFF\xFF\xB1\xB9", "euc-kr", "");
  EXPECT_EQ(decoded.utf8, "한\uFFFD\uFFFD국");
  EXPECT_EQ(decoded.invalid_sequences, 2u);
}

TEST(Decode, EmptyInput) {
  const Decoded decoded = Decode("", "", "");
  EXPECT_EQ(decoded.utf8, "");
  EXPECT_EQ(decoded.encoding, "utf-8");
  EXPECT_EQ(decoded.source, "default");
  EXPECT_EQ(Decode("", "euc-kr", "").utf8, "");
  EXPECT_EQ(Decode("\xFF\xFE", "", "").utf8, "");
}

TEST(Decode, AsciiWithoutDeclarationIsUtf8Default) {
  const std::string page = Page("Plain English text.");
  const Decoded decoded = Decode(page, "", "");
  EXPECT_EQ(decoded.utf8, page);
  EXPECT_EQ(decoded.encoding, "utf-8");
  EXPECT_EQ(decoded.source, "default");
}

TEST(Decode, NulBytesBecomeReplacementCharacters) {
  using namespace std::string_literals;
  EXPECT_EQ(Decode("a\0b"s, "", "").utf8, "a\uFFFDb");
  EXPECT_EQ(Decode("\xC7\xD1\0"s, "euc-kr", "").utf8, "한\uFFFD");
  EXPECT_EQ(Decode("caf\xE9\0"s, "windows-1252", "").utf8, "café\uFFFD");
  EXPECT_EQ(Decode("\xFF\xFE" "a\0\0\0"s, "", "").utf8, "a\uFFFD");
  EXPECT_EQ(Decode("a\0b"s, "", "").invalid_sequences, 0u);
}

TEST(Decode, OutputIsAlwaysValidUtf8) {
  // Every byte value, in every encoding we decode, yields valid UTF-8.
  std::string all_bytes;
  for (int round = 0; round < 3; ++round) {
    for (int b = 0; b < 256; ++b) all_bytes.push_back(static_cast<char>(b));
    for (int b = 255; b >= 0; --b) all_bytes.push_back(static_cast<char>(b));
  }
  for (const char* label :
       {"utf-8", "windows-1252", "windows-1251", "euc-kr", "shift_jis", "gbk",
        "gb18030", "big5", "euc-jp", "iso-2022-jp", "koi8-u", "utf-16be",
        "x-user-defined", "iso-8859-8-i", "macintosh"}) {
    const Decoded decoded = Decode(all_bytes, label, "");
    EXPECT_EQ(decoded.encoding, CanonicalEncoding(label)) << label;
    const Decoded again = Decode(decoded.utf8, "utf-8", "");
    EXPECT_EQ(again.invalid_sequences, 0u) << label;
    EXPECT_EQ(again.utf8, decoded.utf8) << label;
    EXPECT_EQ(decoded.utf8.find('\0'), std::string::npos) << label;
  }
}

TEST(Decode, LargeLegacyPageIsDecodedWhole) {
  // Exercises iconv's E2BIG loop: ~1 MB of Korean, declared.
  std::string text;
  while (text.size() < (1u << 20)) text += testing::kKoreanNews;
  const std::string page =
      Page(Encode(text, "EUC-KR"), "<meta charset=euc-kr>");
  const Decoded decoded = Decode(page, "", "");
  EXPECT_EQ(decoded.utf8, Page(text, "<meta charset=euc-kr>"));
}

TEST(Decode, RandomInputAlwaysGivesValidUtf8) {
  // Random mixes of markup fragments, labels and arbitrary bytes: Decode
  // must neither crash nor emit invalid UTF-8 or NUL, whatever it chooses.
  const std::string_view kFragments[] = {
      "<meta charset=", "<meta http-equiv=content-type content=\"charset=",
      "utf-8>", "euc-kr\">", "shift_jis ", "utf-16>", "gbk'", "<!--", "-->",
      "<p title='", "\xEF\xBB\xBF", "\xFF\xFE", "\xE4\xB8", "\xC7\xD1",
      "\x1B$B", "\x1B(B", ">", "<", " ", "\0"};
  const char* kLabels[] = {"",          "",        "utf-8",    "euc-kr",
                           "iso-2022-jp", "utf-16be", "big5",    "gb18030",
                           "bogus",     "replacement"};
  std::mt19937 random(20240611);  // fixed seed: reproducible failures
  for (int round = 0; round < 400; ++round) {
    std::string bytes;
    const int pieces = static_cast<int>(random() % 60);
    for (int i = 0; i < pieces; ++i) {
      if (random() % 2 == 0) {
        bytes += kFragments[random() % std::size(kFragments)];
      } else {
        const int run = static_cast<int>(random() % 40);
        for (int j = 0; j < run; ++j) {
          bytes.push_back(static_cast<char>(random() % 256));
        }
      }
    }
    const Decoded decoded =
        Decode(bytes, kLabels[random() % std::size(kLabels)],
               kLabels[random() % std::size(kLabels)]);
    const Utf8Stats stats = ScanUtf8(decoded.utf8);
    ASSERT_EQ(stats.invalid_sequences, 0u) << "round " << round;
    ASSERT_EQ(stats.nul_bytes, 0u) << "round " << round;
    ASSERT_FALSE(decoded.encoding.empty()) << "round " << round;
    ASSERT_FALSE(decoded.source.empty()) << "round " << round;
  }
}

TEST(Decode, ConcurrentCallsAgree) {
  // No shared state: threads decoding different pages at once get exactly
  // what a single thread gets.
  const std::vector<std::string> pages = {
      Page(Encode(testing::kKoreanNews, "EUC-KR")),
      Page(Encode(testing::kJapaneseNews, "SHIFT_JIS"), "<meta charset=sjis>"),
      Page(Encode(testing::kRussianNews, "CP1251")),
      Page(Encode(testing::kFrenchGermanNews, "CP1252"),
           "<meta charset=utf-8>"),
  };
  std::vector<std::string> expected;
  for (const std::string& page : pages) {
    expected.push_back(Decode(page, "", "").utf8);
  }
  std::vector<int> mismatches(pages.size(), 0);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < pages.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        if (Decode(pages[t], "", "").utf8 != expected[t]) ++mismatches[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (size_t t = 0; t < pages.size(); ++t) EXPECT_EQ(mismatches[t], 0) << t;
}

}  // namespace
}  // namespace artext::charset

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/parsers/date_parse.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "heuristics.h"

namespace artext::metadata {
namespace {

struct DateCase {
  const char* input;
  const char* expected;  // nullptr = nullopt
};

std::string Show(const std::optional<std::string>& v) {
  return v ? *v : "(nullopt)";
}

void ExpectCases(const std::vector<DateCase>& cases, const DateContext& ctx) {
  for (const DateCase& c : cases) {
    const std::optional<std::string> got = ParseDate(c.input, ctx);
    const std::string want = c.expected ? c.expected : "(nullopt)";
    EXPECT_EQ(Show(got), want) << "input: " << c.input;
  }
}

TEST(ParseDate, Iso8601AndCommonMistakes) {
  ExpectCases(
      {
          {"2023-10-12", "2023-10-12"},
          {"2023-10-12T20:00:00", "2023-10-12T20:00:00"},
          {"2023-10-12T20:00", "2023-10-12T20:00:00"},
          {"2023-10-12T20:00:00Z", "2023-10-12T20:00:00Z"},
          {"2023-10-12T20:00:00+09:00", "2023-10-12T20:00:00+09:00"},
          {"2023-10-12T20:00:00-04:00", "2023-10-12T20:00:00-04:00"},
          {"2023-10-12T05:30:00+05:30", "2023-10-12T05:30:00+05:30"},
          {"2023-10-12 20:00:00", "2023-10-12T20:00:00"},
          {"2023-10-12T20:00:00.000+0900", "2023-10-12T20:00:00+09:00"},
          {"2023-10-12T20:00+09", "2023-10-12T20:00:00+09:00"},
          {"2023-10-12T20:00:00 +09:00", "2023-10-12T20:00:00+09:00"},
          {"2023-10-12t20:00:00z", "2023-10-12T20:00:00Z"},
          {"2023-10-12T20:00:00.123456Z", "2023-10-12T20:00:00Z"},
          {"2023-10-12T20:00:00,5Z", "2023-10-12T20:00:00Z"},
          {"2023-10-12T20:00:00+00:00", "2023-10-12T20:00:00+00:00"},
          {"2023-10-12T20:00:00-0000", "2023-10-12T20:00:00+00:00"},
          {"  2023-10-12  ", "2023-10-12"},
          {"2023-1-5", "2023-01-05"},
          {"2024-02-29", "2024-02-29"},
      },
      DateContext());
}

TEST(ParseDate, Rfc2822AndZoneNames) {
  ExpectCases(
      {
          {"Thu, 12 Oct 2023 20:00:00 +0900", "2023-10-12T20:00:00+09:00"},
          {"Thu, 12 Oct 2023 20:00:00 -0400", "2023-10-12T20:00:00-04:00"},
          {"Thu, 12 Oct 2023 20:00:00 GMT", "2023-10-12T20:00:00Z"},
          {"Thu, 12 Oct 2023 20:00:00 UTC", "2023-10-12T20:00:00Z"},
          {"Thu, 12 Oct 2023 20:00 EST", "2023-10-12T20:00:00-05:00"},
          {"Thu, 12 Oct 2023 20:00 EDT", "2023-10-12T20:00:00-04:00"},
          {"Thu, 12 Oct 2023 20:00 PST", "2023-10-12T20:00:00-08:00"},
          {"Thu, 12 Oct 2023 20:00 PDT", "2023-10-12T20:00:00-07:00"},
          {"Thu, 12 Oct 2023 20:00 CET", "2023-10-12T20:00:00+01:00"},
          {"Thu, 12 Oct 2023 20:00 CEST", "2023-10-12T20:00:00+02:00"},
          {"Thu, 12 Oct 2023 20:00 BST", "2023-10-12T20:00:00+01:00"},
          {"Thu, 12 Oct 2023 20:00 KST", "2023-10-12T20:00:00+09:00"},
          {"Thu, 12 Oct 2023 20:00 JST", "2023-10-12T20:00:00+09:00"},
          {"Thu, 12 Oct 2023 20:00 GMT+9", "2023-10-12T20:00:00+09:00"},
          // British dotted times, and a JavaScript Date.toString().
          {"Thu 12 Oct 2023 20.00 BST", "2023-10-12T20:00:00+01:00"},
          {"12 Oct 2023, 8.30pm", "2023-10-12T20:30:00"},
          {"12 Oct 2023 20.30", "2023-10-12"},
          {"Thu Oct 12 2023 20:00:00 GMT+0900 (Korean Standard Time)",
           "2023-10-12T20:00:00+09:00"},
          {"Thu, 12 Oct 2023 20:00 UTC-04:00", "2023-10-12T20:00:00-04:00"},
          // Unix date(1) and asctime order: time before the year.
          {"Thu Oct 12 20:00:00 2023", "2023-10-12T20:00:00"},
          {"Thu Oct 12 20:00:00 EDT 2023", "2023-10-12T20:00:00-04:00"},
          // Lower-case "est" is a word, not a zone.
          {"12 Oct 2023 20:00 est", "2023-10-12T20:00:00"},
      },
      DateContext());
}

// Calendar validity comes from std::chrono::year_month_day (it replaced a
// hand-written civil_date.cc): Gregorian leap years, month lengths.
TEST(ParseDate, GregorianLeapDaysAndMonthLengths) {
  ExpectCases(
      {
          {"2024-02-29", "2024-02-29"},
          {"2000-02-29", "2000-02-29"},
          {"2023-02-29", nullptr},
          {"2100-02-29", nullptr},
          {"2023-04-31", nullptr},
          {"2023-12-31", "2023-12-31"},
          {"2023-02-29T10:00:00Z", nullptr},
          {"2024-02-29T23:59:59Z", "2024-02-29T23:59:59Z"},
      },
      DateContext());
}

TEST(ParseDate, UsGenericZonesFollowDaylightSaving) {
  ExpectCases(
      {
          {"October 12, 2023 12:30 PM ET", "2023-10-12T12:30:00-04:00"},
          {"December 12, 2023 12:30 PM ET", "2023-12-12T12:30:00-05:00"},
          {"March 12, 2023 9:00 AM PT", "2023-03-12T09:00:00-07:00"},
          {"March 11, 2023 9:00 AM PT", "2023-03-11T09:00:00-08:00"},
          {"November 5, 2023 9:00 AM CT", "2023-11-05T09:00:00-06:00"},
          {"November 4, 2023 9:00 AM CT", "2023-11-04T09:00:00-05:00"},
          // Before 2007: first Sunday of April to last Sunday of October.
          {"April 2, 2006 9:00 AM ET", "2006-04-02T09:00:00-04:00"},
          {"March 20, 2006 9:00 AM ET", "2006-03-20T09:00:00-05:00"},
          {"October 29, 2006 9:00 AM ET", "2006-10-29T09:00:00-05:00"},
      },
      DateContext());
}

TEST(ParseDate, NumericOrders) {
  DateContext month_first;
  DateContext day_first;
  day_first.prefer_day_first = true;
  const std::vector<DateCase> unambiguous = {
      {"2023.10.12", "2023-10-12"},
      {"2023/10/12", "2023-10-12"},
      {"2023/10/12 20:00", "2023-10-12T20:00:00"},
      {"2023. 10. 12.", "2023-10-12"},
      {"13/10/2023", "2023-10-13"},
      {"10/13/2023", "2023-10-13"},
      {"12.10.2023", "2023-10-12"},  // dots: day-first
      {"12.10.2023 20:00", "2023-10-12T20:00:00"},
      {"2023/10/12 8:15 pm", "2023-10-12T20:15:00"},
  };
  for (const DateCase& c : unambiguous) {
    EXPECT_EQ(Show(ParseDate(c.input, month_first)), c.expected) << c.input;
    EXPECT_EQ(Show(ParseDate(c.input, day_first)), c.expected) << c.input;
  }
  ExpectCases({{"12/10/2023", "2023-12-10"},
               {"12-10-2023", "2023-12-10"},
               {"5/6/2023 8:15 PM", "2023-05-06T20:15:00"}},
              month_first);
  ExpectCases({{"12/10/2023", "2023-10-12"},
               {"12-10-2023", "2023-10-12"},
               {"5/6/2023 8:15 PM", "2023-06-05T20:15:00"}},
              day_first);
  ExpectCases({{"13/13/2023", nullptr}, {"31/02/2023", nullptr}}, day_first);
}

TEST(ParseDate, TwoDigitYearsLastUnlessTheLanguageWritesYearsFirst) {
  DateContext en;
  en.language = "en";
  DateContext de;
  de.language = "de";
  de.prefer_day_first = true;
  DateContext ko;
  ko.language = "ko";
  // "Updated on 09/11/25": month first in US English, day first elsewhere;
  // dots are day-first everywhere.
  ExpectCases({{"Updated on 09/11/25", "2025-09-11"},
               {"12/10/23", "2023-12-10"},
               {"12/10/98", "1998-12-10"},
               {"98/10/12", "1998-10-12"},
               {"23.10.12", "2012-10-23"},
               {"12.10.23", "2023-10-12"},
               {"12-10-23", "2023-12-10"},
               {"12/40/23", nullptr}},
              en);
  ExpectCases({{"12.10.23", "2023-10-12"}, {"12/10/23", "2023-10-12"}}, de);
  ExpectCases(
      {{"23.10.12", "2023-10-12"}, {"23.10.12 20:00", "2023-10-12T20:00:00"}},
      ko);
}

TEST(ParseDate, EnglishMonthNames) {
  ExpectCases(
      {
          {"October 12, 2023", "2023-10-12"},
          {"Oct 12, 2023", "2023-10-12"},
          {"Oct. 12, 2023", "2023-10-12"},
          {"OCT. 12, 2023", "2023-10-12"},
          {"october 12 2023", "2023-10-12"},
          {"12 October 2023", "2023-10-12"},
          {"12th October 2023", "2023-10-12"},
          {"the 12th of October, 2023", "2023-10-12"},
          {"1st Oct 2023", "2023-10-01"},
          {"Sept. 2, 2023", "2023-09-02"},
          {"12-Oct-2023", "2023-10-12"},
          {"2023 Oct 12", "2023-10-12"},
          {"Thursday, October 12, 2023", "2023-10-12"},
          {"October 12, 2023 at 8:00 p.m. EDT", "2023-10-12T20:00:00-04:00"},
          {"October 12, 2023 at 8:00 a.m.", "2023-10-12T08:00:00"},
          {"Oct 12, 2023 12:15 am", "2023-10-12T00:15:00"},
          {"Oct 12, 2023 12:15 pm", "2023-10-12T12:15:00"},
          {"Oct 12, 2023 8 PM", "2023-10-12T20:00:00"},
          {"Oct 12, 2023 8pm", "2023-10-12T20:00:00"},
          {"Oct 12, 2023, 8:05 p. m.", "2023-10-12T20:05:00"},
          {"Published 12 Oct 2023, 8:00 PM", "2023-10-12T20:00:00"},
          {"Updated: Oct 12, 2023", "2023-10-12"},
          {"Updated 12:30 PM ET, Thu October 12, 2023",
           "2023-10-12T12:30:00-04:00"},
          {"8:00 PM, 12 Oct 2023", "2023-10-12T20:00:00"},
          {"October 2023", nullptr},  // no day
          {"October 12", nullptr},    // no year
      },
      DateContext());
}

TEST(ParseDate, EuropeanMonthNames) {
  ExpectCases(
      {
          // German.
          {"12. Oktober 2023", "2023-10-12"},
          {"12. März 2023", "2023-03-12"},
          {"12. MÄRZ 2023", "2023-03-12"},
          {"3. Jänner 2023", "2023-01-03"},
          {"12. Okt. 2023, 20:00 Uhr", "2023-10-12T20:00:00"},
          {"12. Oktober 2023 um 20.30 Uhr", "2023-10-12T20:30:00"},
          {"Donnerstag, 12. Oktober 2023", "2023-10-12"},
          // French.
          {"12 octobre 2023", "2023-10-12"},
          {"1er août 2023", "2023-08-01"},
          {"12 févr. 2023", "2023-02-12"},
          {"12 décembre 2023 à 20h00", "2023-12-12T20:00:00"},
          {"12 decembre 2023 à 20h", "2023-12-12T20:00:00"},
          {"Publié le 12 octobre 2023 à 20 h 30", "2023-10-12T20:30:00"},
          // Spanish.
          {"12 de octubre de 2023", "2023-10-12"},
          {"12 de octubre de 2023 a las 20:00", "2023-10-12T20:00:00"},
          {"1º de enero de 2023", "2023-01-01"},
          {"12 dic 2023", "2023-12-12"},
          // Italian.
          {"12 ottobre 2023", "2023-10-12"},
          {"12 ottobre 2023 alle 20:00", "2023-10-12T20:00:00"},
          {"3 giu 2023", "2023-06-03"},
          // Portuguese.
          {"12 de outubro de 2023", "2023-10-12"},
          {"12 de março de 2023 às 20:00", "2023-03-12T20:00:00"},
          // Dutch.
          {"12 oktober 2023", "2023-10-12"},
          {"12 mrt 2023 om 20:00", "2023-03-12T20:00:00"},
          {"12 mei 2023", "2023-05-12"},
          // Russian, genitive and nominative.
          {"12 октября 2023", "2023-10-12"},
          {"12 ОКТЯБРЯ 2023", "2023-10-12"},
          {"1 марта 2023 г., 20:00", "2023-03-01T20:00:00"},
          {"12 октября 2023 года в 20:00", "2023-10-12T20:00:00"},
          {"Октябрь 12, 2023", "2023-10-12"},
      },
      DateContext());
}

TEST(ParseDate, MonthNamesOfMoreLanguages) {
  ExpectCases(
      {
          {"Opublikowano: 12 października 2023", "2023-10-12"},
          {"3 maja 2022, 14:05", "2022-05-03T14:05:00"},
          {"Publikováno 12. října 2023", "2023-10-12"},
          {"12. září 2023", "2023-09-12"},
          {"Yayınlanma: 12 Ekim 2023 14:05", "2023-10-12T14:05:00"},
          {"5 Şubat 2024", "2024-02-05"},
          {"12 octombrie 2023", "2023-10-12"},
          {"Publicat: 1 martie 2022", "2022-03-01"},
          {"Publicerad 12 augusti 2023", "2023-08-12"},
          {"12. desember 2023", "2023-12-12"},
          {"2023. október 12.", "2023-10-12"},
          {"12. lokakuuta 2023", "2023-10-12"},
          {"12 Agustus 2023", "2023-08-12"},
          {"12 Οκτωβρίου 2023", "2023-10-12"},
          {"12 ΟΚΤΩΒΡΙΟΥ 2023", "2023-10-12"},
          {"12 жовтня 2023", "2023-10-12"},
          {"12 октомври 2023", "2023-10-12"},
      },
      DateContext());
}

TEST(ParseDate, ArabicAndPersian) {
  ExpectCases(
      {
          // Arabic-Indic digits and the Egyptian month names.
          {"١٢ أكتوبر ٢٠٢٣", "2023-10-12"},
          {"12 اكتوبر 2023", "2023-10-12"},
          // The Levantine names, one word and two.
          {"3 نيسان 2022", "2022-04-03"},
          {"12 تشرين الأول 2023", "2023-10-12"},
          {"5 كانون الثاني 2024", "2024-01-05"},
          {"25 كانون الأول 2023", "2023-12-25"},
          // "كانون" alone names no month.
          {"5 كانون 2024", nullptr},
          // Persian digits, Gregorian months in Persian.
          {"۱۲ اکتبر ۲۰۲۳", "2023-10-12"},
          // The Solar Hijri calendar: 14 Mehr 1402 was 6 October 2023,
          // 1 Farvardin 1403 was 20 March 2024, 30 Esfand 1403 (a leap
          // year) 20 March 2025.
          {"۱۴ مهر ۱۴۰۲", "2023-10-06"},
          {"1 فروردین 1403", "2024-03-20"},
          {"30 اسفند 1403", "2025-03-20"},
          {"30 اسفند 1402", nullptr},
          {"۱۴۰۲/۰۷/۱۴", "2023-10-06"},
      },
      DateContext());
  DateContext fa;
  fa.language = "fa-IR";
  ExpectCases({{"1402/07/14", "2023-10-06"}}, fa);
  // A year in that range, in ASCII digits on a page not in Persian, is no
  // Gregorian date either.
  ExpectCases({{"1402/07/14", nullptr}}, DateContext());
}

TEST(ParseDate, BarSeparatedParts) {
  ExpectCases({{"26 | 01 | 2022", "2022-01-26"},
               {"2022 | 01 | 26", "2022-01-26"},
               {"Posted 26|01|2022", "2022-01-26"}},
              DateContext());
}

TEST(FindDate, GivesWhereTheDateIsWritten) {
  const std::string text = "Last updated: Dec 4, 2025 at 10:00";
  std::optional<FoundDate> found = FindDate(text, DateContext());
  ASSERT_TRUE(found);
  EXPECT_EQ(found->iso, "2025-12-04T10:00:00");
  EXPECT_EQ(text.substr(0, found->begin), "Last updated: ");
  EXPECT_EQ(text.substr(found->begin, found->end - found->begin),
            "Dec 4, 2025");
  EXPECT_FALSE(FindDate("no date here", DateContext()));
}

TEST(ParseDate, KoreanJapaneseChinese) {
  DateContext ko;
  ko.language = "ko";
  ExpectCases(
      {
          {"2023년 10월 12일", "2023-10-12"},
          {"2023년10월12일", "2023-10-12"},
          {"2023.10.12 오후 8:00", "2023-10-12T20:00:00"},
          {"2023.10.12 오전 8:00", "2023-10-12T08:00:00"},
          {"2023.10.12 오후 12:10", "2023-10-12T12:10:00"},
          {"2023.10.12 오전 12:10", "2023-10-12T00:10:00"},
          {"입력 2023.10.12 20:00", "2023-10-12T20:00:00"},
          {"입력 2023.10.12. 20:00 수정 2023.10.13. 09:00",
           "2023-10-12T20:00:00"},
          {"2023년 10월 12일 오후 8시 30분", "2023-10-12T20:30:00"},
          {"2023年10月12日 20時", "2023-10-12T20:00:00"},
          {"2023年10月12日 20時30分", "2023-10-12T20:30:00"},
          {"2023年10月12日 20:00", "2023-10-12T20:00:00"},
          {"2023年10月12日 午後8時", "2023-10-12T20:00:00"},
          {"2023年10月12日 下午8:00", "2023-10-12T20:00:00"},
          {"2023-10-12 20:00", "2023-10-12T20:00:00"},
          {"２０２３年１０月１２日", "2023-10-12"},  // full-width digits
          {"2023年13月12日", nullptr},
      },
      ko);
}

TEST(ParseDate, RejectsImpossibleValues) {
  ExpectCases(
      {
          {"2023-02-30", nullptr},
          {"2023-02-29", nullptr},
          {"2023-13-01", nullptr},
          {"2023-00-10", nullptr},
          {"2023-10-00", nullptr},
          {"2023-10-32", nullptr},
          {"2023-10-12 25:00", nullptr},
          {"2023-10-12T24:00:00", nullptr},
          {"2023-10-12T20:60:00", nullptr},
          {"2023-10-12T20:00:61", nullptr},
          {"30 February 2023", nullptr},
          {"February 30, 2023", nullptr},
          {"1989-12-31", nullptr},
          {"12 October 1985", nullptr},
          {"2023-10-12T20:00:00+25:00", "2023-10-12T20:00:00"},
          {"", nullptr},
          {"no date here", nullptr},
          {"Posted yesterday", nullptr},
          {"1.2.3.4", nullptr},
          {"version 1.10.12.2023", nullptr},
          {"12:30", nullptr},
      },
      DateContext());
}

TEST(ParseDate, SkipsPastImpossibleDateToALaterOne) {
  EXPECT_EQ(Show(ParseDate("Copyright 1985-01-01; published 2023-10-12",
                           DateContext())),
            "2023-10-12");
}

TEST(ParseDate, FutureDatesAreRejectedRelativeToNow) {
  DateContext ctx;
  ctx.now_unix = 1697112000;  // 2023-10-12T12:00:00Z
  EXPECT_EQ(Show(ParseDate("2023-10-12", ctx)), "2023-10-12");
  EXPECT_EQ(Show(ParseDate("2023-10-13T11:00:00Z", ctx)),
            "2023-10-13T11:00:00Z");
  EXPECT_EQ(Show(ParseDate("2023-10-13T13:00:00Z", ctx)), "(nullopt)");
  // The offset counts: 2023-10-13T20:00+09:00 is 11:00Z.
  EXPECT_EQ(Show(ParseDate("2023-10-13T20:00:00+09:00", ctx)),
            "2023-10-13T20:00:00+09:00");
  EXPECT_EQ(Show(ParseDate("2023-10-20", ctx)), "(nullopt)");
  EXPECT_EQ(Show(ParseDate("2099-01-01", ctx)), "(nullopt)");
  ctx.now_unix = INT64_MAX;  // no overflow
  EXPECT_EQ(Show(ParseDate("2099-01-01", ctx)), "2099-01-01");
  ctx.now_unix = -1;
  EXPECT_EQ(Show(ParseDate("2023-10-12", ctx)), "(nullopt)");
  // Without "now", the future is not checked.
  EXPECT_EQ(Show(ParseDate("2099-01-01", DateContext())), "2099-01-01");
}

TEST(ParseDate, CompactAndUnixForms) {
  DateContext ctx;
  EXPECT_EQ(Show(ParseDate("20231012", ctx)), "2023-10-12");
  EXPECT_EQ(Show(ParseDate("20231012200000", ctx)), "2023-10-12T20:00:00");
  EXPECT_EQ(Show(ParseDate("12345678", ctx)), "(nullopt)");
  EXPECT_EQ(Show(ParseDate("1697112000", ctx)), "2023-10-12T12:00:00Z");
  EXPECT_EQ(Show(ParseDate("1697112000000", ctx)), "2023-10-12T12:00:00Z");
}

TEST(ParseDate, HostileInputsFinishQuickly) {
  const auto start = std::chrono::steady_clock::now();
  DateContext ctx;
  const std::string digits(1 << 20, '7');
  EXPECT_FALSE(ParseDate(digits, ctx).has_value());
  std::string dated = "2023-10-12 " + digits;
  EXPECT_EQ(Show(ParseDate(dated, ctx)), "2023-10-12");
  // The date must be within the scanned prefix.
  EXPECT_FALSE(
      ParseDate(std::string(heuristics::kMaxDateScanBytes, ' ') + "2023-10-12", ctx)
          .has_value());
  std::string seps;
  for (int i = 0; i < 100000; ++i) seps += "12/";
  EXPECT_FALSE(ParseDate(seps, ctx).has_value());
  std::string colons;
  for (int i = 0; i < 100000; ++i) colons += "1:";
  EXPECT_FALSE(ParseDate(colons, ctx).has_value());
  std::string months;
  for (int i = 0; i < 100000; ++i) months += "Oct 12 ";
  EXPECT_FALSE(ParseDate(months, ctx).has_value());
  std::string bytes;
  for (int i = 0; i < 300000; ++i) bytes += static_cast<char>(0x80 + i % 128);
  EXPECT_FALSE(ParseDate(bytes, ctx).has_value());
  // Truncated UTF-8 at the end and a NUL inside.
  EXPECT_FALSE(ParseDate(std::string("\xE2\x82", 2), ctx).has_value());
  EXPECT_EQ(Show(ParseDate(std::string("2023-10-12\0x", 12), ctx)),
            "2023-10-12");
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed, std::chrono::seconds(2));
}

TEST(DateFromUrl, PathForms) {
  const std::vector<DateCase> cases = {
      {"https://example.com/2023/10/12/some-story.html", "2023-10-12"},
      {"https://example.com/news/2023/10/12", "2023-10-12"},
      {"https://example.com/news/2023-10-12/story", "2023-10-12"},
      {"https://example.com/news/story-2023-10-12.html", "2023-10-12"},
      {"https://example.com/news/20231012/story", "2023-10-12"},
      {"https://example.com/2023/oct/12/story", "2023-10-12"},
      {"https://example.com/2023/10/", nullptr},
      {"https://example.com/2023/10/story", nullptr},
      {"https://example.com/2023/10/12345-story", nullptr},
      {"https://example.com/2023/13/12/", nullptr},
      {"https://example.com/2023/02/30/", nullptr},
      {"https://example.com/1985/10/12/", nullptr},
      {"https://example.com/article/20231012000123", nullptr},
      {"https://example.com/story?date=2023-10-12", nullptr},
      {"https://2023-10-12.example.com/story", nullptr},
      {"/2023/10/12/story", "2023-10-12"},
      {"//example.com/2023/10/12/story", "2023-10-12"},
      {"", nullptr},
  };
  for (const DateCase& c : cases) {
    const std::string want = c.expected ? c.expected : "(nullopt)";
    EXPECT_EQ(Show(DateFromUrl(c.input)), want) << c.input;
  }
  EXPECT_FALSE(
      DateFromUrl("https://x.com/" + std::string(1 << 20, '1')).has_value());
}

TEST(DateFromUnix, SecondsAndMilliseconds) {
  EXPECT_EQ(Show(DateFromUnix(1697112000)), "2023-10-12T12:00:00Z");
  EXPECT_EQ(Show(DateFromUnix(1697112000123)), "2023-10-12T12:00:00Z");
  EXPECT_EQ(Show(DateFromUnix(951782400)), "2000-02-29T00:00:00Z");
  EXPECT_EQ(Show(DateFromUnix(951868799)), "2000-02-29T23:59:59Z");
  EXPECT_EQ(Show(DateFromUnix(631152000)), "1990-01-01T00:00:00Z");
  EXPECT_EQ(Show(DateFromUnix(4102444800)), "2100-01-01T00:00:00Z");
  EXPECT_EQ(Show(DateFromUnix(0)), "(nullopt)");
  EXPECT_EQ(Show(DateFromUnix(-5)), "(nullopt)");
  EXPECT_EQ(Show(DateFromUnix(631151999)), "(nullopt)");
  EXPECT_EQ(Show(DateFromUnix(INT64_MAX)), "(nullopt)");
}

TEST(LanguagePrefersDayFirst, Languages) {
  EXPECT_FALSE(LanguagePrefersDayFirst(""));
  EXPECT_FALSE(LanguagePrefersDayFirst("en"));
  EXPECT_FALSE(LanguagePrefersDayFirst("en-US"));
  EXPECT_FALSE(LanguagePrefersDayFirst("en_us"));
  EXPECT_TRUE(LanguagePrefersDayFirst("en-GB"));
  EXPECT_TRUE(LanguagePrefersDayFirst("en-AU"));
  EXPECT_TRUE(LanguagePrefersDayFirst("EN-IN"));
  EXPECT_TRUE(LanguagePrefersDayFirst("de"));
  EXPECT_TRUE(LanguagePrefersDayFirst("de-DE"));
  EXPECT_TRUE(LanguagePrefersDayFirst("fr"));
  EXPECT_TRUE(LanguagePrefersDayFirst("es-MX"));
  EXPECT_TRUE(LanguagePrefersDayFirst("ru"));
  EXPECT_FALSE(LanguagePrefersDayFirst("ko"));
  EXPECT_FALSE(LanguagePrefersDayFirst("ko-KR"));
  EXPECT_FALSE(LanguagePrefersDayFirst("ja"));
  EXPECT_FALSE(LanguagePrefersDayFirst("zh-Hans-CN"));
  EXPECT_FALSE(LanguagePrefersDayFirst("hu"));
  EXPECT_FALSE(LanguagePrefersDayFirst("lt"));
}

}  // namespace
}  // namespace artext::metadata

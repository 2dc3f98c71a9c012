// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/civil_date.h"

#include <gtest/gtest.h>

namespace artext::metadata {
namespace {

TEST(CivilDate, LeapYearsAndMonthLengths) {
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_FALSE(IsLeapYear(2023));
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(2100, 2), 28);
  EXPECT_EQ(DaysInMonth(2023, 4), 30);
  EXPECT_EQ(DaysInMonth(2023, 12), 31);
}

TEST(CivilDate, DaysFromCivilKnownValues) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(1969, 12, 31), -1);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);
  EXPECT_EQ(DaysFromCivil(2023, 10, 12), 19642);  // 1697068800 / 86400
  EXPECT_EQ(DaysFromCivil(9999, 12, 31), 2932896);
}

TEST(CivilDate, CivilFromDaysRoundTrips) {
  for (int64_t days = 0; days < 60000; days += 7) {  // 1970 .. 2134
    const CivilDate d = CivilFromDays(days);
    EXPECT_EQ(DaysFromCivil(d.year, d.month, d.day), days);
  }
  const CivilDate leap = CivilFromDays(DaysFromCivil(2024, 2, 29));
  EXPECT_EQ(leap.year, 2024);
  EXPECT_EQ(leap.month, 2);
  EXPECT_EQ(leap.day, 29);
  const CivilDate last = CivilFromDays(DaysFromCivil(9999, 12, 31));
  EXPECT_EQ(last.year, 9999);
  EXPECT_EQ(last.day, 31);
}

TEST(CivilDate, Weekday) {
  EXPECT_EQ(Weekday(DaysFromCivil(1970, 1, 1)), 4);    // Thursday
  EXPECT_EQ(Weekday(DaysFromCivil(2023, 10, 12)), 4);  // Thursday
  EXPECT_EQ(Weekday(DaysFromCivil(2024, 2, 29)), 4);   // Thursday
  EXPECT_EQ(Weekday(DaysFromCivil(2023, 10, 15)), 0);  // Sunday
  EXPECT_EQ(Weekday(DaysFromCivil(1969, 12, 31)), 3);  // Wednesday
}

TEST(CivilDate, UsDaylightTime) {
  // 2023: 12 March to 5 November.
  EXPECT_FALSE(IsUsDaylightTime({2023, 3, 11}));
  EXPECT_TRUE(IsUsDaylightTime({2023, 3, 12}));
  EXPECT_TRUE(IsUsDaylightTime({2023, 11, 4}));
  EXPECT_FALSE(IsUsDaylightTime({2023, 11, 5}));
  EXPECT_FALSE(IsUsDaylightTime({2023, 1, 15}));
  // 2006 rules: 2 April to 29 October.
  EXPECT_FALSE(IsUsDaylightTime({2006, 4, 1}));
  EXPECT_TRUE(IsUsDaylightTime({2006, 4, 2}));
  EXPECT_TRUE(IsUsDaylightTime({2006, 10, 28}));
  EXPECT_FALSE(IsUsDaylightTime({2006, 10, 29}));
}

}  // namespace
}  // namespace artext::metadata

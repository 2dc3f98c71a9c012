// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/civil_date.h"

namespace artext::metadata {

namespace {

// Days from 0001-01-01 to 1970-01-01 in the proleptic Gregorian calendar.
constexpr int64_t kDaysFromYear1To1970 = 719162;

int64_t NthSunday(int year, int month, int n) {
  const int64_t first = DaysFromCivil(year, month, 1);
  return first + (7 - Weekday(first)) % 7 + 7 * (n - 1);
}

int64_t LastSunday(int year, int month) {
  const int64_t last = DaysFromCivil(year, month, DaysInMonth(year, month));
  return last - Weekday(last);
}

}  // namespace

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30,
                                    31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

int64_t DaysFromCivil(int year, int month, int day) {
  static constexpr int kDaysBeforeMonth[12] = {0,   31,  59,  90,  120, 151,
                                               181, 212, 243, 273, 304, 334};
  // Whole years before `year`, with their leap days, then the months.
  const int64_t prior_years = year - 1;
  const int64_t days = prior_years * 365 + prior_years / 4 - prior_years / 100 +
                       prior_years / 400 + kDaysBeforeMonth[month - 1] +
                       ((month > 2 && IsLeapYear(year)) ? 1 : 0) + (day - 1);
  return days - kDaysFromYear1To1970;
}

CivilDate CivilFromDays(int64_t days) {
  // Start from an underestimate of the year (no year has more than 366
  // days) and step forward; at most a few steps per century.
  int year = static_cast<int>(1970 + days / 366);
  while (DaysFromCivil(year + 1, 1, 1) <= days) ++year;
  int month = 1;
  while (month < 12 && DaysFromCivil(year, month + 1, 1) <= days) ++month;
  CivilDate date;
  date.year = year;
  date.month = month;
  date.day = static_cast<int>(days - DaysFromCivil(year, month, 1)) + 1;
  return date;
}

int Weekday(int64_t days) {
  // 1970-01-01 was a Thursday (4); the +7 keeps negative days positive.
  return static_cast<int>(((days % 7) + 7 + 4) % 7);
}

bool IsUsDaylightTime(const CivilDate& date) {
  const int64_t day = DaysFromCivil(date.year, date.month, date.day);
  int64_t start, end;
  if (date.year >= 2007) {
    start = NthSunday(date.year, 3, 2);  // second Sunday of March
    end = NthSunday(date.year, 11, 1);   // first Sunday of November
  } else {
    start = NthSunday(date.year, 4, 1);  // first Sunday of April
    end = LastSunday(date.year, 10);     // last Sunday of October
  }
  return day >= start && day < end;
}

}  // namespace artext::metadata

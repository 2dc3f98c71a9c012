// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Proleptic Gregorian calendar arithmetic for the date parser: day counts
// since the Unix epoch, weekdays, and the US daylight-saving rule needed to
// read "ET"/"PT" in datelines. Pure functions.

#ifndef ARTEXT_METADATA_CIVIL_DATE_H_
#define ARTEXT_METADATA_CIVIL_DATE_H_

#include <cstdint>

namespace artext::metadata {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

bool IsLeapYear(int year);

// REQUIRES: 1 <= month <= 12.
int DaysInMonth(int year, int month);

// Days since 1970-01-01 (negative before it).
// REQUIRES: year >= 1, 1 <= month <= 12.
int64_t DaysFromCivil(int year, int month, int day);

// The date `days` after 1970-01-01. REQUIRES: 0 <= days < 2^40.
CivilDate CivilFromDays(int64_t days);

// Day of the week of `days` since 1970-01-01: 0 = Sunday ... 6 = Saturday.
int Weekday(int64_t days);

// Whether US daylight saving time is in effect on the local date `date`
// (rules of 2007 on; the 1987-2006 rules before). The 2 a.m. change-over
// hour is ignored: a dateline gives the date, rarely that hour.
bool IsUsDaylightTime(const CivilDate& date);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_CIVIL_DATE_H_

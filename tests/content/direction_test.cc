// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/direction.h"

#include <string>

#include <gtest/gtest.h>

namespace artext::content {
namespace {

TEST(TextDirection, ArabicAndHebrewAreRtl) {
  EXPECT_STREQ(TextDirection("صوّت مجلس المدينة يوم الثلاثاء على إغلاق الجسر"), "rtl");
  EXPECT_STREQ(TextDirection("מועצת העיר הצביעה ביום שלישי"), "rtl");
}

TEST(TextDirection, MostlyRtlWithLatinQuotesStaysRtl) {
  EXPECT_STREQ(TextDirection("قال المتحدث باسم NASA إن المهمة ستبدأ في 2024 من فلوريدا"),
               "rtl");
}

TEST(TextDirection, LatinCjkAndEmptyAreLtr) {
  EXPECT_STREQ(TextDirection("The council voted to close the bridge."), "ltr");
  EXPECT_STREQ(TextDirection("市は十九日、橋の改修を発表した。"), "ltr");
  EXPECT_STREQ(TextDirection(""), "ltr");
  EXPECT_STREQ(TextDirection("The word سلام means peace in Arabic and is common."),
               "ltr");
}

}  // namespace
}  // namespace artext::content

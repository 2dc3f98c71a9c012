// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/utf8_case.h"

#include <gtest/gtest.h>

#include <string>

namespace artext::util {
namespace {

TEST(Utf8Case, CaseMapping) {
  struct Pair {
    char32_t upper, lower;
  };
  const Pair pairs[] = {
      {U'A', U'a'}, {U'Z', U'z'}, {U'É', U'é'}, {U'Ü', U'ü'}, {U'Þ', U'þ'},
      {U'Ÿ', U'ÿ'}, {U'Ā', U'ā'}, {U'Ł', U'ł'}, {U'Ž', U'ž'}, {U'Ő', U'ő'},
      {U'Ș', U'ș'}, {U'Ạ', U'ạ'}, {U'Ω', U'ω'}, {U'Ά', U'ά'}, {U'Ж', U'ж'},
      {U'Ё', U'ё'}, {U'Ї', U'ї'}, {U'Ґ', U'ґ'},
  };
  for (const Pair& p : pairs) {
    EXPECT_EQ(ToLowerCodePoint(p.upper), p.lower) << int(p.upper);
    EXPECT_EQ(ToUpperCodePoint(p.lower), p.upper) << int(p.lower);
    EXPECT_TRUE(IsUpperCodePoint(p.upper));
    EXPECT_TRUE(IsLowerCodePoint(p.lower));
  }
  EXPECT_EQ(ToUpperCodePoint(U'ς'), U'Σ');
  EXPECT_EQ(ToLowerCodePoint(U'İ'), U'i');
  EXPECT_EQ(ToUpperCodePoint(U'ı'), U'I');
  EXPECT_FALSE(IsUpperCodePoint(U'김'));
  EXPECT_FALSE(IsLowerCodePoint(U'김'));
  EXPECT_FALSE(IsUpperCodePoint(U'×'));
  EXPECT_TRUE(IsLowerCodePoint(U'ß'));
}

TEST(Utf8Case, LowerAndFold) {
  EXPECT_EQ(ToLowerUtf8("ÉCOLE Straße ОКТЯБРЯ"), "école straße октября");
  EXPECT_EQ(FoldForMatch("Août"), "aout");
  EXPECT_EQ(FoldForMatch("MÄRZ"), "marz");
  EXPECT_EQ(FoldForMatch("Março"), "marco");
  EXPECT_EQ(FoldForMatch("Ma\xCC\x88rz"), "marz");  // combining diaeresis
  EXPECT_EQ(FoldForMatch("Октября"), "октября");
  EXPECT_EQ(FoldForMatch("2023년"), "2023년");
}

}  // namespace
}  // namespace artext::util

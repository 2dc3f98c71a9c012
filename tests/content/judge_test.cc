// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/judge.h"

#include <gtest/gtest.h>

namespace artext::content {
namespace {

TEST(IsErrorHeadline, SeveralLanguages) {
  EXPECT_TRUE(IsErrorHeadline("404 | Example"));
  EXPECT_TRUE(IsErrorHeadline("Page Not Found – The Gazette"));
  EXPECT_TRUE(IsErrorHeadline("Страница не найдена"));
  EXPECT_TRUE(IsErrorHeadline("ページが見つかりません"));
  EXPECT_FALSE(IsErrorHeadline("Council votes to close the bridge"));
}

}  // namespace
}  // namespace artext::content

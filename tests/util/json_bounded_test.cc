// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/json_bounded.h"

#include <gtest/gtest.h>

#include <string>

namespace artext::util {
namespace {

TEST(JsonBounded, ParsesJsonWithinTheBounds) {
  JsonShape shape;
  nlohmann::json j = ParseJsonBounded(R"({"a": [1, 2, {"b": "x"}]})", &shape);
  EXPECT_EQ(shape, JsonShape::kWithinBounds);
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j["a"][2]["b"], "x");
  // Invalid JSON within the bounds: discarded, shape still fine.
  EXPECT_TRUE(ParseJsonBounded("{\"a\":", &shape).is_discarded());
  EXPECT_EQ(shape, JsonShape::kWithinBounds);
}

TEST(JsonBounded, RejectsNestingPastTheLimitBeforeParsing) {
  const int limit = heuristics::kMaxJsonNesting;
  std::string at_limit = std::string(limit, '[') + std::string(limit, ']');
  JsonShape shape;
  EXPECT_TRUE(ParseJsonBounded(at_limit, &shape).is_array());
  EXPECT_EQ(shape, JsonShape::kWithinBounds);
  std::string over = std::string(limit + 1, '[') + std::string(limit + 1, ']');
  EXPECT_TRUE(ParseJsonBounded(over, &shape).is_discarded());
  EXPECT_EQ(shape, JsonShape::kTooDeep);
  EXPECT_EQ(JsonShapeError(shape), "JSON nested deeper than 512 levels");
  // 64 MiB of '[' is rejected at level 513, not built.
  EXPECT_EQ(ScanJsonShape(std::string(64 << 20, '[')), JsonShape::kTooDeep);
  // Brackets inside strings, escaped quotes included, are text.
  std::string in_string = "[\"" + std::string(2000, '[') + "\\\"" +
                          std::string(2000, '{') + "\"]";
  EXPECT_TRUE(ParseJsonBounded(in_string, &shape).is_array());
}

TEST(JsonBounded, RejectsTooManyValues) {
  JsonBounds bounds;
  bounds.max_values = 100;
  std::string many = "[0";
  for (int i = 0; i < 200; ++i) many += ",0";
  many += "]";
  JsonShape shape;
  EXPECT_TRUE(ParseJsonBounded(many, &shape, bounds).is_discarded());
  EXPECT_EQ(shape, JsonShape::kTooManyValues);
  bounds.max_values = 1000;
  EXPECT_TRUE(ParseJsonBounded(many, &shape, bounds).is_array());
}

}  // namespace
}  // namespace artext::util

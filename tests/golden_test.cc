// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The golden test: every samples/NAME.html with an expected file is one test
// case, checked exactly as `artext check samples/` does. A failure prints the
// diff. ARTEXT_UPDATE_GOLDEN=1 rewrites the expected files instead (and
// creates NAME.expected.json for pages that have none).

#include <cctype>
#include <cstdlib>
#include <iostream>
#include <string>

#include <gtest/gtest.h>

#include "cli/check.h"

namespace artext::cli {

// Test names and failure messages show the fixture's name, not its bytes.
void PrintTo(const Fixture& fixture, std::ostream* os) { *os << fixture.name; }

namespace {

bool Updating() {
  const char* v = std::getenv("ARTEXT_UPDATE_GOLDEN");
  return v != nullptr && std::string(v) == "1";
}

std::vector<Fixture> Samples() {
  return FindFixtures(ARTEXT_SOURCE_DIR "/samples", Updating());
}

class Golden : public testing::TestWithParam<Fixture> {};

TEST_P(Golden, MatchesExpectation) {
  CheckOptions options;
  options.update = Updating();
  FixtureResult r = CheckFixture(GetParam(), options);
  EXPECT_TRUE(r.passed) << GetParam().html_path << "\n" << r.report;
  if (r.passed && !r.report.empty()) std::cout << r.report;
}

std::string TestName(const testing::TestParamInfo<Fixture>& info) {
  std::string name;
  for (char c : info.param.name) {
    name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  }
  return name + "_" + std::to_string(info.index);  // unique even if names clash
}

INSTANTIATE_TEST_SUITE_P(Samples, Golden, testing::ValuesIn(Samples()),
                         TestName);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Golden);

}  // namespace
}  // namespace artext::cli

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "artext/output.h"

namespace artext {
namespace {

// A page's ESC and BEL would come back raw to whoever decodes the record
// and prints it: they are dropped, not escaped (issue 17).
TEST(ToJson, NoControlCharacterSurvivesEvenEscaped) {
  Article a;
  a.headline = "Bell\a and esc\x1b]0;pwned\a title";
  a.authors = {"Ann\x1b[2J Lee"};
  Block b;
  b.text = "Para\x7f with DEL\x1b and tab\tkept";
  a.body.push_back(b);
  a.text = b.text;
  a.provenance["headline"] = "meta\x1b";
  for (bool pretty : {true, false}) {
    OutputOptions options;
    options.pretty = pretty;
    options.explain = true;
    const std::string out = ToJson(a, options);
    EXPECT_EQ(out.find("\\u001b"), std::string::npos) << out;
    EXPECT_EQ(out.find("\\u0007"), std::string::npos) << out;
    EXPECT_EQ(out.find("\\u007f"), std::string::npos) << out;
    const nlohmann::json j = nlohmann::json::parse(out);
    EXPECT_EQ(j["headline"], "Bell and esc]0;pwned title");
    EXPECT_EQ(j["authors"][0], "Ann[2J Lee");
    EXPECT_EQ(j["body"][0]["text"], "Para with DEL and tab\tkept");
    EXPECT_EQ(j["text"], "Para with DEL and tab\tkept");
    EXPECT_EQ(j["provenance"]["headline"], "meta");
  }
}

}  // namespace
}  // namespace artext

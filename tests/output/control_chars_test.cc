// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Every library serialiser drops the page's control characters itself, so
// a library or Python user printing ToText() to a terminal is as safe as the
// command line (util/control_chars.h).

#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "artext/output.h"

namespace artext {
namespace {

Article HostileArticle() {
  Article a;
  a.headline = "Bell\a and esc\x1b]0;pwned\a title";
  a.authors = {"Ann\x1b[2J Lee"};
  Block b;
  b.text = "Para\x7f with DEL\x1b and tab\tkept \xc2\x9b" "31m";
  a.body.push_back(b);
  a.text = b.text;
  return a;
}

TEST(Serialisers, NoControlCharacterInAnyFormat) {
  const Article a = HostileArticle();
  const std::vector<std::pair<const char*, std::string>> outputs = {
      {"text", ToText(a)},
      {"markdown", ToMarkdown(a)},
      {"html", ToHtml(a)},
      {"why", ToWhyHtml(a)},
  };
  for (const auto& [name, out] : outputs) {
    EXPECT_EQ(out.find('\x1b'), std::string::npos) << name << ": " << out;
    EXPECT_EQ(out.find('\a'), std::string::npos) << name;
    EXPECT_EQ(out.find('\x7f'), std::string::npos) << name;
    EXPECT_EQ(out.find("\xc2\x9b"), std::string::npos) << name << " (C1 CSI)";
  }
  // The text around them is kept.
  EXPECT_NE(outputs[0].second.find("Bell and esc]0;pwned title"),
            std::string::npos);
  EXPECT_NE(outputs[0].second.find("Para with DEL and tab\tkept 31m"),
            std::string::npos)
      << outputs[0].second;
}

}  // namespace
}  // namespace artext

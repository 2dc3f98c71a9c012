// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The --why view: golden files for one article and one non-article page
// (tests/output/why/NAME.why.html; ARTEXT_UPDATE_GOLDEN=1 rewrites them),
// and a hostile page whose scripts, event handlers and javascript: links
// must come out as inert text.

#include <gtest/gtest.h>
#include <gumbo.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "artext/extract.h"
#include "artext/output.h"
#include "cli/format.h"
#include "util/text.h"

namespace artext {
namespace {

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string WhyOf(std::string_view html) {
  Options options;
  options.why = true;
  Article article;
  Status s = Extract(html, options, &article);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return cli::Render(article, cli::Format::kWhy, OutputOptions());
}

class WhyGolden : public testing::TestWithParam<const char*> {};

TEST_P(WhyGolden, MatchesTheGoldenView) {
  const std::string name = GetParam();
  const std::string view =
      WhyOf(Read(ARTEXT_SOURCE_DIR "/samples/" + name + ".html"));
  const std::string golden_path =
      ARTEXT_SOURCE_DIR "/tests/output/why/" + name + ".why.html";
  const char* update = std::getenv("ARTEXT_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(golden_path, std::ios::binary) << view;
  }
  EXPECT_EQ(view, Read(golden_path)) << "diff against " << golden_path;
}

INSTANTIATE_TEST_SUITE_P(Samples, WhyGolden,
                         testing::Values("reference-joongang",
                                         "body-not-article-index"));

// What the view must never hold, found by parsing it as a browser would.
struct Danger {
  int scripts = 0;
  int links = 0;
  std::vector<std::string> handlers;     // on* attributes
  std::vector<std::string> script_urls;  // javascript: in any attribute
  std::string text;                      // all text, concatenated
};

void Inspect(const GumboNode* n, Danger* d) {
  if (n->type == GUMBO_NODE_TEXT) {
    d->text += n->v.text.text;
    d->text += ' ';
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector* children = n->type == GUMBO_NODE_DOCUMENT
                                    ? &n->v.document.children
                                    : &n->v.element.children;
  if (n->type == GUMBO_NODE_ELEMENT) {
    const GumboElement& e = n->v.element;
    if (e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_IFRAME ||
        e.tag == GUMBO_TAG_OBJECT || e.tag == GUMBO_TAG_EMBED) {
      ++d->scripts;
    }
    if (e.tag == GUMBO_TAG_A || e.tag == GUMBO_TAG_IMG ||
        e.tag == GUMBO_TAG_LINK) {
      ++d->links;
    }
    for (unsigned i = 0; i < e.attributes.length; ++i) {
      const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
      std::string name = util::AsciiLower(a->name);
      if (name.starts_with("on")) d->handlers.push_back(name);
      std::string value = util::AsciiLower(a->value);
      std::erase_if(value, [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
      if (value.find("javascript:") != std::string::npos) {
        d->script_urls.push_back(value);
      }
    }
  }
  for (unsigned i = 0; i < children->length; ++i) {
    Inspect(static_cast<const GumboNode*>(children->data[i]), d);
  }
}

TEST(WhyView, HostilePageComesOutInert) {
  const std::string page =
      "<html><head><title>t</title><script>alert('head')</script>"
      "<style>body{background:url(javascript:alert(1))}</style></head><body>"
      "<nav><a href=\"javascript:alert('nav')\">Home</a></nav>"
      "<article><h1 onclick=\"alert('h1')\">A headline</h1>"
      "<p onmouseover=\"alert('p')\">The council met on Tuesday to discuss "
      "the budget, and the vote was postponed until next month, officials "
      "said. &lt;script&gt;alert('text')&lt;/script&gt; was printed on the "
      "page as text.</p>"
      "<p>Residents asked questions about roads, schools and parks, and the "
      "<a href=\"javascript:alert('link')\" onclick=\"steal()\">mayor</a> "
      "answered them one by one for over an hour.</p>"
      "<img src=x onerror=\"alert('img')\" alt=\"a picture\">"
      "<script>document.write('<p>injected</p>')</script>"
      "<iframe src=\"javascript:alert('frame')\"></iframe>"
      "</article><div class=\"related\" onload=\"x()\"><a "
      "href=\"JaVaScRiPt:alert(2)\">Other story</a></div></body></html>";
  const std::string view = WhyOf(page);
  GumboOutput* out = gumbo_parse(view.c_str());
  Danger d;
  Inspect(out->document, &d);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  EXPECT_EQ(d.scripts, 0);
  EXPECT_EQ(d.links, 0);
  EXPECT_TRUE(d.handlers.empty()) << d.handlers.front();
  EXPECT_TRUE(d.script_urls.empty()) << d.script_urls.front();
  // The page's text is there, as text: the escaped "<script>" the page
  // printed is shown, its link and nav text too, but no script body ran
  // into it.
  EXPECT_NE(d.text.find("<script>alert('text')</script>"), std::string::npos);
  EXPECT_NE(d.text.find("mayor"), std::string::npos);
  EXPECT_NE(d.text.find("Other story"), std::string::npos);
  EXPECT_EQ(d.text.find("injected"), std::string::npos);
  EXPECT_EQ(d.text.find("alert('head')"), std::string::npos);
}

TEST(WhyView, SaysSoWithoutADecisionRecord) {
  Article article;
  article.headline = "x";
  const std::string view = cli::Render(article, cli::Format::kWhy, OutputOptions());
  EXPECT_NE(view.find("No decision record"), std::string::npos);
}

}  // namespace
}  // namespace artext

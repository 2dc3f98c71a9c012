// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "dom/text.h"

#include <gtest/gtest.h>

#include "dom/document.h"

namespace artext::dom {
namespace {

std::string BodyText(const char* html) {
  Document doc = Document::Parse(html, {});
  return InnerText(doc.body());
}

TEST(InnerText, BlocksStartLinesInlineRunsTogether) {
  EXPECT_EQ(BodyText("<p>one <b>two</b>three</p><div>four</div>"),
            "one twothree\nfour");
}

TEST(InnerText, CollapsesWhitespaceAndNoBreakSpaces) {
  EXPECT_EQ(BodyText("<p>  a \n\t b&nbsp;&nbsp; c </p><p>&nbsp;</p><p>d</p>"),
            "a b c\nd");
}

TEST(InnerText, BrStartsALine) {
  EXPECT_EQ(BodyText("<p>line one<br>line two</p>"), "line one\nline two");
}

TEST(InnerText, SkipsScriptsStylesAndRemovedNodes) {
  Document doc = Document::Parse(
      "<p>keep<script>var x;</script><style>p{}</style></p><p id=x>drop</p>",
      {});
  for (Node* n = doc.root(); n; n = NextInTree(n, doc.root())) {
    if (n->Attr("id") == "x") n->removed = true;
  }
  EXPECT_EQ(InnerText(doc.body()), "keep");
}

TEST(Document, DeepNestingDoesNotRecurse) {
  std::string html;
  for (int i = 0; i < 20000; ++i) html += "<span>";
  html += "deep text";
  Document doc = Document::Parse(html, {});
  EXPECT_EQ(FlatText(doc.body()), "deep text");
}

TEST(Document, OrderIndexesTheArena) {
  Document doc = Document::Parse("<div><p>a</p><p>b</p></div>", {});
  for (size_t i = 0; i < doc.node_count(); ++i) {
    EXPECT_EQ(doc.node(i)->order, i);
  }
}

}  // namespace
}  // namespace artext::dom

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/url.h"

#include <gtest/gtest.h>

namespace artext::util {
namespace {

TEST(ResolveUrl, RelativeForms) {
  const char* base = "https://example.com/news/2023/story.html?x=1#top";
  EXPECT_EQ(ResolveUrl(base, "/img/a.jpg"), "https://example.com/img/a.jpg");
  EXPECT_EQ(ResolveUrl(base, "a.jpg"), "https://example.com/news/2023/a.jpg");
  EXPECT_EQ(ResolveUrl(base, "../a.jpg"), "https://example.com/news/a.jpg");
  EXPECT_EQ(ResolveUrl(base, "./a/./b/../c.jpg"),
            "https://example.com/news/2023/a/c.jpg");
  EXPECT_EQ(ResolveUrl(base, "//cdn.example.net/a.jpg"),
            "https://cdn.example.net/a.jpg");
  EXPECT_EQ(ResolveUrl(base, "?page=2"),
            "https://example.com/news/2023/story.html?page=2");
  EXPECT_EQ(ResolveUrl(base, "#c"),
            "https://example.com/news/2023/story.html?x=1#c");
  EXPECT_EQ(ResolveUrl("https://example.com", "a.jpg"),
            "https://example.com/a.jpg");
  EXPECT_EQ(ResolveUrl(base, "/../../a"), "https://example.com/a");
}

TEST(ResolveUrl, AbsoluteAndUnknownBase) {
  EXPECT_EQ(ResolveUrl("https://example.com/", " http://other.org/x "),
            "http://other.org/x");
  EXPECT_EQ(ResolveUrl("", "/img/a.jpg"), "/img/a.jpg");
  EXPECT_EQ(ResolveUrl("not a url", "a.jpg"), "a.jpg");
  EXPECT_EQ(ResolveUrl("", "//cdn.example.net/a.jpg"),
            "https://cdn.example.net/a.jpg");
}

TEST(UrlPath, DropsEverythingButThePath) {
  EXPECT_EQ(UrlPath("https://example.com/2023/10/12/x?q=2023/01/01#f"),
            "/2023/10/12/x");
  EXPECT_EQ(UrlPath("/a/b"), "/a/b");
  EXPECT_TRUE(HasScheme("mailto:x@y.z"));
  EXPECT_FALSE(HasScheme("/2023:10"));
  EXPECT_FALSE(HasScheme("1http://x"));
}

}  // namespace
TEST(SafeLinkUrl, KeepsWebMailAndRelative) {
  EXPECT_EQ(SafeLinkUrl("https://example.com/a?b#c"), "https://example.com/a?b#c");
  EXPECT_EQ(SafeLinkUrl(" HTTP://example.com/ "), "HTTP://example.com/");
  EXPECT_EQ(SafeLinkUrl("mailto:desk@example.com"), "mailto:desk@example.com");
  EXPECT_EQ(SafeLinkUrl("/report"), "/report");
  EXPECT_EQ(SafeLinkUrl("../a:b"), "../a:b");
  EXPECT_EQ(SafeLinkUrl("#notes"), "#notes");
}

TEST(SafeLinkUrl, DropsScriptAndDataSchemes) {
  EXPECT_EQ(SafeLinkUrl("javascript:alert(1)"), "");
  EXPECT_EQ(SafeLinkUrl("JavaScript:alert(1)"), "");
  EXPECT_EQ(SafeLinkUrl("  javascript:alert(1)"), "");
  EXPECT_EQ(SafeLinkUrl("\x01javascript:alert(1)"), "");
  // Browsers remove tab and newline before reading the scheme.
  EXPECT_EQ(SafeLinkUrl("java\tscript:alert(1)"), "");
  EXPECT_EQ(SafeLinkUrl("java\nscript:alert(1)"), "");
  EXPECT_EQ(SafeLinkUrl("data:text/html,<script>x</script>"), "");
  EXPECT_EQ(SafeLinkUrl("vbscript:msgbox(1)"), "");
  EXPECT_EQ(SafeLinkUrl("file:///etc/passwd"), "");
  EXPECT_EQ(SafeLinkUrl("1ab:c"), "");
}

TEST(IsWebUrl, OnlyAbsoluteHttpWithHost) {
  EXPECT_TRUE(IsWebUrl("https://example.com/news/a.html"));
  EXPECT_TRUE(IsWebUrl("http://example.com"));
  EXPECT_FALSE(IsWebUrl("javascript:alert(1)//"));
  EXPECT_FALSE(IsWebUrl("mailto:a@example.com"));
  EXPECT_FALSE(IsWebUrl("/news/a.html"));
  EXPECT_FALSE(IsWebUrl("https:///nohost"));
  EXPECT_FALSE(IsWebUrl("https://exa\tmple.com/"));
}

TEST(UrlHost, AsWrittenUpToThePathPortQueryOrFragment) {
  EXPECT_EQ(UrlHost("https://www.rp.pl:80/x"), "www.rp.pl");
  EXPECT_EQ(UrlHost("https://blog.example.co.uk"), "blog.example.co.uk");
  EXPECT_EQ(UrlHost("http://example.com?q=1"), "example.com");
  EXPECT_EQ(UrlHost("https://example.com#top"), "example.com");
  // Without a scheme, the host is read from the start.
  EXPECT_EQ(UrlHost("example.com/a/b"), "example.com");
  EXPECT_EQ(UrlHost(""), "");
}

}  // namespace artext::util

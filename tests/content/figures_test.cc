// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/figures.h"

#include <gtest/gtest.h>

#include <string>

namespace artext::content {
namespace {

std::vector<Image> Figures(const std::string& body,
                           const std::string& base_url = "") {
  dom::Document doc = dom::Document::Parse(
      "<html><body>" + body + "</body></html>", dom::ParseOptions{});
  return CollectFigures(doc, base_url);
}

TEST(Figures, FigureWithCaptionAndNestedCredit) {
  auto images = Figures(
      "<figure><img src='/a.jpg'><figcaption>Boats in the harbour. "
      "<span class='credit'>Photo: J. Doe</span></figcaption></figure>");
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0].url, "/a.jpg");
  EXPECT_EQ(images[0].caption, "Boats in the harbour.");
  EXPECT_EQ(images[0].credit, "Photo: J. Doe");
}

TEST(Figures, CaptionBesideTheImageWrapper) {
  // The reference page's markup: the caption is a sibling of the image's span.
  auto images = Figures(
      "<div class='ab_photo'><span class='image'><img src='r.jpg' alt='x'>"
      "</span><span class='caption'>Activists hold a rally. [NEWS1]</span></div>"
      "<p>Story text.</p>");
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0].caption, "Activists hold a rally. [NEWS1]");
}

TEST(Figures, UncaptionedPicturesAndGalleriesAreLeftOut) {
  auto images = Figures(
      "<a href='/'><img src='logo.png'></a>"
      "<ul class='related'><li><img src='t1.jpg'><span class='caption'>one</span></li>"
      "</ul>"
      "<div class='gallery'><img src='g1.jpg'><img src='g2.jpg'>"
      "<p class='caption'>Two pictures share this caption</p></div>");
  // Only the teaser with its own caption; the gallery caption is not paired
  // with either picture and the logo has none.
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0].url, "t1.jpg");
}

TEST(Figures, LazyLoadedSourceAndDuplicates) {
  auto images = Figures(
      "<figure><img src='data:image/gif;base64,R0lG' data-src='/real.jpg'>"
      "<figcaption>Real picture</figcaption></figure>"
      "<figure><img src='/real.jpg'><figcaption>Real picture</figcaption></figure>");
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0].url, "/real.jpg");
}

TEST(Figures, AddressesResolvedAgainstThePage) {
  auto images = Figures(
      "<figure><img src='../img/a.jpg'><figcaption>Boats</figcaption></figure>"
      "<figure><img src='//cdn.example/b.jpg'><figcaption>Quay</figcaption>"
      "</figure>",
      "https://news.example/world/story.html");
  ASSERT_EQ(images.size(), 2u);
  EXPECT_EQ(images[0].url, "https://news.example/img/a.jpg");
  EXPECT_EQ(images[1].url, "https://cdn.example/b.jpg");
}

}  // namespace
}  // namespace artext::content

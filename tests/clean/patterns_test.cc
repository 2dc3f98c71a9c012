// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "clean/patterns.h"

#include <gtest/gtest.h>

namespace artext::clean {
namespace {

TEST(ClassPatterns, SidebarWidgetsAreBoilerplate) {
  EXPECT_TRUE(IsUnlikelyCandidate("widget widget_recent_entries"));
  EXPECT_LT(ClassWeight("widget-area"), 0);
}

TEST(ClassPatterns, PageBuilderWidgetsAreModulesNotSidebars) {
  // Elementor, SiteOrigin and HubSpot call every module of the story a
  // widget.
  EXPECT_FALSE(IsUnlikelyCandidate(
      "elementor-element elementor-widget elementor-widget-text-editor"));
  EXPECT_EQ(ClassWeight("elementor-widget-container"), 0);
  EXPECT_FALSE(IsUnlikelyCandidate("so-panel widget widget_sow-editor"));
  EXPECT_FALSE(IsUnlikelyCandidate("span12 widget-span dnd-module"));
}

TEST(ClassPatterns, PageBuilderModulesStillNamedBoilerplateGo) {
  EXPECT_TRUE(IsUnlikelyCandidate("elementor-widget elementor-widget-sidebar"));
  EXPECT_TRUE(IsUnlikelyCandidate("et_pb_module et_pb_social_media_follow"));
}

TEST(ClassPatterns, UtilityClassesAreNotRoles) {
  // Tailwind/Bootstrap overflow utilities and Drupal's hidden field label
  // clip or style a box; they do not hide it.
  EXPECT_EQ(ClassWeight("col-span-2 overflow-hidden"), 0);
  EXPECT_EQ(ClassWeight("relative md:overflow-x-hidden"), 0);
  EXPECT_EQ(ClassWeight("field field--name-field-paragraphs field--label-hidden"),
            0);
  // Tailwind's scroll margin marks an anchor target (a section of the story).
  EXPECT_EQ(ClassWeight("scroll-mt-24 prose"), 0);
  EXPECT_EQ(ClassWeight("benefit-item scroll-target grid"), 0);
}

TEST(ClassPatterns, HiddenAndScrollingBoxesStillWeighNegative) {
  EXPECT_LT(ClassWeight("hidden"), 0);
  EXPECT_LT(ClassWeight("visually-hidden"), 0);
  EXPECT_LT(ClassWeight("ticker-scroller"), 0);
  // A utility token does not excuse another word of the same element.
  EXPECT_LT(ClassWeight("sidebar overflow-hidden"), 0);
  EXPECT_TRUE(IsUnlikelyCandidate("related-posts overflow-hidden"));
}

}  // namespace
}  // namespace artext::clean

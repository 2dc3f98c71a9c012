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

}  // namespace
}  // namespace artext::clean

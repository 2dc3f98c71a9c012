// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "clean/patterns.h"

#include <array>

#include "heuristics.h"
#include "util/text.h"
#include "util/tokens.h"
#include "util/word_index.h"

namespace artext::clean {
namespace {

using std::string_view_literals::operator""sv;

// Boilerplate containers. Origin: Readability's unlikelyCandidates, extended
// with the CMS vocabulary of share bars, paywalls, consent banners and
// recommendation widgets seen on news sites.
constexpr std::array kUnlikely = {
    "banner"sv,     "breadcrumb"sv,  "combx"sv,       "comment"sv,
    "community"sv,  "cover-wrap"sv,  "disqus"sv,      "extra"sv,
    "footer"sv,     "gdpr"sv,        "legends"sv,     "menu"sv,
    "related"sv,    "remark"sv,      "replies"sv,     "rss"sv,
    "shoutbox"sv,   "sidebar"sv,     "skyscraper"sv,  "social"sv,
    "sponsor"sv,    "supplemental"sv, "ad-break"sv,   "agegate"sv,
    "pagination"sv, "pager"sv,       "share"sv,
    "sharing"sv,
    "recommend"sv,  "most-read"sv,   "mostread"sv,    "popular"sv,
    "trending"sv,   "outbrain"sv,    "taboola"sv,     "toolbar"sv,
    "tool-bar"sv,   "masthead"sv,    "navbar"sv,
};

// Boilerplate words that also name parts of a layout holding content: a
// product card in a buying guide is a "product-widget", a hero holding the
// standfirst a "banner", a Blogger post body sits in a "widget". A
// container named only so is boilerplate unless it holds prose (see
// IsLayoutWordOnly). Origin: WordPress sidebar widgets and ad banners
// (Readability's list), against the review, Blogger and corporate pages
// where the same words wrap the story's own blocks.
constexpr std::array kUnlikelyLayout = {
    "banner"sv, "widget"sv, "extra"sv, "supplemental"sv, "dropdown"sv,
};

// Prompts: boxes that ask the reader to do something (log in, subscribe,
// accept cookies). Sites also put these words on the element that wraps the
// gated article ("paywall", "subscriber-content"), so a container named so
// is only boilerplate while it holds little text (see IsPromptCandidate).
constexpr std::array kPrompt = {
    "paywall"sv,    "subscribe"sv,   "subscription"sv, "signup"sv,
    "sign-up"sv,    "login"sv,       "log-in"sv,       "newsletter"sv,
    "cookie"sv,     "consent"sv,     "modal"sv,        "popup"sv,
    "promo"sv,      "regwall"sv,     "registration"sv,
};

// Words that rescue an unlikely-looking container ("article-comments-count"
// must not take the article with it). Origin: Readability's
// okMaybeItsACandidate.
constexpr std::array kMaybeCandidate = {
    "and"sv,   "article"sv, "body"sv,  "column"sv, "content"sv,
    "main"sv,  "shadow"sv,  "story"sv, "entry"sv,
};

// Boxes holding what belongs in metadata, not in the body: image captions
// and photo credits (they go to `images`), bylines and author bio boxes
// (the byline goes to `authors`), datelines and time stamps. Origin: the
// class names of WordPress (wp-caption-text, author-bio), Arc (byline),
// Drupal and the Korean/Japanese CMSs of the reference pages (caption,
// photo_credit).
constexpr std::array kMetadataBox = {
    "caption"sv, "credit"sv,    "byline"sv,   "author"sv, "dateline"sv,
    "timestamp"sv, "published-date"sv, "article-date"sv, "post-date"sv,
    "entry-date"sv, "photo-source"sv,
};

// Origin: Readability's positive/negative REGEXPS, plus news-CMS names.
constexpr std::array kPositive = {
    "article"sv, "body"sv,  "content"sv, "entry"sv,  "hentry"sv,
    "h-entry"sv, "main"sv,  "page"sv,    "post"sv,   "text"sv,
    "blog"sv,    "story"sv, "news"sv,    "detail"sv,
};
constexpr std::array kNegative = {
    "-ad-"sv,     "hidden"sv,   "banner"sv,    "combx"sv,    "comment"sv,
    "com-"sv,     "contact"sv,  "footer"sv,    "gdpr"sv,     "masthead"sv,
    "media"sv,    "meta"sv,     "outbrain"sv,  "promo"sv,    "related"sv,
    "scroll"sv,   "share"sv,    "shoutbox"sv,  "sidebar"sv,  "skyscraper"sv,
    "sponsor"sv,  "shopping"sv, "tags"sv,      "widget"sv,   "caption"sv,
    "credit"sv,   "social"sv,   "newsletter"sv, "subscribe"sv, "recommend"sv,
    "popular"sv,  "byline"sv,   "author"sv,    "toolbar"sv,  "nav"sv,
    "disclaimer"sv,
};

// Page builders: the class prefixes their module wrappers carry. Each
// paragraph, heading and list of a builder page sits in such a module, and
// most builders also call every module a "widget" (Elementor's
// `elementor-widget-text-editor`, SiteOrigin's `so-panel widget`, HubSpot's
// `widget-span`), which is the WordPress sidebar's word. On an element
// naming a builder module, "widget" says nothing. Origin: the markup of
// Elementor, Divi, WPBakery, SiteOrigin, Beaver Builder, HubSpot, Avada,
// Thrive, Bricks and Oxygen, and CKEditor's embedded blocks, as written on
// the pages they publish.
constexpr std::array kPageBuilderModule = {
    "elementor"sv, "et_pb_"sv,  "vc_"sv,     "wpb_"sv,  "so-panel"sv,
    "so-widget"sv, "siteorigin"sv, "fl-module"sv, "fl-col"sv, "fl-row"sv,
    "hs_cos_wrapper"sv, "dnd-module"sv, "widget-span"sv, "fusion-"sv,
    "thrv_"sv,     "tve_"sv,    "brxe-"sv,   "oxy-"sv,   "ck-widget"sv,
};
// The builders' word for a module.
constexpr std::string_view kBuilderModuleWord = "widget";

constexpr std::array kUnlikelyRoles = {
    "menu"sv,   "menubar"sv,     "complementary"sv, "navigation"sv,
    "alert"sv,  "alertdialog"sv, "dialog"sv,        "banner"sv,
    "contentinfo"sv, "search"sv,
};

// Indexed for the per-element searches below (util/word_index.h).
constexpr util::WordIndex kUnlikelyIndex{kUnlikely};
constexpr util::WordIndex kUnlikelyLayoutIndex{kUnlikelyLayout};
constexpr util::WordIndex kPromptIndex{kPrompt};
constexpr util::WordIndex kMaybeCandidateIndex{kMaybeCandidate};
constexpr util::WordIndex kMetadataBoxIndex{kMetadataBox};
constexpr util::WordIndex kPositiveIndex{kPositive};
constexpr util::WordIndex kNegativeIndex{kNegative};
constexpr util::WordIndex kPageBuilderModuleIndex{kPageBuilderModule};

// `class_and_id` with the builders' "widget" blanked out when it names a
// page-builder module, so that word alone does not make the module
// boilerplate; other words ("sidebar", "related") still count. Copies only
// for builder modules.
std::string_view WithoutBuilderWidget(std::string_view class_and_id,
                                      std::string* scratch) {
  if (class_and_id.find(kBuilderModuleWord) == std::string_view::npos ||
      !kPageBuilderModuleIndex.FoundIn(class_and_id)) {
    return class_and_id;
  }
  scratch->assign(class_and_id);
  for (size_t at = scratch->find(kBuilderModuleWord); at != std::string::npos;
       at = scratch->find(kBuilderModuleWord, at)) {
    scratch->replace(at, kBuilderModuleWord.size(), kBuilderModuleWord.size(),
                     ' ');
  }
  return *scratch;
}

}  // namespace

std::string ClassAndId(const dom::Node* n) {
  // One allocation: the cleaning, scoring and metadata passes build this
  // for every element that has attributes.
  std::string_view cls = n->Attr("class"), id = n->Attr("id");
  std::string s;
  s.reserve(cls.size() + 1 + id.size());
  s += cls;
  if (!id.empty()) {
    s.push_back(' ');
    s += id;
  }
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return s;
}

bool IsUnlikelyCandidate(std::string_view class_and_id) {
  std::string scratch;
  class_and_id = WithoutBuilderWidget(class_and_id, &scratch);
  return (kUnlikelyIndex.FoundIn(class_and_id) ||
          kUnlikelyLayoutIndex.FoundIn(class_and_id)) &&
         !kMaybeCandidateIndex.FoundIn(class_and_id);
}

bool IsLayoutWordOnly(std::string_view class_and_id) {
  std::string scratch;
  class_and_id = WithoutBuilderWidget(class_and_id, &scratch);
  return !kUnlikelyIndex.FoundIn(class_and_id) &&
         kUnlikelyLayoutIndex.FoundIn(class_and_id);
}

bool IsPromptCandidate(std::string_view class_and_id) {
  return kPromptIndex.FoundIn(class_and_id) &&
         !kMaybeCandidateIndex.FoundIn(class_and_id);
}

bool IsMetadataBoxCandidate(std::string_view class_and_id) {
  return kMetadataBoxIndex.FoundIn(class_and_id);
}

bool IsProseLayoutBox(std::string_view class_and_id, const dom::NodeStats& s) {
  if (s.sentences < heuristics::kMinLayoutBoxProseSentences ||
      s.chars < heuristics::kMinLayoutBoxProseChars ||
      dom::LinkDensity(s) >= heuristics::kSiblingMaxLinkDensity ||
      !kUnlikelyLayoutIndex.FoundIn(class_and_id)) {
    return false;
  }
  std::string scratch;
  std::string blanked(WithoutBuilderWidget(class_and_id, &scratch));
  for (std::string_view word : kUnlikelyLayout) {
    for (size_t at = blanked.find(word); at != std::string::npos;
         at = blanked.find(word, at)) {
      blanked.replace(at, word.size(), word.size(), ' ');
    }
  }
  return !kUnlikelyIndex.FoundIn(blanked) && !kNegativeIndex.FoundIn(blanked);
}

bool IsPartNamedAfter(std::string_view part, std::string_view box) {
  for (std::string_view token : util::Tokens(box)) {
    if (kUnlikelyLayoutIndex.FoundIn(token)) {
      return part.find(token) != std::string_view::npos;
    }
  }
  return false;
}

int ClassWeight(std::string_view class_and_id) {
  std::string scratch;
  class_and_id = WithoutBuilderWidget(class_and_id, &scratch);
  int weight = 0;
  if (kNegativeIndex.FoundIn(class_and_id)) weight -= heuristics::kClassWeight;
  if (kPositiveIndex.FoundIn(class_and_id)) weight += heuristics::kClassWeight;
  return weight;
}

std::string_view MatchedWord(WordList list, std::string_view class_and_id) {
  std::string scratch;
  switch (list) {
    case WordList::kUnlikely: {
      class_and_id = WithoutBuilderWidget(class_and_id, &scratch);
      std::string_view word = kUnlikelyIndex.Find(class_and_id);
      return word.empty() ? kUnlikelyLayoutIndex.Find(class_and_id) : word;
    }
    case WordList::kPrompt: return kPromptIndex.Find(class_and_id);
    case WordList::kMetadataBox: return kMetadataBoxIndex.Find(class_and_id);
    case WordList::kNegative:
      return kNegativeIndex.Find(WithoutBuilderWidget(class_and_id, &scratch));
  }
  return {};
}

bool IsUnlikelyRole(std::string_view role) {
  for (std::string_view r : kUnlikelyRoles) {
    if (util::EqualsIgnoreCase(role, r)) return true;
  }
  return false;
}

bool IsHiddenStyle(std::string_view style) {
  if (style.empty()) return false;
  std::string s;
  s.reserve(style.size());
  for (char c : style) {
    if (c != ' ' && c != '\t' && c != '\n') s.push_back(c);
  }
  s = util::AsciiLower(s);
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

}  // namespace artext::clean

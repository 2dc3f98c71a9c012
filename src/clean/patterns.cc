// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "clean/patterns.h"

#include <array>
#include <bit>
#include <cstdint>

#include "util/text.h"

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
    "widget"sv,     "dropdown"sv,
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
};

constexpr std::array kUnlikelyRoles = {
    "menu"sv,   "menubar"sv,     "complementary"sv, "navigation"sv,
    "alert"sv,  "alertdialog"sv, "dialog"sv,        "banner"sv,
    "contentinfo"sv, "search"sv,
};

// A word list indexed by first byte: ContainsAny runs for every element
// with a class or id in every cleaning attempt, and one pass over the
// class string beats a find() per word (3,000 instructions a call on the
// ScrapingHub pages with kUnlikely's 41 words).
template <size_t N>
struct WordIndex {
  static_assert(N <= 64, "one bit per word");
  std::array<std::string_view, N> words;
  std::array<uint64_t, 256> by_first{};  // bit i: words[i] starts with it

  constexpr explicit WordIndex(const std::array<std::string_view, N>& w)
      : words(w) {
    for (size_t i = 0; i < N; ++i) {
      by_first[static_cast<unsigned char>(w[i][0])] |= uint64_t{1} << i;
    }
  }
};

template <size_t N>
bool ContainsAny(std::string_view s, const WordIndex<N>& index) {
  for (size_t i = 0; i < s.size(); ++i) {
    for (uint64_t m = index.by_first[static_cast<unsigned char>(s[i])]; m;
         m &= m - 1) {
      std::string_view w = index.words[std::countr_zero(m)];
      if (s.compare(i, w.size(), w) == 0) return true;
    }
  }
  return false;
}

constexpr WordIndex kUnlikelyIndex{kUnlikely};
constexpr WordIndex kPromptIndex{kPrompt};
constexpr WordIndex kMaybeCandidateIndex{kMaybeCandidate};
constexpr WordIndex kMetadataBoxIndex{kMetadataBox};
constexpr WordIndex kPositiveIndex{kPositive};
constexpr WordIndex kNegativeIndex{kNegative};

}  // namespace

std::string ClassAndId(const dom::Node* n) {
  std::string s = util::AsciiLower(n->Attr("class"));
  std::string_view id = n->Attr("id");
  if (!id.empty()) {
    s.push_back(' ');
    s += util::AsciiLower(id);
  }
  return s;
}

bool IsUnlikelyCandidate(std::string_view class_and_id) {
  return ContainsAny(class_and_id, kUnlikelyIndex) &&
         !ContainsAny(class_and_id, kMaybeCandidateIndex);
}

bool IsPromptCandidate(std::string_view class_and_id) {
  return ContainsAny(class_and_id, kPromptIndex) &&
         !ContainsAny(class_and_id, kMaybeCandidateIndex);
}

bool IsMetadataBoxCandidate(std::string_view class_and_id) {
  return ContainsAny(class_and_id, kMetadataBoxIndex);
}

int ClassWeight(std::string_view class_and_id) {
  int weight = 0;
  if (ContainsAny(class_and_id, kNegativeIndex)) weight -= 25;
  if (ContainsAny(class_and_id, kPositiveIndex)) weight += 25;
  return weight;
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

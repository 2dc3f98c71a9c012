// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The pipeline's internal heuristic constants, in one place, each with where
// its value came from. Thresholds a user may want to change are in
// include/artext/options.h instead.

#ifndef ARTEXT_HEURISTICS_H_
#define ARTEXT_HEURISTICS_H_

#include <cstddef>
#include <cstdint>

namespace artext::heuristics {

// --- Cleaning (clean/) -------------------------------------------------------

// A <form> with less text than this is a control panel (login, search,
// comment, newsletter) and is dropped; one with more wraps the page (ASP.NET
// WebForms put all of <body> in one form; the ScrapingHub aljazeera pages
// hold 4,000+ characters in theirs, while login/comment forms with their
// privacy notes stay under 600).
inline constexpr size_t kFormWrapperMinChars = 1000;

// A container named like a prompt (paywall, subscribe, login, newsletter,
// cookie, modal) is dropped only below this many characters: prompts are a
// sentence or two plus buttons (the ScrapingHub ones run 40-600 characters),
// while a "paywall" wrapper around the gated story holds the whole article.
inline constexpr size_t kPromptMaxChars = 1000;
// ...and holding fewer sentences than this: a prompt says one or two things
// ("Subscribe to keep reading. Already a subscriber? Log in"), while a
// gated story, however short, runs on for paragraphs.
inline constexpr unsigned kPromptMaxSentences = 4;

// --- Scoring (score/) -------------------------------------------------------

// Paragraphs shorter than this are not scored. Readability uses 25.
inline constexpr unsigned kMinParagraphChars = 25;
// A paragraph's score: 1 + commas + one point per this many characters, at
// most kMaxLengthPoints. Readability: 100 and 3.
inline constexpr double kCharsPerLengthPoint = 100;
inline constexpr double kMaxLengthPoints = 3;
// How many ancestors receive a paragraph's score (Readability: 5).
inline constexpr int kAncestorLevels = 5;
// Siblings join the top candidate when their score reaches
// max(kMinSiblingScore, top * kSiblingScoreRatio). Readability: 10 and 0.2.
inline constexpr double kMinSiblingScore = 10;
inline constexpr double kSiblingScoreRatio = 0.2;
// An unscored paragraph sibling joins when longer than this and less linked
// than kSiblingMaxLinkDensity (Readability: 80 and 0.25).
inline constexpr unsigned kSiblingParagraphChars = 80;
inline constexpr double kSiblingMaxLinkDensity = 0.25;

// A standfirst (lead in its own container before the body) is one or two
// sentences: at most this many characters. Longer preceding blocks must
// score their way in like any sibling.
inline constexpr unsigned kMaxStandfirstChars = 600;

// --- Block filtering (content/) ---------------------------------------------

// A block whose text is mostly link text is navigation ("More: A | B | C").
// 0.5: body paragraphs with inline links measured on the ScrapingHub pages
// stay well below it.
inline constexpr double kMaxBlockLinkDensity = 0.5;
// ...unless at least this many characters lie outside its links: a
// sentence with a long inline link ("was shelved in 2017 but was <a>re-opened
// earlier this year following his eviction</a>") has 50+ of its own, a
// "Read more: <a>headline</a>" line about ten.
inline constexpr size_t kMinSentenceOutsideLinksChars = 40;
// An inline element holding an image and at least kMinCardLinks links, with
// link density at least kMinCardLinkDensity, is a hover card inside a
// sentence (a name's photo and recent headlines): a sentence's own inline
// markup holds at most a link or two and mostly plain text.
inline constexpr uint32_t kMinCardLinks = 3;
inline constexpr double kMinCardLinkDensity = 0.9;
// Boilerplate phrases ("Advertisement", "Read more") are only dropped when
// the whole block is this short, so an article sentence containing the
// phrase survives.
inline constexpr unsigned kMaxBoilerplateBlockChars = 80;
// A container inside the article is dropped when its class/id weighs
// negative and it holds fewer commas than this (Readability's
// _cleanConditionally uses 10).
inline constexpr unsigned kConditionalCleanCommas = 10;
// ...or when its link density exceeds this (Readability: 0.2 for weight < 25
// and 0.5 otherwise; 0.33 sits between and keeps in-text link lists).
inline constexpr double kConditionalCleanLinkDensity = 0.33;

// A byline line ("By Jane Doe and John Roe [jane@example.com]") is at most
// this long and names at most kMaxBylineNames words: the longest byline
// lines on the ScrapingHub pages and the reference page run near 90
// characters with six name words.
inline constexpr unsigned kMaxBylineLineChars = 120;
inline constexpr int kMaxBylineNames = 8;
// A promotion ("Sign up for ... newsletter", "Click here for more
// information") is a sentence or two: at most this many characters. A
// story's paragraph that mentions a newsletter runs longer or lacks the
// phrases.
inline constexpr unsigned kMaxCallToActionChars = 200;
// "Updated 11:21 pm CST, Tuesday, November 19, 2019" is 48 characters; a
// stamp line is short.
inline constexpr unsigned kMaxTimestampLineChars = 80;
// (A line opening with a numeric date, "05/10/2024 - Category: City", is a
// stamp too, within the same length.)

// An image's alt text this long is a caption sentence, and a block that
// repeats it is the caption printed again. Shorter alts ("photo", "Reuters")
// could equal a real one-word line.
inline constexpr unsigned kMinCaptionAltChars = 20;

// The body is right-to-left when more than this share of its letters are
// Arabic/Hebrew: an Arabic story quoting English names, numbers and URLs
// stays well above it, an English story quoting an Arabic phrase far below.
inline constexpr double kRtlLetterShare = 0.5;

// JSON-LD articleBody is used as evidence only when at least this long
// (letters and digits): shorter ones are teasers or descriptions.
inline constexpr size_t kMinJsonLdBodyChars = 400;
// Its first and last this-many letters and digits must both be found in the
// extracted blocks before it may trim them: 40 is about eight words, unique
// within a page, and short enough to sit inside one paragraph.
inline constexpr size_t kJsonLdAnchorChars = 40;

// --- Article judgement (content/assemble) ------------------------------------

// Fewer words than this and the page is not an article (a gallery, an
// index, an error page). 50 words is about two short news paragraphs; wire
// briefs on the ScrapingHub pages are longer.
inline constexpr int kMinArticleWords = 50;
// A page titled like an error page ("404", "Page not found") is one unless
// it holds a real story: error pages carry a sentence or two plus site
// navigation, well under 150 words once cleaned.
inline constexpr int kMaxErrorPageWords = 150;
// An index or tag page: at least kMinIndexLinkLines link-only lines in the
// chosen container, and at least kIndexLinkLineRatio of them per kept text
// block (each teaser is a headline link plus a standfirst). Articles on the
// ScrapingHub pages drop at most a few inline "Related:" link lines.
inline constexpr int kMinIndexLinkLines = 6;
inline constexpr double kIndexLinkLineRatio = 0.8;
// A link line is a teaser headline when at least this long; shorter link
// lines are menu items and "Next" buttons. Same as kMinParagraphChars.
inline constexpr unsigned kMinTeaserLinkChars = 25;

// --- Input sniffing (charset/utf16_sniff, input/sniff) ---------------------

// UTF-16 without a BOM is recognised from this many leading bytes (512
// characters: the doctype, <head> and usually a <title>) ...
inline constexpr size_t kUtf16SniffBytes = 1024;
// ... when at least this share of the character pairs has a NUL high byte
// (HTML markup alone is well above it; a Korean page's markup is ~60%) ...
inline constexpr double kUtf16MinNulShare = 0.25;
// ... and NULs in that position outnumber NULs in the other by this factor
// (a byte-aligned binary file has NULs in both).
inline constexpr size_t kUtf16NulAsymmetry = 8;

// Input is binary, not text, when this share of its first kBinarySniffBytes
// bytes are control bytes that no text uses (the WHATWG MIME sniffing
// "binary data bytes": 00-08, 0B, 0E-1A, 1C-1F). Uniformly random or
// compressed bytes hold 27/256 = 10.5%; a text page holds none, or a few
// stray NULs. 4 KiB: the sample's share of random bytes is 10.5 +- 0.5%.
inline constexpr size_t kBinarySniffBytes = 4096;
inline constexpr double kMaxBinaryByteShare = 0.05;
// ...and at least this many of them, so that a short page with a few stray
// NULs ("<p>a\0b</p>") is still read as text.
inline constexpr size_t kMinBinaryBytes = 16;

// --- Figures (content/figures) ----------------------------------------------

// How far up from an <img> to look for its caption element. Real markup puts
// the caption beside the picture's wrapper (<div class=photo><span class=image>
// <img></span><span class=caption>) - two levels covers WordPress
// (.wp-caption > img + .wp-caption-text), JoongAng's ab_photo, and Arc/Brightspot
// figure wrappers; going further starts to pair pictures with unrelated text.
inline constexpr int kCaptionSearchLevels = 2;
// A caption longer than this is not a caption but a paragraph that happens to
// sit next to a picture (the longest captions in the ScrapingHub pages run to
// about 400 characters).
inline constexpr size_t kMaxCaptionChars = 600;

}  // namespace artext::heuristics

#endif  // ARTEXT_HEURISTICS_H_

// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The pipeline's internal thresholds and weights, each with where its value
// came from (Readability.js, a measurement on a named corpus, a format's
// limit), in sections in pipeline order: decoding, cleaning, scoring,
// content, metadata. Settings a user may tune are the public API and live in
// include/artext/options.h; word lists are in lexicon/lexicon.h.

#ifndef ARTEXT_HEURISTICS_H_
#define ARTEXT_HEURISTICS_H_

#include <cstddef>
#include <cstdint>

namespace artext::heuristics {

// --- Decoding and parsing (charset/utf16_sniff, input/sniff) ----------------

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

// The prescan (dom/prescan.cc) reads the rest of a page as text once this
// many formatting elements (<b>, <a>, <i>...) have been closed by something
// other than their own end tag. The tree builder re-opens each such element
// ("reconstructs the active formatting elements") at the next text, and
// `<a><b><i><u>x</a>` repeated makes gumbo's stack of open elements grow
// by three an iteration, where its time is quadratic in depth (200 s at
// 64 MiB). Real pages leave a few dozen unclosed (an unclosed <b> per
// paragraph of a long page); 10,000 keeps gumbo's depth from this source
// under 10,000 levels plus the nesting cap, a few tenths of a second.
inline constexpr size_t kMaxMisnestedFormatting = 10000;

// JSON from the page (JSON-LD, parsely-page), JSON Lines records and
// `artext check`'s expected files is checked before it is parsed
// (util/json_bounded.h): nesting deeper than kMaxJsonNesting or more than
// kMaxJsonValues values and the text is not parsed at all. nlohmann builds
// every value (16 bytes and an allocation each) before it could be asked,
// so 64 MiB of '[' took 5 GB; and its recursive destructor and comparison
// overflow the stack near 30,000 levels. Real JSON-LD nests under 10
// levels and holds a few hundred values (a 20,000-author block, the
// largest the bad-input tests build, holds 40,000).
inline constexpr int kMaxJsonNesting = 512;
inline constexpr size_t kMaxJsonValues = 1000000;

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

// Class/id weight: a name matching clean/patterns' negative list subtracts
// this, one matching the positive list adds it (Readability's
// _getClassWeight: 25 each).
inline constexpr int kClassWeight = 25;
// A candidate's starting score by tag (Readability's _initializeNode):
// containers of prose (div, article, main, section) +5; pre, td,
// blockquote +3; lists, forms and address -3; headings and th -5.
inline constexpr double kProseContainerPrior = 5;
inline constexpr double kQuoteOrCellPrior = 3;
inline constexpr double kListOrFormPrior = -3;
inline constexpr double kHeadingPrior = -5;
// (score/grab still writes two more of Readability's weights inline: the
// ancestor divider 1, 2, then level * 3 (_grabArticle's scoreDivider), and
// the parent climb's top_score / 3 (its "lastScore / 3" alternative-
// ancestor test). grab.cc belongs to another change; they move here when
// it lands.)

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
// At most this many containers join the top one for carrying its class
// word for word elsewhere in the story (score/grab.cc, ClassNamesakes): a
// lead row and a body row, or a body cut by a few full-width ads. More
// namesakes are a listing's cards.
inline constexpr size_t kMaxClassNamesakes = 4;
// and each holds this many bytes of running text: a lead of two or three
// sentences does, the one-line calls to action that builders set below the
// story in the same module class ("Be current. Get insights ...") do not.
inline constexpr uint32_t kMinClassNamesakeProse = 300;

// A standfirst (lead in its own container before the body) is one or two
// sentences: at most this many characters. Longer preceding blocks must
// score their way in like any sibling.
inline constexpr unsigned kMaxStandfirstChars = 600;
// The nearest text-bearing sibling right before the body joins as its lead
// up to this size, when it is running text (review and guide sites write
// an intro of two or three paragraphs, ~1,300 characters on WCXB pages, in
// a box of its own before the body).
inline constexpr unsigned kMaxLeadChars = 2000;
// ...and when its lines (text-bearing blocks) average at least this many
// characters: a lead is paragraphs, a promotion box short lines.
inline constexpr uint32_t kMinLeadLineChars = 80;

// --- Body: headers that are content (clean/prep) --------------------------
// A <header> is the page's masthead (logo, menu) or an article's heading
// block (kicker, headline, standfirst, byline): either way it holds a few
// sentences at most. Webflow and some themes write the whole rich-text
// story inside a <header>: one holding at least this many sentences and
// kMinContentHeaderShare of the page's text, with link density below
// kMaxContentHeaderLinkDensity, is content. (Sentences alone are not
// enough: Postmedia writes its paywall offer, a list of full sentences,
// inside the article's header.)
//
// The same test keeps an <aside>, <nav> or <footer>, or an element with a
// non-content landmark role, that holds the story (an unclosed
// `<aside class="announcement-banner">` swallowing the <main> after it).
inline constexpr unsigned kMinContentHeaderSentences = 6;
inline constexpr double kMinContentHeaderShare = 0.5;
// A container named only by a layout word ("widget", "banner"; see
// clean/patterns.cc kUnlikelyLayout) is kept when it holds at least this
// many sentences and characters of unlinked text: the product cards of a
// buying guide (a paragraph or two each) and a hero holding the
// standfirst, against sidebar widgets (links, a one-line blurb).
inline constexpr unsigned kMinLayoutBoxProseSentences = 3;
inline constexpr unsigned kMinLayoutBoxProseChars = 300;
inline constexpr double kMaxContentHeaderLinkDensity = 0.33;

// The last cleaning level keeps hidden content (<noscript>, <template>, the
// `hidden` attribute); it replaces the visible page's text only when that
// held less than this share of what it finds. Readability's
// visibility-hidden test page hides a short passage beside a short
// visible one (0.47); Discourse and React streaming pages show nothing.
inline constexpr double kMaxVisibleShareOfHidden = 0.25;

// --- Body: story sections written as <article> (content/blocks) -----------
// An <article> beside another <article> in the chosen container is a teaser
// card ("more stories") only while it holds less than this much text
// outside links, or while its heading is a link: a card is a linked
// headline and a summary (under ~300 characters on most pages; some blogs
// print ~450-character excerpts in their "you may also like" rows, hence
// 800); a section of the story (a tab of a guide, a chapter) runs on for
// paragraphs under a plain heading.
inline constexpr uint32_t kMinStoryCardUnlinkedChars = 800;

// A story held in a script (content/script_body.h), read only when the DOM
// gave no body: at least three paragraphs and 500 bytes of HTML. A
// script-rendered news page's "contentHtml" holds a dozen <p>s; the
// strings of menus, teasers and consent dialogs hold one or none, and the
// shortest real stories in the dev corpora run past 500 bytes.
inline constexpr size_t kMinScriptBodyParagraphs = 3;
inline constexpr size_t kMinScriptBodyChars = 500;

// --- Body: modules of one article (score/grab) -----------------------------
// Page builders (Elementor, Divi, WPBakery, HubSpot, Webflow) and design
// systems write an article as a row of sibling modules, one heading and a
// few paragraphs each; the best-scoring module alone is a fraction of the
// story. A top candidate holding less than this share of the page's
// unlinked text (after cleaning) climbs to the ancestor that holds it.
// 0.6: "most of the page's running text" (measured: 0.5 -> 0.6 gains on
// WCXB with no corpus worse; 0.7 starts to pull ScrapingHub news pages up
// to wrappers holding sidebars, precision .978 -> .976).
inline constexpr double kMainTextShare = 0.6;
// The climb stops below an ancestor more linked than this: a wrapper that
// takes in menus and teaser rows is the page, not the article.
inline constexpr double kMaxMainTextLinkDensity = 0.33;

// --- Body: the main region of a page that is not an article (content/) -----
// A listing, forum, product or documentation page's main text is spread
// over many sibling blocks (cards, posts, sections). Its region is found
// by descending from <body> into the child holding at least this share of
// its parent's text (after cleaning): a wrapper or column that holds
// nearly all of it is the same region; where the text divides, the region
// ends. 0.7 measured on WCXB's 150 non-article pages (body F1 .55: .682,
// .7: .689, .85: .680; lower takes in sidebars, higher stops inside one
// post or one card section).
inline constexpr double kMainRegionChildShare = 0.7;

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
// An affiliate disclosure (content/blocks.cc) is a sentence or two: up to
// this many characters. The ones on review and recipe sites run 60-250.
inline constexpr unsigned kMaxDisclosureBlockChars = 300;
// A container inside the article is dropped when its class/id weighs
// negative and it holds fewer commas than this (Readability's
// _cleanConditionally uses 10).
inline constexpr unsigned kConditionalCleanCommas = 10;
// ...or when its link density exceeds this (Readability: 0.2 for weight < 25
// and 0.5 otherwise; 0.33 sits between and keeps in-text link lists).
inline constexpr double kConditionalCleanLinkDensity = 0.33;
// When the class-name test of conditional cleaning leaves less than this
// share of the chosen containers' text (and they hold at least
// kMinUnstrippedContainerChars), the blocks are taken again judging
// sub-containers by links only: the names were the site's own vocabulary
// for every module of the story (WCXB pages whose every row was named
// `…-scrolling`, `WidgetArea_…` came out empty).
inline constexpr double kMinKeptContainerShare = 0.25;
inline constexpr size_t kMinUnstrippedContainerChars = 500;

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
// A newsletter heading ("Join Our Genius Newsletter") is a label: at most
// this many characters, the length of the boilerplate lines.
inline constexpr unsigned kMaxNewsletterHeadingChars = 80;
// A gallery or pager counter ("Image 12 of 240", "Slide 2/9") is at most
// this many bytes: a word, two numbers and "of".
inline constexpr size_t kMaxCounterLineBytes = 24;
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
// Paragraphs right before the articleBody's start that end like a sentence
// and are at least this long are the lead, kept by the trim (a caption
// credit or a "Listen to this article" label is shorter or ends otherwise).
inline constexpr size_t kMinJsonLdLeadChars = 80;

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

// --- Metadata: bylines (metadata/byline_*, metadata/choosers/authors) ---------------

// The longest plausible author name. Longer items are headlines, bios or
// sentences. 5 words covers "Maria de la Cruz Lopez"; 60 characters is
// about twice the longest real names in our samples.
inline constexpr size_t kMaxNameWords = 5;
inline constexpr size_t kMaxNameChars = 60;
// Lead-ins are stripped repeatedly ("By: Author: Jane Doe"), up to this.
inline constexpr int kMaxLeadIns = 3;
// Lower-case words a declared name keeps after its capitalised start
// ("Dublin Core property author"). Exactly two: one is left to be cut as in
// printed bylines, since a single lower-case word after a name is most often
// a role our word lists lack ("Maria Silva editora") and LooksLikePersonName
// tolerates one, so it would beat a printed byline; three or more read as a
// phrase.
inline constexpr size_t kDeclaredLowerWords = 2;
// A byline item with this many lower-case content words (prepositions
// aside) and fewer than two capitalised words before them is a sentence
// ("is a writer based in ..."), not a name.
inline constexpr int kSentenceLowerWords = 3;
// "PTI", "RT", "AS": a lone all-caps word this short is an acronym, kept as
// written rather than title-cased.
inline constexpr size_t kMaxAcronymBytes = 3;
// A middle name in brackets holds at most this many words ("Bruno (Henrique
// Zecchin) Rodrigues"); more is a note or an aside.
inline constexpr size_t kMaxBracketNameWords = 3;
// A declared blog account "nickname (login)": logins are short ASCII
// identifiers; 32 covers the platforms' limits (PIXNET 20, Naver 20, Blogger
// and LiveJournal 15-30).
inline constexpr size_t kMaxLoginChars = 32;
// A declared login shorter than this ("jd", "me") is an initial or a
// placeholder more often than an account.
inline constexpr size_t kMinLoginChars = 3;
// ParseAuthors looks at no more than this many leading bytes: a byline of
// twenty authors with roles fits in well under 1 KiB.
inline constexpr size_t kMaxBylineBytes = 1024;

// A visible "byline" with this many lower-case content words is a teaser
// ("Katie Couric New Yorkers post their feelings about ..."), not a byline.
inline constexpr int kTeaserLowerWords = 3;
// Longest organisation name kept as given when the byline parser finds no
// name in it ("Contributors to Wikimedia projects").
inline constexpr size_t kMaxOrganisationChars = 80;
// A visible line whose names are all single words names nobody when it
// holds more than this many other content words ("The Russian and Syrian
// defense ministries" -> "Syrian"): one is a place or a stray role.
inline constexpr size_t kMaxBylineOtherWords = 1;
// A printed byline completes a declared author list (choosers/authors,
// AddPrintedCoauthors) when it names at most this many people: a byline of
// two to four co-authors is common, a longer list is a masthead or a team.
inline constexpr size_t kMaxPrintedCoauthors = 5;
// A site's name compared with author names (choosers/site_names) has at
// least this many letters: "dw" (dw.com, Deutsche Welle) and "tv" are the
// shortest publisher names seen; one letter would match initials by chance.
inline constexpr size_t kMinSiteKeyChars = 2;
// A byline is a teaser card's when a link at most this many levels above it
// holds kMinTeaserLinkChars more text (a headline): cards nest the byline
// two or three spans deep inside the <a> around them.
inline constexpr int kMaxTeaserLinkDepth = 4;
// A byline label ("Veröffentlicht von", "Autorin/Autor:", "著者：") is
// read from an element's first 16 text nodes and 48 bytes, as its first
// four words: the longest labels are two words, twice allows one repeat.
inline constexpr int kMaxLabelNodes = 16;
inline constexpr size_t kMaxLabelBytes = 48;
inline constexpr size_t kMaxLabelWords = 4;
// A page printing this many labelled bylines ("Published by: Valve",
// "Published by: Ubisoft", ...) lists items; an article prints one, two
// when the byline is repeated under the body.
inline constexpr int kMinListedLabelledBylines = 3;

// --- Metadata: dates (metadata/date_*, metadata/parsers/time_parse) ------------------

// Oldest year accepted: news pages on the web start in the 1990s, and older
// years in datelines are nearly always copyright lines or historical dates.
inline constexpr int kMinYear = 1990;
// Dates in compact form (20231012) and in URLs must look like this century
// or the last; a wider range turns arbitrary numeric IDs into dates.
inline constexpr int kMaxCompactYear = 2099;
// A date up to one day ahead of "now" is accepted: time zones put a page's
// local date up to 14 hours ahead of UTC, and clocks drift.
inline constexpr int64_t kFutureSlackSeconds = 24 * 60 * 60;
// Glue tokens skipped between the parts of a date: "12th of October",
// "Oct. 12, 2023", "12 de octubre de 2023" need at most 2.
inline constexpr int kMaxDateGlueTokens = 3;
// Connector tokens skipped between a date and its time: "12 de octubre de
// 2023 a las 20:00" needs 2, "2023 г., в 20:00" needs 4.
inline constexpr int kMaxDateTimeConnectors = 4;
// How many tokens before a date a time may start ("12:30 PM ET, Thu, ...").
inline constexpr size_t kMaxTimeLookbackTokens = 10;
// Unix timestamps above 1e11 seconds (year 5138) are milliseconds in
// practice.
inline constexpr int64_t kMinMillisecondsTimestamp = 100000000000;
// ParseDate looks at no more than this many leading bytes. A dateline with
// its surrounding words ("By Jane Doe | Updated 12:30 PM ET, Thu October 12,
// 2023") fits in well under 128; the cap bounds the work on hostile input
// such as a megabyte of digits.
inline constexpr size_t kMaxDateScanBytes = 256;
// DateFromUrl looks at no more of the path than this (browsers and servers
// commonly cap a URL near 2 KiB).
inline constexpr size_t kMaxUrlDateBytes = 2048;

// --- Metadata: headline (metadata/choosers/headline) ----------------------------------

// Trimming <title> without a site name (Readability's _getArticleTitle
// bounds): the part before the last separator must keep 3 words, else the
// part after the first is tried; a result of 4 words or fewer is too short
// to be sure it is the whole headline, and the title is kept as it is.
inline constexpr int kMinTrimmedTitleWords = 3;
inline constexpr int kMinTrimmedResultWords = 5;
// A <title> longer than this is a keyword list; a lone <h1> is the better
// headline (Readability's bound).
inline constexpr size_t kMaxTitleChars = 150;
// A <title> of at most this many words beside a longer <h1> is a site
// label. Site names run to three words ("Korea JoongAng Daily").
inline constexpr int kMaxSiteLabelWords = 3;
// A title segment names the site when one contains the other ("Site.com"
// for "Site", "The Site" for "Site") and the shorter is at least this long,
// so that short words do not match by accident.
inline constexpr size_t kMinContainedSiteKey = 4;
// A visible <h1> is the headline of a title that is the <h1> plus an affix.
// The affix after it may run to twice the <h1>'s words ("Headline - Full
// Text View - ClinicalTrials.gov"); longer, the <h1> is rather the site's
// name before a long headline ("Diary of X - <the headline>"). A label in
// front is at most three words, as a site label ("r/Showerthoughts - ",
// "てくろぐ: "). Measured on the postlight, wcxb and readability corpora:
// a label of five words takes subtitles for labels.
inline constexpr int kMaxTitleAffixToHeadingRatio = 2;
inline constexpr int kMaxTitleLabelWords = 3;
// A kicker printed in front of the headline inside the <h1> ("Neue
// Leipziger Schule: <headline>", "\"Es wird bald beginnen\": <headline>")
// where a declared title gives the headline alone. Kickers (German
// "Dachzeile", the quote or topic line of news sites) run to five words on
// the fundus pages; longer, the part before the colon is headline itself.
inline constexpr int kMaxKickerWords = 5;
// A " | " segment after a headline of at least this many words is an affix
// (section, tagline, site), cut from any title, <h1> included. 3 from
// wcxb: +10 headlines and no page made wrong on any corpus; at 5 words,
// +7 ("Local SEO Software | ..." keeps its affix).
inline constexpr int kMinWordsBeforePipeAffix = 3;
// The first <h1> of the article's area replaces a <title> worded otherwise
// when at least this share of its words are in the <title> (the same
// story, reworded for search engines). 0.4 from a sweep of 0.3-0.6 on
// postlight and wcxb: 0.3 takes other stories' headings, 0.6 misses
// rewordings.
inline constexpr double kMinHeadingSharedWords = 0.4;
// Or two shared words of four letters or more: rewordings keep the names
// and nouns but few of the other words ("Dylann Roof Convicted Of Charleston Church Massacre" printed "Jury
// Finds Dylann Roof Guilty In S.C. Church Shooting"). From the postlight
// pages without og:title, where <title> is the search engines' wording;
// one shared word takes a listing's first teaser ("... Matrix Treadmills").
inline constexpr int kMinSharedContentWords = 2;
inline constexpr size_t kMinContentWordChars = 4;
// The headline-area reader reads this many characters of text after the
// headline's <h1> for a dateline: the standfirst, byline and dateline fit,
// and so does the opening of a press release's first paragraph. From the
// prototype on wcxb and postlight (600 found 121 more correct dates on wcxb
// with no loss on fundus or readability).
inline constexpr size_t kHeadlineAreaChars = 600;
// Of a longer line (a first paragraph) only its opening is read for a date.
inline constexpr size_t kHeadlineAreaLineBytes = 120;
// Characters read back from the headline for a dateline printed above it
// (a kicker: category, date, reading time; breadcrumbs). Enough for those;
// a masthead's "today" date sits beyond the menus, which also end the walk.
inline constexpr size_t kHeadlineAreaCharsBefore = 250;
// A label before a date: "Last updated:", "Veröffentlicht am", "Updated on
// Friday,". Longer text before a date on its line is not its label.
inline constexpr size_t kMaxDateLabelChars = 32;
// A dateline printed with the headline that outranks a declared date
// falling days after it ("Published Apr 26, 2023", "· Dec 30, 2013") is a
// short line; a longer one is a sentence or a caption naming a day ("On 2
// Dec 2024, I received this message ...", "(Kundus, 6.12.2010)"). From the
// wcxb pages whose printed first date predates their JSON-LD: all such
// datelines fit in 40 bytes, the sentences run past 90.
inline constexpr size_t kMaxDatelineBytes = 60;
// A line of names under a headline ("Mathatisi Sebusi/Mohalenyane
// Phakela"): three names with a lead-in fit in 100 bytes; a longer line
// is a standfirst that starts with a name.
inline constexpr size_t kMaxNameLineBytes = 100;
// The paragraph after such a line is the article's first: prose, longer
// than a caption or a menu's items (the shortest first paragraphs on
// fundus are one sentence, over 100 characters).
inline constexpr size_t kMinNameLineProseChars = 100;


// --- Page type (classify/) ---------------------------------------------------

// JSON-LD nests a few levels (a @graph, a product's offers, a page's
// mainEntity with its answers); deeper than this is not a type the page
// declares for itself, and the bound keeps a hostile page from recursing.
inline constexpr int kMaxDeclaredTypeDepth = 8;
// A price label is a short text: "$1,299.00", "ab 12,99 € inkl. MwSt." A
// sentence that mentions a price is prose, not a label.
inline constexpr size_t kMaxPriceTextChars = 40;
// A <p> of at least this many bytes is prose: about two sentences
// (Readability's paragraph-length bonus counts in units of 100 characters).
inline constexpr uint32_t kProseParagraphChars = 200;
// A card of a grid (classify::PageSignals::card_grid_items) holds a link and
// a short text: a title and a line of teaser, a name and a price. Longer
// than kMaxCardTextChars it is a section of prose; shorter than
// kMinCardTextChars it is a menu entry or an icon. Origin: the teaser
// cards of news fronts and shop categories are one to three lines (a
// headline of 60-100 characters and a dek of 100-200).
inline constexpr uint32_t kMinCardTextChars = 10;
inline constexpr uint32_t kMaxCardTextChars = 400;
// A call to action is a button's label, a few words ("Request a demo",
// "Jetzt unverbindlich anfragen"); a longer text that holds one is prose.
inline constexpr size_t kMaxCtaLabelChars = 40;

// Page-type scores (classify/page_type.cc). Each type adds up the points of
// its signals; a non-article type wins when it reaches kMinTypeScore and
// is within kArticleMargin of the article's own evidence. The points were
// set on the dev corpora (wcxb's 150 non-articles against its 600 articles
// and the 589 pages of the other four corpora, all articles): a declared
// type is worth 2 (3 for the unambiguous QAPage, DiscussionForumPosting,
// TechArticle), a structural count 1 or 2, a URL path segment 1.
inline constexpr double kMinTypeScore = 2;
inline constexpr double kArticleMargin = 0.5;
// A page with fewer than kMinArticleWords words is an article only when its
// metadata says so firmly: this much article evidence (a byline, a date and
// a declared article type) and no other type's signals.
inline constexpr double kFirmArticleEvidence = 3;
// Forum: this many poster marks (usernames, avatars) and time stamps.
inline constexpr int kMinForumPosterMarks = 20;
inline constexpr int kMinForumTimes = 5;
inline constexpr int kMinForumThreadMarks = 20;
// Product: price labels or price marks, shop-control marks.
inline constexpr int kMinProductPrices = 3;
inline constexpr int kMinProductCartMarks = 5;
// Listing: teaser titles (linked h2-h4), <article> cards, time stamps;
// a shop category shows many prices on many cards.
inline constexpr int kMinListingLinkedHeadings = 10;
inline constexpr int kMinListingArticles = 8;
inline constexpr int kMinListingTimes = 8;
inline constexpr int kMinListingDatedHeadings = 8;
inline constexpr int kMinCategoryPrices = 20;
inline constexpr int kMinCategoryCards = 30;
// A short page of cards, prices or teaser titles is an index.
inline constexpr int kShortListingWords = 150;
inline constexpr int kMinShortListingCards = 20;
inline constexpr int kMinShortListingPrices = 10;
inline constexpr int kMinShortListingHeadings = 5;
// Documentation: code-heavy (this many characters in <pre>/<code>, or
// this many <pre> blocks), documentation chrome.
inline constexpr uint32_t kMinDocsCodeChars = 1000;
inline constexpr int kMinDocsCodeBlocks = 3;
inline constexpr int kMinDocsChromeMarks = 20;
inline constexpr int kManyDocsChromeMarks = 40;
// Forum: posts, each an element holding a poster (or author) mark and a
// time stamp (PageSignals::post_units). A story has one (its byline) and
// at most a few more in a comment list; a thread has one per reply, and a
// thread page shows ten or more. Five: on the dev corpora articles have
// 0-1 (90th percentile), forum threads 15 (median).
inline constexpr int kMinForumPosts = 5;
// Service: this many calls to action (PageSignals::cta_controls) outside
// the page's chrome. A landing page repeats its one action under every
// section; a story has at most one or two (a press release's "Contact
// us"). On the dev corpora: articles 0-2 (90th percentile), service pages
// 5 (75th).
inline constexpr int kMinServiceCtas = 3;
// Listing: a grid of at least this many cards of one shape
// (PageSignals::card_grid_items), on a page where at least
// kListingLinkShare of the text is link text. A story's related-stories
// box has four to ten cards, its text mostly outside links (median link
// share of articles 0.10-0.17, of listings 0.37).
inline constexpr int kMinListingGridItems = 12;
inline constexpr double kListingLinkShare = 0.3;
// One run of prose under one parent (PageSignals::top_prose_run_chars) at
// least this long, five paragraphs of kProseParagraphChars, is a
// story's body: with it, the posts, card grid and calls to action above
// are a story's comments, related links and press contact, and do not
// count. Landing, product and thread pages spread their prose over many
// sections or posts (median runs 0-510 chars; articles 2,250-4,100).
inline constexpr uint32_t kArticleProseRunChars = 1000;
// Listing: a page with neither byline nor date whose text is at least
// kLinkPageShare link text and whose extracted body is under
// kSmallBodyShare of its text is an index of links with a short intro.
// On wcxb (dev): 18 of 50 listings and 1 of 600 articles pass the two
// shares; but so do 17 short news stories on link-heavy portals in the
// other corpora (Japanese and Norwegian news, brief wire stories), all
// with a date and most with a byline, hence the guard.
inline constexpr double kLinkPageShare = 0.4;
inline constexpr double kSmallBodyShare = 0.15;
// Service: a body of at least kMinLandingSections headings with under
// kMaxLandingSectionChars of text per heading on average is a landing
// page's stack of short sections ("Why choose us", "Our process",
// "Pricing"), not a story's few long ones. On wcxb (dev), with 8
// sections: 5 of 25 service pages, 3 of 600 articles (a live blog, a
// Q&A, a listicle; each with a byline or date that outweighs it), but
// also two readability test pages of 9 short sections (a maths
// explainer, a product page). Twelve keeps the landing pages (21-53
// sections) and drops those.
inline constexpr int kMinLandingSections = 12;
inline constexpr size_t kMaxLandingSectionChars = 150;
// Listing: a grid of at least this many cards of one shape that each
// show a price (PageSignals::priced_card_grid_items) is a shop category;
// its prices and cart buttons are no evidence of a product page. On wcxb
// (dev) product pages show at most a row of 4-10 related products; shop
// categories 12-100.
inline constexpr int kMinPricedGridItems = 12;
// A headline of at most this many words (util::CountWords, which counts
// CJK text two characters a word) is a label, not a story's headline:
// 6% of wcxb's articles, 28-48% of its service, listing, documentation and
// collection pages. It costs the article kLabelHeadlineWeight points, and
// lowers by as much the bar of a type whose section the address names
// ("/docs/", "/category/"): lowered for any type, it turned four wcxb
// articles with a short title and a few docs-chrome marks or teaser
// titles into other types.
inline constexpr int kMaxLabelHeadlineWords = 3;
inline constexpr double kLabelHeadlineWeight = 1;
// Listing: an extracted body whose text is at least this share link text
// is an index (a catalogue's browse page, a link directory). On the dev
// corpora no article's body passes 0.3 (wcxb's highest 0.25 of 600, none
// of the other 589 pages); the one wcxb listing that passes has 0.64.
inline constexpr double kIndexBodyLinkShare = 0.5;
// A home page (path "/") with kMinListingArticles <article> elements or
// kMinListingTimes time stamps is a front page of stories: the listing
// gains, the article evidence (the lead story's byline and date) loses
// this much. On wcxb (dev) 5 home pages pass: 2 news and blog fronts, an
// event index, a model hub and an agency's home page that wcxb counts as
// an article (called a service page before); the other 10 home pages
// (landing pages, 3 blog posts served at "/") do not.
inline constexpr double kFrontPageWeight = 1;
// Article evidence: prose paragraphs and words.
inline constexpr int kMinArticleProseParagraphs = 8;
inline constexpr int kArticleWords = 400;
inline constexpr int kLongArticleWords = 1000;

}  // namespace artext::heuristics

#endif  // ARTEXT_HEURISTICS_H_

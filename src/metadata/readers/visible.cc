// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/readers/visible.h"

#include <algorithm>

#include <initializer_list>
#include <string>
#include <vector>

#include "clean/patterns.h"
#include "dom/text.h"
#include "lexicon/lexicon.h"
#include "metadata/parsers/byline_parse.h"
#include "metadata/readers/byline_lines.h"
#include "util/text.h"
#include "util/tokens.h"
#include "util/utf8_case.h"
#include "util/word_index.h"

namespace artext::metadata {

using util::FoldForMatch;

namespace {

// A byline or dateline is a short line. Readability caps bylines at 100
// characters; a line with two names, roles and an e-mail (the reference
// page's is 67) stays under 150.
constexpr size_t kMaxBylineChars = 150;
constexpr size_t kMaxDatelineChars = 120;
// Enough of each kind for the choosers; later ones are repeats or noise.
constexpr size_t kMaxVisibleCandidates = 8;
constexpr size_t kMaxHeadings = 5;
// <h2>/<h3>: enough to pass a masthead's tagline and menu headings.
constexpr size_t kMaxSubheadings = 12;
// Elements whose text is built to test it as a byline or dateline; real
// pages have a handful of classed candidates, so 64 loses nothing.
constexpr size_t kMaxTextAttempts = 64;
// A teaser card's byline sits a few levels under its list item (<li>
// <article> <div> <p> <span>: 4 on the section fronts we read); the card
// itself is small, so its heading is among its first nodes.
constexpr int kMaxCardDepth = 6;
constexpr int kMaxCardNodes = 200;
// Co-authors' rel=author links share a byline box one or two levels above
// them (<address><div><a rel=author>); three allows one more wrapper.
constexpr int kMaxRelAuthorGroupDepth = 3;
// An author's page link prints a name: four words at most ("Jean-Paul de
// la Tour" is 22 characters); its letters, at least five, must be the start
// of the address's slug ("Ann" could start any slug).
constexpr size_t kMaxAuthorLinkChars = 60;
constexpr size_t kMinAuthorLinkLetters = 5;


// Class/id words that mark bylines and datelines, and the words that look
// like them but are not ("authority", "timeline").
constexpr util::WordIndex kBylineNames{std::array<std::string_view, 5>{
    "byline", "author", "writer", "reporter", "contributor"}};
constexpr util::WordIndex kNotBylineNames{std::array<std::string_view, 3>{
    "authority", "authorize", "typewriter"}};
constexpr util::WordIndex kDateNames{std::array<std::string_view, 6>{
    "date", "time", "publish", "posted", "dateline", "timestamp"}};
constexpr util::WordIndex kNotDateNames{std::array<std::string_view, 3>{
    "timeline", "runtime", "datepicker"}};
constexpr util::WordIndex kUpdatedNames{std::array<std::string_view, 2>{
    "update", "modif"}};
// Class/id words of the containers that hold an article and its heading
// (WordPress's "entry-title", "article-header", "post-title", "story",
// "headline", a "hero" header), as against a masthead or a menu bar.
constexpr util::WordIndex kArticleAreaNames{std::array<std::string_view, 9>{
    "article", "post", "entry", "story", "headline", "hero", "title",
    "content", "main"}};
constexpr util::WordIndex kNotArticleAreaNames{std::array<std::string_view, 5>{
    "menu", "navbar", "masthead", "logo", "site-title"}};

// The <h1> sits in the article's area: it or an ancestor is <article> or
// <main> (or role=main/article), or names the article in its class or id.
// An <h1> loose under <body> (a hand-written page whose <title> is its own)
// or in a menu bar or masthead (the site's name) does not.
bool InArticleArea(const dom::Node* h1) {
  for (const dom::Node* n = h1; n && n->tag != dom::Tag::kBody; n = n->parent) {
    if (!n->is_element()) continue;
    if (n->tag == dom::Tag::kArticle || n->tag == dom::Tag::kMain) return true;
    if (n->attr_count == 0) continue;
    std::string role = util::AsciiLower(n->Attr("role"));
    if (role == "main" || role == "article") return true;
    std::string ci = clean::ClassAndId(n);
    if (kNotArticleAreaNames.FoundIn(ci)) return false;
    if (kArticleAreaNames.FoundIn(ci)) return true;
  }
  return false;
}

// "headline__footer", "article-footer", "entry-footer": the foot of the
// article's own header or text, which prints its byline, dateline and
// tags; the page's footer is "footer", "site-footer", "page-footer".
bool IsArticlePartFooter(std::string_view token, std::string_view foreign_word) {
  static constexpr std::string_view kArticleParts[] = {
      "headline", "article", "entry", "post", "story", "hero", "title"};
  if (foreign_word != "footer") return false;
  for (std::string_view part : kArticleParts) {
    if (token.starts_with(part) && token.size() > part.size() &&
        (token[part.size()] == '-' || token[part.size()] == '_')) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool IsForeignContainer(const dom::Node* n, std::string_view ci) {
  if (n->tag == dom::Tag::kNav) return true;
  if (n->tag == dom::Tag::kHtml || n->tag == dom::Tag::kBody) return false;
  static constexpr std::string_view kForeign[] = {
      "comment", "related", "sidebar", "recommend", "popular", "most-read",
      "mostread", "footer", "reply", "disqus", "teaser", "more-stories"};
  static constexpr std::string_view kFlagPrefixes[] = {"has-", "no-", "with-",
                                                       "show-", "hide-", "is-"};
  for (std::string_view token : util::Tokens(ci)) {
    bool flag = false;
    for (std::string_view p : kFlagPrefixes) flag = flag || token.starts_with(p);
    if (flag) continue;
    for (std::string_view w : kForeign) {
      if (token.find(w) != std::string_view::npos && !IsArticlePartFooter(token, w)) {
        return true;
      }
    }
  }
  return false;
}

namespace {

// A heading's text without the permalink anchor documentation generators
// print after it ("Advanced Usage¶": Sphinx, MkDocs), which is no part of
// its words.
std::string WithoutPermalinkMark(std::string t) {
  constexpr std::string_view kPilcrow = "\xC2\xB6";  // ¶
  while (std::string_view(t).ends_with(kPilcrow)) {
    t.resize(t.size() - kPilcrow.size());
    t = std::string(util::Trim(t));
  }
  return t;
}

// "By Jane Doe", "BY JANE DOE", "Von Anna Müller", "Di Mario Rossi", "Av
// Anna Berg", "Przez Jana Kowalskiego": a lead-in word, then a capital (or
// a non-Latin letter).
bool StartsWithByWord(std::string_view text) {
  for (std::string_view lead :
       {"by ", "von ", "par ", "por ", "door ", "di ", "av ", "af ", "przez "}) {
    if (util::StartsWithIgnoreCase(text, lead) && text.size() > lead.size()) {
      unsigned char c = static_cast<unsigned char>(text[lead.size()]);
      return (c >= 'A' && c <= 'Z') || c >= 0x80;
    }
  }
  return false;
}

// Words that make a dateline the modification date.
bool SaysUpdated(std::string_view text) {
  std::string folded = FoldForMatch(text.substr(0, 40));
  return lexicon::kUpdatedWords.FoundIn(folded);
}

// <h2>-<h4> linking elsewhere whose text is a headline, not a name (an
// "About the author" box links its name heading to the author's page).
bool IsStoryLinkHeading(const dom::Node* n) {
  if (n->tag != dom::Tag::kH2 && n->tag != dom::Tag::kH3 &&
      n->tag != dom::Tag::kH4) {
    return false;
  }
  for (const dom::Node* c = n->first_child; c; c = dom::NextInTree(c, n)) {
    if (c->tag == dom::Tag::kA && !c->Attr("href").empty() &&
        !c->Attr("href").starts_with("#")) {
      return !LooksLikePersonName(dom::FlatText(n));
    }
  }
  return false;
}

// A byline in a list item that also holds, outside the byline, a heading
// linking to a story is a teaser card's ("Highlights", "More from", a
// section front's story list): it names the author of the linked story, not
// of this page. A byline printed in a list of authors has no such heading
// beside it.
bool InTeaserCard(const dom::Node* byline) {
  const dom::Node* li = byline;
  for (int depth = 0; li && li->tag != dom::Tag::kLi; ++depth) {
    if (depth == kMaxCardDepth) return false;
    li = li->parent;
  }
  if (!li) return false;
  int seen = 0;
  for (const dom::Node* c = li->first_child; c && seen < kMaxCardNodes;
       ++seen) {
    if (c == byline) {
      c = dom::NextInTree(c, li, /*skip_children=*/true);
      continue;
    }
    if (c->is_element() && IsStoryLinkHeading(c)) return true;
    c = dom::NextInTree(c, li);
  }
  return false;
}

// Letters only, lower-cased ASCII: "Jon Fingas" and "jon-fingas" -> "jonfingas".
std::string LetterKey(std::string_view s) {
  std::string key;
  for (char c : s) {
    char lower = static_cast<char>(c | 0x20);
    if (lower >= 'a' && lower <= 'z') key += lower;
  }
  return key;
}

// The name an author's page link prints: an <a> whose address files a page
// under an author segment ("/author/jon-fingas-1.33") and whose text is the
// name the address spells ("Jon Fingas"). Empty for any other link: a slug
// that does not spell the text ("/author/staff" on "Read more") says nothing
// about a name.
std::string AuthorLinkName(const dom::Node* a) {
  std::string_view href = a->Attr("href");
  size_t scheme = href.find("://");
  size_t i = scheme == std::string_view::npos ? 0 : href.find('/', scheme + 3);
  std::string_view path = i == std::string_view::npos ? "" : href.substr(i);
  path = path.substr(0, path.find_first_of("?#"));
  while (!path.empty()) {
    path.remove_prefix(1);  // the '/'
    size_t end = path.find('/');
    std::string_view segment = path.substr(0, end);
    path = end == std::string_view::npos ? "" : path.substr(end);
    if (!lexicon::kAuthorPathSegments.Contains(util::AsciiLower(segment)) ||
        path.size() < 2) {
      continue;
    }
    std::string_view slug = path.substr(1, path.find('/', 1) - 1);
    std::string text = dom::FlatText(a);
    if (text.size() > kMaxAuthorLinkChars) return {};
    std::string key = LetterKey(text);
    // Two words at least: "/people/prince" is a celebrity's page.
    if (key.size() < kMinAuthorLinkLetters || util::CountWords(text) < 2 ||
        !LetterKey(slug).starts_with(key)) {
      return {};
    }
    return text;
  }
  return {};
}

bool IsRelAuthor(const dom::Node* n) {
  return n->tag == dom::Tag::kA && util::ContainsIgnoreCase(n->Attr("rel"), "author");
}

// The byline that holds a rel=author link with its co-authors' links
// ("<a rel=author>Julia Carrie Wong</a> and <a rel=author>Sam Levin</a>"):
// the nearest ancestor, a few levels up, holding another rel=author link;
// the link itself when none does, or when that box holds more than a
// byline.
const dom::Node* RelAuthorGroup(const dom::Node* a) {
  const dom::Node* box = a->parent;
  for (int depth = 0; box && depth < kMaxRelAuthorGroupDepth &&
                      box->tag != dom::Tag::kBody;
       ++depth, box = box->parent) {
    int links = 0;
    int seen = 0;
    for (const dom::Node* c = box->first_child; c && seen < kMaxCardNodes;
         c = dom::NextInTree(c, box), ++seen) {
      links += IsRelAuthor(c);
    }
    if (links >= 2) {
      // A list of the site's authors is no byline: the link alone then.
      return dom::FlatText(box).size() <= kMaxBylineChars ? box : a;
    }
  }
  return a;
}

class Reader {
 public:
  explicit Reader(PageFacts* facts) : facts_(facts) {}

  void Read(const dom::Document& doc) {
    MarkHeadlineHolders(doc);
    for (const dom::Node* n = doc.root(); n;) {
      if (!n->is_element()) {
        n = dom::NextInTree(n, doc.root());
        continue;
      }
      // Most elements carry no class or id (attributes artext does not
      // read never reach the tree): nothing to lower-case and search then.
      // "class id", lower-cased, built once per element and searched for
      // each family of words.
      const std::string ci =
          n->attr_count ? clean::ClassAndId(n) : std::string();
      if (n->tag == dom::Tag::kScript || n->tag == dom::Tag::kStyle ||
          n->tag == dom::Tag::kTemplate ||
          (IsForeignContainer(n, ci) && !HoldsHeadline(n))) {
        n = dom::NextInTree(n, doc.root(), /*skip_children=*/true);
        continue;
      }
      Visit(n, ci);
      n = dom::NextInTree(n, doc.root());
    }
    for (Candidate& c : byline_dates_) facts_->published.push_back(std::move(c));
    if (author_link_) {
      // Below every byline and declared author: only a page that names its
      // author nowhere else takes it.
      std::string name = AuthorLinkName(author_link_);
      AuthorCandidate c =
          AuthorCandidate::Byline(name, "dom:author-link", /*weak=*/true);
      c.lines = std::move(name);
      c.node = author_link_;
      facts_->authors.push_back(std::move(c));
    }
  }

 private:
  // The containers of the article's own headline: the <h1>s in the
  // article's area and their ancestors. A wrapper classed like a sidebar
  // or teaser ("l-main-sidebar", "teaser-hero") that holds the headline
  // holds the article, so its byline and dateline are the article's.
  // <nav> stays foreign: a headline in a menu is the site's name.
  void MarkHeadlineHolders(const dom::Document& doc) {
    for (const dom::Node* n = doc.root(); n; n = dom::NextInTree(n, doc.root())) {
      if (n->tag != dom::Tag::kH1 || !InArticleArea(n)) continue;
      for (const dom::Node* a = n->parent; a && a->tag != dom::Tag::kNav;
           a = a->parent) {
        headline_holders_.push_back(a);
      }
    }
  }
  bool HoldsHeadline(const dom::Node* n) const {
    if (n->tag == dom::Tag::kNav) return false;
    return std::find(headline_holders_.begin(), headline_holders_.end(), n) !=
           headline_holders_.end();
  }

  // `ci`: clean::ClassAndId(n), or empty when n has no attributes.
  void Visit(const dom::Node* n, const std::string& ci) {
    if (n->tag == dom::Tag::kH1 && facts_->h1s.size() < kMaxHeadings) {
      std::string t = WithoutPermalinkMark(dom::FlatText(n));
      if (t.empty()) return;
      if (facts_->h1s.empty()) facts_->first_h1 = n;
      facts_->h1s.push_back(std::move(t));
      facts_->h1_nodes.push_back(n);
      facts_->h1_in_article.push_back(InArticleArea(n));
      return;
    }
    if ((n->tag == dom::Tag::kH2 || n->tag == dom::Tag::kH3) &&
        facts_->subheadings.size() < kMaxSubheadings) {
      std::string t = WithoutPermalinkMark(dom::FlatText(n));
      if (!t.empty()) facts_->subheadings.push_back(std::move(t));
    }
    if (n->tag == dom::Tag::kTime) {
      AddTime(n);
      return;
    }
    const bool rel_author = IsRelAuthor(n);
    if (n->tag == dom::Tag::kA && !rel_author && !author_link_ &&
        !AuthorLinkName(n).empty() && !InTeaserCard(n)) {
      author_link_ = n;
    }
    if (rel_author) {
      AddByline(RelAuthorGroup(n), "dom:rel-author");
    } else if (kBylineNames.FoundIn(ci) && !kNotBylineNames.FoundIn(ci)) {
      AddByline(n, "dom:byline");
    } else if (IsLeafish(n) && MayStartWithByWord(n) &&
               StartsWithByWord(LeadingText(n))) {
      AddByline(n, "dom:by-line");
    } else if (const dom::Node* b = MayHoldLabel(n) ? LabelledByline(n) : nullptr) {
      AddByline(b, "dom:by-label");
    }
    if (kDateNames.FoundIn(ci) && !kNotDateNames.FoundIn(ci)) {
      AddDateline(n, kUpdatedNames.FoundIn(ci));
    }
  }

  // False when the element's text cannot start with a by-word (see
  // StartsWithByWord): its first letter is ASCII and not b, v, p, d or a.
  // Saves building LeadingText for nearly every paragraph of the page.
  static bool MayStartWithByWord(const dom::Node* n) {
    constexpr int kMaxNodes = 12;  // as LeadingText
    int seen = 0;
    for (const dom::Node* c = n->first_child; c && seen < kMaxNodes;
         c = dom::NextInTree(c, n), ++seen) {
      if (!c->is_text()) continue;
      for (char ch : c->text) {
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
          continue;
        }
        if (static_cast<unsigned char>(ch) >= 0x80) return true;  // NBSP...
        char lower = static_cast<char>(ch | 0x20);
        return lower == 'b' || lower == 'v' || lower == 'p' || lower == 'd' ||
               lower == 'a';
      }
    }
    return false;
  }

  // The first words of an element: enough to see a leading by-word.
  static std::string LeadingText(const dom::Node* n) {
    constexpr int kMaxNodes = 12;
    constexpr size_t kEnoughBytes = 24;
    return metadata::LeadingText(n, kMaxNodes, kEnoughBytes);
  }

  // An element whose text is its own: no block-level children.
  static bool IsLeafish(const dom::Node* n) {
    if (n->tag != dom::Tag::kP && n->tag != dom::Tag::kDiv &&
        n->tag != dom::Tag::kSpan && n->tag != dom::Tag::kAddress &&
        n->tag != dom::Tag::kLi) {
      return false;
    }
    for (const dom::Node* c = n->first_child; c; c = c->next_sibling) {
      if (c->tag == dom::Tag::kP || c->tag == dom::Tag::kDiv ||
          c->tag == dom::Tag::kUl || c->tag == dom::Tag::kOl) {
        return false;
      }
    }
    return true;
  }

  // Where a byline's label may stand: a leaf-like element, or a label
  // set apart as a small heading, a term or bold text ("<h2>Article
  // by</h2>", "<dt>Autor</dt>", "<strong>Author:</strong>").
  static bool MayHoldLabel(const dom::Node* n) {
    switch (n->tag) {
      case dom::Tag::kH2:
      case dom::Tag::kH3:
      case dom::Tag::kH4:
      case dom::Tag::kH5:
      case dom::Tag::kH6:
      case dom::Tag::kDt:
      case dom::Tag::kStrong:
      case dom::Tag::kB:
      case dom::Tag::kTh:
        return true;
      default:
        return IsLeafish(n);
    }
  }

  void AddByline(const dom::Node* n, const char* source) {
    // Each attempt flattens a subtree; the cap keeps a page of a thousand
    // nested "author" boxes linear.
    if (++byline_attempts_ > kMaxTextAttempts) return;
    if (facts_->authors.size() >= 3 * kMaxVisibleCandidates) return;
    if (InTeaserCard(n)) return;
    // BylineText: InnerText with a break between glued elements; raw is
    // the same with its line breaks read as spaces, so walk once.
    std::string lines = BylineText(n);
    std::string t = lines;
    std::replace(t.begin(), t.end(), '\n', ' ');
    if (t.empty() || t.size() > kMaxBylineChars) return;
    if (InLinkedTeaser(n, t.size())) return;
    for (const AuthorCandidate& a : facts_->authors) {
      if (a.raw == t) return;
    }
    // "Von Moritz Bachmann publiziert am 25. September 2018": a byline that
    // carries the date is a dateline too, below every real one.
    if (util::ContainsAsciiDigit(t) && !SaysUpdated(t)) {
      byline_dates_.push_back({t, "dom:byline", n});
    }
    AuthorCandidate c = AuthorCandidate::Byline(std::move(t), source);
    c.lines = std::move(lines);
    c.node = n;
    facts_->authors.push_back(std::move(c));
  }

  void AddTime(const dom::Node* n) {
    if (times_ >= kMaxVisibleCandidates) return;
    ++times_;
    std::string v = util::CollapseWhitespace(n->Attr("datetime"));
    if (v.empty()) v = dom::FlatText(n);
    if (v.empty() || v.size() > kMaxDatelineChars) return;
    std::string context = util::AsciiLower(n->Attr("class"));
    context += util::AsciiLower(n->Attr("itemprop"));
    context += " " + LabelBefore(n);
    bool updated = SaysUpdated(context) ||
                   context.find("modif") != std::string::npos;
    (updated ? facts_->modified : facts_->published)
        .push_back({std::move(v), "dom:time", n});
  }

  // The words printed just before a <time> in its parent, or in its
  // grandparent when the parent holds the <time> alone: "Published", "Last
  // updated" (the label, not the text after the time, which may label the
  // next one: "Published <time/> Last updated <time/>").
  static std::string LabelBefore(const dom::Node* n) {
    constexpr size_t kLabelBytes = 40;
    for (int level = 0; level < 2 && n->parent &&
                        n->parent->tag != dom::Tag::kBody;
         ++level, n = n->parent) {
      std::string before;
      for (const dom::Node* c = n->parent->first_child; c && c != n;
           c = c->next_sibling) {
        before += c->is_text() ? std::string(c->text) : dom::FlatText(c);
        if (before.size() > 4 * kLabelBytes) {
          before.erase(0, before.size() - kLabelBytes);
        }
      }
      std::string label = util::CollapseWhitespace(before);
      if (!label.empty()) {
        return label.size() > kLabelBytes
                   ? label.substr(label.size() - kLabelBytes)
                   : label;
      }
    }
    return {};
  }

  // The text of the first child element of `n` short enough for a
  // dateline and holding a digit: a date box that also holds the tags or
  // share buttons ("<div class=date-header><span>Posted on April 13,
  // 2023</span><div class=tags>...</div></div>"). Empty when none is.
  static std::string FirstShortChildText(const dom::Node* n) {
    for (const dom::Node* c = n->first_child; c; c = c->next_sibling) {
      if (!c->is_element()) continue;
      std::string t = dom::FlatText(c);
      if (t.size() <= kMaxDatelineChars && util::ContainsAsciiDigit(t)) return t;
    }
    return {};
  }

  void AddDateline(const dom::Node* n, bool classed_updated) {
    if (datelines_ >= kMaxVisibleCandidates) return;
    if (++dateline_attempts_ > kMaxTextAttempts) return;
    std::string t = dom::FlatText(n);
    if (t.size() > kMaxDatelineChars) t = FirstShortChildText(n);
    if (t.empty() || t.size() > kMaxDatelineChars || !util::ContainsAsciiDigit(t)) return;
    ++datelines_;
    bool updated = classed_updated || SaysUpdated(t);
    auto& list = updated ? facts_->modified : facts_->published;
    for (const Candidate& c : list) {
      if (c.value == t) return;
    }
    list.push_back({std::move(t), "dom:dateline", n});
  }

  PageFacts* facts_;
  std::vector<const dom::Node*> headline_holders_;
  const dom::Node* author_link_ = nullptr;  // the first, see AuthorLinkName
  size_t times_ = 0;
  size_t datelines_ = 0;
  size_t byline_attempts_ = 0;
  std::vector<Candidate> byline_dates_;
  size_t dateline_attempts_ = 0;
};

}  // namespace

std::string DocumentTitle(const dom::Document& doc) {
  for (const dom::Node* n = doc.root(); n; n = dom::NextInTree(n, doc.root())) {
    if (n->tag != dom::Tag::kTitle) continue;
    std::string t;
    for (const dom::Node* c = n->first_child; c; c = c->next_sibling) {
      if (c->is_text()) t += c->text;
    }
    return util::CollapseWhitespace(t);
  }
  return {};
}

void ReadVisible(const dom::Document& doc, PageFacts* facts) {
  if (facts->document_title.empty()) facts->document_title = DocumentTitle(doc);
  Reader(facts).Read(doc);
}

}  // namespace artext::metadata

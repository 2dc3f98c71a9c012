// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "classify/page_type.h"

#include <algorithm>

#include "content/judge.h"
#include "heuristics.h"
#include "lexicon/page_type_words.h"
#include "util/text.h"
#include "util/url.h"

namespace artext::classify {
namespace {

using lexicon::WordSet;

// The segments of the page's path, lower-cased ("/Docs/api/x.html" is
// "docs", "api", "x.html").
std::vector<std::string> PathSegments(std::string_view url) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : util::UrlPath(url)) {
    if (c == '/') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// Path evidence: any segment, the folders only (not the page's own
// name), the first two.
bool AnySegment(const std::vector<std::string>& segs, size_t begin, size_t end,
                const WordSet& set) {
  for (size_t i = begin; i < end && i < segs.size(); ++i) {
    if (set.Contains(segs[i])) return true;
  }
  return false;
}

bool IsNumber(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return c >= '0' && c <= '9';
  });
}

// The address shapes of the forum and Q&A software most threads are
// served by, whatever the site: Discourse "/t/SLUG/ID", Reddit
// "/r/NAME/comments/ID/", XenForo "/threads/SLUG.ID/", Stack Exchange
// "/questions/ID/SLUG", phpBB and vBulletin "viewtopic.php",
// "showthread.php". Each is a thread page (an index has none of them).
bool IsForumSoftwareAddress(const std::vector<std::string>& segs) {
  for (size_t i = 0; i < segs.size(); ++i) {
    const std::string& s = segs[i];
    if (lexicon::kForumScriptNames.Contains(s)) return true;
    if (i + 1 >= segs.size()) break;
    const std::string& next = segs[i + 1];
    if (s == "t" && i + 2 < segs.size() && IsNumber(segs[i + 2])) return true;
    if (s == "comments" && i >= 2 && segs[i - 2] == "r") return true;
    if (s == "questions" && IsNumber(next)) return true;
    if (s == "threads") {
      size_t dot = next.rfind('.');
      if (dot != std::string::npos && IsNumber(next.substr(dot + 1))) {
        return true;
      }
    }
  }
  return false;
}

// The declared types, read once.
struct Declared {
  bool article = false;     // a news or blog Article subtype
  bool og_article = false;  // og:type article
  bool product = false, listing = false, item_list = false, forum = false;
  bool question = false, faq = false, docs = false, service = false;
  std::string first[7];     // the first declaration of each, for reasons
};

Declared ReadDeclared(const std::vector<DeclaredType>& declared) {
  Declared d;
  auto note = [&](bool* flag, PageType t, const DeclaredType& dt) {
    if (!*flag) d.first[static_cast<int>(t)] = dt.source + " " + dt.type;
    *flag = true;
  };
  for (const DeclaredType& t : declared) {
    if (t.source == "og:type" && t.type == "article") d.og_article = true;
    if (lexicon::kDeclaredArticleTypes.Contains(t.type)) {
      note(&d.article, PageType::kArticle, t);
    }
    if (lexicon::kDeclaredProductTypes.Contains(t.type)) {
      note(&d.product, PageType::kProduct, t);
    }
    if (lexicon::kDeclaredListingTypes.Contains(t.type)) {
      note(&d.listing, PageType::kListing, t);
    }
    if (lexicon::kDeclaredForumTypes.Contains(t.type)) {
      note(&d.forum, PageType::kForum, t);
    }
    if (lexicon::kDeclaredDocumentationTypes.Contains(t.type)) {
      note(&d.docs, PageType::kDocumentation, t);
    }
    if (lexicon::kDeclaredServiceTypes.Contains(t.type)) {
      note(&d.service, PageType::kService, t);
    }
    if (t.type == "itemlist") d.item_list = true;
    if (t.type == "question") d.question = true;
    if (t.type == "faqpage") d.faq = true;
  }
  return d;
}

// One type's score and the signals that gave it.
struct Score {
  double points = 0;
  std::vector<std::string> reasons;
  // The page's address files it under a section of this type
  // ("/docs/", "/category/", "/services/").
  bool filed_under = false;
  void Add(double p, std::string why) {
    points += p;
    reasons.push_back(std::move(why));
  }
  void AddSection(double p, std::string why) {
    filed_under = true;
    Add(p, std::move(why));
  }
};

std::string Count(int n, const char* what) {
  return std::to_string(n) + " " + what;
}


std::string SignalsLine(const PageSignals& s, const ArticleEvidence& e) {
  std::string line = "page signals:";
  auto add = [&](const char* k, long v) {
    line += ' ';
    line += k;
    line += '=';
    line += std::to_string(v);
  };
  add("words", e.words); add("kept", e.kept_blocks); add("link_lines", e.link_lines);
  add("body_chars", static_cast<long>(e.body_chars));
  add("authors", e.has_authors); add("date", e.has_date);
  add("vis_byline", e.visible_byline); add("vis_date", e.visible_date);
  add("prose_chars", static_cast<long>(e.prose_chars));
  add("short_chars", static_cast<long>(e.short_chars));
  add("body_links", static_cast<long>(e.body_link_chars));
  add("body_headings", e.body_headings);
  add("price_marks", s.price_marks); add("cart_marks", s.cart_marks);
  add("thread_marks", s.thread_marks); add("poster_marks", s.poster_marks);
  add("card_marks", s.card_marks); add("docs_marks", s.docs_marks);
  add("cart_buttons", s.cart_buttons); add("price_texts", s.price_texts);
  add("times", s.time_elements); add("linked_headings", s.linked_headings);
  add("articles", s.article_elements); add("headings", s.headings);
  add("pre", s.code_blocks); add("code_chars", s.code_chars);
  add("nav_tree", s.nav_tree_lists); add("textareas", s.text_fields);
  add("long_p", s.long_paragraphs); add("p_chars", s.paragraph_chars);
  add("text_chars", s.text_chars);
  add("link_chars", s.link_chars); add("card_grid", s.card_grid_items);
  add("priced_grid", s.priced_card_grid_items);
  add("headline_words", e.headline_words);
  add("prose_run", s.top_prose_run_chars); add("cta", s.cta_controls);
  add("posts", s.post_units);
  line += " declared=";
  for (const DeclaredType& d : s.declared) line += d.source + ":" + d.type + ",";
  line += " path=";
  line += util::UrlPath(e.url);
  return line;
}

}  // namespace

ArticleEvidence GatherEvidence(const metadata::Metadata& meta,
                               const std::vector<Block>& body,
                               const content::BlockCounts& counts,
                               const Options& options) {
  ArticleEvidence e;
  for (const Block& b : body) {
    e.words += util::CountWords(b.text);
    e.body_chars += b.text.size();
    if (b.type == BlockType::kHeading) ++e.body_headings;
    if (b.type == BlockType::kParagraph &&
        b.text.size() >= heuristics::kProseParagraphChars) {
      e.prose_chars += b.text.size();
    } else if (b.type != BlockType::kHeading && b.text.size() < 80) {
      e.short_chars += b.text.size();
    }
    for (const Link& l : b.links) e.body_link_chars += l.text.size();
  }
  e.kept_blocks = counts.kept;
  e.link_lines = counts.link_lines;
  e.has_authors = !meta.authors.names.empty();
  e.has_date = meta.dates.published.has_value();
  e.visible_byline = meta.consumed.byline != nullptr;
  e.visible_date = meta.consumed.dateline != nullptr;
  e.error_headline =
      meta.headline && content::IsErrorHeadline(meta.headline->value);
  if (meta.headline) e.headline_words = util::CountWords(meta.headline->value);
  e.url = meta.url ? meta.url->value : options.url;
  return e;
}

PageTypeResult ClassifyPageType(const PageSignals& s,
                                const ArticleEvidence& e,
                                const Options& options) {
  namespace h = heuristics;
  namespace lx = lexicon;
  PageTypeResult r;
  if (options.debug) r.signals_line = SignalsLine(s, e);
  const Declared d = ReadDeclared(s.declared);
  const std::vector<std::string> path = PathSegments(e.url);
  const size_t folders = path.empty() ? 0 : path.size() - 1;
  const bool home = !e.url.empty() && path.empty() &&
                    util::UrlPath(e.url) == "/";
  auto declared = [&](PageType t) { return d.first[static_cast<int>(t)]; };

  Score forum, product, listing, docs, service, article;
  // Forum: a thread's posts, each with its poster and time stamp.
  if (d.forum) {
    forum.Add(3, declared(PageType::kForum));
  } else if (d.question && !d.faq) {
    forum.Add(2, "json-ld question");
  }
  if (s.poster_marks >= h::kMinForumPosterMarks &&
      s.time_elements >= h::kMinForumTimes) {
    forum.Add(2, Count(s.poster_marks, "poster marks") + ", " +
                     Count(s.time_elements, "time stamps"));
  }
  if (s.thread_marks >= h::kMinForumThreadMarks &&
      s.poster_marks >= h::kMinForumPosterMarks) {
    forum.Add(1, Count(s.thread_marks, "reply marks"));
  }
  // The shapes of a thread, a grid or a landing page count only on a page
  // without one long run of prose: a story with its comment thread, its
  // related-stories grid or a press contact is still a story.
  const bool one_prose_run = s.top_prose_run_chars >= h::kArticleProseRunChars;
  if (s.post_units >= h::kMinForumPosts && !one_prose_run) {
    forum.Add(2, Count(s.post_units, "posts with poster and time"));
  }
  if (IsForumSoftwareAddress(path)) {
    forum.Add(2, "forum software address");
  } else if (!path.empty() && lx::kForumPathSegments.Contains(path[0])) {
    forum.Add(1, "path /" + path[0] + "/");
  }
  // Product: a declared product, its price and the cart. On a grid of
  // priced cards the prices and cart buttons are the grid's: a shop
  // category, not one product.
  const bool priced_grid = s.priced_card_grid_items >= h::kMinPricedGridItems;
  if (d.product) product.Add(2, declared(PageType::kProduct));
  if (!priced_grid) {
    if (s.cart_buttons >= 1) {
      product.Add(1, Count(s.cart_buttons, "cart buttons"));
    }
    if (s.price_texts >= h::kMinProductPrices ||
        s.price_marks >= h::kMinProductPrices) {
      product.Add(1, Count(std::max(s.price_texts, s.price_marks), "prices"));
    }
    if (s.cart_marks >= h::kMinProductCartMarks) {
      product.Add(1, Count(s.cart_marks, "cart marks"));
    }
  }
  if (AnySegment(path, 0, folders, lx::kProductPathSegments)) {
    product.AddSection(1, "product path");
  }
  // Listing: teasers, cards, a declared collection, an index's path.
  if (e.link_lines >= h::kMinIndexLinkLines &&
      e.link_lines >= std::max(e.kept_blocks, 1) * h::kIndexLinkLineRatio) {
    listing.Add(3, Count(e.link_lines, "teaser links for ") +
                       Count(e.kept_blocks, "text blocks"));
  }
  if (d.listing) {
    listing.Add(2, declared(PageType::kListing));
  } else if (d.item_list && !d.article) {
    listing.Add(1, "json-ld itemlist");
  }
  if (s.linked_headings >= h::kMinListingLinkedHeadings) {
    listing.Add(1, Count(s.linked_headings, "teaser titles"));
  }
  if (s.article_elements >= h::kMinListingArticles) {
    listing.Add(1, Count(s.article_elements, "<article> cards"));
  }
  if (priced_grid) {
    listing.Add(2, Count(s.priced_card_grid_items, "priced cards in a grid"));
  } else if (s.price_texts >= h::kMinCategoryPrices &&
             s.card_marks >= h::kMinCategoryCards) {
    listing.Add(2, Count(s.price_texts, "prices on ") +
                       Count(s.card_marks, "cards"));
  }
  if (s.card_grid_items >= h::kMinListingGridItems && !one_prose_run &&
      s.link_chars >= h::kListingLinkShare * s.text_chars) {
    listing.Add(1, Count(s.card_grid_items, "cards in a grid"));
  }
  if (AnySegment(path, 0, folders, lx::kListingPathSegments)) {
    listing.AddSection(1, "listing path");
  }
  if (path.size() == 1 && (lx::kArticlePathSegments.Contains(path[0]) ||
                           lx::kListingPathSegments.Contains(path[0]))) {
    listing.Add(2, "section front /" + path[0]);
  }
  if (!e.has_authors && !e.has_date &&
      s.link_chars >= h::kLinkPageShare * s.text_chars &&
      e.body_chars < h::kSmallBodyShare * s.text_chars) {
    listing.Add(2, "page mostly links, body " +
                       std::to_string(e.body_chars) + " of " +
                       std::to_string(s.text_chars) + " chars");
  }
  if (e.body_chars > 0 &&
      e.body_link_chars >= h::kIndexBodyLinkShare * e.body_chars) {
    listing.Add(2, "body mostly link text (" +
                       std::to_string(e.body_link_chars) + " of " +
                       std::to_string(e.body_chars) + " chars)");
  }
  // A site's home page full of dated or <article> cards is its front
  // page: an index of stories, not one.
  const bool front_page =
      home && (s.article_elements >= h::kMinListingArticles ||
               s.time_elements >= h::kMinListingTimes);
  if (front_page) {
    listing.Add(2, "home page of " +
                       Count(std::max(s.article_elements, s.time_elements),
                             "cards or time stamps"));
  }
  if (s.time_elements >= h::kMinListingTimes &&
      s.linked_headings >= h::kMinListingDatedHeadings) {
    listing.Add(1, "dated teaser titles");
  }
  if (e.words < h::kShortListingWords &&
      (s.card_marks >= h::kMinShortListingCards ||
       s.price_texts >= h::kMinShortListingPrices ||
       s.linked_headings >= h::kMinShortListingHeadings)) {
    listing.Add(1, "short page of cards");
  }
  // Documentation: declared, code-heavy, under a docs path, docs chrome.
  if (d.docs) docs.Add(3, declared(PageType::kDocumentation));
  const bool code_heavy = s.code_chars >= h::kMinDocsCodeChars ||
                          s.code_blocks >= h::kMinDocsCodeBlocks;
  if (code_heavy) {
    docs.Add(e.has_authors ? 1 : 2,
             Count(s.code_blocks, "code blocks") +
                 (e.has_authors ? "" : ", no byline"));
  }
  if (AnySegment(path, 0, path.size(), lx::kDocsPathSegments)) {
    docs.AddSection(1, "docs path");
    if (AnySegment(path, 0, 2, lx::kDocsPathSegments) &&
        (code_heavy || s.docs_marks >= h::kMinDocsChromeMarks)) {
      docs.Add(1, "docs section");
    }
  }
  if (s.docs_marks >= h::kManyDocsChromeMarks) {
    docs.Add(1, Count(s.docs_marks, "docs chrome marks"));
  }
  // Service: the home page, a company section, a declared business.
  if (home) service.Add(2, "home page");
  if (AnySegment(path, 0, path.size(), lx::kServicePathSegments)) {
    service.AddSection(2, "service path");
  }
  if (d.service) service.Add(1, declared(PageType::kService));
  if (s.cta_controls >= h::kMinServiceCtas && !one_prose_run) {
    service.Add(2, Count(s.cta_controls, "calls to action"));
  }
  if (e.body_headings >= h::kMinLandingSections &&
      e.body_chars < h::kMaxLandingSectionChars * e.body_headings) {
    service.Add(2, Count(e.body_headings, "short sections"));
  }
  // Article: the evidence the other passes found.
  if (e.has_authors) article.Add(1, "byline");
  if (e.has_date) article.Add(1, "date");
  if (d.article) article.Add(1, declared(PageType::kArticle));
  if (d.og_article) article.Add(0.5, "og:type article");
  if (s.long_paragraphs >= h::kMinArticleProseParagraphs) {
    article.Add(1, Count(s.long_paragraphs, "prose paragraphs"));
  }
  if (e.words >= h::kArticleWords) article.Add(1, Count(e.words, "words"));
  if (e.words >= h::kLongArticleWords) article.Add(0.5, "long");
  if (AnySegment(path, 0, folders, lx::kArticlePathSegments)) {
    article.Add(1, "article path");
  }
  if (front_page) article.points -= h::kFrontPageWeight;

  // The best other type; ties go to the earlier in this list.
  struct Candidate { PageType type; Score* score; };
  const Candidate others[] = {{PageType::kListing, &listing},
                              {PageType::kProduct, &product},
                              {PageType::kForum, &forum},
                              {PageType::kDocumentation, &docs},
                              {PageType::kService, &service}};
  const Candidate* best = &others[0];
  for (const Candidate& c : others) {
    if (c.score->points > best->score->points) best = &c;
  }
  // A headline of a few words ("Personal Training", "Casual Sneakers",
  // "Auth") names a thing, as a shop, service or docs page titles itself;
  // a story's headline says what happened. It weighs against the article;
  // with an address that files the page under the other type's section
  // ("/docs/guides/auth") it also lowers that type's bar. Counts of chrome
  // or teaser titles get no such help: a short-titled story has those too.
  // Nor does a page with one long run of prose: an encyclopedia entry
  // ("New Zealand") or a review is titled by its subject.
  const bool label_headline = e.headline_words > 0 &&
                              e.headline_words <= h::kMaxLabelHeadlineWords &&
                              !one_prose_run;
  double min_type_score = h::kMinTypeScore;
  if (label_headline) {
    article.points -= h::kLabelHeadlineWeight;
    if (best->score->filed_under) min_type_score -= h::kLabelHeadlineWeight;
    best->score->reasons.push_back(
        "headline a label (" + Count(e.headline_words, "words") + ")");
  }
  const bool other_strong = best->score->points >= min_type_score;
  auto decide = [&](PageType t, std::vector<std::string> reasons) {
    r.type = t;
    r.reasons = std::move(reasons);
    return r;
  };
  const int min_words = std::max(options.min_words, h::kMinArticleWords);
  if (e.words < min_words) {
    if (other_strong) return decide(best->type, best->score->reasons);
    if (article.points >= h::kFirmArticleEvidence &&
        !(e.error_headline && e.words < h::kMaxErrorPageWords)) {
      article.reasons.push_back("little text extracted");
      return decide(PageType::kArticle, article.reasons);
    }
    return decide(PageType::kOther,
                  {"too few words (" + std::to_string(e.words) + ")"});
  }
  if (e.error_headline && e.words < h::kMaxErrorPageWords) {
    return decide(PageType::kOther, {"error page headline"});
  }
  if (other_strong &&
      best->score->points >= article.points - h::kArticleMargin) {
    return decide(best->type, best->score->reasons);
  }
  if (article.reasons.empty()) article.reasons.push_back("text, no other type");
  return decide(PageType::kArticle, article.reasons);
}

}  // namespace artext::classify

// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The words the page-type classifier (classify/) reads: declared schema.org
// and Open Graph types, the parts of class and id names that mark product,
// forum, listing and documentation layouts, the parts of a URL path that
// name a section, and the labels of shop buttons. Class, id and path words
// are compared with whole parts of a name split at '-', '_', ' ', '/' and
// '.' ("product-price" is "product" and "price"), never as substrings, so
// that "postcode" is not a post and "reprice" not a price. Lower case.

#ifndef ARTEXT_LEXICON_PAGE_TYPE_WORDS_H_
#define ARTEXT_LEXICON_PAGE_TYPE_WORDS_H_

#include "lexicon/word_set.h"

namespace artext::lexicon {

// --- Declared types (schema.org @type / itemtype, og:type) ------------------
// Compared lower-cased, whole. Article subtypes that a news or blog CMS
// writes; "Article" itself and "WebPage" are on nearly every page and are
// read apart, as weak hints.
extern const WordSet kDeclaredArticleTypes;
extern const WordSet kDeclaredProductTypes;
// CollectionPage, SearchResultsPage, og:type product.group. (ItemList is
// read apart: listicles declare it too.)
extern const WordSet kDeclaredListingTypes;
// QAPage, DiscussionForumPosting. (Question is read apart: FAQPage blocks
// on shop and service pages declare Questions too.)
extern const WordSet kDeclaredForumTypes;
extern const WordSet kDeclaredDocumentationTypes;
// Landing, company and contact pages: ContactPage, AboutPage, Service,
// LocalBusiness, ProfessionalService.
extern const WordSet kDeclaredServiceTypes;

// --- Class and id parts ------------------------------------------------------
// A price or an offer: "price", "prices", "sale-price".
extern const WordSet kPriceClassParts;
// Shop controls: "cart", "basket", "checkout", "add-to-cart", "buy".
extern const WordSet kCartClassParts;
// Posts of a thread and their replies: "reply", "answer", "comment",
// "thread", "topic", "forum".
extern const WordSet kThreadClassParts;
// Who wrote a post: "username", "author", "poster", "avatar".
extern const WordSet kPosterClassParts;
// Who wrote a post, in the names forum and comment software give it
// besides kPosterClassParts: phpBB's and Reddit's "author", Discourse's
// "names", XenForo's "message-name". Read only beside a time stamp
// (PageSignals::post_units), since a story's byline has them too.
extern const WordSet kPostAuthorClassParts;
// Teaser cards of an index: "card", "teaser", "tile", "excerpt".
extern const WordSet kCardClassParts;
// Documentation chrome: "docs", "toc", "sidebar" trees, "api", "breadcrumb".
extern const WordSet kDocsClassParts;

// --- URL path segments -------------------------------------------------------
// Compared with whole segments of the page's path, lower-cased.
// The conventions of the common platforms (WordPress /category/ and
// /tag/, Shopify /products/ and /collections/, Discourse /t/, XenForo
// /threads/, Stack Exchange /questions/, Sphinx and MkDocs /docs/,
// /latest/, /stable/), not any one site.
extern const WordSet kDocsPathSegments;      // docs, api, reference, latest
extern const WordSet kForumPathSegments;     // forum, threads, questions, t
extern const WordSet kForumScriptNames;      // viewtopic.php, showthread.php
extern const WordSet kProductPathSegments;   // product, products, shop, p, dp
extern const WordSet kListingPathSegments;   // category, tag, search, c, browse
extern const WordSet kServicePathSegments;   // services, contact, about, pricing
extern const WordSet kArticlePathSegments;   // news, blog, article, story, post

// --- Text ------------------------------------------------------------------
// Labels of shop buttons, folded: "add to cart", "in den warenkorb",
// "ajouter au panier", "カートに入れる". Matched as substrings of a
// button's text.
extern const WordSet kAddToCartPhrases;
// Calls to action of service, company and landing pages, folded: "contact
// us", "get a quote", "book now", "request a demo", "kontakt aufnehmen",
// "demander un devis", "solicitar presupuesto". Matched as substrings of a
// short link or button label. Not "subscribe" or "sign up": newsletters
// ask that on every story.
extern const WordSet kServiceActionPhrases;

}  // namespace artext::lexicon

#endif  // ARTEXT_LEXICON_PAGE_TYPE_WORDS_H_

// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// What a page says about its own kind, gathered in one walk of the
// untouched tree (before cleaning drops the sidebars, carts and reply
// boxes that tell a shop or a forum from a story): the types it declares
// (JSON-LD @type, microdata itemtype, og:type) and a few counts of its
// structure. The counts are evidence for classify::ClassifyPageType; none
// decides alone.

#ifndef ARTEXT_CLASSIFY_PAGE_SIGNALS_H_
#define ARTEXT_CLASSIFY_PAGE_SIGNALS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dom/document.h"
#include "metadata/readers/jsonld.h"

namespace artext::classify {

// One declared type: "product" from "json-ld", "article" from "og:type".
struct DeclaredType {
  std::string type;    // lower case, schema.org prefix dropped
  std::string source;  // "json-ld", "microdata" or "og:type"
};

struct PageSignals {
  std::vector<DeclaredType> declared;  // in document order, no repeats

  // Elements (in <body>) whose class or id has a part naming ...
  int price_marks = 0;   // a price (or itemprop=price)
  int cart_marks = 0;    // a cart, basket or buy control
  int thread_marks = 0;  // a reply, answer, thread or topic
  int poster_marks = 0;  // the user who posted
  int card_marks = 0;    // a teaser card or tile
  int docs_marks = 0;    // documentation chrome (toc, api, sidebar tree)

  int cart_buttons = 0;     // <button>s labelled "Add to cart" and kin
  int price_texts = 0;      // short texts that are a price ("$12.99")
  int time_elements = 0;    // <time> and [datetime]
  int linked_headings = 0;  // <h2>-<h4> holding a link (teaser titles)
  int article_elements = 0;  // <article>
  int headings = 0;          // <h2>-<h6>
  int code_blocks = 0;       // <pre>
  uint32_t code_chars = 0;   // characters inside <pre> and <code>
  int nav_tree_lists = 0;    // lists nested in lists inside nav/aside
  int text_fields = 0;       // <textarea>: reply and contact boxes
  int long_paragraphs = 0;   // <p> of kProseParagraphChars or more
  uint32_t paragraph_chars = 0;  // characters in those
  uint32_t text_chars = 0;   // all text in <body>, raw

  // Shape of the page (the signals a layout has whatever its class names
  // or language):
  // Text inside <a>, raw: an index is mostly links, a story mostly not.
  uint32_t link_chars = 0;
  // The largest set of sibling elements with the same tag and class shape
  // that each hold a link, a short text and a heading, an image or text
  // beside the link: a grid of teaser or product cards (outside nav,
  // header and footer).
  int card_grid_items = 0;
  // The most cards of one shape under one parent that each show a price
  // (a label like "$12.99" or a price mark): a shop category's grid of
  // products. A product page's "you may also like" row has a few.
  int priced_card_grid_items = 0;
  // The most prose (chars of <p>s of kProseParagraphChars or more) under
  // one parent: a story is one run of paragraphs, a landing page many
  // short sections.
  uint32_t top_prose_run_chars = 0;
  // Links and buttons whose label is a call to action ("Contact us",
  // "Get a quote", "Jetzt anfragen"), outside nav, header and footer.
  int cta_controls = 0;
  // Posts: the smallest elements that hold both who posted (a poster or
  // author mark) and when (a time stamp). A story has one, a thread one
  // per reply.
  int post_units = 0;
};

// Reads `jsonld` (every @type, at any depth) and walks `doc` once. Pure:
// the document is only read.
PageSignals GatherPageSignals(const dom::Document& doc,
                              const std::vector<metadata::JsonLdBlock>& jsonld);

// The parts of a class, id or path: split at '-', '_', ' ', '/', '.', and
// ':', lower-cased, empty parts dropped ("Product-Price_box" is "product",
// "price", "box").
std::vector<std::string> NameParts(std::string_view name);

// The shape of an element for grouping siblings: its tag and the first
// token of its class that holds no digit ("post-123 post card-a" and
// "post-9 post card-b" have the same shape, "post").
uint64_t ShapeKey(const dom::Node& n);

// Is this short text ("Get a free quote", "Kontakt aufnehmen") a call to
// action of a service or landing page?
bool IsCallToAction(std::string_view label);

}  // namespace artext::classify

#endif  // ARTEXT_CLASSIFY_PAGE_SIGNALS_H_

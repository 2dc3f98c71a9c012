// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Prescan: a single linear pass over the page before gumbo sees it, which
// rewrites the HTML so that gumbo does less work and cannot be driven into
// its known failure modes, without changing the article it will parse:
//
//  1. Raw-text bodies that can never contribute text are cut out: <script>
//     (except JSON-LD, which metadata reads from the tree), <style> and
//     <iframe> keep their tags but lose their bodies. They are 56% of the
//     bytes of real news pages, and gumbo's tokenizer spends more than half
//     its time in them. The cut follows the tokenizer's rules (script
//     escape states, comments, case-insensitive end tags, quoted '>' in
//     attributes), and comments are emptied (artext drops them anyway).
//
//  2. Element nesting deeper than `max_depth` is flattened: start and end
//     tags beyond that depth are dropped and their text kept. gumbo's time
//     is quadratic in nesting depth (15 s at 100,000 nested <div>s); after
//     the cap a million nested <div>s parse in linear time. Elements after
//     the first `max_elements` are flattened the same way, which bounds
//     the tree's memory (about 400 bytes an element) on pages of millions
//     of tiny elements. Every node gumbo creates counts: elements, those
//     it implies (<tbody>, the <p> of a stray </p>), text runs, comments,
//     and the formatting elements it re-opens. Once the count reaches the
//     cap, or heuristics::kMaxMisnestedFormatting formatting elements have
//     been closed by tags not their own (`<a><b><i>x</a>` repeated makes
//     gumbo's stack grow without end), the rest of the page is read as
//     text: every tag and comment is left out (raw-text bodies with their
//     tags), the text kept, and gumbo's tree stops growing.
//
//  3. Patterns that crash gumbo 0.10.1 are neutralised. In foreign content
//     (<svg>, <math>), a start tag named like an HTML table or select
//     element (select, td, tr, caption...) followed by an HTML integration
//     point (foreignObject, desc, title, mi, mtext, annotation-xml) holding
//     an HTML <select>, then a table tag, makes gumbo pop its open-element
//     stack empty and abort() (`<table><svg><select><foreignObject><select>
//     </table>`, assertion `node` in parser.c node_qualified_tag_is). Such
//     names inside foreign content are renamed `x-NAME`: no SVG or MathML
//     element has these names, so nothing visible changes, and gumbo no
//     longer mistakes them for HTML table/select elements.
//
//  4. With `slim` (artext's own parse, not the parse-only floor), what no
//     pass reads is left out as well: the insides of <svg> and <math>
//     (cleaning drops both whole; inline SVG icons are 8% of the bytes
//     left after step 1), the attributes no pass reads (all but those of
//     dom/read_attributes.h: data-*, srcset, title, on*...; 15%), and runs of
//     white space in text outside <pre> and <listing>, which become one
//     space, or one or two line breaks when the run held them (10%:
//     indentation; gumbo turns every character of text into a token).
//     The foreign element keeps its tags, so the tree keeps its shape.
//     <nav> is cut the same way (cleaning drops it whole, and the visible
//     metadata reader skips it; it is 18% of what is left), except that a
//     <p>, <h1>, <article> or <main> inside ends the cut: menus do not
//     hold them, so the model may have lost the <nav>'s end.
//
// To decide which tags are which, the prescan keeps a small model of the
// tree builder's stack of open elements (implied end tags for p, li, td...,
// foreign content, <select>); its end-tag matching is bounded, so the pass
// stays linear on any input. The model can disagree with gumbo on broken
// markup; the consequence is only that a tag near the depth cap is kept or
// dropped, never that text is lost (raw-text detection follows the
// tokenizer, which the model only informs inside <svg>/<math>/<select>).

#ifndef ARTEXT_DOM_PRESCAN_H_
#define ARTEXT_DOM_PRESCAN_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace artext::dom {

struct PrescanOptions {
  // Elements deeper than this are flattened (see Options::max_nesting_depth).
  // 0 or less: no cap.
  int max_depth = 512;
  // After this many nodes (elements, text runs, comments) the rest of the
  // page is read as text (item 2 above): gumbo's tree costs ~400 bytes a
  // node. 0 or less: no cap.
  int max_elements = 0;
  // Cut the bodies of <script> (not JSON-LD), <style> and <iframe>, and
  // empty comments.
  bool strip_raw_text = true;
  // Also cut what no pass reads (item 4 above). Off by default so that
  // the parse-only floor in bench/ measures the definition.
  bool slim = false;
};

struct PrescanStats {
  size_t removed_bytes = 0;   // raw-text bodies and comment text cut
  size_t dropped_tags = 0;    // start and end tags beyond max_depth or
                              // max_elements
  size_t renamed_tags = 0;    // foreign-content tags renamed x-NAME
  size_t json_ld_kept = 0;    // JSON-LD scripts left intact
  size_t slimmed_bytes = 0;   // svg/math insides, attributes, white space
  bool text_only = false;     // max_elements or the formatting bound was
                              // reached: the rest was read as text
};

// Returns the rewritten page. `stats` may be null. Linear time; the result
// is never longer than the input plus two bytes per renamed tag.
std::string Prescan(std::string_view html, const PrescanOptions& options,
                    PrescanStats* stats);

}  // namespace artext::dom

#endif  // ARTEXT_DOM_PRESCAN_H_

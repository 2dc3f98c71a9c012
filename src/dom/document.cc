// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "dom/document.h"

#include <gumbo.h>

#include <utility>

#include "dom/prescan.h"

namespace artext::dom {
namespace {

Tag TagFromGumbo(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HTML: return Tag::kHtml;
    case GUMBO_TAG_HEAD: return Tag::kHead;
    case GUMBO_TAG_BODY: return Tag::kBody;
    case GUMBO_TAG_TITLE: return Tag::kTitle;
    case GUMBO_TAG_META: return Tag::kMeta;
    case GUMBO_TAG_LINK: return Tag::kLink;
    case GUMBO_TAG_BASE: return Tag::kBase;
    case GUMBO_TAG_SCRIPT: return Tag::kScript;
    case GUMBO_TAG_STYLE: return Tag::kStyle;
    case GUMBO_TAG_NOSCRIPT: return Tag::kNoscript;
    case GUMBO_TAG_TEMPLATE: return Tag::kTemplate;
    case GUMBO_TAG_SVG: return Tag::kSvg;
    case GUMBO_TAG_MATH: return Tag::kMath;
    case GUMBO_TAG_IFRAME: return Tag::kIframe;
    case GUMBO_TAG_FRAME: return Tag::kFrame;
    case GUMBO_TAG_OBJECT: return Tag::kObject;
    case GUMBO_TAG_EMBED: return Tag::kEmbed;
    case GUMBO_TAG_CANVAS: return Tag::kCanvas;
    case GUMBO_TAG_FORM: return Tag::kForm;
    case GUMBO_TAG_INPUT: return Tag::kInput;
    case GUMBO_TAG_BUTTON: return Tag::kButton;
    case GUMBO_TAG_SELECT: return Tag::kSelect;
    case GUMBO_TAG_OPTION: return Tag::kOption;
    case GUMBO_TAG_TEXTAREA: return Tag::kTextarea;
    case GUMBO_TAG_LABEL: return Tag::kLabel;
    case GUMBO_TAG_FIELDSET: return Tag::kFieldset;
    case GUMBO_TAG_NAV: return Tag::kNav;
    case GUMBO_TAG_HEADER: return Tag::kHeader;
    case GUMBO_TAG_FOOTER: return Tag::kFooter;
    case GUMBO_TAG_ASIDE: return Tag::kAside;
    case GUMBO_TAG_ARTICLE: return Tag::kArticle;
    case GUMBO_TAG_MAIN: return Tag::kMain;
    case GUMBO_TAG_SECTION: return Tag::kSection;
    case GUMBO_TAG_DIV: return Tag::kDiv;
    case GUMBO_TAG_ADDRESS: return Tag::kAddress;
    case GUMBO_TAG_P: return Tag::kP;
    case GUMBO_TAG_BR: return Tag::kBr;
    case GUMBO_TAG_HR: return Tag::kHr;
    case GUMBO_TAG_H1: return Tag::kH1;
    case GUMBO_TAG_H2: return Tag::kH2;
    case GUMBO_TAG_H3: return Tag::kH3;
    case GUMBO_TAG_H4: return Tag::kH4;
    case GUMBO_TAG_H5: return Tag::kH5;
    case GUMBO_TAG_H6: return Tag::kH6;
    case GUMBO_TAG_HGROUP: return Tag::kHgroup;
    case GUMBO_TAG_UL: return Tag::kUl;
    case GUMBO_TAG_OL: return Tag::kOl;
    case GUMBO_TAG_LI: return Tag::kLi;
    case GUMBO_TAG_DL: return Tag::kDl;
    case GUMBO_TAG_DT: return Tag::kDt;
    case GUMBO_TAG_DD: return Tag::kDd;
    case GUMBO_TAG_MENU: return Tag::kMenu;
    case GUMBO_TAG_BLOCKQUOTE: return Tag::kBlockquote;
    case GUMBO_TAG_Q: return Tag::kQ;
    case GUMBO_TAG_PRE: return Tag::kPre;
    case GUMBO_TAG_CODE: return Tag::kCode;
    case GUMBO_TAG_TABLE: return Tag::kTable;
    case GUMBO_TAG_THEAD: return Tag::kThead;
    case GUMBO_TAG_TBODY: return Tag::kTbody;
    case GUMBO_TAG_TFOOT: return Tag::kTfoot;
    case GUMBO_TAG_TR: return Tag::kTr;
    case GUMBO_TAG_TD: return Tag::kTd;
    case GUMBO_TAG_TH: return Tag::kTh;
    case GUMBO_TAG_CAPTION: return Tag::kCaption;
    case GUMBO_TAG_FIGURE: return Tag::kFigure;
    case GUMBO_TAG_FIGCAPTION: return Tag::kFigcaption;
    case GUMBO_TAG_IMG: return Tag::kImg;
    case GUMBO_TAG_SOURCE: return Tag::kSource;
    case GUMBO_TAG_VIDEO: return Tag::kVideo;
    case GUMBO_TAG_AUDIO: return Tag::kAudio;
    case GUMBO_TAG_A: return Tag::kA;
    case GUMBO_TAG_SPAN: return Tag::kSpan;
    case GUMBO_TAG_STRONG: return Tag::kStrong;
    case GUMBO_TAG_B: return Tag::kB;
    case GUMBO_TAG_EM: return Tag::kEm;
    case GUMBO_TAG_I: return Tag::kI;
    case GUMBO_TAG_U: return Tag::kU;
    case GUMBO_TAG_S: return Tag::kS;
    case GUMBO_TAG_SMALL: return Tag::kSmall;
    case GUMBO_TAG_SUB: return Tag::kSub;
    case GUMBO_TAG_SUP: return Tag::kSup;
    case GUMBO_TAG_MARK: return Tag::kMark;
    case GUMBO_TAG_TIME: return Tag::kTime;
    case GUMBO_TAG_ABBR: return Tag::kAbbr;
    case GUMBO_TAG_CITE: return Tag::kCite;
    case GUMBO_TAG_FONT: return Tag::kFont;
    case GUMBO_TAG_CENTER: return Tag::kCenter;
    case GUMBO_TAG_DETAILS: return Tag::kDetails;
    case GUMBO_TAG_SUMMARY: return Tag::kSummary;
    case GUMBO_TAG_WBR: return Tag::kWbr;
    default: return Tag::kOther;
  }
}

// Tags gumbo does not know (custom elements, <picture> in 0.10.1) keep their
// name from the source text.
std::string_view ElementName(const GumboElement& el) {
  if (el.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(el.tag);
  GumboStringPiece piece = el.original_tag;
  gumbo_tag_from_original_text(&piece);
  return std::string_view(piece.data, piece.length);
}

const GumboVector* ChildrenOf(const GumboNode* n) {
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
    return &n->v.element.children;
  }
  return nullptr;
}

bool Kept(const GumboNode* n) {
  return n->type != GUMBO_NODE_COMMENT;
}

}  // namespace

Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;
Document::~Document() = default;

Document Document::Parse(std::string utf8_html, const ParseOptions& options) {
  Document doc;
  if (options.prescan) {
    PrescanOptions prescan;
    prescan.max_depth = options.max_depth;
    prescan.max_elements = options.max_elements;
    prescan.slim = true;
    doc.html_text_ = Prescan(utf8_html, prescan, nullptr);
  } else {
    doc.html_text_ = std::move(utf8_html);
  }
  GumboOptions gumbo_options = kGumboDefaultOptions;
  doc.arena_ = std::make_unique<Arena>();
  gumbo_options.allocator = &Arena::GumboAllocate;
  gumbo_options.deallocator = &Arena::GumboFree;
  gumbo_options.userdata = doc.arena_.get();
  // gumbo's options, set deliberately: max_errors = 0 because gumbo copies
  // the whole open-element stack into every parse error it records (on deep
  // trees that is quadratic memory) and we never read errors; the arena
  // allocator above; the rest stay at their defaults (whole document, no
  // fragment context, never stop on the first error). What gumbo cannot be
  // configured out of (time quadratic in depth, abort() on some foreign
  // content in tables) the prescan guards against.
  gumbo_options.max_errors = 0;
  doc.output_ = gumbo_parse_with_options(&gumbo_options, doc.html_text_.data(),
                                         doc.html_text_.size());
  doc.Build();
  return doc;
}

// Converts gumbo's tree in two iterative passes: count (so the arena is
// allocated once and Node* stay valid), then build.
void Document::Build() {
  const GumboNode* groot = output_->document;
  size_t node_total = 0, attr_total = 0;
  std::vector<const GumboNode*> stack{groot};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    ++node_total;
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      attr_total += n->v.element.attributes.length;
    }
    if (const GumboVector* kids = ChildrenOf(n)) {
      for (unsigned i = 0; i < kids->length; ++i) {
        const auto* kid = static_cast<const GumboNode*>(kids->data[i]);
        if (Kept(kid)) stack.push_back(kid);
      }
    }
  }
  nodes_.reserve(node_total);
  attrs_.reserve(attr_total);

  struct Frame {
    const GumboVector* kids;
    unsigned next;
    Node* node;
    Node* last_child;
  };
  nodes_.emplace_back();
  root_ = &nodes_.back();
  root_->kind = NodeKind::kDocument;
  std::vector<Frame> frames{{ChildrenOf(groot), 0, root_, nullptr}};
  uint32_t order = 1;
  while (!frames.empty()) {
    Frame& f = frames.back();
    if (f.next >= f.kids->length) {
      frames.pop_back();
      continue;
    }
    const auto* g = static_cast<const GumboNode*>(f.kids->data[f.next++]);
    if (!Kept(g)) continue;
    nodes_.emplace_back();
    Node* n = &nodes_.back();
    n->parent = f.node;
    n->depth = f.node->depth + 1;
    n->order = order++;
    if (f.last_child) {
      f.last_child->next_sibling = n;
    } else {
      f.node->first_child = n;
    }
    f.last_child = n;
    if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) {
      const GumboElement& el = g->v.element;
      n->kind = NodeKind::kElement;
      n->tag = TagFromGumbo(el.tag);
      n->name = ElementName(el);
      n->attrs = attrs_.data() + attrs_.size();
      n->attr_count = el.attributes.length;
      for (unsigned i = 0; i < el.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(el.attributes.data[i]);
        attrs_.push_back({a->name, a->value});
      }
      if (n->tag == Tag::kHtml && !html_) html_ = n;
      if (n->tag == Tag::kHead && !head_) head_ = n;
      if (n->tag == Tag::kBody && !body_) body_ = n;
      // Reference to f is invalidated by push_back; it is not used after.
      frames.push_back({&el.children, 0, n, nullptr});
    } else {
      n->kind = NodeKind::kText;
      n->text = g->v.text.text;
    }
  }
  // The HTML parser always synthesises html/head/body; guard anyway so no
  // caller ever sees a null.
  if (!html_) html_ = root_;
  if (!head_) head_ = html_;
  if (!body_) body_ = html_;
}

}  // namespace artext::dom

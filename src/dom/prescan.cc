// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The prescan's tree-builder model: a stack of open elements, kept the way
// gumbo 0.10.1's tree builder keeps it, over the element classes of
// prescan_tags.h. See prescan.h for what it is for.

#include "dom/prescan.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include <gumbo.h>

#include "dom/html_lexer.h"
#include "dom/prescan_tags.h"
#include "dom/read_attributes.h"
#include "heuristics.h"
#include "util/text.h"

namespace artext::dom {
namespace {

using lexer::npos;
using namespace prescan_tags;  // the element classes: kVoid, kSpecial...

// How far an end tag or an implied end looks down the stack of open
// elements (counted in runs of identical elements). Real pages close what
// they opened within a few levels; the bound keeps the pass linear on
// pathological input, at worst leaving a stray end tag unmodelled.
constexpr size_t kSearchLimit = 64;

enum class Ns : uint8_t { kHtml, kSvg, kMath };

// One run of identical open elements (a million nested <div>s is one run).
struct Open {
  std::string_view name;  // as written
  uint32_t cls = 0;
  uint32_t count = 1;
  Ns ns = Ns::kHtml;
  bool integration = false;  // HTML integration point inside foreign content
  bool dropped = false;      // beyond max_depth: tags not emitted
};

class Prescanner {
 public:
  Prescanner(std::string_view in, const PrescanOptions& options,
             PrescanStats* stats)
      : in_(in), options_(options), stats_(stats) {
    out_.reserve(in.size());
  }

  std::string Run();

 private:
  void HtmlStartTag(const lexer::TagToken& t, uint32_t cls,
                    std::string_view lower);
  void EndTag(const lexer::TagToken& t, uint32_t cls, std::string_view lower);
  // Copies the element's raw-text body, or cuts it when `cut`; its end tag
  // (if any) is read next by the main loop.
  void RawTextBody(size_t body_begin, size_t body_end, bool cut);
  // Opens an element; returns false when it lies beyond max_depth or
  // max_elements (its tag is then not emitted).
  // `implied`: created by the tree builder (see PushImplied); counted, but
  // never dropped (gumbo creates it whatever the prescan writes).
  bool Push(const lexer::TagToken& t, uint32_t cls, Ns ns, bool integration,
            bool implied = false);
  // An element gumbo creates without a tag in the source (never emitted).
  void PushImplied(std::string_view name);
  // Pops to the outermost of the consecutive open elements with a class in
  // `want` (e.g. a row and its cell for a new <tr>), within the table.
  void PopOutermost(uint32_t want);
  // Pops the open elements above and including the run at `index`
  // (one element of that run). Returns true when that closed the <svg>,
  // <math> or <nav> whose inside is being cut (its end tag is then already
  // written).
  bool PopTo(size_t index);
  // Index of the nearest open element named `lower` (or with a class in
  // `want`), searching down from the top and stopping at elements with a
  // class in `stop`; npos when absent.
  size_t Find(std::string_view lower, uint32_t want, uint32_t stop) const;
  bool InForeignContent() const {
    return !stack_.empty() && stack_.back().ns != Ns::kHtml &&
           !stack_.back().integration;
  }
  // "in select": an HTML <select> is the current node, or holds it through
  // <option>/<optgroup> (an <option> outside a select is just an element).
  bool InSelect() const {
    for (size_t i = stack_.size(), seen = 0; i-- > 0 && seen++ < 3;) {
      const Open& o = stack_[i];
      if (o.ns != Ns::kHtml) return false;
      if (o.cls & kSelect) return true;
      if (!(o.cls & (kOption | kOptgroup))) return false;
    }
    return false;
  }
  // "in select in table": table tags then close the select; in a select
  // outside a table they are ignored.
  bool SelectInTable() const {
    size_t s = Find("select", 0, 0);
    for (size_t i = s, seen = 0; s != npos && i-- > 0 && seen++ < kSearchLimit;) {
      if (stack_[i].ns == Ns::kHtml &&
          (stack_[i].cls & (kTable | kCell | kRow | kSection))) {
        return true;
      }
    }
    return false;
  }
  // Inside an <svg>, <math> or <nav> being cut (slim): nothing is written.
  bool Cutting() const { return cut_depth_ != npos; }
  // The element being cut is a <nav>: HTML, itself a special element, and
  // ended early by what menus do not hold (see HtmlStartTag).
  bool CuttingNav() const { return Cutting() && cut_name_ == "nav"; }
  // The adoption agency algorithm, for the formatting element at
  // `formatting` (an end tag, or an <a> start tag while an <a> is open).
  void Adopt(size_t formatting);
  // The <li> (want = kLi) or <dd>/<dt> (kDdDt) a new one closes, or npos.
  size_t FindListItem(uint32_t want) const;
  // For an unknown end tag in foreign content: the open HTML element of
  // unknown name gumbo pops to (see EndTag), or npos.
  size_t UnknownElementGumboCloses() const;
  // Leaving out a tag here cannot join the text on either side into new
  // markup or a character reference ("<" + "/p>", "&amp" + ";"): the
  // output so far ends with a tag or white space.
  bool JoinsNothing() const {
    return out_.empty() || out_.back() == '>' || lexer::IsTagSpace(out_.back());
  }
  // Content here is foster parented out of a table: the nearest table
  // part open is a table, section or row, not a cell or caption.
  bool Fostered() const {
    size_t part = Find("caption", kTable | kSection | kRow | kCell, 0);
    return part != npos && (stack_[part].cls & (kTable | kSection | kRow));
  }
  // Index of the run holding the element being cut (when Cutting()).
  size_t CutIndex() const {
    size_t d = depth_, i = stack_.size();
    while (i-- > 0) {
      d -= stack_[i].count;
      if (d <= cut_depth_) break;
    }
    return i;
  }
  void Emit(size_t begin, size_t end) {
    if (Cutting()) {
      if (stats_) stats_->slimmed_bytes += end - begin;
      return;
    }
    out_.append(in_.data() + begin, end - begin);
  }
  void Out(std::string_view s) {
    if (!Cutting()) out_ += s;
  }
  // Text between tags: with `slim` and outside <pre>, runs of white space
  // are collapsed.
  void EmitText(size_t begin, size_t end);
  void EmitTag(const lexer::TagToken& t, bool rename);

  std::string_view in_;
  const PrescanOptions& options_;
  PrescanStats* stats_;
  std::string out_;
  size_t pos_ = 0;
  std::vector<Open> stack_;
  size_t depth_ = 0;  // elements open (sum of run counts)
  bool plaintext_ = false;
  // slim: depth_ outside the <svg>/<math>/<nav> whose inside is cut, or
  // npos; and its name, for the end tag written when the model closes it.
  size_t cut_depth_ = npos;
  std::string_view cut_name_;
  // While a <nav> is cut: the start tags of the elements opened inside it,
  // by depth (an element of the model's run at that depth; begin == end for
  // one the tree builder implies or the depth cap drops), so a cut ended
  // early can write those still open (see HtmlStartTag).
  struct NavOpen {
    size_t depth;
    size_t begin, end;
  };
  std::vector<NavOpen> nav_open_;
  size_t pre_open_ = 0;  // open <pre>/<listing> elements (emitted ones)
  // Nodes gumbo will create from what was emitted, for max_elements:
  // elements (implied ones and those end tags open, like a stray </p>),
  // text runs, comments, and the formatting elements it will re-open.
  size_t nodes_ = 0;
  // Formatting elements closed by something other than their own end tag
  // (the tree builder re-opens them at the next text): see
  // heuristics::kMaxMisnestedFormatting.
  size_t misnested_ = 0;
  std::string_view rel_value_;  // the current start tag's rel attribute
  bool head_started_ = false;   // a start tag other than <html> was seen
  bool OverElementCap() const {
    return options_.max_elements > 0 &&
           nodes_ >= static_cast<size_t>(options_.max_elements);
  }
  // Past the node or formatting bound, the rest of the page is text: every
  // tag and comment is left out (see SkipMarkup).
  bool TextOnly() const {
    return OverElementCap() || misnested_ >= heuristics::kMaxMisnestedFormatting;
  }
  // Leaves out the markup at `lt` (text-only mode), with the body of a
  // raw-text element; a lone '<' is written as "&lt;", so that no tag can
  // form from the text on both sides of what is left out.
  void SkipMarkup(size_t lt);
  // One node more, when what it comes from is written.
  void CountNode() {
    if (!Cutting()) ++nodes_;
  }
  // slim: extents of the current start tag's unread attributes.
  std::vector<std::pair<size_t, size_t>> unread_attrs_;
};

// An emitted <pre> or <listing>: white space in it is copied as it is.
bool KeepsWhiteSpace(uint32_t cls, Ns ns, bool dropped) {
  return (cls & kPreformatted) && ns == Ns::kHtml && !dropped;
}

bool SameName(std::string_view a, std::string_view b) {
  return util::EqualsIgnoreCase(a, b);
}

bool IsUnknownToGumbo(std::string_view name) {
  return gumbo_tagn_enum(name.data(), name.size()) == GUMBO_TAG_UNKNOWN;
}


std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && lexer::IsTagSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && lexer::IsTagSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string Prescanner::Run() {
  const size_t n = in_.size();
  while (pos_ < n && !plaintext_) {
    size_t lt = in_.find('<', pos_);
    if (lt == npos) break;
    EmitText(pos_, lt);
    pos_ = lt;
    if (TextOnly()) {
      if (stats_) stats_->text_only = true;
      if (Cutting()) {  // close the <svg>/<nav> being cut: its end is not read
        cut_depth_ = npos;
        out_ += "</";
        out_ += cut_name_;
        out_ += '>';
      }
      SkipMarkup(lt);
      continue;
    }
    char c = lt + 1 < n ? in_[lt + 1] : '\0';
    if (c == '!') {
      if (in_.compare(lt, 4, "<!--") == 0) {
        size_t end = lexer::CommentEnd(in_, lt);
        if (end == npos) end = n;
        CountNode();
        if (options_.strip_raw_text && end - lt > 7) {
          Out("<!---->");
          if (stats_) stats_->removed_bytes += end - lt - 7;
        } else {
          Emit(lt, end);
        }
        pos_ = end;
        continue;
      }
      size_t end = npos;
      // CDATA sections exist when the current node is not HTML (inside
      // integration points too: the tokenizer asks only the namespace).
      if (!stack_.empty() && stack_.back().ns != Ns::kHtml &&
          in_.compare(lt, 9, "<![CDATA[") == 0) {
        end = in_.find("]]>", lt + 9);
        if (end != npos) end += 3;
      } else {  // DOCTYPE or bogus comment: up to the first '>'
        end = in_.find('>', lt + 2);
        if (end != npos) end += 1;
      }
      if (end == npos) end = n;
      CountNode();
      Emit(lt, end);
      pos_ = end;
      continue;
    }
    if (c == '?' || (c == '/' && lt + 2 < n && !lexer::IsAsciiAlpha(in_[lt + 2]))) {
      // Bogus comment (or "</>", ignored): up to the first '>'.
      size_t end = in_.find('>', lt + 2);
      end = end == npos ? n : end + 1;
      CountNode();
      Emit(lt, end);
      pos_ = end;
      continue;
    }
    bool end_tag = c == '/';
    if (!(end_tag ? lt + 2 < n : lexer::IsAsciiAlpha(c))) {
      Out("<");  // a lone '<' is text
      ++pos_;
      continue;
    }
    std::string_view type_value, encoding_value;
    bool font_breaks = false;
    unread_attrs_.clear();
    rel_value_ = {};
    std::pair<size_t, size_t> src_attr{npos, npos};
    lexer::TagToken t = lexer::ReadTag(
        in_, lt,
        [&](std::string_view name, std::string_view value, size_t begin,
            size_t end) {
          std::array<char, 16> attr_buf;
          std::string_view attr = LowerName(name, &attr_buf);
          if (options_.slim && !end_tag && !IsReadAttributeLower(attr)) {
            unread_attrs_.emplace_back(begin, end);
          }
          if (attr == "type") type_value = value;
          if (attr == "encoding") encoding_value = value;
          if (attr == "rel") rel_value_ = value;
          if (attr == "src") src_attr = {begin, end};
          if (attr == "color" || attr == "face" || attr == "size") {
            font_breaks = true;
          }
        });
    if (t.end == npos) {  // EOF inside a tag: the tokenizer drops it
      Emit(lt, n);
      pos_ = n;
      break;
    }
    std::array<char, 16> buf;
    std::string_view lower = LowerName(t.name, &buf);
    uint32_t cls = Classify(lower);
    if (options_.slim && (cls & kScript) && src_attr.first != npos) {
      // Only <img>'s src is read: a script's address goes too.
      unread_attrs_.insert(
          std::lower_bound(unread_attrs_.begin(), unread_attrs_.end(), src_attr),
          src_attr);
    }
    if (end_tag) {
      EndTag(t, cls, lower);
      pos_ = t.end;
      continue;
    }
    if ((cls & kFont) && !font_breaks) cls &= ~kBreakout;
    if ((cls & kFont) && font_breaks) cls |= kBreakout;
    pos_ = t.end;
    if (InForeignContent() && !(cls & kBreakout)) {
      Ns ns = stack_.back().ns;
      bool rename = cls & kRename;
      if (t.self_closing) {
        CountNode();
        EmitTag(t, rename);
        continue;
      }
      bool integration = false;
      // A foreign element takes the namespace of the current node: <svg>
      // inside <math> is a MathML element, except under annotation-xml,
      // where the tree builder hands <svg> to the HTML rules.
      if (lower == "svg" && ns == Ns::kMath &&
          SameName(stack_.back().name, "annotation-xml")) {
        ns = Ns::kSvg;
      }
      if (ns == Ns::kSvg) {
        integration = lower == "foreignobject" || lower == "desc" ||
                      lower == "title";
      } else {
        integration = lower == "mi" || lower == "mo" || lower == "mn" ||
                      lower == "ms" || lower == "mtext" ||
                      (lower == "annotation-xml" &&
                       (SameName(encoding_value, "text/html") ||
                        SameName(encoding_value, "application/xhtml+xml")));
      }
      if (Push(t, cls & (kSvg | kMath), ns, integration)) EmitTag(t, rename);
      continue;
    }
    if (InForeignContent()) {
      // A breakout tag pops foreign elements up to HTML or an integration
      // point, then is processed as HTML.
      while (InForeignContent()) PopTo(stack_.size() - 1);
    }
    if ((cls & kScript) && !InForeignContent()) {
      size_t end = lexer::FindScriptEnd(in_, t.end);
      bool json_ld = SameName(TrimSpace(type_value), "application/ld+json");
      if (json_ld && stats_) ++stats_->json_ld_kept;
      if (json_ld && CuttingNav()) {
        // Metadata reads JSON-LD wherever it is: keep it, whole, even in a
        // <nav> being cut (its end tag is then written here too).
        out_.append(in_.data() + t.begin, (end == npos ? n : end) - t.begin);
        out_ += "</script>";
        pos_ = end == npos ? n : end;
        continue;
      }
      CountNode();
      EmitTag(t, false);
      RawTextBody(t.end, end, options_.strip_raw_text && !json_ld);
      continue;
    }
    HtmlStartTag(t, cls, lower);
    if (lower != "html") head_started_ = true;
  }
  if (pos_ < n) {
    if (plaintext_) {
      Emit(pos_, n);
    } else {
      EmitText(pos_, n);
    }
  }
  return std::move(out_);
}

void Prescanner::HtmlStartTag(const lexer::TagToken& t, uint32_t cls,
                              std::string_view lower) {
  if (CuttingNav() &&
      (lower == "p" || lower == "h1" || lower == "article" ||
       lower == "main")) {
    // Menus do not hold paragraphs, headlines or articles: if one shows
    // up, either the page put its story in a <nav> (cleaning drops it
    // anyway) or the model lost track of where the <nav> ended. Stop
    // cutting rather than risk the story: what follows is written as is.
    // The elements the cut left open inside the <nav> are written first,
    // so that their end tags, still to come, close them and not the
    // <nav>'s ancestors (a Sphinx sidebar: <nav><div><div><p>...</div>
    // </div></nav>).
    while (!nav_open_.empty() && nav_open_.back().depth >= depth_) {
      nav_open_.pop_back();
    }
    cut_depth_ = npos;
    for (const NavOpen& open : nav_open_) {
      out_.append(in_.data() + open.begin, open.end - open.begin);
    }
    nav_open_.clear();
  }
  if (InSelect()) {
    // "in select": only option/optgroup nest; select, input, keygen,
    // textarea and table tags close the select; everything else (including
    // <style>, whose body is then tokenized as markup) is ignored.
    bool closes = (cls & (kSelect | kEndsSelect)) ||
                  (((cls & (kCell | kRow | kSection | kTable)) ||
                    lower == "caption") &&
                   SelectInTable());
    if (closes) {
      size_t s = Find("select", 0, 0);
      if (s != npos) PopTo(s);
      if (cls & kSelect) {
        EmitTag(t, false);
        return;
      }
    } else if (cls & (kOption | kOptgroup)) {
      if (stack_.back().cls & kOption) PopTo(stack_.size() - 1);
      if ((cls & kOptgroup) && !stack_.empty() &&
          (stack_.back().cls & kOptgroup)) {
        PopTo(stack_.size() - 1);
      }
      if (Push(t, cls, Ns::kHtml, false)) EmitTag(t, false);
      return;
    } else if (lower != "template") {  // <template> nests, in head mode
      EmitTag(t, false);
      return;
    }
  }
  // Table parts outside any table are ignored by the tree builder.
  if ((cls & (kRow | kCell | kSection) || lower == "caption" ||
       lower == "colgroup") &&
      Find({}, kTable, 0) == npos && Find("template", 0, 0) == npos) {
    EmitTag(t, false);
    return;
  }
  if (cls & kNotPushed) {
    EmitTag(t, false);
    return;
  }
  if (cls & kClosesP) {
    size_t p = Find("p", 0, kScope | kSelect);
    if (p != npos) PopTo(p);
  }
  if (cls & (kLi | kDdDt)) {
    size_t item = FindListItem(cls & (kLi | kDdDt));
    if (item != npos) PopTo(item);
  }
  if ((cls & kHeading) && !stack_.empty() && (stack_.back().cls & kHeading)) {
    PopTo(stack_.size() - 1);
  }
  if (cls & kA) {  // an open <a> is closed by the adoption agency
    size_t a = Find("a", 0, kScope);
    if (a != npos) Adopt(a);
  }
  if (cls & (kOption | kOptgroup)) {
    if (!stack_.empty() && (stack_.back().cls & kOption)) PopTo(stack_.size() - 1);
  }
  if (cls & kSection) PopOutermost(kSection | kRow | kCell);
  if (cls & kRow) PopOutermost(kRow | kCell);
  if (cls & kCell) PopOutermost(kCell);
  // gumbo inserts the <tbody> and <tr> a table cell or row lacks; model
  // them so table nesting counts what gumbo will build.
  if ((cls & (kRow | kCell)) && !stack_.empty() &&
      (stack_.back().cls & kTable)) {
    PushImplied("tbody");
  }
  if ((cls & kCell) && !stack_.empty() && (stack_.back().cls & kSection)) {
    PushImplied("tr");
  }
  if (cls & (kRawText | kRcdata | kPlaintext | kVoid) ||
      ((cls & (kSvg | kMath)) && t.self_closing)) {
    bool leaf = (cls & kVoid) || ((cls & (kSvg | kMath)) && t.self_closing);
    if (leaf && OverElementCap()) {
      if (stats_) ++stats_->dropped_tags;
    } else if (options_.slim && lower == "link" && head_started_ &&
               !Fostered() && pre_open_ == 0 && JoinsNothing() &&
               !util::ContainsIgnoreCase(rel_value_, "canonical")) {
      // Stylesheets, preloads, icons: of all <link>s only the canonical
      // address is read (metadata/readers/meta_tags.cc). A void element in <head>
      // or <body>: leaving it out changes no other element. (Before any
      // other tag it would open <head>, which changes where white space
      // goes; such a <link> is kept, and so is one in a table's own
      // content, where it ends a run of table text, or in a <pre>, whose
      // first line break it would shield.)
      if (stats_) stats_->slimmed_bytes += t.end - t.begin;
    } else {
      CountNode();
      EmitTag(t, false);
    }
  }
  if (cls & (kRawText | kRcdata)) {
    size_t end = lexer::FindRawTextEnd(in_, t.end, lower);
    RawTextBody(t.end, end, options_.strip_raw_text && (cls & kCut));
    return;
  }
  if (cls & kPlaintext) {  // the rest of the page is text
    plaintext_ = true;
    return;
  }
  if (cls & kVoid) return;
  if ((cls & (kSvg | kMath)) && t.self_closing) return;
  // An <svg> that is the child of a table, section or row is foster
  // parented, and the table insertion mode then lets a <table> or <tr>
  // inside it close everything up to the outer table: keep it whole.
  // The same holds for anything inside foster-parented content: what
  // decides is the nearest table part, not the current node.
  bool fostered = Fostered();
  if (Push(t, cls,
           (cls & kSvg) ? Ns::kSvg : (cls & kMath) ? Ns::kMath : Ns::kHtml,
           false)) {
    EmitTag(t, false);
    if (options_.slim && (cls & (kSvg | kMath | kNavigation)) && !Cutting() &&
        !fostered) {
      cut_depth_ = depth_ - 1;
      cut_name_ = (cls & kSvg) ? "svg" : (cls & kMath) ? "math" : "nav";
      nav_open_.clear();
    }
  }
}

void Prescanner::EndTag(const lexer::TagToken& t, uint32_t cls,
                        std::string_view lower) {
  std::string_view name = lower.empty() ? t.name : lower;
  if (cls & kNotPushed) {  // </html>, </body>, </head>: nothing to pop
    EmitTag(t, false);
    return;
  }
  // Foreign content: an end tag closes the nearest foreign element of that
  // name above the first HTML element. This holds inside integration points
  // too: the tree builder hands only start tags and text in them to the
  // HTML rules, end tags keep the foreign ones (so </mi> closes <mi>).
  if (!stack_.empty() && stack_.back().ns != Ns::kHtml) {
    for (size_t i = stack_.size(), seen = 0; i-- > 0 && seen < kSearchLimit;
         ++seen) {
      const Open& o = stack_[i];
      if (o.ns == Ns::kHtml) break;
      if (SameName(o.name, name)) {
        bool dropped = o.dropped;
        if (PopTo(i)) return;  // the cut <svg>'s end tag is written
        if (dropped) {
          if (stats_) ++stats_->dropped_tags;
        } else {
          EmitTag(t, cls & kRename);
        }
        return;
      }
    }
    if (Cutting() && IsUnknownToGumbo(name)) {
      // gumbo 0.10.1 matches an unknown end tag left over from foreign
      // content against any open element of unknown name (by its tag enum,
      // not its name): "<my-icon><svg></g>" closes <my-icon>. Follow it,
      // closing the cut <svg> and then that element explicitly.
      size_t target = UnknownElementGumboCloses();
      if (target != npos) {
        std::string_view closed = stack_[target].name;
        bool outside = target < CutIndex();
        PopTo(target);
        if (outside) {
          Out("</");
          Out(closed);
          Out(">");
        }
        return;
      }
    }
  }
  if (InSelect() && !(cls & (kSelect | kOption | kOptgroup))) {
    // "in select in table": a table end tag closes the select first. Any
    // other end tag is ignored in a select.
    if ((cls & (kTable | kRow | kSection | kCell) || name == "caption") &&
        SelectInTable() && Find(name, 0, kTable) != npos) {
      size_t s = Find("select", 0, 0);
      if (s != npos) PopTo(s);
    } else {
      CountNode();
      EmitTag(t, false);
      return;
    }
  }
  // Which open elements stop the search, following the tree builder: table
  // end tags look through everything but the table; other special elements
  // use the default scope; formatting and ordinary elements stop at any
  // special element (the adoption agency then keeps the depth; see below).
  uint32_t stop;
  if (name == "template") {  // closes the nearest <template>, in any scope
    stop = 0;
  } else if (cls & (kTable | kRow | kSection | kCell)) {
    stop = kTable;
  } else if (cls & kSpecial) {
    stop = kScope | ((cls & kLi) ? uint32_t{kList} : 0u);
  } else {
    stop = kSpecial;
  }
  size_t i = Find(name, 0, stop);
  if (i == npos && (cls & kFormatting)) {
    // A special element lies between: the adoption agency algorithm.
    size_t formatting = Find(name, 0, kScope);
    if (formatting != npos) Adopt(formatting);
    EmitTag(t, false);
    return;
  }
  if (i == npos && Cutting() &&
      ((cls & (kTable | kRow | kSection | kCell)) ||
       name == "caption" || name == "template")) {
    // A table or template end tag the model leaves to gumbo, for an
    // element open outside the element being cut: the insertion modes for
    // these may close it in ways the model does not follow. Stop cutting
    // here rather than risk cutting the rest of the page: only what is
    // inside the cut element is at stake.
    size_t open = Find(name, 0, 0);
    if (open != npos && open < CutIndex()) PopTo(CutIndex());
  }
  if (i == npos) {  // unmatched or out of reach: leave it to gumbo
    CountNode();  // a stray </p> or </br> opens an element
    EmitTag(t, false);
    return;
  }
  bool dropped = stack_[i].dropped;
  // The end tag of the <nav> being cut: PopTo writes it.
  bool own_end = Cutting() && i == CutIndex();
  PopTo(i);
  if (own_end) return;
  if (dropped) {
    if (stats_) ++stats_->dropped_tags;
  } else {
    EmitTag(t, false);
  }
}

// The "special" foreign elements, which stop the tree builder's searches
// down the stack like special HTML elements do.
bool IsSpecialForeign(const Open& o) {
  if (o.ns == Ns::kMath) {
    for (std::string_view name : {"mi", "mo", "mn", "ms", "mtext",
                                  "annotation-xml"}) {
      if (SameName(o.name, name)) return true;
    }
  } else if (o.ns == Ns::kSvg) {
    for (std::string_view name : {"foreignobject", "desc", "title"}) {
      if (SameName(o.name, name)) return true;
    }
  }
  return false;
}

// An element that puts a marker on gumbo's list of active formatting
// elements: td, th, caption, applet, marquee, object, template.
bool IsMarker(const Open& o) {
  return o.ns == Ns::kHtml && (o.cls & kScope) &&
         !(o.cls & (kTable | kNotPushed)) && !SameName(o.name, "button");
}

bool IsSpecial(const Open& o) {
  return o.ns == Ns::kHtml ? (o.cls & kSpecial) != 0 : IsSpecialForeign(o);
}

size_t Prescanner::UnknownElementGumboCloses() const {
  size_t seen = 0;
  for (size_t i = stack_.size(); i-- > 0 && seen++ < kSearchLimit;) {
    const Open& o = stack_[i];
    if (o.ns != Ns::kHtml) {
      if (IsSpecialForeign(o)) return npos;
      continue;
    }
    if (IsUnknownToGumbo(o.name)) return i;
    if (o.cls & kSpecial) return npos;
  }
  return npos;
}

void Prescanner::Adopt(size_t formatting) {
  bool furthest_block = false;
  for (size_t i = formatting + 1; i < stack_.size() && !furthest_block; ++i) {
    furthest_block = IsSpecial(stack_[i]);
  }
  if (!furthest_block) {
    PopTo(formatting);
    return;
  }
  // With a furthest block, the elements above the formatting element stay
  // open (moved under a clone of it) and it leaves the stack. gumbo then
  // closes an <svg> or <math> being cut above it: close it for both. (A
  // <nav> is itself special: it is the furthest block, and stays open.)
  if (Cutting() && !CuttingNav() && formatting < CutIndex()) {
    PopTo(CutIndex());
  }
  // The algorithm clones the formatting element (and re-opens it later).
  ++misnested_;
  nodes_ += 2;
  --depth_;
  if (--stack_[formatting].count == 0) {
    stack_.erase(stack_.begin() + formatting);
  }
}

size_t Prescanner::FindListItem(uint32_t want) const {
  size_t seen = 0;
  for (size_t i = stack_.size(); i-- > 0 && seen++ < kSearchLimit;) {
    const Open& o = stack_[i];
    if (o.ns == Ns::kHtml && (o.cls & want)) return i;
    // The search stops at special elements other than address, div and p.
    if (IsSpecial(o) &&
        !(o.ns == Ns::kHtml && (SameName(o.name, "address") ||
                                SameName(o.name, "div") ||
                                SameName(o.name, "p")))) {
      return npos;
    }
  }
  return npos;
}

void Prescanner::PopOutermost(uint32_t want) {
  size_t found = npos, seen = 0;
  for (size_t i = stack_.size(); i-- > 0 && seen++ < kSearchLimit;) {
    const Open& o = stack_[i];
    if (o.ns != Ns::kHtml) continue;
    if (o.cls & want) {
      found = i;
    } else if (o.cls & (kTable | kRow | kSection | kCell)) {
      break;
    }
  }
  if (found != npos) PopTo(found);
}

void Prescanner::PushImplied(std::string_view name) {
  lexer::TagToken t;
  t.name = name;
  Push(t, Classify(name), Ns::kHtml, false, /*implied=*/true);
}

size_t Prescanner::Find(std::string_view lower, uint32_t want,
                        uint32_t stop) const {
  size_t seen = 0;
  for (size_t i = stack_.size(); i-- > 0 && seen++ < kSearchLimit;) {
    const Open& o = stack_[i];
    bool html = o.ns == Ns::kHtml;
    if (!html) {
      // Integration points bound every scope but the table scope, and are
      // special; other foreign elements are simply looked through.
      if (o.integration && (stop & (kScope | kSpecial))) return npos;
      continue;
    }
    if ((!lower.empty() && SameName(o.name, lower)) || (o.cls & want)) {
      return i;
    }
    if (o.cls & stop) return npos;
  }
  return npos;
}

bool Prescanner::Push(const lexer::TagToken& t, uint32_t cls, Ns ns,
                      bool integration, bool implied) {
  // Raw-text and void elements never reach here. A dropped <svg> or <math>
  // is never seen by gumbo, so what follows is modelled as HTML too.
  bool dropped = (options_.max_depth > 0 &&
                  depth_ >= static_cast<size_t>(options_.max_depth)) ||
                 (!implied && OverElementCap());
  if (!dropped) ++nodes_;
  if (dropped) {
    if (stats_) ++stats_->dropped_tags;
    ns = Ns::kHtml;
    integration = false;
  }
  if (CuttingNav()) {
    // Entries at this depth or deeper were popped since: drop them.
    while (!nav_open_.empty() && nav_open_.back().depth >= depth_) {
      nav_open_.pop_back();
    }
    const bool written = !dropped && !implied;
    nav_open_.push_back({depth_, written ? t.begin : 0, written ? t.end : 0});
  }
  ++depth_;
  if (KeepsWhiteSpace(cls, ns, dropped)) ++pre_open_;
  if (!stack_.empty()) {
    Open& top = stack_.back();
    if (top.ns == ns && top.dropped == dropped && !top.integration &&
        !integration && top.name == t.name) {
      ++top.count;
      return !dropped;
    }
  }
  stack_.push_back({t.name, cls, 1, ns, integration, dropped});
  return !dropped;
}

bool Prescanner::PopTo(size_t index) {
  auto preformatted = [](const Open& o) {
    return KeepsWhiteSpace(o.cls, o.ns, o.dropped);
  };
  // Formatting elements above a cell, caption, object, marquee, applet or
  // template closed with them leave gumbo's list with its marker: they are
  // not re-opened.
  size_t marker = index;
  while (marker < stack_.size() && !IsMarker(stack_[marker])) ++marker;
  while (stack_.size() > index + 1) {
    const Open& above = stack_.back();
    if ((above.cls & kFormatting) && above.ns == Ns::kHtml && !above.dropped &&
        stack_.size() - 1 < marker) {
      // Closed by an end tag or start tag not its own: the tree builder
      // keeps it in its list and clones it at the next text.
      misnested_ += above.count;
      nodes_ += above.count;
    }
    depth_ -= stack_.back().count;
    if (preformatted(stack_.back())) pre_open_ -= stack_.back().count;
    stack_.pop_back();
  }
  --depth_;
  if (preformatted(stack_.back())) --pre_open_;
  if (--stack_.back().count == 0) stack_.pop_back();
  if (!Cutting() || depth_ > cut_depth_) return false;
  // The model closed the element being cut: close it for gumbo too,
  // explicitly, so the two cannot disagree about where it ends.
  cut_depth_ = npos;
  out_ += "</";
  out_ += cut_name_;
  out_ += '>';
  return true;
}

void Prescanner::EmitText(size_t begin, size_t end) {
  if (end > begin) CountNode();
  if (!options_.slim || pre_open_ > 0 || Cutting()) {
    Emit(begin, end);
    return;
  }
  auto space = [](char c) { return lexer::IsTagSpace(c); };
  // Text is copied in one piece up to each run of two or more white-space
  // characters; single spaces between words stay where they are.
  size_t copied = begin;
  for (size_t i = begin; i + 1 < end; ++i) {
    if (!space(in_[i]) || !space(in_[i + 1])) continue;
    size_t stop = i, newlines = 0;
    for (; stop < end && space(in_[stop]); ++stop) {
      // CR LF and a lone CR are one line break each, as the tokenizer
      // normalises them.
      if (in_[stop] == '\n' ||
          (in_[stop] == '\r' && !(stop + 1 < end && in_[stop + 1] == '\n'))) {
        ++newlines;
      }
    }
    out_.append(in_.data() + copied, i - copied);
    out_.append(newlines >= 2 ? "\n\n" : newlines == 1 ? "\n" : " ");
    if (stats_) {
      stats_->slimmed_bytes += stop - i - std::max<size_t>(1, std::min<size_t>(newlines, 2));
    }
    copied = stop;
    i = stop - 1;  // the loop's ++i moves past the run
  }
  out_.append(in_.data() + copied, end - copied);
}

void Prescanner::RawTextBody(size_t body_begin, size_t body_end, bool cut) {
  if (body_end == npos) body_end = in_.size();
  if (cut) {
    if (stats_) stats_->removed_bytes += body_end - body_begin;
  } else {
    if (body_end > body_begin) CountNode();
    Emit(body_begin, body_end);
  }
  pos_ = body_end;  // the end tag is read by the main loop
}

void Prescanner::SkipMarkup(size_t lt) {
  const size_t n = in_.size();
  const char c = lt + 1 < n ? in_[lt + 1] : '\0';
  size_t end;
  if (in_.compare(lt, 4, "<!--") == 0) {
    end = lexer::CommentEnd(in_, lt);
  } else if (c == '!' || c == '?' ||
             (c == '/' && lt + 2 < n && !lexer::IsAsciiAlpha(in_[lt + 2]))) {
    end = in_.find('>', lt + 2);  // doctype, bogus comment, "</ >"
    if (end != npos) ++end;
  } else if (lexer::IsAsciiAlpha(c) || (c == '/' && lt + 2 < n)) {
    lexer::TagToken t =
        lexer::ReadTag(in_, lt, [](std::string_view, std::string_view, size_t,
                                   size_t) {});
    end = t.end;
    if (end != npos && !t.end_tag) {
      // A raw-text body goes with its tag: as text it would be the page's
      // scripts and styles. (Its end tag is left out as a tag.)
      std::array<char, 16> buf;
      std::string_view lower = LowerName(t.name, &buf);
      uint32_t cls = Classify(lower);
      if (cls & kScript) {
        end = lexer::FindScriptEnd(in_, t.end);
      } else if (cls & (kRawText | kRcdata)) {
        end = lexer::FindRawTextEnd(in_, t.end, lower);
      }
    }
  } else {
    out_ += "&lt;";
    pos_ = lt + 1;
    return;
  }
  if (end == npos) end = n;
  if (stats_) stats_->removed_bytes += end - lt;
  pos_ = end;
}

void Prescanner::EmitTag(const lexer::TagToken& t, bool rename) {
  if (Cutting()) {
    if (stats_) stats_->slimmed_bytes += t.end - t.begin;
    return;
  }
  if (!rename) {
    size_t from = t.begin;
    for (auto [begin, end] : unread_attrs_) {
      Emit(from, begin);
      from = end;
      if (stats_) stats_->slimmed_bytes += end - begin;
    }
    Emit(from, t.end);
    return;
  }
  out_.append(t.end_tag ? "</x-" : "<x-");
  Emit(t.name_begin, t.end);
  if (stats_) ++stats_->renamed_tags;
}

}  // namespace

std::string Prescan(std::string_view html, const PrescanOptions& options,
                    PrescanStats* stats) {
  return Prescanner(html, options, stats).Run();
}

}  // namespace artext::dom

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/figures.h"

#include <string>
#include <string_view>

#include "dom/read_attributes.h"
#include "dom/text.h"
#include "dom/walk.h"
#include "heuristics.h"
#include "util/text.h"
#include "util/url.h"

namespace artext::content {
namespace {

// Names that mark a caption or a credit across CMSs: WordPress
// (wp-caption-text), Arc (caption), Brightspot (figure-caption), JoongAng
// (caption), Guardian (figcaption-like "caption"), BBC (image-credit).
bool NamedLike(const dom::Node* n, std::string_view word) {
  return util::ContainsIgnoreCase(n->Attr("class"), word) ||
         util::ContainsIgnoreCase(n->Attr("id"), word) ||
         util::ContainsIgnoreCase(n->Attr("itemprop"), word);
}

bool IsCredit(const dom::Node* n) {
  return NamedLike(n, "credit") || NamedLike(n, "copyright") ||
         NamedLike(n, "byline");
}

bool IsCaption(const dom::Node* n) {
  return n->tag == dom::Tag::kFigcaption || NamedLike(n, "caption");
}

// The picture's address: src, or the lazy-loading attributes that hold the
// real one while src is a placeholder.
std::string ImageUrl(const dom::Node* img) {
  for (std::string_view attr : dom::kLazyImageAttributes) {
    std::string_view v = util::Trim(img->Attr(attr));
    if (!v.empty()) return std::string(v);
  }
  std::string_view src = util::Trim(img->Attr("src"));
  if (src.starts_with("data:")) return {};
  return std::string(src);
}

// First element under `root` (itself excluded) matching `pred`. Callers
// pass wrappers already known to hold one picture, so the first caption
// found is that picture's.
template <typename Pred>
const dom::Node* FindUnder(const dom::Node* root, Pred pred) {
  for (const dom::Node* n = dom::NextInTree(root, root); n;
       n = dom::NextInTree(n, root)) {
    if (n->is_element() && pred(n)) return n;
  }
  return nullptr;
}

// Stops at the second picture: a gallery wrapper is not walked to its end
// once per picture it holds.
bool HoldsOneImage(const dom::Node* root) {
  int count = 0;
  for (const dom::Node* n = root; n; n = dom::NextInTree(n, root)) {
    if (n->tag == dom::Tag::kImg && ++count > 1) return false;
  }
  return count == 1;
}

// The caption of `img`: the nearest wrapper, at most kCaptionSearchLevels
// up, that holds exactly this one picture and a caption-named element.
Image FigureOf(const dom::Node* img, const dom::Node** caption_node) {
  Image image;
  image.url = ImageUrl(img);
  const dom::Node* wrapper = img->parent;
  for (int level = 0; wrapper && level < heuristics::kCaptionSearchLevels;
       ++level, wrapper = wrapper->parent) {
    if (wrapper->tag == dom::Tag::kBody) break;
    if (!HoldsOneImage(wrapper)) break;  // a gallery or a teaser list
    const dom::Node* caption = FindUnder(wrapper, IsCaption);
    if (!caption) continue;
    const dom::Node* credit = FindUnder(caption, IsCredit);
    if (!credit) credit = FindUnder(wrapper, IsCredit);
    image.caption = dom::FlatText(caption);
    *caption_node = caption;
    if (credit) {
      image.credit = dom::FlatText(credit);
      // A credit nested in the caption is printed once, as the credit.
      if (!image.credit.empty() && image.caption.ends_with(image.credit)) {
        image.caption.resize(image.caption.size() - image.credit.size());
        image.caption = std::string(util::Trim(image.caption));
      }
    }
    break;
  }
  return image;
}

}  // namespace

std::vector<Image> CollectFigures(const dom::Document& doc,
                                  std::string_view base_url,
                                  decisions::Record* record) {
  std::vector<Image> images;
  const dom::Node* body = doc.body();
  if (!body) return images;
  for (const dom::Node* n = body; n; n = dom::NextInTree(n, body)) {
    if (n->tag != dom::Tag::kImg) continue;
    const dom::Node* caption = nullptr;
    Image image = FigureOf(n, &caption);
    if (image.url.empty() || image.caption.empty() ||
        util::CountChars(image.caption) > heuristics::kMaxCaptionChars) {
      continue;
    }
    bool seen = false;
    for (const Image& other : images) seen = seen || other.url == image.url;
    if (seen) continue;
    images.push_back(std::move(image));
    if (record) record->Add(caption, decisions::Rule::kCaptionNode);
  }
  // After the duplicate check, which compares the addresses as written.
  for (Image& image : images) image.url = util::ResolveUrl(base_url, image.url);
  return images;
}

}  // namespace artext::content

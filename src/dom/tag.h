// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Tag: the element names the pipeline reasons about. Everything else is
// kOther (its name is still available on the Node). Keeping our own enum,
// rather than gumbo's, keeps gumbo out of every header but dom/document.cc.

#ifndef ARTEXT_DOM_TAG_H_
#define ARTEXT_DOM_TAG_H_

#include <cstdint>

namespace artext::dom {

enum class Tag : uint8_t {
  kOther = 0,
  kHtml, kHead, kBody, kTitle, kMeta, kLink, kBase, kScript, kStyle, kNoscript,
  kTemplate, kSvg, kMath, kIframe, kFrame, kObject, kEmbed, kCanvas,
  kForm, kInput, kButton, kSelect, kOption, kTextarea, kLabel, kFieldset,
  kNav, kHeader, kFooter, kAside, kArticle, kMain, kSection, kDiv, kAddress,
  kP, kBr, kHr, kH1, kH2, kH3, kH4, kH5, kH6, kHgroup,
  kUl, kOl, kLi, kDl, kDt, kDd, kMenu,
  kBlockquote, kQ, kPre, kCode, kTable, kThead, kTbody, kTfoot, kTr, kTd, kTh,
  kCaption, kFigure, kFigcaption, kImg, kPicture, kSource, kVideo, kAudio,
  kA, kSpan, kStrong, kB, kEm, kI, kU, kS, kSmall, kSub, kSup, kMark, kTime,
  kAbbr, kCite, kFont, kCenter, kDetails, kSummary, kDialog, kWbr,
};

// Block-level for text assembly: a line break is implied before and after.
bool IsBlockTag(Tag tag);
// Headings h1..h6: returns 1..6, or 0 for any other tag.
int HeadingLevel(Tag tag);
// Elements whose content is never article text (scripts, media, form
// controls...). <form> itself is not one: ASP.NET pages wrap the whole page
// in a form; clean/ judges each form by its signals.
bool IsNonContentTag(Tag tag);
// <noscript> and <template>: non-content to most passes, but the text a
// page shows without scripts (Discourse's crawler view) or renders later.
// Counted in dom::ComputeStats and read by the block pass unless removed;
// cleaning removes them at every level but the last resort.
bool IsFallbackContentTag(Tag tag);

}  // namespace artext::dom

#endif  // ARTEXT_DOM_TAG_H_

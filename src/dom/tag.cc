// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "dom/tag.h"

namespace artext::dom {

bool IsBlockTag(Tag tag) {
  switch (tag) {
    case Tag::kHtml: case Tag::kBody: case Tag::kNav: case Tag::kHeader:
    case Tag::kFooter: case Tag::kAside: case Tag::kArticle: case Tag::kMain:
    case Tag::kSection: case Tag::kDiv: case Tag::kAddress: case Tag::kP:
    case Tag::kHr: case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4:
    case Tag::kH5: case Tag::kH6: case Tag::kHgroup: case Tag::kUl:
    case Tag::kOl: case Tag::kLi: case Tag::kDl: case Tag::kDt: case Tag::kDd:
    case Tag::kMenu: case Tag::kBlockquote: case Tag::kPre: case Tag::kTable:
    case Tag::kThead: case Tag::kTbody: case Tag::kTfoot: case Tag::kTr:
    case Tag::kTd: case Tag::kTh: case Tag::kCaption: case Tag::kFigure:
    case Tag::kFigcaption: case Tag::kForm: case Tag::kFieldset:
    case Tag::kCenter: case Tag::kDetails: case Tag::kSummary:
    case Tag::kDialog: case Tag::kTitle: case Tag::kOption: case Tag::kSelect:
    case Tag::kTextarea: case Tag::kIframe: case Tag::kVideo: case Tag::kAudio:
    case Tag::kCanvas: case Tag::kObject:
      return true;
    default:
      return false;
  }
}

int HeadingLevel(Tag tag) {
  switch (tag) {
    case Tag::kH1: return 1;
    case Tag::kH2: return 2;
    case Tag::kH3: return 3;
    case Tag::kH4: return 4;
    case Tag::kH5: return 5;
    case Tag::kH6: return 6;
    default: return 0;
  }
}

bool IsNonContentTag(Tag tag) {
  switch (tag) {
    case Tag::kHead: case Tag::kScript: case Tag::kStyle: case Tag::kNoscript:
    case Tag::kTemplate: case Tag::kSvg: case Tag::kMath: case Tag::kIframe:
    case Tag::kFrame: case Tag::kObject: case Tag::kEmbed: case Tag::kCanvas:
    case Tag::kInput: case Tag::kButton: case Tag::kSelect:
    case Tag::kOption: case Tag::kTextarea: case Tag::kVideo: case Tag::kAudio:
    case Tag::kSource: case Tag::kDialog: case Tag::kTitle: case Tag::kMeta:
    case Tag::kLink: case Tag::kBase:
      return true;
    default:
      return false;
  }
}

bool IsFallbackContentTag(Tag tag) {
  return tag == Tag::kNoscript || tag == Tag::kTemplate;
}

}  // namespace artext::dom

// Copyright (c) artext authors. MIT licence (see LICENSE).

#ifndef ARTEXT_OUTPUT_CAPTION_H_
#define ARTEXT_OUTPUT_CAPTION_H_

#include <string>

#include "artext/article.h"

namespace artext {

// What the Markdown and HTML outputs print under a picture: its caption,
// with the credit in parentheses after it ("Harbour at dawn (Photo: A. Li)").
inline std::string CaptionLine(const Image& image) {
  if (image.credit.empty()) return image.caption;
  if (image.caption.empty()) return image.credit;
  return image.caption + " (" + image.credit + ")";
}

}  // namespace artext

#endif  // ARTEXT_OUTPUT_CAPTION_H_

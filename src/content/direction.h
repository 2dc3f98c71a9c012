// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Text direction of the extracted body, from the scripts its letters are
// written in: Arabic, Hebrew, Syriac, Thaana and N'Ko are right-to-left
// (util::IsRtlLetter).
// Judged on the text itself rather than the page's dir attribute, which
// templates often leave at "ltr" around right-to-left stories (and the
// reverse on bilingual sites).

#ifndef ARTEXT_CONTENT_DIRECTION_H_
#define ARTEXT_CONTENT_DIRECTION_H_

#include <string_view>

namespace artext::content {

// "rtl" when most letters of `text` are right-to-left, else "ltr".
const char* TextDirection(std::string_view text);

}  // namespace artext::content

#endif  // ARTEXT_CONTENT_DIRECTION_H_

// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Line shapes: a block's text judged by its form alone, for the lines that
// sit inside article containers without a telling class name — a byline
// printed after the story, a bare URL (the "print" view's address line), a
// "Updated 11:21 pm" stamp. Each is a short line; a sentence of the story
// never has these shapes.

#ifndef ARTEXT_CONTENT_LINE_SHAPE_H_
#define ARTEXT_CONTENT_LINE_SHAPE_H_

#include <string_view>

namespace artext::content {

// "By Jane Doe", "BY ESTHER CHUNG, CHUNG YEONG-GYO [x@y.com]", "By Jane Doe
// and John Roe, Reuters": "by" and then only capitalised name words (plus
// "and", commas, an e-mail address or a bracketed note). "By the end of the
// year..." is not a byline: it continues in lower case.
bool IsBylineLine(std::string_view text);

// A gallery or pager counter: "Image 1 of 5", "3 / 12", "Slide 2/9".
bool IsCounterLine(std::string_view text);

// A short promotion: "Sign up for our newsletter", "Get the magazine
// delivered ... Click here for more information", "Follow us on Twitter".
bool IsCallToActionLine(std::string_view text);

// The whole block is one URL ("https://example.com/a/b").
bool IsUrlLine(std::string_view text);

// A time stamp line: "Updated 11:21 pm CST, Tuesday, November 19, 2019",
// "Published: 12 Oct. 2023, 18:45", "Last modified on ...".
bool IsTimestampLine(std::string_view text);

}  // namespace artext::content

#endif  // ARTEXT_CONTENT_LINE_SHAPE_H_

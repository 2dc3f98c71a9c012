// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Error-page headlines: one of the signals classify/page_type weighs
// against the article evidence (an error page still yields some text).

#ifndef ARTEXT_CONTENT_JUDGE_H_
#define ARTEXT_CONTENT_JUDGE_H_

#include <string_view>

namespace artext::content {

// True when the headline or title reads like an HTTP error page
// ("404", "Page not found", "Seite nicht gefunden", "페이지를 찾을 수 없습니다").
bool IsErrorHeadline(std::string_view headline);

}  // namespace artext::content

#endif  // ARTEXT_CONTENT_JUDGE_H_

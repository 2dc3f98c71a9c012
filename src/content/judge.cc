// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "content/judge.h"

#include "lexicon/lexicon.h"
#include "util/text.h"

namespace artext::content {

bool IsErrorHeadline(std::string_view headline) {
  std::string lower = util::AsciiLower(headline);
  return lexicon::kErrorTitlePhrases.FoundIn(lower);
}

}  // namespace artext::content

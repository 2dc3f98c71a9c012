// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/parsers/name_line.h"

#include <string>
#include <vector>

#include "heuristics.h"
#include "lexicon/lexicon.h"
#include "metadata/parsers/byline_parse.h"
#include "metadata/parsers/byline_text.h"
#include "util/text.h"

namespace artext::metadata {

bool IsNameLine(std::string_view line) {
  line = util::Trim(line);
  // A colon sets a label ("Photo Credit:", "BILD:"), "©" a picture's
  // credit: other kinds of line, read by the labelled-byline reader or
  // none.
  if (line.empty() || line.size() > heuristics::kMaxNameLineBytes ||
      byline::ContainsDigit(line) || line.find(':') != std::string_view::npos ||
      line.find("\xC2\xA9") != std::string_view::npos) {
    return false;
  }
  const std::vector<std::string> names = ParseAuthors(line);
  if (names.empty()) return false;
  size_t name_words = 0;
  for (const std::string& name : names) {
    // ParseAuthors keeps an organisation when it names no person: "by
    // Lesotho Times" is the site's credit, no line of names.
    for (const std::string& word : byline::SplitSpaces(name)) {
      if (lexicon::kOrganisationWords.Contains(byline::Key(word))) return false;
    }
    // A name in a script without spaces ("新規登録") cannot be told from a
    // label by its shape.
    const size_t words = static_cast<size_t>(util::CountWords(name));
    if (!LooksLikePersonName(name) || words < 2 ||
        byline::IsCjkChar(byline::FirstLetter(name))) {
      return false;
    }
    name_words += words;
  }
  // Besides the names: one lead-in ("By") and one joining word ("and")
  // between each two names.
  return static_cast<size_t>(util::CountWords(line)) <= name_words + names.size();
}

}  // namespace artext::metadata

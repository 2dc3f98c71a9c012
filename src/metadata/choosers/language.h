// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The page's language as a BCP 47 tag: <html lang> first, then the
// content-language meta, JSON-LD inLanguage, dc.language and og:locale
// ("en_US" -> "en-US"), else a guess from a script only one language
// writes (Hangul -> ko, kana -> ja, Thai -> th, Hebrew -> he, Greek -> el,
// Han alone -> zh). Scripts shared by many languages (Latin, Cyrillic,
// Arabic) give no guess: no language is better than a wrong one.

#ifndef ARTEXT_METADATA_CHOOSERS_LANGUAGE_H_
#define ARTEXT_METADATA_CHOOSERS_LANGUAGE_H_

#include <optional>
#include <string>
#include <string_view>

#include "metadata/page_facts.h"

namespace artext::metadata {

// "en_us" -> "en-US", "EN" -> "en", "zh-hant-tw" -> "zh-Hant-TW"; nullopt
// when the first subtag is not 2-3 letters ("x", "english", "*").
std::optional<std::string> NormalizeLanguageTag(std::string_view tag);

// The language a sample of text is written in, judged by its script.
std::optional<std::string> GuessLanguageFromScript(std::string_view text);

std::optional<Candidate> ChooseLanguage(const PageFacts& facts);

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_CHOOSERS_LANGUAGE_H_

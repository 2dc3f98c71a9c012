// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/choosers/language.h"

#include <cctype>

#include "util/char_class.h"
#include "util/text.h"
#include "util/utf8.h"

namespace artext::metadata {
namespace {

// A script guess needs this many letters of it; a stray CJK character in
// a Latin page is not a language.
constexpr int kMinScriptLetters = 4;

namespace block = util::block;

}  // namespace

std::optional<std::string> NormalizeLanguageTag(std::string_view tag) {
  tag = util::Trim(tag);
  std::string out;
  size_t i = 0;
  int index = 0;
  while (i <= tag.size()) {
    size_t j = tag.find_first_of("-_", i);
    if (j == std::string_view::npos) j = tag.size();
    std::string_view sub = tag.substr(i, j - i);
    if (sub.empty() || sub.size() > 8) return index == 0 ? std::nullopt : std::optional(out);
    for (char c : sub) {
      if (!std::isalnum(static_cast<unsigned char>(c))) {
        return index == 0 ? std::nullopt : std::optional(out);
      }
    }
    std::string s = util::AsciiLower(sub);
    if (index == 0) {
      if (s.size() < 2 || s.size() > 3) return std::nullopt;
      for (char c : s) {
        if (!std::isalpha(static_cast<unsigned char>(c))) return std::nullopt;
      }
    } else if (s.size() == 2) {
      for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    } else if (s.size() == 4) {
      s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    }
    if (index > 0) out += '-';
    out += s;
    ++index;
    i = j + 1;
  }
  return out;
}

std::optional<std::string> GuessLanguageFromScript(std::string_view text) {
  int hangul = 0, kana = 0, han = 0, thai = 0, hebrew = 0, greek = 0;
  for (size_t i = 0; i < text.size();) {
    const char32_t c = util::DecodeUtf8(text, &i, util::Utf8Check::kLenient);
    if (block::kHangulSyllables.Contains(c)) ++hangul;
    else if (block::kKana.Contains(c)) ++kana;
    else if (block::kCjkUnified.Contains(c)) ++han;
    else if (block::kThai.Contains(c)) ++thai;
    else if (block::kHebrew.Contains(c)) ++hebrew;
    else if (block::kGreek.Contains(c)) ++greek;
  }
  if (hangul >= kMinScriptLetters) return "ko";
  if (kana >= kMinScriptLetters) return "ja";  // Japanese mixes kana and kanji
  if (han >= kMinScriptLetters) return "zh";
  if (thai >= kMinScriptLetters) return "th";
  if (hebrew >= kMinScriptLetters) return "he";
  if (greek >= kMinScriptLetters) return "el";
  return std::nullopt;
}

std::optional<Candidate> ChooseLanguage(const PageFacts& facts) {
  for (const Candidate& c : facts.languages) {
    if (c.source != "html:lang") continue;
    if (auto tag = NormalizeLanguageTag(c.value)) {
      return Candidate{*tag, c.source};
    }
  }
  for (const Candidate& c : facts.languages) {
    if (auto tag = NormalizeLanguageTag(c.value)) {
      return Candidate{*tag, c.source};
    }
  }
  std::string sample = facts.document_title;
  for (const std::string& h : facts.h1s) sample += " " + h;
  for (const Candidate& d : facts.descriptions) sample += " " + d.value;
  if (auto guess = GuessLanguageFromScript(sample)) {
    return Candidate{*guess, "guess:script"};
  }
  return std::nullopt;
}

}  // namespace artext::metadata

// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// How it works, in passes over a string capped at heuristics::kMaxBylineBytes:
//   1. Normalize: one kind of space, newlines become "," (they separate
//      name from role as often as a comma does), full-width punctuation
//      becomes ASCII.
//   2. Remove bracketed notes ("[chung.juhee@joongang.co.kr]", "(AP)";
//      byline_brackets.cc), e-mail addresses, @handles and URLs.
//   3. Cut the tail at "Updated", "Published", "on <date>", ...
//   4. Split into items on separator characters and words ("and", "und").
//   5. Clean each item: lead-ins ("By"), CJK role affixes ("기자"), dates,
//      roles ("Staff Writer"), trailing lower-case phrases; then classify it
//      as a person, an organisation or nothing.
// No pass looks back more than one word, so the work is linear.

#include "metadata/parsers/byline_parse.h"

#include <optional>

#include "heuristics.h"
#include "lexicon/lexicon.h"
#include "metadata/parsers/byline_brackets.h"
#include "metadata/parsers/byline_text.h"
#include "util/char_class.h"
#include "util/text.h"
#include "util/utf8.h"
#include "util/utf8_case.h"

namespace artext::metadata {

using util::FoldForMatch;
using util::IsLowerCodePoint;
using util::IsUpperCodePoint;
using util::ToLowerCodePoint;
using util::ToLowerUtf8;
using util::ToUpperCodePoint;

namespace {

using byline::ContainsDigit;
using byline::Decode;
using byline::DeclaredBlogAccount;
using byline::DeclaredLogin;
using byline::Encode;
using byline::FirstLetter;
using byline::IsCjkChar;
using byline::IsJoiner;
using byline::IsLetter;
using byline::Join;
using byline::Key;
using byline::RemoveBracketed;
using byline::SplitSpaces;
using byline::Words;
using util::InList;
using util::IsDigitChar;

// ---------------------------------------------------------------------------
// Passes over the whole byline.

std::string Normalize(std::string_view in) {
  in = util::TruncateUtf8(in, heuristics::kMaxBylineBytes);
  std::string out;
  bool pending_space = false;
  for (size_t pos = 0; pos < in.size();) {
    char32_t c = util::DecodeUtf8(in, &pos);
    switch (c) {
      case '\n':
      case '\r':
      case 0x2028:
      case 0x2029:
      case 0xFF0C:
        c = ',';
        break;
      case 0xFF1B:
        c = ';';
        break;
      case 0xFF0F:
        c = '/';
        break;
      case 0xFF5C:
        c = '|';
        break;
      case 0xFF1A:
        c = ':';
        break;
      case 0xFF08:
        c = '(';
        break;
      case 0xFF09:
        c = ')';
        break;
      case 0x3010:
      case 0xFF3B:
        c = '[';
        break;
      case 0x3011:
      case 0xFF3D:
        c = ']';
        break;
      default:
        if (c < 0x20 || c == 0x7F) c = ' ';
    }
    if (util::IsSeparatorSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    util::AppendUtf8(c, &out);
    // "Autor:Jane", "著者：後藤大地": a colon after a letter ends a label.
    // Not in a time ("12:30") or an address ("https://").
    pending_space = c == ':' && out.size() >= 2 && !IsDigitChar(static_cast<unsigned char>(out[out.size() - 2])) &&
                    (pos >= in.size() || in[pos] != '/');
    // A comma (or a line break read as one) keeps the words on either side
    // apart: "Jane Doe\n@janedoe" must not become one word "Doe,@janedoe",
    // which RemoveContacts would drop whole, name and all.
    pending_space = pending_space || c == ',';
  }
  return out;
}

// Replaces e-mail addresses, @handles and URLs by separators.
std::string RemoveContacts(std::string_view s) {
  std::string out;
  for (const std::string& word : SplitSpaces(s)) {
    const bool contact = word.find('@') != std::string::npos ||
                         word.find("://") != std::string::npos ||
                         ToLowerUtf8(word).rfind("www.", 0) == 0;
    if (!out.empty()) out += ' ';
    out += contact ? "," : word;
  }
  return out;
}

bool StartsDate(std::string_view word) {
  const std::string key = Key(word);
  return ContainsDigit(word) || lexicon::MonthNumber(key) != 0 ||
         lexicon::kWeekdays.Contains(key);
}

// "Dec 12, 2016", "12.10.2023", "2016", "1:55pm": a word that starts a
// date for sure (a month name before a number, a number with date or time
// punctuation, a year); a lone "1" may be an affiliation's footnote.
bool StartsDateSurely(std::string_view word, std::string_view next) {
  const std::string key = Key(word);
  if (lexicon::MonthNumber(key) != 0) return ContainsDigit(next);
  if (!IsDigitChar(static_cast<unsigned char>(word.empty() ? ' ' : word[0]))) {
    return false;
  }
  size_t digits = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (IsDigitChar(static_cast<unsigned char>(c))) {
      ++digits;
    } else if ((c == '/' || c == '.' || c == ':' || c == '-') && i + 1 < word.size() &&
               IsDigitChar(static_cast<unsigned char>(word[i + 1]))) {
      return true;
    }
  }
  return digits == 4 && (word.starts_with("19") || word.starts_with("20"));
}

// Cuts the byline at the start of a trailing date or update note:
// "Jane Doe Updated 12:30 PM ET", "admin on March 3, 2012",
// "Jane Doe, last modified ...", "Jane Doe mis à jour le ...".
std::string CutTail(std::string_view s) {
  const Words words = SplitSpaces(s);
  size_t cut = words.size();
  // Whether a by-word comes after word i: "12 May 2020 by Jane Doe" names
  // its author after the date.
  std::vector<bool> by_after(words.size() + 1, false);
  for (size_t i = words.size(); i-- > 0;) {
    const std::string key = Key(words[i]);
    by_after[i] = by_after[i + 1] || key == "by" || lexicon::kForeignBy.Contains(key);
  }
  // A date already passed: the byline leads with its date ("Dec. 19, 2025
  // · Jane Doe"), and what follows it is the name.
  bool date_before = false;
  for (size_t i = 0; i < words.size() && cut == words.size(); ++i) {
    const std::string key = Key(words[i]);
    const std::string next = i + 1 < words.size() ? Key(words[i + 1]) : "";
    const std::string_view next_word =
        i + 1 < words.size() ? std::string_view(words[i + 1]) : std::string_view();
    // At the start only an unmistakable note cuts: "Last Updated: ...".
    if (i == 0) {
      if (key == "last" && lexicon::kAfterLast.Contains(next)) cut = 0;
      date_before = StartsDate(words[0]);
      continue;
    }
    if (lexicon::kBylineTailWords.Contains(key) ||
        (key == "last" && lexicon::kAfterLast.Contains(next)) ||
        (key == "mis" && next == "a") ||
        (words[i] == "Stand:" || words[i] == "stand:") ||
        (lexicon::kDatePrepositions.Contains(key) && i + 1 < words.size() &&
         StartsDate(words[i + 1])) ||
        // "By Zach Johnson Dec 12, 2016 2:00 PM Tags Magazines Ryan
        // Gosling": past the date a byline box prints tags and links.
        (i >= 2 && !date_before && !by_after[i + 1] &&
         StartsDateSurely(words[i], next_word))) {
      cut = i;
    }
    date_before = date_before || StartsDate(words[i]);
  }
  return Join(words, 0, cut);
}

bool IsSeparatorChar(char32_t c) {
  return c == ',' || c == ';' || c == '&' || c == '/' || c == '|' ||
         c == 0x30FB || c == 0xFF65 || c == 0x3001 || c == 0x00B7 ||
         c == 0x2022;
}

// "and", "und", "et", "y", "e", "en", "og", "och", "и", "with" between
// names. One-letter words only in lower case, so "Jane E Doe" stays whole;
// longer ones in any case ("JOHN SMITH AND JANE DOE").
bool IsSeparatorWord(std::string_view word) {
  if (lexicon::kShortNameSeparators.Contains(word)) return true;
  return lexicon::kNameSeparators.Contains(FoldForMatch(word));
}

bool IsDash(std::string_view word) {
  return word == "-" || word == "\u2013" || word == "\u2014" || word == "--";
}

// One piece of a byline between separators.
struct Item {
  Words words;
  bool after_ampersand = false;  // "&" separated it from the previous one
  bool tight = false;            // ... with no space around it ("AT&T")
  bool brand = false;            // "Mac & i", "AT&T": rejoined below
};

// A single letter ("i", "T"), the shape no person's name has.
bool IsSingleLetter(const Words& words) {
  if (words.size() != 1) return false;
  size_t pos = 0;
  return IsLetter(util::DecodeUtf8(words[0], &pos)) && pos == words[0].size();
}

// "&" before a single letter does not join two people: "Mac & i" (a
// magazine), "AT&T", "Q&A". The pieces are joined back into one name, which
// CleanItem takes for an organisation. "Tom Smith & J. Doe" still splits:
// "J. Doe" is more than a letter.
std::vector<Item> RejoinLetterBrands(std::vector<Item> items) {
  std::vector<Item> out;
  for (Item& item : items) {
    if (item.after_ampersand && !out.empty() && IsSingleLetter(item.words)) {
      Item& prev = out.back();
      if (item.tight) {
        prev.words.back() += "&" + item.words[0];
      } else {
        prev.words.push_back("&");
        prev.words.push_back(std::move(item.words[0]));
      }
      prev.brand = true;
      continue;
    }
    out.push_back(std::move(item));
  }
  return out;
}

std::vector<Item> SplitItems(std::string_view s) {
  std::vector<Item> items;
  Item current;
  std::string word;
  const auto end_item = [&] {
    if (current.words.empty()) return;
    items.push_back(std::move(current));
    current = Item{};
  };
  const auto end_word = [&] {
    if (word.empty()) return;
    if (IsSeparatorWord(word) || IsDash(word)) {
      end_item();
      current = Item{};
    } else {
      current.words.push_back(std::move(word));
    }
    word.clear();
  };
  for (size_t pos = 0; pos < s.size();) {
    const char32_t c = util::DecodeUtf8(s, &pos);
    if (c == ' ') {
      end_word();
    } else if (IsSeparatorChar(c)) {
      const bool word_before = !word.empty();
      end_word();
      end_item();
      current.after_ampersand = c == '&';
      current.tight = word_before && pos < s.size() && s[pos] != ' ';
    } else {
      util::AppendUtf8(c, &word);
    }
  }
  end_word();
  end_item();
  return RejoinLetterBrands(std::move(items));
}

// ---------------------------------------------------------------------------
// Cleaning one item.

// "F.", "J.K.", "Jr.", "Mrs.": a dot that ends an initial or abbreviation,
// not a sentence.
bool IsInitialOrAbbreviation(std::string_view word) {
  int letters = 0;
  bool inner_dot = false;
  bool seen_letter = false;
  for (size_t pos = 0; pos < word.size();) {
    const char32_t c = util::DecodeUtf8(word, &pos);
    if (IsLetter(c)) {
      ++letters;
      seen_letter = true;
    } else if (c == '.' && seen_letter && pos < word.size()) {
      inner_dot = true;
    }
  }
  return letters == 1 || inner_dot || lexicon::kNameAbbreviations.Contains(Key(word));
}

// Strips characters that are neither letters nor digits from the ends of
// each word, keeping the dot of an initial ("John F. Kennedy"), the
// brackets of a middle name (the only brackets RemoveBracketed leaves) and
// the "&" of a brand ("Mac & i").
void TrimWords(Words* words) {
  Words out;
  for (const std::string& word : *words) {
    if (word == "&") {
      out.push_back(word);
      continue;
    }
    std::u32string cps = Decode(word);
    size_t begin = 0;
    size_t end = cps.size();
    const auto keep = [](char32_t c) { return IsLetter(c) || IsDigitChar(c); };
    while (begin < end && !keep(cps[begin]) && cps[begin] != '(') ++begin;
    while (end > begin && !keep(cps[end - 1]) && cps[end - 1] != '.' &&
           cps[end - 1] != ')') {
      --end;
    }
    while (end > begin && cps[end - 1] == '.') {
      const std::string stem =
          Encode(std::u32string_view(cps).substr(begin, end - begin));
      if (IsInitialOrAbbreviation(stem)) break;
      --end;
    }
    if (end > begin) {
      out.push_back(
          Encode(std::u32string_view(cps).substr(begin, end - begin)));
    }
  }
  *words = std::move(out);
}

void EraseFront(Words* words, size_t n) {
  words->erase(words->begin(), words->begin() + static_cast<long>(n));
}

// "By", "Written by", "Author:", "Von" (before a full name), and any "by" in
// the middle ("Story and photos by Jane Doe" -> "Jane Doe").
void StripLeadIns(Words* words) {
  for (size_t i = words->size(); i-- > 1;) {
    if (Key((*words)[i]) == "by") {
      EraseFront(words, i + 1);
      break;
    }
  }
  for (int n = 0; n < heuristics::kMaxLeadIns && !words->empty(); ++n) {
    const std::string first = Key((*words)[0]);
    const std::string second = words->size() > 1 ? Key((*words)[1]) : "";
    if (lexicon::kBylineLeadIns.Contains(first) ||
        (lexicon::kBylineLabels.Contains(first) && words->size() >= 2)) {
      EraseFront(words, 1);
    } else if ((lexicon::kBylineLeadInVerbs.Contains(first) && second == "by") ||
               (lexicon::kBylineLabelVerbs.Contains(first) &&
                lexicon::kBylineLabelBy.Contains(second))) {
      EraseFront(words, 2);
    } else if (lexicon::kForeignBy.Contains(first) && words->size() >= 3) {
      EraseFront(words, 1);
    } else {
      break;
    }
  }
}

// "김철수 기자" -> "김철수", "김철수기자" -> "김철수", "记者 张三" -> "张三".
void StripCjkRoleAffixes(Words* words) {
  if (words->empty()) return;
  for (std::string_view affix : lexicon::kCjkRoleAffixes.words()) {
    std::string& last = words->back();
    if (last == affix) {
      words->pop_back();
      break;
    }
    if (last.ends_with(affix) && IsCjkChar(FirstLetter(last))) {
      last.resize(last.size() - affix.size());
      break;
    }
  }
  if (words->empty()) return;
  for (std::string_view affix : lexicon::kCjkRoleAffixes.words()) {
    std::string& first = words->front();
    if (first == affix) {
      EraseFront(words, 1);
      break;
    }
    if (first.starts_with(affix) && first.size() > affix.size() &&
        IsCjkChar(FirstLetter(first.substr(affix.size())))) {
      first.erase(0, affix.size());
      break;
    }
  }
}

// Drops everything from the first word with a digit, then trailing month,
// weekday and preposition words: "Jane Doe October 12" -> "Jane Doe".
void StripDates(Words* words) {
  for (size_t i = 0; i < words->size(); ++i) {
    if (ContainsDigit((*words)[i])) {
      words->resize(i);
      break;
    }
  }
  while (!words->empty()) {
    const std::string key = Key(words->back());
    if (lexicon::MonthNumber(key) == 0 && !lexicon::kWeekdays.Contains(key) &&
        !lexicon::kDatePrepositions.Contains(key) &&
        !lexicon::kDateFillers.Contains(key)) {
      break;
    }
    words->pop_back();
  }
}

bool HasCapitalAfterJoiner(std::string_view word) {
  bool after_joiner = false;
  for (size_t pos = 0; pos < word.size();) {
    const char32_t c = util::DecodeUtf8(word, &pos);
    if (after_joiner && IsUpperCodePoint(c)) return true;
    after_joiner = IsJoiner(c);
  }
  return false;
}

// A lower-case word that is not a name particle: "reporting", "admin".
bool IsLowerCaseWord(std::string_view word) {
  const char32_t first = FirstLetter(word);
  return first != 0 && IsLowerCodePoint(first) && !lexicon::kNameParticles.Contains(Key(word)) &&
         !HasCapitalAfterJoiner(word);
}

bool IsOrganisation(const Words& words) {
  if (!words.empty() && Key(words[0]) == "the") return true;
  if (lexicon::kNewsAgencies.Contains(FoldForMatch(Join(words, 0, words.size())))) return true;
  for (const std::string& word : words) {
    if (lexicon::kOrganisationWords.Contains(Key(word))) return true;
    // Domain names: "example.com", "Joongang.co.kr".
    const size_t dot = word.find('.');
    if (dot != std::string::npos && dot > 0 && word.size() - dot > 2 &&
        word.back() != '.' && word.find(' ') == std::string::npos &&
        IsLetter(static_cast<unsigned char>(word[dot + 1])) &&
        IsLetter(static_cast<unsigned char>(word[dot + 2]))) {
      return true;
    }
  }
  return false;
}

// Cuts at the first role word ("Jane Doe Staff Writer" -> "Jane Doe") after
// removing leading ones ("Senior Correspondent Jane Doe" -> "Jane Doe").
// Returns false if the item is only a role with a beat word we do not know
// ("Crypto Reporter").
bool StripRoles(Words* words) {
  size_t lead = 0;
  while (lead < words->size() && lexicon::kBylineRoles.Contains(Key((*words)[lead]))) ++lead;
  EraseFront(words, lead);
  for (size_t i = 1; i < words->size(); ++i) {
    if (!lexicon::kBylineRoles.Contains(Key((*words)[i]))) continue;
    Words prefix(words->begin(), words->begin() + static_cast<long>(i));
    // "John Smith Associated Press Writer": drop the employer too.
    size_t person_end = prefix.size();
    while (person_end > 2 && lexicon::kOrganisationWords.Contains(Key(prefix[person_end - 1]))) {
      --person_end;
    }
    if (person_end < prefix.size() &&
        !IsOrganisation(Words(
            prefix.begin(), prefix.begin() + static_cast<long>(person_end)))) {
      prefix.resize(person_end);
    }
    const bool lone_cased_word = prefix.size() == 1 &&
                                 !IsCjkChar(FirstLetter(prefix[0])) &&
                                 !IsOrganisation(prefix);
    *words = std::move(prefix);
    return !lone_cased_word;
  }
  return true;
}

// Cuts at the first lower-case word after a capitalised start: "Jane Doe
// reporting from Kyiv" -> "Jane Doe". All-lower-case items are left for
// LooksLikePersonName to judge.
void StripLowerCaseTail(Words* words) {
  if (words->empty() || IsLowerCaseWord((*words)[0])) return;
  // "Organization for Transformative Works": one word, a preposition and
  // capitalised words is a name, not "Jane Doe for The Times".
  if (words->size() >= 3 && lexicon::kJoiningPrepositions.Contains(Key((*words)[1]))) {
    bool capitalised_rest = true;
    for (size_t i = 2; i < words->size(); ++i) {
      capitalised_rest = capitalised_rest && !IsLowerCaseWord((*words)[i]);
    }
    if (capitalised_rest) return;
  }
  for (size_t i = 1; i < words->size(); ++i) {
    if (IsLowerCaseWord((*words)[i])) {
      words->resize(i);
      return;
    }
  }
}

bool IsAllCaps(std::string_view s) {
  int upper = 0;
  for (size_t pos = 0; pos < s.size();) {
    const char32_t c = util::DecodeUtf8(s, &pos);
    if (IsLowerCodePoint(c)) return false;
    if (IsUpperCodePoint(c)) ++upper;
  }
  return upper >= 2;
}

// "CHUNG YEONG-GYO" -> "Chung Yeong-gyo", "O'NEIL" -> "O'Neil",
// "LUDWIG VAN BEETHOVEN" -> "Ludwig van Beethoven".
std::string TitleCase(const Words& words) {
  const bool east_asian =
      words.size() >= 2 && lexicon::kEastAsianFamilyNames.Contains(Key(words[0]));
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += ' ';
    if (i > 0 && lexicon::kNameParticles.Contains(Key(words[i]))) {
      out += ToLowerUtf8(words[i]);
      continue;
    }
    bool word_start = true;
    const std::string& word = words[i];
    for (size_t pos = 0; pos < word.size();) {
      const char32_t c = util::DecodeUtf8(word, &pos);
      if (IsLetter(c)) {
        char32_t mapped =
            word_start ? ToUpperCodePoint(c) : ToLowerCodePoint(c);
        // Greek sigma is written ς at the end of a word.
        size_t next_pos = pos;
        if (mapped == 0x03C3 &&
            (pos >= word.size() || !IsLetter(util::DecodeUtf8(word, &next_pos)))) {
          mapped = 0x03C2;
        }
        util::AppendUtf8(mapped, &out);
        word_start = false;
        continue;
      }
      util::AppendUtf8(c, &out);
      if (c == '\'' || c == 0x2019 || c == '.') word_start = true;
      if (c == '-' || c == 0x2010) word_start = !(east_asian && i > 0);
    }
  }
  return out;
}

struct Candidate {
  std::string text;
  bool organisation = false;
  bool single_cased_word = false;  // "Washington" (a place, usually)
  bool multi_word = false;
};

bool ShapedLikeOrganisation(const std::string& text, size_t word_count) {
  return word_count <= heuristics::kMaxNameWords + 1 && text.size() <= heuristics::kMaxNameChars * 4 &&
         !ContainsDigit(text) && text.find('?') == std::string::npos &&
         text.find('!') == std::string::npos;
}

// "Is this a question?", "This is a sentence about the story." Three
// content words in lower case make a sentence, unless two capitalised
// words come first: that is a name with a bio ("Jane Doe is a senior
// reporter at ..."), whose tail StripLowerCaseTail cuts.
bool IsSentence(const Words& words) {
  size_t capitalised_prefix = 0;
  while (capitalised_prefix < words.size() &&
         !IsLowerCaseWord(words[capitalised_prefix])) {
    ++capitalised_prefix;
  }
  int lower_content_words = 0;
  for (const std::string& word : words) {
    if (word.find_first_of("?!") != std::string::npos) return true;
    if (IsLowerCaseWord(word) && !lexicon::kJoiningPrepositions.Contains(Key(word))) {
      ++lower_content_words;
    }
  }
  return capitalised_prefix < 2 && lower_content_words >= heuristics::kSentenceLowerWords;
}

// LooksLikePersonName, allowing `extra_lower` more lower-case words.
bool PersonNameShape(std::string_view s, int extra_lower) {
  const Words words = SplitSpaces(s);
  if (words.empty() || words.size() > heuristics::kMaxNameWords) return false;
  size_t chars = 0;
  int capitalised = 0;
  int lower = 0;
  bool in_bracket = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    bool has_letter = false;
    for (size_t pos = 0; pos < word.size();) {
      const size_t at = pos;
      const char32_t c = util::DecodeUtf8(word, &pos);
      ++chars;
      // A bracket only around middle words: "Richard (R.J.) Eskow".
      const bool middle = i > 0 && i + 1 < words.size();
      if (IsLetter(c)) {
        has_letter = true;
      } else if (c == '(' && at == 0 && middle && !in_bracket) {
        in_bracket = true;
      } else if (c == ')' && pos == word.size() && middle && in_bracket) {
        in_bracket = false;
      } else if (!IsJoiner(c) && c != '.') {
        return false;  // digits, sentence punctuation, symbols
      }
    }
    if (!has_letter) return false;
    // A dot before another word ends a sentence unless it ends an initial.
    if (i + 1 < words.size() && word.back() == '.' &&
        !IsInitialOrAbbreviation(word)) {
      return false;
    }
    const char32_t first = FirstLetter(word);
    if (IsUpperCodePoint(first) || !IsLowerCodePoint(first)) {
      ++capitalised;  // upper case, or a script without case
    } else if (!lexicon::kNameParticles.Contains(Key(word)) && !HasCapitalAfterJoiner(word)) {
      ++lower;
    }
  }
  if (in_bracket || chars + words.size() - 1 > heuristics::kMaxNameChars) return false;
  // "Mostly capitalised": one stray lower-case word is tolerated in names of
  // three or more words ("Maria da Graça Foster" passes anyway: "da" is a
  // particle).
  const int allowed_lower = (words.size() >= 3 ? 1 : 0) + extra_lower;
  return capitalised > 0 && lower <= allowed_lower;
}

// A declared name whose lower-case words are part of it: capitalised
// words, then heuristics::kDeclaredLowerWords lower-case ones that are no
// preposition ("for The Times"), lead-in verb ("reporting") or clause word
// ("is a ..."): "Dublin Core property author", "Meta name author". Printed
// bylines run on into the page's text, so there StripLowerCaseTail cuts
// them; a meta tag or JSON-LD value holds only what the publisher put
// there. Such a name fails LooksLikePersonName, so the chooser takes it
// only when no source names a person cleanly.
bool KeepsDeclaredLowerTail(const Words& words) {
  if (words.size() < 3 || words.size() > heuristics::kMaxNameWords) return false;
  size_t capitalised = 0;
  while (capitalised < words.size() && !IsLowerCaseWord(words[capitalised])) {
    ++capitalised;
  }
  if (capitalised == 0 || words.size() - capitalised != heuristics::kDeclaredLowerWords) {
    return false;
  }
  for (size_t i = capitalised; i < words.size(); ++i) {
    const std::string key = Key(words[i]);
    if (!IsLowerCaseWord(words[i]) || lexicon::kJoiningPrepositions.Contains(key) ||
        lexicon::kBylineLeadInVerbs.Contains(key) || lexicon::kClauseWords.Contains(key)) {
      return false;
    }
  }
  return PersonNameShape(Join(words, 0, words.size()),
                         static_cast<int>(words.size() - capitalised));
}

// A brand's "&" left at an edge once lead-ins and roles are gone ("By & i"
// -> "& i") joins nothing: it goes, and with no "&" left inside a word or
// between two, the item is no brand.
void TrimBrandEdges(Item* item) {
  Words& words = item->words;
  while (!words.empty() && words.front() == "&") EraseFront(&words, 1);
  while (!words.empty() && words.back() == "&") words.pop_back();
  bool joined = false;
  for (const std::string& word : words) {
    joined = joined || word.find('&') != std::string::npos;
  }
  item->brand = item->brand && joined;
}

// "Podium Staff", "The Upwork Team", "TOI Lifestyle Desk", "Our Editors":
// a team the page credits, named by capitalised words and a team word
// last. The role passes would cut it to its first word or to nothing; as a
// whole it is an organisation, which yields to any person named.
bool IsTeamCredit(const Words& words) {
  if (words.size() < 2 || words.size() > heuristics::kMaxNameWords ||
      !lexicon::kTeamWords.Contains(Key(words.back()))) {
    return false;
  }
  bool own_word = false;  // a word that is no role: the team's own name
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const char32_t first = FirstLetter(words[i]);
    if (first == 0 || !IsUpperCodePoint(first) || ContainsDigit(words[i])) return false;
    const std::string key = Key(words[i]);
    // "Reuters Staff": an agency's staff is credited to the agency.
    if (lexicon::kOrganisationWords.Contains(key)) return false;
    own_word = own_word || (!lexicon::kBylineRoles.Contains(key) && key != "the" &&
                            key != "our" && !lexicon::kBylineLeadIns.Contains(key));
  }
  return own_word;
}

// "Content Marketing Coordinator", "BuzzFeed UK News Fellow", "EdTech
// Content writer": an item whose last word is a role. After a person's
// name it is that person's title, whatever words come before the role
// (StripRoles would keep them as a name: "Content Marketing").
bool EndsWithRole(const Item& item) {
  Words words = item.words;
  TrimWords(&words);
  return words.size() >= 2 && lexicon::kBylineRoles.Contains(Key(words.back())) &&
         !lexicon::kNameAbbreviations.Contains(Key(words.back()));
}

// "This post was written by Jane Doe": the words before a lead-in verb
// and its "by" are a sentence around the byline, not part of it.
void DropClauseBeforeLeadIn(Words* words) {
  for (size_t i = 1; i + 1 < words->size(); ++i) {
    const std::string key = Key((*words)[i]);
    if (Key((*words)[i + 1]) == "by" && (lexicon::kBylineLeadInVerbs.Contains(key) ||
                                          lexicon::kBylineLabelVerbs.Contains(key))) {
      EraseFront(words, i);
      return;
    }
  }
}

std::optional<Candidate> CleanItem(Item item, BylineKind kind) {
  Words& words = item.words;
  DropClauseBeforeLeadIn(&words);
  if (IsSentence(words)) return std::nullopt;
  TrimWords(&words);
  StripLeadIns(&words);
  StripCjkRoleAffixes(&words);
  StripDates(&words);
  if (IsTeamCredit(words)) {
    const std::string team = Join(words, 0, words.size());
    if (!ShapedLikeOrganisation(team, words.size())) return std::nullopt;
    return Candidate{team, /*organisation=*/true};
  }
  if (!StripRoles(&words)) return std::nullopt;
  TrimBrandEdges(&item);
  const bool declared_whole =
      kind == BylineKind::kDeclared && KeepsDeclaredLowerTail(words);
  // A brand's letter ("Mac & i") is no lower-case tail.
  if (!item.brand && !declared_whole) StripLowerCaseTail(&words);
  if (words.empty()) return std::nullopt;
  // A lead-in left alone ("Von" of "Von dpa", whose lower-case agency went
  // as a tail) names nobody; nor does a credit that ends in its by-word,
  // the name being on the next line ("Kommentar von", "Ein Interview von").
  if ((words.size() == 1 || IsLowerCodePoint(FirstLetter(words.back()))) &&
      (lexicon::kForeignBy.Contains(Key(words.back())) ||
       lexicon::kBylineLabelBy.Contains(Key(words.back())))) {
    return std::nullopt;
  }
  const std::string text = Join(words, 0, words.size());
  if (lexicon::kNonAuthorPhrases.Contains(FoldForMatch(text)) ||
      lexicon::kNonAuthorFirstWords.Contains(Key(words[0]))) {
    return std::nullopt;
  }
  Candidate candidate;
  candidate.organisation = item.brand || IsOrganisation(words);
  if (candidate.organisation) {
    if (!ShapedLikeOrganisation(text, words.size())) return std::nullopt;
    candidate.text = text;
    return candidate;
  }
  if (!declared_whole && !LooksLikePersonName(text)) return std::nullopt;
  const bool acronym = words.size() == 1 && text.size() <= heuristics::kMaxAcronymBytes;
  candidate.text = IsAllCaps(text) && !acronym ? TitleCase(words) : text;
  const char32_t first = FirstLetter(text);
  candidate.single_cased_word =
      words.size() == 1 && (IsUpperCodePoint(first) || IsLowerCodePoint(first));
  candidate.multi_word = words.size() >= 2;
  return candidate;
}

void AppendUnique(const std::string& name, std::vector<std::string>* out,
                  std::vector<std::string>* keys) {
  std::string key = ToLowerUtf8(name);
  for (const std::string& seen : *keys) {
    if (seen == key) return;
  }
  keys->push_back(std::move(key));
  out->push_back(name);
}

// "annette thurmon": a full name a page declares in lower case, as typed
// into a CMS profile. Two or three words of letters that are no role,
// preposition, lead-in or clause word; title-cased as a byline prints it.
std::optional<std::string> DeclaredLowerCaseName(std::string_view s) {
  const Words words = SplitSpaces(s);
  if (words.size() < 2 || words.size() > 3) return std::nullopt;
  for (const std::string& word : words) {
    for (size_t pos = 0; pos < word.size();) {
      const char32_t c = util::DecodeUtf8(word, &pos);
      if (!IsLetter(c) || !IsLowerCodePoint(c)) return std::nullopt;
    }
    const std::string key = Key(word);
    if (lexicon::kBylineRoles.Contains(key) || lexicon::kJoiningPrepositions.Contains(key) ||
        lexicon::kBylineLeadIns.Contains(key) || lexicon::kBylineLeadInVerbs.Contains(key) ||
        lexicon::kClauseWords.Contains(key) || lexicon::kNonAuthorPhrases.Contains(key) ||
        lexicon::kNonAuthorFirstWords.Contains(key) ||
        lexicon::kOrganisationWords.Contains(key) || lexicon::kNameSeparators.Contains(key)) {
      return std::nullopt;
    }
  }
  return TitleCase(words);
}

}  // namespace

std::vector<std::string> ParseAuthors(std::string_view byline,
                                      BylineKind kind) {
  std::string s = Normalize(byline);
  if (kind == BylineKind::kDeclared) {
    if (std::optional<std::string> account = DeclaredBlogAccount(s)) {
      return {std::move(*account)};
    }
  }
  const std::string normalized = s;
  s = RemoveBracketed(s);
  s = RemoveContacts(s);
  s = CutTail(s);
  std::vector<Candidate> people;
  std::vector<Candidate> organisations;
  for (Item& item : SplitItems(s)) {
    if (!people.empty() && EndsWithRole(item)) continue;
    std::optional<Candidate> candidate = CleanItem(std::move(item), kind);
    if (!candidate) continue;
    (candidate->organisation ? organisations : people)
        .push_back(std::move(*candidate));
  }
  // "By Jane Doe, Washington": a lone capitalised word next to full names is
  // a dateline place, not a mononymous author.
  bool any_multi_word = false;
  for (const Candidate& c : people) any_multi_word |= c.multi_word;
  std::vector<std::string> names;
  std::vector<std::string> keys;
  for (const Candidate& c : people) {
    if (any_multi_word && c.single_cased_word) continue;
    AppendUnique(c.text, &names, &keys);
  }
  if (names.empty()) {
    for (const Candidate& c : organisations)
      AppendUnique(c.text, &names, &keys);
  } else {
    // "Paula Steiger, SDA": the agency that co-wrote it is credited too.
    for (const Candidate& c : organisations) {
      if (lexicon::kNewsAgencies.Contains(FoldForMatch(c.text))) {
        AppendUnique(c.text, &names, &keys);
      }
    }
  }
  // What the passes find no name in may still be how the page declares its
  // author: a login ("stephenlega") or a name typed in lower case.
  if (names.empty() && kind == BylineKind::kDeclared) {
    if (std::optional<std::string> login = DeclaredLogin(normalized)) {
      names.push_back(std::move(*login));
    } else if (std::optional<std::string> name = DeclaredLowerCaseName(normalized)) {
      names.push_back(std::move(*name));
    }
  }
  return names;
}

bool LooksLikePersonName(std::string_view s) { return PersonNameShape(s, 0); }

}  // namespace artext::metadata

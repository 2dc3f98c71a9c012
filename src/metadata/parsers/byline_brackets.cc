// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/parsers/byline_brackets.h"

#include <vector>

#include "heuristics.h"
#include "lexicon/lexicon.h"
#include "metadata/parsers/byline_text.h"
#include "util/char_class.h"
#include "util/utf8.h"
#include "util/utf8_case.h"

namespace artext::metadata::byline {

using util::IsLowerCodePoint;
using util::IsUpperCodePoint;

namespace {

// A bracket that was inside a name ("Jane (AP) Doe") leaves a space; any
// other ("Jane Doe (AP), John Roe") a separator; one between name words that
// itself holds a name ("Bruno (Henrique Zecchin) Rodrigues", "Richard (R.J.)
// Eskow") stays, brackets and all: it is a middle name or nickname, part of
// the name as printed. Marked first, decided once the text after it is known.
constexpr char kBracketMark = '\x01';

struct Bracket {
  char open = 0;
  std::string content;
};

bool IsAsciiLetterOrHigh(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

// "Henrique Zecchin", "R.J.": capitalised words of letters (with initials'
// dots and name joiners) that are no organisation ("AP"), role, month or
// stock phrase.
bool HoldsMiddleName(std::string_view content) {
  const Words words = SplitSpaces(content);
  if (words.empty() || words.size() > heuristics::kMaxBracketNameWords) return false;
  for (const std::string& word : words) {
    if (!IsUpperCodePoint(FirstLetter(word))) return false;
    for (size_t pos = 0; pos < word.size();) {
      const char32_t c = util::DecodeUtf8(word, &pos);
      if (!IsLetter(c) && !IsJoiner(c) && c != '.') return false;
    }
    const std::string key = Key(word);
    if (lexicon::kOrganisationWords.Contains(key) || lexicon::kBylineRoles.Contains(key) ||
        lexicon::kNonAuthorPhrases.Contains(key) || lexicon::MonthNumber(key) != 0 ||
        lexicon::kWeekdays.Contains(key)) {
      return false;
    }
  }
  return true;
}

std::string ResolveBracketMarks(const std::string& s,
                                const std::vector<Bracket>& brackets) {
  std::string out;
  size_t index = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != kBracketMark) {
      out += s[i];
      continue;
    }
    const Bracket& bracket = brackets[index++];
    size_t b = out.find_last_not_of(' ');
    size_t a = s.find_first_not_of(' ', i + 1);
    bool inside_name = b != std::string::npos && a != std::string::npos &&
                       IsAsciiLetterOrHigh(out[b]) && IsAsciiLetterOrHigh(s[a]);
    // The word after a kept middle part starts in upper case (or in a
    // script without case): "Bruno (Henrique) Rodrigues", not "Jane
    // (Reuters) reports".
    const bool next_capitalised =
        a != std::string::npos &&
        !IsLowerCodePoint(
            FirstLetter(std::string_view(s).substr(a, s.find(' ', a) - a)));
    if (inside_name && next_capitalised && bracket.open == '(' &&
        HoldsMiddleName(bracket.content)) {
      out += " (" + bracket.content + ") ";
    } else {
      out += inside_name ? " " : " , ";
    }
  }
  return out;
}

}  // namespace

std::string RemoveBracketed(std::string_view s) {
  std::string out;
  std::vector<Bracket> brackets;
  char open = 0, close = 0;
  int depth = 0;
  for (char ch : s) {
    if (depth > 0) {
      if (ch == open) ++depth;
      if (ch == close) --depth;
      if (depth > 0) brackets.back().content += ch;
      continue;
    }
    switch (ch) {
      case '(':
        open = '(', close = ')';
        break;
      case '[':
        open = '[', close = ']';
        break;
      case '{':
        open = '{', close = '}';
        break;
      case '<':
        open = '<', close = '>';
        break;
      case ')':
      case ']':
      case '}':
      case '>':
        continue;  // stray closer
      default:
        out += ch;
        continue;
    }
    depth = 1;
    out += kBracketMark;
    brackets.push_back({open, ""});
  }
  // An unclosed bracket: its "content" is the rest of the byline, dropped.
  if (depth > 0) brackets.back().open = 0;
  return ResolveBracketMarks(out, brackets);
}

// A blog account as blog platforms declare it in <meta name=author>: a
// one-word nickname and the login in brackets ("史蒂文的家_藍天
// (stevenhgm)"). The pair is how the author is known there, so it is kept
// as written. A full name with a handle ("Jane Doe (janedoe)") is not an
// account name: the normal passes drop the handle.
std::optional<std::string> DeclaredBlogAccount(std::string_view s) {
  const Words words = SplitSpaces(s);
  if (words.size() != 2) return std::nullopt;
  const std::string& nick = words[0];
  const std::string& login = words[1];
  if (login.size() < 4 || login.size() > heuristics::kMaxLoginChars + 2 ||
      login.front() != '(' || login.back() != ')') {
    return std::nullopt;
  }
  bool login_letter = false;
  for (char c : std::string_view(login).substr(1, login.size() - 2)) {
    const bool lower = c >= 'a' && c <= 'z';
    login_letter = login_letter || lower;
    if (!lower && !(c >= '0' && c <= '9') && c != '_' && c != '.' && c != '-') {
      return std::nullopt;
    }
  }
  if (!login_letter || FirstLetter(nick) == 0) return std::nullopt;
  for (size_t pos = 0; pos < nick.size();) {
    const char32_t c = util::DecodeUtf8(nick, &pos);
    if (!IsLetter(c) && !util::IsDigitChar(c) && !IsJoiner(c) && c != '_' &&
        c != '.') {
      return std::nullopt;
    }
  }
  const std::string key = Key(nick);
  if (lexicon::kNonAuthorPhrases.Contains(key) || lexicon::kOrganisationWords.Contains(key) ||
      lexicon::kBylineLeadIns.Contains(key)) {
    return std::nullopt;
  }
  return std::string(s);
}

// A login a page declares as its author: one word of ASCII letters, digits
// and "_.-" ("stephenlega", "q_admin", "Noah_B", "user3080392"), as blog
// and forum platforms fill <meta name=author> and JSON-LD with the account
// that posted. It names the author as the page knows them, although it
// fails every test of a person's name; the chooser takes it only when no
// source names a person. Words that label rather than name ("admin",
// "staff", "Reuters") and numbers (a profile's id) are none.
std::optional<std::string> DeclaredLogin(std::string_view s) {
  if (s.size() < heuristics::kMinLoginChars || s.size() > heuristics::kMaxLoginChars) {
    return std::nullopt;
  }
  bool letter = false;
  for (char c : s) {
    const bool ascii_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    letter = letter || ascii_letter;
    if (!ascii_letter && !(c >= '0' && c <= '9') && c != '_' && c != '.' && c != '-') {
      return std::nullopt;
    }
  }
  if (!letter || !IsLetter(static_cast<unsigned char>(s.front()))) return std::nullopt;
  const std::string key = Key(s);
  if (lexicon::kNonAuthorPhrases.Contains(key) || lexicon::kOrganisationWords.Contains(key) ||
      lexicon::kBylineLeadIns.Contains(key) || lexicon::kBylineRoles.Contains(key) ||
      lexicon::kNonAuthorFirstWords.Contains(key)) {
    return std::nullopt;
  }
  return std::string(s);
}

}  // namespace artext::metadata::byline

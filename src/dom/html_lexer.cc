// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "dom/html_lexer.h"

#include <cstring>

#include "util/text.h"

namespace artext::dom::lexer {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; }

// True when `</name` at `lt` is an appropriate end tag for `name`: the run
// of ASCII letters after `</` is exactly `name` and is followed by white
// space, '/' or '>' (end of input does not count: the tokenizer then emits
// the characters as text).
bool IsEndTagFor(std::string_view s, size_t lt, std::string_view name) {
  size_t i = lt + 2;
  if (i + name.size() >= s.size()) return false;
  for (char c : name) {
    if (Lower(s[i++]) != c) return false;
  }
  char after = s[i];
  return IsTagSpace(after) || after == '/' || after == '>';
}

// Reads a run of ASCII letters at `*i` and reports whether it is "script"
// followed by white space, '/' or '>' (the double-escape start/end test).
// Leaves `*i` on the character after the letters.
bool ReadScriptWord(std::string_view s, size_t* i) {
  size_t b = *i;
  while (*i < s.size() && IsAsciiAlpha(s[*i])) ++*i;
  if (*i >= s.size()) return false;
  char after = s[*i];
  if (!(IsTagSpace(after) || after == '/' || after == '>')) return false;
  return util::EqualsIgnoreCase(s.substr(b, *i - b), "script");
}

}  // namespace

size_t FindRawTextEnd(std::string_view s, size_t from, std::string_view name) {
  for (size_t lt = s.find("</", from); lt != npos; lt = s.find("</", lt + 1)) {
    if (IsEndTagFor(s, lt, name)) return lt;
  }
  return npos;
}

size_t FindScriptEnd(std::string_view s, size_t from) {
  enum class State { kData, kEscaped, kDoubleEscaped };
  State state = State::kData;
  int dashes = 0;  // consecutive '-' just read in the escaped states
  const size_t n = s.size();
  size_t i = from;
  while (i < n) {
    if (state == State::kData) {
      const void* p = std::memchr(s.data() + i, '<', n - i);
      if (!p) return npos;
      size_t lt = static_cast<const char*>(p) - s.data();
      if (lt + 1 < n && s[lt + 1] == '/' && IsEndTagFor(s, lt, "script")) {
        return lt;
      }
      if (s.compare(lt + 1, 3, "!--") == 0) {
        state = State::kEscaped;
        dashes = 2;  // "<!--" lands in the escaped dash-dash state
        i = lt + 4;
      } else {
        i = lt + 1;
      }
      continue;
    }
    char c = s[i];
    if (c == '-') {
      ++dashes;
      ++i;
      continue;
    }
    if (c == '>' && dashes >= 2) {  // "-->": back to script data
      state = State::kData;
      dashes = 0;
      ++i;
      continue;
    }
    dashes = 0;
    if (c != '<') {
      ++i;
      continue;
    }
    // '<' in an escaped state.
    size_t j = i + 1;
    if (state == State::kEscaped) {
      if (j < n && s[j] == '/') {
        if (IsEndTagFor(s, i, "script")) return i;
        i = j + 1;
        while (i < n && IsAsciiAlpha(s[i])) ++i;  // emitted as text
      } else if (j < n && IsAsciiAlpha(s[j])) {
        if (ReadScriptWord(s, &j)) {
          state = State::kDoubleEscaped;
          i = j + 1;  // the terminator is consumed
        } else {
          i = j;  // reconsumed in the escaped state
        }
      } else {
        i = j;
      }
    } else {  // double escaped
      if (j < n && s[j] == '/') {
        ++j;
        if (j < n && IsAsciiAlpha(s[j]) && ReadScriptWord(s, &j)) {
          state = State::kEscaped;
          i = j + 1;
        } else {
          i = j;
        }
      } else {
        i = j;
      }
    }
  }
  return npos;
}

size_t CommentEnd(std::string_view s, size_t begin) {
  size_t i = begin + 4;  // past "<!--"
  if (s.compare(i, 1, ">") == 0) return i + 1;
  if (s.compare(i, 2, "->") == 0) return i + 2;
  for (size_t d = s.find("--", i); d != npos; d = s.find("--", d + 1)) {
    size_t k = d + 2;
    while (k < s.size() && s[k] == '-') ++k;  // "--->" also ends it
    if (k < s.size() && s[k] == '>') return k + 1;
    if (s.compare(k, 2, "!>") == 0) return k + 2;
    d = k - 2;
  }
  return npos;
}

}  // namespace artext::dom::lexer

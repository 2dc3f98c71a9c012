// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/text.h"

#include <algorithm>

#include "util/char_class.h"
#include "util/utf8.h"

namespace artext::util {
namespace {

// Classifies the code point at s[i] (which is >= 0x80): 1 = white space,
// 2 = zero-width (dropped), 0 = ordinary. Sets *len to its byte length.
int ClassifyMultibyte(std::string_view s, size_t i, size_t* len) {
  size_t j = i;
  char32_t cp = DecodeUtf8(s, &j, Utf8Check::kLenient);
  *len = j - i;
  // A lenient read of an overlong form can give an ASCII value; ASCII space
  // was never classified here, so it stays ordinary.
  if (cp < 0x80) return 0;
  if (IsCollapsibleSpace(cp)) return 1;
  if (IsZeroWidth(cp)) return 2;
  return 0;
}

}  // namespace

void AppendCollapsed(std::string_view in, bool* pending_space,
                     std::string* out) {
  size_t i = 0;
  const size_t n = in.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      if (IsAsciiSpace(c)) {
        *pending_space = true;
        ++i;
        continue;
      }
      // Copy the run of ordinary ASCII in one go.
      size_t j = i + 1;
      while (j < n) {
        unsigned char d = static_cast<unsigned char>(in[j]);
        if (d >= 0x80 || IsAsciiSpace(d)) break;
        ++j;
      }
      if (*pending_space && !out->empty() && out->back() != '\n') {
        out->push_back(' ');
      }
      *pending_space = false;
      out->append(in.data() + i, j - i);
      i = j;
      continue;
    }
    size_t len = 1;
    int cls = ClassifyMultibyte(in, i, &len);
    if (cls == 1) {
      *pending_space = true;
    } else if (cls == 0) {
      if (*pending_space && !out->empty() && out->back() != '\n') {
        out->push_back(' ');
      }
      *pending_space = false;
      out->append(in.data() + i, len);
    }
    i += len;
  }
}

std::string CollapseWhitespace(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  bool pending = false;
  AppendCollapsed(in, &pending, &out);
  return out;
}

size_t CollapsedLength(std::string_view in, bool* pending_space) {
  size_t count = 0, i = 0;
  const size_t n = in.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      if (IsAsciiSpace(c)) {
        *pending_space = true;
      } else {
        if (*pending_space) ++count;
        *pending_space = false;
        ++count;
      }
      ++i;
      continue;
    }
    size_t len = 1;
    int cls = ClassifyMultibyte(in, i, &len);
    if (cls == 1) {
      *pending_space = true;
    } else if (cls == 0) {
      if (*pending_space) ++count;
      *pending_space = false;
      ++count;
    }
    i += len;
  }
  return count;
}

std::string_view Trim(std::string_view in) {
  auto is_space_at_front = [&](size_t* len) {
    if (in.empty()) return false;
    unsigned char c = static_cast<unsigned char>(in[0]);
    if (c < 0x80) {
      *len = 1;
      return IsAsciiSpace(c);
    }
    return ClassifyMultibyte(in, 0, len) != 0;
  };
  size_t len = 0;
  while (is_space_at_front(&len)) in.remove_prefix(len);
  while (!in.empty()) {
    unsigned char c = static_cast<unsigned char>(in.back());
    if (c < 0x80) {
      if (!IsAsciiSpace(c)) break;
      in.remove_suffix(1);
      continue;
    }
    // Find the start of the last code point.
    size_t start = in.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(in[start]) & 0xC0) == 0x80 &&
           in.size() - start < 4) {
      --start;
    }
    size_t l = 0;
    if (ClassifyMultibyte(in, start, &l) == 0) break;
    in.remove_suffix(in.size() - start);
  }
  return in;
}

size_t CountChars(std::string_view utf8) {
  size_t count = 0;
  for (unsigned char c : utf8) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

int CountWords(std::string_view text) {
  int words = 0;
  int unspaced_run = 0;
  bool in_word = false;
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp = DecodeUtf8(text, &i, Utf8Check::kLenient);
    const bool space = IsWordGapSpace(cp);
    if (IsUnspacedScript(cp)) {
      if (in_word) ++words;
      in_word = false;
      ++unspaced_run;
      continue;
    }
    if (unspaced_run) {
      words += (unspaced_run + 1) / 2;
      unspaced_run = 0;
    }
    if (space) {
      if (in_word) ++words;
      in_word = false;
    } else if (block::kCjkSymbolsAndPunctuation.Contains(cp)) {
      // CJK punctuation separates words like a space.
      if (in_word) ++words;
      in_word = false;
    } else {
      in_word = true;
    }
  }
  if (unspaced_run) words += (unspaced_run + 1) / 2;
  if (in_word) ++words;
  return words;
}

std::string AsciiLower(std::string_view in) {
  std::string out(in);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

static char LowerAscii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (LowerAscii(a[i]) != LowerAscii(b[i])) return false;
  }
  return true;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() &&
         EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

bool ContainsIgnoreCase(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(),
                        needle.end(), [](char a, char b) {
                          return LowerAscii(a) == LowerAscii(b);
                        });
  return it != haystack.end();
}

bool InList(std::string_view key,
            std::initializer_list<std::string_view> list) {
  for (std::string_view item : list) {
    if (key == item) return true;
  }
  return false;
}

bool ContainsAsciiDigit(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

}  // namespace artext::util

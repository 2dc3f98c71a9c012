// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// "Does this class name contain any of these words?" for word lists fixed
// at compile time. The cleaning and metadata passes ask it of every
// element's class and id, several lists each; one pass over the string
// with the words indexed by first byte beats a find() per word (about 3,000
// instructions a call for a 41-word list on the ScrapingHub pages).

#ifndef ARTEXT_UTIL_WORD_INDEX_H_
#define ARTEXT_UTIL_WORD_INDEX_H_

#include <array>
#include <bit>
#include <cstdint>
#include <string_view>

namespace artext::util {

template <size_t N>
class WordIndex {
 public:
  static_assert(N > 0 && N <= 64, "one bit per word");

  // `words`: non-empty; matched case-sensitively (callers lower-case).
  constexpr explicit WordIndex(const std::array<std::string_view, N>& words)
      : words_(words) {
    for (size_t i = 0; i < N; ++i) {
      by_first_[static_cast<unsigned char>(words[i][0])] |= uint64_t{1} << i;
    }
  }

  // True when any of the words occurs in `s`.
  bool FoundIn(std::string_view s) const {
    for (size_t i = 0; i < s.size(); ++i) {
      for (uint64_t m = by_first_[static_cast<unsigned char>(s[i])]; m;
           m &= m - 1) {
        std::string_view w = words_[std::countr_zero(m)];
        if (s.compare(i, w.size(), w) == 0) return true;
      }
    }
    return false;
  }

  // The first word found in `s` (by position), or empty: FoundIn's answer
  // spelled out, for the decision record.
  std::string_view Find(std::string_view s) const {
    for (size_t i = 0; i < s.size(); ++i) {
      for (uint64_t m = by_first_[static_cast<unsigned char>(s[i])]; m;
           m &= m - 1) {
        std::string_view w = words_[std::countr_zero(m)];
        if (s.compare(i, w.size(), w) == 0) return w;
      }
    }
    return {};
  }

 private:
  std::array<std::string_view, N> words_;
  std::array<uint64_t, 256> by_first_{};  // bit i: words_[i] starts with it
};

}  // namespace artext::util

#endif  // ARTEXT_UTIL_WORD_INDEX_H_

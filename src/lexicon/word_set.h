// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// WordSet: a fixed list of words known at compile time, asked "is this word
// one of you?" (Contains) or "do you occur in this text?" (FoundIn); callers
// that match another way (a prefix, ignoring case) walk words(). The lists
// in lexicon.h are WordSets; callers fold or lower-case their text first,
// as each list's comment says.
//
// The lists are small (at most about 130 words) and asked of single words,
// so a scan beats a hash: no allocation, no start-up cost. The per-element
// class/id test, which is hot, uses util::WordIndex instead.

#ifndef ARTEXT_LEXICON_WORD_SET_H_
#define ARTEXT_LEXICON_WORD_SET_H_

#include <cstddef>
#include <span>
#include <string_view>

namespace artext::lexicon {

class WordSet {
 public:
  // `words` must outlive the set (they are namespace-scope constexpr arrays).
  template <size_t N>
  constexpr WordSet(const std::string_view (&words)[N]) : words_(words) {}

  // True when `word` equals one of the words (byte for byte).
  constexpr bool Contains(std::string_view word) const {
    for (std::string_view w : words_) {
      if (w == word) return true;
    }
    return false;
  }

  // True when one of the words occurs anywhere in `text` (byte for byte).
  constexpr bool FoundIn(std::string_view text) const {
    for (std::string_view w : words_) {
      if (text.find(w) != std::string_view::npos) return true;
    }
    return false;
  }

  // The words, in the order written: where the order matters (longest
  // first, so the first match is the whole affix) the list says so.
  constexpr std::span<const std::string_view> words() const { return words_; }

 private:
  std::span<const std::string_view> words_;
};

}  // namespace artext::lexicon

#endif  // ARTEXT_LEXICON_WORD_SET_H_

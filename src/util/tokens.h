// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The tokens of a space-separated attribute value: "class", "itemprop",
// "itemtype", "rel", the keys of a <meta> "property". HTML splits them at
// ASCII whitespace; matching whole tokens, not substrings of the value, is
// what keeps "promo" from matching "node--promoted".
//
//   for (std::string_view token : util::Tokens(n->Attr("class"))) ...

#ifndef ARTEXT_UTIL_TOKENS_H_
#define ARTEXT_UTIL_TOKENS_H_

#include <cstddef>
#include <iterator>
#include <string_view>

namespace artext::util {

class Tokens {
 public:
  explicit Tokens(std::string_view value) : value_(value) {}

  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::string_view*;
    using reference = std::string_view;

    Iterator() = default;
    Iterator(std::string_view value, size_t at) : value_(value) { Seek(at); }
    std::string_view operator*() const { return value_.substr(begin_, end_ - begin_); }
    Iterator& operator++() {
      Seek(end_);
      return *this;
    }
    Iterator operator++(int) {
      Iterator old = *this;
      ++*this;
      return old;
    }
    bool operator==(const Iterator& o) const { return begin_ == o.begin_; }

   private:
    static constexpr std::string_view kSpace = " \t\n\r\f";
    // The next token at or after `at`; [size, size) at the end.
    void Seek(size_t at) {
      begin_ = value_.find_first_not_of(kSpace, at);
      if (begin_ == std::string_view::npos) begin_ = value_.size();
      end_ = value_.find_first_of(kSpace, begin_);
      if (end_ == std::string_view::npos) end_ = value_.size();
    }
    std::string_view value_;
    size_t begin_ = 0;
    size_t end_ = 0;
  };

  Iterator begin() const { return Iterator(value_, 0); }
  Iterator end() const { return Iterator(value_, value_.size()); }

 private:
  std::string_view value_;
};

}  // namespace artext::util

#endif  // ARTEXT_UTIL_TOKENS_H_

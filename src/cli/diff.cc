// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/diff.h"

#include <algorithm>
#include <cstdint>

namespace artext::cli {
namespace {

struct Op {
  char kind;    // ' ', '-' or '+'
  size_t line;  // index into a (for ' ' and '-') or b (for '+')
};

// The edit script turning a[lo_a, hi_a) into b[lo_b, hi_b), by LCS.
void LcsScript(const std::vector<std::string>& a,
               const std::vector<std::string>& b, size_t lo_a, size_t hi_a,
               size_t lo_b, size_t hi_b, std::vector<Op>* ops) {
  size_t n = hi_a - lo_a, m = hi_b - lo_b;
  if ((n + 1) * (m + 1) > kMaxDiffCells) {
    for (size_t i = lo_a; i < hi_a; ++i) ops->push_back({'-', i});
    for (size_t j = lo_b; j < hi_b; ++j) ops->push_back({'+', j});
    return;
  }
  // len[i][j]: LCS length of a[lo_a+i..hi_a) and b[lo_b+j..hi_b).
  std::vector<uint32_t> len((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> uint32_t& { return len[i * (m + 1) + j]; };
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      at(i, j) = a[lo_a + i] == b[lo_b + j]
                     ? at(i + 1, j + 1) + 1
                     : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[lo_a + i] == b[lo_b + j]) {
      ops->push_back({' ', lo_a + i});
      ++i, ++j;
    } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
      ops->push_back({'-', lo_a + i++});  // removals first, as diff(1) does
    } else {
      ops->push_back({'+', lo_b + j++});
    }
  }
}

std::string Range(size_t start, size_t count) {
  // Unified format numbers lines from 1; an empty range names the line
  // before it.
  size_t first = count == 0 ? start : start + 1;
  return std::to_string(first) + "," + std::to_string(count);
}

}  // namespace

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::string UnifiedDiff(const std::vector<std::string>& a,
                        const std::vector<std::string>& b,
                        std::string_view a_name, std::string_view b_name,
                        size_t context) {
  if (a == b) return "";
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) {
    ++prefix;
  }
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  std::vector<Op> ops;
  for (size_t i = 0; i < prefix; ++i) ops.push_back({' ', i});
  LcsScript(a, b, prefix, a.size() - suffix, prefix, b.size() - suffix, &ops);
  for (size_t i = a.size() - suffix; i < a.size(); ++i) ops.push_back({' ', i});

  // Line numbers before each op, to label hunks.
  std::vector<size_t> pos_a(ops.size() + 1), pos_b(ops.size() + 1);
  for (size_t k = 0; k < ops.size(); ++k) {
    pos_a[k + 1] = pos_a[k] + (ops[k].kind != '+');
    pos_b[k + 1] = pos_b[k] + (ops[k].kind != '-');
  }
  std::string out = "--- " + std::string(a_name) + "\n+++ " +
                    std::string(b_name) + "\n";
  size_t k = 0;
  while (k < ops.size()) {
    while (k < ops.size() && ops[k].kind == ' ') ++k;
    if (k == ops.size()) break;
    size_t begin = k >= context ? k - context : 0;
    // Extend the hunk while the next change is within 2 * context lines.
    size_t end = k;
    while (true) {
      while (end < ops.size() && ops[end].kind != ' ') ++end;
      size_t next = end;
      while (next < ops.size() && ops[next].kind == ' ') ++next;
      if (next < ops.size() && next - end <= 2 * context) {
        end = next;
        continue;
      }
      end = std::min(ops.size(), end + context);
      break;
    }
    out += "@@ -" + Range(pos_a[begin], pos_a[end] - pos_a[begin]) + " +" +
           Range(pos_b[begin], pos_b[end] - pos_b[begin]) + " @@\n";
    for (size_t x = begin; x < end; ++x) {
      const std::string& line = ops[x].kind == '+' ? b[ops[x].line] : a[ops[x].line];
      out += ops[x].kind;
      out += line;
      out += '\n';
    }
    k = end;
  }
  return out;
}

}  // namespace artext::cli

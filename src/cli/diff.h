// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// A small line diff for fixture reports: longest common subsequence over the
// lines that differ, printed in unified format (3 lines of context). The
// quadratic table is bounded; beyond kMaxDiffCells the differing middle is
// shown as removed-then-added, which is still a correct (if long) diff.

#ifndef ARTEXT_CLI_DIFF_H_
#define ARTEXT_CLI_DIFF_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace artext::cli {

// 4M cells of 4 bytes: 16 MB at most, a few milliseconds; enough for two
// 2,000-line texts, far beyond any fixture.
inline constexpr size_t kMaxDiffCells = size_t{4} << 20;

// Splits on '\n'; a trailing newline does not make an empty last line.
std::vector<std::string> SplitLines(std::string_view text);

// "--- a_name\n+++ b_name\n@@ -l,n +l,n @@\n lines..." or "" when equal.
std::string UnifiedDiff(const std::vector<std::string>& a,
                        const std::vector<std::string>& b,
                        std::string_view a_name, std::string_view b_name,
                        size_t context = 3);

}  // namespace artext::cli

#endif  // ARTEXT_CLI_DIFF_H_

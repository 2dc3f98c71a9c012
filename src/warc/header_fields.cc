// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "warc/header_fields.h"

#include "util/text.h"

namespace artext::warc {
namespace {

// At most this many bytes of an offending line are quoted in an error.
constexpr size_t kQuoteBytes = 40;

// A short, printable excerpt of `line` for an error message: corrupt input
// is often binary, which must not leak into messages as raw bytes.
std::string Quote(std::string_view line) {
  std::string out;
  for (char c : line.substr(0, kQuoteBytes)) {
    out += (c >= 0x20 && c < 0x7f) ? c : '?';
  }
  return out;
}

}  // namespace

std::string_view TrimOws(std::string_view s) {
  size_t begin = s.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  size_t end = s.find_last_not_of(" \t");
  return s.substr(begin, end - begin + 1);
}

const std::string* FindHeader(const HeaderFields& fields,
                              std::string_view name) {
  for (const auto& [field_name, value] : fields) {
    if (util::EqualsIgnoreCase(field_name, name)) return &value;
  }
  return nullptr;
}

const std::string* FindLastHeader(const HeaderFields& fields,
                                  std::string_view name) {
  for (auto it = fields.rbegin(); it != fields.rend(); ++it) {
    if (util::EqualsIgnoreCase(it->first, name)) return &it->second;
  }
  return nullptr;
}

bool ParseHeaderLines(std::string_view lines, HeaderFields* out,
                      std::string* err) {
  size_t first_new = out->size();
  while (!lines.empty()) {
    size_t nl = lines.find('\n');
    std::string_view line = lines.substr(0, nl);
    lines = nl == std::string_view::npos ? std::string_view()
                                         : lines.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (line.front() == ' ' || line.front() == '\t') {
      if (out->size() == first_new) {
        *err = "header continuation line with no field before it";
        return false;
      }
      std::string_view more = TrimOws(line);
      std::string& value = out->back().second;
      if (!more.empty()) {
        if (!value.empty()) value += ' ';
        value.append(more);
      }
      continue;
    }
    size_t colon = line.find(':');
    std::string_view name =
        colon == std::string_view::npos ? line
                                        : TrimOws(line.substr(0, colon));
    if (colon == std::string_view::npos || name.empty()) {
      *err = "malformed header line \"" + Quote(line) + "\"";
      return false;
    }
    out->emplace_back(std::string(name),
                      std::string(TrimOws(line.substr(colon + 1))));
  }
  return true;
}

}  // namespace artext::warc

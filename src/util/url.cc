// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "util/url.h"

#include <cctype>
#include <vector>

#include "util/text.h"

namespace artext::util {
namespace {

struct Parts {
  std::string_view scheme;     // without ':'
  std::string_view authority;  // without "//"; empty when absent
  bool has_authority = false;
  std::string_view path;
  std::string_view query;  // with '?'
  std::string_view fragment;  // with '#'
};

size_t SchemeLength(std::string_view s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return 0;
  for (size_t i = 1; i < s.size(); ++i) {
    char c = s[i];
    if (c == ':') return i;
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' &&
        c != '.') {
      return 0;
    }
  }
  return 0;
}

Parts Split(std::string_view s) {
  Parts p;
  size_t n = SchemeLength(s);
  if (n > 0) {
    p.scheme = s.substr(0, n);
    s.remove_prefix(n + 1);
  }
  if (size_t f = s.find('#'); f != std::string_view::npos) {
    p.fragment = s.substr(f);
    s = s.substr(0, f);
  }
  if (size_t q = s.find('?'); q != std::string_view::npos) {
    p.query = s.substr(q);
    s = s.substr(0, q);
  }
  if (s.starts_with("//")) {
    s.remove_prefix(2);
    size_t slash = s.find('/');
    p.has_authority = true;
    p.authority = s.substr(0, slash);
    s = slash == std::string_view::npos ? std::string_view() : s.substr(slash);
  }
  p.path = s;
  return p;
}

// RFC 3986 5.2.4, on whole segments.
std::string RemoveDotSegments(std::string_view path) {
  bool absolute = path.starts_with('/');
  std::vector<std::string_view> out;
  size_t i = absolute ? 1 : 0;
  bool trailing_slash = false;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    std::string_view seg = path.substr(i, j - i);
    bool last = j == path.size();
    trailing_slash = false;
    if (seg == ".") {
      trailing_slash = last;
    } else if (seg == "..") {
      if (!out.empty()) out.pop_back();
      trailing_slash = last;
    } else {
      out.push_back(seg);
    }
    i = j + 1;
  }
  std::string result = absolute ? "/" : "";
  for (size_t k = 0; k < out.size(); ++k) {
    if (k > 0) result += '/';
    result += out[k];
  }
  if (trailing_slash && !result.ends_with('/')) result += '/';
  return result;
}

}  // namespace

bool HasScheme(std::string_view s) { return SchemeLength(s) > 0; }

std::string ResolveUrl(std::string_view base, std::string_view ref) {
  ref = Trim(ref);
  if (HasScheme(ref)) return std::string(ref);
  Parts b = Split(Trim(base));
  if (ref.starts_with("//")) {
    std::string scheme = b.scheme.empty() ? "https" : std::string(b.scheme);
    return scheme + ":" + std::string(ref);
  }
  if (b.scheme.empty()) return std::string(ref);
  Parts r = Split(ref);
  std::string path;
  std::string_view query = r.query;
  if (r.path.empty()) {
    path = std::string(b.path);
    if (query.empty()) query = b.query;
  } else if (r.path.starts_with('/')) {
    path = RemoveDotSegments(r.path);
  } else {
    std::string merged;
    if (b.has_authority && b.path.empty()) {
      merged = "/" + std::string(r.path);
    } else {
      size_t slash = b.path.rfind('/');
      merged = std::string(slash == std::string_view::npos
                               ? std::string_view()
                               : b.path.substr(0, slash + 1)) +
               std::string(r.path);
    }
    path = RemoveDotSegments(merged);
  }
  std::string out = std::string(b.scheme) + ":";
  if (b.has_authority) out += "//" + std::string(b.authority);
  out += path;
  out += query;
  out += r.fragment;
  return out;
}

std::string SafeLinkUrl(std::string_view url) {
  std::string clean;
  clean.reserve(url.size());
  for (char c : url) {
    if (c != '\t' && c != '\n' && c != '\r') clean.push_back(c);
  }
  size_t begin = 0, end = clean.size();
  auto is_edge = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
  while (begin < end && is_edge(clean[begin])) ++begin;
  while (end > begin && is_edge(clean[end - 1])) --end;
  clean = clean.substr(begin, end - begin);
  size_t n = SchemeLength(clean);
  if (n == 0) {
    // No scheme, but a colon before any '/', '?' or '#' would make one to a
    // looser parser (a control byte inside it, say): not a plain relative
    // reference either.
    size_t colon = clean.find(':');
    if (colon != std::string::npos && colon < clean.find_first_of("/?#")) {
      return "";
    }
    return clean;
  }
  std::string scheme = AsciiLower(std::string_view(clean).substr(0, n));
  if (scheme == "http" || scheme == "https" || scheme == "mailto") return clean;
  return "";
}

bool IsWebUrl(std::string_view url) {
  std::string safe = SafeLinkUrl(url);
  if (safe.empty() || safe != Trim(url)) return false;
  size_t n = SchemeLength(safe);
  if (n == 0) return false;
  std::string scheme = AsciiLower(std::string_view(safe).substr(0, n));
  if (scheme != "http" && scheme != "https") return false;
  Parts p = Split(safe);
  return p.has_authority && !p.authority.empty();
}

std::string_view UrlPath(std::string_view url) {
  return Split(Trim(url)).path;
}

std::string_view UrlHost(std::string_view url) {
  size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : start + 3;
  const size_t end = url.find_first_of("/:?#", start);
  return url.substr(start, end == std::string_view::npos ? std::string_view::npos
                                                         : end - start);
}

}  // namespace artext::util

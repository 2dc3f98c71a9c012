// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The --why view (artext::ToWhyHtml): the page's text blocks coloured by
// where they went, each with the rule that decided. Safe to open whatever
// the page held: every string from the page is escaped, nothing of the
// page's markup, scripts or styles is carried over, and the view has no
// links, no scripts and no external resources (a Content-Security-Policy
// forbids them too); its only style is the inline sheet below.

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "artext/output.h"
#include "output/html_escape.h"
#include "util/control_chars.h"

namespace artext {
namespace {

using output::EscapeHtml;

struct Colour {
  const char* outcome;
  const char* background;
  const char* meaning;
};

// The legend, in the order it is shown.
constexpr Colour kColours[] = {
    {"headline", "#bcd7ff", "the extracted headline"},
    {"byline", "#e2cdfb", "the byline the authors were read from"},
    {"dateline", "#bfeee8", "the element the date was read from"},
    {"standfirst", "#e9f5b8", "kept: a standfirst before the body"},
    {"body", "#c9efc0", "kept in the body"},
    {"caption", "#ffdcb3", "a caption, moved to images"},
    {"dropped", "#ececec", "dropped"},
};

constexpr const char* kStyle =
    "body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:60em;"
    "padding:1em;color:#222}"
    "h1{font-size:1.3em}table{border-collapse:collapse}"
    "th,td{text-align:left;padding:.15em .6em;vertical-align:top}"
    ".src,.why,.el{color:#555;font-size:.85em}"
    ".el,code{font-family:ui-monospace,monospace}"
    ".b{margin:.3em 0;padding:.3em .6em;border-left:.4em solid #888;"
    "border-radius:3px}.b p{margin:.1em 0;white-space:pre-wrap}"
    ".o-dropped{color:#666;border-left-style:dashed}"
    ".legend span{display:inline-block;padding:.1em .5em;margin:.1em;"
    "border-radius:3px}";

std::string Field(const Article& a, const char* label, const char* key,
                  const std::string& value) {
  std::string out = "<tr><th>" + std::string(label) + "</th><td>";
  out += value.empty() ? "<i>none</i>" : EscapeHtml(value);
  out += "</td><td class=\"src\">";
  auto it = a.provenance.find(key);
  if (it != a.provenance.end()) out += EscapeHtml(it->second);
  return out + "</td></tr>\n";
}

std::string Joined(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

// "body 12 (ExtractBlocks 12); dropped 30 (kUnlikely 10, ...)".
std::string Summary(const Trace& t) {
  std::map<std::string, std::map<std::string, int>> by_outcome;
  for (const TracedBlock& b : t.blocks) ++by_outcome[b.outcome][b.rule];
  std::string s = std::to_string(t.blocks.size()) + " blocks";
  for (const Colour& c : kColours) {
    auto it = by_outcome.find(c.outcome);
    if (it == by_outcome.end()) continue;
    int total = 0;
    std::string rules;
    for (const auto& [rule, n] : it->second) {
      total += n;
      rules += (rules.empty() ? "" : ", ") + rule + " " + std::to_string(n);
    }
    s += "; " + std::string(c.outcome) + " " + std::to_string(total) + " (" +
         rules + ")";
  }
  return s;
}

std::string Score(double score) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", score);
  return buf;
}

}  // namespace

std::string ToWhyHtml(const Article& a) {
  std::string out =
      "<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
      "'none'; style-src 'unsafe-inline'\">\n"
      "<meta name=\"referrer\" content=\"no-referrer\">\n<title>why: ";
  out += EscapeHtml(a.headline.value_or("(no headline)"));
  out += "</title>\n<style>";
  out += kStyle;
  for (const Colour& c : kColours) {
    out += std::string(".o-") + c.outcome + "{background:" + c.background +
           "}";
  }
  out += "</style>\n</head>\n<body>\n<header>\n<h1>Why: what artext kept and "
         "dropped</h1>\n<table class=\"fields\">\n";
  out += Field(a, "headline", "headline", a.headline.value_or(""));
  out += Field(a, "authors", "authors", Joined(a.authors));
  out += Field(a, "date", "date_published", a.date_published.value_or(""));
  out += Field(a, "language", "language", a.language.value_or(""));
  out += Field(a, "page type", "page_type", PageTypeName(a.page_type));
  out += "</table>\n";
  if (!a.trace) {
    out += "<p>No decision record: extract with <code>-f why</code>.</p>\n"
           "</header>\n</body>\n</html>\n";
    return util::StripControlChars(out);
  }
  const Trace& t = *a.trace;
  out += "<p class=\"containers\">Chosen container: <code>" +
         EscapeHtml(t.container.empty() ? "(none)" : t.container) +
         "</code> score " + Score(t.container_score) + ", rank 1";
  if (!t.cleaning.empty()) {
    out += " (cleaning level <code>" + EscapeHtml(t.cleaning) + "</code>)";
  }
  out += ". Runner-up: ";
  out += t.runner_up.empty() ? std::string("none")
                             : "<code>" + EscapeHtml(t.runner_up) +
                                   "</code> score " + Score(t.runner_up_score) +
                                   ", rank 2";
  out += ".</p>\n<p class=\"summary\">" + EscapeHtml(Summary(t)) + "</p>\n";
  out += "<p class=\"legend\">";
  for (const Colour& c : kColours) {
    out += std::string("<span class=\"o-") + c.outcome + "\" title=\"" +
           c.meaning + "\">" + c.outcome + "</span>";
  }
  out += "</p>\n</header>\n<main>\n";
  for (const TracedBlock& b : t.blocks) {
    out += "<div class=\"b o-" + EscapeHtml(b.outcome) + "\"><span class=\"why\">" +
           EscapeHtml(b.reason) + "</span> <span class=\"el\">" +
           EscapeHtml(b.element) + "</span><p>" + EscapeHtml(b.text) +
           "</p></div>\n";
  }
  out += "</main>\n</body>\n</html>\n";
  // The page's ESC and BEL bytes never reach a terminal or a file
  // (util/control_chars.h); JSON drops them the same way.
  return util::StripControlChars(out);
}

}  // namespace artext

// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Generates the synthetic pages of the scaling runs (bench/scaling.sh):
//
//   bench/gen_page KIND MEGABYTES > page.html
//
// KIND is one of
//   article  a long article: paragraphs of varied sentences
//   links    a huge link list (<li><a href>...)
//   tiny     a million tiny elements per ~9 MB (<b>w</b> runs in one paragraph)
//   nested   blocks of 100,000-deep <div> nesting, each with text at the bottom
//            (shallower when the page is too small for one block)
//   mixed    a quarter of each, in that order, inside one page
// Output is deterministic (no randomness), so runs are comparable.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

const char* kWords[] = {"the", "council", "voted", "on", "Tuesday", "to",
                        "approve", "a", "new", "budget", "for", "schools",
                        "after", "months", "of", "debate", "residents",
                        "said", "plan", "would", "raise", "taxes", "modestly"};
constexpr size_t kWordCount = sizeof(kWords) / sizeof(kWords[0]);

void Article(size_t bytes, std::string* out) {
  size_t end = out->size() + bytes, w = 0;
  *out += "<article><h1>A long article</h1>";
  while (out->size() < end) {
    *out += "<p>";
    for (int s = 0; s < 4; ++s) {
      for (int i = 0; i < 14; ++i, ++w) {
        *out += kWords[(w * 7 + s) % kWordCount];
        *out += i == 6 ? ", " : " ";
      }
      out->back() = '.';
      *out += ' ';
    }
    *out += "</p>\n";
  }
  *out += "</article>";
}

void Links(size_t bytes, std::string* out) {
  size_t end = out->size() + bytes;
  *out += "<nav><ul>";
  for (size_t i = 0; out->size() < end; ++i) {
    *out += "<li><a href=\"/section/story-" + std::to_string(i) + "\">" +
            kWords[i % kWordCount] + " story " + std::to_string(i) + "</a></li>\n";
  }
  *out += "</ul></nav>";
}

void Tiny(size_t bytes, std::string* out) {
  size_t end = out->size() + bytes;
  // One paragraph: the worst case for text assembly within a block.
  *out += "<div><p>";
  for (size_t i = 0; out->size() < end; ++i) {
    *out += "<b>";
    *out += kWords[i % kWordCount][0];
    *out += "</b> ";
  }
  *out += "</p></div>";
}

void Nested(size_t bytes, std::string* out) {
  // 100,000 deep (11 bytes a level), or less when `bytes` is too small for
  // one such block, so every page size gets its share of nesting.
  const size_t depth = std::min<size_t>(100000, bytes / 11);
  size_t end = out->size() + bytes;
  while (out->size() + depth * 11 <= end) {
    for (size_t i = 0; i < depth; ++i) *out += "<div>";
    *out += "text at the bottom of a deep nest";
    for (size_t i = 0; i < depth; ++i) *out += "</div>";
    *out += '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: gen_page article|links|tiny|nested|mixed MEGABYTES\n");
    return 2;
  }
  std::string kind = argv[1];
  size_t bytes = static_cast<size_t>(std::atof(argv[2]) * 1000000);
  std::string out = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                    "<title>Scaling page</title></head><body>\n";
  out.reserve(bytes + 4096);
  if (kind == "article") Article(bytes, &out);
  else if (kind == "links") Links(bytes, &out);
  else if (kind == "tiny") Tiny(bytes, &out);
  else if (kind == "nested") Nested(bytes, &out);
  else if (kind == "mixed") {
    Article(bytes / 4, &out);
    Links(bytes / 4, &out);
    Tiny(bytes / 4, &out);
    Nested(bytes / 4, &out);
  } else {
    std::fprintf(stderr, "gen_page: unknown kind %s\n", kind.c_str());
    return 2;
  }
  out += "\n</body></html>\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

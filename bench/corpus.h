// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Loading a corpus for the bench tools: every *.html, *.htm and *.html.gz
// under a directory (any depth), decompressed, in path order.

#ifndef ARTEXT_BENCH_CORPUS_H_
#define ARTEXT_BENCH_CORPUS_H_

#include <string>
#include <vector>

namespace artext::bench {

struct Page {
  std::string name;   // path relative to the corpus directory
  std::string bytes;  // decompressed
};

std::vector<Page> LoadCorpus(const std::string& dir);

}  // namespace artext::bench

#endif  // ARTEXT_BENCH_CORPUS_H_

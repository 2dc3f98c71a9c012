// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "metadata/authors.h"

#include "metadata/byline_parse.h"
#include "metadata/utf8_case.h"

namespace artext::metadata {
namespace {

void AppendUnique(std::vector<std::string> names, std::vector<std::string>* out) {
  for (std::string& n : names) {
    bool dup = false;
    for (const std::string& o : *out) dup = dup || FoldForMatch(o) == FoldForMatch(n);
    if (!dup) out->push_back(std::move(n));
  }
}

bool NamesAPerson(const AuthorCandidate& c, const std::vector<std::string>& names) {
  if (c.organisation) return false;
  for (const std::string& n : names) {
    if (LooksLikePersonName(n)) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> CandidateNames(const AuthorCandidate& candidate) {
  std::vector<std::string> names;
  if (candidate.names.empty()) return ParseAuthors(candidate.raw);
  for (const std::string& n : candidate.names) AppendUnique(ParseAuthors(n), &names);
  return names;
}

ChosenAuthors ChooseAuthors(const PageFacts& facts) {
  ChosenAuthors fallback;
  for (const AuthorCandidate& c : facts.authors) {
    std::vector<std::string> names = CandidateNames(c);
    if (names.empty()) continue;
    if (NamesAPerson(c, names)) return {std::move(names), c.raw, c.source};
    if (fallback.names.empty()) fallback = {std::move(names), c.raw, c.source};
  }
  return fallback;
}

}  // namespace artext::metadata

// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// A value the choosers settled on, with where it came from.

#ifndef ARTEXT_METADATA_CHOSEN_H_
#define ARTEXT_METADATA_CHOSEN_H_

#include <string>

namespace artext::metadata {

struct Chosen {
  std::string value;
  std::string source;  // provenance label, as in Candidate::source
};

}  // namespace artext::metadata

#endif  // ARTEXT_METADATA_CHOSEN_H_

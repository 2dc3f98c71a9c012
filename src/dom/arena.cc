// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "dom/arena.h"

#include <cstdint>
#include <cstdlib>
#include <new>

namespace artext::dom {
namespace {

// Every block starts with a 16-byte header (keeping the payload aligned for
// any type): the size class, or for large blocks kLarge and the index into
// large_.
struct alignas(16) Header {
  uint32_t size_class;
  uint32_t unused;
  size_t large_index;
};
static_assert(sizeof(Header) == 16);
constexpr uint32_t kLarge = ~uint32_t{0};

// Chunks grow geometrically to this size, so a small page reserves little
// and a 100 MB page does not make thousands of chunks.
constexpr size_t kMaxChunk = 4u << 20;

}  // namespace

Arena::~Arena() {
  for (void* p : large_) std::free(p);
}

void* Arena::Bump(size_t bytes) {
  if (bytes > left_) {
    size_t chunk = next_chunk_;
    chunks_.emplace_back(new char[chunk]);
    cursor_ = chunks_.back().get();
    left_ = chunk;
    if (next_chunk_ < kMaxChunk) next_chunk_ *= 2;
  }
  void* p = cursor_;
  cursor_ += bytes;
  left_ -= bytes;
  return p;
}

void* Arena::Allocate(size_t size) {
  size_t total = size + sizeof(Header);
  if (total > kMaxSmall) {
    auto* h = static_cast<Header*>(std::malloc(total));
    if (!h) throw std::bad_alloc();
    h->size_class = kLarge;
    h->large_index = large_.size();
    large_.push_back(h);
    return h + 1;
  }
  // Class c holds blocks of c granules; at least 2, so a free block has room
  // for the free-list link after its header.
  uint32_t c = static_cast<uint32_t>((total + kGranule - 1) / kGranule);
  if (c < 2) c = 2;
  Header* h;
  if (free_[c]) {
    h = static_cast<Header*>(free_[c]);
    free_[c] = *reinterpret_cast<void**>(h + 1);
  } else {
    h = static_cast<Header*>(Bump(c * kGranule));
  }
  h->size_class = c;
  return h + 1;
}

void Arena::Free(void* p) {
  if (!p) return;
  Header* h = static_cast<Header*>(p) - 1;
  if (h->size_class == kLarge) {
    large_[h->large_index] = nullptr;
    std::free(h);
    return;
  }
  *reinterpret_cast<void**>(p) = free_[h->size_class];
  free_[h->size_class] = h;
}

void* Arena::GumboAllocate(void* arena, size_t size) {
  return static_cast<Arena*>(arena)->Allocate(size);
}

void Arena::GumboFree(void* arena, void* p) {
  static_cast<Arena*>(arena)->Free(p);
}

}  // namespace artext::dom

// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Arena: the memory gumbo allocates while parsing one page. gumbo makes a
// malloc/free call for every node, attribute and growing string buffer, and
// gumbo_destroy_output walks the whole tree again to free them one by one:
// together a sixth of the time of a parse. With an Arena, allocation is a
// pointer bump (freed blocks are reused by size class) and the whole tree is
// released at once when the Document that owns the Arena dies.
//
// One Arena per Document; not thread-safe (a parse runs on one thread).

#ifndef ARTEXT_DOM_ARENA_H_
#define ARTEXT_DOM_ARENA_H_

#include <cstddef>
#include <memory>
#include <vector>

namespace artext::dom {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena();

  void* Allocate(size_t size);
  void Free(void* p);

  // gumbo's allocator interface (GumboOptions::allocator / deallocator with
  // userdata = this Arena).
  static void* GumboAllocate(void* arena, size_t size);
  static void GumboFree(void* arena, void* p);


 private:
  // Size classes every 16 bytes up to 1 KiB (payload plus header): gumbo's
  // nodes are 100-200 bytes, and power-of-two classes wasted a third of the
  // memory. Larger requests go to malloc and are tracked so the destructor
  // frees them.
  static constexpr size_t kGranule = 16;
  static constexpr size_t kMaxSmall = 1024;
  static constexpr int kClasses = kMaxSmall / kGranule + 1;

  void* Bump(size_t bytes);

  std::vector<std::unique_ptr<char[]>> chunks_;
  char* cursor_ = nullptr;
  size_t left_ = 0;
  size_t next_chunk_ = 64 * 1024;
  void* free_[kClasses] = {};  // singly linked free lists, one per class
  std::vector<void*> large_;   // live malloc'd blocks (null once freed)
};

}  // namespace artext::dom

#endif  // ARTEXT_DOM_ARENA_H_

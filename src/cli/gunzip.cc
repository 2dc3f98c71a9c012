// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/gunzip.h"

#include <zlib.h>

#include <algorithm>
#include <climits>

namespace artext::cli {
namespace {

// Output is produced in chunks of this size; large enough that a typical
// page (50-500 KB) needs a handful of inflate calls.
constexpr size_t kChunkBytes = 64 * 1024;

// 15 window bits plus 16: gzip wrapper only (zlib's documented convention).
constexpr int kGzipWindowBits = 15 + 16;

class Inflater {
 public:
  Inflater() { ok_ = inflateInit2(&stream_, kGzipWindowBits) == Z_OK; }
  ~Inflater() {
    if (ok_) inflateEnd(&stream_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;

  bool ok() const { return ok_; }
  z_stream* stream() { return &stream_; }

 private:
  z_stream stream_{};
  bool ok_ = false;
};

}  // namespace

bool LooksGzipped(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

Status Gunzip(std::string_view compressed, size_t max_bytes, std::string* out) {
  out->clear();
  Inflater inflater;
  if (!inflater.ok()) return Status::Internal("zlib initialisation failed");
  z_stream* z = inflater.stream();
  size_t consumed = 0;
  while (true) {
    if (z->avail_in == 0 && consumed < compressed.size()) {
      size_t n = std::min<size_t>(compressed.size() - consumed, UINT_MAX);
      z->next_in = reinterpret_cast<Bytef*>(
          const_cast<char*>(compressed.data() + consumed));
      z->avail_in = static_cast<uInt>(n);
      consumed += n;
    }
    size_t old_size = out->size();
    out->resize(old_size + kChunkBytes);
    z->next_out = reinterpret_cast<Bytef*>(out->data() + old_size);
    z->avail_out = static_cast<uInt>(kChunkBytes);
    int rc = inflate(z, Z_NO_FLUSH);
    out->resize(old_size + kChunkBytes - z->avail_out);
    if (out->size() > max_bytes) {
      return Status::TooLarge("decompressed input exceeds " +
                              std::to_string(max_bytes) +
                              " bytes (--max-bytes)");
    }
    if (rc == Z_STREAM_END) {
      // Concatenated gzip members form one file (gzip(1) behaviour);
      // anything after the last member that is not gzip is ignored, as
      // gzip does with trailing zeros.
      std::string_view rest(reinterpret_cast<const char*>(z->next_in),
                            z->avail_in);
      if (rest.empty() && consumed < compressed.size()) {
        rest = compressed.substr(consumed);
      }
      if (!LooksGzipped(rest)) return Status::Ok();
      if (inflateReset(z) != Z_OK) return Status::Internal("zlib reset failed");
      continue;
    }
    if (rc == Z_BUF_ERROR && z->avail_in == 0 && consumed == compressed.size()) {
      break;  // input exhausted before the end of the member
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      return Status::IoError(std::string("corrupt gzip data: ") +
                             (z->msg ? z->msg : "inflate failed"));
    }
  }
  return Status::IoError("truncated gzip data");
}

}  // namespace artext::cli

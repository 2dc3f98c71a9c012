// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "io/read_file.h"

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <memory>

#include "io/byte_source.h"
#include "io/inflate.h"

namespace artext::io {
namespace {

constexpr size_t kReadChunkBytes = 256 * 1024;

// Reads until the end, at most `limit` bytes (one more than the caller's
// limit, so that "too large" can be told apart from "exactly the limit").
// `size_hint` is the file's size when known: the first read then asks for
// all of it plus one byte (to see the end), so a regular file is read with
// one allocation instead of a chain of growing copies.
IoStatus ReadAll(ByteSource* source, size_t limit, size_t size_hint,
               std::string* out) {
  size_t filled = 0;
  out->resize(std::min(limit, size_hint > 0 ? size_hint + 1 : kReadChunkBytes));
  for (;;) {
    if (filled == out->size()) {
      if (filled >= limit) break;
      // Unknown size (a pipe) or a file that grew: grow geometrically.
      out->resize(
          std::min(limit, filled + std::max(kReadChunkBytes, filled / 2)));
    }
    std::string err;
    size_t n = source->Read(out->data() + filled, out->size() - filled, &err);
    if (!err.empty()) {
      out->resize(filled);
      return IoStatus::Error(err);
    }
    if (n == 0) break;
    filled += n;
  }
  out->resize(filled);
  return Status::Ok();
}

}  // namespace

IoStatus ReadFile(const std::string& path, size_t max_bytes, std::string* out) {
  std::unique_ptr<FdSource> source;
  if (path == "-") {
    source = std::make_unique<FdSource>(STDIN_FILENO);
  } else {
    std::string err;
    source = FdSource::Open(path, &err);
    if (!source) return IoStatus::Error(err);
  }
  if (source->IsDirectory()) return IoStatus::Error("is a directory");
  // A regular file's size is known: reject a huge one without reading it
  // (a compressed file larger than the limit is rejected below anyway).
  uint64_t size = source->RegularFileSize();
  if (size > max_bytes) return Status::InputTooLarge("input", max_bytes, size);
  // A compressed file may legitimately be smaller than the limit and expand
  // past it; the raw read is capped at limit + 1 and gzip checks again.
  size_t limit = max_bytes == SIZE_MAX ? max_bytes : max_bytes + 1;
  std::string raw;
  IoStatus s = ReadAll(source.get(), limit, static_cast<size_t>(size), &raw);
  if (!s.ok()) return s;
  if (LooksGzipped(raw)) {
    if (raw.size() > max_bytes) {
      return Status::InputTooLarge("compressed input", max_bytes);
    }
    return Gunzip(raw, max_bytes, out);
  }
  if (raw.size() > max_bytes) return Status::InputTooLarge("input", max_bytes);
  *out = std::move(raw);
  return Status::Ok();
}

IoStatus Gunzip(std::string_view compressed, size_t max_bytes,
                std::string* out) {
  out->clear();
  Inflater inflater(Inflater::Wrapper::kGzip);
  if (!inflater.ok()) return Status::Internal("zlib initialisation failed");
  while (true) {
    size_t consumed = 0;
    switch (InflateStream(&inflater, compressed, max_bytes, out, &consumed)) {
      case InflateEnd::kDone: break;
      case InflateEnd::kTruncated:
        return IoStatus::Error("truncated gzip data");
      case InflateEnd::kCorrupt:
        return IoStatus::Error(std::string("corrupt gzip data: ") +
                               inflater.message());
      case InflateEnd::kTooLarge:
        return Status::InputTooLarge("decompressed input", max_bytes);
    }
    // Concatenated gzip members form one file (gzip(1) behaviour); anything
    // after the last member that is not gzip is ignored, as gzip does with
    // trailing zeros.
    compressed.remove_prefix(consumed);
    if (!LooksGzipped(compressed)) return Status::Ok();
    if (!inflater.Reset()) return Status::Internal("zlib reset failed");
  }
}

}  // namespace artext::io

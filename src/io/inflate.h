// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The one place artext calls zlib's inflate. Inflater owns a z_stream and
// makes single inflate steps; GzipSource (gzip_source.h) drives it over a
// stream of unbounded length. InflateStream drives it over bytes already in
// memory (a whole gzip file, an HTTP body) with a bound on the output, so a
// small compressed input cannot expand into gigabytes (a "zip bomb") before
// the caller's size limit applies.
//
// Thread safety: an Inflater is stateful; use one from one thread at a time.

#ifndef ARTEXT_IO_INFLATE_H_
#define ARTEXT_IO_INFLATE_H_

#include <zlib.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace artext::io {

class Inflater {
 public:
  // The header the compressed data carries (zlib's window-bits conventions).
  enum class Wrapper {
    kGzip,        // a gzip member only
    kGzipOrZlib,  // a gzip or a zlib header, detected
    kRawDeflate,  // no header: what many servers send as "deflate"
  };

  explicit Inflater(Wrapper wrapper);
  ~Inflater();
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;

  // False when zlib could not be initialised; then nothing else may be called.
  bool ok() const { return ok_; }

  struct Step {
    int rc;           // zlib's return code (Z_OK, Z_STREAM_END, Z_BUF_ERROR...)
    size_t consumed;  // input bytes taken
    size_t produced;  // output bytes written
  };
  // One call of inflate: reads from in[0, in_size), writes to out[0, out_size).
  // Sizes beyond 1 GiB are clamped; the caller sees it in the counts.
  Step Inflate(const char* in, size_t in_size, char* out, size_t out_size);

  // Starts over, for the next stream (the next gzip member). Returns false
  // when zlib refuses.
  bool Reset();

  // zlib's description of the last error, or "inflate failed" when it gave
  // none.
  const char* message() const;

 private:
  z_stream zs_{};
  bool ok_ = false;
};

// How InflateStream ended.
enum class InflateEnd {
  kDone,       // the stream's end was reached
  kTruncated,  // the input ended first
  kCorrupt,    // the data is not valid (Inflater::message() says why)
  kTooLarge,   // the output would exceed max_bytes
};

// Inflates the one stream (gzip member) at the start of `in` and appends it
// to *out, never letting *out grow past max_bytes + 1 bytes. On kDone,
// *consumed is where the stream ended in `in` (the next member starts
// there). Whatever was decoded before a kTruncated or kCorrupt end is kept.
// REQUIRES: inflater->ok(), and a freshly made or Reset() inflater.
InflateEnd InflateStream(Inflater* inflater, std::string_view in,
                         size_t max_bytes, std::string* out, size_t* consumed);

// Whether the bytes start with the gzip magic number (1f 8b).
bool LooksGzipped(std::string_view bytes);

}  // namespace artext::io

#endif  // ARTEXT_IO_INFLATE_H_

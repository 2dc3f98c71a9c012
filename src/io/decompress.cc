// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "io/decompress.h"

#include <brotli/decode.h>
#include <zstd.h>

#include <memory>

namespace artext::io {
namespace {

// Output is produced in pieces of this size, so that a small body never
// costs a large buffer and `max_bytes` is checked as the output grows.
constexpr size_t kPieceBytes = 64 * 1024;

}  // namespace

InflateEnd DecodeBrotli(std::string_view in, size_t max_bytes,
                        std::string* out, std::string* err) {
  out->clear();
  std::unique_ptr<BrotliDecoderState, decltype(&BrotliDecoderDestroyInstance)>
      state(BrotliDecoderCreateInstance(nullptr, nullptr, nullptr),
            BrotliDecoderDestroyInstance);
  if (!state) {
    *err = "brotli decoder could not start";
    return InflateEnd::kCorrupt;
  }
  size_t in_left = in.size();
  const uint8_t* next_in = reinterpret_cast<const uint8_t*>(in.data());
  char piece[kPieceBytes];
  while (true) {
    size_t out_left = sizeof piece;
    uint8_t* next_out = reinterpret_cast<uint8_t*>(piece);
    BrotliDecoderResult rc = BrotliDecoderDecompressStream(
        state.get(), &in_left, &next_in, &out_left, &next_out, nullptr);
    size_t produced = sizeof piece - out_left;
    if (out->size() + produced > max_bytes) return InflateEnd::kTooLarge;
    out->append(piece, produced);
    switch (rc) {
      case BROTLI_DECODER_RESULT_SUCCESS: return InflateEnd::kDone;
      case BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: continue;
      case BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: return InflateEnd::kTruncated;
      case BROTLI_DECODER_RESULT_ERROR:
        *err = BrotliDecoderErrorString(BrotliDecoderGetErrorCode(state.get()));
        return InflateEnd::kCorrupt;
    }
  }
}

InflateEnd DecodeZstd(std::string_view in, size_t max_bytes, std::string* out,
                      std::string* err) {
  out->clear();
  std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(ZSTD_createDCtx(),
                                                           ZSTD_freeDCtx);
  if (!ctx) {
    *err = "zstd decoder could not start";
    return InflateEnd::kCorrupt;
  }
  ZSTD_inBuffer input{in.data(), in.size(), 0};
  char piece[kPieceBytes];
  // 0: the last frame ended exactly; otherwise a frame is open.
  size_t hint = 1;
  while (true) {
    ZSTD_outBuffer output{piece, sizeof piece, 0};
    hint = ZSTD_decompressStream(ctx.get(), &output, &input);
    if (ZSTD_isError(hint)) {
      *err = ZSTD_getErrorName(hint);
      return InflateEnd::kCorrupt;
    }
    if (out->size() + output.pos > max_bytes) return InflateEnd::kTooLarge;
    out->append(piece, output.pos);
    // Input used up and the output piece not filled: nothing more to come.
    if (input.pos == input.size && output.pos < output.size) {
      return hint == 0 ? InflateEnd::kDone : InflateEnd::kTruncated;
    }
  }
}

}  // namespace artext::io

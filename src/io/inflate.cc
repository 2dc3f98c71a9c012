// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "io/inflate.h"

#include <algorithm>
#include <cstdint>

namespace artext::io {
namespace {

// Output is grown in steps of this size: a typical page (50-500 KB) needs a
// handful of inflate calls.
constexpr size_t kOutputStep = 64 << 10;

// One inflate call never gets more than this in or out, so the sizes fit
// zlib's 32-bit counters.
constexpr size_t kMaxStepBytes = size_t{1} << 30;

int WindowBits(Inflater::Wrapper wrapper) {
  switch (wrapper) {
    case Inflater::Wrapper::kGzip: return 15 + 16;
    case Inflater::Wrapper::kGzipOrZlib: return 15 + 32;
    case Inflater::Wrapper::kRawDeflate: return -15;
  }
  return 15 + 32;
}

}  // namespace

Inflater::Inflater(Wrapper wrapper) {
  ok_ = inflateInit2(&zs_, WindowBits(wrapper)) == Z_OK;
}

Inflater::~Inflater() {
  if (ok_) inflateEnd(&zs_);
}

Inflater::Step Inflater::Inflate(const char* in, size_t in_size, char* out,
                                 size_t out_size) {
  zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in));
  zs_.avail_in = static_cast<uInt>(std::min(in_size, kMaxStepBytes));
  zs_.next_out = reinterpret_cast<Bytef*>(out);
  zs_.avail_out = static_cast<uInt>(std::min(out_size, kMaxStepBytes));
  uInt in_before = zs_.avail_in;
  uInt out_before = zs_.avail_out;
  int rc = inflate(&zs_, Z_NO_FLUSH);
  return Step{rc, in_before - zs_.avail_in, out_before - zs_.avail_out};
}

bool Inflater::Reset() { return inflateReset(&zs_) == Z_OK; }

const char* Inflater::message() const {
  return zs_.msg != nullptr ? zs_.msg : "inflate failed";
}

InflateEnd InflateStream(Inflater* inflater, std::string_view in,
                         size_t max_bytes, std::string* out, size_t* consumed) {
  *consumed = 0;
  // One byte beyond the limit is decoded to tell "exactly max" from "more".
  size_t limit = max_bytes == SIZE_MAX ? max_bytes : max_bytes + 1;
  InflateEnd end;
  while (true) {
    size_t old_size = out->size();
    if (old_size >= limit) {
      end = InflateEnd::kTooLarge;
      break;
    }
    size_t step = std::min(kOutputStep, limit - old_size);
    out->resize(old_size + step);
    Inflater::Step s = inflater->Inflate(in.data() + *consumed,
                                         in.size() - *consumed,
                                         out->data() + old_size, step);
    out->resize(old_size + s.produced);
    *consumed += s.consumed;
    if (s.rc == Z_STREAM_END) {
      end = InflateEnd::kDone;
      break;
    }
    if (s.rc == Z_OK) continue;
    // The output always has room and the input is handed over whole, so
    // Z_BUF_ERROR means the input ran out; anything else is corrupt data.
    end = s.rc == Z_BUF_ERROR ? InflateEnd::kTruncated : InflateEnd::kCorrupt;
    break;
  }
  if (out->size() > max_bytes) end = InflateEnd::kTooLarge;
  return end;
}

bool LooksGzipped(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

}  // namespace artext::io

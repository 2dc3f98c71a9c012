// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Is this input a page at all? A crawl or a directory of saved pages also
// holds images, PDFs, archives, empty files and files of random bytes under
// .html names. Extracting from them yields garbage text or nothing, and says
// nothing about why; this check names the problem instead, so that Extract can
// return Status::NotHtml ("not HTML: a PNG image").
//
// It is deliberately narrow: anything that may be text is accepted, tags or
// not (a text file is extracted as one paragraph). Rejected are:
//   * empty input, and input that is only whitespace (after a BOM);
//   * a known binary signature at the start (PNG, JPEG, GIF, WebP, PDF, ZIP,
//     gzip, bzip2, xz, zstd, 7-Zip, ELF, WebAssembly...);
//   * binary bytes: a share of control bytes no text contains in the first
//     4 KiB (heuristics.h: kBinarySniffBytes, kMaxBinaryByteShare and
//     kMinBinaryBytes), unless
//     the bytes look like UTF-16 (charset/utf16_sniff.h), whose NULs are text.

#ifndef ARTEXT_INPUT_SNIFF_H_
#define ARTEXT_INPUT_SNIFF_H_

#include <string>
#include <string_view>

namespace artext::input {

// Why `bytes` are not an HTML page ("empty input", "a PNG image", "binary
// data (38% control bytes)"), or "" when they may be one. Reads at most the
// first 4 KiB unless the input is whitespace up to there.
std::string WhyNotHtml(std::string_view bytes);

}  // namespace artext::input

#endif  // ARTEXT_INPUT_SNIFF_H_

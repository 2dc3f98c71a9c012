// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Builds WARC files, HTTP messages and compressed data inside tests, so the
// WARC tests need no binary fixtures.

#ifndef ARTEXT_TESTING_WARC_BUILDER_H_
#define ARTEXT_TESTING_WARC_BUILDER_H_

#include <string>
#include <string_view>
#include <vector>

namespace artext::testing {

// zlib window bits for Compress: a gzip member, a zlib stream, raw deflate.
constexpr int kGzipFormat = 15 + 16;
constexpr int kZlibFormat = 15;
constexpr int kRawDeflateFormat = -15;

// Compresses `data` in one of the formats above.
std::string Compress(std::string_view data, int window_bits);
inline std::string GzipMember(std::string_view data) {
  return Compress(data, kGzipFormat);
}

// `data` as one Brotli stream and as one Zstandard frame (the "br" and
// "zstd" content codings).
std::string BrotliStream(std::string_view data);
std::string ZstdFrame(std::string_view data);

// An HTTP/1.1 response: `head_lines` are "Name: value" lines without line
// ends; a blank line and the body follow.
std::string HttpMessage(int status, const std::vector<std::string>& head_lines,
                        std::string_view body);

// Splits `body` into chunks of `chunk_size` in chunked transfer coding,
// ending with the zero chunk.
std::string Chunk(std::string_view body, size_t chunk_size);

struct WarcRecordSpec {
  std::string type;        // WARC-Type
  std::string id;          // becomes WARC-Record-ID <urn:uuid:ID>
  std::string target_uri;  // omitted when empty
  std::string content_type;  // omitted when empty
  std::string block;
  std::vector<std::string> extra_headers;  // "Name: value" lines
  std::string version = "WARC/1.0";
};

// One serialised record: header, block, CRLF CRLF.
std::string WarcRecord(const WarcRecordSpec& spec);

// A test WARC: the records, their serialisation plain and gzipped (one member
// per record), and where each record starts in either file.
struct WarcFile {
  std::vector<WarcRecordSpec> records;
  std::string plain;
  std::string gzip;
  std::vector<uint64_t> plain_offsets;
  std::vector<uint64_t> gzip_offsets;
};
WarcFile BuildWarc(const std::vector<WarcRecordSpec>& records);

// The six record kinds a crawl WARC holds: warcinfo, request, response
// (HTML, chunked and gzip-encoded, charset in the header), response
// (image/png), metadata, revisit.
std::vector<WarcRecordSpec> SampleRecords();
// The HTML page of the HTML response in SampleRecords().
std::string SampleHtml();

// Writes `data` to a new temporary file and returns its path.
std::string WriteTempFile(std::string_view data);

}  // namespace artext::testing

#endif  // ARTEXT_TESTING_WARC_BUILDER_H_

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "testing/warc_builder.h"

#include <unistd.h>
#include <brotli/encode.h>
#include <zlib.h>
#include <zstd.h>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace artext::testing {

std::string Compress(std::string_view data, int window_bits) {
  z_stream zs{};
  if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, window_bits, 8,
                   Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("deflateInit2 failed");
  }
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) throw std::runtime_error("deflate failed");
  return out;
}

std::string BrotliStream(std::string_view data) {
  std::string out(BrotliEncoderMaxCompressedSize(data.size()) + 64, '\0');
  size_t size = out.size();
  if (!BrotliEncoderCompress(BROTLI_DEFAULT_QUALITY, BROTLI_DEFAULT_WINDOW,
                             BROTLI_MODE_TEXT, data.size(),
                             reinterpret_cast<const uint8_t*>(data.data()), &size,
                             reinterpret_cast<uint8_t*>(out.data()))) {
    throw std::runtime_error("BrotliEncoderCompress failed");
  }
  out.resize(size);
  return out;
}

std::string ZstdFrame(std::string_view data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  size_t size = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3);
  if (ZSTD_isError(size)) throw std::runtime_error("ZSTD_compress failed");
  out.resize(size);
  return out;
}

std::string HttpMessage(int status, const std::vector<std::string>& head_lines,
                        std::string_view body) {
  std::string out = "HTTP/1.1 " + std::to_string(status) + " Whatever\r\n";
  for (const std::string& line : head_lines) out += line + "\r\n";
  out += "\r\n";
  out.append(body);
  return out;
}

std::string Chunk(std::string_view body, size_t chunk_size) {
  std::string out;
  char size_line[32];
  for (size_t pos = 0; pos < body.size(); pos += chunk_size) {
    std::string_view piece = body.substr(pos, chunk_size);
    std::snprintf(size_line, sizeof(size_line), "%zx\r\n", piece.size());
    out += size_line;
    out.append(piece);
    out += "\r\n";
  }
  out += "0\r\n\r\n";
  return out;
}

std::string WarcRecord(const WarcRecordSpec& spec) {
  std::string out = spec.version + "\r\n";
  out += "WARC-Type: " + spec.type + "\r\n";
  out += "WARC-Record-ID: <urn:uuid:" + spec.id + ">\r\n";
  out += "WARC-Date: 2024-03-01T12:00:00Z\r\n";
  if (!spec.target_uri.empty()) {
    out += "WARC-Target-URI: " + spec.target_uri + "\r\n";
  }
  if (!spec.content_type.empty()) {
    out += "Content-Type: " + spec.content_type + "\r\n";
  }
  for (const std::string& line : spec.extra_headers) out += line + "\r\n";
  out += "Content-Length: " + std::to_string(spec.block.size()) + "\r\n";
  out += "\r\n";
  out += spec.block;
  out += "\r\n\r\n";
  return out;
}

WarcFile BuildWarc(const std::vector<WarcRecordSpec>& records) {
  WarcFile file;
  file.records = records;
  for (const WarcRecordSpec& spec : records) {
    std::string record = WarcRecord(spec);
    file.plain_offsets.push_back(file.plain.size());
    file.gzip_offsets.push_back(file.gzip.size());
    file.plain += record;
    file.gzip += GzipMember(record);
  }
  return file;
}

std::string SampleHtml() {
  return "<!DOCTYPE html><html><head><title>Caf\xE9 news</title></head>"
         "<body><article><h1>Headline</h1><p>First paragraph of the story, "
         "long enough to be split into several chunks.</p></article></body>"
         "</html>";
}

std::vector<WarcRecordSpec> SampleRecords() {
  const std::string uri = "https://news.example/2024/03/01/story.html";
  std::vector<WarcRecordSpec> records;
  records.push_back({"warcinfo", "00000000-0000-0000-0000-000000000001", "",
                     "application/warc-fields",
                     "software: artext-test\r\nformat: WARC File Format 1.0\r\n",
                     {}});
  records.push_back({"request", "00000000-0000-0000-0000-000000000002", uri,
                     "application/http; msgtype=request",
                     "GET /2024/03/01/story.html HTTP/1.1\r\n"
                     "Host: news.example\r\n\r\n",
                     {}});
  std::string html_body = Chunk(GzipMember(SampleHtml()), 50);
  records.push_back(
      {"response", "00000000-0000-0000-0000-000000000003", uri,
       "application/http; msgtype=response",
       HttpMessage(200,
                   {"Content-Type: text/html; charset=ISO-8859-1",
                    "Transfer-Encoding: chunked", "Content-Encoding: gzip"},
                   html_body),
       {"WARC-Payload-Digest: sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}});
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  records.push_back({"response", "00000000-0000-0000-0000-000000000004",
                     "https://news.example/logo.png",
                     "application/http; msgtype=response",
                     HttpMessage(200, {"Content-Type: image/png"}, png),
                     {}});
  records.push_back({"metadata", "00000000-0000-0000-0000-000000000005", uri,
                     "application/warc-fields", "fetchTimeMs: 120\r\n", {}});
  records.push_back(
      {"revisit", "00000000-0000-0000-0000-000000000006", uri,
       "application/http; msgtype=response",
       HttpMessage(200, {"Content-Type: text/html"}, ""),
       {"WARC-Profile: http://netpreserve.org/warc/1.0/revisit/"
        "identical-payload-digest"}});
  return records;
}

std::string WriteTempFile(std::string_view data) {
  char path[] = "/tmp/artext_warc_test_XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) throw std::runtime_error("mkstemp failed");
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n <= 0) throw std::runtime_error("write failed");
    done += static_cast<size_t>(n);
  }
  close(fd);
  return path;
}

}  // namespace artext::testing

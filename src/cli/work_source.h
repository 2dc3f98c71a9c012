// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The stream of work items of a run, in output order: an HTML input is one
// item; a WARC input is one item per record, read as the run goes; a JSON
// Lines input one item per non-blank line. Only the current file is open,
// and only one record or line of it is held here, so memory does not depend
// on the size of the inputs. Problems (a WARC file that cannot be opened, a
// damaged record, an overlong line) become error items in their place.

#ifndef ARTEXT_CLI_WORK_SOURCE_H_
#define ARTEXT_CLI_WORK_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "cli/input_format.h"
#include "cli/inputs.h"
#include "cli/line_reader.h"
#include "io/byte_source.h"
#include "io/gzip_source.h"
#include "warc/warc_reader.h"

namespace artext::cli {

struct WorkItem {
  enum class Kind { kFile, kWarcRecord, kJsonLine, kError };
  Kind kind = Kind::kFile;
  size_t input = 0;            // index of the input it comes from
  std::string source;          // kJsonLine, kError: the label
  std::string warc_record_id;  // kError in a WARC, when the header was read
  warc::Record record;         // kWarcRecord
  std::string line;            // kJsonLine
  std::string error;           // kError
  std::string error_kind = "io";  // kError: see PageResult::error_kind
  uint64_t reserved = 0;  // memory reserved for it (cli/memory_budget.h)
};

class WorkSource {
 public:
  // `inputs` and `formats` (one per input, never kAuto) must outlive this.
  // WARC records larger than max_record_bytes, and JSON lines larger than
  // twice that (room for JSON escapes or base64), are errors.
  WorkSource(const std::vector<Input>& inputs,
             const std::vector<InputFormat>& formats,
             uint64_t max_record_bytes);
  ~WorkSource();
  WorkSource(const WorkSource&) = delete;
  WorkSource& operator=(const WorkSource&) = delete;

  // The next item, or false when every input is done. Not thread-safe.
  bool Next(WorkItem* item);

 private:
  // Opens inputs_[next_input_] as a stream; false (with an error item) when
  // it cannot be opened.
  bool OpenStream(WorkItem* item);
  void CloseStream();

  const std::vector<Input>& inputs_;
  const std::vector<InputFormat>& formats_;
  uint64_t max_record_bytes_;
  size_t next_input_ = 0;  // the input being read or to open next

  std::unique_ptr<io::FdSource> file_;
  std::unique_ptr<io::GzipSource> gunzip_;    // JSON Lines (.jsonl.gz too)
  std::unique_ptr<warc::Reader> warc_;        // set while reading a WARC
  std::unique_ptr<LineReader> lines_;         // set while reading JSON Lines
};

}  // namespace artext::cli

#endif  // ARTEXT_CLI_WORK_SOURCE_H_

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/work_source.h"

#include <algorithm>
#include <filesystem>

#include "cli/interrupt.h"
#include "cli/record_input.h"

namespace artext::cli {
namespace {

// JSON strings escape some bytes ("\n", "\u0000") and base64 grows data by a
// third, so a line may be larger than the page it carries; twice the page
// limit plus 1 MiB for the other fields is generous for both.
uint64_t MaxLineBytes(uint64_t max_record_bytes) {
  return max_record_bytes > (UINT64_MAX - (1u << 20)) / 2
             ? UINT64_MAX
             : 2 * max_record_bytes + (1u << 20);
}

}  // namespace

WorkSource::WorkSource(const std::vector<Input>& inputs,
                       const std::vector<InputFormat>& formats,
                       uint64_t max_record_bytes)
    : inputs_(inputs), formats_(formats), max_record_bytes_(max_record_bytes) {}

WorkSource::~WorkSource() = default;

void WorkSource::CloseStream() {
  warc_.reset();
  lines_.reset();
  gunzip_.reset();
  file_.reset();
  ++next_input_;
}

bool WorkSource::OpenStream(WorkItem* item) {
  const Input& in = inputs_[next_input_];
  std::string err;
  if (in.path == "-") {
    file_ = std::make_unique<io::FdSource>(0);
  } else {
    std::error_code ec;
    if (std::filesystem::is_directory(in.path, ec)) {
      err = "is a directory";
    } else {
      file_ = io::FdSource::Open(in.path, &err);
      if (!file_) err = "cannot open " + in.path + ": " + err;
    }
  }
  if (file_) file_->StopWhenReadable(InterruptWakeFd());
  if (!file_) {
    item->kind = WorkItem::Kind::kError;
    item->source = in.path;
    item->error = err;
    return false;
  }
  if (formats_[next_input_] == InputFormat::kWarc) {
    warc_ = std::make_unique<warc::Reader>(file_.get(), max_record_bytes_);
  } else {
    gunzip_ = std::make_unique<io::GzipSource>(file_.get());
    lines_ = std::make_unique<LineReader>(
        gunzip_.get(), static_cast<size_t>(std::min<uint64_t>(
                           MaxLineBytes(max_record_bytes_), SIZE_MAX)));
  }
  return true;
}

bool WorkSource::Next(WorkItem* item) {
  *item = WorkItem();
  while (next_input_ < inputs_.size()) {
    const Input& in = inputs_[next_input_];
    item->input = next_input_;
    InputFormat format = formats_[next_input_];
    if (format == InputFormat::kHtml || !in.error.empty()) {
      // A page (or an input that failed to enumerate): one item, processed
      // entirely by a worker.
      item->kind = in.error.empty() ? WorkItem::Kind::kFile
                                    : WorkItem::Kind::kError;
      item->source = in.path;
      item->error = in.error;
      ++next_input_;
      return true;
    }
    if (!warc_ && !lines_) {
      if (!OpenStream(item)) {
        CloseStream();
        return true;
      }
    }
    std::string err;
    if (warc_) {
      if (warc_->Next(&item->record, &err)) {
        if (!err.empty()) {
          item->kind = WorkItem::Kind::kError;
          item->source = WarcSource(in.path, item->record.offset);
          item->warc_record_id = item->record.record_id;
          item->error = "WARC: " + err;
          item->error_kind = "warc";
          item->record = warc::Record();
        } else {
          item->kind = WorkItem::Kind::kWarcRecord;
        }
        return true;
      }
    } else {
      while (lines_->Next(&item->line, &err)) {
        if (err.empty() && item->line.find_first_not_of(" \t\r") ==
                               std::string::npos) {
          continue;  // blank lines are not records
        }
        item->source = LineSource(in.path, lines_->line_number());
        if (!err.empty()) {
          item->kind = WorkItem::Kind::kError;
          item->error = err;
          item->error_kind = "invalid_input";
          item->line.clear();
        } else {
          item->kind = WorkItem::Kind::kJsonLine;
        }
        return true;
      }
    }
    CloseStream();
  }
  return false;
}

}  // namespace artext::cli

// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/run.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <thread>
#include <vector>

#include "cli/exit_status.h"
#include "cli/format.h"
#include "cli/interrupt.h"
#include "cli/memory_budget.h"
#include "cli/page.h"
#include "cli/progress.h"
#include "cli/record_input.h"
#include "cli/stream_batch.h"
#include "cli/work_source.h"
#include "cli/writer.h"
#include "util/control_chars.h"
#include "util/text.h"

namespace artext::cli {
namespace {

// File names, WARC header values and page-derived messages may hold ESC or
// BEL bytes: stderr gets them without (util::StripControlChars).
void Diagnose(const std::string& file, const std::string& reason) {
  std::fprintf(stderr, "artext: %s: %s\n",
               util::StripControlChars(file).c_str(),
               util::StripControlChars(reason).c_str());
}

void Diagnose(const std::string& message) {
  std::fprintf(stderr, "artext: %s\n",
               util::StripControlChars(message).c_str());
}

// A run is a batch (JSON Lines, a summary) when it names more than one input
// or names them in a way that may yield any number: a directory or a list.
// Deciding by the command line rather than by the count means a script gets
// the same format whether a directory holds one page or many.
// A WARC file or a JSON Lines stream holds any number of pages, so an input
// of either kind makes a batch too.
bool IsBatch(const RunConfig& config, size_t input_count, bool streams) {
  if (input_count > 1 || streams || !config.inputs.files_from.empty()) {
    return true;
  }
  for (const std::string& operand : config.inputs.operands) {
    std::error_code ec;
    if (operand != "-" && std::filesystem::is_directory(operand, ec)) return true;
  }
  return false;
}

// Where results that are not files of their own go: stdout or the -o file.
class Stream {
 public:
  io::IoStatus Open(const std::string& output_file) {
    if (output_file.empty() || output_file == "-") return Status::Ok();
    file_ = std::make_unique<AtomicFile>();
    return file_->Open(output_file, /*make_parents=*/false);
  }
  // After the first failure writes are dropped: the stream is broken.
  io::IoStatus Write(const std::string& data) {
    if (!status_.ok() || data.empty()) return status_;
    status_ = file_ ? file_->Append(data) : WriteAll(STDOUT_FILENO, data);
    if (!status_.ok() && !file_) {
      status_ = io::IoStatus::Error("stdout: " + status_.message());
    }
    return status_;
  }
  io::IoStatus Finish(bool keep) {
    if (!file_) return status_;
    if (!status_.ok() || !keep) {
      file_->Abandon();
      return status_;
    }
    return file_->Commit();
  }
  bool broken() const { return !status_.ok(); }

 private:
  std::unique_ptr<AtomicFile> file_;
  io::IoStatus status_;
};

// The --output-dir path of every input. A later input (in input order)
// whose output is already taken becomes an error instead of overwriting it:
// the same file, a file where an earlier output needs a folder ("a.json"
// after "a.json/b.json"), or a folder where an earlier output is a file.
// Deciding this here, before any page runs, makes the result the same at
// every -j; left to the filesystem, whichever thread came first won
// (issue 16, row 14).
std::vector<std::string> OutputPaths(const RunConfig& config,
                                     std::vector<Input>* inputs) {
  std::vector<std::string> paths(inputs->size());
  if (config.output_dir.empty()) return paths;
  std::map<std::string, size_t> files;    // output file -> its input
  std::map<std::string, size_t> folders;  // folder of outputs -> first input
  const char* suffix = FormatSuffix(config.format);
  for (size_t i = 0; i < inputs->size(); ++i) {
    Input& in = (*inputs)[i];
    if (!in.error.empty()) continue;
    std::string rel = OutputRelativePath(SafeRelativePath(in.relative), suffix);
    std::string clash;
    if (auto it = files.find(rel); it != files.end()) {
      clash = "output " + rel + " is also the output of " +
              (*inputs)[it->second].path;
    } else if (auto it = folders.find(rel); it != folders.end()) {
      clash = "output " + rel + " is the folder of the output of " +
              (*inputs)[it->second].path;
    }
    for (size_t slash = rel.find('/'); clash.empty() && slash != std::string::npos;
         slash = rel.find('/', slash + 1)) {
      if (auto it = files.find(rel.substr(0, slash)); it != files.end()) {
        clash = "output folder " + rel.substr(0, slash) +
                " is the output file of " + (*inputs)[it->second].path;
      }
    }
    if (!clash.empty()) {
      in.error = clash;
      continue;
    }
    files.emplace(rel, i);
    for (size_t slash = rel.find('/'); slash != std::string::npos;
         slash = rel.find('/', slash + 1)) {
      folders.emplace(rel.substr(0, slash), i);
    }
    paths[i] = (std::filesystem::path(config.output_dir) / rel).string();
  }
  return paths;
}

// `path` with symlinks and ".." resolved (what exists of it), so that two
// spellings of one file compare equal.
std::filesystem::path RealPath(const std::string& path) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::weakly_canonical(path, ec);
  return ec ? std::filesystem::path(path).lexically_normal() : p;
}

// The first input that an output would overwrite, as "OUTPUT is the input
// INPUT", or "". Paths are compared after resolving symlinks and "..", so
// "-f html --output-dir site site/" is caught however it is spelt.
std::string OutputOverwritesInput(const std::vector<Input>& inputs,
                                  const std::vector<std::string>& output_paths,
                                  const std::string& output_file) {
  std::map<std::filesystem::path, const std::string*> outputs;
  for (const std::string& out : output_paths) {
    if (!out.empty()) outputs.emplace(RealPath(out), &out);
  }
  if (!output_file.empty() && output_file != "-") {
    outputs.emplace(RealPath(output_file), &output_file);
  }
  if (outputs.empty()) return "";
  for (const Input& in : inputs) {
    if (in.path == "-") continue;
    auto it = outputs.find(RealPath(in.path));
    if (it != outputs.end()) return *it->second + " is the input " + in.path;
  }
  return "";
}

// What goes before a page of text or Markdown when several share one
// stream, so that a reader (or a script) can tell them apart: a text page
// opens with "==> SOURCE <==", as head(1) and tail(1) name their files, and
// Markdown pages are parted by a thematic break, which renders as a rule.
std::string PageSeparator(Format format, const std::string& source,
                          bool first) {
  if (format == Format::kText) {
    return std::string(first ? "" : "\n") + "==> " +
           util::StripControlChars(source) + " <==\n";
  }
  if (format == Format::kMarkdown && !first) return "\n---\n\n";
  return "";
}

// The expected peak memory of working on `item` (cli/memory_budget.h): a
// file's size on disk (a .gz one expanded), a record's or line's length.
uint64_t ItemCost(const WorkItem& item, const std::vector<Input>& inputs) {
  switch (item.kind) {
    case WorkItem::Kind::kFile: {
      const std::string& path = inputs[item.input].path;
      struct stat st;
      if (path == "-" || stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return 0;
      }
      return ExpectedCost(static_cast<uint64_t>(st.st_size),
                          util::EndsWithIgnoreCase(path, ".gz"));
    }
    case WorkItem::Kind::kWarcRecord:
      return ExpectedCost(item.record.block.size(), /*gzipped=*/false);
    case WorkItem::Kind::kJsonLine:
      return ExpectedCost(item.line.size(), /*gzipped=*/false);
    case WorkItem::Kind::kError:
      break;
  }
  return 0;
}

// The input folder that --output-dir lies in (or is), as "DIR is inside
// the input folder IN", or "". Asked only when the outputs' names match
// the globs the folders are walked with (-f html, -f why): the next run
// over the folder would read them as pages. JSON or text beside the pages
// is fine.
std::string OutputDirInsideInput(const std::string& output_dir,
                                 const std::vector<std::string>& operands) {
  if (output_dir.empty()) return "";
  const std::filesystem::path out = RealPath(output_dir);
  for (const std::string& operand : operands) {
    std::error_code ec;
    if (operand == "-" || !std::filesystem::is_directory(operand, ec)) continue;
    const std::filesystem::path in = RealPath(operand);
    auto [in_end, out_at] =
        std::mismatch(in.begin(), in.end(), out.begin(), out.end());
    if (in_end == in.end()) {
      return output_dir + " is inside the input folder " + operand;
    }
  }
  return "";
}

}  // namespace

int RunExtract(const RunConfig& config) {
  std::vector<Input> inputs;
  InputSpec spec = config.inputs;
  if (spec.globs.empty()) spec.globs = DefaultGlobs(config.input_format);
  if (io::IoStatus s = EnumerateInputs(spec, &inputs); !s.ok()) {
    Diagnose(s.message());
    return kExitFailure;
  }
  const bool to_dir = !config.output_dir.empty();
  // What each input holds; inputs of many records are read as streams.
  std::vector<InputFormat> formats;
  bool streams = false;
  for (Input& in : inputs) {
    formats.push_back(FormatOfInput(in.path, config.input_format));
    if (formats.back() == InputFormat::kHtml) continue;
    streams = true;
    if (to_dir && in.error.empty()) {
      in.error = "a WARC or JSON Lines input gives a stream of records: "
                 "write it to stdout or -o FILE, not --output-dir";
    }
  }
  const bool batch = IsBatch(config, inputs.size(), streams);

  PageJob job;
  job.options = config.options;
  job.output_options = config.output_options;
  job.format = config.format;
  // Several results on one stream are JSON Lines, one compact record each.
  if (batch && !to_dir && job.format == Format::kJson) job.format = Format::kJsonl;
  job.add_source = job.format == Format::kJsonl;
  job.output_options.pretty = job.format == Format::kJson;
  job.skip_existing = config.skip_existing;
  job.articles_only = config.articles_only;
  job.options.timeout_seconds = config.timeout_seconds;
  // A batch streaming JSON Lines reports errors as records among the
  // results; everything else (one page, other formats, --output-dir) as
  // stderr lines.
  const bool error_records = batch && !to_dir && job.format == Format::kJsonl;

  std::vector<std::string> output_paths = OutputPaths(config, &inputs);
  // Refused before any page is read: one overwritten page is already lost.
  if (std::string clash = OutputOverwritesInput(inputs, output_paths,
                                                config.output_file);
      !clash.empty()) {
    Diagnose("output would overwrite an input (" + clash +
             "): choose an --output-dir or -o outside the inputs, or "
             "another --format");
    return kExitUsage;
  }
  const bool outputs_look_like_pages =
      MatchesGlobs(std::string("page") + FormatSuffix(config.format), spec.globs);
  if (std::string nested =
          outputs_look_like_pages
              ? OutputDirInsideInput(config.output_dir, spec.operands)
              : "";
      !nested.empty()) {
    Diagnose("output folder overlaps the inputs (" + nested +
             "): choose an --output-dir outside the input folders");
    return kExitUsage;
  }

  Stream stream;
  if (!to_dir) {
    io::IoStatus s = stream.Open(config.output_file);
    if (!s.ok()) {
      Diagnose("cannot write output: " + s.message());
      return kExitFailure;
    }
  }

  int jobs = config.jobs > 0
                 ? config.jobs
                 : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (!streams) {
    jobs = static_cast<int>(std::min<size_t>(
        static_cast<size_t>(jobs), std::max<size_t>(inputs.size(), 1)));
  }
  RunStats stats;
  // How many pages a WARC or JSON Lines input holds is known only at its
  // end: no total (and no ETA) then.
  stats.total = streams ? 0 : inputs.size();
  ProgressMeter meter(stderr, !config.quiet && batch && isatty(STDERR_FILENO));

  // A single page keeps the default Ctrl-C (immediate; -o stays atomic), so
  // that a read from a terminal on stdin can still be interrupted.
  if (batch) InstallInterruptHandlers();
  auto process = [&](WorkItem&& item) {
    switch (item.kind) {
      case WorkItem::Kind::kFile:
        return ProcessPage(inputs[item.input], output_paths[item.input], job);
      case WorkItem::Kind::kWarcRecord:
        return ProcessWarcRecord(item.record, inputs[item.input].path, job);
      case WorkItem::Kind::kJsonLine:
        return ProcessJsonLine(item.line, item.source, job);
      case WorkItem::Kind::kError:
        break;
    }
    PageResult r;
    r.outcome = PageOutcome::kFailed;
    r.source = std::move(item.source);
    r.warc_record_id = std::move(item.warc_record_id);
    r.error = std::move(item.error);
    r.error_kind = std::move(item.error_kind);
    return r;
  };
  const bool separate_pages =
      batch && !to_dir &&
      (job.format == Format::kText || job.format == Format::kMarkdown);
  size_t pages_written = 0;
  // Each item reserves its expected memory before a worker starts it, in
  // input order (produce runs one call at a time): while one waits for room,
  // no later item is read, so at most one item waits in memory.
  MemoryBudget budget(config.max_memory);
  auto work = [&](WorkItem&& item) {
    const uint64_t reserved = item.reserved;
    PageResult r;
    {
      WorkItem mine(std::move(item));  // freed before the budget is given back
      r = process(std::move(mine));
    }
    budget.Release(reserved);
    return r;
  };
  WorkSource source(inputs, formats, config.options.max_input_bytes);
  // After a stop is asked for, nothing more is read: a record that arrives
  // later, or one whose read the signal cut short, is not started.
  auto produce = [&](WorkItem* item) {
    if (InterruptSignal() != 0 || !source.Next(item) || InterruptSignal() != 0) {
      return false;
    }
    item->reserved = budget.Reserve(ItemCost(*item, inputs));
    return true;
  };
  auto sink = [&](PageResult&& r) {
    if (r.outcome == PageOutcome::kNotHtml) {
      ++stats.not_html;  // counted, not printed, not "processed"
      return InterruptSignal() == 0;
    }
    ++stats.done;
    if (!r.debug.empty()) {
      meter.Clear();
      for (const std::string& note : r.debug) Diagnose(r.source, "debug: " + note);
    }
    if (!r.warning.empty()) {
      meter.Clear();
      Diagnose(r.source, "warning: " + r.warning);
    }
    switch (r.outcome) {
      case PageOutcome::kArticle: ++stats.articles; break;
      case PageOutcome::kNotArticle:
        ++stats.not_articles;
        if (r.not_written) ++stats.not_written;
        break;
      case PageOutcome::kSkipped: ++stats.skipped; break;
      case PageOutcome::kFailed: ++stats.failed; break;
      case PageOutcome::kNotHtml: break;
    }
    if (r.outcome == PageOutcome::kFailed) {
      if (error_records) {
        stream.Write(ErrorRecord(r.source, r.error, r.error_kind, r.warc_record_id));
      } else {
        meter.Clear();
        Diagnose(r.source, r.error);
      }
    } else if (!r.output.empty()) {
      if (separate_pages) {
        stream.Write(PageSeparator(job.format, r.source, pages_written == 0));
      }
      stream.Write(r.output);
      ++pages_written;
    }
    // One page gets no summary: say on stderr why nothing came out.
    if (r.not_written && !batch && !config.quiet) {
      Diagnose(r.source, "not an article (page_type " + r.page_type +
                             "): nothing written (--articles-only)");
    }
    meter.Update(stats);
    if (stream.broken()) return false;  // nowhere left to put results
    if (InterruptSignal() != 0) return false;
    return !(config.fail_fast && r.outcome == PageOutcome::kFailed);
  };
  RunStreamOrdered<WorkItem, PageResult>(jobs, kWindowPerJob * jobs, produce,
                                         work, sink);
  meter.Clear();

  // A single failed input leaves no -o file at all, as with one page there
  // is nothing worth keeping; a batch keeps its file of records.
  // An interrupted run's -o file would look complete but is not: drop it.
  const int stop_signal = InterruptSignal();
  bool keep = (batch || stats.failed == 0) && stop_signal == 0;
  io::IoStatus s = stream.Finish(keep);
  int status = stats.failed > 0 ? kExitFailure : kExitSuccess;
  if (!s.ok()) {
    Diagnose("cannot write output: " + s.message());
    status = kExitFailure;
  }
  if (!config.quiet && batch) {
    std::fprintf(stderr, "artext: %s\n",
                 SummaryLine(stats, meter.ElapsedSeconds()).c_str());
  }
  if (stop_signal != 0) {
    std::fprintf(stderr, "artext: interrupted\n");
    return kExitSignalBase + stop_signal;
  }
  return status;
}

}  // namespace artext::cli

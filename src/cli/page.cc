// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/page.h"

#include <sys/stat.h>

#include <cstdio>
#include <new>

#include <nlohmann/json.hpp>

#include "artext/extract.h"
#include "cli/reader.h"
#include "cli/writer.h"

namespace artext::cli {
namespace {

std::string JsonString(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false,
                                nlohmann::json::error_handler_t::replace);
}

// I/O errors read best without their kind ("x.html: Permission denied");
// the others keep it ("not HTML: ...", "timeout: ...").
std::string Reason(const Status& s) {
  return s.code() == Status::Code::kIoError ? s.message() : s.ToString();
}

PageResult Failed(std::string error) {
  PageResult r;
  r.outcome = PageOutcome::kFailed;
  r.error = std::move(error);
  return r;
}

PageResult Process(const Input& input, const std::string& output_path,
                   const PageJob& job) {
  if (!input.error.empty()) return Failed(input.error);
  if (job.skip_existing && !output_path.empty()) {
    struct stat st;
    if (stat(output_path.c_str(), &st) == 0) {
      PageResult r;
      r.outcome = PageOutcome::kSkipped;
      return r;
    }
  }
  std::string bytes;
  Status s = ReadInput(input.path, job.options.max_input_bytes, &bytes);
  if (!s.ok()) return Failed(Reason(s));

  Article article;
  // Over --timeout, Extract stops at its next pass and returns Timeout.
  s = Extract(bytes, job.options, &article);
  if (!s.ok()) return Failed(Reason(s));

  PageResult r;
  r.outcome =
      article.is_article ? PageOutcome::kArticle : PageOutcome::kNotArticle;
  r.output = Render(article, job.format, job.output_options);
  if (job.add_source) r.output = AddSource(input.path, r.output);
  if (job.output_options.debug && job.format != Format::kJson &&
      job.format != Format::kJsonl) {
    r.debug = std::move(article.debug);
  }
  if (!output_path.empty()) {
    s = WriteFileAtomically(output_path, r.output, /*make_parents=*/true);
    r.output.clear();
    if (!s.ok()) return Failed("cannot write output: " + s.message());
  }
  return r;
}

}  // namespace

PageResult ProcessPage(const Input& input, const std::string& output_path,
                       const PageJob& job) {
  // Out of memory on one huge page must not end the whole run.
  try {
    return Process(input, output_path, job);
  } catch (const std::bad_alloc&) {
    return Failed("out of memory");
  } catch (const std::exception& e) {
    return Failed(std::string("internal error: ") + e.what());
  }
}

std::string ErrorRecord(const std::string& source, const std::string& error) {
  return "{\"source\":" + JsonString(source) + ",\"error\":" +
         JsonString(error) + "}\n";
}

std::string AddSource(const std::string& source, const std::string& json) {
  if (json.empty() || json[0] != '{') return json;
  std::string out = "{\"source\":" + JsonString(source);
  if (json.size() > 1 && json[1] != '}') out += ",";
  out.append(json, 1, std::string::npos);
  return out;
}

}  // namespace artext::cli

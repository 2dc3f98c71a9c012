// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// artext._artext, the native half of the Python module (python/artext/ is
// the other): extraction over libartext.so's public API only. Results cross
// into Python as the CLI's compact JSON, which artext/__init__.py loads, so
// the dict is the CLI's JSON by construction. Batches run on native threads
// with the GIL released.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <atomic>
#include <ctime>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <vector>

#include "artext/extract.h"
#include "artext/output.h"

namespace py = pybind11;

namespace {

// Options from the keyword arguments of extract(): the library's option
// names; a name the library does not know is a TypeError, as for any
// Python function.
struct Settings {
  artext::Options options;
  artext::OutputOptions output;
};

Settings SettingsFrom(const py::dict& kwargs) {
  Settings s;
  s.output.pretty = false;
  // The CLI rejects dates after "now" (src/cli/main.cc); so does the module
  // unless now_unix is given, so that both give the same answer.
  s.options.now_unix = static_cast<long long>(std::time(nullptr));
  artext::Options& o = s.options;
  for (auto [key_handle, value] : kwargs) {
    const std::string key = py::cast<std::string>(key_handle);
    if (value.is_none()) continue;
    if (key == "url") o.url = py::cast<std::string>(value);
    else if (key == "charset") o.charset = py::cast<std::string>(value);
    else if (key == "transport_charset") o.transport_charset = py::cast<std::string>(value);
    else if (key == "max_input_bytes") o.max_input_bytes = py::cast<size_t>(value);
    else if (key == "max_nesting_depth") o.max_nesting_depth = py::cast<int>(value);
    else if (key == "max_elements") o.max_elements = py::cast<int>(value);
    else if (key == "timeout_seconds") o.timeout_seconds = py::cast<double>(value);
    else if (key == "min_words") o.min_words = py::cast<int>(value);
    else if (key == "min_article_chars") o.min_article_chars = py::cast<int>(value);
    else if (key == "now_unix") o.now_unix = py::cast<long long>(value);
    else if (key == "trim_declared_titles") o.trim_declared_titles = py::cast<bool>(value);
    else if (key == "explain") o.explain = s.output.explain = py::cast<bool>(value);
    else if (key == "debug") o.debug = s.output.debug = py::cast<bool>(value);
    else throw py::type_error("extract() got an unexpected option '" + key + "'");
  }
  return s;
}

// One page's outcome: the JSON, or the Status code and its message.
struct Outcome {
  int code = 0;  // artext::Status::Code as int; 0 is OK
  std::string text;  // JSON when code == 0, else Status::ToString()
};

Outcome ExtractOne(std::string_view html, const Settings& s,
                   const std::string& url) {
  artext::Options options = s.options;
  if (!url.empty()) options.url = url;
  artext::Article article;
  artext::Status status = artext::Extract(html, options, &article);
  if (!status.ok()) {
    return {static_cast<int>(status.code()), status.ToString()};
  }
  return {0, artext::ToJson(article, s.output)};
}

std::tuple<int, std::string> Extract(const py::bytes& html,
                                     const py::dict& kwargs) {
  const Settings s = SettingsFrom(kwargs);
  std::string_view bytes(html);
  Outcome r;
  {
    py::gil_scoped_release unlocked;
    r = ExtractOne(bytes, s, std::string());
  }
  return {r.code, std::move(r.text)};
}

// pages: a list of (bytes, url or None). The bytes objects stay alive in
// `pages` (held by the caller) and are immutable, so the threads read them
// without the GIL.
std::vector<std::tuple<int, std::string>> ExtractBatch(const py::list& pages,
                                                      const py::dict& kwargs,
                                                      int jobs) {
  const Settings s = SettingsFrom(kwargs);
  std::vector<std::string_view> html;
  std::vector<std::string> urls;
  html.reserve(pages.size());
  urls.reserve(pages.size());
  for (py::handle item : pages) {
    auto pair = py::cast<py::tuple>(item);
    html.emplace_back(py::cast<std::string_view>(pair[0]));
    urls.push_back(pair[1].is_none() ? std::string()
                                     : py::cast<std::string>(pair[1]));
  }
  std::vector<Outcome> out(html.size());
  {
    py::gil_scoped_release unlocked;
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < html.size();) {
        out[i] = ExtractOne(html[i], s, urls[i]);
      }
    };
    const size_t n = std::min<size_t>(std::max(jobs, 1), html.size());
    std::vector<std::thread> threads;
    for (size_t t = 1; t < n; ++t) threads.emplace_back(work);
    work();
    for (std::thread& t : threads) t.join();
  }
  std::vector<std::tuple<int, std::string>> result;
  result.reserve(out.size());
  for (Outcome& r : out) result.emplace_back(r.code, std::move(r.text));
  return result;
}

}  // namespace

PYBIND11_MODULE(_artext, m) {
  m.doc() = "artext's native extraction (use the artext package)";
  m.def("extract", &Extract, py::arg("html"), py::arg("options"));
  m.def("extract_batch", &ExtractBatch, py::arg("pages"), py::arg("options"),
        py::arg("jobs"));
  m.def("version", &artext::Version);
  // The codes of artext::Status::Code that extraction returns.
  m.attr("CODE_INVALID_ARGUMENT") =
      static_cast<int>(artext::Status::Code::kInvalidArgument);
  m.attr("CODE_NOT_HTML") = static_cast<int>(artext::Status::Code::kNotHtml);
  m.attr("CODE_TOO_LARGE") = static_cast<int>(artext::Status::Code::kTooLarge);
  m.attr("CODE_TIMEOUT") = static_cast<int>(artext::Status::Code::kTimeout);
}

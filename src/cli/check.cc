// Copyright (c) artext authors. MIT licence (see LICENSE).

#include "cli/check.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <new>

#include "artext/extract.h"
#include "artext/output.h"
#include "cli/format.h"
#include "cli/diff.h"
#include "cli/exit_status.h"
#include "cli/json_object.h"
#include "io/read_file.h"
#include "cli/writer.h"
#include "util/control_chars.h"

namespace artext::cli {
namespace {

using nlohmann::json;

// Fixture pages are small; the limit only guards against a stray huge file.
constexpr size_t kMaxFixtureBytes = size_t{256} << 20;

// JSON has no comments; keys starting with "_" ("_comment", "_why") hold
// notes for people and are not compared.
bool IsComment(const std::string& key) { return !key.empty() && key[0] == '_'; }

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Collapses every whitespace run, newlines included, for snippet search.
std::string Flatten(std::string_view text) {
  std::string lines = NormalizeWhitespace(text);
  std::string out;
  for (char c : lines) {
    if (c == '\n') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  return out;
}

// Normalises every string inside a JSON value.
json NormalizeJson(const json& value) {
  if (value.is_string()) return NormalizeWhitespace(value.get<std::string>());
  if (value.is_array()) {
    json out = json::array();
    for (const json& v : value) out.push_back(NormalizeJson(v));
    return out;
  }
  if (value.is_object()) {
    json out = json::object();
    for (const auto& [k, v] : value.items()) out[k] = NormalizeJson(v);
    return out;
  }
  return value;
}

std::string Dump(const json& value) {
  return value.dump(2, ' ', false, json::error_handler_t::replace);
}

// The lines a field shows in a diff: strings line by line, the rest as
// indented JSON.
std::vector<std::string> DiffLines(const json& value) {
  if (value.is_string()) return SplitLines(value.get<std::string>());
  return SplitLines(Dump(value));
}

// A fixture file; the error names the path and the kind of failure.
io::IoStatus ReadText(const std::string& path, std::string* out) {
  io::IoStatus s = io::ReadFile(path, kMaxFixtureBytes, out);
  if (!s.ok()) return io::IoStatus::Error(path + ": " + s.ToString());
  return s;
}

bool Selected(const CheckOptions& options, const std::string& key) {
  return options.fields.empty() ||
         std::find(options.fields.begin(), options.fields.end(), key) !=
             options.fields.end();
}

class FixtureChecker {
 public:
  FixtureChecker(const Fixture& fixture, const CheckOptions& options)
      : fixture_(fixture), options_(options) {}

  FixtureResult Run() {
    for (const std::string& path : fixture_.refused) {
      Fail(path + ": a symlink out of the fixture folder; not read");
    }
    if (!fixture_.refused.empty()) return Finish();
    if (!Load() || !Extract()) return Finish();
    CompareJson();
    CompareSnippets();
    // The rendered files are "fields" of their own for --fields.
    if (Selected(options_, "text")) {
      CompareRendered(fixture_.text_path,
                      Render(article_, Format::kText, OutputOptions()));
    }
    if (Selected(options_, "markdown")) {
      CompareRendered(fixture_.markdown_path,
                      Render(article_, Format::kMarkdown, OutputOptions()));
    }
    if (options_.update && expected_changed_) WriteJson();
    if (failed_ && !options_.why_dir.empty()) WriteWhy();
    return Finish();
  }

 private:
  void Fail(const std::string& what) {
    failed_ = true;
    report_ += what;
    if (!what.empty() && what.back() != '\n') report_ += '\n';
  }
  void Note(const std::string& what) { report_ += what + "\n"; }

  FixtureResult Finish() {
    FixtureResult r;
    r.passed = !failed_;
    r.report = std::move(report_);
    return r;
  }

  bool Load() {
    if (io::IoStatus s = ReadText(fixture_.html_path, &html_); !s.ok()) {
      Fail(s.message());
      return false;
    }
    if (fixture_.json_path.empty()) {
      expected_ = json::object();
      // A page with no expectation at all is a new fixture: --update creates
      // its expected JSON from the whole output.
      create_json_ = options_.update && !fixture_.has_expectation();
      return true;
    }
    std::string text;
    if (io::IoStatus s = ReadText(fixture_.json_path, &text); !s.ok()) {
      Fail(s.message());
      return false;
    }
    if (std::string why; !ParseJsonObject(text, &expected_, &why)) {
      Fail(fixture_.json_path + ": " + why);
      return false;
    }
    if (expected_.contains(kOptionsKey)) {
      Status s = ApplyFixtureOptions(expected_[kOptionsKey], &extract_options_);
      if (!s.ok()) {
        Fail(fixture_.json_path + ": " + s.ToString());
        return false;
      }
    }
    return true;
  }

  bool Extract() {
    extract_options_.explain = true;
    // Recording changes no result; it only keeps the decisions.
    extract_options_.why = !options_.why_dir.empty();
    Status s = artext::Extract(html_, extract_options_, &article_);
    if (!s.ok()) {
      Fail(fixture_.html_path + ": " + s.ToString());
      return false;
    }
    OutputOptions out;
    out.explain = true;  // so that an expected "provenance" can be compared
    actual_ = json::parse(ToJson(article_, out), nullptr, false);
    return actual_.is_object();
  }

  void CompareJson() {
    if (create_json_) {
      expected_ = actual_;
      expected_.erase("provenance");
      // --fields X on a new fixture writes X only.
      for (auto it = expected_.begin(); it != expected_.end();) {
        it = Selected(options_, it.key()) ? std::next(it) : expected_.erase(it);
      }
      expected_changed_ = true;
      Note("created " + Expected(".json"));
      return;
    }
    for (auto& [key, want] : expected_.items()) {
      if (key == kOptionsKey || key == kMustContainKey ||
          key == kMustNotContainKey || IsComment(key) ||
          !Selected(options_, key)) {
        continue;
      }
      if (!actual_.contains(key)) {
        Fail(fixture_.json_path + ": \"" + key +
             "\" is not a field of the output");
        continue;
      }
      const json& got = actual_[key];
      if (NormalizeJson(want) == NormalizeJson(got)) continue;
      if (options_.update) {
        want = got;
        expected_changed_ = true;
        Note("updated " + Expected(".json") + ": " + key);
        continue;
      }
      Fail(UnifiedDiff(DiffLines(NormalizeJson(want)),
                       DiffLines(NormalizeJson(got)),
                       Expected(".json") + ": " + key, "actual: " + key));
    }
  }

  void CompareSnippets() {
    std::string text = Flatten(article_.text);
    for (const char* key : {kMustContainKey, kMustNotContainKey}) {
      if (!expected_.contains(key)) continue;
      if (!options_.fields.empty() && !Selected(options_, key) &&
          !Selected(options_, "text")) {
        continue;
      }
      const json& list = expected_[key];
      if (!list.is_array()) {
        Fail(fixture_.json_path + ": \"" + key + "\" must be a list of strings");
        continue;
      }
      bool want_present = std::string_view(key) == kMustContainKey;
      for (const json& snippet : list) {
        if (!snippet.is_string()) {
          Fail(fixture_.json_path + ": \"" + key + "\" holds a non-string");
          continue;
        }
        std::string s = snippet.get<std::string>();
        bool present = text.find(Flatten(s)) != std::string::npos;
        if (present != want_present) {
          Fail(Expected(".json") + ": " + key + ": \"" + s + "\" " +
               (present ? "is in" : "is not in") + " the text");
        }
      }
    }
  }

  void CompareRendered(const std::string& path, const std::string& actual) {
    if (path.empty()) return;
    std::string want;
    if (io::IoStatus s = ReadText(path, &want); !s.ok()) {
      Fail(s.message());
      return;
    }
    std::string a = NormalizeWhitespace(want), b = NormalizeWhitespace(actual);
    if (a == b) return;
    std::string label = path.substr(path.rfind(".expected"));
    if (options_.update) {
      io::IoStatus s = WriteFileAtomically(path, actual, false);
      if (!s.ok()) Fail(s.ToString());
      else Note("updated " + Expected(label.substr(9)));
      return;
    }
    Fail(UnifiedDiff(SplitLines(a), SplitLines(b), Expected(label.substr(9)),
                     "actual"));
  }

  // The why view of the failing page, beside the diff in the report.
  void WriteWhy() {
    if (!article_.trace) return;  // failed before extraction
    const std::filesystem::path path =
        std::filesystem::path(options_.why_dir) / (fixture_.name + ".why.html");
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    io::IoStatus s = WriteFileAtomically(
        path.string(), Render(article_, Format::kWhy, OutputOptions()), false);
    if (!s.ok()) Fail(s.ToString());
    else Note("why view: " + path.string());
  }

  void WriteJson() {
    std::string path = fixture_.json_path.empty()
                           ? fixture_.stem + ".expected.json"
                           : fixture_.json_path;
    io::IoStatus s = WriteFileAtomically(path, Dump(expected_) + "\n", false);
    if (!s.ok()) Fail(s.ToString());
  }

  // "NAME.expected.json", the label diffs carry.
  std::string Expected(const std::string& suffix) const {
    return fixture_.name + ".expected" + suffix;
  }

  const Fixture& fixture_;
  const CheckOptions& options_;
  Options extract_options_;
  std::string html_;
  json expected_;
  json actual_;
  Article article_;
  bool create_json_ = false;
  bool expected_changed_ = false;
  bool failed_ = false;
  std::string report_;
};

}  // namespace

std::string NormalizeWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  size_t newlines = 0;  // line breaks owed before the next text
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      ++newlines;
      pending_space = false;
      continue;
    }
    bool nbsp = static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
                static_cast<unsigned char>(text[i + 1]) == 0xA0;
    if (IsBlank(c) || nbsp) {
      if (nbsp) ++i;
      pending_space = true;
      continue;
    }
    if (!out.empty()) {
      if (newlines > 0) {
        out += newlines > 1 ? "\n\n" : "\n";
      } else if (pending_space) {
        out += ' ';
      }
    }
    newlines = 0;
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

FixtureResult CheckFixture(const Fixture& fixture, const CheckOptions& options) {
  try {
    return FixtureChecker(fixture, options).Run();
  } catch (const std::exception& e) {
    FixtureResult r;
    r.report = fixture.html_path + ": internal error: " + e.what() + "\n";
    return r;
  }
}

int RunCheck(const CheckOptions& options) {
  std::error_code ec;
  if (!std::filesystem::is_directory(options.dir, ec)) {
    std::fprintf(stderr, "artext: %s: not a directory\n",
                 util::StripControlChars(options.dir).c_str());
    return kExitUsage;
  }
  const std::vector<Fixture> fixtures = FindFixtures(options.dir, options.update);
  // A check that checked nothing must not pass: a wrong path or a folder
  // of unknown page names would otherwise look green in CI.
  if (fixtures.empty()) {
    std::printf("no fixtures in %s\n",
                util::StripControlChars(options.dir).c_str());
    std::fflush(stdout);
    return kExitFailure;
  }
  size_t passed = 0, failed = 0;
  for (const Fixture& f : fixtures) {
    FixtureResult r = CheckFixture(f, options);
    // Reports quote page text and file names: no control characters.
    const std::string report = util::StripControlChars(r.report);
    if (r.passed) {
      ++passed;
      if (!report.empty()) std::fputs(report.c_str(), stdout);
    } else {
      ++failed;
      std::printf("FAIL %s\n%s", util::StripControlChars(f.name).c_str(),
                  report.c_str());
    }
  }
  std::printf("%zu passed, %zu failed\n", passed, failed);
  std::fflush(stdout);
  return failed > 0 ? kExitFailure : kExitSuccess;
}

}  // namespace artext::cli

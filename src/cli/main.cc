// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The command line: CLI11 definitions and dispatch only. The work is done by
// RunExtract (cli/run.h) and RunCheck (cli/check.h), which are library code
// with tests of their own.

#include <CLI/CLI.hpp>

#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "artext/extract.h"
#include "charset/labels.h"
#include "cli/memory_budget.h"
#include "cli/check.h"
#include "cli/exit_status.h"
#include "cli/format.h"
#include "cli/input_format.h"
#include "cli/run.h"
#include "cli/version_text.h"

namespace {

constexpr const char* kFooter = R"(Examples:
  artext page.html                      one page -> pretty JSON on stdout
  artext -f text page.html.gz           gzip is read transparently
  curl -s URL | artext --url URL -      stdin, with the page's address
  artext -j 4 site/ > site.jsonl        a tree -> JSON Lines, in input order
  artext -f markdown --output-dir out/ site/   one out/**/NAME.md per page
  find . -name '*.html' -print0 | artext -0 --files-from - > all.jsonl
  artext crawl.warc.gz > pages.jsonl    HTML responses of a web archive
  zcat x.warc.gz | artext --input-format warc -     a WARC on stdin
  artext --input-format jsonl < in.jsonl   {"url","html"} lines -> one line each
  artext check samples/                 compare against NAME.expected.json

Exit status:
  0  every input was extracted (pages judged "not an article" included)
  1  at least one input failed (its error is reported), or output failed
  2  the command line is wrong
  130/143  stopped by Ctrl-C / SIGTERM (in-flight pages are finished first)

See docs/cli.md for the details.)";

constexpr const char* kCheckFooter = R"(Fixtures are NAME.html with NAME.expected.json (fields compared one by one,
whitespace-normalised; "must_contain"/"must_not_contain" are snippet lists
checked against "text"; "options" sets url, charset, min_words...),
NAME.expected.txt (text output) or NAME.expected.md (Markdown output).
--why-dir DIR writes DIR/NAME.why.html for each failing page: its text
blocks coloured by what the passes kept or dropped, and why (-f why).
Exit status: 0 all passed, 1 any failed, 2 bad command line.)";

// Turns a checked name into its enum value. transform() puts each validator
// in front of the ones before it, so this one, added first, runs after the
// IsMember check that rejects unknown names ("--format: x not in {...}").
// No description: --help shows IsMember's list of names only.
template <typename Enum>
CLI::Validator NameToEnum(
    const std::vector<std::pair<std::string, Enum>>& names) {
  return CLI::Transformer(names).description("");
}

// --charset takes the labels browsers know (WHATWG "get an encoding"); a
// misspelt one must not be ignored in silence.
CLI::Validator KnownCharset() {
  return CLI::Validator(
      [](std::string& label) -> std::string {
        if (!artext::charset::CanonicalEncoding(label).empty()) return "";
        return "unknown charset \"" + label +
               "\" (use a WHATWG label: utf-8, windows-1252, shift_jis, ...)";
      },
      "CHARSET");
}

}  // namespace

int main(int argc, char** argv) {
  namespace cli = artext::cli;
  CLI::App app{"artext: extract the article (headline, authors, date, body) "
               "from saved news pages"};
  app.footer(kFooter);
  app.set_version_flag("--version", cli::VersionText());
  app.require_subcommand(0, 1);

  cli::RunConfig run;
  app.add_option("FILE", run.inputs.operands,
                 "pages, directories (walked recursively) or '-' for stdin; "
                 "none: stdin");
  app.add_option("-f,--format", run.format, "json|jsonl|text|markdown|html|why (why: each text block of the "
                 "page coloured by what was kept or dropped, and the rule)")
      ->type_name("TEXT")
      ->transform(NameToEnum(cli::FormatNames()))
      ->transform(CLI::IsMember(cli::FormatNames()));
  auto* output = app.add_option("-o,--output", run.output_file,
                                "write to FILE (atomically) instead of stdout");
  app.add_option("--output-dir", run.output_dir,
                 "one file per input below DIR, mirroring the input tree")
      ->excludes(output);
  app.add_option("-j,--jobs", run.jobs, "worker threads (default: all cores)")
      ->check(CLI::Range(1, 1024));
  app.add_option("--input-format", run.input_format,
                 "auto (.warc/.warc.gz are web archives, the rest pages), "
                 "html, warc, or jsonl ({\"url\",\"html\"} lines)")
      ->type_name("TEXT")
      ->transform(NameToEnum(cli::InputFormatNames()))
      ->transform(CLI::IsMember(cli::InputFormatNames()));
  // One pattern per --glob: otherwise "--glob '*.html' site/" would take
  // site/ as a second pattern and read stdin instead of the folder.
  app.add_option("--glob", run.inputs.globs,
                 "file names to take from directories (one per --glob, "
                 "repeatable; default *.html *.htm *.xhtml, plus *.warc in "
                 "auto mode; each also .gz)")
      ->allow_extra_args(false);
  auto* files_from = app.add_option("--files-from", run.inputs.files_from,
                                    "read input paths from FILE ('-': stdin)");
  app.add_flag("-0,--null", run.inputs.nul_separated,
               "--files-from entries end with NUL, not newline")
      ->needs(files_from);
  app.add_flag("--skip-existing", run.skip_existing,
               "with --output-dir: leave inputs whose output exists");
  app.add_flag("--articles-only", run.articles_only,
               "other pages: {\"source\",\"page_type\",\"skipped\"} only");
  app.add_flag("--fail-fast", run.fail_fast, "stop at the first failed input");
  app.add_flag("-q,--quiet", run.quiet, "no progress line and no summary");
  app.add_option("--url", run.options.url, "the page's address");
  app.add_option("--charset", run.options.charset,
                 "force the input charset (e.g. windows-1252)")
      ->check(KnownCharset());
  app.add_option("--min-words", run.options.min_words,
                 "pages with fewer words are not articles")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--max-bytes", run.options.max_input_bytes,
                 "reject inputs larger than this many bytes, after gunzip "
                 "(default 67108864 = 64 MiB)")
      ->check(CLI::PositiveNumber);
  std::string max_memory;
  app.add_option("--max-memory", max_memory,
                 "memory budget of a batch: pages wait rather than run "
                 "beside others past it; SIZE in bytes or with K, M, G "
                 "(default 1G; 0: none)")
      ->type_name("SIZE")
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            uint64_t bytes;
            if (cli::ParseByteSize(text, &bytes)) return "";
            return "not a size: \"" + text + "\" (e.g. 512M, 2G)";
          },
          ""));
  app.add_option("--timeout", run.timeout_seconds,
                 "per-page budget in seconds, checked between extraction "
                 "passes; a page over it is an error (default: none)")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("--explain", run.options.explain,
               "JSON: add where each field came from (\"provenance\")");
  bool why = false;
  app.add_flag("--why", why, "the same as -f why");
  app.add_flag("--debug", run.options.debug,
               "JSON: add the extraction notes (\"debug\"); others: stderr");
  // The library leaves the future-date check off; the CLI knows the clock.
  run.options.now_unix = static_cast<long long>(std::time(nullptr));

  cli::CheckOptions check;
  CLI::App* check_cmd = app.add_subcommand(
      "check", "compare extraction with the expected files below DIR");
  check_cmd->footer(kCheckFooter);
  check_cmd->add_option("DIR", check.dir, "the fixture directory")->required();
  check_cmd->add_option("--fields", check.fields,
                        "compare only these JSON fields (comma-separated)")
      ->delimiter(',');
  check_cmd->add_option("--why-dir", check.why_dir,
                        "write the why view of each failing page here");
  check_cmd->add_flag("--update", check.update,
                      "rewrite the expected files from the current output");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? cli::kExitSuccess : cli::kExitUsage;
  }
  if (check_cmd->parsed()) return cli::RunCheck(check);

  if (run.skip_existing && run.output_dir.empty()) {
    std::fprintf(stderr, "artext: --skip-existing needs --output-dir\n");
    return cli::kExitUsage;
  }
  bool stdin_operand = false;
  for (const std::string& f : run.inputs.operands) stdin_operand |= f == "-";
  if (stdin_operand && run.inputs.files_from == "-") {
    std::fprintf(stderr, "artext: stdin cannot be both an input and the --files-from list\n");
    return cli::kExitUsage;
  }
  if (!max_memory.empty()) cli::ParseByteSize(max_memory, &run.max_memory);
  if (why) run.format = cli::Format::kWhy;
  // The view needs the decision record, which the passes keep only when
  // asked (it costs nothing otherwise).
  run.options.why = run.format == cli::Format::kWhy;
  run.output_options.explain = run.options.explain;
  run.output_options.debug = run.options.debug;
  return cli::RunExtract(run);
}

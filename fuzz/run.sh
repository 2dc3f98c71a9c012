#!/usr/bin/env bash
# Runs one libFuzzer target with a seed corpus built from samples/ and the
# unit tests' example strings. See docs/fuzzing.md.
#
#   fuzz/run.sh TARGET SECONDS [BUILD_DIR]
#
# TARGET is extract, charset_decode, date_parse, byline_parse, jsonld_parse,
# jsonl or warc. The corpus, crash artifacts and the log go to
# BUILD_DIR/fuzz-work/TARGET/ (default BUILD_DIR: build-fuzz, configured
# with -DARTEXT_FUZZ=ON and clang-14; built here first, installing clang-14
# and libclang-rt-14-dev, if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?target: extract, charset_decode, date_parse, byline_parse, jsonld_parse, jsonl or warc}
seconds=${2:?seconds}
build=${3:-build-fuzz}
bin="$build/${target}_fuzz"
if [ ! -x "$bin" ]; then
  source scripts/deps.sh
  artext_install_deps "${ARTEXT_FUZZ_PACKAGES[@]}"
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DARTEXT_FUZZ=ON -DARTEXT_BUILD_TESTS=OFF >/dev/null
  nice -n 10 cmake --build "$build" -j2 --target "${target}_fuzz"
fi

work="$build/fuzz-work/$target"
mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts"

# String literals that open a test-case row, e.g. {"By John Smith", {...}}.
test_strings() {
  grep -o '^ *{"[^"]*"' "$1" | sed 's/^ *{"//; s/"$//'
}

n=0
case "$target" in
  extract)
    cp samples/*.html "$work/seeds/" ;;
  charset_decode)
    # First byte selects the override/transport labels (see the target).
    for f in samples/*.html; do
      for b in '\x00' '\x21' '\x12' '\x90'; do
        { printf "$b"; cat "$f"; } > "$work/seeds/$(basename "$f").$n"
        n=$((n + 1))
      done
    done ;;
  date_parse)
    test_strings tests/metadata/parsers/date_parse_test.cc | while IFS= read -r s; do
      printf '%s' "$s" > "$work/seeds/d$((n++))"; done ;;
  byline_parse)
    test_strings tests/metadata/parsers/byline_parse_test.cc | while IFS= read -r s; do
      printf '%s' "$s" > "$work/seeds/b$((n++))"; done ;;
  jsonld_parse)
    # Every JSON-LD block of the samples, one seed each.
    SEEDS="$work/seeds" perl -0777 -ne '
      my $i = 0;
      (my $name = $ARGV) =~ s{.*/}{};
      while (m{<script[^>]*ld\+json[^>]*>(.*?)</script>}gis) {
        open(my $out, ">", "$ENV{SEEDS}/$name." . $i++) or die;
        print $out $1;
      }' samples/*.html ;;
  jsonl|warc)
    # The first byte picks the read sizes (see the target); the seeds are
    # the regression inputs.
    cp tests/regress/"$target"/* "$work/seeds/" ;;
  *) echo "fuzz/run.sh: unknown target $target" >&2; exit 2 ;;
esac

# -timeout: a unit slower than this is reported as a hang.
# -rss_limit_mb: the machine is shared; a unit above this is a memory bug.
# -max_len: big enough for real page fragments, small enough for fast units.
max_len=65536
case "$target" in date_parse|byline_parse) max_len=512 ;; esac
# -fork=1 -ignore_*: a finding is saved to artifacts/ and the run goes on, so
# one run collects every crasher instead of stopping at the first.
nice -n 10 "$bin" "$work/corpus" "$work/seeds" \
  -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
  -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
  -max_len="$max_len" -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" 2>&1 | tee "$work/log.txt"

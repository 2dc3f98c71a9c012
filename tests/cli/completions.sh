#!/usr/bin/env bash
# The bash and zsh completions (completions/) know every option that
# `artext --help` lists, the bash one sources cleanly and completes -f.
#
# Usage: bash completions.sh ARTEXT_BINARY SOURCE_DIR
set -u
source "$(dirname "$0")/../testing/cli.sh" "$@"

options=$("$ARTEXT" --help | grep -oE -- '--[a-z][a-z0-9-]+' | sort -u)
[ -n "$options" ] || fail "no options found in --help"
for f in completions/artext.bash completions/_artext; do
  missing=""
  for o in $options; do
    grep -q -- "$o" "$SRC/$f" || missing="$missing $o"
  done
  [ -z "$missing" ] && ok "$f lists every --help option" \
    || fail "$f lacks:$missing"
done

out=$(bash -c '
  set -eu
  complete() { builtin complete "$@"; }
  source "$1"
  COMP_WORDS=(artext -f m); COMP_CWORD=2
  _artext
  echo "${COMPREPLY[*]}"
  COMP_WORDS=(artext --input-f); COMP_CWORD=1
  _artext
  echo "${COMPREPLY[*]}"' _ "$SRC/completions/artext.bash" 2>&1)
[ "$out" = "markdown
--input-format" ] && ok "bash completion sources cleanly and completes" \
  || fail "bash completion: $out"
if command -v zsh > /dev/null; then
  zsh -n "$SRC/completions/_artext" && ok "zsh completion parses" \
    || fail "zsh -n completions/_artext"
fi
finish

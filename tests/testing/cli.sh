# Shared by the CLI shell tests (tests/cli/*.sh): their two arguments, a
# scratch folder removed on exit, and the ok/fail counters with the closing
# verdict. A test starts with
#   source "$(dirname "$0")/../testing/cli.sh" "$@"
# and ends with `finish`. (Kept out of tests/cli/ because CMake runs every
# *.sh there as a test.)
ARTEXT=$1
SRC=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }
finish() {
  if [ "$fails" -ne 0 ]; then echo "$fails failures"; exit 1; fi
  echo "all passed"
}

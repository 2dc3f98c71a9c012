#!/usr/bin/env bash
# Programs built against an installed artext: `cmake --install` into a
# scratch prefix, then tests/install/consumer/main.cc built twice, with
# `pkg-config --cflags --libs artext` and with find_package(artext), and run
# on the reference sample; each must print its headline.
#
# Usage: bash consumers.sh BUILD_DIR SOURCE_DIR [plain|sanitize|fuzz]
# A sanitized libartext.so (CI's build) needs the sanitizer runtime in the
# program, so there the consumers are built with -fsanitize as well. Exit 77
# (skipped) for a fuzzing build, whose library is clang's.
set -u
BUILD=$1
SRC=$2
MODE=${3:-plain}
if [ "$MODE" = "fuzz" ]; then
  echo "skipped: fuzzing build (its libartext.so is instrumented by clang)"
  exit 77
fi
SAN=""
[ "$MODE" = "sanitize" ] && SAN="-fsanitize=address,undefined"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }

PREFIX=$TMP/prefix
cmake --install "$BUILD" --prefix "$PREFIX" > "$TMP/install.log" 2>&1 \
  || { cat "$TMP/install.log"; echo "FAIL: cmake --install"; exit 1; }
page=$SRC/samples/reference-joongang.html
want="China may have repatriated hundreds to North Korea"

# 1. pkg-config.
pc=$(find "$PREFIX" -name artext.pc)
export PKG_CONFIG_PATH=$(dirname "$pc")
flags=$(pkg-config --cflags --libs artext) || fail "pkg-config artext"
libdir=$(pkg-config --variable=libdir artext)
echo "pkg-config --cflags --libs artext: $flags"
if ${CXX:-c++} $SAN -o "$TMP/by-pkg-config" "$SRC/tests/install/consumer/main.cc" \
     $flags -Wl,-rpath,"$libdir"; then
  out=$("$TMP/by-pkg-config" "$page")
  echo "by-pkg-config: $out"
  [[ "$out" == *": $want" ]] && ok "pkg-config build prints the headline" \
    || fail "pkg-config build printed: $out"
  # gumbo and uchardet are the library's business, not the program's.
  needed=$(readelf -d "$TMP/by-pkg-config" | grep NEEDED)
  [[ "$needed" == *libartext.so.* && "$needed" != *gumbo* && "$needed" != *uchardet* ]] \
    && ok "the program needs libartext only: $(echo "$needed" | grep -o 'libartext[^]]*')" \
    || fail "NEEDED: $needed"
else
  fail "pkg-config build did not compile"
fi

# 2. find_package(artext).
if cmake -S "$SRC/tests/install/consumer" -B "$TMP/cmake-build" \
     -DCMAKE_PREFIX_PATH="$PREFIX" -DCMAKE_BUILD_TYPE=Release \
     -DCMAKE_CXX_FLAGS="$SAN" -DCMAKE_EXE_LINKER_FLAGS="$SAN" \
     > "$TMP/cmake.log" 2>&1 &&
   cmake --build "$TMP/cmake-build" >> "$TMP/cmake.log" 2>&1; then
  out=$("$TMP/cmake-build/consumer" "$page")
  echo "by-find_package: $out"
  [[ "$out" == *": $want" ]] && ok "find_package build prints the headline" \
    || fail "find_package build printed: $out"
else
  cat "$TMP/cmake.log"
  fail "find_package build failed"
fi

[ $fails -eq 0 ] || { echo "$fails failed"; exit 1; }
echo "all passed"

#!/usr/bin/env bash
# Installs the Debian packages artext needs, only those that are missing.
# Sourced by scripts/setup and scripts/test; safe to run again.
set -euo pipefail

ARTEXT_PACKAGES=(g++ cmake make pkg-config libgumbo-dev libcli11-dev
  nlohmann-json3-dev libgtest-dev libuchardet-dev zlib1g-dev
  libbrotli-dev libzstd-dev python3-jsonschema cmark-gfm help2man
  pybind11-dev python3-dev python3-pytest)

# Optional, for fuzzing only (fuzz/run.sh installs them; the build and the
# tests never need them): clang with libFuzzer and the sanitizer runtimes.
ARTEXT_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

# Installs ARTEXT_PACKAGES plus any packages given as arguments.
artext_install_deps() {
  local missing=()
  for p in "${ARTEXT_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "artext: installing missing Debian packages: ${missing[*]}" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "artext: not root and no sudo; install these first:" >&2
      echo "  apt-get install ${missing[*]}" >&2
      return 1
    fi
  fi
  if ! $sudo apt-get update -qq || \
     ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2; then
    echo "artext: apt-get could not install: ${missing[*]}" >&2
    return 1
  fi
}

#!/usr/bin/env bash
# The golden gate as a user runs it: every fixture in samples/ must pass.
# Usage: bash check_samples.sh ARTEXT_BINARY SOURCE_DIR
exec "$1" check "$2/samples"

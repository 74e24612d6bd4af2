#!/usr/bin/env bash
# Builds Trove and runs the whole test suite (unit, integration, UI offscreen, formatting).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cd build
ctest --output-on-failure --timeout 900 -j"${TROVE_TEST_JOBS:-2}" "$@"

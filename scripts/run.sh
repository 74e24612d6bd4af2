#!/usr/bin/env bash
# Opens Trove. With no argument: the built-in synthetic demo archive. With archives (CSV files, zips or
# folders): imports them into the default cache and opens it. Sets everything up on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Without a display (a server, CI), run under a virtual X server so the window still opens.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/bin/trove "$@"
fi
exec build/bin/trove "$@"

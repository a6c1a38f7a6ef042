#!/usr/bin/env bash
# Create .venv and install xlate into it. `scripts/setup.sh test` adds the test tools.
# argostranslate is installed without its dependencies: xlate uses only its
# package manager, and its declared dependencies (stanza, spacy) pull in torch.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
extra=""
[ "${1:-}" = "test" ] && extra="[test]"
.venv/bin/python -m pip install -q -e ".${extra}"
.venv/bin/python -m pip install -q --no-deps "argostranslate==1.11.0"

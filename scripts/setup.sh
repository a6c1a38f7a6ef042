#!/usr/bin/env bash
# Create .venv and install xlate into it. `scripts/setup.sh test` adds the test tools.
# argostranslate is installed without its dependencies: xlate uses only its
# package manager, and its declared dependencies (stanza, spacy) pull in torch.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf 'setup: %s\n' "$*"; }
extra=""
[ "${1:-}" = "test" ] && extra="[test]"
step "creating .venv with $(python3 --version)"
python3 -m venv .venv
step "upgrading pip in .venv"
.venv/bin/python -m pip install -q --upgrade pip
step "installing xlate${extra} and its dependencies (about a minute)"
.venv/bin/python -m pip install -q -e ".${extra}"
step "installing argostranslate (package manager only, without torch)"
.venv/bin/python -m pip install -q --no-deps "argostranslate==1.11.0"
step "done: run .venv/bin/xlate --help (or: source .venv/bin/activate)"

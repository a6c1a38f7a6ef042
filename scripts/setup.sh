#!/usr/bin/env bash
# Create .venv and install xlate into it. `scripts/setup.sh test` adds the test tools.
# argostranslate is installed without its dependencies: xlate uses only its
# package manager, and its declared dependencies (stanza, spacy) pull in torch.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf 'setup: %s\n' "$*"; }
stop() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }
extra=""
[ "${1:-}" = "test" ] && extra="[test]"
command -v python3 >/dev/null || stop "python3 not found; install Python 3.11 or newer"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || stop "$(python3 --version) is too old; xlate needs Python 3.11 or newer"
step "creating .venv with $(python3 --version)"
python3 -m venv .venv || stop "python3 cannot create a venv; on Debian or Ubuntu run" \
    "sudo apt install python3-venv, then run this script again"
step "upgrading pip in .venv"
.venv/bin/python -m pip install -q --upgrade pip
step "installing xlate${extra} and its dependencies (about a minute)"
.venv/bin/python -m pip install -q -e ".${extra}"
step "installing argostranslate (package manager only, without torch)"
.venv/bin/python -m pip install -q --no-deps "argostranslate==1.11.0"
step "done: run .venv/bin/xlate --help (or: source .venv/bin/activate)"

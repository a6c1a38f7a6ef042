#!/usr/bin/env bash
# Create .venv and install xlate into it. `scripts/setup.sh test` adds the test tools and,
# when missing, Debian's chromium + chromium-driver for the browser tests (as root only;
# otherwise it says how to get them and those tests skip, except under CI).
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
if [ "${1:-}" = "test" ] && ! { command -v chromium && command -v chromedriver; } >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        step "installing chromium, chromium-driver and fonts-noto-core (Urdu) for the browser tests"
        # APT::Sandbox::User=root: apt's _apt user cannot always write where apt wants here
        apt=(apt-get -qq -o APT::Sandbox::User=root -o Dpkg::Use-Pty=0)
        "${apt[@]}" update >/dev/null
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y --no-install-recommends \
            chromium chromium-driver fonts-noto-core fontconfig >/dev/null
    else
        step "browser tests need chromium and chromium-driver: sudo apt-get install chromium chromium-driver"
    fi
fi
step "done: run .venv/bin/xlate --help (or: source .venv/bin/activate)"

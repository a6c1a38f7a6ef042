"""Run the README's "Your first comparison" lines on a fresh clone, as a new user would.

    python tests/walkthrough.py            # full: the README's own `bash scripts/setup.sh`
    python tests/walkthrough.py --fast     # reuse this checkout's .venv packages (offline)

The repository (its committed HEAD) is cloned with `git clone` into a temp folder named
`xlate`; the README's shell block is fed line by line to one new `bash` started in the
parent folder, with a clean environment (PATH without any venv, HOME in the temp folder)
and `BROWSER` set to a recorder, so the last line "opens" the report without a browser.
Every line must exit 0 and print no warning or traceback, and the clone must be left
clean for git (outputs go to ignored folders); pip's `Location ... is ignored` lines come
from the machine's pip configuration and are counted apart.

`--fast` replaces the set-up line by a venv whose `.pth` puts the clone first and this
checkout's `.venv` site-packages after it (no download, a few seconds): the clone's
code runs, with the same dependencies. The full mode needs the package indexes pip is
configured with. Exit 0 when the walk-through worked; the report is printed either way.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import sysconfig
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SETUP_LINE = "bash scripts/setup.sh"
MACHINE_PIP = re.compile(
    r"^WARNING: Location '.*' is ignored: it is neither a file nor a directory\.$"
)
TROUBLE = re.compile(r"Traceback \(most recent call last\)|^xlate: |warning:|deprecat", re.I)


@dataclass
class Result:
    """What the walk-through did: the lines run, their output, and what went wrong."""

    lines: list[str]
    output: str
    problems: list[str] = field(default_factory=list)
    machine_warnings: int = 0
    opened: str = ""


def readme_lines(readme: Path) -> list[str]:
    """The shell lines of the README's first-comparison block, continuations joined."""
    text = readme.read_text(encoding="utf-8")
    section = text.split("## Your first comparison", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    return block.replace("\\\n", " ").splitlines()


def _fast_setup(clone: Path) -> str:
    """Shell lines that stand in for `setup.sh`: a venv reusing this checkout's packages."""
    site = Path(sysconfig.get_paths()["purelib"])
    script = (
        "#!/bin/sh\n"
        f'exec "{clone}/.venv/bin/python" -c "import sys; from xlate.cli import main; '
        'sys.argv[0] = \'xlate\'; main()" "$@"\n'
    )
    return "\n".join(
        [
            f"{shlex.quote(sys.executable)} -m venv --without-pip .venv",
            "PURELIB='import sysconfig; print(sysconfig.get_paths()[\"purelib\"])'",
            f"printf '%s\\n%s\\n' {shlex.quote(str(clone))} {shlex.quote(str(site))} "
            '> "$(.venv/bin/python -c "$PURELIB")/walkthrough.pth"',
            f"printf %s {shlex.quote(script)} > .venv/bin/xlate",
            "chmod +x .venv/bin/xlate",
        ]
    )


def run(*, fast: bool, keep: Path | None = None) -> Result:
    """Clone, run every README line in one new shell, and check what it printed."""
    base = Path(keep or tempfile.mkdtemp(prefix="xlate-walkthrough-"))
    clone = base / "xlate"
    subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], check=True)
    lines = readme_lines(clone / "README.md")
    opened = base / "opened.txt"
    recorder = base / "browser.sh"
    recorder.write_text(f'#!/bin/sh\nprintf "%s\\n" "$1" > {shlex.quote(str(opened))}\n')
    recorder.chmod(0o755)
    script = []
    for n, line in enumerate(lines, 1):
        command = _fast_setup(clone) if fast and line.strip() == SETUP_LINE else line
        failed = shlex.quote(f"walkthrough: line {n} failed")
        script += [
            f"echo {shlex.quote('$ ' + line)}",
            f"{{ {command}\n}} || {{ echo {failed}; exit 1; }}",
        ]
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(base / "home"),
        "LANG": os.environ.get("LANG", "C.UTF-8"),
        "BROWSER": str(recorder),
        "COLUMNS": "80",
        "TERM": "dumb",
    }
    proc = subprocess.run(
        ["bash"],
        input="\n".join(script) + "\n",
        cwd=base,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    output = proc.stdout + proc.stderr
    result = Result(lines=lines, output=output)
    if proc.returncode != 0:
        result.problems.append(f"the shell exited {proc.returncode}")
    for text in proc.stderr.splitlines():
        if MACHINE_PIP.match(text):
            result.machine_warnings += 1
        elif text.strip():
            result.problems.append(f"stderr: {text}")
    result.problems += [f"stdout: {t}" for t in proc.stdout.splitlines() if TROUBLE.search(t)]
    status = subprocess.run(
        ["git", "-C", str(clone), "status", "--porcelain"], capture_output=True, text=True
    ).stdout
    if status.strip():  # outputs belong in git-ignored folders (reports/, .venv/)
        result.problems.append(f"the walk-through left files git sees: {status.split()}")
    if opened.exists():
        result.opened = opened.read_text().strip()
        report = Path(result.opened.removeprefix("file://"))
        if not report.is_file() or "<html" not in report.read_text(encoding="utf-8")[:500]:
            result.problems.append(f"the browser was given {result.opened}, not an HTML report")
    else:
        result.problems.append("the last line did not open the report in a browser")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fast", action="store_true", help="reuse this checkout's .venv")
    parser.add_argument("--keep", type=Path, help="work in this (new) folder and keep it")
    args = parser.parse_args()
    result = run(fast=args.fast, keep=args.keep)
    print(result.output, end="")
    print(f"walkthrough ({'fast' if args.fast else 'full'} set-up): {len(result.lines)} lines")
    print(f"  report opened: {result.opened or '-'}")
    print(f"  pip warnings from this machine's pip configuration: {result.machine_warnings}")
    for problem in result.problems:
        print(f"  PROBLEM {problem}")
    print("  OK" if not result.problems else f"  {len(result.problems)} problems")
    return 0 if not result.problems else 1


if __name__ == "__main__":
    sys.exit(main())

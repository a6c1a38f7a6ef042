"""`python -m xlate` runs the CLI."""

from xlate.cli import main

main()

"""CLI: xlate compare."""

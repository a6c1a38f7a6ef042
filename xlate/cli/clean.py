"""CLI: xlate clean."""

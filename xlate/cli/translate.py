"""CLI: xlate translate."""

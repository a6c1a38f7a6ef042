"""CLI: xlate models."""

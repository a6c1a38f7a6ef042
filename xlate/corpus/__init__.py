"""Corpus work: many articles at once (story families, corpus runs, wire-source tracing)."""

"""Matching: sentence alignment, fact extraction and checking, the pair comparison."""

"""Text preparation: load a capture, clean it, identify its language, split sentences."""

"""The hostile-input suite: every case the hardening issue lists, generated at test time."""

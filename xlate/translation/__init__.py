"""Translation: Argos packages run with CTranslate2 + SentencePiece, and their management."""

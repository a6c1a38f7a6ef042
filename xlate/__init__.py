"""xlate: trace what happens to a wire-service story when other outlets republish it.

The public API; the CLI uses only what is exported here. Names load lazily so that
`import xlate` (and `xlate --help`) stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "xlate.model",
    "Sentence": "xlate.model",
    "Meta": "xlate.model",
    "Document": "xlate.model",
    "Cleaned": "xlate.model",
    "Change": "xlate.model",
    "Fact": "xlate.model",
    "FactCheck": "xlate.model",
    "Link": "xlate.model",
    "Summary": "xlate.model",
    "Report": "xlate.model",
    "XlateError": "xlate.errors",
    "InputError": "xlate.errors",
    "load": "xlate.text.load",
    "clean": "xlate.text.clean",
    "segment": "xlate.text.segment",
    "split_sentences": "xlate.text.segment",
    "detect_language": "xlate.text.langid",
    "extract_facts": "xlate.matching.facts",
    "check_facts": "xlate.matching.facts",
    "align": "xlate.matching.align",
    "AlignOptions": "xlate.matching.align",
    "VerdictThresholds": "xlate.matching.compare",
    "clean_file": "xlate.api",
    "read_translation": "xlate.api",
    "Translation": "xlate.translation.translate",
    "write_translation": "xlate.translation.translate",
    "compare": "xlate.matching.compare",
    "read_article": "xlate.api",
    "write_reports": "xlate.reports",
    "Family": "xlate.corpus.family",
    "build_family": "xlate.corpus.family",
    "write_family": "xlate.reports.family",
    "discover": "xlate.corpus.layout",
    "run_stories": "xlate.corpus.run",
    "Translator": "xlate.translation.translate",
    "ArgosTranslator": "xlate.translation.translate",
    "FileTranslator": "xlate.translation.translate",
    "translate_article": "xlate.translation.translate",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'xlate' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = sorted(_EXPORTS) + ["__version__"]

"""Fact extraction and comparison ("fact drift") for English, Chinese, Russian and Urdu.

One module per dimension, Duckling-style, each with its per-language tables in
`tables/<lang>/<dimension>.json`: `numbers` (numbers, percentages, money), `ordinals`,
`dates` (dates, relative time), `clock` (clock times), `entities` (places and names),
`attribution` (speakers and reporting verbs), `portfolios` (ministries); `extract` runs
them all over a text, `check` pairs the facts of a link and `severity` tells drift from
style.

`extract_facts` finds numbers, percentages, money, ordinals, dates, places, names and
attribution verbs in one language and gives each a language-independent `value`, so that
`check_facts` can tell which facts of an original survived in a republication (even a
translated one), which changed, which were dropped and which were introduced.

Value formats (`Fact.value`):

- number: `[approx]N[ unit]`, e.g. `15`, `>20`, `~20`, `15 year`, `2.448e11`
  (N is plain below a million, else `<mantissa>e<exponent>`; approx is `>`, `>=`, `<`,
  `<=` or `~`; units: year month week day hour minute person country km kg t m km/h mph)
- percent: `[approx]N%`, or `Npp` for percentage points
- money: `[approx]N CUR` with CUR in USD CNY RUB RUPEE EUR GBP JPY HKD
- ordinal: `80th`, `1st`, `22nd`
- date: ISO with missing parts left out: `2025-09-02`, `--09-02`, `2025-09`, `--09`, `2025`
- time (relative): `weekday:1`..`weekday:7`, `day:-1`/`day:0`/`day:+1`, `week:0`,
  `month:-1`, `year:+1`, `day:after`, `day:before`
- place: `place:<key>` (gazetteer key such as `place:beijing`, else the lowercased name)
- name: `name:<key>` (dictionary key such as `name:xi jinping`, else the lowercased name)
  or `name:portfolio:<subject words>` for a ministry, minister or department (English:
  `Minister of Commerce and Industry` is `name:portfolio:commerce industry`)
- speaker: `speaker:<name or place key>`, `speaker:pronoun[:<m|f|pl|...>]`, `speaker:role`
  (police, the ministry), `speaker:role:person` (officials, the minister) or
  `speaker:role:media` (state media, the news agency)
- attribution: `attr:<class>` with class say, stress, announce, claim, insist, admit,
  accuse, deny, condemn, urge, warn or pledge (claim, insist, admit and accuse are loaded)

The same fact gives the same value in every language: `244.8 billion U.S. dollars`,
`2448亿美元`, `244,8 млрд долларов США` and `۲۴۴٫۸ ارب امریکی ڈالر` are all `2.448e11 USD`.
Places and names come from `xlate/data/places.tsv` and `names.tsv`.
"""

from __future__ import annotations

from xlate.matching.facts.check import check_facts
from xlate.matching.facts.extract import extract_facts
from xlate.matching.facts.severity import severity
from xlate.model import FactCheck

__all__ = ["check_facts", "check_texts", "extract_facts", "severity"]


def check_texts(
    original: str, republication: str, *, original_lang: str, republication_lang: str
) -> list[FactCheck]:
    """`check_facts` on the facts extracted from two texts."""
    return check_facts(
        extract_facts(original, original_lang),
        extract_facts(republication, republication_lang),
        original_lang=original_lang,
        republication_lang=republication_lang,
        original_text=original,
        republication_text=republication,
        translated=original_lang.split("-")[0] != republication_lang.split("-")[0],
    )

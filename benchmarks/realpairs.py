"""Fact drift, verdicts and `--fail-on drift` of `xlate compare` on real wire/republication pairs.

Data: `benchmarks/realpairs/NN-name/{original.txt, republication.txt, gold.json}` (sources
and licences in `benchmarks/realpairs/SOURCE.md`). Each pair is read with
`xlate.api.read_article`, compared with `xlate.matching.compare.compare`, and scored from
the report's JSON (`xlate.reports.json.to_dict`) against a gold written by reading the
two texts. Run from the repository: `python benchmarks/realpairs.py [-v | --totals] [PAIR ...]`.

Gold (`xlate.realpair-gold/1`): `verdict`, `fail_on_drift`, `sentence_changes` (label and
text snippets), `fact_changes` (kind, original, republication, status, context) and
`not_changes` (same-meaning pairs a tool might flag). Snippets, not sentence ids, so the
gold survives segmentation changes. Headlines are not listed as sentence changes (xlate
may read one as metadata). `fact_changes` hold only meaning changes inside sentences the
republication kept, so `fail_on_drift` is true exactly when there is one. Before scoring,
every gold string is looked up in its text file (a context in either), and a string that
is not there stops the run: a typo in the gold must not pass as a miss of xlate.

Matching rules:

- Text is compared normalised: case-folded, every run of characters other than letters
  and digits turned into one space. "A contains B" means B's normalised words occur as
  consecutive whole words of A (so "2" is not found in "May 21"); in Chinese or Japanese
  text, which has no word boundaries, any substring counts.
- A predicted change is a fact check whose status is not `kept`, in a link with sentences on
  both sides. It is drift when its `severity` is `drift`, or when it has no `severity`
  (schema `xlate.compare/1`, where every change counts); other severities (`style`) are
  counted apart and never scored as drift.
- A prediction matches a gold fact change when (1) their kinds are compatible: they share
  one of the groups numbers {number, percent, money, ordinal}, time {date, time,
  relative_time, dateline}, places {place, dateline}, people {name, speaker,
  attribution}, or are equal, or one is a bare `number` and the other in the time
  group; (2) on each side where the gold gives a string, the prediction gives one too
  and either contains the other; (3) the link's original or republication text contains
  the gold `context`. The status is not compared, and a change may be reported in two
  halves: a dropped fact whose original matches and/or an introduced fact whose
  republication matches both count for the gold change. Matching is greedy in report
  order; any further report of an already-found change is a false positive.
- Precision = matched drift predictions / drift predictions; recall = found gold fact
  changes / gold fact changes, pooled over all pairs.
- A false alarm on a not-change: a drift prediction that matches no gold fact change but
  reports a `not_changes` entry: compatible kinds, and on every side where both give a
  string (at least one side) either contains the other; no context.
- A gold sentence change is found when a link has the same label (`edited` and
  `rewritten` count as one) and its original text contains the gold `original` snippet and
  its republication text the gold `republication` snippet (a null snippet asks for no
  sentence on that side).
- `--fail-on drift` is predicted with the function the CLI uses
  (`xlate.matching.compare.drift`): it fires when that returns anything.
- A pair xlate fails on (any exception while reading or comparing) is shown as `error`
  with the exception, and counts as wrong on every item of its gold.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PAIRS = HERE / "realpairs"
SCHEMA = "xlate.realpair-gold/1"
VERDICTS = ("wholly", "partially", "non")
KIND_GROUPS = (
    {"number", "percent", "money", "ordinal"},
    {"date", "time", "relative_time", "dateline"},
    {"place", "dateline"},
    {"name", "speaker", "attribution"},
)
LABEL_CLASS = {"edited": "edited", "rewritten": "edited"}
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def norm(text: str | None) -> str:
    """Case-folded words and digits joined by single spaces ('' for None)."""
    return re.sub(r"[\W_]+", " ", (text or "").casefold()).strip()


def contains(haystack: str | None, needle: str | None) -> bool:
    """Whether needle's normalised words occur, whole and in order, inside haystack's.

    Text with CJK characters has no word boundaries: there any substring counts, and a
    figure or Latin word in it ('27.78%' in '达到27.78%') is whole where the CJK ends.
    Spaces a capture lost or `clean` put back do not count (`_respaced`)."""
    n = norm(needle)
    if not n:
        return False
    if CJK.search(n):
        return n.replace(" ", "") in norm(haystack).replace(" ", "")
    hay = _CJK_EDGE.sub(" ", norm(haystack))
    return f" {n} " in f" {hay} " or _respaced(hay.split(), n.replace(" ", ""))


def _respaced(words: list[str], joined: str) -> bool:
    """Whether consecutive `words` spell `joined` once their spaces are gone: a needle
    the capture glued ('billionaireShinawatra') that `clean` split again, or the reverse."""
    for i in range(len(words)):
        spelt = ""
        for word in words[i:]:
            spelt += word
            if not joined.startswith(spelt):
                break
            if spelt == joined:
                return True
    return False


# Where CJK characters meet other letters or digits: a word boundary.
_CJK_EDGE = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])(?=[^\s\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])"
    r"|(?<=[^\s\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])(?=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])"
)


def overlaps(a: str | None, b: str | None) -> bool:
    return contains(a, b) or contains(b, a)


def kinds_compatible(a: str, b: str) -> bool:
    """Same kind, a shared group, or a bare number against a date or time (a tool may
    report the day of 'Aug 21' or the '1344' of '1344 GMT' as a number)."""
    if a == b or any(a in group and b in group for group in KIND_GROUPS):
        return True
    return "number" in (a, b) and bool({a, b} & KIND_GROUPS[1])


@dataclass
class Prediction:
    """A non-kept fact check of a two-sided link, with the link's texts."""

    kind: str
    original: str | None
    republication: str | None
    status: str
    severity: str | None
    o_text: str
    r_text: str

    @property
    def is_drift(self) -> bool:
        return self.severity in (None, "drift")

    def matches(self, gold: dict[str, Any], *, sides: tuple[str, ...]) -> bool:
        """Whether this finds a gold fact change: compatible kind, the gold context in the
        link, and on each of `sides` where the gold gives a string, an overlapping one."""
        if not kinds_compatible(self.kind, gold["kind"]):
            return False
        for side in sides:
            if gold.get(side) and not overlaps(getattr(self, side), gold[side]):
                return False
        context = gold.get("context")
        return contains(self.o_text, context) or contains(self.r_text, context)

    def flags(self, same: dict[str, Any]) -> bool:
        """Whether this reports a gold not-change: kind, and the strings on the sides
        where both give one overlap (at least one such side)."""
        if not kinds_compatible(self.kind, same["kind"]):
            return False
        pairs = [(getattr(self, side), same.get(side)) for side in ("original", "republication")]
        both = [(a, b) for a, b in pairs if a and b]
        return bool(both) and all(overlaps(a, b) for a, b in both)

    def __str__(self) -> str:
        sev = f" [{self.severity}]" if self.severity else ""
        return f"{self.kind} {self.status}{sev}: {self.original!r} -> {self.republication!r}"


@dataclass
class PairScore:
    name: str
    gold_verdict: str
    verdict: str
    gold_fail: bool
    fail: bool | None
    gold_facts: int = 0
    found: int = 0
    drift: int = 0
    true_drift: int = 0
    style: int = 0
    not_changes: int = 0
    alarms: int = 0
    sentences: int = 0
    sentences_found: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)


def load_gold(path: Path) -> dict[str, Any]:
    """The pair's gold.json, checked for the fields the scorer reads."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"{path}: cannot read gold ({exc})") from None
    if gold.get("schema") != SCHEMA or gold.get("verdict") not in VERDICTS:
        raise SystemExit(f"{path}: not a {SCHEMA} gold with a verdict in {VERDICTS}")
    for key in ("sentence_changes", "fact_changes", "not_changes"):
        if not isinstance(gold.get(key), list):
            raise SystemExit(f"{path}: '{key}' must be a list")
    if bool(gold.get("fail_on_drift")) != bool(gold["fact_changes"]):
        raise SystemExit(f"{path}: fail_on_drift must be true exactly when fact_changes exist")
    return gold


def check_snippets(folder: Path, gold: dict[str, Any]) -> None:
    """Every gold string must occur in its text (original or republication file, or
    either for a context), so that a typo in the gold cannot pass as a miss of xlate."""
    texts = {
        side: (folder / f"{side}.txt").read_text(encoding="utf-8")
        for side in ("original", "republication")
    }
    for key in ("sentence_changes", "fact_changes", "not_changes"):
        for entry in gold[key]:
            for side, text in texts.items():
                if entry.get(side) and not contains(text, entry[side]):
                    raise SystemExit(
                        f"{folder / 'gold.json'}: {key} {side} {entry[side]!r} is not in {side}.txt"
                    )
            context = entry.get("context")
            if context and not any(contains(text, context) for text in texts.values()):
                raise SystemExit(f"{folder / 'gold.json'}: context {context!r} is in neither text")


def link_texts(data: dict[str, Any], link: dict[str, Any]) -> tuple[str, str]:
    def side(name: str) -> str:
        sentences = data[name]["sentences"]
        return " ".join(sentences[i]["text"] for i in link[name])

    return side("original"), side("republication")


def predictions(data: dict[str, Any]) -> list[Prediction]:
    """Every non-kept fact check of a link with sentences on both sides, in report order."""
    found = []
    for link in data["links"]:
        if not (link["original"] and link["republication"]):
            continue
        o_text, r_text = link_texts(data, link)
        for fact in link["facts"]:
            if fact["status"] != "kept":
                found.append(
                    Prediction(
                        kind=fact["kind"],
                        original=fact.get("original"),
                        republication=fact.get("republication"),
                        status=fact["status"],
                        severity=fact.get("severity"),
                        o_text=o_text,
                        r_text=r_text,
                    )
                )
    return found


def find_change(fact: dict[str, Any], candidates: list[Prediction]) -> list[Prediction]:
    """The predictions that report one gold fact change: the first matching on both sides,
    else a dropped one matching its original and/or an introduced one matching its
    republication (a change reported in two halves)."""
    both = ("original", "republication")
    whole = next((p for p in candidates if p.matches(fact, sides=both)), None)
    if whole is not None:
        return [whole]
    halves = []
    for side, other in (("original", "republication"), ("republication", "original")):
        half = next(
            (
                p
                for p in candidates
                if getattr(p, other) is None
                and getattr(p, side) is not None
                and p.matches(fact, sides=(side,))
            ),
            None,
        )
        if half is not None:
            halves.append(half)
    return halves


def sentence_found(data: dict[str, Any], change: dict[str, Any]) -> bool:
    label = LABEL_CLASS.get(change["label"], change["label"])
    for link in data["links"]:
        if LABEL_CLASS.get(link["label"], link["label"]) != label:
            continue
        o_text, r_text = link_texts(data, link)
        sides = (
            (change.get("original"), o_text, link["original"]),
            (change.get("republication"), r_text, link["republication"]),
        )
        if all(contains(text, snip) if snip else not ids for snip, text, ids in sides):
            return True
    return False


def score_pair(folder: Path, *, verbose: bool) -> tuple[PairScore, str]:
    """Compare one pair and score it; returns the score and the report's JSON schema."""
    from xlate.api import read_article
    from xlate.matching.compare import compare, drift
    from xlate.reports.json import to_dict

    gold = load_gold(folder / "gold.json")
    check_snippets(folder, gold)
    try:
        original = read_article(folder / "original.txt", lang=gold.get("original_lang"))
        republication = read_article(
            folder / "republication.txt", lang=gold.get("republication_lang")
        )
        report = compare(original, republication)
        data = to_dict(report)
    except Exception as exc:  # a pair xlate cannot compare counts as wrong on every item
        failed = PairScore(
            name=folder.name,
            gold_verdict=gold["verdict"],
            verdict="error",
            gold_fail=bool(gold["fail_on_drift"]),
            fail=None,
            gold_facts=len(gold["fact_changes"]),
            not_changes=len(gold["not_changes"]),
            sentences=len(gold["sentence_changes"]),
        )
        failed.kinds.update(f"gold {fact['kind']}" for fact in gold["fact_changes"])
        failed.notes.append(f"xlate failed: {type(exc).__name__}: {exc}")
        return failed, "none"
    score = PairScore(
        name=folder.name,
        gold_verdict=gold["verdict"],
        verdict=report.summary.verdict,
        gold_fail=bool(gold["fail_on_drift"]),
        fail=bool(drift(report)),
    )
    preds = predictions(data)
    drifts = [p for p in preds if p.is_drift]
    score.style = len(preds) - len(drifts)
    score.drift = len(drifts)
    unmatched = list(drifts)
    for fact in gold["fact_changes"]:
        hits = find_change(fact, unmatched)
        for hit in hits:
            unmatched.remove(hit)
            score.kinds[f"true {hit.kind}"] += 1
        score.found += bool(hits)
        score.kinds[f"gold {fact['kind']}"] += 1
        score.kinds[f"found {fact['kind']}"] += bool(hits)
        if verbose and not hits:
            score.notes.append(
                f"missed {fact['kind']} {fact['status']}: "
                f"{fact.get('original')!r} -> {fact.get('republication')!r}"
            )
    score.gold_facts = len(gold["fact_changes"])
    score.true_drift = score.drift - len(unmatched)
    score.not_changes = len(gold["not_changes"])
    score.kinds.update(f"drift {p.kind}" for p in drifts)
    for pred in unmatched:
        alarm = any(pred.flags(nc) for nc in gold["not_changes"])
        score.alarms += alarm
        if verbose:
            score.notes.append(
                ("false alarm (not-change) " if alarm else "false drift ") + str(pred)
            )
    for change in gold["sentence_changes"]:
        score.sentences += 1
        if sentence_found(data, change):
            score.sentences_found += 1
        elif verbose:
            score.notes.append(
                f"sentence change not found: {change['label']} "
                f"{change.get('original')!r} / {change.get('republication')!r}"
            )
    return score, str(data.get("schema"))


def ratio(num: int, den: int) -> str:
    return f"{num / den:.2f}" if den else "–"


def print_table(scores: list[PairScore]) -> None:
    head = (
        "pair",
        "verdict gold/xlate",
        "fail gold/xlate",
        "facts found",
        "drift true/all",
        "style",
        "alarms",
        "sentences found",
    )
    print("| " + " | ".join(head) + " |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for s in scores:
        v_mark = "" if s.verdict == s.gold_verdict else " ✗"
        f_mark = "" if s.fail == s.gold_fail else " ✗"
        print(
            f"| {s.name} | {s.gold_verdict}/{s.verdict}{v_mark} | "
            f"{int(s.gold_fail)}/{'?' if s.fail is None else int(s.fail)}{f_mark} | "
            f"{s.found}/{s.gold_facts} | "
            f"{s.true_drift}/{s.drift} | {s.style} | {s.alarms} | "
            f"{s.sentences_found}/{s.sentences} |"
        )


def print_totals(scores: list[PairScore]) -> None:
    total = Counter[str]()
    for s in scores:
        total.update(
            gold=s.gold_facts,
            found=s.found,
            drift=s.drift,
            true=s.true_drift,
            style=s.style,
            alarms=s.alarms,
            nc=s.not_changes,
            sent=s.sentences,
            sent_found=s.sentences_found,
        )
    n = len(scores)
    verdict_ok = sum(s.verdict == s.gold_verdict for s in scores)
    fail_ok = sum(s.fail == s.gold_fail for s in scores)
    false_fire = sum(bool(s.fail) and not s.gold_fail for s in scores)
    missed_fire = sum(s.gold_fail and not s.fail for s in scores)
    print("\n| total | value |\n|---|---:|")
    rows = (
        ("pairs", f"{n} ({sum(s.verdict == 'error' for s in scores)} xlate could not compare)"),
        (
            "fact precision (drift predictions)",
            f"{ratio(total['true'], total['drift'])} ({total['true']}/{total['drift']})",
        ),
        (
            "fact recall",
            f"{ratio(total['found'], total['gold'])} ({total['found']}/{total['gold']})",
        ),
        ("false alarms on not-changes", f"{total['alarms']} (of {total['nc']} not-changes)"),
        ("style-severity changes (not scored)", str(total["style"])),
        (
            "sentence-change recall",
            f"{ratio(total['sent_found'], total['sent'])} ({total['sent_found']}/{total['sent']})",
        ),
        ("verdict accuracy", f"{ratio(verdict_ok, n)} ({verdict_ok}/{n})"),
        (
            "--fail-on drift right",
            f"{ratio(fail_ok, n)} ({fail_ok}/{n}; {false_fire} false fire, {missed_fire} missed)",
        ),
    )
    for name, value in rows:
        print(f"| {name} | {value} |")
    print_kinds(scores)
    print("\nverdict confusion (rows gold, columns xlate):")
    print("| gold \\ xlate | " + " | ".join(VERDICTS) + " |\n|---|---:|---:|---:|")
    for g in VERDICTS:
        cells = [sum(s.gold_verdict == g and s.verdict == p for s in scores) for p in VERDICTS]
        print(f"| {g} | " + " | ".join(map(str, cells)) + " |")


def print_kinds(scores: list[PairScore]) -> None:
    """Gold fact changes found, and drift reports that are true, per fact kind."""
    kinds = Counter[str]()
    for s in scores:
        kinds.update(s.kinds)
    names = sorted({key.split(" ", 1)[1] for key in kinds})
    print("\n| kind | gold changes found | drift reports true |\n|---|---:|---:|")
    for kind in names:
        found = (
            f"{kinds['found ' + kind]}/{kinds['gold ' + kind]}" if kinds["gold " + kind] else "–"
        )
        true = (
            f"{kinds['true ' + kind]}/{kinds['drift ' + kind]}" if kinds["drift " + kind] else "–"
        )
        print(f"| {kind} | {found} | {true} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="*", help="pair folder names (default: all)")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list misses and false alarms under the table"
    )
    parser.add_argument(
        "--totals", action="store_true",
        help="totals only, no line per pair (for a held-out batch nobody should tune on)",
    )
    args = parser.parse_args(argv)
    if args.totals and args.verbose:
        parser.error("--totals and --verbose exclude each other")
    import xlate

    folders = sorted(p for p in PAIRS.iterdir() if (p / "gold.json").is_file())
    if args.pairs:
        folders = [f for f in folders if f.name in args.pairs]
        if not folders:
            print(f"no pair named {' '.join(args.pairs)} in {PAIRS}", file=sys.stderr)
            return 2
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"xlate {xlate.__version__} | Python {platform.python_version()} | "
        f"{platform.platform()} | load {load}"
    )
    scores, schemas = [], set()
    for folder in folders:
        score, schema = score_pair(folder, verbose=args.verbose)
        scores.append(score)
        if score.verdict != "error":
            schemas.add(schema)
    print(f"report schema: {', '.join(sorted(schemas))}; pairs from {PAIRS}\n")
    if not args.totals:
        print_table(scores)
    print_totals(scores)
    for s in [] if args.totals else scores:
        if s.notes and (args.verbose or s.verdict == "error"):
            print(f"\n{s.name}:")
            for note in s.notes:
                print(f"  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

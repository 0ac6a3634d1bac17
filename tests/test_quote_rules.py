"""Every rule of the quote registries decides its own examples: the rule fires on the example's
text, and :func:`helpers.quotes.quotes` gives the expected kind and speaker.

A rule is added with its examples (``Rule("name", fn, (Example(...), ...))`` in its registry);
this test then checks them, so a rule's examples are its tests.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from helpers.articles import parse_article
from helpers.quotes import RULES, Example, Rule, quotes
from helpers.quotes.rules import tracing


def _read(text: str) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """The quotes of a small article whose body is ``text``, and the rules that decided."""
    article = parse_article(f"Titel der Meldung\nStand: 01.12.2025\n{text}", source="rule.txt")
    with tracing() as fired, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = quotes(article)
    return found, list(fired)


def _cases() -> list[tuple[str, Rule, Example]]:
    return [(registry, rule, ex) for registry, rules in RULES.items() for rule in rules for ex in rule.examples]


def problems(registry: str, rule: Rule, example: Example) -> list[str]:
    """What is wrong with one example of a rule (empty if nothing)."""
    found, fired = _read(example.text)
    out = []
    if (registry, rule.name) not in fired:
        out.append(f"rule {registry}/{rule.name} did not decide; decided: {sorted(set(fired))}")
    rows = [r for r in found.itertuples()]
    if example.kind is None:
        if any(r.text == example.quote for r in rows):
            out.append(f"{example.quote!r} is a quote; expected a name, a title or a scare quote")
        return out
    chosen = [r for r in rows if r.kind == example.kind and (example.quote is None or example.quote in r.text)]
    if len(chosen) != 1:
        seen = [(r.text, r.kind, r.speaker) for r in rows]
        return [*out, f"expected one {example.kind} row with {example.quote!r}, found: {seen}"]
    row = chosen[0]
    speaker = row.speaker if isinstance(row.speaker, str) else None
    if speaker != example.speaker:
        out.append(f"speaker {speaker!r}, expected {example.speaker!r}")
    if example.actor is not None and row.actor != example.actor:
        out.append(f"actor {row.actor!r}, expected {example.actor!r}")
    return out


@pytest.mark.parametrize(
    ("registry", "rule", "example"),
    _cases(),
    ids=[f"{registry}-{rule.name}-{n}" for registry, rules in RULES.items() for rule in rules
         for n, _ in enumerate(rule.examples)],
)  # fmt: skip
def test_rule_decides_its_example(registry: str, rule: Rule, example: Example) -> None:
    assert problems(registry, rule, example) == []


def test_every_rule_has_a_docstring_and_a_unique_name() -> None:
    for registry, rules in RULES.items():
        names = [r.name for r in rules]
        assert len(names) == len(set(names)), registry
        for rule in rules:
            assert rule.doc, f"{registry}/{rule.name} has no docstring"


def test_a_place_is_no_text_that_carries_words() -> None:
    """ "Im Mittelpunkt stand die Frage: „…“": "stand" with a colon is no written cue unless its
    carrier can carry words (cue rule ``written_on``); an object on which words stand is one."""
    found, fired = _read("Im Mittelpunkt stand die Frage: „Wie geht es weiter?“")
    assert ("cue", "written_on") not in fired
    assert found.loc[0, "speaker"] != "Mittelpunkt"
    found, fired = _read("Auf einem Plakat stand: „Wie geht es weiter?“")
    assert ("cue", "written_on") in fired and found.loc[0, "speaker"] == "einem Plakat"

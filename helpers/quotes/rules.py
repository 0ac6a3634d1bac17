"""Rules as units: a named function, its German examples, and the ordered list that runs it.

Each decision of :mod:`helpers.quotes` that grew rule by rule (who speaks for a speech verb, what
a token cues, whether quoted words are a name, whose words a quote is, what a sentence reports) is
a registry: a tuple of :class:`Rule` run in order by :func:`first_decision`. A rule looks at one
situation and returns

- ``None``: it does not apply; the next rule is asked;
- :data:`STOP`: it applies and decides that there is nothing (no speaker, no cue, no quote);
- anything else: its decision, and no later rule is asked.

Adding a rule is adding a function with a docstring and one :class:`Rule` line with its
examples, at the place in the list where it must be asked. ``tests/test_quote_rules.py`` runs
every example through :func:`helpers.quotes.quotes` and checks that the rule decided it and that
the row is as expected, so a rule's examples are its tests.

>>> rules = (Rule("small", lambda n: "klein" if n < 3 else None), Rule("stop", lambda n: STOP))
>>> first_decision(rules, 2), first_decision(rules, 5) is STOP
('klein', True)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Final


class Stop:
    """The type of :data:`STOP`, the decision "nothing here" of a rule that applies."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "STOP"


#: A rule's answer "I apply, and there is nothing": no speaker, no cue, not a quote.
STOP: Final = Stop()


@dataclass(frozen=True, slots=True)
class Example:
    """A German text (the body of a small article) and what :func:`~helpers.quotes.quotes` finds in it.

    ``quote``: a piece of the quote's text that picks its row (default: the only row of ``kind``).
    ``kind``: direct, partial or indirect; ``None`` says that no row has exactly the text ``quote``
    (quoted words that are a name, a title or a scare quote). ``speaker``: the speaker as written
    (``None``: nobody). ``actor``: the gazetteer actor, where it matters (checked when given).
    """

    text: str
    kind: str | None
    speaker: str | None = None
    quote: str | None = None
    actor: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule of a registry: its function and the examples that it decides."""

    name: str
    decide: Callable[[Any], Any]
    examples: tuple[Example, ...] = ()

    @property
    def doc(self) -> str:
        """The rule's docstring, the place of its explanation and its example sentences."""
        return (self.decide.__doc__ or "").strip()


# Which rule decided, for the tests: None outside of :func:`tracing` (one global test per decision).
_trace: list[tuple[str, str]] | None = None


def first_decision(rules: Sequence[Rule], situation: Any, registry: str = "") -> Any:
    """The answer of the first rule in ``rules`` that applies to ``situation``, or None if none does."""
    for rule in rules:
        found = rule.decide(situation)
        if found is not None:
            if _trace is not None:
                _trace.append((registry, rule.name))
            return found
    return None


@contextmanager
def tracing() -> Iterator[list[tuple[str, str]]]:
    """Record ``(registry, rule name)`` of every decision made inside the ``with`` block.

    >>> with tracing() as fired:
    ...     _ = first_decision((Rule("always", lambda s: s),), "ja", registry="demo")
    >>> fired
    [('demo', 'always')]
    """
    global _trace
    previous, _trace = _trace, []
    try:
        yield _trace
    finally:
        _trace = previous

"""Quotation marks: which marks open and close, and the outermost spans they enclose.

German news writes „…“ (also closed by ” or "), ‚…‘, »…« and «…», and plain "…" and '…'. A mark
opens when a word follows it and space or a bracket precedes it (left-flanking), and closes when a
word or punctuation precedes it and no letter follows (right-flanking); apostrophes (geht's, 'ne)
are no marks.

>>> quotation_marks("Er sagte: „Wir ‚sehen‘ das.“ Dann ging er.")
[(10, 28, True)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Every character that can be a quotation mark.
QUOTE_CHARS = "„“”‚‘’»«›‹\"'"
_QUOTE_RE = re.compile(f"[{re.escape(QUOTE_CHARS)}]")
# opening mark -> the marks that close it
_CLOSERS = {
    "„": '“”"',
    "‚": "‘’",
    "“": "”",
    "‘": "’",
    "»": "«",
    "«": "»",
    "›": "‹",
    "‹": "›",
    '"': '"',
    "'": "'’",
}
_SINGLE = "‚‘'‹›"  # single marks: left open at a paragraph's end, they were no quotation marks
_ELISION = re.compile(r"(?:n|ne|nen|nem|ner|s|m)\b")  # 'ne Menge, 's geht: an apostrophe, not a mark
_OPEN_BEFORE = set(" \t\n([{/–—-") | set(QUOTE_CHARS)


def left_flanking(text: str, i: int) -> bool:
    """The mark at ``i`` can open: a word follows and nothing but space (or a bracket) precedes.

    >>> left_flanking('Er sagte "ja"', 9), left_flanking('Er sagte "ja"', 12)
    (True, False)
    """
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    return not after.isspace() and before in _OPEN_BEFORE


def right_flanking(text: str, i: int) -> bool:
    """The mark at ``i`` can close: a word or punctuation precedes, no letter follows.

    >>> right_flanking('Er sagte "ja"', 12), right_flanking('Er sagte "ja"', 9)
    (True, False)
    """
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    return not before.isspace() and not after.isalnum()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the non-blank lines of ``text``."""
    lines, pos = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return lines


def _closed_level(text: str, i: int, mark: str, stack: list[tuple[str, int]]) -> int | None:
    """The depth of the open mark that the mark at ``i`` closes, or None if it closes nothing."""
    if not (right_flanking(text, i) or mark in "“”«»‹›"):
        return None
    for depth in range(len(stack) - 1, -1, -1):
        if mark in _CLOSERS[stack[depth][0]]:
            return depth
    return None


def _opens(text: str, i: int, mark: str) -> bool:
    """The mark at ``i`` opens a quote (it is not an apostrophe or wiki markup)."""
    if not (mark in "„‚" or (mark in "»«›‹“‘\"'" and left_flanking(text, i))):
        return False
    if mark == "'" and i > 0 and text[i - 1].isalnum():
        return False  # an apostrophe: Sa'da, geht's
    if mark == "'" and "''" in text[max(0, i - 1) : i + 2]:
        return False  # wiki markup: ''kursiv''
    return not (mark in "'’" and _ELISION.match(text, i + 1))  # 'ne Menge, 's geht


def _closed_later(text: str, lines: Sequence[tuple[int, int]], mark: str) -> bool:
    """The first quotation mark of the next paragraphs closes ``mark`` (and opens nothing): the
    quote goes on there though its paragraphs do not open with the mark again."""
    if mark not in "„»«":
        return False
    for start, end in lines:
        match = _QUOTE_RE.search(text, start, end)
        if match is not None:
            i = match.start()
            return match.group() in _CLOSERS[mark] and right_flanking(text, i) and not left_flanking(text, i)
    return False


def quotation_marks(text: str, lines: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int, bool]]:
    """The outermost spans in quotation marks: ``(start, end, closed)``, marks included.

    ``lines`` are the ``(start, end)`` offsets of the paragraphs to read (default: the lines of
    ``text``). A quote may go on into the next paragraph if that opens with the same mark, or if
    the first mark of the next three paragraphs closes it; a quote that is not closed ends with
    its paragraph (``closed`` is false), and a single mark left open was none.

    >>> quotation_marks("Er sagte: „Wir ‚sehen‘ das.“ Dann ging er.")
    [(10, 28, True)]
    >>> quotation_marks('»Ja«, sagte sie, "nein". Und „offen')
    [(0, 4, True), (17, 23, True), (29, 35, False)]
    >>> quotation_marks("Der Angriff in ‘Adi: „Wir flohen“, sagte er.")
    [(21, 33, True)]
    >>> quotation_marks("Es heißt: „Die Behörde darf:\\n[…]\\n11. beobachten.“ Dann.")
    [(10, 49, True)]
    """
    if lines is None:
        lines = _paragraphs(text)
    found: list[tuple[int, int, bool]] = []
    stack: list[tuple[str, int]] = []  # (opening mark, offset)
    skip = -1
    for n, (line_start, line_end) in enumerate(lines):
        for match in _QUOTE_RE.finditer(text, line_start, line_end):
            i, mark = match.start(), match.group()
            if i == skip:
                continue
            closes = _closed_level(text, i, mark, stack)
            # »…« and ‹…› are written both ways round: one that only opens here opens
            opens_only = mark in "»«›‹" and left_flanking(text, i) and not right_flanking(text, i)
            if closes is not None and not opens_only:
                opened = stack[closes][1]
                del stack[closes:]
                if not stack:
                    found.append((opened, i + 1, True))
            elif _opens(text, i, mark):
                stack.append((mark, i))
        if not stack:
            continue
        if stack[0][0] in _SINGLE:
            # an unclosed single mark is an apostrophe or a transliteration ("in ‘Adi, östlich …"),
            # not a quote: read the rest of the paragraph without it
            found.extend(quotation_marks(text, [(stack[0][1] + 1, line_end)]))
            stack = []
            continue
        nxt = lines[n + 1][0] if n + 1 < len(lines) else None
        if nxt is not None and text[nxt] == stack[0][0]:
            stack[1:] = []
            skip = nxt  # the paragraph goes on with the same quote (the German convention)
        elif _closed_later(text, lines[n + 1 : n + 4], stack[0][0]):
            stack[1:] = []  # a quote over paragraphs that do not open again: "… anwenden:", "[…]", "11. …“"
        else:
            found.append((stack[0][1], line_end, False))
            stack = []
    return found


class UnclosedQuoteWarning(UserWarning):
    """An opening quotation mark has no closing one; the quote ends with its paragraph."""

"""Load German news articles (plain text as copied from tagesschau.de) into a parsed structure.

An article file looks like this (every part but the first line is optional)::

    Treffen in Miami Rubio dämpft Erwartungen an Ukraine-Gespräche   <- title (kicker + headline)
    Stand: 20.12.2025 05:22 Uhr                                       <- dateline
    Die Gespräche über eine Friedenslösung ...                        <- lead
    Von Jane Doe, ARD-Studio Washington                               <- author
    US-Außenminister Marco Rubio hat sich ...                         <- body (section 0)
    Gespräche auch mit deutscher Beteiligung                          <- heading (starts section 1)
    Vor Tagen kündigte ein hochrangiger US-Beamter an, ...            <- body (section 1)
    Über dieses Thema berichtete die tagesschau am ...                <- note

Every non-blank line of the file becomes one row of :func:`paragraphs`, with offsets into
``Article.text``; nothing is dropped. Bad input raises :class:`ArticleFormatError`.

>>> a = parse_article("Titel der Meldung\\nStand: 20.12.2025\\nEin Vorspann.\\nEin Absatz.")
>>> a.title, a.published.date().isoformat(), a.lead
('Titel der Meldung', '2025-12-20', 'Ein Vorspann.')
"""

from __future__ import annotations

import csv
import errno
import glob as _glob
import io
import json
import os
import re
import unicodedata
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd

from helpers.german import MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, german_date, shorten
from helpers.progress import progress_bar

BERLIN = ZoneInfo("Europe/Berlin")

#: Kinds of lines, in the order they usually appear. ``credit`` is a line that credits others
#: than the author ("Mitarbeit: Jonas Albers", "Mit Material von dpa"); like ``author`` it is
#: not the article's own text.
KINDS = ("title", "dateline", "lead", "author", "heading", "body", "credit", "note")
#: Kinds that carry the article's own words (not metadata such as the dateline).
CONTENT_KINDS = ("title", "lead", "heading", "body")


class ArticleFormatError(ValueError):
    """The input is not a readable article; the message names the file and the reason."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ArticleEncodingWarning(UserWarning):
    """The file was not UTF-8 and was decoded another way (named in the message), or had bytes or
    characters that could not be kept (replaced by U+FFFD, their positions named)."""


class ArticleDateWarning(UserWarning):
    """An article's date line could not be read (file and line named): the article is undated."""


class LargeArticleWarning(UserWarning):
    """One article file is so large that tokens, mentions and quotes take minutes."""


#: Files larger than this (bytes) get a :class:`LargeArticleWarning`.
LARGE_ARTICLE = 5_000_000


@dataclass(frozen=True)
class Line:
    """One non-blank line of the source, classified."""

    kind: str
    text: str
    start: int
    end: int
    section: int
    paragraph: int


@dataclass(frozen=True)
class Section:
    """A topic section: a heading (``None`` before the first heading) and its body paragraphs."""

    heading: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    """A parsed article. ``text`` is the decoded source; all offsets point into it."""

    id: str
    title: str
    published: datetime | None
    lead: str | None
    sections: tuple[Section, ...]
    author: str | None
    note: str | None
    source: str
    text: str
    lines: tuple[Line, ...] = field(repr=False)
    meta: Mapping[str, str] = field(default_factory=dict, repr=False)
    #: The credit lines ("Mitarbeit: Jonas Albers"), joined by newlines, or None.
    credit: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        _LABELS[self.id] = (self.title, self.published)

    def __repr__(self) -> str:  # short, for notebooks
        date = self.published.strftime("%d.%m.%Y") if self.published else "ohne Datum"
        return f"<Article {self.id!r}: {self.title!r}, {date}, {len(self.sections)} Abschnitte>"


# --- line patterns ---------------------------------------------------------------------------

_MONTH_WORDS = {**MONTHS, **MONTH_ABBREVIATIONS}
_WEEKDAY = "|".join([*WEEKDAYS, *WEEKDAY_ABBREVIATIONS])
#: A German date as datelines and tables write it, with an optional weekday and time:
#: "20.12.2025 05:22 Uhr", "20.12.25", "20. Dez. 2025", "20. Dezember 2025, 05:22 Uhr",
#: "Samstag, 20.12.2025", "2025-12-20".
_DATE = re.compile(
    rf"(?:(?:{_WEEKDAY})\.?,?\s+(?:den\s+)?)?"
    r"(?:(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}|\d{2})(?!\d)"
    r"|(?P<d2>\d{1,2})\.\s*(?P<mname>[^\W\d_]+)\.?\s+(?P<y2>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2}))"
    r"(?:,?\s*(?:um\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::\d{2})?\s*(?:Uhr)?)?\s*",
    re.IGNORECASE,
)
#: A line that means to be a date, readable or not: "20.12.2025", "32.13.2025", "Sa., 20. Dez 2025".
_DATE_LIKE = re.compile(
    rf"^(?:(?:{_WEEKDAY})\.?,?\s+)?(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d|\d{{1,2}}\.\s*[^\W\d_]+\.?\s+\d{{2,4}}|\d{{4}}-\d)",
    re.IGNORECASE,
)
#: A dateline: "Stand: 20.12.2025 05:22 Uhr" (what follows "Stand:" is read by :func:`parse_date`).
_STAND = re.compile(r"^(?:Stand|Aktualisiert|Veröffentlicht|Datum)\s*:\s*(?P<date>.{0,80})$", re.IGNORECASE)
_AUTHOR = re.compile(r"^(?:Von|Ein (?:Bericht|Kommentar|Gastbeitrag) von)\s+\S.{0,150}$")
#: Bylines of interviews: "Das Interview führte Katrin Paulsen, ARD-Studio Kiew." (an author line).
_INTERVIEWER = re.compile(r"^Das (?:Interview|Gespräch) führten?\s+[A-ZÄÖÜ]\S*(?:\s+\S+){0,14}$")
#: Credits of others than the author: "Mitarbeit: Jonas Albers", "Mit Material von dpa".
_CREDIT = re.compile(
    r"^(?:(?:Mitarbeit|Redaktion|Recherche|Übersetzung|Mitwirkung|Quellen?)\s*:\s*\S"
    r"|Mit (?:Material|Informationen|Agenturmaterial|Berichten) (?:von|der|des|aus)\s+\S)"
)
_NOTE = re.compile(
    r"^(?:Über dieses Thema berichtete(?:n)?\b|Dieses Thema im Programm\b|Mehr zum Thema\b"
    r"|Dieser Artikel erschien\b|Kommentare geben (?:grundsätzlich )?die Meinung\b)"
)
#: Characters after which a line ends like a sentence (or a list item): "Er kam." "Erstens:"
_SENTENCE_PUNCT = frozenset(".!;,:…")
_OPENING_QUOTE = "„‚»«\"'“"
_HEADING_MAX_WORDS = 12
_HEADING_MAX_CHARS = 100


def _ends_like_sentence(text: str) -> bool:
    """The line ends with one of ``. ! ; , : …``, perhaps followed by quotes or brackets:
    "Er kam." and "„Wir bleiben.“" do, "Wer zahlt die Rechnung?" does not.

    A scan from the end, linear in the line's tail (a regex ``[.!;,:…]\\W*$`` searched from each
    start backtracks quadratically on "! ! ! … x").
    """
    for c in reversed(text):
        if c.isalnum() or c == "_":
            return False
        if c in _SENTENCE_PUNCT:
            return True
    return False


def _is_author(text: str) -> bool:
    # "Von Jane Doe, ARD-Studio Washington": short, names (capitalised words), no full stop.
    if _INTERVIEWER.match(text):  # "Das Interview führte Jonas Albers."
        return True
    if not _AUTHOR.match(text) or text.endswith(".") or len(text.split()) > 16:
        return False
    words = re.findall(r"[^\W\d_]+", text)
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised >= max(2, len(words) // 2)


def _is_credit(text: str) -> bool:
    """"Mitarbeit: Jan Petersen und Lea Sommerfeld (SZ)", "Mit Material von dpa": a short line."""
    return _CREDIT.match(text) is not None and len(text.split()) <= 20


def _is_heading_shape(text: str) -> bool:
    """A short line that does not end like a sentence (a question mark is allowed)."""
    if len(text) > _HEADING_MAX_CHARS or len(text.split()) > _HEADING_MAX_WORDS:
        return False
    if not any(c.isalpha() for c in text):
        return False
    first = text.lstrip(_OPENING_QUOTE)[:1]
    if not first or first.islower():
        return False
    return not _ends_like_sentence(text)


def _is_body_shape(text: str) -> bool:
    return _ends_like_sentence(text) or len(text.split()) > _HEADING_MAX_WORDS


def parse_date(text: str) -> datetime | None:
    """A German date (day first) or an ISO date, with an optional weekday and time, in Berlin
    time; None if ``text`` is not one (never "now": ``heute``, ``now`` and numbers are None).

    >>> [parse_date(t).isoformat() for t in ("20.12.2025 05:22 Uhr", "20. Dez. 2025", "Samstag, 20.12.25")]
    ['2025-12-20T05:22:00+01:00', '2025-12-20T00:00:00+01:00', '2025-12-20T00:00:00+01:00']
    >>> parse_date("05.04.2025").month, parse_date("2025-12-20").day, parse_date("heute")
    (4, 20, None)
    """
    match = _DATE.fullmatch(text.strip())
    if match is None:
        return None
    g = match.groupdict()
    if g["d"]:
        day, month, year = int(g["d"]), int(g["m"]), int(g["y"])
        if len(g["y"]) == 2:  # "20.12.25": this century (a news date, not a birthday)
            year += 2000
    elif g["d2"]:
        month = _MONTH_WORDS.get(g["mname"].lower(), 0)
        day, year = int(g["d2"]), int(g["y2"])
    else:
        day, month, year = int(g["id"]), int(g["im"]), int(g["iy"])
    hour, minute = (int(g["H"]), int(g["M"])) if g["H"] else (0, 0)
    try:
        return datetime(year, month, day, hour, minute, tzinfo=BERLIN)
    except ValueError:
        return None


def _dateline_text(text: str) -> str | None:
    """The date part of a dateline ("Stand: 20.12.2025 05:22 Uhr" -> "20.12.2025 05:22 Uhr",
    a line that is only a date -> itself), or None for any other line."""
    stand = _STAND.match(text)
    if stand:
        return stand["date"]
    return text if len(text) <= 60 and _DATE_LIKE.match(text) else None


# --- decoding --------------------------------------------------------------------------------

_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (a Word .docx or OpenDocument file?)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"{\\rtf": "an RTF document",
}


def _invalid_utf8(data: bytes, limit: int = 1000) -> tuple[list[int], int]:
    """(positions of bytes that are not UTF-8, at most ``limit``; number of valid multi-byte
    characters). Only the runs of non-ASCII bytes are looked at, so this is linear."""
    bad: list[int] = []
    good = 0
    for run in re.finditer(rb"[\x80-\xff]+", data):
        chunk = run.group()
        try:
            good += len(chunk.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        i, n = 0, len(chunk)
        while i < n and len(bad) < limit:
            lead = chunk[i]
            need = 1 if 0xC2 <= lead <= 0xDF else 2 if 0xE0 <= lead <= 0xEF else 3 if 0xF0 <= lead <= 0xF4 else 0
            if need and i + need < n and all(0x80 <= chunk[k] <= 0xBF for k in range(i + 1, i + 1 + need)):
                good += 1
                i += need + 1
            else:
                bad.append(run.start() + i)
                i += 1
        if len(bad) >= limit:
            break
    return bad, good


def _positions(data: bytes, bad: list[int], shown: int = 5) -> str:
    """ "byte 0x96 at position 120 (line 3), ..." for the first ``shown`` positions."""
    newline = b"\n"
    where = [f"0x{data[p]:02x} at position {p} (line {data.count(newline, 0, p) + 1})" for p in bad[:shown]]
    return ", ".join(where) + (", …" if len(bad) > shown else "")


def _clean(text: str, source: str) -> str:
    """Text as every article keeps it: no BOM, ``\\n`` line ends, no lone surrogates (each
    replaced by U+FFFD, with a warning naming the positions), composed characters (NFC: "ü" is
    one character, not "u" and a combining diaeresis)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _SURROGATE.search(text):
        # pairs of surrogates are one character ("\ud83d\ude00" is 😀); lone ones cannot be kept
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        found = [m.start() for m in re.finditer("\ufffd", text)]
        warnings.warn(
            f"{source}: {len(found)} lone surrogate character(s) replaced by U+FFFD "
            f"(at position {', '.join(map(str, found[:5]))}{', …' if len(found) > 5 else ''})",
            ArticleEncodingWarning,
            stacklevel=3,
        )
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")
#: Control characters (Unicode category Cc) other than tab, newline, vertical tab and form feed.
_CONTROLS = re.compile("[\x00-\x08\x0d-\x1f\x7f-\x9f]")


def decode(data: bytes, source: str = "<bytes>") -> str:
    """Decode an article file: UTF-8 (with or without BOM); a few bytes that are not UTF-8 are
    replaced by U+FFFD with a warning naming their positions; a file that is not UTF-8 at all is
    read as cp1252 with a warning.

    Newlines are normalised to ``\\n``. Raises :class:`ArticleFormatError` for empty,
    binary or undecodable input.

    >>> decode("\\ufeffGrüße\\r\\n".encode("utf-8"), "a.txt")
    'Grüße\\n'
    """
    if not data:
        raise ArticleFormatError(source, "the file is empty")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise ArticleFormatError(source, f"this is {what}, not plain text; save the article as .txt")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ArticleFormatError(source, f"not valid UTF-16 (at byte {error.start})") from None
        warnings.warn(f"{source}: decoded as UTF-16 (not UTF-8)", ArticleEncodingWarning, stacklevel=3)
    elif b"\x00" in data:
        raise ArticleFormatError(source, "binary content (NUL bytes): not a text file")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            bad, good = _invalid_utf8(data)
            if good >= len(bad):
                # UTF-8 with a few stray bytes (one cp1252 "–" pasted in): keep the UTF-8, not mojibake
                text = data.decode("utf-8-sig", errors="replace")
                warnings.warn(
                    f"{source}: {len(bad)}{'+' if len(bad) >= 1000 else ''} byte(s) not UTF-8, replaced by U+FFFD: "
                    f"{_positions(data, bad)}",
                    ArticleEncodingWarning,
                    stacklevel=3,
                )
            else:
                try:
                    text = data.decode("cp1252")
                except UnicodeDecodeError as error:
                    raise ArticleFormatError(
                        source,
                        f"neither UTF-8 nor Windows-1252 (cp1252) text: byte 0x{data[error.start]:02x} at "
                        f"position {error.start}; save the file as UTF-8",
                    ) from None
                warnings.warn(
                    f"{source}: not UTF-8 (byte {_positions(data, bad, 1)}); decoded as Windows-1252 (cp1252)",
                    ArticleEncodingWarning,
                    stacklevel=3,
                )
    text = _clean(text, source)
    controls = len(_CONTROLS.findall(text))
    if controls > max(2, len(text) // 100):
        raise ArticleFormatError(source, f"binary content ({controls} control characters): not a text file")
    return text


def _not_an_article(text: str) -> str | None:
    """Why a decoded text is not an article, or None."""
    stripped = text.strip()
    if not stripped:
        return "the file is blank (only whitespace)"
    if not any(c.isalpha() for c in stripped):
        return "not an article: the file has no words"
    if stripped[0] in "{[" and stripped[-1] in "}]":
        try:
            json.loads(stripped)
        except ValueError:
            pass
        else:
            return "not an article: this is JSON; load JSON Lines corpora with load_corpus"
    if re.match(r"<(?:!DOCTYPE|html|\?xml|[a-z]+[\s>])", stripped, re.IGNORECASE) and re.search(
        r"</[a-z]+>", stripped, re.IGNORECASE
    ):
        return "not an article: this is HTML/XML markup; copy the article's text instead"
    if sum(1 for line in stripped.split("\n") if line.strip()) < 2:
        return "not an article: only one line; an article needs a headline line and at least one paragraph"
    return None


# --- parsing ---------------------------------------------------------------------------------


def _nonblank_lines(text: str) -> list[tuple[str, int, int]]:
    """(text, start, end) of each non-blank line, stripped, with offsets into ``text``."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            out.append((stripped, start, start + len(stripped)))
        pos += len(raw) + 1
    return out


#: The label of an interview turn: one to three capitalised words or a web address, before a colon
#: ("tagesschau.de: …", "Paulsen: …", "DER STANDARD: …"); :mod:`helpers.interviews` finds the turns.
TURN_LABEL = r"(?:[a-zäöü]+\.(?:de|at|ch|com)|[A-ZÄÖÜ][\w'’.-]*)(?: [A-ZÄÖÜ][\w'’.-]*){0,2}"
_TURN_AT_START = re.compile(rf"^({TURN_LABEL}):[ \t]+\S")


def _turn_labels(lines: Sequence[str]) -> set[str]:
    """Labels that open two or more lines: the turns of an interview, not headings ("tagesschau.de:
    Und wenn das Signal ausbleibt?" is short and ends in a question mark, as a heading may)."""
    counts: dict[str, int] = {}
    for line in lines:
        m = _TURN_AT_START.match(line)
        if m:
            counts[m[1]] = counts.get(m[1], 0) + 1
    return {label for label, count in counts.items() if count >= 2}


def _classify(lines: list[str]) -> list[str]:
    """Kind of each non-blank line (see :data:`KINDS`)."""
    n = len(lines)
    kinds = ["body"] * n
    # the dateline may stand anywhere in the first three lines: "Stand: …" first, then the title;
    # or after a kicker on its own line ("Treffen in Miami" / "Rubio dämpft …" / "Stand: …")
    date = next((k for k in range(min(3, n)) if _dateline_text(lines[k]) is not None), None)
    if date is None:
        kinds[0] = "title"
        i = 1
    else:
        kinds[date] = "dateline"
        before = list(range(date))
        if date == 2 and _is_author(lines[1]):
            kinds[1] = "author"
            before = [0]
        for k in before:
            kinds[k] = "title"
        if date == 0 and n > 1:
            kinds[1] = "title"
        i = max(date + 1, 2 if date == 0 else 0)
    while i < n and (_is_author(lines[i]) or _is_credit(lines[i])):
        kinds[i] = "author" if _is_author(lines[i]) else "credit"
        i += 1
    # closing notes, bylines and credits, from the end ("Mitarbeit: …" before "Über dieses Thema …")
    last = n
    while last > i + 1:
        line = lines[last - 1]
        kind = "note" if _NOTE.match(line) else "credit" if _is_credit(line) else "author" if _is_author(line) else None
        if kind is None:
            break
        last -= 1
        kinds[last] = kind
    if i < last:
        kinds[i] = "lead"
        i += 1
    while i < last and (_is_author(lines[i]) or _is_credit(lines[i])):
        kinds[i] = "author" if _is_author(lines[i]) else "credit"
        i += 1
    turns = _turn_labels(lines[i:last])
    for j in range(i, last):
        if turns and (m := _TURN_AT_START.match(lines[j])) and m[1] in turns:
            continue  # a question or answer of an interview: body
        if _is_credit(lines[j]):  # wherever they stand
            kinds[j] = "credit"
        elif _INTERVIEWER.match(lines[j]) or ("," in lines[j] and _is_author(lines[j])):
            kinds[j] = "author"  # "Von Anna Beispiel, ARD-Studio Brüssel" (not "Von Kiew nach Moskau")
        elif (
            j + 1 < last
            and _is_heading_shape(lines[j])
            and _is_body_shape(lines[j + 1])
            and kinds[j - 1] != "heading"
            and not _NOTE.match(lines[j])
        ):
            kinds[j] = "heading"
    return kinds


def parse_article(
    text: str, source: str = "<string>", id: str | None = None, meta: Mapping[str, str] | None = None
) -> Article:
    """Parse the text of one article (already decoded) into an :class:`Article`.

    ``Article.text`` is ``text`` normalised (NFC, ``\\n`` line ends, lone surrogates replaced);
    all offsets point into it. A date line that cannot be read gives an :class:`ArticleDateWarning`.

    >>> a = parse_article("Titel\\nVorspann.\\nZwischentitel\\nText des Abschnitts.", "x.txt")
    >>> [(s.heading, len(s.paragraphs)) for s in a.sections]
    [(None, 0), ('Zwischentitel', 1)]
    """
    text = _clean(text, source)
    reason = _not_an_article(text)
    if reason:
        raise ArticleFormatError(source, reason)
    raw = _nonblank_lines(text)
    kinds = _classify([t for t, _, _ in raw])
    lines: list[Line] = []
    section = 0
    for paragraph, ((line, start, end), kind) in enumerate(zip(raw, kinds, strict=True)):
        if kind == "heading":
            section += 1
        lines.append(Line(kind, line, start, end, section, paragraph))
    headings: list[str | None] = [None] + [ln.text for ln in lines if ln.kind == "heading"]
    bodies: list[list[str]] = [[] for _ in headings]
    for ln in lines:  # one pass: linear in the lines, not lines × headings
        if ln.kind == "body":
            bodies[ln.section].append(ln.text)
    sections = tuple(Section(h, tuple(b)) for h, b in zip(headings, bodies, strict=True))

    def first(kind: str) -> Line | None:
        return next((ln for ln in lines if ln.kind == kind), None)

    def joined(kind: str) -> str | None:
        found = [ln.text for ln in lines if ln.kind == kind]
        return "\n".join(found) if found else None

    dateline = first("dateline")
    published = None
    if dateline is not None:
        published = parse_date(_dateline_text(dateline.text) or "")
        if published is None:
            warnings.warn(
                f"{source}, line {text.count(chr(10), 0, dateline.start) + 1}: date {dateline.text!r} not understood "
                "(write e.g. 'Stand: 20.12.2025 05:22 Uhr'); the article is undated, so roles such as "
                "'der Kanzler' are not resolved",
                ArticleDateWarning,
                stacklevel=2,
            )
    lead = first("lead")
    return Article(
        id=id if id is not None else (Path(source).stem if source != "<string>" else "article"),
        title=" ".join(ln.text for ln in lines[:3] if ln.kind == "title"),
        published=published,
        lead=lead.text if lead else None,
        sections=sections,
        author=joined("author"),
        note=joined("note"),
        source=source,
        text=text,
        lines=tuple(lines),
        meta=dict(meta or {}),
        credit=joined("credit"),
    )


def _what(value: object) -> str:
    """ "a number (42)", "a list": what a JSON value is, for messages."""
    if isinstance(value, bool):
        return f"a truth value ({value})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    return {dict: "an object", list: "a list"}.get(type(value), type(value).__name__)


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


def table_date(value: object) -> datetime | None:
    """The date of a table cell: ISO (``2025-12-20``, ``2025-12-20T08:30:00+01:00``) or German,
    day first (``20.12.2025``, ``20. Dezember 2025 08:30``); an empty cell is None. Anything else
    raises ``ValueError`` naming the value: ``now``, ``heute``, numbers, ``05/04/2025``.

    >>> table_date("05.04.2025").strftime("%d %B"), table_date("2025-12-20 08:30").hour
    ('05 April', 8)
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"date {value!r} is {_what(value)}, not a date (write 20.12.2025 or 2025-12-20)")
    text = value.strip()
    if not text:
        return None
    if _ISO.fullmatch(text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            pass
    else:
        found = parse_date(text)
        if found is not None:
            return found
    raise ValueError(f"date {value!r} not understood (write 20.12.2025, 20.12.2025 08:30 or 2025-12-20)")


def article_from_record(
    text: str,
    id: str,
    title: str | None = None,
    published: datetime | str | None = None,
    meta: Mapping[str, str] | None = None,
    source: str = "<record>",
) -> Article:
    """An article from a table row (CSV, JSON Lines): its text, and title and date if known.

    Each non-blank line of ``text`` is a body paragraph (a single section); a separate
    ``title`` becomes the first line of ``Article.text``. Without one, the title shown is the
    text's beginning.

    >>> a = article_from_record("Wien – Ein Absatz. Noch ein Satz.", id="7", meta={"category": "Inland"})
    >>> a.title, [ln.kind for ln in a.lines], a.meta["category"]
    ('Wien – Ein Absatz. Noch ein Satz.', ['body'], 'Inland')
    """
    if not isinstance(text, str):
        raise ArticleFormatError(source, f"the text is {_what(text)}, not text")
    if title is not None and not isinstance(title, str):
        raise ArticleFormatError(source, f"the title is {_what(title)}, not text")
    body = _clean(text, source)
    if not any(c.isalpha() for c in body):
        raise ArticleFormatError(source, "no words in the text")
    title = " ".join(_clean(title, source).split()) if title else None
    full = f"{title}\n{body}" if title else body
    raw = _nonblank_lines(full)
    kinds = ["title" if title and i == 0 else "body" for i in range(len(raw))]
    lines = tuple(Line(k, t, s, e, 0, i) for i, ((t, s, e), k) in enumerate(zip(raw, kinds, strict=True)))
    if published is not None and not isinstance(published, datetime):
        try:
            published = table_date(published)
        except ValueError as error:
            raise ArticleFormatError(source, str(error)) from None
    if published is not None and published.tzinfo is None:
        published = published.replace(tzinfo=BERLIN)
    shown = title or (raw[0][0] if len(raw[0][0]) <= 80 else raw[0][0][:79].rsplit(" ", 1)[0] + " …")
    return Article(
        id=str(id),
        title=shown,
        published=published,
        lead=None,
        sections=(Section(None, tuple(ln.text for ln in lines if ln.kind == "body")),),
        author=None,
        note=None,
        source=source,
        text=full,
        lines=lines,
        meta=dict(meta or {}),
    )


def load_article(path: str | Path) -> Article:
    """Read and parse one article file.

    >>> from helpers import paths
    >>> load_article(paths.SEEDS / "000_770f9e3c0690391d.txt").published.year
    2025
    """
    path = Path(path)
    if path.is_dir():
        raise ArticleFormatError(str(path), "is a folder, not a file; use load_corpus for folders")
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleFormatError(str(path), f"cannot be read ({error.strerror})") from None
    if len(data) > LARGE_ARTICLE:
        _warn_large(path, len(data))
    return parse_article(decode(data, str(path)), source=str(path))


#: Seconds per MB of text that tokens and mentions, and then quotes, take on one core
#: (benchmarks/bench_scaling.py --large 50: 79 s and 57 s for 50 MB, a little more on a busy machine).
SECONDS_PER_MB = 2.0
QUOTE_SECONDS_PER_MB = 1.2


def _warn_large(path: Path, size: int) -> None:
    mb = size / 1e6
    minutes = max(1, round(mb * SECONDS_PER_MB / 60))
    quote_minutes = max(1, round(mb * QUOTE_SECONDS_PER_MB / 60))
    warnings.warn(
        f"{path}: {mb:,.0f} MB in one article: tokens and mentions take about {minutes} min, quotes about "
        f"{quote_minutes} min more, on one core (one article is not split across cores); if the file holds many "
        "articles, one file each (or a table, one row each) is faster and is cached article by article",
        LargeArticleWarning,
        stacklevel=3,
    )


def article_files(path: str | Path) -> list[Path]:
    """The files that ``path`` names: a file, a folder (its ``.txt`` and table files) or a glob.

    >>> from helpers import paths
    >>> [p.name for p in article_files(paths.SEEDS)]
    ['000_770f9e3c0690391d.txt']
    """
    p = Path(path)
    if p.is_file():
        return [p]
    if p.is_dir():
        readable = (".txt", *TABLE_SUFFIXES)
        files, skipped = [], {"other": [], "folder": [], "broken": [], "loop": [], "unreadable": []}
        for f in sorted(p.iterdir()):
            if f.name.startswith("."):
                continue
            why = _not_a_file(f)
            if why:
                skipped[why].append(f.name + ("/" if why == "folder" else ""))
            elif f.suffix.lower() in readable:
                files.append(f)
            else:
                skipped["other"].append(f.name)
        reasons = {
            "other": "not .txt, .csv, .tsv, .jsonl",
            "folder": "folders are not read; name them, or use a glob such as 'seeds/**/*.txt'",
            "broken": "broken symbolic links",
            "loop": "symbolic link loops",
            "unreadable": "cannot be read",
        }
        said = [f"not read ({reasons[k]}): {', '.join(names)}" for k, names in skipped.items() if names]
        if said:
            warnings.warn(f"{p}: {'; '.join(said)}", UserWarning, stacklevel=2)
        if not files:
            raise FileNotFoundError(f"{p}: no .txt files (or tables) in this folder")
        return files
    matches = sorted(Path(m) for m in _glob.glob(str(path), recursive=True) if Path(m).is_file())
    if not matches:
        raise FileNotFoundError(f"{path}: no such file, folder or matching files")
    return matches


def _not_a_file(f: Path) -> str | None:
    """Why a folder entry is not a readable file ("folder", "broken", "loop", "unreadable"), or None."""
    try:
        f.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "loop"
        return "broken" if f.is_symlink() else "unreadable"
    if f.is_dir():
        return "folder"
    if not f.is_file() or not os.access(f, os.R_OK):
        return "unreadable"
    return None


#: File suffixes read as tables of articles (one article per row) by :func:`load_corpus`.
TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson")


def _table_rows(path: Path, sep: str | None, quotechar: str, header: bool, columns: Sequence[str] | None):
    """(row number, record or error message) for each row of a CSV/TSV or JSON Lines file."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleFormatError(str(path), f"cannot be read ({error.strerror})") from None
    text = decode(data, str(path))
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as error:
                yield number, f"not valid JSON ({error.args[0].split(':')[0]})"
                continue
            yield number, record if isinstance(record, dict) else "not a JSON object"
        return
    if sep is None:  # the candidate the first line holds most often
        first = text.split("\n", 1)[0]
        sep = "\t" if path.suffix.lower() == ".tsv" else max(",;\t|", key=first.count)
    # a field may be as long as the file: an article of 200 KB in one cell is no error
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))
    try:
        yield from _csv_rows(text, sep, quotechar, header, columns)
    finally:
        csv.field_size_limit(limit)


def _shape(cell: str) -> str:
    """The shape of a cell: "a1" and "a2" are both "a9", "Wirtschaft" and "Sport" both "a"."""
    return re.sub(r"[^\W\d_]+", "a", re.sub(r"\d+", "9", cell.strip()))


def _csv_rows(text: str, sep: str, quotechar: str, header: bool, columns: Sequence[str] | None):
    """The rows of :func:`_table_rows` for CSV text. Quoting is read strictly: a quotation mark
    that is opened and not closed swallows line breaks and the rows after it, so such a row is an
    error naming the line where it starts, not an article with the next rows in its text."""
    reader = csv.reader(io.StringIO(text), delimiter=sep, quotechar=quotechar, strict=True)
    names = list(columns) if columns else None
    end = 0
    while True:
        start = end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            end = reader.line_num
            yield start, (
                f"a quotation mark ({quotechar}) in lines {start}–{end} is not closed or stands inside a field "
                f"({error}); double it ({quotechar}{quotechar}) inside a quoted field"
            )
            continue
        end = reader.line_num
        if names is None and header:
            names = [c.strip() for c in row]
            continue
        if not any(cell.strip() for cell in row):
            continue
        if names is None:
            names = [f"column{i + 1}" for i in range(len(row))]
        if len(row) != len(names):
            shown = ", ".join(names)
            shown = shown if len(shown) <= 80 else shown[:80] + "…"
            hint = ("; the first line was read as the header: with none, pass header=False and columns=[…]"
                    if header and len(", ".join(names)) > 80 else "")  # a header of text is no header
            yield end, (f"{len(row)} fields, expected {len(names)} ({shown}){hint}; the delimiter was {sep!r} "
                        f"and the quotation mark {quotechar!r} (pass sep=… and quotechar=… if they are others)")
            continue
        swallowed = _swallowed_row(row, sep, len(names)) if end > start else None
        if swallowed is not None:
            yield start, (
                f"a quotation mark ({quotechar}) opened in line {start} is closed only in line {end}: the field "
                f"holds what looks like another row ({swallowed[:60]!r}); close the quotation mark"
            )
            continue
        yield end, dict(zip(names, row, strict=True))


def _swallowed_row(row: list[str], sep: str, width: int) -> str | None:
    """A line inside a multi-line field that has the delimiters of a row and starts like this
    row does ("a1,Ein Text" holding the line "a2,Zweiter Text"), or None."""
    if width < 2:
        return None
    for cell in row:
        for line in cell.split("\n")[1:]:
            parts = line.split(sep)
            if len(parts) >= width and _shape(parts[0]) == _shape(row[0]) and parts[0].strip():
                return line
    return None


def load_table(
    path: str | Path,
    text: str = "text",
    title: str | None = None,
    date: str | None = None,
    category: str | None = None,
    id: str | None = None,
    *,
    sep: str | None = None,
    quotechar: str = '"',
    header: bool = True,
    columns: Sequence[str] | None = None,
    meta: Sequence[str] = (),
    errors: str = "raise",
) -> list[Article]:
    """Articles from a table: CSV/TSV (``sep`` sniffed if not given) or JSON Lines, one per row.

    ``text``, ``title``, ``date``, ``category``, ``id`` name the columns (only ``text`` is
    required; ``category`` and the ``meta`` columns go to ``Article.meta``). A CSV without a
    header row takes ``columns``. Dates are read by :func:`table_date`: day first as Germans write
    them (``05.04.2025`` is 5 April) or ISO. A bad row (an unreadable date, a quotation mark left
    open that swallowed the next rows, a title that is a number, ...) raises
    :class:`ArticleFormatError` with the file and row number; ``errors="skip"`` skips bad rows
    and reports them in one warning.

    >>> from helpers import paths
    >>> gnad = paths.SHARED_DATA / "10kgnad" / "articles.csv"
    >>> corpus = load_table(gnad, category="label", sep=";", quotechar="'", header=False,
    ...                     columns=["label", "text"]) if gnad.exists() else [None] * 1028
    >>> len(corpus)
    1028
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    path = Path(path)
    articles: list[Article] = []
    skipped: list[str] = []
    seen: set[str] = set()
    read = {text, title, date, category, id, *meta}
    unread: dict[str, None] = {}  # columns no parameter names, in the order met: said once per file
    for number, record in _table_rows(path, sep, quotechar, header, columns):
        if isinstance(record, dict) and not read.issuperset(record):
            unread.update((k, None) for k in record if k not in read)
        try:
            if isinstance(record, str):
                raise ArticleFormatError(str(path), f"row {number}: {record}")
            if text not in record:
                raise ArticleFormatError(str(path), f"row {number}: no column {text!r} (columns: {', '.join(record)})")
            body = record[text]
            if body is not None and not isinstance(body, str):
                raise ArticleFormatError(str(path), f"row {number}: the text is {_what(body)}, not text")
            if not body or not body.strip():
                raise ArticleFormatError(str(path), f"row {number}: the text is empty")
            article_id = str(record[id]) if id and record.get(id) not in (None, "") else f"{path.stem}-{number}"
            if article_id in seen:
                raise ArticleFormatError(str(path), f"row {number}: id {article_id!r} appears twice")
            head = record.get(title) if title else None
            if head is not None and not isinstance(head, str):
                raise ArticleFormatError(str(path), f"row {number}: the title is {_what(head)}, not text")
            try:
                published = table_date(record.get(date)) if date else None
            except ValueError as error:
                raise ArticleFormatError(str(path), f"row {number}: {error}") from None
            info = {
                k: str(record[k]) for k in ([category] if category else []) + list(meta) if record.get(k) is not None
            }
            if category and category in info:
                info["category"] = info.pop(category)
            source = f"{path}#row{number}"
            try:
                articles.append(article_from_record(body, article_id, head, published, info, source))
            except ArticleFormatError as error:
                raise ArticleFormatError(str(path), f"row {number}: {error.reason}") from None
            seen.add(article_id)
        except ArticleFormatError as error:
            if errors == "raise":
                raise
            skipped.append(error.reason)
    if skipped:
        shown = "; ".join(skipped[:20]) + (f"; ... ({len(skipped) - 20} more)" if len(skipped) > 20 else "")
        warnings.warn(f"{path}: skipped {len(skipped)} bad rows: {shown}", UserWarning, stacklevel=2)
    if unread:
        # a JSON Lines file with "titel" and "name": nothing is lost without a word
        names = ", ".join(repr(k) for k in unread)
        warnings.warn(f"{path}: columns not read: {names} (title=, date=, category=, id= read a column as the "
                      f"title, date, category or id; meta=[...] keeps others in Article.meta)", UserWarning,
                      stacklevel=2)  # fmt: skip
    return articles


def load_corpus(path: str | Path | Iterable[str | Path], errors: str = "raise", **table: object) -> list[Article]:
    """Load every article that ``path`` names (a file, a folder, a glob, or a list of these).

    ``.txt`` files are articles; ``.csv``, ``.tsv``, ``.jsonl`` files are tables of articles, read
    by :func:`load_table` with the keyword arguments given here (``text=``, ``title=``, ...).
    ``errors="skip"`` reports bad files and rows as warnings and goes on; the default raises.

    >>> from helpers import paths
    >>> [a.id for a in load_corpus(paths.SEEDS)]
    ['000_770f9e3c0690391d']
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    paths_ = [path] if isinstance(path, str | Path) else list(path)
    files = [f for p in paths_ for f in article_files(p)]
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for f in progress_bar(files, "Artikel laden", unit="Dateien"):
        try:
            is_table = f.suffix.lower() in TABLE_SUFFIXES
            loaded = load_table(f, errors=errors, **table) if is_table else [load_article(f)]  # type: ignore[arg-type]
        except ArticleFormatError as error:
            if errors == "raise":
                raise
            warnings.warn(f"skipped {error}", UserWarning, stacklevel=2)
            continue
        for article in loaded:
            if article.id in seen:
                raise ArticleFormatError(
                    article.source, f"article id {article.id!r} is also the id of {seen[article.id]}"
                )
            seen[article.id] = article.source
            articles.append(article)
    return articles


def as_articles(x: Article | str | Iterable[Article]) -> list[Article]:
    """One article or many, as a list; a plain string is one article of that text, with the id
    ``text`` (as :func:`helpers.tokens.tokens` reads it), not a list of its letters.

    >>> [a.text for a in as_articles("Putin sagte das.")]
    ['Putin sagte das.']
    """
    if isinstance(x, str):
        return [article_from_record(x, id="text")]
    return [x] if isinstance(x, Article) else list(x)


def section_name(section: int) -> str:
    """A section's name across several articles, where headings differ: the part before the first
    heading is :data:`INTRO`, then "Abschnitt 1", "Abschnitt 2" ...

    >>> [section_name(s) for s in range(3)]
    ['Einstieg', 'Abschnitt 1', 'Abschnitt 2']
    """
    return INTRO if section == 0 else f"Abschnitt {section}"


#: Title and date of every article read in this session, by id: figures label articles by them.
_LABELS: dict[str, tuple[str, datetime | None]] = {}


def article_label(article: str | Article, width: int = 45) -> str:
    """A short label for an article in a figure: its title shortened at a word, with its date;
    the id for an article not read in this session.

    >>> from helpers import paths
    >>> article_label(load_corpus(paths.SEEDS)[0].id)
    'Treffen in Miami Rubio dämpft Erwartungen … (20.12.2025)'
    """
    key = article.id if isinstance(article, Article) else str(article)
    if key not in _LABELS:
        return key
    title, published = _LABELS[key]
    label = shorten(title, width)
    return f"{label} ({german_date(published.date())})" if published is not None else label


#: Time charts: up to this many days from the first to the last date are counted per day, up to
#: :data:`WEEKS_UP_TO` days per week, longer spans per month.
DAYS_UP_TO = 31
WEEKS_UP_TO = 7 * 26


def time_resolution(dates: Iterable[datetime | None]) -> str:
    """The period a time chart counts by, from the span of the dates: ``"D"`` (day) up to a month,
    ``"W"`` (week) up to half a year, ``"M"`` (month) beyond; ``"D"`` without dates.

    >>> from datetime import datetime
    >>> time_resolution([datetime(2025, 1, 1), datetime(2025, 1, 20)]), time_resolution([datetime(2025, 1, 1),
    ...     datetime(2025, 11, 20)])
    ('D', 'M')
    """
    days = sorted({d.date() for d in dates if d is not None})
    if len(days) < 2:
        return "D"
    span = (days[-1] - days[0]).days
    return "D" if span <= DAYS_UP_TO else "W" if span <= WEEKS_UP_TO else "M"


def distinct_days(articles: Iterable[Article]) -> int:
    """On how many different days (Berlin time) the articles were published."""
    return len({a.published.astimezone(BERLIN).date() for a in articles if a.published is not None})


def paragraphs(articles: Article | Iterable[Article]) -> pd.DataFrame:
    """One row per non-blank line of each article, classified, with offsets into ``Article.text``.

    Columns: ``article``, ``kind``, ``section``, ``paragraph``, ``heading``, ``text``,
    ``start``, ``end``.

    >>> from helpers import paths
    >>> p = paragraphs(load_corpus(paths.SEEDS))
    >>> p.kind.value_counts()["heading"]
    np.int64(3)
    """
    rows = []
    for a in as_articles(articles):
        headings = [s.heading for s in a.sections]
        for ln in a.lines:
            rows.append((a.id, ln.kind, ln.section, ln.paragraph, headings[ln.section], ln.text, ln.start, ln.end))
    df = pd.DataFrame(rows, columns=["article", "kind", "section", "paragraph", "heading", "text", "start", "end"])
    df["kind"] = pd.Categorical(df["kind"], categories=KINDS)
    return df


#: Label for the part of an article before its first heading.
INTRO = "Einstieg"


def section_labels(articles: Article | Iterable[Article]) -> pd.DataFrame:
    """``article``, ``section``, ``heading`` for every section; the intro is labelled :data:`INTRO`.

    >>> from helpers import paths
    >>> section_labels(load_corpus(paths.SEEDS))["heading"].tolist()[:2]
    ['Einstieg', 'Gespräche auch mit deutscher Beteiligung']
    """
    rows = [
        (a.id, i, s.heading if s.heading is not None else INTRO)
        for a in as_articles(articles)
        for i, s in enumerate(a.sections)
    ]
    return pd.DataFrame(rows, columns=["article", "section", "heading"])

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
import glob as _glob
import io
import json
import re
import unicodedata
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd

from helpers.german import MONTHS
from helpers.progress import progress_bar

BERLIN = ZoneInfo("Europe/Berlin")

#: Kinds of lines, in the order they usually appear.
KINDS = ("title", "dateline", "lead", "author", "heading", "body", "note")
#: Kinds that carry the article's own words (not metadata such as the dateline).
CONTENT_KINDS = ("title", "lead", "heading", "body")


class ArticleFormatError(ValueError):
    """The input is not a readable article; the message names the file and the reason."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ArticleEncodingWarning(UserWarning):
    """The file was not UTF-8 and was decoded another way (named in the message)."""


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

    def __repr__(self) -> str:  # short, for notebooks
        date = self.published.strftime("%d.%m.%Y") if self.published else "ohne Datum"
        return f"<Article {self.id!r}: {self.title!r}, {date}, {len(self.sections)} Abschnitte>"


# --- line patterns ---------------------------------------------------------------------------

_DATELINE = re.compile(
    r"^Stand:\s*(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\.\s*(?P<mname>[A-Za-zäÄ]+)\s+(?P<y2>\d{4}))"
    r"(?:,?\s*(?P<H>\d{1,2})[:.](?P<M>\d{2})\s*(?:Uhr)?)?\s*$"
)
_AUTHOR = re.compile(r"^(?:Von|Ein (?:Bericht|Kommentar|Gastbeitrag) von)\s+\S.{0,150}$")
_NOTE = re.compile(
    r"^(?:Über dieses Thema berichtete(?:n)?\b|Dieses Thema im Programm\b|Mehr zum Thema\b"
    r"|Mit Informationen von\b|Mit Material von\b|Dieser Artikel erschien\b)"
)
_SENTENCE_END = re.compile(r"[.!;,:…]\W*$")
_OPENING_QUOTE = "„‚»«\"'“"
_HEADING_MAX_WORDS = 12
_HEADING_MAX_CHARS = 100


def _is_author(text: str) -> bool:
    # "Von Jane Doe, ARD-Studio Washington": short, names (capitalised words), no full stop.
    if not _AUTHOR.match(text) or text.endswith(".") or len(text.split()) > 16:
        return False
    words = re.findall(r"[^\W\d_]+", text)
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised >= max(2, len(words) // 2)


def _is_heading_shape(text: str) -> bool:
    """A short line that does not end like a sentence (a question mark is allowed)."""
    if len(text) > _HEADING_MAX_CHARS or len(text.split()) > _HEADING_MAX_WORDS:
        return False
    if not any(c.isalpha() for c in text):
        return False
    first = text.lstrip(_OPENING_QUOTE)[:1]
    if not first or first.islower():
        return False
    return not _SENTENCE_END.search(text)


def _is_body_shape(text: str) -> bool:
    return bool(_SENTENCE_END.search(text)) or len(text.split()) > _HEADING_MAX_WORDS


def _published(match: re.Match[str]) -> datetime | None:
    g = match.groupdict()
    if g["d"]:
        day, month, year = int(g["d"]), int(g["m"]), int(g["y"])
    else:
        month = MONTHS.get(g["mname"].lower(), 0)
        day, year = int(g["d2"]), int(g["y2"])
    hour, minute = (int(g["H"]), int(g["M"])) if g["H"] else (0, 0)
    try:
        return datetime(year, month, day, hour, minute, tzinfo=BERLIN)
    except ValueError:
        return None


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


def decode(data: bytes, source: str = "<bytes>") -> str:
    """Decode an article file: UTF-8 (with or without BOM), else cp1252 with a warning.

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
        text = data.decode("utf-16")
        warnings.warn(f"{source}: decoded as UTF-16 (not UTF-8)", ArticleEncodingWarning, stacklevel=3)
    elif b"\x00" in data:
        raise ArticleFormatError(source, "binary content (NUL bytes): not a text file")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as utf8_error:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                pos = utf8_error.start
                raise ArticleFormatError(
                    source,
                    f"neither UTF-8 nor Windows-1252 (cp1252) text: byte 0x{data[pos]:02x} at "
                    f"position {pos}; save the file as UTF-8",
                ) from None
            warnings.warn(
                f"{source}: not UTF-8 (byte 0x{data[utf8_error.start]:02x} at position "
                f"{utf8_error.start}); decoded as Windows-1252 (cp1252)",
                ArticleEncodingWarning,
                stacklevel=3,
            )
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\t\f\v")
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


def _classify(lines: list[str]) -> list[str]:
    """Kind of each non-blank line (see :data:`KINDS`)."""
    n = len(lines)
    kinds = ["body"] * n
    kinds[0] = "title"
    i = 1
    # dateline and author may come before the lead; the author line usually follows it
    if i < n and _DATELINE.match(lines[i]):
        kinds[i] = "dateline"
        i += 1
    while i < n and _is_author(lines[i]):
        kinds[i] = "author"
        i += 1
    # closing notes, from the end
    last = n
    while last > i + 1 and _NOTE.match(lines[last - 1]):
        last -= 1
        kinds[last] = "note"
    if i < last:
        kinds[i] = "lead"
        i += 1
    while i < last and _is_author(lines[i]):
        kinds[i] = "author"
        i += 1
    for j in range(i, last):
        if (
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

    >>> a = parse_article("Titel\\nVorspann.\\nZwischentitel\\nText des Abschnitts.", "x.txt")
    >>> [(s.heading, len(s.paragraphs)) for s in a.sections]
    [(None, 0), ('Zwischentitel', 1)]
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
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
    headings = [None] + [ln.text for ln in lines if ln.kind == "heading"]
    sections = tuple(
        Section(h, tuple(ln.text for ln in lines if ln.kind == "body" and ln.section == s))
        for s, h in enumerate(headings)
    )

    def first(kind: str) -> str | None:
        return next((ln.text for ln in lines if ln.kind == kind), None)

    def joined(kind: str) -> str | None:
        found = [ln.text for ln in lines if ln.kind == kind]
        return "\n".join(found) if found else None

    dateline = first("dateline")
    published = _published(_DATELINE.match(dateline)) if dateline else None
    return Article(
        id=id if id is not None else (Path(source).stem if source != "<string>" else "article"),
        title=lines[0].text,
        published=published,
        lead=first("lead"),
        sections=sections,
        author=joined("author"),
        note=joined("note"),
        source=source,
        text=text,
        lines=tuple(lines),
        meta=dict(meta or {}),
    )


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
    body = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not any(c.isalpha() for c in body):
        raise ArticleFormatError(source, "no words in the text")
    title = " ".join(title.split()) if title else None
    full = f"{title}\n{body}" if title else body
    raw = _nonblank_lines(full)
    kinds = ["title" if title and i == 0 else "body" for i in range(len(raw))]
    lines = tuple(Line(k, t, s, e, 0, i) for i, ((t, s, e), k) in enumerate(zip(raw, kinds, strict=True)))
    if isinstance(published, str):
        published = pd.Timestamp(published).to_pydatetime() if published.strip() else None
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
    return parse_article(decode(data, str(path)), source=str(path))


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
        files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in readable)
        ignored = sorted(
            f.name
            for f in p.iterdir()
            if f.is_file() and f.suffix.lower() not in readable and not f.name.startswith(".")
        )
        if ignored:
            warnings.warn(
                f"{p}: not read (not .txt, .csv, .tsv, .jsonl): {', '.join(ignored)}", UserWarning, stacklevel=2
            )
        if not files:
            raise FileNotFoundError(f"{p}: no .txt files (or tables) in this folder")
        return files
    matches = sorted(Path(m) for m in _glob.glob(str(path), recursive=True) if Path(m).is_file())
    if not matches:
        raise FileNotFoundError(f"{path}: no such file, folder or matching files")
    return matches


#: File suffixes read as tables of articles (one article per row) by :func:`load_corpus`.
TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson")


def _table_rows(path: Path, sep: str | None, quotechar: str, header: bool, columns: Sequence[str] | None):
    """(row number, record or error message) for each row of a CSV/TSV or JSON Lines file."""
    data = path.read_bytes()
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
    reader = csv.reader(io.StringIO(text), delimiter=sep, quotechar=quotechar)
    names = list(columns) if columns else None
    for row in reader:
        if names is None and header:
            names = [c.strip() for c in row]
            continue
        if not any(cell.strip() for cell in row):
            continue
        if names is None:
            names = [f"column{i + 1}" for i in range(len(row))]
        if len(row) != len(names):
            yield reader.line_num, f"{len(row)} fields, expected {len(names)} ({', '.join(names)})"
            continue
        yield reader.line_num, dict(zip(names, row, strict=True))


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
    header row takes ``columns``. A bad row raises :class:`ArticleFormatError` with the file and
    row number; ``errors="skip"`` skips bad rows and reports them in one warning.

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
    for number, record in _table_rows(path, sep, quotechar, header, columns):
        try:
            if isinstance(record, str):
                raise ArticleFormatError(str(path), f"row {number}: {record}")
            if text not in record:
                raise ArticleFormatError(str(path), f"row {number}: no column {text!r} (columns: {', '.join(record)})")
            body = record[text]
            if not isinstance(body, str) or not body.strip():
                raise ArticleFormatError(str(path), f"row {number}: the text is empty")
            article_id = str(record[id]) if id and record.get(id) not in (None, "") else f"{path.stem}-{number}"
            if article_id in seen:
                raise ArticleFormatError(str(path), f"row {number}: id {article_id!r} appears twice")
            stamp = record.get(date) if date else None
            try:
                published = pd.Timestamp(stamp).to_pydatetime() if stamp not in (None, "") else None
            except (ValueError, TypeError):
                raise ArticleFormatError(str(path), f"row {number}: date {stamp!r} not understood") from None
            info = {
                k: str(record[k]) for k in ([category] if category else []) + list(meta) if record.get(k) is not None
            }
            if category and category in info:
                info["category"] = info.pop(category)
            source = f"{path}#row{number}"
            articles.append(article_from_record(body, article_id, record.get(title) if title else None, published,
                                                info, source))  # fmt: skip
            seen.add(article_id)
        except ArticleFormatError as error:
            if errors == "raise":
                raise
            skipped.append(error.reason)
    if skipped:
        shown = "; ".join(skipped[:20]) + (f"; ... ({len(skipped) - 20} more)" if len(skipped) > 20 else "")
        warnings.warn(f"{path}: skipped {len(skipped)} bad rows: {shown}", UserWarning, stacklevel=2)
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


def as_articles(x: Article | Iterable[Article]) -> list[Article]:
    """One article or many, as a list."""
    return [x] if isinstance(x, Article) else list(x)


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

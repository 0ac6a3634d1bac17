"""Actor mentions: who is mentioned, how, and where.

The gazetteer ``helpers/data/actors.yaml`` lists people, countries, organisations, places and
media with their names, adjectives, metonyms and dated roles. :func:`mentions` finds them in
articles, one row per mention, with the ``kind`` of mention:

- ``name``: a name, also in the genitive (Putins, Russlands, Merz'), first + last name as one;
- ``compound``: a name as a part of a hyphenated compound (US-Regierung, Ukraine-Gespräche);
- ``adjective``: an adjective of a country or region (die russische Delegation);
- ``metonym``: a place standing for an actor (des Kremls -> Russland);
- ``role``: a role that maps to one person at the article's date (der Kanzler -> Merz).

Rules (documented in the README, tested in tests/test_actors.py):

- Matching works on tokens, so a name never matches inside a word (Nordkorea is not Korea).
- The longest match wins and overlaps are resolved once (Deutsche Bahn is not Deutschland,
  EU-Kommission is the Commission and not also the EU, Friedrich Merz is one mention).
- A role right before its holder's name (Kanzler Merz, US-Präsident Donald Trump) or in an
  apposition to it in the same sentence is not a mention of its own. A bare role (der Kanzler)
  needs a definite article and resolves at the article's date: to its only holder; else to the
  holder named last before it in the article; else to the only holder from ``home`` (Germany).
  A country narrows it: US-Außenminister, der russische Präsident, der Präsident der Ukraine;
  another genitive leaves it alone (der Sprecher des Ministeriums). A generic role noun of
  ``roles_de.txt`` (Sprecher, Berater) never means an actor only because one holder is known.
- Names marked ``ambiguous`` in the gazetteer (Union, Linke, Grüne, Reiche ...) count only when a
  ``context`` word of the actor is in the same paragraph or the actor was named unambiguously
  earlier in the article.
- Only the article's own text counts: title, lead, headings, body (not dateline, author, note).

>>> from helpers import articles, paths
>>> m = mentions(articles.load_corpus(paths.SEEDS))
>>> m.loc[m.actor == "marco-rubio", "surface"].tolist()[:3]
['Rubio', 'Rubio', 'Marco Rubio']
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from helpers import paths
from helpers.articles import CONTENT_KINDS, Article, as_articles, section_labels
from helpers.german import (
    ADJECTIVE_ENDINGS,
    DEFINITE,
    dictionary_lemma,
    genitive_forms,
    is_role_noun,
    looks_genitive,
    role_words,
)
from helpers.progress import AUTO_THRESHOLD, progress_bar
from helpers.tokens import article_slices, lemma, sentences, token_columns, tokenize
from helpers.tokens import tokens as _tokens

#: Kinds of mention, in the order they win a tie between overlapping matches of equal length.
KINDS = ("name", "metonym", "role", "compound", "adjective")
#: Types of actor in the gazetteer.
TYPES = ("person", "country", "organisation", "place", "media")
#: German labels.
KIND_LABELS = {"name": "Name", "metonym": "Metonym", "role": "Rolle", "compound": "Kompositum", "adjective": "Adjektiv"}
#: One colour per kind of mention, the same in every figure.
KIND_COLORS = {
    "name": "#0072B2",
    "metonym": "#E69F00",
    "role": "#009E73",
    "compound": "#56B4E9",
    "adjective": "#D55E00",
}
TYPE_LABELS = {
    "person": "Person",
    "country": "Staat",
    "organisation": "Organisation",
    "place": "Ort",
    "media": "Medium",
}
#: The default gazetteer.
GAZETTEER = paths.DATA / "actors.yaml"

_LIST_FIELDS = ("names", "adjectives", "metonyms", "ambiguous", "context", "roles")
COLUMNS = [
    "article",
    "section",
    "paragraph",
    "sentence",
    "start",
    "end",
    "surface",
    "actor",
    "name",
    "type",
    "kind",
    "part",
]


# --- the gazetteer ----------------------------------------------------------------------------


def _read_yaml(path: Path) -> list[dict]:
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        raise ValueError(f"{path}: not valid YAML ({error})") from None
    entries = doc.get("actors") if isinstance(doc, dict) else doc
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a list of actors (or a mapping with 'actors:')")
    for i, entry in enumerate(entries):
        where = f"{path}: entry {i + 1}"
        if not isinstance(entry, dict) or not entry.get("id"):
            raise ValueError(f"{where}: every actor needs an 'id'")
        for field in _LIST_FIELDS:
            if field in entry and not isinstance(entry[field], list):
                raise ValueError(f"{where} ({entry['id']}): '{field}' must be a list")
    return entries


def load_gazetteer(extra: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None = None) -> list[dict]:
    """The gazetteer entries: ``helpers/data/actors.yaml`` merged with ``extra`` YAML file(s).

    Entries merge by ``id``: a new id adds an actor; a known id updates it (single values are
    replaced, lists such as ``names`` are extended). Raises ``ValueError`` naming the file.

    >>> entries = load_gazetteer()
    >>> next(e for e in entries if e["id"] == "friedrich-merz")["names"]
    ['Friedrich Merz', 'Merz']
    """
    files = [GAZETTEER] + ([] if extra is None else [extra] if isinstance(extra, str | os.PathLike) else list(extra))
    merged: dict[str, dict] = {}
    for f in files:
        for entry in _read_yaml(paths.resolve(f)):
            known = merged.get(entry["id"])
            if known is None:
                merged[entry["id"]] = {k: (list(v) if isinstance(v, list) else v) for k, v in entry.items()}
                continue
            for key, value in entry.items():
                if key in _LIST_FIELDS and isinstance(value, list):
                    known[key] = known.get(key, []) + [v for v in value if v not in known.get(key, [])]
                else:
                    known[key] = value
    for e in merged.values():
        missing = [k for k in ("name", "type") if not e.get(k)]
        if missing or e["type"] not in TYPES:
            raise ValueError(f"gazetteer entry {e['id']!r}: needs 'name' and a 'type' in {TYPES}")
    return list(merged.values())


def gazetteer(extra: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None = None) -> pd.DataFrame:
    """The gazetteer as a table, one row per actor (list columns for names, roles ...).

    >>> g = gazetteer()
    >>> g.set_index("id").loc["russland", ["name", "type"]].tolist()
    ['Russland', 'country']
    """
    rows = load_gazetteer(extra)
    columns = ["id", "name", "type", "country", "gender", *_LIST_FIELDS, "source"]
    return pd.DataFrame([{c: e.get(c, [] if c in _LIST_FIELDS else None) for c in columns} for e in rows])


# --- the compiled index -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Role:
    actor: str
    start: date | None
    end: date | None
    country: str | None


@dataclass
class _Index:
    """Surface forms -> actors, built once per gazetteer."""

    names: dict[tuple[str, ...], list[tuple[str, str, bool]]]  # tokens -> (actor, kind, ambiguous)
    first: frozenset[str]
    longest: int
    adjectives: dict[str, str]  # inflected form (lower case) -> actor
    roles: dict[tuple[str, ...], list[_Role]]  # title lemmas -> holders
    role_first: frozenset[str]
    role_longest: int
    actors: pd.DataFrame  # id, name, type, country, gender
    context: dict[str, frozenset[str]]
    types: dict[str, str]  # actor id -> type


def _day(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _compile(entries: list[dict]) -> _Index:
    names: dict[tuple[str, ...], list[tuple[str, str, bool]]] = defaultdict(list)
    adjectives: dict[str, str] = {}
    roles: dict[tuple[str, ...], list[_Role]] = defaultdict(list)
    context: dict[str, frozenset[str]] = {}
    for e in entries:
        actor = e["id"]
        ambiguous = set(e.get("ambiguous", []))
        for kind, surfaces in (("name", e.get("names", [])), ("metonym", e.get("metonyms", []))):
            for surface in surfaces:
                words = tokenize(surface)
                if not words:
                    continue
                for last in [words[-1], *genitive_forms(words[-1])]:
                    key = (*words[:-1], last)
                    if (actor, kind, surface in ambiguous) not in names[key]:
                        names[key].append((actor, kind, surface in ambiguous))
        for adjective in e.get("adjectives", []):
            for ending in ADJECTIVE_ENDINGS:
                adjectives.setdefault((adjective + ending).lower(), actor)
        for role in e.get("roles", []):
            key = tuple(lemma(w) for w in tokenize(str(role["title"])))
            roles[key].append(_Role(actor, _day(role.get("from")), _day(role.get("to")), e.get("country")))
        if e.get("context"):
            context[actor] = frozenset(e["context"])
    actors = pd.DataFrame(
        [(e["id"], e["name"], e["type"], e.get("country"), e.get("gender")) for e in entries],
        columns=["actor", "name", "type", "country", "gender"],
    )
    return _Index(
        names=dict(names),
        first=frozenset(k[0] for k in names),
        longest=max((len(k) for k in names), default=1),
        adjectives=adjectives,
        roles=dict(roles),
        role_first=frozenset(k[0] for k in roles),
        role_longest=max((len(k) for k in roles), default=1),
        actors=actors,
        context=context,
        types=dict(zip(actors["actor"], actors["type"], strict=True)),
    )


@cache
def _default_index() -> _Index:
    return _compile(load_gazetteer())


def surface_forms(gazetteer: pd.DataFrame | str | os.PathLike[str] | Sequence | None = None) -> list[str]:
    """Every form the matcher looks for: names and metonyms with their genitives (tokens joined by
    spaces) and inflected adjectives; longest first.

    >>> forms = surface_forms()
    >>> {"Putins", "Friedrich Merz", "russischen"} <= set(forms)
    True
    """
    index = _index(gazetteer)
    return sorted({" ".join(key) for key in index.names} | set(index.adjectives), key=len, reverse=True)


def actor_table(
    gazetteer: pd.DataFrame | str | os.PathLike[str] | Sequence | None = None,
) -> pd.DataFrame:
    """One row per actor of the gazetteer: ``actor`` (id), ``name``, ``type``, ``country``,
    ``gender`` (compiled once per process for the default gazetteer).

    >>> actor_table().set_index("actor").loc["friedrich-merz", ["name", "type", "gender"]].tolist()
    ['Friedrich Merz', 'person', 'm']
    """
    return _index(gazetteer).actors


def _index(source: pd.DataFrame | str | os.PathLike[str] | Sequence | None) -> _Index:
    if source is None:
        return _default_index()
    if isinstance(source, pd.DataFrame):
        records = [
            {k: v for k, v in row.items() if v is not None and not (isinstance(v, float) and np.isnan(v))}
            for row in source.to_dict("records")
        ]
        return _compile(records)
    return _compile(load_gazetteer(source))


# --- matching ---------------------------------------------------------------------------------


@dataclass
class _Candidate:
    start: int
    end: int
    first: int  # token index of the first token (in the article's token arrays)
    last: int
    actor: str | None
    kind: str
    ambiguous: bool = False
    roles: tuple[_Role, ...] = ()
    qualifier: str | None = None

    @property
    def rank(self) -> tuple[int, int, int]:
        return (-(self.end - self.start), KINDS.index(self.kind), self.start)


def _country_of(index: _Index, word: str) -> str | None:
    """The country id that a prefix (US, EU) or adjective (russische) names, if any."""
    for actor, _kind, _amb in index.names.get((word,), []):
        return actor
    return index.adjectives.get(word.lower())


def _article_candidates(index: _Index, text: list[str], lemmas: list[str], starts: np.ndarray) -> list[_Candidate]:
    out: list[_Candidate] = []
    n = len(text)
    for i in range(n):
        word = text[i]
        if word in index.first:
            for length in range(min(index.longest, n - i), 0, -1):
                found = index.names.get(tuple(text[i : i + length]))
                if found:
                    end = int(starts[i + length - 1]) + len(text[i + length - 1])
                    out.extend(_Candidate(int(starts[i]), end, i, i + length - 1, a, k, amb) for a, k, amb in found)
                    break
        adjective = index.adjectives.get(word.lower())
        if adjective:
            out.append(_Candidate(int(starts[i]), int(starts[i]) + len(word), i, i, adjective, "adjective"))
        if "-" in word and len(word) > 2:
            pos = 0
            parts = word.split("-")
            for p, part in enumerate(parts):
                begin = int(starts[i]) + pos
                pos += len(part) + 1
                if not part:
                    continue
                if p < len(parts) - 1:
                    for actor, _kind, amb in index.names.get((part,), []):
                        out.append(_Candidate(begin, begin + len(part), i, i, actor, "compound", amb))
                if part.lower() in index.adjectives and (part[:1].islower() or p == 0):
                    out.append(_Candidate(begin, begin + len(part), i, i, index.adjectives[part.lower()], "adjective"))
        if lemmas[i] in index.role_first or "-" in word:
            out.extend(_role_candidates(index, text, lemmas, starts, i))
    return out


def _role_candidates(index: _Index, text: list[str], lemmas: list[str], starts: np.ndarray, i: int) -> list[_Candidate]:
    """Role titles starting at token i (whole titles, or a country-prefixed title: US-Außenminister)."""
    n = len(text)
    for length in range(min(index.role_longest, n - i), 0, -1):
        holders = index.roles.get(tuple(lemmas[i : i + length]))
        if holders:
            end = int(starts[i + length - 1]) + len(text[i + length - 1])
            qualifier = _country_of(index, text[i - 1]) if i > 0 else None
            return [
                _Candidate(
                    int(starts[i]), end, i, i + length - 1, None, "role", roles=tuple(holders), qualifier=qualifier
                )
            ]
    word = text[i]
    if "-" in word:
        prefix, _, rest = word.partition("-")
        holders = index.roles.get((lemma(rest),)) if rest else None
        country = _country_of(index, prefix)
        if holders and country:
            return [
                _Candidate(
                    int(starts[i]),
                    int(starts[i]) + len(word),
                    i,
                    i,
                    None,
                    "role",
                    roles=tuple(holders),
                    qualifier=country,
                )
            ]
    return []


def _holders(candidate: _Candidate, day: date | None) -> list[_Role]:
    found = [
        r
        for r in candidate.roles
        if day is None or ((r.start is None or r.start <= day) and (r.end is None or day <= r.end))
    ]
    if candidate.qualifier:
        found = [r for r in found if r.country == candidate.qualifier or r.actor == candidate.qualifier]
    return found


_OF = frozenset({"des", "der", "von", "vom"})


def _genitive_qualifier(
    c: _Candidate, text: list[str], countries: dict[int, str], index: _Index
) -> tuple[bool, str | None]:
    """(followed by "des/der/von ...", the country that phrase names or None): "der Präsident der
    Ukraine" -> Ukraine; "der Sprecher des Ministeriums" -> a phrase, but no country."""
    j = c.last + 1
    if j >= len(text) or text[j] not in _OF:
        return False, None
    return True, countries.get(j + 1)


def _resolve_roles(
    candidates: list[_Candidate], text: list[str], sentence: np.ndarray, day: date | None, home: str | None,
    index: _Index | None = None,
) -> list[_Candidate]:  # fmt: skip
    """Give each role candidate its actor, or drop it (see the module's rules)."""
    named = sorted((c for c in candidates if c.kind == "name" and not c.ambiguous), key=lambda c: c.start)
    countries = {}
    if index is not None:
        countries = {c.first: c.actor for c in candidates if c.kind == "name" and index.types.get(c.actor) == "country"}
    kept = []
    for c in candidates:
        if c.kind != "role":
            kept.append(c)
            continue
        followed, country = _genitive_qualifier(c, text, countries, index) if index is not None else (False, None)
        if followed:
            if country is None:
                continue  # "der Sprecher des Ministeriums": someone the gazetteer cannot know
            c.qualifier = country  # "der Präsident der Ukraine"
        holders = _holders(c, day)
        actors = {r.actor for r in holders}
        if not actors:
            continue
        # apposition: the holder is named later in the same sentence (Kanzler Merz; ..., Steve Witkoff)
        if any(m.actor in actors and m.start > c.start and sentence[m.first] == sentence[c.first] for m in named):
            continue
        qualified = c.qualifier is not None or "-" in text[c.first]
        previous = text[c.first - 1].lower() if c.first > 0 else ""
        before = text[c.first - 2].lower() if c.first > 1 else ""
        if not qualified and previous not in DEFINITE and not (before in DEFINITE and previous[:1].islower()):
            continue
        generic = c.qualifier is None and all(w in role_words() for w in text[c.first : c.last + 1])
        if len(actors) > 1 or generic:  # a generic noun (der Sprecher) is not its only holder's name
            earlier = [m for m in named if m.actor in actors and m.start < c.start]
            if earlier:
                actors = {earlier[-1].actor}
            else:
                local = {r.actor for r in holders if r.country == home}
                actors = local if len(local) == 1 else actors if not generic else set()
        if len(actors) == 1:
            c.actor = actors.pop()
            kept.append(c)
    return kept


def _keep_ambiguous(
    candidates: list[_Candidate], index: _Index, paragraph: np.ndarray, text: list[str], lemmas: list[str]
) -> list[_Candidate]:
    """Ambiguous names count with a context word in their paragraph, or after a sure mention."""
    sure: dict[str, int] = {}
    for c in candidates:
        if not c.ambiguous and c.actor is not None:
            sure[c.actor] = min(sure.get(c.actor, c.start), c.start)
    seen: dict[int, tuple[set[str], str]] = {}
    kept = []
    for c in candidates:
        if not c.ambiguous or (c.actor in sure and sure[c.actor] < c.start):
            kept.append(c)
            continue
        p = int(paragraph[c.first])
        if p not in seen:
            where = np.flatnonzero(paragraph == p)
            seen[p] = ({text[j] for j in where} | {lemmas[j] for j in where}, " ".join(text[j] for j in where))
        words, joined = seen[p]
        context = index.context.get(c.actor, frozenset())
        if any((w in joined) if " " in w else (w in words) for w in context):
            kept.append(c)
    return kept


def _resolve_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest match first; a character may belong to one mention only."""
    taken: list[tuple[int, int]] = []
    kept = []
    for c in sorted(candidates, key=lambda c: (c.rank, c.actor or "")):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def mentions(
    articles: Article | Iterable[Article],
    gazetteer: pd.DataFrame | str | os.PathLike[str] | Sequence | None = None,
    toks: pd.DataFrame | None = None,
    home: str | None = "deutschland",
    kinds: Sequence[str] = CONTENT_KINDS,
    progress: bool | None = None,
) -> pd.DataFrame:
    """One row per actor mention: ``article``, ``section``, ``paragraph``, ``sentence``,
    ``start``, ``end``, ``surface`` (the text), ``actor`` (gazetteer id), ``name``, ``type``,
    ``kind`` (name, compound, adjective, metonym, role) and ``part`` (title, lead, heading, body).

    ``gazetteer``: ``None`` for ``helpers/data/actors.yaml``, a path (or paths) of your own YAML
    merged into it, or a table from :func:`gazetteer`. ``toks`` reuses a tokens table. ``home``
    is the country whose office holder a bare role means when in doubt. ``progress``: a progress
    bar (default: for 200 articles or more).
    """
    items = as_articles(articles)
    index = _index(gazetteer)
    # without a tokens table, its columns alone: no DataFrame to build and take apart again per call
    t = toks if toks is not None else token_columns(items, progress=progress)
    t = _in_kinds(t, kinds)
    by_id = {a.id: a for a in items}
    rows = []
    slices = article_slices(t)
    # the number of articles only matters to a bar that may show (counting them costs per call)
    shown = progress or (progress is None and len(by_id) >= AUTO_THRESHOLD)
    total = pd.Series(t["article"]).nunique() if shown else None
    for article_id, (a, b), columns in progress_bar(
        slices, "Akteure finden", unit="Artikel", total=total, enable=progress
    ):
        article = by_id.get(article_id)
        if article is None:
            continue
        text, lemmas, starts = columns["text"][a:b], columns["lemma"][a:b], columns["start"][a:b]
        candidates = _article_candidates(index, text, lemmas, starts)
        if not candidates:
            continue
        sentence, paragraph = columns["sentence"][a:b], columns["paragraph"][a:b]
        day = article.published.date() if article.published else None
        candidates = _keep_ambiguous(candidates, index, paragraph, text, lemmas)
        candidates = _resolve_roles(candidates, text, sentence, day, home, index)
        section, line_kind = columns["section"][a:b], columns["kind"][a:b]
        for c in _resolve_overlaps(candidates):
            i = c.first
            rows.append((article.id, int(section[i]), int(paragraph[i]), int(sentence[i]), c.start, c.end,
                         article.text[c.start : c.end], c.actor, c.kind, line_kind[i]))  # fmt: skip
    return _mention_table(rows, index.actors)


#: The columns of a mention as ``mentions`` collects them (name and type come from the gazetteer).
_ROW = ("article", "section", "paragraph", "sentence", "start", "end", "surface", "actor", "kind", "part")


def _mention_table(rows: list[tuple], actors: pd.DataFrame) -> pd.DataFrame:
    """The mentions table from collected rows, with ``name`` and ``type`` from the gazetteer's
    ``actors`` (a look-up, not a merge, and one DataFrame built in column order: a per-call cost
    of milliseconds otherwise). The same table as ``DataFrame(rows).merge(actors, how="left")``."""
    if not rows:  # a shallow copy: pandas copies on write, so the template stays as it is
        return _empty_mentions(actors["name"].dtype, actors["type"].dtype).copy(deep=False)
    columns = dict(zip(_ROW, map(list, zip(*rows, strict=True)), strict=True))
    found = pd.Index(actors["actor"]).get_indexer(columns["actor"])  # -1 (missing) as a left merge would
    columns["name"] = actors["name"].array.take(found, allow_fill=True)
    columns["type"] = actors["type"].array.take(found, allow_fill=True)
    return pd.DataFrame({c: columns[c] for c in COLUMNS})


@cache
def _empty_mentions(name: object, kind: object) -> pd.DataFrame:
    """No mentions: the columns of an empty ``mentions`` table, built once."""
    out = pd.DataFrame([], columns=list(_ROW))
    out["name"] = pd.array([], dtype=name)
    out["type"] = pd.array([], dtype=kind)
    return out[COLUMNS]


def _in_kinds(t: pd.DataFrame | dict, kinds: Sequence[str]) -> pd.DataFrame | dict:
    """The rows of a tokens table (or of its columns) whose line is of one of ``kinds`` (the
    table itself if all are)."""
    column = t["kind"]
    if isinstance(column, pd.Categorical) or isinstance(column.dtype, pd.CategoricalDtype):  # per category
        categorical = column if isinstance(column, pd.Categorical) else column.cat
        wanted = np.array([c in kinds for c in categorical.categories], dtype=bool)
        codes = np.asarray(categorical.codes)
        keep = (wanted[codes] & (codes >= 0)) if len(wanted) else np.zeros(len(codes), dtype=bool)
    else:
        keep = pd.Series(column).isin(kinds).to_numpy()
    if keep.all():
        return t
    return t[keep] if isinstance(t, pd.DataFrame) else {k: v[keep] for k, v in t.items()}


# --- analyses ---------------------------------------------------------------------------------


def mention_counts(m: pd.DataFrame, by: str | Sequence[str] = "name") -> pd.DataFrame:
    """Mentions per actor (or any column), one column per ``kind``, with a ``total``; largest first.

    >>> from helpers import articles, paths
    >>> c = mention_counts(mentions(articles.load_corpus(paths.SEEDS)))
    >>> c.loc["Ukraine", ["name", "compound", "adjective", "total"]].tolist()
    [7, 2, 3, 12]
    """
    table = m.pivot_table(index=by, columns="kind", values="start", aggfunc="count", fill_value=0, observed=True)
    table = table.reindex(columns=[k for k in KINDS if k in table.columns])
    table["total"] = table.sum(axis=1)
    table.columns.name = None
    return table.sort_index().sort_values("total", ascending=False, kind="stable")


def prominence(m: pd.DataFrame, articles: Article | Iterable[Article]) -> pd.DataFrame:
    """Per article and actor: ``mentions``, ``in_title``, ``in_lead``, ``in_first_paragraph``
    (the first body paragraph), and ``first`` (where the first mention stands, 0 = start, 1 = end).
    """
    items = as_articles(articles)
    first_body = {a.id: next((ln.paragraph for ln in a.lines if ln.kind == "body"), -1) for a in items}
    length = {a.id: max(len(a.text), 1) for a in items}
    m = m.assign(
        in_title=m["part"] == "title",
        in_lead=m["part"] == "lead",
        in_first_paragraph=m["paragraph"] == m["article"].map(first_body),
        position=m["start"] / m["article"].map(length),
    )
    out = m.groupby(["article", "actor", "name"], observed=True, sort=False).agg(
        mentions=("start", "size"),
        in_title=("in_title", "any"),
        in_lead=("in_lead", "any"),
        in_first_paragraph=("in_first_paragraph", "any"),
        first=("position", "min"),
    )
    return out.reset_index().sort_values(["article", "mentions", "first"], ascending=[True, False, True])


def prominence_summary(p: pd.DataFrame, top_n: int = 15) -> pd.DataFrame:
    """Per actor name, in how many articles it stands in the ``Titel``, the ``Vorspann``, the
    ``Erster Absatz``, and its ``Erwähnungen``, from :func:`prominence`; the ``top_n`` most
    prominent first (title, then lead, first paragraph, mentions).

    >>> from helpers import articles, paths
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> prominence_summary(prominence(mentions(corpus), corpus)).loc["Marco Rubio"].tolist()
    [1, 1, 1, 5]
    """
    table = p.groupby("name").agg(
        Titel=("in_title", "sum"),
        Vorspann=("in_lead", "sum"),
        **{"Erster Absatz": ("in_first_paragraph", "sum")},
        Erwähnungen=("mentions", "sum"),
    )
    return table.sort_values(["Titel", "Vorspann", "Erster Absatz", "Erwähnungen"], ascending=False).head(top_n)


def dispersion(m: pd.DataFrame, article: Article, top_n: int = 12) -> pd.DataFrame:
    """The mentions of the ``top_n`` most mentioned actors of one article along its text:
    ``name``, ``kind``, ``start``, ``surface``, ``position`` (percent of the text); the actors'
    order, most mentioned first, is in ``.attrs["order"]``.

    >>> from helpers import articles, paths
    >>> seed = articles.load_corpus(paths.SEEDS)[0]
    >>> dispersion(mentions(seed), seed).attrs["order"][:2]
    ['USA', 'Ukraine']
    """
    part = m[m["article"] == article.id]
    top = part["name"].value_counts().head(top_n).index.tolist()
    length = max(len(article.text.rstrip()), 1)
    table = part[part["name"].isin(top)][["name", "kind", "start", "surface"]].assign(
        position=lambda d: (100 * d["start"] / length).round(1)
    )
    table.attrs["order"] = top
    return table


def mentions_per_article(m: pd.DataFrame, top_n: int = 8, max_articles: int = 30) -> pd.DataFrame:
    """Mentions per article (rows, at most ``max_articles``, most mentions first) of the ``top_n``
    actors of all articles (columns) and of the others (``andere``).

    >>> from helpers import articles, paths
    >>> mentions_per_article(mentions(articles.load_corpus(paths.SEEDS)), top_n=2).columns.tolist()
    ['USA', 'Ukraine', 'andere']
    """
    top = m["name"].value_counts().head(top_n).index
    labelled = m.assign(who=m["name"].where(m["name"].isin(top), "andere"))
    table = pd.crosstab(labelled["article"], labelled["who"])
    table = table.reindex(columns=[*top, *(["andere"] if "andere" in table.columns else [])])
    return table.loc[table.sum(axis=1).sort_values(ascending=False).index].head(max_articles)


def cooccurrence(m: pd.DataFrame, unit: str = "sentence") -> pd.DataFrame:
    """Pairs of actors named in the same ``unit`` (``sentence`` or ``paragraph``): ``a``, ``b``
    (names, in alphabetical order), ``count`` (units with both), largest first.

    >>> from helpers import articles, paths
    >>> e = cooccurrence(mentions(articles.load_corpus(paths.SEEDS)))
    >>> e.head(3).values.tolist()  # counted by hand in the seed's sentences
    [['Miami', 'Ukraine', 5], ['Russland', 'Ukraine', 5], ['USA', 'Ukraine', 5]]
    """
    if unit not in ("sentence", "paragraph"):
        raise ValueError("unit must be 'sentence' or 'paragraph'")
    units = m[["article", unit, "name"]].drop_duplicates()
    pairs = units.merge(units, on=["article", unit])
    pairs = pairs[pairs["name_x"] < pairs["name_y"]]
    out = pairs.groupby(["name_x", "name_y"]).size().rename("count").reset_index()
    out.columns = ["a", "b", "count"]
    return out.sort_values(["count", "a", "b"], ascending=[False, True, True]).reset_index(drop=True)


def actor_by_section(m: pd.DataFrame, articles: Article | Iterable[Article], top_n: int = 12) -> pd.DataFrame:
    """Mentions of the ``top_n`` actors per section (rows: actors, columns: section headings)."""
    labels = section_labels(articles)
    labelled = m.merge(labels, on=["article", "section"], how="left")
    single = labelled["article"].nunique() == 1
    labelled["column"] = labelled["heading"] if single else labelled["section"].map(lambda s: f"Abschnitt {s}")
    top = labelled["name"].value_counts().head(top_n).index
    table = pd.crosstab(labelled["name"], labelled["column"]).reindex(index=top)
    order = labels["heading"].tolist() if single else sorted(table.columns, key=lambda c: int(c.split()[-1]))
    return table.reindex(columns=[c for c in dict.fromkeys(order) if c in table.columns], fill_value=0)



def mentions_over_time(
    m: pd.DataFrame, articles: Article | Iterable[Article], freq: str = "D", top_n: int = 8
) -> pd.DataFrame:
    """Mentions of the ``top_n`` actors per period of ``freq`` (pandas: D, W, MS) by the
    articles' ``published`` date; one row per period, one column per actor. Undated articles
    are left out (their number is in ``.attrs["undated"]``).
    """
    dates = {a.id: a.published for a in as_articles(articles)}
    stamped = m.assign(published=pd.to_datetime(m["article"].map(dates), utc=True))
    undated = stamped.loc[stamped["published"].isna(), "article"].nunique()
    stamped = stamped.dropna(subset=["published"])
    top = stamped["name"].value_counts().head(top_n).index
    stamped = stamped[stamped["name"].isin(top)]
    period = stamped["published"].dt.tz_convert("Europe/Berlin").dt.tz_localize(None).dt.to_period(freq[0])
    table = stamped.groupby([period.rename("period"), "name"]).size().unstack(fill_value=0)
    table = table.reindex(columns=[c for c in top if c in table.columns])
    table.attrs["undated"] = undated
    return table


# --- discovery --------------------------------------------------------------------------------


def _name_like(word: str, known: frozenset[str]) -> bool:
    return bool(re.fullmatch(r"[A-ZÄÖÜ][\w'’-]*", word)) and word not in known and word.upper() != word


def _role_patterns(
    text: list[str], sentence: np.ndarray, stop: np.ndarray, known: frozenset[str], roles: set[str]
) -> Iterable[tuple[int, int, str]]:
    """(first, last + 1, role) of names introduced by a role: "Präsident X Y", "X Y, Chef der"."""
    n = len(text)
    for i, word in enumerate(text):
        if word in roles and not (i + 1 < n and text[i + 1] in roles):  # in a chain, the last role counts
            j = i + 1
            while j < n and j - i <= 3 and sentence[j] == sentence[i] and not stop[j] and _name_like(text[j], known):
                j += 1
            if j - i > 2 or (j == i + 2 and dictionary_lemma(text[i + 1]) is None):
                yield i + 1, j, word
        elif (
            word == ","
            and 2 <= i < n - 2
            and text[i + 1] in roles
            and text[i + 2] in ("der", "des", "von")
            and _name_like(text[i - 1], known)
            and _name_like(text[i - 2], known)
        ):
            yield i - 2, i, text[i + 1]


def discover(
    articles: Article | Iterable[Article],
    gazetteer: pd.DataFrame | str | os.PathLike[str] | Sequence | None = None,
    toks: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """People the gazetteer lacks, found through German role patterns: ``Präsident X Y``,
    ``Außenminister X``, ``Berater X Y``, ``Sprecher X``, ``X Y, Chef der ...``.

    One row per proposed person: ``name``, ``role`` (as written), ``mentions`` (of the last name
    in the articles), ``articles``, ``example`` (a sentence), ``article``, ``start``, ``end`` (of
    the name in the example) and ``yaml``: an entry to paste into your own gazetteer file.

    >>> from helpers import articles, paths
    >>> found = discover(articles.load_corpus(paths.SEEDS), gazetteer=gazetteer().query("id != 'kirill-dmitrijew'"))
    >>> found[["name", "role"]].values.tolist()
    [['Kirill Dmitrijew', 'Berater']]
    """
    items = as_articles(articles)
    index = _index(gazetteer)
    known = frozenset(w for key in index.names for w in key)
    t = toks if toks is not None else _tokens(items)
    t = t[t["kind"].isin(CONTENT_KINDS)]
    roles = set(filter(is_role_noun, t["text"].unique()))
    found: dict[str, dict] = {}
    for article_id, (a, b), columns in article_slices(t):
        text = columns["text"][a:b]
        starts, ends, sentence = columns["start"][a:b], columns["end"][a:b], columns["sentence"][a:b]
        for first, last, role in _role_patterns(text, sentence, columns["is_stop"][a:b], known, roles):
            words = [w.rstrip("'’") for w in text[first:last]]
            if last - first > 1 and looks_genitive(words[-1]):  # Präsident Wladimir Putins Berater
                words[-1] = words[-1][:-1]
            name = " ".join(words)
            if (words[-1],) in index.names or tuple(words) in index.names:
                continue
            entry = found.setdefault(
                name,
                {
                    "name": name,
                    "role": role,
                    "in": set(),
                    "article": str(article_id),
                    "start": int(starts[first]),
                    "end": int(ends[last - 1]),
                    "sentence": int(sentence[first]),
                },
            )
            entry["in"].add(str(article_id))
    names = ["name", "role", "mentions", "articles", "example", "article", "start", "end", "yaml"]
    if not found:
        return pd.DataFrame(columns=names)
    found = _merge_by_last_name(found)
    lasts = {name.split()[-1] for name in found}
    words = t.loc[t["text"].isin(lasts | {w + "s" for w in lasts}), "text"]
    counts = words.str.replace(r"s$", "", regex=True).where(~words.isin(lasts), words).value_counts()
    wanted = {e["article"] for e in found.values()}
    s = sentences([a for a in items if a.id in wanted], t[t["article"].isin(wanted)])
    examples = {(r.article, r.sentence): r.text for r in s.itertuples()}
    rows = [
        {
            "name": e["name"],
            "role": e["role"],
            "mentions": max(int(counts.get(e["name"].split()[-1], 0)), 1),
            "articles": len(e["in"]),
            "example": examples.get((e["article"], e["sentence"]), ""),
            "article": e["article"],
            "start": e["start"],
            "end": e["end"],
            "yaml": _yaml_entry(e["name"], e["role"], e.get("variants", [])),
        }
        for e in found.values()
    ]
    return pd.DataFrame(rows, columns=names).sort_values(
        ["mentions", "name"], ascending=[False, True], ignore_index=True
    )


def _merge_by_last_name(found: dict[str, dict]) -> dict[str, dict]:
    """One proposal per last name: the fullest, most seen spelling, the others as variants."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for entry in found.values():
        groups[entry["name"].split()[-1]].append(entry)
    merged = {}
    for entries in groups.values():
        entries.sort(key=lambda e: (-len(e["name"].split()), -len(e["in"]), e["name"]))
        best = dict(entries[0])
        best["in"] = set().union(*(e["in"] for e in entries))
        best["variants"] = [e["name"] for e in entries[1:] if len(e["name"].split()) > 1]
        merged[best["name"]] = best
    return merged


def _yaml_entry(name: str, role: str, variants: Sequence[str] = ()) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower().translate(table)).strip("-")
    names = [name, *variants] + ([name.split()[-1]] if " " in name else [])
    return (
        f"- id: {slug}\n  name: {name}\n  type: person\n"
        f"  roles:\n    - {{title: {role}}}\n  names: [{', '.join(names)}]\n"
    )


def to_yaml(discovered: pd.DataFrame) -> str:
    """The ``yaml`` entries of :func:`discover` as one text for a gazetteer file of your own."""
    return "actors:\n" + "".join(discovered["yaml"])

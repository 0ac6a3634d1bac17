"""The public table: :func:`quotes`, one row per quote, and the analyses built on it.

>>> from helpers import articles, paths
>>> q = quotes(articles.load_corpus(paths.SEEDS))
>>> q.kind.value_counts().to_dict()
{'indirect': 12, 'partial': 3, 'direct': 2}
"""

from __future__ import annotations

import os
import re
import warnings
from collections import ChainMap
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from operator import itemgetter

import numpy as np
import pandas as pd

from helpers import paths
from helpers.actors import actor_table, mention_columns
from helpers.articles import CONTENT_KINDS, Article, as_articles, section_labels, section_name
from helpers.frames import POSITIONS, int_array, string_array, typed_table
from helpers.german import DEFINITE, INDEFINITE, PERSONAL_PRONOUNS, closed, noun_lemma, shorten
from helpers.interviews import interview_turns
from helpers.progress import AUTO_THRESHOLD, progress_bar
from helpers.quotes.article import article_quotes
from helpers.quotes.document import Cue, Doc, read_doc
from helpers.quotes.lexicon import lexicon as compiled_lexicon
from helpers.quotes.marks import UnclosedQuoteWarning
from helpers.quotes.voices import Row, headline_rows, interview_rows
from helpers.recognised import nominative
from helpers.tokens import article_slices, of_kinds, token_columns

#: Kinds of quotation.
KINDS = ("direct", "partial", "interview", "indirect")
#: The kinds that are someone's own words (an interview answer is direct speech without quotation marks).
DIRECT_KINDS = ("direct", "partial", "interview")
#: German labels.
KIND_LABELS = {"direct": "direktes Zitat", "partial": "Teilzitat", "interview": "Interviewantwort",
               "indirect": "indirekte Rede"}  # fmt: skip
#: One colour per kind, the same in every figure.
KIND_COLORS = {"direct": "#0072B2", "partial": "#56B4E9", "interview": "#009E73", "indirect": "#E69F00"}
#: The columns of :func:`quotes`.
COLUMNS = [
    "article", "section", "paragraph", "sentence", "start", "end", "text", "kind",
    "speaker", "actor", "name", "cue", "speaker_start", "speaker_end", "cue_start", "cue_end", "closed",
    "cue_particle_start", "cue_particle_end", "speaker_from",
]  # fmt: skip
_UNRESOLVED = "(Pronomen, nicht zugeordnet)"


def _cue_text(d: Doc, c: Cue | None) -> tuple[str | None, int | None, int | None, int | None, int | None]:
    """The cue as written (a separable verb with its particle: "teilte mit"), the offsets of its
    verb or frame, and those of the particle (None for a verb that is not separated)."""
    if c is None:
        return None, None, None, None, None
    start, end = int(d.starts[c.first]), int(d.ends[c.last])
    text = d.article.text[start:end]
    if not c.extra:
        return text, start, end, None, None
    text += " " + " ".join(d.words[j] for j in c.extra)
    return text, start, end, int(d.starts[c.extra[0]]), int(d.ends[c.extra[-1]])


_KNOWN: list[tuple[pd.DataFrame, dict[str, str], dict[str, str]]] = []


def _known_genders_and_names(known: pd.DataFrame) -> tuple[dict[str, str], dict[str, str]]:
    """Gender and name of the gazetteer's actors (not to be changed: shared by every call); read once
    per gazetteer table (the default one is the same table on every call: 2 ms per call otherwise)."""
    if not (_KNOWN and _KNOWN[0][0] is known):
        genders = {a: g for a, g in zip(known["actor"], known["gender"], strict=True) if isinstance(g, str)}
        _KNOWN[:] = [(known, genders, dict(zip(known["actor"], known["name"], strict=True)))]
    return _KNOWN[0][1], _KNOWN[0][2]


#: The columns of the mentions that :func:`quotes` reads.
_MENTION_COLUMNS = ("article", "start", "end", "actor", "name", "type", "kind", "gender")


def _mention_lists(m: pd.DataFrame) -> dict[str, list]:
    """The columns of a mentions table that :func:`quotes` reads, as lists (a column a table of
    your own lacks, ``gender`` say, as missing values)."""
    return {c: m[c].tolist() if c in m else [None] * len(m) for c in _MENTION_COLUMNS}


def _genders_and_names(known: pd.DataFrame, m: Mapping[str, list]) -> tuple[Mapping[str, str], Mapping[str, str]]:
    """Gender and name of every actor, from the gazetteer and from the mentions: a person the
    recogniser found ("Die Grünen-Abgeordnete Svenja Morgenthal") is named and gendered there, so
    a later "sagte sie" and the table's ``name`` reach her."""
    known_genders, known_names = _known_genders_and_names(known)
    # the mentions' own actors over the gazetteer's (read only: no copy of the gazetteer's per call)
    genders, names = ChainMap({}, known_genders), ChainMap({}, known_names)
    seen = set()
    for a, n, g in zip(m["actor"], m["name"], m["gender"], strict=True):
        if a in seen:
            continue  # each actor's first mention, as written there
        seen.add(a)
        if isinstance(n, str):
            names.setdefault(a, n)
        if isinstance(g, str):
            genders.setdefault(a, g)
    return genders, names


def _by_article(m: Mapping[str, list]) -> dict[str, dict[str, list]]:
    """The mentions' columns of each article (one article, a short text: the columns as they are)."""
    article = m["article"]
    if not article:
        return {}
    if article.count(article[0]) == len(article):
        return {str(article[0]): m}
    rows: dict[str, list[int]] = {}
    for i, a in enumerate(article):
        rows.setdefault(str(a), []).append(i)
    return {a: {c: [v[i] for i in where] for c, v in m.items()} for a, where in rows.items()}


def quotes(
    articles: Article | Iterable[Article],
    gazetteer: pd.DataFrame | str | os.PathLike[str] | Sequence | None = None,
    toks: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    lexicon: str | os.PathLike[str] | None = None,
    language: str = "de",
    progress: bool | None = None,
) -> pd.DataFrame:
    """One row per quote: ``article``, ``section``, ``paragraph``, ``sentence``, ``start``,
    ``end`` (offsets into ``Article.text``; quotation marks included), ``text``, ``kind``
    (direct, partial, indirect), ``speaker`` (as written: "Kanzler Merz", "er", "Medienberichten"),
    ``actor`` (gazetteer id, also through a pronoun), ``name`` (the actor's name, else the
    speaker as written), ``cue`` (sagte, kündigte an, laut, zufolge, so; none for a quote that
    goes on from the one before), ``speaker_start``/``speaker_end``, ``cue_start``/``cue_end``
    (offsets of the verb or frame), ``closed`` (false: the closing quotation mark is missing),
    ``cue_particle_start``/``cue_particle_end`` (offsets of a separable verb's particle, "mit" of
    "teilte … mit"; empty otherwise: with ``cue_start``/``cue_end`` they cover every part of the cue).

    ``gazetteer`` as in :func:`helpers.actors.mentions`; ``toks`` and ``mentions`` reuse a tokens
    table and its actor mentions; ``lexicon`` is a word list of your own in the format of
    ``helpers/data/speech_verbs_de.txt``, added to it.

    >>> from helpers import articles
    >>> a = articles.parse_article("Titel\\nStand: 20.12.2025\\n„Wir sind bereit“, sagte Merz am Montag.")
    >>> quotes(a)[["text", "kind", "speaker", "actor", "cue"]].values.tolist()
    [['„Wir sind bereit“', 'direct', 'Merz', 'friedrich-merz', 'sagte']]
    """
    if language != "de":
        raise ValueError("quotes knows German only (language='de')")
    items = as_articles(articles)
    # without a tokens table, its columns alone: no DataFrame to build and take apart again per call
    t = toks if toks is not None else token_columns(items, progress=progress)
    t = of_kinds(t, CONTENT_KINDS)
    # the mentions' columns as lists (no table built and taken apart again per call), or those of a table given
    m = _mention_lists(mentions) if mentions is not None else mention_columns(items, gazetteer=gazetteer, toks=t,
                                                                              progress=progress)  # fmt: skip
    genders, names = _genders_and_names(actor_table(gazetteer), m)
    lex = compiled_lexicon(None if lexicon is None else str(paths.resolve(lexicon)))
    by_article = _by_article(m)
    by_id = {a.id: a for a in items}
    turns = interview_turns(items)
    no_turns = turns.iloc[:0] if len(turns) else turns
    turns_of = {str(k): g for k, g in turns.groupby("article", sort=False)} if len(turns) else {}
    rows, unclosed = [], []
    slices = article_slices(t)
    # the number of articles only matters to a bar that may show (counting them costs per call)
    shown = progress or (progress is None and len(by_id) >= AUTO_THRESHOLD)
    total = pd.Series(t["article"]).nunique() if shown else None
    for article_id, (lo, hi), columns in progress_bar(slices, "Zitate finden", unit="Artikel", total=total,
                                                      enable=progress):  # fmt: skip
        article = by_id.get(article_id)
        if article is None:
            continue
        part = {k: columns[k][lo:hi] for k in ("start", "end", "sentence", "paragraph", "section", "is_stop", "text",
                                               "lemma")}  # fmt: skip
        d = read_doc(article, part, by_article.get(article.id), genders, names, lex)
        found = []
        for q in article_quotes(d):
            sp = q.speaker
            cue, cue_start, cue_end, particle_start, particle_end = _cue_text(d, q.cue)
            found.append(Row(
                section=int(d.section[q.first]), paragraph=int(d.paragraph[q.first]),
                sentence=int(d.sentence[q.first]), start=q.start, end=q.end, kind=q.kind,
                speaker=article.text[sp.start : sp.end] if sp is not None else None,
                actor=sp.actor if sp is not None else None,
                name=(sp.name or unnamed_speaker(article.text[sp.start : sp.end])) if sp is not None else None,
                cue=cue, speaker_start=sp.start if sp is not None else None,
                speaker_end=sp.end if sp is not None else None, cue_start=cue_start, cue_end=cue_end,
                closed=q.closed, cue_particle_start=particle_start, cue_particle_end=particle_end,
                speaker_from="cue" if sp is not None else None,
            ))  # fmt: skip
        for r in headline_rows(d, interview_rows(article, d, found, turns_of.get(article.id, no_turns))):
            rows.append((article.id, *(getattr(r, c) for c in COLUMNS[1:6]), article.text[r.start : r.end],
                         *(getattr(r, c) for c in COLUMNS[7:])))  # fmt: skip
            if not r.closed:
                unclosed.append(f"{article.id} at {r.start}")
    if unclosed:
        warnings.warn(
            f"{len(unclosed)} quotation mark(s) not closed; each quote ends with its paragraph: "
            + ", ".join(unclosed[:5])
            + (" …" if len(unclosed) > 5 else ""),
            UnclosedQuoteWarning,
            stacklevel=2,
        )
    if not rows:  # no quote: the empty table is built once (a per-call cost)
        return _no_quotes().copy(deep=False)
    rows.sort(key=_ORDER)  # by article, start, kind (stable): sorting the table cost more than its rows
    return _table(rows)


_ORDER = itemgetter(COLUMNS.index("article"), COLUMNS.index("start"), COLUMNS.index("kind"))
#: Offsets that may be missing (no speaker, no cue, no particle): pandas' nullable integers.
_OPTIONAL = frozenset({"speaker_start", "speaker_end", "cue_start", "cue_end", "cue_particle_start",
                       "cue_particle_end"})  # fmt: skip


def _table(rows: list[tuple]) -> pd.DataFrame:
    """The quotes table of ``rows`` (in :data:`COLUMNS` order), built column by column, each typed
    as declared (:data:`_OPTIONAL` offsets nullable, ``closed`` boolean, ids and offsets integers,
    the rest text): a column's type does not depend on whether any quote has a speaker."""
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(COLUMNS)
    return typed_table({c: _column(c, v) for c, v in zip(COLUMNS, columns, strict=True)})


def _column(name: str, values: Sequence) -> np.ndarray | pd.api.extensions.ExtensionArray:
    if name in _OPTIONAL:
        return int_array(values)
    if name in POSITIONS:
        return np.array(values, dtype=np.int64)
    if name == "closed":
        return np.array(values, dtype=bool)
    return string_array(values)


@cache
def _no_quotes() -> pd.DataFrame:
    return _table([])


# --- analyses ---------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def _words_in(text: str) -> int:
    return len(_WORD.findall(text))


#: The two voices of a text: someone's quoted words and the journalist's own.
VOICES = {True: "In den Zitaten", False: "Im Text des Journalisten"}


def quoted_tokens(toks: pd.DataFrame, q: pd.DataFrame, kinds: Sequence[str] = DIRECT_KINDS) -> pd.DataFrame:
    """``toks`` with a column ``is_quoted``: the token stands inside a quote of ``kinds`` (by
    default the words in quotation marks and interview answers: someone else's words, not the
    journalist's), and
    ``voice``, its German label (:data:`VOICES`).

    >>> from helpers import articles, paths
    >>> from helpers.tokens import tokens
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> t = quoted_tokens(tokens(corpus), quotes(corpus))
    >>> t.loc[t.is_quoted & ~t.is_punct, "text"].tolist()[:4]
    ['Ich', 'denke', 'wir', 'haben']
    """
    out = toks.copy()
    flags = np.zeros(len(out), dtype=bool)
    chosen = q[q["kind"].isin(kinds)]
    if not (chosen.empty or out.empty):
        article = out["article"].astype(str).to_numpy()
        starts, ends = out["start"].to_numpy(), out["end"].to_numpy()
        for a, rows in chosen.groupby("article", sort=False):
            where = np.flatnonzero(article == str(a))
            for s, e in zip(rows["start"], rows["end"], strict=True):
                flags[where[(starts[where] >= s) & (ends[where] <= e)]] = True
    out["is_quoted"] = flags
    out["voice"] = out["is_quoted"].map(VOICES)
    return out


def words_by_voice(qt: pd.DataFrame) -> pd.Series:
    """Words (tokens that are not punctuation, in title, lead, headings and body) per ``voice`` of
    :func:`quoted_tokens`.

    >>> from helpers import articles, paths
    >>> from helpers.tokens import tokens
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> words_by_voice(quoted_tokens(tokens(corpus), quotes(corpus))).to_dict()
    {'Im Text des Journalisten': 520, 'In den Zitaten': 53}
    """
    return qt[qt["kind"].isin(CONTENT_KINDS) & ~qt["is_punct"]].groupby("voice").size()


def terms_per_1000_by_voice(qt: pd.DataFrame) -> pd.DataFrame:
    """How often each lemma (not a stopword, letters only) occurs per 1,000 words of each voice of
    :func:`quoted_tokens`: one row per lemma, one column per voice, most frequent in quotes first.

    >>> from helpers import articles, paths
    >>> from helpers.tokens import tokens
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> terms_per_1000_by_voice(quoted_tokens(tokens(corpus), quotes(corpus))).index[0]
    'Berlin'
    """
    totals = words_by_voice(qt)
    content = qt[qt["kind"].isin(CONTENT_KINDS) & qt["is_alpha"] & ~qt["is_stop"]]
    per_1000 = (content.groupby(["lemma", "voice"]).size().unstack(fill_value=0) / totals * 1000).round(1)
    return per_1000.sort_values(VOICES[True], ascending=False) if VOICES[True] in per_1000 else per_1000


#: Words that open a speaker's phrase but name no one: articles, and prepositions of frames.
_OPENERS = DEFINITE | INDEFINITE | closed("laut in im nach von vom zufolge")


#: Quantifiers in the dative and their nominative: "nach Angaben von allen Seiten" -> Alle Seiten.
_DATIVE_QUANTIFIERS = {"allen": "alle", "vielen": "viele", "mehreren": "mehrere", "einigen": "einige",
                       "beiden": "beide", "zahlreichen": "zahlreiche", "anderen": "andere"}


def unnamed_speaker(text: str) -> str:
    """The ``name`` of a speaker no actor stands for: as written, without the article or preposition
    before it and in the nominative, so that "die Polizei", "Die Polizei" and "der Polizei" are one
    speaker ("Medienberichten zufolge": Medienberichte; "von allen Seiten": Alle Seiten); a pronoun
    stays as written (:func:`quote_counts` sets those apart).

    >>> unnamed_speaker("der Polizei"), unnamed_speaker("einem Vermerk"), unnamed_speaker("des Ministeriums")
    ('Polizei', 'Vermerk', 'Ministerium')
    >>> unnamed_speaker("ein Sprecher des Ministeriums"), unnamed_speaker("ein hochrangiger US-Beamter")
    ('Sprecher des Ministeriums', 'Hochrangiger US-Beamter')
    >>> unnamed_speaker("er"), unnamed_speaker("allen Seiten"), unnamed_speaker("Medienberichten")
    ('er', 'Alle Seiten', 'Medienberichte')
    >>> unnamed_speaker("den Gewerkschaften"), unnamed_speaker("Sicherheitskreisen")
    ('Gewerkschaften', 'Sicherheitskreise')
    >>> unnamed_speaker("der griechischen Küstenwache"), unnamed_speaker("des Bündnisses")
    ('Griechische Küstenwache', 'Bündnis')
    """
    words = text.split()
    k = 0
    while k < len(words) - 1 and words[k].lower() in _OPENERS:
        k += 1
    words = words[k:]
    words[0] = _DATIVE_QUANTIFIERS.get(words[0], words[0])
    last = words[-1]
    lemma = noun_lemma(last) if len(words) <= 2 and last.endswith("n") else None
    if lemma is not None and last == lemma + "en" and noun_lemma(lemma + "e") == lemma:
        words[-1] = lemma + "e"  # a plural in the dative: Medienberichten -> Medienberichte, Kreisen -> Kreise
        # (not a plural in -en: den Gewerkschaften are Gewerkschaften)
    elif lemma is not None and lemma.endswith("er") and last == lemma + "n":
        words[-1] = lemma  # Forschern -> Forscher, Insidern -> Insider
    if words == text.split():
        return text
    # a label of its own, capitalised before the cases are undone, so that an adjective in front takes
    # the nominative too: "der griechischen Küstenwache" -> "Griechische Küstenwache"
    words[0] = words[0][:1].upper() + words[0][1:]
    return nominative(" ".join(words), "ORG")


def quote_counts(q: pd.DataFrame, by: str | Sequence[str] = "name", words: bool = False) -> pd.DataFrame:
    """Quotes (or, with ``words``, their words) per speaker, one column per ``kind``, with a
    ``total``; largest first. Quotes without a speaker count as "(ohne Sprecher)", pronouns that
    point to nobody we could name as "(Pronomen, nicht zugeordnet)".

    >>> from helpers import articles, paths
    >>> c = quote_counts(quotes(articles.load_corpus(paths.SEEDS)))
    >>> c.loc["Friedrich Merz"].tolist()  # Berlin quote; two partial quotes; "nach seinen Angaben", "dass Selenskyj …"
    [1, 2, 2, 5]
    """
    columns = [by] if isinstance(by, str) else list(by)
    pronouns = list(PERSONAL_PRONOUNS)
    unresolved = q["speaker"].str.lower().isin(pronouns) & q["actor"].isna()
    data = q.assign(
        **{b: q[b].mask(unresolved & q[b].str.lower().isin(pronouns), _UNRESOLVED).fillna("(ohne Sprecher)")
           for b in columns},
        value=q["text"].map(_words_in) if words else 1,
    )  # fmt: skip
    table = data.pivot_table(index=by, columns="kind", values="value", aggfunc="sum", fill_value=0, observed=True)
    table = table.reindex(columns=[k for k in KINDS if k in table.columns])
    table["total"] = table.sum(axis=1)
    table.columns.name = None
    return table.sort_index().sort_values("total", ascending=False, kind="stable")


def top_speakers(counts: pd.DataFrame, top_n: int = 15) -> pd.DataFrame:
    """The ``top_n`` named speakers of :func:`quote_counts` and, after them, its rows without a name
    ("(ohne Sprecher)", "(Pronomen, nicht zugeordnet)"), all of them; ``attrs["speakers"]`` holds how
    many named speakers there are in all (a figure says "die 15 häufigsten von 40").

    >>> from helpers import articles, paths
    >>> t = top_speakers(quote_counts(quotes(articles.load_corpus(paths.SEEDS))), 2)
    >>> t.index.tolist(), t.attrs["speakers"]
    (['Friedrich Merz', 'Marco Rubio'], 8)
    """
    unnamed = counts.index.astype(str).str.startswith("(")
    named = counts[~unnamed]
    shown = pd.concat([named.head(top_n), counts[unnamed]])
    shown.attrs["speakers"] = len(named)
    return shown


def mentioned_and_quoted(
    m: pd.DataFrame, q: pd.DataFrame, types: Sequence[str] = ("person", "organisation", "media", "country")
) -> pd.DataFrame:
    """Talked about, or talking? Per gazetteer actor of ``types`` (places do not speak): ``name``,
    ``type``, ``mentions`` (from :func:`helpers.actors.mentions`), ``quotes`` (all kinds),
    ``verbatim`` (their own words: direct and partial quotes, interview answers), ``indirect``, ``quoted_words`` and
    ``quotes_per_mention`` (above 1 for someone quoted more often than named); most mentioned first.

    >>> from helpers import actors, articles, paths
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> t = mentioned_and_quoted(actors.mentions(corpus), quotes(corpus))
    >>> t.loc["marco-rubio", ["mentions", "quotes"]].tolist()  # five mentions; one direct, two indirect
    [5, 3]
    """
    mentioned = m.groupby("actor").agg(name=("name", "first"), type=("type", "first"), mentions=("start", "size"))
    spoken = q.dropna(subset=["actor"]).assign(
        verbatim=lambda x: x["kind"].isin(DIRECT_KINDS),
        indirect=lambda x: x["kind"] == "indirect",
        words=lambda x: x["text"].map(_words_in).where(x["kind"] != "indirect", 0),
    )
    said = spoken.groupby("actor").agg(
        quotes=("start", "size"), verbatim=("verbatim", "sum"), indirect=("indirect", "sum"),
        quoted_words=("words", "sum"),
    )
    out = mentioned.join(said, how="outer")
    names = q.dropna(subset=["actor"]).groupby("actor")["name"].first()
    out["name"] = out["name"].fillna(names)
    counts = ["mentions", "quotes", "verbatim", "indirect", "quoted_words"]
    out[counts] = out[counts].fillna(0).astype(int)
    out["quotes_per_mention"] = (out["quotes"] / out["mentions"].where(out["mentions"] > 0)).round(3)
    out.index.name = "actor"
    out = out[out["type"].isin(types) | out["type"].isna()]
    return out.sort_values(["mentions", "quotes"], ascending=False, kind="stable")


def quotes_by_section(q: pd.DataFrame, articles: Article | Iterable[Article]) -> pd.DataFrame:
    """Quotes per section (rows: section headings, or :func:`helpers.articles.section_name` for several articles;
    columns: kinds), in the order of the sections.

    >>> from helpers import articles, paths
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> quotes_by_section(quotes(corpus), corpus)["direct"].tolist()
    [1, 0, 1, 0]
    """
    labels = section_labels(articles)
    single = labels["article"].nunique() == 1
    labels["row"] = labels["heading"] if single else labels["section"].map(section_name)
    table = q.merge(labels, on=["article", "section"], how="left").pipe(
        lambda x: pd.crosstab(x["row"], x["kind"]) if len(x) else pd.DataFrame()
    )
    order = list(dict.fromkeys(labels.sort_values(["section", "article"])["row"]))
    table = table.reindex(index=order, columns=list(KINDS), fill_value=0)
    table.index.name, table.columns.name = "section", None
    return table


def quote_table(q: pd.DataFrame, articles: Article | Iterable[Article], width: int = 140) -> pd.DataFrame:
    """The quotes to read: ``Sprecher``, ``Art``, ``Zitat`` (shortened to ``width``),
    ``Abschnitt``, in the order of the text."""
    labels = section_labels(articles)
    rows = q.merge(labels, on=["article", "section"], how="left")
    return pd.DataFrame(
        {
            "Sprecher": rows["name"].fillna("–"),
            "Art": rows["kind"].map(KIND_LABELS),
            "Zitat": rows["text"].map(lambda t: shorten(" ".join(t.split()), width)),
            "Abschnitt": rows["heading"],
        }
    )

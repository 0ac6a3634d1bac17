"""Findings first: a few German sentences on what the tables say, for the top of each notebook.

Each function reads the tables a notebook has computed anyway and returns a :class:`Findings`, a
string that a notebook shows as a paragraph (Markdown). Nothing is written by hand: the names and
numbers come from the tables, and ties are told as ties (``Miami, Rubio, Russland und USA (je 5)``),
never cut off as if one of them ranked higher.

>>> print(ranking(pd.Series({"USA": 13, "Ukraine": 12, "Russland": 9, "Rubio": 5})))
USA (13), Ukraine (12), Russland (9)
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from helpers.actors import TYPE_LABELS, mention_counts
from helpers.articles import CONTENT_KINDS, INTRO, Article, as_articles
from helpers.german import german_number
from helpers.quotes import mentioned_and_quoted

#: Plural labels for the count of actors per type.
TYPE_PLURALS = {"person": "Personen", "country": "Staaten", "organisation": "Organisationen", "place": "Orte",
                "media": "Medien"}  # fmt: skip
#: Significance of a G² (log-likelihood) of one degree of freedom at p < 0.05.
G2_SIGNIFICANT = 3.84


class Findings(str):
    """German sentences that a notebook shows as a paragraph."""

    def _repr_markdown_(self) -> str:
        return f"**Auf einen Blick:** {self}"


def _n(x: float, decimals: int = 0) -> str:
    return german_number(x, decimals)


def listing(items: list[str]) -> str:
    """``a``, ``a und b``, ``a, b und c``.

    >>> listing(["USA"]), listing(["USA", "Ukraine"]), listing(["USA", "Ukraine", "Russland"])
    ('USA', 'USA und Ukraine', 'USA, Ukraine und Russland')
    """
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " und " + items[-1] if items else ""


def ranking(counts: pd.Series, n: int = 3, max_tied: int = 6) -> str:
    """The ``n`` largest of ``counts`` (label -> count) as ``USA (13), Ukraine (12)``. Labels tied
    at the cut are all named when that makes at most ``max_tied`` names, else counted: ties are
    never broken by the alphabet.

    >>> ranking(pd.Series({"Gespräch": 8, "Ukraine": 7, "Miami": 5, "Rubio": 5, "Russland": 5, "USA": 5}))
    'Gespräch (8), Ukraine (7), Miami, Rubio, Russland und USA (je 5)'
    >>> ranking(pd.Series({"Gespräch": 8, **{f"W{i}": 2 for i in range(20)}}), n=2)
    'Gespräch (8) und 20 weitere mit je 2'
    """
    counts = counts[counts > 0].sort_values(ascending=False, kind="stable")
    if counts.empty:
        return ""
    cut = counts.iloc[min(n, len(counts)) - 1]
    above = counts[counts > cut]
    tied = counts[counts == cut]
    parts = [f"{label} ({_n(c)})" for label, c in above.items()]
    if len(above) + len(tied) <= max_tied:
        names = sorted(str(x) for x in tied.index)
        parts.append(f"{listing(names)} ({'je ' if len(names) > 1 else ''}{_n(cut)})")
        return ", ".join(parts)
    return ", ".join(parts) + f" und {_n(len(tied))} weitere mit je {_n(cut)}"


def _count(n: int, one: str, many: str) -> str:
    """``1 Zitat``, ``2 Zitate``."""
    return f"{_n(n)} {one if n == 1 else many}"


def _span(dated: list) -> str:
    """``am 20.12.2025`` or ``vom 19.12.2025 bis 20.12.2025``."""
    first, last = f"{dated[0]:%d.%m.%Y}", f"{dated[-1]:%d.%m.%Y}"
    return f"am {first}" if first == last else f"vom {first} bis {last}"


def _date(article: Article) -> str:
    return f"{article.published:%d.%m.%Y}" if article.published else "ohne Datum"


def articles_findings(overview: pd.DataFrame, sections_table: pd.DataFrame) -> Findings:
    """What notebook 01 found: the article(s), their size, the longest section.

    ``overview`` is :func:`helpers.sections.summary` of the articles (one row per article: the
    numbers of the table shown below the findings), ``sections_table`` their
    :func:`helpers.sections.sections`.
    """
    words = int(overview["words"].sum())
    if len(overview) == 1:
        a = overview.iloc[0]
        longest = sections_table.loc[sections_table["words"].idxmax()]
        section_words = max(int(sections_table["words"].sum()), 1)
        heading = longest["heading"] if isinstance(longest["heading"], str) else INTRO
        date = "ohne Datum" if pd.isna(a["published"]) else f"{a['published']:%d.%m.%Y}"
        return Findings(
            f"„{a['title']}“ ({date}): {_count(a['sections'], 'Abschnitt', 'Abschnitte')}, "
            f"{_count(a['paragraphs'], 'Absatz', 'Absätze')}, "
            f"{_count(a['sentences'], 'Satz', 'Sätze')}, {_count(words, 'Wort', 'Wörter')}. "
            f"Der längste Abschnitt ist „{heading}“ mit {_n(longest['words'])} Wörtern "
            f"({_n(100 * longest['words'] / section_words)} % der Wörter aller Abschnitte)."
        )
    dated = sorted(overview["published"].dropna())
    span = _span(dated) if dated else "alle ohne Datum"
    undated = len(overview) - len(dated)
    text = f"{_n(len(overview))} Artikel {span}{f' ({_n(undated)} ohne Datum)' if dated and undated else ''}, "
    text += f"zusammen {_n(words)} Wörter."
    if len(overview) > 1:
        longest = _extreme(overview, "längste", "längsten", max)
        text += f" {longest}, {_extreme(overview, 'kürzeste', 'kürzesten', min)}."
    return Findings(text)


def _extreme(overview: pd.DataFrame, one: str, many: str, pick) -> str:
    """The longest (or shortest) article, or the articles tied for it: "Der längste: „A“ (85
    Wörter)", "Die längsten, je 85 Wörter: „A“ und „B“"."""
    n = pick(overview["words"])
    tied = overview.loc[overview["words"] == n, "title"].tolist()
    if len(tied) == 1:
        return f"{'Der' if one == 'längste' else 'der'} {one}: „{tied[0]}“ ({_n(n)} Wörter)"
    quoted = [f"„{t}“" for t in tied]
    titles = listing(quoted) if len(tied) <= 3 else ", ".join(quoted[:3]) + f" und {_n(len(tied) - 3)} weitere"
    return f"{'Die' if one == 'längste' else 'die'} {many}, je {_n(n)} Wörter: {titles}"


def terms_findings(freqs: pd.DataFrame, key: pd.DataFrame | None = None, pairs: pd.DataFrame | None = None) -> Findings:
    """What notebook 02 found: the most frequent terms, the significantly distinctive ones against
    general German (G² ≥ 3,84, more frequent than there), word pairs seen more than once.

    ``freqs`` from :func:`helpers.terms.term_frequencies`, ``key`` from :func:`helpers.terms.keyness`,
    ``pairs`` from :func:`helpers.terms.collocations`.
    """
    if freqs.empty:
        return Findings("Keine Begriffe gezählt: die Auswahl enthält keinen Text.")
    text = [f"Am häufigsten: {ranking(freqs.set_index('term')['count'])}."]
    if key is not None and len(key):
        distinctive = key[(key["log_likelihood"] >= G2_SIGNIFICANT) & (key["log_ratio"] > 0)]
        if len(distinctive):
            top = listing([str(t) for t in distinctive["term"].head(3)])
            text.append(
                f"Gegenüber allgemeinem Deutsch am auffälligsten: {top} "
                f"({_n(len(distinctive))} Begriffe deutlich häufiger als dort)."
            )
        else:
            text.append("Kein Begriff ist gegenüber allgemeinem Deutsch deutlich häufiger.")
    if pairs is not None:
        repeated = pairs[pairs["count"] >= 2]
        if len(repeated):
            top = ranking(repeated.set_index("collocation")["count"])
            text.append(f"Wortpaare, die mehr als einmal zusammen stehen: {top}.")
        else:
            text.append("Kein Wortpaar steht mehr als einmal zusammen.")
    return Findings(" ".join(text))


def actors_findings(m: pd.DataFrame, discovered: pd.DataFrame | None = None) -> Findings:
    """What notebook 03 found: the most mentioned actors, how many of each type, who stands in a
    title, and which people and organisations the entity recogniser found that the gazetteer lacks
    (``discovered``, from :func:`helpers.actors.discover`).

    >>> from helpers import articles, paths
    >>> from helpers.actors import mentions
    >>> print(actors_findings(mentions(articles.load_corpus(paths.SEEDS))))  # doctest: +NORMALIZE_WHITESPACE
    Am häufigsten genannt: USA (13), Ukraine (12), Russland (9). 24 Akteure: 8 Personen, 6 Staaten,
    2 Organisationen, 7 Orte und 1 Medium. Im Titel: Marco Rubio, Miami und Ukraine.
    """
    if m.empty:
        return Findings("Kein Akteur erwähnt.")
    counts = mention_counts(m)["total"]
    text = [f"Am häufigsten genannt: {ranking(counts)}."]
    # each actor counted once, by its most frequent type (a recognised name read once as a place and
    # once as an organisation: the parts add up to the whole)
    pairs = m.groupby(["actor", "type"], observed=True).size().reset_index(name="n")
    types = pairs.sort_values("n", ascending=False, kind="stable").drop_duplicates("actor")["type"].value_counts()
    parts = [_count(types[t], TYPE_LABELS[t], TYPE_PLURALS[t]) for t in TYPE_PLURALS if t in types]
    text.append(f"{_n(m['actor'].nunique())} Akteure: {listing(parts)}.")
    titled = sorted(m.loc[m["part"] == "title", "name"].unique())
    if titled:
        text.append(f"Im Titel: {listing(titled)}.")
    if discovered is not None:
        if len(discovered):
            named = [f"{r.name} ({_n(r.mentions)})" for r in discovered.head(3).itertuples()]
            rest = len(discovered) - 3
            more = "" if rest < 1 else " und ein weiterer" if rest == 1 else f" und {_n(rest)} weitere"
            text.append(
                f"Der Entitäten-Erkenner hat "
                f"{_count(len(discovered), 'Person oder Organisation', 'Personen und Organisationen')} "
                f"gefunden, die der Gazetteer nicht kennt: "
                f"{', '.join(named)}{more}."
            )
        else:
            text.append(
                "Der Entitäten-Erkenner hat keine Person und keine Organisation gefunden, "
                "die der Gazetteer nicht kennt."
            )
    elif "source" in m and (m["source"] == "recognised").any():
        found = m.loc[m["source"] == "recognised", "name"].unique()
        text.append(f"{_n(len(found))} Akteure hat nur der Entitäten-Erkenner gefunden, nicht der Gazetteer.")
    return Findings(" ".join(text))


def sections_findings(
    sections_table: pd.DataFrame, flow: pd.DataFrame | None = None, mentions: pd.DataFrame | None = None
) -> Findings:
    """What notebook 04 found: the longest section, where the mentions and quotes are, and whether
    the headings stand where the topic changes (``flow`` from :func:`helpers.sections.topic_flow`).
    With ``mentions`` (all of the articles'), the mentions in the title line, which belongs to no
    section, are counted apart, so the figures add up to notebook 03's.

    ``sections_table`` is :func:`helpers.sections.with_annotations` of :func:`helpers.sections.sections`.
    """
    headings = sections_table["heading"].where(sections_table["heading"].notna(), INTRO)
    t = sections_table.assign(label=headings.map(lambda h: f"„{h}“"))
    single = t["article"].nunique() == 1
    if not single:  # several articles: sections by their number, as the tables name them (the intro: Einstieg)
        t = t.assign(label=t["section"].map(lambda s: f"der {INTRO} aller Artikel" if s == 0 else f"Abschnitt {s}"))
        t = t.groupby("label", sort=False)[[c for c in ("words", "mentions", "quotes") if c in t]].sum().reset_index()
    words = max(int(t["words"].sum()), 1)
    longest = t.loc[t["words"].idxmax()]
    where = "" if single else f" in {_n(sections_table['article'].nunique())} Artikeln"
    text = [
        f"{_count(len(sections_table), 'Abschnitt', 'Abschnitte')}{where}; "
        f"am längsten {longest['label']} ({_n(100 * longest['words'] / words)} % der Wörter)."
    ]
    for column, what in (("mentions", "Erwähnungen"), ("quotes", "Zitate")):
        if column in t and t[column].sum() > 0:
            top = t.loc[t[column].idxmax()]
            text.append(f"Die meisten {what}: {top['label']} ({_n(top[column])} von {_n(t[column].sum())}).")
    if flow is not None and len(flow):
        at_headings = flow.loc[flow["heading"].notna(), "similarity"]
        within = flow.loc[flow["heading"].isna(), "similarity"]
        if min(len(at_headings), len(within)) >= MIN_PAIRS:
            than = "weniger" if at_headings.mean() < within.mean() else "nicht weniger"
            text.append(
                f"An den Zwischenüberschriften sind sich aufeinanderfolgende Absätze {than} ähnlich (im Mittel "
                f"{_n(at_headings.mean(), 2)}) als innerhalb der Abschnitte ({_n(within.mean(), 2)})."
            )
        elif len(at_headings):  # one heading and two paragraphs: a mean of one pair proves nothing
            text.append(f"Für einen Vergleich der Absätze an Zwischenüberschriften und innerhalb der Abschnitte "
                        f"sind es zu wenige (je mindestens {MIN_PAIRS} Absatzpaare nötig).")  # fmt: skip
    outside = len(mentions) - int(sections_table["mentions"].sum()) if mentions is not None and "mentions" in t else 0
    if outside > 0:
        text.append(f"Dazu {_count(outside, 'Erwähnung', 'Erwähnungen')} in der Titelzeile, die zu keinem Abschnitt "
                    f"gehört.")  # fmt: skip
    return Findings(" ".join(text))


#: Pairs of paragraphs needed on each side (at headings, within sections) before notebook 04's summary
#: compares their similarity.
MIN_PAIRS = 3


#: How the summaries name the kinds of quotes: (one, many).
QUOTE_KINDS = {
    "direct": ("direktes", "direkte"),
    "partial": ("Teilzitat", "Teilzitate"),
    "interview": ("Interviewantwort", "Interviewantworten"),
    "indirect": ("in indirekter Rede", "in indirekter Rede"),
}


def quote_kinds(q: pd.DataFrame) -> str:
    """How many quotes of which kind, every kind counted (interview answers too).

    >>> import pandas as pd
    >>> quote_kinds(pd.DataFrame({"kind": ["direct", "interview", "interview", "indirect"]}))
    '4 Zitate: 1 direktes, 2 Interviewantworten und 1 in indirekter Rede'
    >>> quote_kinds(pd.DataFrame({"kind": ["partial"]}))
    '1 Zitat: 1 Teilzitat'
    """
    kinds = q["kind"].value_counts()
    forms = [_count(int(kinds[k]), *QUOTE_KINDS[k]) for k in QUOTE_KINDS if kinds.get(k, 0)]
    forms += [f"{_n(kinds[k])} {k}" for k in kinds.index if k not in QUOTE_KINDS]  # a kind of a newer version
    return f"{_count(len(q), 'Zitat', 'Zitate')}: {listing(forms)}"


def quotes_findings(q: pd.DataFrame, m: pd.DataFrame) -> Findings:
    """What notebook 05 found: how many quotes of which kind, who gets a voice, and who is talked
    about but never (or never directly) quoted.

    >>> from helpers import articles, paths
    >>> from helpers.actors import mentions
    >>> from helpers.quotes import quotes
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> m = mentions(corpus)
    >>> print(quotes_findings(quotes(corpus, mentions=m), m))  # doctest: +NORMALIZE_WHITESPACE
    17 Zitate: 2 direkte, 3 Teilzitate und 12 in indirekter Rede. Zu Wort kommen 3 Personen und
    1 Medium; am meisten Friedrich Merz (5), Marco Rubio (3), Wolodymyr Selenskyj und dpa (je 2).
    5 Zitate sind keinem Akteur zuzuordnen (am häufigsten: „ein hochrangiger
    US-Beamter“, 2). Wolodymyr Selenskyj wird 4-mal erwähnt, aber nie direkt zitiert (2-mal in
    indirekter Rede); Steve Witkoff wird 2-mal erwähnt, aber nie zitiert.
    """
    if q.empty:
        return Findings("Kein Zitat gefunden: niemand kommt zu Wort.")
    text = [f"{quote_kinds(q)}."]
    voices = mentioned_and_quoted(m, q)
    speaking = voices[voices["quotes"] > 0]
    types = speaking["type"].value_counts()
    if len(speaking):
        who = [
            f"{_n(types[t])} {TYPE_PLURALS[t] if types[t] != 1 else TYPE_LABELS[t]}" for t in TYPE_PLURALS if t in types
        ]
        text.append(f"Zu Wort kommen {listing(who)}; am meisten {ranking(speaking.set_index('name')['quotes'])}.")
    unknown = q[q["actor"].isna()]
    if len(unknown):
        named = unknown["speaker"].dropna().value_counts()
        top = (
            f" (am häufigsten: „{named.index[0]}“, {_n(named.iloc[0])})" if len(named) and named.iloc[0] > 1
            else f" (etwa „{named.index[0]}“)" if len(named) else ""
        )  # fmt: skip
        text.append(f"{_count(len(unknown), 'Zitat ist', 'Zitate sind')} keinem Akteur zuzuordnen{top}.")
    silent = []
    for r in voices[(voices["type"] == "person") & (voices["verbatim"] == 0)].head(3).itertuples():
        if r.mentions < 2:
            continue
        if r.indirect:
            silent.append(f"{r.name} wird {_n(r.mentions)}-mal erwähnt, aber nie direkt zitiert "
                          f"({_n(r.indirect)}-mal in indirekter Rede)")  # fmt: skip
        else:
            silent.append(f"{r.name} wird {_n(r.mentions)}-mal erwähnt, aber nie zitiert")
    if silent:
        text.append("; ".join(silent) + ".")
    return Findings(" ".join(text))


def corpus_findings(
    articles: Article | Iterable[Article], m: pd.DataFrame, q: pd.DataFrame, toks: pd.DataFrame | None = None
) -> Findings:
    """What notebook 06 found: size, time span and categories of the corpus, the most mentioned
    actors and the most quoted speakers (quotes of gazetteer actors)."""
    items = as_articles(articles)
    dated = sorted(a.published for a in items if a.published)
    first = _count(len(items), "Artikel", "Artikel")
    if dated:
        first += " " + _span(dated)
        if len(dated) < len(items):
            first += f" ({_n(len(items) - len(dated))} ohne Datum)"
    else:
        first += " ohne Datum"
    if toks is not None:
        words = toks[toks["kind"].isin(CONTENT_KINDS) & ~toks["is_punct"]]
        first += f", {_count(len(words), 'Wort', 'Wörter')}"
    text = [first + "."]
    categories = pd.Series([a.meta["category"] for a in items if a.meta.get("category")]).value_counts()
    if len(categories):
        text.append(f"{_n(len(categories))} Kategorien, die größten: {ranking(categories, n=2)}.")
    if len(m):
        text.append(f"Am häufigsten genannt: {ranking(mention_counts(m)['total'])}.")
    spoken = q.dropna(subset=["actor"]) if len(q) else q
    if len(spoken):
        text.append(f"Am meisten zitiert: {ranking(spoken['name'].value_counts())}.")
    elif len(q) == 0:
        text.append("Kein Zitat gefunden.")
    return Findings(" ".join(text))


__all__ = [
    "Findings",
    "actors_findings",
    "articles_findings",
    "corpus_findings",
    "listing",
    "quotes_findings",
    "ranking",
    "sections_findings",
    "terms_findings",
]

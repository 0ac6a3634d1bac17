"""Tables for readers: German headers and values, German numbers, sortable and searchable in JupyterLab.

The analyses return tidy tables with English column names and codes (``kind``: ``compound``) so that
code can work with them and the CSVs stay plain data. :func:`german_frame` turns such a table into
what a reader sees: German column headers (:data:`COLUMN_LABELS`) and values (:data:`VALUE_LABELS`),
numbers written the German way (``1.234,5``; positions and ids without a thousands point), yes/no
instead of True/False, dates as ``20.12.2025``, article ids as short titles, and long texts shortened
at a space, never inside a word. :func:`show_table` shows it in a notebook as an interactive table
(``itables``, offline: the DataTables library is embedded by :func:`interactive_tables`, nothing is
loaded from the net): click a header to sort (numbers as numbers: 10 after 9, ``1.234`` after
``999``), type into the search box to filter. Before its script runs, and wherever scripts do not
run (a notebook opened untrusted, a static viewer), the same table shows as plain HTML.

>>> import pandas as pd
>>> t = german_frame(pd.DataFrame({"kind": ["compound"], "count": [1234], "share": [0.053623], "in_title": [True]}))
>>> t.columns.tolist(), t.values.tolist()
(['Art', 'Anzahl', 'Anteil', 'im Titel'], [['Kompositum', '1.234', '0,054', 'ja']])
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from helpers.actors import KIND_LABELS as MENTION_KINDS
from helpers.actors import TYPE_LABELS
from helpers.articles import Article, as_articles
from helpers.german import german_number
from helpers.quotes import KIND_LABELS as QUOTE_KINDS
from helpers.quotes import SPEAKER_FROM

#: German column headers for the columns of the package's tables.
COLUMN_LABELS = {
    "article": "Artikel",
    "articles": "in Artikeln",
    "section": "Abschnitt",
    "paragraph": "Absatz",
    "paragraphs": "Absätze",
    "sentence": "Satz",
    "sentences": "Sätze",
    "token": "Token",
    "start": "Beginn",
    "end": "Ende",
    "title": "Titel",
    "published": "Datum",
    "author": "Autor",
    "sections": "Abschnitte",
    "heading": "Zwischenüberschrift",
    "headings": "Zwischenüberschriften",
    "words": "Wörter",
    "share": "Anteil",
    "quotes_per_mention": "Zitate je Erwähnung",
    "verbatim": "wörtlich",
    "text": "Text",
    "kind": "Art",
    "surface": "im Text",
    "actor": "Akteur (id)",
    "actors": "Akteure",
    "name": "Name",
    "type": "Typ",
    "part": "Teil des Artikels",
    "source": "gefunden über",
    "gender": "Geschlecht",
    "role": "Rolle",
    "example": "Beispielsatz",
    "mentions": "Erwähnungen",
    "quotes": "Zitate",
    "metonym": "Metonym",
    "compound": "Kompositum",
    "adjective": "Adjektiv",
    "direct": "direkt",
    "partial": "Teilzitat",
    "indirect": "indirekt",
    "total": "gesamt",
    "quoted_words": "zitierte Wörter",
    "in_title": "im Titel",
    "in_lead": "im Vorspann",
    "in_first_paragraph": "im ersten Absatz",
    "first": "erste Nennung (Anteil des Textes)",
    "term": "Begriff",
    "lemma": "Begriff",
    "count": "Anzahl",
    "per_1000": "je 1.000 Wörter",
    "reference_per_1000": "je 1.000 Wörter im allgemeinen Deutsch",
    "expected": "erwartet",
    "log_likelihood": "Log-Likelihood (G²)",
    "log_ratio": "Log-Ratio",
    "p_value": "p-Wert",
    "rank": "Rang",
    "allein": "allein",
    "in_compounds": "in Komposita",
    "collocation": "Wortverbindung",
    "w1": "Wort 1",
    "w2": "Wort 2",
    "w3": "Wort 3",
    "llr": "Log-Likelihood",
    "pmi": "PMI",
    "left": "links",
    "keyword": "Suchwort",
    "right": "rechts",
    "a": "Akteur A",
    "b": "Akteur B",
    "speaker": "Sprecher im Text",
    "speaker_from": "Sprecher gefunden",
    "speaker_start": "Sprecher Beginn",
    "speaker_end": "Sprecher Ende",
    "cue_start": "Redeverb Beginn",
    "cue_end": "Redeverb Ende",
    "cue_particle_start": "Verbpartikel Beginn",
    "cue_particle_end": "Verbpartikel Ende",
    "cue": "Redeverb oder Rahmen",
    "closed": "geschlossen",
    "tf_idf": "TF-IDF",
    "topic": "Thema",
    "label": "Bezeichnung",
    "weight": "Gewicht",
    "log_odds": "Log-Odds",
    "z": "z-Wert",
    "category": "Kategorie",
    "voice": "Stimme",
}
#: Line kinds of :func:`helpers.articles.paragraphs` and parts of the article, in German.
LINE_LABELS = {
    "title": "Titel",
    "dateline": "Datumszeile",
    "lead": "Vorspann",
    "author": "Autorenzeile",
    "heading": "Zwischenüberschrift",
    "body": "Absatz",
    "credit": "Mitarbeit/Quelle",
    "note": "Schlussnotiz",
}
#: German values of the coded columns.
VALUE_LABELS: dict[str, Mapping[str, str]] = {
    "kind": {**MENTION_KINDS, **QUOTE_KINDS, **LINE_LABELS},
    "type": TYPE_LABELS,
    "part": LINE_LABELS,
    "source": {"gazetteer": "Gazetteer", "recognised": "Erkenner"},
    "speaker_from": SPEAKER_FROM,
    "gender": {"m": "männlich", "f": "weiblich", "u": "unbestimmt"},
}
#: Numbers that are positions or ids: written without a thousands point (offset 1234, not 1.234).
PLAIN_NUMBERS = {
    "section", "paragraph", "sentence", "token", "start", "end", "rank", "topic",
    "speaker_start", "speaker_end", "cue_start", "cue_end", "cue_particle_start", "cue_particle_end",
}  # fmt: skip
#: Texts longer than this are shortened at a space, with "…".
TEXT_WIDTH = 240
#: DataTables in German; ``decimal`` and ``thousands`` make it read ``1.234,5`` as a number.
LANGUAGE = {
    "decimal": ",",
    "thousands": ".",
    "search": "Suchen:",
    "lengthMenu": "_MENU_ Zeilen je Seite",
    "info": "Zeilen _START_ bis _END_ von _TOTAL_",
    "infoEmpty": "keine Zeilen",
    "infoFiltered": "(gefiltert aus _MAX_ Zeilen)",
    "zeroRecords": "Keine passenden Zeilen",
    "emptyTable": "Keine Daten",
}
#: The itables options of every table.
OPTIONS = {
    "connected": False,  # offline: the library comes from interactive_tables(), nothing from the net
    "allow_html": False,  # the article's text is data, never markup
    "showIndex": False,
    "classes": "display compact",  # long texts wrap (at spaces) instead of running off the screen
    "style": "table-layout:auto;width:100%;margin:0;caption-side:top",
    "text_in_header_can_be_selected": False,  # a click anywhere on a header sorts
    "display_logo_when_loading": False,
    "maxBytes": "1MB",
    "lengthMenu": [10, 25, 100, -1],
    "language": LANGUAGE,
    "order": [],  # as the analysis sorted it
}


def short_title(article: Article, width: int = 50) -> str:
    """The article's title, shortened at a space, with its date when it has one.

    >>> from helpers.articles import parse_article
    >>> short_title(parse_article("Treffen in Miami Rubio dämpft Erwartungen an Ukraine-Gespräche\\nStand: 20.12.2025"))
    'Treffen in Miami Rubio dämpft Erwartungen an …, 20.12.2025'
    """
    title = _shorten(" ".join(article.title.split()), width)
    return f"{title}, {article.published:%d.%m.%Y}" if article.published else title


def _shorten(text: str, width: int) -> str:
    """``text`` cut at a space to at most ``width`` characters (a single long word stays whole)."""
    if len(text) <= width:
        return text
    head = text[: width - 1]  # room for " …" (the space ends the cut word)
    return (head.rsplit(" ", 1)[0] if " " in head else text.split(" ", 1)[0]) + " …"


def _shorten_left(text: str, width: int) -> str:
    """``text`` cut from the left at a space to at most ``width`` characters, with "…" before."""
    if len(text) <= width:
        return text
    tail = text[len(text) - width + 1 :]  # room for "… " (the space starts the first whole word)
    return "… " + (tail.split(" ", 1)[1] if " " in tail else tail)


def _decimals(values: pd.Series) -> int:
    """Decimals that show a float column's differences without noise: 0 for whole numbers, else 1 to 3."""
    finite = values[np.isfinite(values)]
    if finite.empty or (finite == finite.round()).all():
        return 0
    biggest = finite.abs().max()
    places = 1 if biggest >= 100 else 2 if biggest >= 1 else 3
    small = finite[finite != 0].abs()
    # small values that would read as 0: as many places as they need, up to 4 (0,0004)
    return max(places, 4) if len(small) and small.min() < 0.5 * 10**-places else places


#: Columns of probabilities: below 0,001 they read "< 0,001".
P_VALUES = {"p_value"}


def _number(x: object, decimals: int, plain: bool, p_value: bool = False) -> str:
    if x is None or x is pd.NA or (isinstance(x, float) and not np.isfinite(x)):
        return ""
    if p_value:
        return "< 0,001" if float(x) < 0.001 else german_number(float(x), 3)
    if plain:
        return f"{float(x):.{decimals}f}".replace(".", ",")
    return german_number(float(x), decimals)


def _date(values: pd.Series) -> pd.Series:
    """``20.12.2025 05:22``, or ``20.12.2025`` for a date without a time (midnight)."""
    return values.map(
        lambda t: "" if pd.isna(t) else t.strftime("%d.%m.%Y" if (t.hour, t.minute) == (0, 0) else "%d.%m.%Y %H:%M")
    )


def german_frame(
    df: pd.DataFrame | pd.Series,
    *,
    columns: Mapping[str, str] | None = None,
    values: Mapping[str, Mapping[str, str]] | None = None,
    articles: Article | Iterable[Article] | None = None,
    decimals: Mapping[str, int] | None = None,
    width: int = TEXT_WIDTH,
    left: Sequence[str] = (),
) -> pd.DataFrame:
    """``df`` as a reader sees it, every cell text: German headers (:data:`COLUMN_LABELS`, updated
    by ``columns``), German values of coded columns (:data:`VALUE_LABELS`, updated by ``values``),
    German numbers (``decimals`` per column, else as many as the column needs), ja/nein, dates,
    article ids as short titles (with ``articles``; the column is left out when there is only one
    article), texts cut at a space to ``width`` characters (the columns in ``left`` from the left,
    as the left context of a concordance). A meaningful index (one with a name) becomes a column.

    >>> import pandas as pd
    >>> german_frame(pd.DataFrame({"text": ["Sicherheitsgarantien für die Ukraine"]}), width=27).iloc[0, 0]
    'Sicherheitsgarantien für …'
    >>> german_frame(pd.DataFrame({"start": [1234], "end": [1240]})).values.tolist()
    [['1234', '1240']]
    """
    frame = df.to_frame() if isinstance(df, pd.Series) else df
    labels = {**COLUMN_LABELS, **(columns or {})}
    if frame.index.name in frame.columns:  # mention_counts: actors by "name", and the kind "name" as a column
        kept = frame.index.name
        labels[f"{kept} "] = labels.get(kept, kept)
        labels[kept] = f"als {labels.get(kept, kept)}"
        frame = frame.rename_axis(f"{kept} ")
    if frame.index.name is not None or isinstance(frame.index, pd.MultiIndex):
        frame = frame.reset_index()
    coded = {**VALUE_LABELS, **(values or {})}
    places = dict(decimals or {})
    items = as_articles(articles) if articles is not None else []
    out = {}
    for name in frame.columns:
        col = frame[name]
        key = str(name)
        if key == "article" and items:
            if len(items) == 1 or "title" in frame.columns:  # one article, or its title stands beside
                continue
            titles = {a.id: short_title(a) for a in items}
            text = col.astype(str).map(lambda a, t=titles: t.get(a, a))
        elif pd.api.types.is_bool_dtype(col):
            text = col.map(lambda v: "" if pd.isna(v) else "ja" if v else "nein")
        elif pd.api.types.is_datetime64_any_dtype(col):
            text = _date(col)
        elif pd.api.types.is_numeric_dtype(col):
            numbers = pd.to_numeric(col, errors="coerce").astype(float)
            digits = places.get(key, _decimals(numbers))
            text = numbers.map(lambda x, d=digits, p=key in PLAIN_NUMBERS, v=key in P_VALUES: _number(x, d, p, v))
        else:
            mapping = coded.get(key, {})
            cut = _shorten_left if key in left else _shorten
            text = col.map(
                lambda v, m=mapping, c=cut: "" if v is None or (not isinstance(v, str) and pd.isna(v))
                else c(" ".join(str(m.get(v, v)).split()), width)
            )  # fmt: skip
        out[labels.get(key, key)] = text.astype(str).tolist()
    return pd.DataFrame(out)


def interactive_tables() -> None:
    """Load the table library into the notebook (offline: embedded in this cell's output, about
    1 MB); call once, before the first :func:`show_table`."""
    import itables  # the notebooks' extra

    itables.init_notebook_mode(all_interactive=False, connected=False)


def _rows_not_shown(match: re.Match) -> str:
    n = int(match.group(1).replace(",", ""))
    more = "eine weitere Zeile" if n == 1 else f"{german_number(n)} weitere Zeilen"
    return f"({more}: sortieren und durchsuchen, wenn das Notebook in JupyterLab läuft)"


class Table:
    """A table to show in a notebook: interactive (``itables``) where scripts run, plain HTML
    before and elsewhere, plain text in a terminal. ``frame`` is the German text table."""

    def __init__(
        self, frame: pd.DataFrame, caption: str | None = None, right: Sequence[str] = (), empty: str | None = None
    ):
        self.frame, self.caption, self.right, self.empty = frame, caption, list(right), empty

    def __repr__(self) -> str:
        if self.frame.empty and self.empty:
            return self.empty
        return (f"{self.caption}\n" if self.caption else "") + self.frame.to_string(index=False)

    def _repr_html_(self) -> str:
        if self.frame.empty and self.empty:
            return f"<p>{html.escape(self.empty)}</p>"  # a sentence, not an empty grid
        try:
            import itables  # the notebooks' extra
        except ImportError:
            caption = f"<p><b>{html.escape(self.caption)}</b></p>" if self.caption else ""
            return caption + self.frame.to_html(index=False, escape=True)
        targets = [i for i, c in enumerate(self.frame.columns) if c in self.right]
        defs = [{"targets": targets, "className": "dt-right"}] if targets else []
        # the search box always; page length and pages only when there is more than one page
        # (itables would hide every control of a table that fits on one page)
        short = len(self.frame) <= OPTIONS["lengthMenu"][0]
        layout = {"topStart": None if short else "pageLength", "topEnd": "search", "bottomStart": "info",
                  "bottomEnd": None if short else "paging"}  # fmt: skip
        page = itables.to_html_datatable(self.frame, caption=self.caption, columnDefs=defs, layout=layout, **OPTIONS)
        # the plain copy shown before (or without) the script says in German what it leaves out
        return re.sub(r"\(([\d,]+) more rows? not shown\)", _rows_not_shown, page, count=1)


def show_table(
    df: pd.DataFrame | pd.Series,
    *,
    caption: str | None = None,
    right: Sequence[str] = (),
    empty: str | None = None,
    **options,
) -> Table:
    """``df`` as a readable table (:func:`german_frame` with ``options``), sortable and searchable
    in JupyterLab; ``caption`` above it; the columns in ``right`` (original names) right-aligned;
    ``empty``: the sentence shown instead of a table without rows. The last value of a cell, or
    pass it to ``display``.

    >>> import pandas as pd
    >>> print(show_table(pd.DataFrame({"term": ["Gespräch"], "count": [8]}), caption="Häufigste Begriffe"))
    Häufigste Begriffe
     Begriff Anzahl
    Gespräch      8
    >>> print(show_table(pd.DataFrame({"term": []}), empty="Kein Treffer für „Gespräch“."))
    Kein Treffer für „Gespräch“.
    """
    frame = german_frame(df, **options)
    labels = {**COLUMN_LABELS, **(options.get("columns") or {})}
    return Table(frame, caption, [labels.get(c, c) for c in right], empty)


def show_concordance(
    kwic: pd.DataFrame, articles: Article | Iterable[Article] | None = None, chars: int = 60, query: str | None = None
) -> Table:
    """A keyword-in-context table (:func:`helpers.terms.concordance`): the left context
    right-aligned and cut from the left at a space, the right one cut at a space, then where;
    without a hit the sentence "Kein Treffer für „query“." """
    shown = kwic[
        [c for c in ("left", "keyword", "right", "article", "section", "sentence", "start", "end") if c in kwic]
    ]
    empty = f"Kein Treffer für „{query}“ in den Texten." if query is not None else "Kein Treffer in den Texten."
    return show_table(shown, right=["left"], left=["left"], articles=articles, width=chars, empty=empty)

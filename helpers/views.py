"""The article as the proof: its text with every mention and every quote highlighted.

A journalist checks a number by reading the sentence it came from. :func:`article_html` renders an
article as a standalone HTML page: mentions underlined in the colour of their type (person,
organisation, place, medium), quotes shaded in the colour of their speaker, a legend on top;
hovering shows the actor and the kind of mention, or the speaker and the kind of quote. The page
has no scripts and loads nothing: it works offline, and the article's text is escaped (an article
containing ``<script>`` shows it as text). :func:`save_article_view` writes it beside the figures.

>>> from helpers import articles, paths
>>> from helpers.actors import mentions
>>> seed = articles.load_corpus(paths.SEEDS)[0]
>>> page = article_html(seed, mentions(seed))
>>> page.count('class="m '), "<script" in page
(77, False)
"""

from __future__ import annotations

import html
import itertools
import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.actors import KIND_LABELS as MENTION_KINDS
from helpers.actors import TYPE_LABELS
from helpers.articles import Article
from helpers.figures import slug
from helpers.quotes import KIND_LABELS as QUOTE_KINDS

#: Underline colour per actor type (Okabe & Ito, as the figures).
TYPE_COLORS = {
    "person": "#0072B2",
    "organisation": "#D55E00",
    "media": "#CC79A7",
    "country": "#009E73",
    "place": "#56B4E9",
}
#: Background tints for the speakers of quotes, one per speaker in order of appearance.
SPEAKER_TINTS = ["#FCE9C8", "#D6E9F8", "#DDF2E6", "#F6DCEA", "#E8E2F5", "#FFF5C2", "#E4E4E4", "#D9F1F4"]
#: How each kind of line is shown.
LINE_TAGS = {"title": "h1", "heading": "h2", "lead": "p class=lead", "body": "p"}

_STYLE = """
body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222;
line-height:1.55}
h1{font-size:1.5em;margin:.2em 0 .6em}h2{font-size:1.15em;margin:1.4em 0 .4em}
p.lead{font-weight:bold}.meta{color:#666;font-size:.85em;margin:.2em 0}
.m{border-bottom:2.5px solid;padding-bottom:1px}
.q{border-radius:2px}.q.indirect{font-style:italic}
.legend{font-size:.85em;border:1px solid #ddd;border-radius:4px;padding:.5em .8em;margin-bottom:1.5em;
background:#fafafa}
.legend span{margin-right:1.1em;white-space:nowrap}.swatch{display:inline-block;width:1.6em;height:.9em;
vertical-align:middle;margin-right:.3em}
"""


def _speaker_of(row) -> str:
    name = row.get("name")
    return str(name) if isinstance(name, str) and name else "ohne Sprecher"


def _spans(mentions: pd.DataFrame | None, quotes: pd.DataFrame | None, article: Article) -> tuple[list, list]:
    """(mentions, quotes) of one article as (start, end, attributes) lists."""
    m = [] if mentions is None else mentions[mentions["article"].astype(str) == article.id].to_dict("records")
    q = [] if quotes is None else quotes[quotes["article"].astype(str) == article.id].to_dict("records")
    return m, q


def _segments(start: int, end: int, spans: Sequence[tuple[int, int, int]]) -> list[tuple[int, int, list[int]]]:
    """Cut ``start..end`` at every boundary of ``spans`` (start, end, index): (from, to, active indices)."""
    cuts = {start, end}
    for s, e, _ in spans:
        cuts.update(c for c in (s, e) if start < c < end)
    points = sorted(cuts)
    return [(a, b, [i for s, e, i in spans if s <= a and b <= e]) for a, b in itertools.pairwise(points)]


def article_html(
    article: Article,
    mentions: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    *,
    title: str | None = None,
) -> str:
    """The article as a standalone HTML page with its ``mentions`` (from :func:`helpers.actors.mentions`)
    and ``quotes`` (from :func:`helpers.quotes.quotes`) highlighted; each may be None.

    >>> from helpers import articles
    >>> a = articles.parse_article("Titel <script>alert(1)</script>\\nStand: 20.12.2025\\nEin Absatz.")
    >>> "&lt;script&gt;alert(1)&lt;/script&gt;" in article_html(a)
    True
    """
    ms, qs = _spans(mentions, quotes, article)
    speakers = list(dict.fromkeys(_speaker_of(q) for q in qs))
    tint = {s: SPEAKER_TINTS[i % len(SPEAKER_TINTS)] for i, s in enumerate(speakers)}
    spans = [(int(q["start"]), int(q["end"]), i) for i, q in enumerate(qs)]
    spans += [(int(m["start"]), int(m["end"]), len(qs) + i) for i, m in enumerate(ms)]
    body = []
    for line in article.lines:
        inside = [(max(s, line.start), min(e, line.end), i) for s, e, i in spans if s < line.end and line.start < e]
        parts = []
        for a, b, active in _segments(line.start, line.end, inside):
            piece = html.escape(article.text[a:b])
            within = "; ".join(_quote_hover(qs[i]) for i in active if i < len(qs))
            for i in sorted(active, reverse=True):  # mentions inside, quotes outside
                piece = _mention(ms[i - len(qs)], piece, within) if i >= len(qs) else _quote(qs[i], piece, tint)
            parts.append(piece)
        tag = LINE_TAGS.get(line.kind, "p class=meta")
        body.append(f"<{tag}>{''.join(parts)}</{tag.split()[0]}>")
    legend = _legend(ms, speakers, tint)
    heading = html.escape(title or f"{article.title}: Erwähnungen und Zitate")
    return (
        f'<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>{heading}</title>\n'
        f"<style>{_STYLE}</style>\n</head>\n<body>\n{legend}\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def _mention(m: dict, piece: str, within: str = "") -> str:
    """A mention underlined; its hover names the actor, its type and the kind of mention, and the
    quote it stands in (``within``), since the innermost hover is the one a reader sees."""
    typ = m.get("type") if isinstance(m.get("type"), str) else "person"
    who = f"{m.get('name') or m.get('surface')} ({TYPE_LABELS.get(typ, typ)})"
    hover = f"Akteur: {who}, Erwähnung als {MENTION_KINDS.get(m['kind'], m['kind'])}"
    if within:
        hover += f" – im Zitat: {within}"
    color = TYPE_COLORS.get(typ, "#555555")
    return f'<span class="m {typ}" style="border-color:{color}" title="{html.escape(hover)}">{piece}</span>'


def _quote_hover(q: dict) -> str:
    speaker = _speaker_of(q)
    hover = f"{QUOTE_KINDS.get(q['kind'], q['kind'])}, Sprecher: {speaker}"
    if isinstance(q.get("speaker"), str) and q["speaker"] != speaker:
        hover += f" (im Text: {q['speaker']})"
    return hover


def _quote(q: dict, piece: str, tint: dict[str, str]) -> str:
    hover = html.escape(_quote_hover(q))
    return f'<span class="q {q["kind"]}" style="background:{tint[_speaker_of(q)]}" title="{hover}">{piece}</span>'


def _legend(ms: list[dict], speakers: list[str], tint: dict[str, str]) -> str:
    types = list(dict.fromkeys(m.get("type") for m in ms if isinstance(m.get("type"), str)))
    mentioned = "".join(
        f'<span><span class="swatch" style="border-bottom:3px solid {TYPE_COLORS.get(t, "#555")}"></span>'
        f"{html.escape(TYPE_LABELS.get(t, t))}</span>"
        for t in types
    )
    quoted = "".join(
        f'<span><span class="swatch" style="background:{tint[s]}"></span>{html.escape(s)}</span>' for s in speakers
    )
    what = "Zeigen Sie auf eine Stelle: Akteur und Art der Erwähnung, Sprecher und Art des Zitats."
    rows = [f"<div>{what}</div>"]
    if mentioned:
        rows.append(f"<div><b>Erwähnungen</b> (unterstrichen): {mentioned}</div>")
    if quoted:
        rows.append(f"<div><b>Zitate</b> (hinterlegt, indirekte Rede kursiv): {quoted}</div>")
    return f'<div class="legend">{"".join(rows)}</div>'


class ArticleView(str):
    """An article page (HTML text) that a notebook shows as the page itself."""

    def _repr_html_(self) -> str:
        start, end = self.index("<body>") + len("<body>"), self.index("</body>")
        style = _STYLE.replace("body{", ".article-view{")  # the page's body style, for the notebook's div
        return f"<div><style>{style}</style><div class='article-view'>{self[start:end]}</div></div>"


def show_article(
    article: Article, mentions: pd.DataFrame | None = None, quotes: pd.DataFrame | None = None
) -> ArticleView:
    """The page of :func:`article_html`, shown as such when it is the last value of a notebook cell."""
    return ArticleView(article_html(article, mentions, quotes))


def save_article_view(
    article: Article,
    mentions: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    *,
    folder: str | os.PathLike[str] | None = None,
    notebook: str = "misc",
) -> Path:
    """Write the page of :func:`article_html` as ``artikel_<title>.html`` into ``folder`` (default
    ``figures/<notebook>/``), say where, and return its path. The page opens in any browser, offline."""
    target = Path(folder) if folder is not None else paths.figure_folder(notebook)
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"artikel_{slug(article.title)[:60].rstrip('_')}.html"
    path.write_text(article_html(article, mentions, quotes), encoding="utf-8")
    print(f"Der Artikel als Seite zum Nachlesen: {paths.short(target)}/{path.name}")
    return path


def pick_article(articles: Article | Sequence[Article], which: int | str = 0) -> Article:
    """The article to show: ``which`` is its number in the selection (0: the first) or a part of
    its title or file name (the first that has it).

    >>> from helpers import articles, paths
    >>> pick_article(articles.load_corpus(paths.SEEDS), "Rubio").title[:16]
    'Treffen in Miami'
    """
    items = [articles] if isinstance(articles, Article) else list(articles)
    if isinstance(which, int):
        if not -len(items) <= which < len(items):
            raise ValueError(f"article {which}: the selection has {len(items)} article(s), numbered from 0")
        return items[which]
    found = [a for a in items if which.lower() in a.title.lower() or which in a.id]
    if not found:
        raise ValueError(f"no article of the selection has {which!r} in its title or file name")
    return found[0]

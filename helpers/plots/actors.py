"""Figures of actor mentions: who is mentioned, how, where, with whom, when.

Each function takes a table of :mod:`helpers.actors` (``mention_counts``, ``prominence_summary``,
``actor_by_section``, ``dispersion``, ``cooccurrence``, ``mentions_over_time``,
``mentions_per_article``) and returns a Figure.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from helpers.actors import KIND_COLORS, KIND_LABELS, KINDS
from helpers.articles import Article
from helpers.figures import (
    GREY,
    MIN_DAYS,
    PALETTE,
    PERIOD_AXIS,
    Skipped,
    article_label,
    barh,
    german_formatter,
    german_number,
    heatmap,
    legend_above,
    needs,
    new_figure,
    shorten,
    time_axis,
    wrap_label,
)

__all__ = [
    "MAX_NETWORK",
    "MIN_EDGE",
    "PLACE_TYPES",
    "plot_actor_by_section",
    "plot_dispersion",
    "plot_mentions",
    "plot_network",
    "plot_over_time",
    "plot_per_article",
    "plot_prominence",
]


#: Actor types that are places: charted apart from people and organisations.
PLACE_TYPES = ("country", "place")
#: The co-occurrence network shows pairs named together at least this often...
MIN_EDGE = 2
#: ... among at most this many actors (the most mentioned).
MAX_NETWORK = 30


@needs(items=1, items_name="erwähnte Akteure")
def plot_mentions(counts: pd.DataFrame) -> Figure | Skipped:
    """Mentions per actor, stacked by kind of mention: the rows of
    :func:`helpers.actors.mention_counts` as given (``.head(top_n)`` first); people and
    organisations in one panel, countries and places (``.attrs["types"]``) in a second one below,
    on the same scale."""
    title = "Wer wird erwähnt?"
    if skip := plot_mentions.needs.check(title, items=len(counts)):
        return skip
    types = counts.attrs.get("types", {})
    table = counts.drop(columns="total", errors="ignore")
    colors = [KIND_COLORS[k] for k in table.columns]
    table = table.set_axis([KIND_LABELS[k] for k in table.columns], axis=1)
    place = np.array([types.get(n) in PLACE_TYPES for n in table.index], dtype=bool)
    parts = [(name, table[mask]) for name, mask in (("Personen und Organisationen", ~place), ("Länder und Orte", place))
             if mask.any()]  # fmt: skip
    fig, axes = new_figure(
        title,
        f"Erwähnungen der {len(table)} häufigsten Akteure, nach Art der Erwähnung",
        nrows=len(parts),
        squeeze=False,
        sharex=True,
        size=(8, 1.7 + 0.32 * len(table) + 0.6 * len(parts)),
        gridspec_kw={"height_ratios": [len(part) + 0.8 for _, part in parts]},
    )
    top = table.sum(axis=1).max()
    for i, (ax, (_name, part)) in enumerate(zip(axes[:, 0], parts, strict=True)):
        barh(ax, part, xlabel="Erwähnungen" if i == len(parts) - 1 else None, colors=colors)
        ax.set_xlim(0, top * 1.12)
        if ax.get_legend():
            ax.get_legend().remove()
    rows = 0
    if table.shape[1] > 1:  # one legend for both panels, above the first, under its title
        legend_above(axes[0, 0], ncol=min(table.shape[1], 5))
        rows = math.ceil(table.shape[1] / 5)
    if len(parts) > 1:
        for i, (ax, (name, _)) in enumerate(zip(axes[:, 0], parts, strict=True)):
            ax.set_title(name, loc="left", fontsize=9.5, pad=6 + 17 * rows if i == 0 else 6)
    return fig


@needs(items=1, items_name="erwähnte Akteure")
def plot_prominence(table: pd.DataFrame, articles: int) -> Figure | Skipped:
    """Where actors appear first (:func:`helpers.actors.prominence_summary`): in how many of the
    ``articles`` in title, lead and first paragraph."""
    if skip := plot_prominence.needs.check("Prominenz: wer steht vorn?", items=len(table)):
        return skip
    fig, ax = new_figure(
        "Prominenz: wer steht vorn?",
        f"Zahl der Artikel (von {articles}), in denen der Akteur genannt wird",
        size=(7, 1.5 + 0.32 * len(table)),
    )
    heatmap(ax, table, by_column=True)
    return fig


@needs(groups=2, groups_name="Abschnitte mit Erwähnungen", items=1, items_name="erwähnte Akteure")
def plot_actor_by_section(table: pd.DataFrame) -> Figure | Skipped:
    """Heatmap of :func:`helpers.actors.actor_by_section` (needs two sections or more)."""
    if skip := plot_actor_by_section.needs.check("Wer kommt in welchem Abschnitt vor?", groups=table.shape[1],
                                                 items=table.shape[0]):  # fmt: skip
        return skip
    fig, ax = new_figure(
        "Wer kommt in welchem Abschnitt vor?",
        "Erwähnungen je Abschnitt",
        size=(2.5 + 1.1 * table.shape[1], 1.8 + 0.32 * table.shape[0]),
    )
    heatmap(ax, table)
    return fig


@needs(items=1, items_name="erwähnte Akteure")
def plot_dispersion(table: pd.DataFrame, article: Article) -> Figure | Skipped:
    """Each actor's mentions along one article (like NLTK's dispersion plot), its headings marked:
    the rows of :func:`helpers.actors.dispersion`, one line per actor in the table's order."""
    top = list(table.attrs.get("order") or dict.fromkeys(table["name"]))
    if skip := plot_dispersion.needs.check("Wo im Text?", items=len(top)):
        return skip
    fig, ax = new_figure(
        "Wo im Text?",
        f"Erwähnungen entlang des Artikels „{shorten(article.title, 70)}“",
        size=(8, 2.0 + 0.35 * len(top)),
    )
    length = max(len(article.text.rstrip()), 1)
    for y, name in enumerate(top):
        rows = table[table["name"] == name]
        for kind in KINDS:
            group = rows[rows["kind"] == kind]
            if len(group):
                x = 100 * group["start"] / length
                ax.scatter(x, [y] * len(group), marker="|", s=220, linewidths=2.2, color=KIND_COLORS[kind],
                           label=KIND_LABELS[kind])  # fmt: skip
    headings = [(100 * line.start / length, line.text) for line in article.lines if line.kind == "heading"]
    for k, (x, text) in enumerate(headings):
        ax.axvline(x, color="#999999", linewidth=0.8, linestyle="--")
        # as wide as the room up to the next heading (about one character of 7 points per percent), so
        # that two headings close together do not write over each other
        room = (headings[k + 1][0] if k + 1 < len(headings) else 100) - x
        label = wrap_label(text, max(6, min(22, int(room) - 2)), 4)
        ax.text(x + 0.6, -0.7, label, fontsize=7 if room >= 12 else 6, color="#555555", va="bottom")
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles, strict=True))
    fig.legend(unique.values(), unique.keys(), loc="outside lower center", ncol=len(unique))
    ax.set_yticks(range(len(top)), top)
    ax.set_ylim(len(top) - 0.5, -2.2)
    ax.set_xlim(0, 100)
    ax.set_xlabel("Position im Artikel (%)")
    ax.tick_params(axis="y", length=0)
    return fig


def _circle_order(graph, counts: pd.Series) -> list[str]:
    """Nodes in an order around the circle that keeps groups of actors named together adjacent:
    greedy modularity communities, the largest first, each by mentions."""
    import networkx as nx  # only this figure needs it

    communities = nx.community.greedy_modularity_communities(graph, weight="weight")
    ranked = sorted((sorted(c, key=lambda n: (-counts[n], n)) for c in communities),
                    key=lambda c: (-sum(counts[n] for n in c), c[0]))  # fmt: skip
    return [n for c in ranked for n in c]


def _two_sides(order: list[str]) -> dict[str, tuple[float, float]]:
    """Positions on an oval, half the nodes down the right side, half up the left, none at the
    top or bottom: every label can stand beside its node, pointing outwards."""
    right = math.ceil(len(order) / 2)
    pos = {}
    for side, names, sign in ((0, order[:right], 1), (1, order[right:], -1)):
        ys = np.linspace(0.92, -0.92, len(names)) if len(names) > 1 else np.array([0.0])
        if side:
            ys = ys[::-1]
        for name, y in zip(names, ys, strict=True):
            pos[name] = (sign * (0.3 + 0.7 * math.sqrt(max(0.0, 1 - y * y))), float(y))
    return pos


@needs(items=1, items_name="Paare von Akteuren")
def plot_network(
    edges: pd.DataFrame, counts: pd.Series, unit: str = "Satz", min_count: int = MIN_EDGE
) -> Figure | Skipped:
    """The co-occurrence network (:func:`helpers.actors.cooccurrence`) of the actors in ``counts``
    (mentions per actor name, e.g. ``m["name"].value_counts().head(20)``; at most
    :data:`MAX_NETWORK`): pairs named together in at least ``min_count`` units, the actors on an
    oval with their labels beside them (mentions in brackets), line width by the number of shared
    units with a legend for it."""
    import networkx as nx  # only this figure needs it

    title = "Wer wird mit wem genannt?"
    counts = counts.head(MAX_NETWORK)
    top = set(counts.index)
    kept = edges[edges["a"].isin(top) & edges["b"].isin(top) & (edges["count"] >= min_count)]
    why = f"Kein Paar der {len(top)} häufigsten Akteure steht mindestens {min_count}-mal im selben {unit}."
    if skip := plot_network.needs.check(title, items=len(kept), why=why):
        return skip
    graph = nx.Graph()
    for a, b, c in kept[["a", "b", "count"]].itertuples(index=False):
        graph.add_edge(a, b, weight=int(c))
    order = _circle_order(graph, counts)
    pos = _two_sides(order)
    alone = len(top) - len(order)
    label_in = max(len(f"{n} ({counts[n]})") for n in order) * 8.5 * 0.62 / 72  # label width, inches
    units = {"Satz": "Sätze", "Absatz": "Absätze"}.get(unit, unit)
    fig, ax = new_figure(
        title,
        f"Akteure, die mindestens {min_count}-mal im selben {unit} genannt werden; Linienstärke: Zahl dieser "
        f"{units}; in Klammern: Erwähnungen" + (f"; {alone} weitere der {len(top)} häufigsten ohne solches Paar"
                                              if alone else ""),
        size=(5.0 + 2 * (label_in + 0.4), 2.2 + 0.2 * max(len(order), 12)),
    )  # fmt: skip
    low, high = int(kept["count"].min()), int(kept["count"].max())

    def width(c: float) -> float:
        return 0.8 + 4.2 * ((c - low) / (high - low) if high > low else 0.5)

    for a, b, data in sorted(graph.edges(data=True), key=lambda e: e[2]["weight"]):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        strong = data["weight"] >= (low + high) / 2 and high > low
        ax.plot([x1, x2], [y1, y2], color=PALETTE[0] if strong else GREY, alpha=0.75 if strong else 0.5,
                linewidth=width(data["weight"]), solid_capstyle="round", zorder=1)  # fmt: skip
    top_mentions = counts.max()
    for name in order:
        x, y = pos[name]
        ax.scatter([x], [y], s=30 + 220 * counts[name] / top_mentions, color=PALETTE[0], zorder=2,
                   edgecolors="white", linewidths=0.8)  # fmt: skip
        side = "left" if x >= 0 else "right"
        ax.annotate(f"{name} ({german_number(counts[name])})", (x, y), xytext=(9 if x >= 0 else -9, 0),
                    textcoords="offset points", ha=side, va="center", fontsize=8.5)  # fmt: skip
    ax.set_xlim(-1 - (label_in + 0.4) / 2.5, 1 + (label_in + 0.4) / 2.5)  # the oval 5 inches wide, labels beside
    ax.set_ylim(-1.05, 1.05)
    ax.set_axis_off()
    steps = sorted({low, round((low + high) / 2), high})
    handles = [Line2D([], [], color=GREY if c < (low + high) / 2 or high == low else PALETTE[0], linewidth=width(c))
               for c in steps]  # fmt: skip
    ax.legend(handles, [f"{german_number(c)} gemeinsame {units}" if c != 1 else f"1 gemeinsamer {unit}" for c in steps],
              loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=len(steps), handlelength=2.5)  # fmt: skip
    return fig


@needs(days=MIN_DAYS, items=1, items_name="Erwähnungen in datierten Artikeln")
def plot_over_time(table: pd.DataFrame, freq_label: str | None = None) -> Figure | Skipped:
    """Mentions of the top actors per period (from :func:`helpers.actors.mentions_over_time`): points
    joined only between neighbouring periods with articles, never across a gap; needs articles
    from :data:`helpers.figures.MIN_DAYS` days. The period (and the axis label) comes from the
    table; ``freq_label`` is ignored (kept for old calls)."""
    title = "Erwähnungen im Zeitverlauf"
    days = table.attrs.get("days", len(table))
    if skip := plot_over_time.needs.check(title, days=days, items=int(table.to_numpy().sum()) if table.size else 0):
        return skip
    freq = table.attrs.get("freq") or table.index.freqstr[0]
    full = pd.period_range(table.index.min(), table.index.max(), freq=freq)
    with_articles = set(table.attrs.get("periods") or table.index)
    data = table.reindex(full)
    data.loc[[p in with_articles for p in full]] = data.loc[[p in with_articles for p in full]].fillna(0)
    fig, ax = new_figure(title, f"Erwähnungen je {PERIOD_AXIS[freq]}, die häufigsten Akteure; Lücke: kein Artikel")
    x = [p.start_time for p in full]
    for name in data.columns:
        ax.plot(x, data[name].to_numpy(dtype=float), marker="o", linewidth=1.6, markersize=4.5, label=name)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(german_formatter())
    ax.set_ylim(0, None)
    ax.set_ylabel("Erwähnungen")
    ax.grid(axis="y")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
    time_axis(ax, full)
    return fig


@needs(articles=2)
def plot_per_article(table: pd.DataFrame) -> Figure | Skipped:
    """Mentions per article, stacked by actor and the rest (``andere``), from
    :func:`helpers.actors.mentions_per_article`; articles by short title and date."""
    if skip := plot_per_article.needs.check("Erwähnungen je Artikel", articles=len(table)):
        return skip
    top = [c for c in table.columns if c != "andere"]
    shown = table.set_axis([article_label(a, 42) for a in table.index], axis=0)
    fig, ax = new_figure(
        "Erwähnungen je Artikel",
        f"die {len(top)} häufigsten Akteure, übrige als „andere“",
        size=(9, 2.0 + 0.3 * len(table)),
    )
    barh(ax, shown, xlabel="Erwähnungen", colors=[*PALETTE[: len(top)], GREY])
    return fig

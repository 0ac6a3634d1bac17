"""Figures of actor mentions: who is mentioned, how, where, with whom, when.

Each function takes a table of :mod:`helpers.actors` (``mention_counts``, ``prominence_summary``,
``actor_by_section``, ``dispersion``, ``cooccurrence``, ``mentions_over_time``,
``mentions_per_article``) and returns a Figure.
"""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.figure import Figure

from helpers.actors import KIND_COLORS, KIND_LABELS, KINDS
from helpers.articles import Article
from helpers.figures import GREY, PALETTE, barh, german_formatter, heatmap, new_figure, shorten

__all__ = [
    "plot_actor_by_section",
    "plot_dispersion",
    "plot_mentions",
    "plot_network",
    "plot_over_time",
    "plot_per_article",
    "plot_prominence",
]


def plot_mentions(counts: pd.DataFrame) -> Figure:
    """Mentions per actor, stacked by kind of mention: the rows of
    :func:`helpers.actors.mention_counts` as given (``.head(top_n)`` first)."""
    table = counts.drop(columns="total", errors="ignore")
    colors = [KIND_COLORS[k] for k in table.columns]
    table = table.set_axis([KIND_LABELS[k] for k in table.columns], axis=1)
    fig, ax = new_figure(
        "Wer wird erwähnt?",
        f"Erwähnungen der {len(table)} häufigsten Akteure, nach Art der Erwähnung",
        size=(8, 1.5 + 0.32 * len(table)),
    )
    barh(ax, table, xlabel="Erwähnungen", colors=colors)
    return fig


def plot_prominence(table: pd.DataFrame, articles: int) -> Figure:
    """Where actors appear first (:func:`helpers.actors.prominence_summary`): in how many of the
    ``articles`` in title, lead and first paragraph."""
    fig, ax = new_figure(
        "Prominenz: wer steht vorn?",
        f"Zahl der Artikel (von {articles}), in denen der Akteur genannt wird",
        size=(7, 1.5 + 0.32 * len(table)),
    )
    heatmap(ax, table, by_column=True)
    return fig


def plot_actor_by_section(table: pd.DataFrame) -> Figure:
    """Heatmap of :func:`helpers.actors.actor_by_section`."""
    fig, ax = new_figure(
        "Wer kommt in welchem Abschnitt vor?",
        "Erwähnungen je Abschnitt",
        size=(2.5 + 1.1 * table.shape[1], 1.8 + 0.32 * table.shape[0]),
    )
    heatmap(ax, table)
    return fig


def plot_dispersion(table: pd.DataFrame, article: Article) -> Figure:
    """Each actor's mentions along one article (like NLTK's dispersion plot), its headings marked:
    the rows of :func:`helpers.actors.dispersion`, one line per actor in the table's order."""
    top = list(table.attrs.get("order") or dict.fromkeys(table["name"]))
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
    for line in article.lines:
        if line.kind == "heading":
            x = 100 * line.start / length
            ax.axvline(x, color="#999999", linewidth=0.8, linestyle="--")
            label = "\n".join(textwrap.wrap(line.text, 22, break_long_words=False)[:3])
            ax.text(x + 0.6, -0.7, label, fontsize=7, color="#555555", va="bottom")
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles, strict=True))
    ax.legend(unique.values(), unique.keys(), loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=len(unique))
    ax.set_yticks(range(len(top)), top)
    ax.set_ylim(len(top) - 0.5, -2.2)
    ax.set_xlim(0, 100)
    ax.set_xlabel("Position im Artikel (%)")
    ax.tick_params(axis="y", length=0)
    return fig


def plot_network(edges: pd.DataFrame, counts: pd.Series, unit: str = "Satz") -> Figure:
    """The co-occurrence network (:func:`helpers.actors.cooccurrence`) of the actors in ``counts``
    (mentions per actor name, e.g. ``m["name"].value_counts().head(20)``): node size by mentions,
    edge width by the number of shared sentences."""
    import networkx as nx  # only this figure needs it

    top = set(counts.index)
    graph = nx.Graph()
    for name in sorted(top):
        graph.add_node(name, mentions=int(counts[name]))
    for a, b, c in edges[edges["a"].isin(top) & edges["b"].isin(top)].itertuples(index=False):
        graph.add_edge(a, b, weight=int(c))
    fig, ax = new_figure(
        "Wer wird mit wem genannt?",
        f"Akteure im selben {unit}; Linienstärke: Zahl der gemeinsamen Nennungen",
        size=(9, 7),
    )
    if graph.number_of_nodes():
        pos = nx.spring_layout(graph, seed=7, weight="weight", k=1.2 / max(1, graph.number_of_nodes()) ** 0.5)
        widths = [0.6 + 1.4 * d["weight"] ** 0.8 for _, _, d in graph.edges(data=True)]
        nx.draw_networkx_edges(graph, pos, ax=ax, width=widths, edge_color=GREY, alpha=0.6)
        sizes = [80 + 60 * graph.nodes[n]["mentions"] for n in graph.nodes]
        nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=sizes, node_color=PALETTE[0], alpha=0.85)
        for name, (x, y) in pos.items():
            ax.annotate(
                name,
                (x, y),
                xytext=(0, 9),
                textcoords="offset points",
                ha="center",
                fontsize=8.5,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
            )
    ax.set_axis_off()
    return fig


def plot_over_time(table: pd.DataFrame, freq_label: str = "Tag") -> Figure:
    """Mentions of the top actors per period (from :func:`helpers.actors.mentions_over_time`)."""
    fig, ax = new_figure("Erwähnungen im Zeitverlauf", f"Erwähnungen je {freq_label}, die häufigsten Akteure")
    if table.empty:
        ax.text(0.5, 0.5, "Keine datierten Artikel", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    x = table.index.to_timestamp()
    for name in table.columns:
        ax.plot(x, table[name], marker="o", linewidth=1.8, markersize=4, label=name)
    ax.yaxis.set_major_formatter(german_formatter())
    ax.set_ylabel("Erwähnungen")
    ax.grid(axis="y")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.autofmt_xdate()
    return fig


def plot_per_article(table: pd.DataFrame) -> Figure:
    """Mentions per article, stacked by actor and the rest (``andere``), from
    :func:`helpers.actors.mentions_per_article`."""
    top = [c for c in table.columns if c != "andere"]
    fig, ax = new_figure(
        "Erwähnungen je Artikel",
        f"die {len(top)} häufigsten Akteure, übrige als „andere“",
        size=(8, 1.6 + 0.3 * len(table)),
    )
    barh(ax, table, xlabel="Erwähnungen", colors=[*PALETTE[: len(top)], GREY])
    return fig

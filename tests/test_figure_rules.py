"""The rules every figure keeps (issue 15): it fits its input or is not drawn, rankings are honest,
and it prints well. One test (or a few) per rule, on the seed and the tagesschau fixtures."""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import datetime, timedelta

import numpy as np
import pandas as pd
import pytest
from conftest import FIXTURES
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from helpers.actors import (
    cooccurrence,
    dispersion,
    mention_counts,
    mentions,
    mentions_over_time,
    mentions_per_article,
)
from helpers.articles import BERLIN, load_article, load_corpus, section_labels
from helpers.corpus import articles_over_time
from helpers.figures import (
    CORPUS_MIN_ARTICLES,
    DPI,
    PERIOD_AXIS,
    Skipped,
    barh,
    german_number,
    heatmap,
    new_figure,
    save_figure,
)
from helpers.plots import (
    plot_actor_by_section,
    plot_articles_over_time,
    plot_collocations,
    plot_dispersion,
    plot_distinctive_terms,
    plot_mentioned_vs_quoted,
    plot_mentions,
    plot_network,
    plot_over_time,
    plot_per_article,
    plot_quotes_by_section,
    plot_top_terms,
    plot_topic_by_category,
    plot_topic_shares,
    plot_topic_terms,
    plot_voices,
    plot_word_cloud,
    plot_words_per_section,
)
from helpers.plots.actors import MIN_EDGE, PLACE_TYPES
from helpers.plots.sections import MIN_Z
from helpers.plots.terms import MIN_FONT_PT, cut_at
from helpers.quotes import mentioned_and_quoted, quote_counts, quotes, quotes_by_section
from helpers.sections import (
    distinctive_terms,
    sections,
    topic_by_category,
    topic_shares_by_section,
    topics,
)
from helpers.terms import collocations, term_frequencies
from helpers.tokens import tokens

TAGESSCHAU = FIXTURES / "tagesschau"


@pytest.fixture(scope="module")
def one(seed):
    return [seed]


@pytest.fixture(scope="module")
def two(seed):
    return [seed, load_article(TAGESSCHAU / "03_bahnstreik_gdl.txt")]


@pytest.fixture(scope="module")
def nine(seed):
    """The seed and the eight tagesschau fixtures: dated from May 2025 to March 2026."""
    return [seed, *load_corpus(TAGESSCHAU)]


def subtitle(fig: Figure) -> str:
    return fig.texts[1].get_text().replace("\n", " ")


def drawn(fig: Figure) -> Figure:
    fig.canvas.draw()
    return fig


# --- 1. every figure fits its input or is not drawn ---------------------------------------------


def test_a_skipped_figure_writes_no_file_and_says_why_in_german(tmp_path, one, capsys):
    skipped = plot_per_article(mentions_per_article(mentions(one)))
    assert isinstance(skipped, Skipped)
    (tmp_path / "erwaehnungen_je_artikel.png").write_bytes(b"old run")  # left from an earlier input
    written = save_figure(skipped, "erwaehnungen_je_artikel", data=pd.DataFrame({"a": [1]}), folder=tmp_path)
    assert written == [] and list(tmp_path.iterdir()) == []
    out = capsys.readouterr().out
    assert out.startswith("„Erwähnungen je Artikel“ entfällt: ")
    assert "mindestens 2 Artikel" in out and "hier sind es 1" in out


def test_every_plot_function_declares_what_it_needs():
    import helpers.plots as plots

    functions = [getattr(plots, n) for n in plots.__all__ if n.startswith("plot_")]
    assert all(hasattr(f, "needs") for f in functions), [f.__name__ for f in functions if not hasattr(f, "needs")]


def test_time_charts_need_three_days(one, two, nine):
    for corpus in (one, two):
        assert isinstance(plot_articles_over_time(articles_over_time(corpus)), Skipped)
        assert isinstance(plot_over_time(mentions_over_time(mentions(corpus), corpus)), Skipped)
    assert isinstance(plot_articles_over_time(articles_over_time(nine)), Figure)


def test_a_time_chart_counts_by_day_week_or_month_by_the_span_and_says_so(nine):
    def moved(days):
        start = datetime(2025, 3, 3, 12, tzinfo=BERLIN)
        return [dataclasses.replace(a, published=start + timedelta(days=d), id=f"{a.id}-{d}")
                for a, d in zip(nine, days, strict=False)]  # fmt: skip

    for days, freq in (([0, 1, 5], "D"), ([0, 20, 60, 90], "W"), ([0, 100, 300], "M")):
        corpus = moved(days)
        table = articles_over_time(corpus)
        assert table.attrs["freq"] == freq
        fig = drawn(plot_articles_over_time(table))
        ax = fig.axes[0]
        assert ax.get_xlabel() == PERIOD_AXIS[freq]
        assert f"je {PERIOD_AXIS[freq]}" in subtitle(fig)
        labels = [t.get_text() for t in ax.get_xticklabels()]
        pattern = {"D": r"\d\d\.\d\d\.\d{4}", "W": r"KW \d+/\d{4}", "M": r"[A-ZÄÖÜ][a-zä]+\.? \d{4}"}[freq]
        assert labels and all(re.fullmatch(pattern, t) for t in labels), labels  # no hours, no English months


def test_time_charts_draw_no_line_across_a_gap(nine):
    table = mentions_over_time(mentions(nine), nine)
    assert table.attrs["freq"] == "M" and table.attrs["days"] == 9
    fig = plot_over_time(table)
    months = pd.period_range(table.index.min(), table.index.max(), freq="M")
    empty = [i for i, p in enumerate(months) if p not in set(table.attrs["periods"])]
    assert empty, "the fixtures leave months without articles"
    for line in fig.axes[0].get_lines():
        y = np.asarray(line.get_ydata(), dtype=float)
        assert np.isnan(y[empty]).all(), f"{line.get_label()}: a month without articles is a gap, not a value"
        assert not np.isnan(np.delete(y, empty)).any(), "a month with articles but no mention of the actor is 0"


def test_corpus_figures_are_left_out_below_a_corpus(two):
    toks = tokens(two)
    found = topics(toks, k=4)
    assert isinstance(plot_topic_terms(found["terms"], min_articles=CORPUS_MIN_ARTICLES), Skipped)
    assert isinstance(plot_topic_terms(found["terms"]), Figure)  # notebook 04: topics of paragraphs
    assert isinstance(plot_topic_by_category(topic_by_category(found["articles"], two)), Skipped)  # one category


def test_figures_of_sections_need_two_sections():
    single = load_article(FIXTURES / "no_headings_date_only.txt")
    assert len(single.sections) == 1
    assert isinstance(plot_words_per_section(sections(single)), Skipped)
    m = mentions(single)
    assert isinstance(plot_actor_by_section(pd.crosstab(m["name"], m["section"])), Skipped)


# --- 2. honest rankings ------------------------------------------------------------------------


def test_ties_at_the_cut_are_shown_whole_or_counted():
    values = pd.Series([9, 7, 5] + [2] * 26 + [1] * 5, index=[f"t{i}" for i in range(34)])
    shown, note = cut_at(values, 20)
    assert shown.tolist() == [9, 7, 5] and note == "und 26 weitere mit 2 Nennungen"
    shown, note = cut_at(values.iloc[:8], 5)  # 5 tied, 3 over the cut: all shown
    assert len(shown) == 8 and note is None
    shown, note = cut_at(pd.Series([1] * 30), 10)  # nothing above the tie
    assert len(shown) == 10 and note == "und 20 weitere mit 1 Nennung"


def test_top_terms_do_not_cut_through_a_tie(seed):
    freqs = term_frequencies(tokens(seed))
    fig = plot_top_terms(freqs, 20)
    shown = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    counts = freqs.set_index("term")["count"]
    assert min(counts[shown]) > 2 and subtitle(fig) == "Und 25 weitere mit 2 Nennungen"


def test_a_pair_seen_once_is_no_collocation(seed, two):
    assert isinstance(plot_collocations(collocations(tokens(seed), min_count=1)), Skipped)  # one pair twice
    fig = plot_collocations(collocations(tokens(two), min_count=1))
    rows = [c.get_text().get_text() for (r, col), c in fig.axes[0].tables[0].get_celld().items() if col == 1 and r]
    assert rows and all(int(n) >= 2 for n in rows)


def test_distinctive_terms_are_significant_and_panels_share_a_scale(seed, nine):
    assert isinstance(plot_distinctive_terms(distinctive_terms(tokens(seed), min_count=1), section_labels(seed)),
                      Skipped)  # fmt: skip  (no term of the seed's sections reaches z >= 1.96 twice)
    lonely = plot_distinctive_terms(distinctive_terms(tokens(nine[:2]), min_count=1), section_labels(nine[:2]))
    assert isinstance(lonely, Skipped) and "nur in einer Gruppe" in lonely.reason, "one panel compares nothing"
    table = distinctive_terms(tokens(nine), group="article", min_count=1, top_n=8)
    assert (table["z"] < MIN_Z).any(), "the table has noise to leave out"
    fig = plot_distinctive_terms(table, group="article")
    panels = [ax for ax in fig.axes if ax.get_visible() and ax.patches]
    shown = [p.get_width() for ax in panels for p in ax.patches]
    assert len(panels) >= 2 and min(shown) >= MIN_Z
    assert len({ax.get_xlim() for ax in panels}) == 1, "one scale for panels that are compared"


def test_words_of_fixed_phrases_are_no_content_terms(seed, fixture_article):
    bavaria = load_article(TAGESSCHAU / "06_verfassungsschutz_bayern.txt")  # "Nach Angaben Wendts"
    terms = set(term_frequencies(tokens([seed, bavaria]))["term"])
    assert not terms & {"Angabe", "Berufung", "Vorfeld"}
    assert "Angabe" in set(term_frequencies(tokens("Die Angaben der Polizei waren falsch."))["term"])


# --- 3. print quality --------------------------------------------------------------------------


def _overlaps(a, b) -> bool:
    return a.x0 < b.x1 - 0.5 and b.x0 < a.x1 - 0.5 and a.y0 < b.y1 - 0.5 and b.y0 < a.y1 - 0.5


def _legend_figures(two):
    toks = tokens(two)
    m = mentions(two, toks=toks)
    q = quotes(two, toks=toks, mentions=m)
    found = topics(toks, k=4)
    return {
        "mentions": plot_mentions(mention_counts(m).head(15)),
        "per_article": plot_per_article(mentions_per_article(m)),
        "voices": plot_voices(quote_counts(q).head(10)),
        "mentioned_vs_quoted": plot_mentioned_vs_quoted(mentioned_and_quoted(m, q).head(15)),
        "quotes_by_section": plot_quotes_by_section(quotes_by_section(q, two)),
        "topic_shares": plot_topic_shares(topic_shares_by_section(found["sections"], two)),
    }


def test_no_legend_covers_a_bar_a_panel_or_a_title(two, nine):
    figures = _legend_figures(two)
    figures["dispersion"] = plot_dispersion(dispersion(mentions(two[0]), two[0]), two[0])
    figures["over_time"] = plot_over_time(mentions_over_time(mentions(nine), nine))
    for name, fig in figures.items():
        assert isinstance(fig, Figure), name
        drawn(fig)
        legends = [ax.get_legend() for ax in fig.axes if ax.get_legend()] + list(fig.legends)
        assert legends, name
        bars = [p.get_window_extent() for ax in fig.axes for p in ax.patches if isinstance(p, Rectangle)
                and p.get_width() > 0 and p.get_height() > 0]  # fmt: skip
        panels = [ax.get_window_extent() for ax in fig.axes if ax.get_visible()]
        titles = [t.get_window_extent() for t in fig.texts if t.get_text()] + [
            ax._left_title.get_window_extent() for ax in fig.axes if ax.get_title(loc="left")]  # fmt: skip
        for legend in legends:
            box = legend.get_window_extent()
            assert not [b for b in bars if _overlaps(box, b)], f"{name}: the legend covers a bar"
            assert not [b for b in panels if _overlaps(box, b)], f"{name}: the legend stands in a panel"
            assert not [b for b in titles if _overlaps(box, b)], f"{name}: the legend covers a title"


def _number(label: str) -> float:
    return float(label.replace("\u2212", "-").replace(".", "").replace(",", "."))


@pytest.mark.parametrize("top", [0.75, 1.0, 7, 2500, 0.06])
def test_tick_labels_are_the_german_form_of_their_values(top):
    fig, ax = new_figure("Test")
    barh(ax, pd.Series({"a": top, "b": top / 3}))
    drawn(fig)
    ticks = [(t.get_position()[0], t.get_text()) for t in ax.get_xticklabels() if t.get_text()]
    decimals = {len(text.split(",")[1]) if "," in text else 0 for _, text in ticks}
    assert len(decimals) == 1, "one number of decimals along an axis"
    for value, text in ticks:
        assert text == german_number(value, *decimals)
        assert math.isclose(_number(text), value, abs_tol=1e-9), f"{text!r} is not {value}"
    assert len({text for _, text in ticks}) == len(ticks)


def test_tick_labels_of_real_figures_are_exact(two):
    for name, fig in _legend_figures(two).items():
        drawn(fig)
        for ax in fig.axes:
            for t in ax.get_xticklabels():
                if t.get_text() and re.fullmatch(r"-?[\d.]+(,\d+)?", t.get_text()):
                    assert math.isclose(_number(t.get_text()), t.get_position()[0], abs_tol=1e-9), (name, t.get_text())


def test_heading_labels_break_only_between_words(seed):
    m = mentions(seed)
    headings = [s.heading for s in seed.sections if s.heading]
    table = pd.crosstab(m["name"], m["section"]).set_axis(["Einstieg", *headings], axis=1)
    _, ax = new_figure("Test")
    heatmap(ax, table)
    words = {w for h in headings for w in h.split()} | {"Einstieg"}
    for label in ax.get_xticklabels():
        assert set(label.get_text().split()) <= words | {"…"}, label.get_text()
    long = "Sicherheitsgarantien für die Ukraine und Gespräche über einen Waffenstillstand"
    _, ax = new_figure("Test")
    heatmap(ax, pd.DataFrame({long: [1]}))
    assert set(ax.get_xticklabels()[0].get_text().split()) <= set(long.split()) | {"…"}


def test_articles_are_labelled_by_short_title_and_date(two):
    fig = plot_per_article(mentions_per_article(mentions(two)))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()][::-1]  # top down
    assert labels == ["Treffen in Miami Rubio dämpft … (20.12.2025)", "Bahnstreik „Wir lassen uns nicht … (04.03.2026)"]
    fig = plot_words_per_section(sections(two))
    second = [ax.get_title(loc="left") for ax in fig.axes][1]
    assert second.startswith("Bahnstreik „Wir lassen uns nicht erpressen“ (04.03.2026)")


def test_the_network_shows_strong_pairs_labelled_beside_their_nodes_with_a_width_legend(seed):
    m = mentions(seed)
    edges = cooccurrence(m)
    top = m["name"].value_counts().head(15)
    fig = drawn(plot_network(edges, top))
    ax = fig.axes[0]
    lines = ax.get_lines()
    strong = edges[edges["a"].isin(top.index) & edges["b"].isin(top.index) & (edges["count"] >= MIN_EDGE)]
    assert 0 < len(strong) < len(edges) and len(lines) == len(strong), "only pairs named together often enough"
    widths = sorted({round(ln.get_linewidth(), 2) for ln in lines})
    assert len(widths) > 1, "line width shows the number of shared sentences"
    legend = ax.get_legend()
    assert legend and all("gemeinsame" in t.get_text() for t in legend.get_texts())
    labels = [t for t in ax.texts]
    assert all(t.xyann[1] == 0 and abs(t.xyann[0]) > 0 for t in labels), "beside the node, not on it"
    boxes = [t.get_window_extent() for t in labels]
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if _overlaps(a, b)]


def test_the_network_is_readable_with_thirty_actors():
    names = [f"Akteurin Nummer {i:02d} mit langem Namen" for i in range(30)]
    counts = pd.Series(range(60, 30, -1), index=names)
    rng = np.random.default_rng(0)
    pairs = {(names[a], names[b]) for a, b in rng.integers(0, 30, size=(120, 2)) if a < b}
    edges = pd.DataFrame([(a, b, int(rng.integers(1, 8))) for a, b in sorted(pairs)], columns=["a", "b", "count"])
    fig = drawn(plot_network(edges, counts))
    labels = fig.axes[0].texts
    boxes = [t.get_window_extent() for t in labels]
    assert len(labels) >= 25
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if _overlaps(a, b)], "labels overlap"
    figure_box = fig.bbox
    assert all(b.x0 >= figure_box.x0 and b.x1 <= figure_box.x1 for b in boxes), "labels stay in the figure"


def test_word_clouds_print_their_smallest_word_at_nine_points_or_more(seed):
    fig = plot_word_cloud(term_frequencies(tokens(seed)))
    ax = fig.axes[0]
    cloud = ax.cloud
    width_in = ax.get_position().width * fig.get_figwidth()
    assert math.isclose(cloud.width * cloud.scale / width_in, DPI, rel_tol=0.02), "one drawn pixel per pixel of the PNG"
    smallest_pt = min(size for (_, _), size, *_ in cloud.layout_) * cloud.scale / DPI * 72  # drawn scale times as large
    assert smallest_pt >= MIN_FONT_PT
    assert not {w for (w, _), *_ in cloud.layout_} & {"Angabe", "Berufung", "Vorfeld"}


def test_topic_charts_name_topics_and_say_when_k_was_lowered(seed):
    found = topics(tokens(seed), k=8)
    fig = plot_topic_terms(found["terms"])
    assert "3 statt 8 Themen, weil 11 Absätze höchstens 3 Themen tragen" in subtitle(fig)
    titles = [ax.get_title(loc="left").replace("\n", " ") for ax in fig.axes if ax.get_title(loc="left")]
    labels = found["terms"].drop_duplicates("topic")["label"].tolist()
    assert titles == [f"Thema {i}: {label}" for i, label in enumerate(labels, 1)]


def test_who_is_mentioned_keeps_places_apart(seed):
    counts = mention_counts(mentions(seed)).head(15)
    fig = plot_mentions(counts)
    people, places = [ax for ax in fig.axes if ax.get_title(loc="left")]
    assert people.get_title(loc="left") == "Personen und Organisationen"
    assert places.get_title(loc="left") == "Länder und Orte"
    types = counts.attrs["types"]
    assert all(types[t.get_text()] not in PLACE_TYPES for t in people.get_yticklabels())
    assert {t.get_text() for t in places.get_yticklabels()} >= {"Miami", "Florida", "USA"}


def test_quotes_without_a_named_speaker_get_no_bar_in_the_ranking():
    counts = pd.DataFrame({"direct": [3, 1, 2], "indirect": [294, 71, 0]},
                          index=["(ohne Sprecher)", "(Pronomen, nicht zugeordnet)", "Angela Merkel"])  # fmt: skip
    counts["total"] = counts.sum(axis=1)
    fig = plot_voices(counts)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Angela Merkel"]
    assert "ohne Balken: 297 ohne Sprecher, 72 Pronomen, nicht zugeordnet" in subtitle(fig)


def test_counts_get_whole_number_ticks(nine):
    fig, ax = new_figure("Test")
    barh(ax, pd.Series({"a": 2, "b": 1}))
    drawn(fig)
    low, high = ax.get_xlim()
    shown = [t.get_text() for t in ax.get_xticklabels() if t.get_text() and low <= t.get_position()[0] <= high]
    assert shown == ["0", "1", "2"]
    fig = drawn(plot_articles_over_time(articles_over_time(nine)))
    assert all("," not in t.get_text() for t in fig.axes[0].get_yticklabels()), "no 0,25 articles"

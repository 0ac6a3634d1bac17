"""The article as the proof: every mention and quote highlighted, with hover details; standalone and escaped."""

from __future__ import annotations

import html
import re

import pytest

from helpers import views
from helpers.actors import mentions
from helpers.articles import parse_article
from helpers.quotes import quotes


@pytest.fixture(scope="module")
def page(seed):
    m = mentions(seed)
    return views.article_html(seed, m, quotes(seed, mentions=m)), m


def test_every_mention_and_quote_is_highlighted_with_its_details(seed, page):
    text, m = page
    q = quotes(seed, mentions=m)
    titles = [html.unescape(t) for t in re.findall(r'<span class="m [a-z]+" [^>]*title="([^"]*)"', text)]
    assert len(titles) == len(m), "one underline per mention"
    assert "Akteur: Marco Rubio (Person), Erwähnung als Name" in titles
    assert "Akteur: Ukraine (Staat), Erwähnung als Kompositum" in titles
    quoted = [html.unescape(t) for t in re.findall(r'<span class="q [a-z]+" [^>]*title="([^"]*)"', text)]
    assert len(set(quoted)) >= q["name"].nunique()
    assert "direktes Zitat, Sprecher: Marco Rubio (im Text: Rubio)" in quoted
    assert any(t.startswith("indirekte Rede, Sprecher: Friedrich Merz") for t in quoted)
    # a mention inside a quote names the quote in its hover too (the innermost hover is the one shown)
    assert any(" – im Zitat: " in t for t in titles)


def test_the_legend_comes_first_and_names_types_and_speakers(page):
    text, _ = page
    body = text.split("<body>", 1)[1]
    assert body.lstrip().startswith('<div class="legend">')
    legend = body.split("<h1>", 1)[0]
    assert "<b>Erwähnungen</b>" in legend and "<b>Zitate</b>" in legend
    for label in ("Person", "Staat", "Ort", "Marco Rubio", "Friedrich Merz"):
        assert f">{label}</span>" in legend


def test_the_page_is_standalone_and_escapes_the_article():
    article = parse_article('Titel <script>alert("x")</script>\nStand: 20.12.2025\n„<b>Nein</b>“, sagte Merz.')
    text = views.article_html(article, mentions(article), quotes(article))
    assert "<script" not in text and "<b>Nein" not in text
    assert "&lt;script&gt;" in text and "&lt;b&gt;Nein&lt;/b&gt;" in text
    assert not re.search(r"""(src|href)\s*=|@import|url\(|<link""", text), "nothing loaded from elsewhere"


def test_save_writes_the_page_and_pick_finds_the_article(seed, tmp_path, capsys):
    path = views.save_article_view(seed, mentions(seed), folder=tmp_path)
    assert path.parent == tmp_path and path.name.startswith("artikel_") and path.suffix == ".html"
    assert path.read_text(encoding="utf-8") == views.article_html(seed, mentions(seed))
    assert path.name in capsys.readouterr().out
    assert views.pick_article([seed], "dämpft") is seed and views.pick_article([seed], 0) is seed
    with pytest.raises(ValueError, match="no article"):
        views.pick_article([seed], "Fußball")

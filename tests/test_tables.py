"""Tables for readers: German headers and values, German numbers, texts cut at spaces, escaped."""

from __future__ import annotations

import re

from conftest import FIXTURES

from helpers import tables
from helpers.actors import mentions, prominence
from helpers.articles import load_corpus
from helpers.quotes import quotes
from helpers.terms import keyness
from helpers.tokens import tokens


def test_mentions_read_in_german(seed):
    m = mentions(seed)
    shown = tables.german_frame(m, articles=[seed])
    assert "Artikel" not in shown.columns, "one article: its column says nothing"
    assert not {"kind", "type", "part", "start", "surface"} & set(shown.columns)
    assert {"Art", "Typ", "Teil des Artikels", "Beginn", "im Text"} <= set(shown.columns)
    assert set(shown["Art"]) <= {"Name", "Kompositum", "Adjektiv", "Metonym", "Rolle"}
    assert set(shown["Typ"]) <= {"Person", "Staat", "Organisation", "Ort", "Medium"}
    assert shown["Beginn"].tolist() == m["start"].astype(str).tolist(), "offsets without a thousands point"


def test_numbers_are_german_and_booleans_ja_nein(seed):
    toks = tokens(seed)
    key = keyness(toks, min_count=3)
    shown = tables.german_frame(key)
    assert all(re.fullmatch(r"\d{1,3}(\.\d{3})*,\d{1,3}", v) for v in shown["Log-Likelihood (G²)"])
    assert shown["Log-Likelihood (G²)"].iloc[0] == f"{key['log_likelihood'].iloc[0]:.2f}".replace(".", ",")
    prom = tables.german_frame(prominence(mentions(seed), seed))
    assert set(prom["im Titel"]) == {"ja", "nein"}


def test_several_articles_are_named_by_short_title_and_date():
    corpus = load_corpus(str(FIXTURES / "*.txt"))
    shown = tables.german_frame(mentions(corpus), articles=corpus)
    assert set(shown["Artikel"]) <= {tables.short_title(a) for a in corpus}
    assert any(t.endswith(", 21.12.2025") for t in shown["Artikel"])


def test_long_texts_are_cut_at_a_space_never_inside_a_word(seed):
    q = quotes(seed)
    shown = tables.german_frame(q, width=60)
    for full, cut in zip(q["text"], shown["Text"], strict=True):
        full = " ".join(full.split())
        if cut != full:
            assert cut.endswith(" …") and len(cut) <= 60
            kept = cut[:-2]
            assert full.startswith(kept) and full[len(kept)] == " ", f"cut inside a word: {cut!r}"
    left = tables.german_frame(q[["text"]].rename(columns={"text": "left"}), width=40, left=["left"])
    for full, cut in zip(q["text"], left["links"], strict=True):
        full = " ".join(full.split())
        if cut != full:
            assert cut.startswith("… ") and full.endswith(cut[2:]) and full[-len(cut) + 1] == " "


def test_the_interactive_table_is_offline_escaped_and_reads_german_numbers():
    import pandas as pd

    table = tables.show_table(pd.DataFrame({"text": ["<script>alert(1)</script>"], "count": [1234]}))
    page = table._repr_html_()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    assert '"decimal": ","' in page and '"thousands": "."' in page, "DataTables sorts 1.234 as a number"
    assert "https://" not in re.sub(r'<a href=[^>]*>|"dt_url": "[^"]*"', "", page), "loads nothing from the net"
    assert "Suchen:" in page and "1.234" in page


def test_an_index_named_like_a_column_stays_apart(seed):
    from helpers.actors import mention_counts

    shown = tables.german_frame(mention_counts(mentions(seed)))
    assert shown.columns[:2].tolist() == ["Name", "als Name"]
    assert shown.iloc[0].tolist()[:2] == ["USA", "5"] and shown.iloc[0].tolist()[-1] == "13"


def test_dates_without_a_time_show_no_midnight_and_titles_are_not_repeated():
    from helpers.sections import summary

    corpus = load_corpus(str(FIXTURES / "*.txt"))
    shown = tables.german_frame(summary(corpus), articles=corpus)
    assert "Artikel" not in shown.columns, "the title stands in its own column"
    assert set(shown["Datum"]) == {"21.12.2025 18:40", "", "02.12.2025"}

"""save_figure: PNG, SVG and CSV under the notebook's folder, byte-identical from run to run."""

from __future__ import annotations

import hashlib

import pandas as pd

from helpers import paths
from helpers.figures import DPI, FONT, barh, german_number, new_figure, save_figure, slug
from helpers.plots import plot_words_per_section
from helpers.sections import sections


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def draw(seed):
    table = sections(seed)
    return plot_words_per_section(table), table


def test_save_figure_writes_png_svg_and_csv(tmp_path, seed, capsys):
    fig, table = draw(seed)
    written = save_figure(fig, "Wörter je Abschnitt", data=table, folder=tmp_path)
    assert [p.name for p in written] == [f"woerter_je_abschnitt.{x}" for x in ("png", "svg", "csv")]
    assert written[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in written[1].read_bytes()[:400]
    assert pd.read_csv(written[2])["heading"].tolist()[0] == "Einstieg"
    assert "woerter_je_abschnitt.png, .svg, .csv" in capsys.readouterr().out


def test_png_has_the_fixed_dpi(tmp_path, seed):
    from PIL import Image

    fig, _ = draw(seed)
    png = save_figure(fig, "x", folder=tmp_path)[0]
    dpi = Image.open(png).info["dpi"]
    assert round(dpi[0]) == DPI


def test_figures_are_deterministic(tmp_path, seed):
    first = [digest(p) for p in save_figure(*draw(seed)[:1], "a", data=draw(seed)[1], folder=tmp_path / "1")]
    second = [digest(p) for p in save_figure(*draw(seed)[:1], "a", data=draw(seed)[1], folder=tmp_path / "2")]
    assert first == second


def test_default_folder_is_figures_notebook(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "FIGURES", tmp_path)
    fig, ax = new_figure("Test")
    barh(ax, pd.Series({"a": 1}))
    written = save_figure(fig, "t", notebook="99_test")
    assert written[0].parent == tmp_path / "99_test"


def test_german_labels_and_file_names():
    assert german_number(1234567.891, 2) == "1.234.567,89"
    assert slug("Top-Begriffe: Ukraine & Russland") == "top_begriffe_ukraine_russland"


def test_umlauts_and_german_quotes_are_drawn_as_glyphs(tmp_path):
    import warnings

    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    font = FT2Font(font_manager.findfont(FONT))
    assert all(font.get_char_index(ord(c)) for c in "äöüÄÖÜß„“‚‘–…€»«")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = new_figure("Gespräche über „Sicherheitsgarantien“", "Größe: ß, Ä, Ö, Ü")
        barh(ax, pd.Series({"Übergang": 2, "Kiew „Kyjiw“": 1}))
        save_figure(fig, "glyphs", folder=tmp_path)
    assert not [w for w in caught if "missing from font" in str(w.message)]


def test_the_notebook_shows_the_saved_png_and_the_figure_is_not_drawn_again(tmp_path, seed):
    import matplotlib.pyplot as plt
    from IPython.core.formatters import DisplayFormatter

    fig, _ = draw(seed)
    saved = save_figure(fig, "x", folder=tmp_path)
    assert not plt.fignum_exists(fig.number), "closed: the inline backend does not render it a third time"
    data, metadata = DisplayFormatter().format(saved)
    assert data["image/png"] == saved[0].read_bytes()  # what the notebook shows is the file
    width = int.from_bytes(saved[0].read_bytes()[16:20], "big")
    assert metadata["image/png"]["width"] == round(width * 100 / DPI)  # the size the inline backend gave it


def test_a_figures_csv_has_each_header_once_and_no_row_numbers(tmp_path, seed):
    # notebook 03's mentions per actor: actors by "name" and the kind "name" as a column were two
    # "name" headers; a filtered table wrote its row numbers under an empty header
    from helpers.actors import mention_counts, mentions
    from helpers.plots import plot_mentions

    counts = mention_counts(mentions(seed))
    save_figure(plot_mentions(counts.head(5)), "Erwähnungen", data=counts.head(5), folder=tmp_path)
    header = (tmp_path / "erwaehnungen.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:2] == ["name", "as_name"] and len(set(header)) == len(header)
    words = pd.DataFrame({"term": ["Ukraine", "Gespräche"], "count": [9, 4]}, index=[17, 40])
    save_figure(new_figure("Begriffe")[0], "Begriffe", data=words, folder=tmp_path)
    assert (tmp_path / "begriffe.csv").read_text(encoding="utf-8").splitlines()[0] == "term,count"

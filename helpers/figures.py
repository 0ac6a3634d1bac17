"""Figures a newspaper could print: one style, German number format, one way to save.

Every figure goes through :func:`save_figure`: PNG (fixed dpi) and SVG, plus the plotted data
as CSV beside them, under ``figures/<notebook>/``. Output is deterministic from run to run
(no dates in the files, a fixed SVG id salt).

>>> import pandas as pd
>>> fig, ax = new_figure("Wörter je Abschnitt", "Zählung ohne Satzzeichen")
>>> barh(ax, pd.Series({"Einstieg": 120, "Gebietsfrage": 80}))
>>> sorted(p.suffix for p in save_figure(fig, "Wörter je Abschnitt", folder=_doctest_folder()))
... # doctest: +ELLIPSIS
Gespeichert in ...: woerter_je_abschnitt.png, .svg
['.png', '.svg']
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import Formatter, MaxNLocator
from matplotlib.transforms import Bbox

from helpers import paths
from helpers.articles import article_label
from helpers.german import german_date, german_number, shorten, wrap_label

__all__ = ["article_label", "german_number", "shorten", "wrap_label"]  # re-exported: the figures' labels

#: Resolution of the PNG files (print quality at the default size of 8 x 5 inches).
DPI = 200
#: Colour-blind-safe palette (Okabe & Ito), first colour for single series.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
#: Colour for context (other bars, grid).
GREY = "#8C8C8C"
#: The font: DejaVu Sans ships with matplotlib and has umlauts, ß, „ “ and ‚ ‘.
FONT = "DejaVu Sans"

STYLE = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT],
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "axes.edgecolor": "#333333",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": mpl.cycler(color=PALETTE),
    "axes.grid": False,
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.6,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.frameon": False,
    "legend.fontsize": 9,
    "figure.figsize": (8, 5),
    "figure.dpi": 100,
    "figure.facecolor": "white",
    "savefig.dpi": DPI,
    "savefig.bbox": "tight",
    "savefig.facecolor": "white",
    "svg.hashsalt": "helpers-figures",
    "svg.fonttype": "path",
    "image.cmap": "Blues",
}


#: Corpus figures (topics over articles, categories) are drawn from this many articles on.
CORPUS_MIN_ARTICLES = 20
#: Time charts are drawn when the articles stem from at least this many different days.
MIN_DAYS = 3


@dataclass(frozen=True)
class Skipped:
    """A figure that is not drawn, and why, in one German sentence. :func:`save_figure` given
    it prints the sentence and writes no file.

    >>> save_figure(Skipped("„Test“ entfällt: ein Grund."), "test", folder=_doctest_folder())
    „Test“ entfällt: ein Grund.
    []
    """

    reason: str

    def _ipython_display_(self) -> None:  # shown by itself in a notebook: the sentence
        print(self.reason)


@dataclass(frozen=True)
class Needs:
    """What a figure needs of its input to show something: at least ``articles`` articles,
    articles from ``days`` different days, ``groups`` groups (sections, categories, speakers ...,
    named by ``groups_name`` in the plural), ``items`` things to show (named ``items_name``).

    >>> Needs(days=3).check("Artikel im Zeitverlauf", days=1).reason
    '„Artikel im Zeitverlauf“ entfällt: Dafür braucht es Artikel von mindestens 3 verschiedenen Tagen, hier sind es 1.'
    >>> Needs(groups=2, groups_name="Abschnitte").check("Wortwolken", groups=2) is None
    True
    """

    articles: int = 1
    days: int = 0
    groups: int = 0
    items: int = 1
    groups_name: str = "Gruppen"
    items_name: str = "Werte"

    def check(
        self,
        title: str,
        *,
        articles: int | None = None,
        days: int | None = None,
        groups: int | None = None,
        items: int | None = None,
        why: str | None = None,
    ) -> Skipped | None:
        """A :class:`Skipped` naming the first requirement the given counts miss, else None;
        ``why`` replaces the sentence for a missing item (e.g. "Kein Begriff ist häufig genug.")."""
        missing = [
            (have, text)
            for have, need, text in (
                (articles, self.articles, f"mindestens {self.articles} Artikel"
                 + (" (ein Korpus)" if self.articles >= CORPUS_MIN_ARTICLES else "")),
                (days, self.days, f"Artikel von mindestens {self.days} verschiedenen Tagen"),
                (groups, self.groups, f"mindestens {self.groups} {self.groups_name}"),
                (items, self.items, None),
            )
            if have is not None and have < need
        ]
        if not missing:
            return None
        have, text = missing[0]
        if text is None:  # nothing (or too little) to show
            text = f"mindestens {self.items} {self.items_name}"
            if why:
                return Skipped(f"„{title}“ entfällt: {why}")
        return Skipped(f"„{title}“ entfällt: Dafür braucht es {text}, hier sind es {german_number(have)}.")


def needs(**requirements) -> Callable:
    """Decorator: declare what a plot function needs (:class:`Needs`), as its ``needs`` attribute."""
    record = Needs(**requirements)

    def declare(function: Callable) -> Callable:
        function.needs = record
        return function

    return declare


def legend_above(ax: Axes, handles=None, labels=None, ncol: int | None = None, **options) -> None:
    """The legend in one row (or a few) above the panel, outside the data, left-aligned."""
    if handles is None:
        handles, labels = ax.get_legend_handles_labels()
    if not handles:
        return
    ncol = ncol or min(len(handles), 4)
    ax.legend(handles, labels, loc="lower left", bbox_to_anchor=(0, 1.01), ncol=ncol, borderaxespad=0,
              handlelength=1.2, columnspacing=1.2, **options)  # fmt: skip


#: Axis label of a time chart by its period.
PERIOD_AXIS = {"D": "Tag", "W": "Kalenderwoche", "M": "Monat"}


def time_axis(ax: Axes, periods: pd.PeriodIndex, max_ticks: int = 8) -> None:
    """German date ticks for a chart over ``periods`` (all periods of the range, plotted at their
    start): at most ``max_ticks`` labels ("20.12.2025", "KW 51/2025", "Dez. 2025"), axis label
    naming the period."""
    freq = periods.freqstr[0]
    step = max(1, -(-len(periods) // max_ticks))
    shown = periods[::step]
    ax.set_xticks([p.start_time for p in shown], [german_date(p.start_time.date(), freq) for p in shown],
                  rotation=30 if len(shown) > 3 else 0, ha="right" if len(shown) > 3 else "center")  # fmt: skip
    ax.set_xlabel(PERIOD_AXIS[freq])
    pad = pd.Timedelta(days={"D": 0.7, "W": 4, "M": 16}[freq])
    ax.set_xlim(periods[0].start_time - pad, periods[-1].start_time + pad)


def use_style() -> None:
    """Apply the house style to matplotlib (called by :func:`new_figure`)."""
    mpl.rcParams.update(STYLE)


class _GermanTicks(Formatter):
    """Tick labels in German format, with as many decimals as the tick spacing needs."""

    def __init__(self, decimals: int | None):
        self.decimals = decimals
        self.ticks: list[float] = []

    def set_locs(self, locs) -> None:  # called by the axis with the tick positions
        self.ticks = list(locs)

    def __call__(self, x: float, pos: int | None = None) -> str:
        decimals = self.decimals
        if decimals is None:
            decimals = tick_decimals(self.ticks or [x])
        return german_number(x, decimals)


def tick_decimals(ticks: Sequence[float], most: int = 6) -> int:
    """The fewest decimals that write every tick exactly (0,25 steps get two, 0,5 steps one).

    >>> tick_decimals([0, 0.25, 0.5, 0.75]), tick_decimals([0, 0.5, 1]), tick_decimals([0, 5, 10])
    (2, 1, 0)
    """
    values = np.asarray(ticks, dtype=float)
    values = values[np.isfinite(values)]
    for decimals in range(most + 1):
        if np.allclose(np.round(values, decimals), values, rtol=0, atol=1e-9 * max(1.0, np.abs(values).max(initial=0))):
            return decimals
    return most


def counts_only(values) -> bool:
    """Whether all values are whole numbers (counts): their axis gets whole-number ticks.

    >>> counts_only([0, 1, 2.0]), counts_only([0.5, 1])
    (True, False)
    """
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    return bool(values.size) and bool(np.allclose(values, np.round(values)))


def german_formatter(decimals: int | None = None) -> Formatter:
    """A matplotlib tick formatter for German numbers (``1.234,5``); ``decimals=None`` uses as
    many decimals as the ticks need to be written exactly (0,05 steps get two, 0,25 steps two).

    >>> f = german_formatter()
    >>> f.set_locs([0.0, 0.05, 0.1]); [f(x) for x in (0.0, 0.05, 0.1)]
    ['0,00', '0,05', '0,10']
    """
    return _GermanTicks(decimals)


def slug(name: str) -> str:
    """A file name from a title: lower case, umlauts spelled out, underscores.

    >>> slug("Wörter je Abschnitt (Übersicht)")
    'woerter_je_abschnitt_uebersicht'
    """
    text = name.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_") or "figure"


def new_figure(
    title: str,
    subtitle: str | None = None,
    *,
    source: str | None = None,
    nrows: int = 1,
    ncols: int = 1,
    size: tuple[float, float] | None = None,
    **kwargs,
) -> tuple[Figure, Axes | np.ndarray]:
    """A figure in house style with a title, an optional subtitle and source line.

    Returns ``(fig, ax)``, or ``(fig, axes)`` for several panels.
    """
    use_style()
    width, height = size or STYLE["figure.figsize"]
    if subtitle:  # wrapped to the figure's width (about 12 characters of 10 pt per inch)
        subtitle = wrap_label(subtitle, int(width * 12), lines=4)
    lines = subtitle.count("\n") + 1 if subtitle else 0
    height += 0.18 * max(lines - 1, 0)
    fig, axes = plt.subplots(nrows, ncols, figsize=(width, height), layout="constrained", **kwargs)
    top = 0.42 + 0.26 * bool(lines) + 0.18 * max(lines - 1, 0)  # inches kept free above the panels
    bottom = 0.3 if source else 0.0
    fig.get_layout_engine().set(rect=(0, bottom / height, 1, 1 - (top + bottom) / height))
    fig.text(0.01, 1 - 0.12 / height, title, ha="left", va="top", fontsize=13, fontweight="bold")
    if subtitle:
        fig.text(0.01, 1 - 0.42 / height, subtitle, ha="left", va="top", fontsize=10, color="#444444")
    if source:
        fig.text(0.01, 0.06 / height, source, ha="left", va="bottom", fontsize=8, color="#555555")
    return fig, axes


def barh(
    ax: Axes,
    data: pd.Series | pd.DataFrame,
    *,
    xlabel: str | None = None,
    labels: bool = True,
    colors: Sequence[str] | None = None,
    decimals: int = 0,
) -> None:
    """Horizontal bars, largest on top; a DataFrame gives stacked bars (one colour per column).

    Bar ends carry their value in German format when ``labels`` is true.
    """
    frame = data.to_frame() if isinstance(data, pd.Series) else data
    frame = frame.iloc[::-1]  # first row on top
    y = np.arange(len(frame))
    left = np.zeros(len(frame))
    colors = list(colors or PALETTE)
    for i, column in enumerate(frame.columns):
        values = frame[column].to_numpy(dtype=float)
        ax.barh(y, values, left=left, color=colors[i % len(colors)], label=str(column), height=0.7)
        left += values
    ax.set_yticks(y, [str(i) for i in frame.index])
    ax.tick_params(axis="y", length=0)
    if counts_only(frame.to_numpy(dtype=float)):
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no tick at 0,25
    ax.xaxis.set_major_formatter(german_formatter())
    ax.grid(axis="x")
    ax.set_axisbelow(True)
    if xlabel:
        ax.set_xlabel(xlabel)
    if labels:
        span = left.max() if len(left) and left.max() > 0 else 1
        for yi, total in zip(y, left, strict=True):
            ax.text(total + span * 0.01, yi, german_number(total, decimals), va="center", fontsize=8)
        ax.set_xlim(0, span * 1.1)
    if frame.shape[1] > 1:
        legend_above(ax)


def _csv_frame(data: pd.Series | pd.DataFrame) -> tuple[pd.DataFrame, bool]:
    """The table a figure's CSV holds and whether its index is written: an index with a name or
    labels (actors, terms; a Series' labels even as numbers), not a table's row numbers left from a
    filter. A column named like the index gets "as_" before its name, so that no header is there
    twice (mention_counts: actors by ``name``, and the mentions by name as the column ``as_name``).

    >>> counts = pd.DataFrame({"name": [7], "total": [12]}, index=pd.Index(["Ukraine"], name="name"))
    >>> frame, keep = _csv_frame(counts)
    >>> keep, frame.index.name, list(frame.columns)
    (True, 'name', ['as_name', 'total'])
    >>> _csv_frame(pd.DataFrame({"term": ["Ukraine"]}, index=[17]))[1]
    False
    """
    frame = data.to_frame() if isinstance(data, pd.Series) else data
    index = frame.index
    numbers = isinstance(index, pd.RangeIndex) or (
        isinstance(data, pd.DataFrame) and pd.api.types.is_integer_dtype(index.dtype)
    )  # a Series' index is its labels, even when they are numbers (years)
    keep_index = index.name is not None or isinstance(index, pd.MultiIndex) or not numbers
    if keep_index and index.name in frame.columns:
        frame = frame.rename(columns={index.name: f"as_{index.name}"})
    return frame, keep_index


class SavedFiles(list):
    """The paths :func:`save_figure` wrote. In a notebook it shows the saved PNG itself (the figure
    was closed, so the inline backend does not draw it a third time), at the size the inline
    backend would give it: what you see is the file.

    >>> fig, ax = new_figure("Test")
    >>> shown, meta = save_figure(fig, "Test", folder=_doctest_folder())._repr_png_()  # doctest: +ELLIPSIS
    Gespeichert in ...: test.png, .svg
    >>> shown[:8] == b"\\x89PNG\\r\\n\\x1a\\n", meta["width"] == round(_png_size(shown)[0] * SCREEN_DPI / DPI)
    (True, True)
    """

    png: bytes | None = None

    def _repr_png_(self) -> tuple[bytes, dict[str, int]] | None:
        if self.png is None:
            return None
        width, height = _png_size(self.png)
        return self.png, {"width": round(width * SCREEN_DPI / DPI), "height": round(height * SCREEN_DPI / DPI)}

    def __repr__(self) -> str:
        return f"SavedFiles({[str(p) for p in self]!r})"


#: Pixels per inch of a figure on screen: the house style's ``figure.dpi``, as the inline backend draws it.
SCREEN_DPI = STYLE["figure.dpi"]


def _png_size(png: bytes) -> tuple[int, int]:
    """(width, height) in pixels from a PNG's header (the IHDR chunk follows the signature)."""
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def save_figure(
    fig: Figure | Skipped,
    name: str,
    data: pd.Series | pd.DataFrame | None = None,
    *,
    folder: str | os.PathLike[str] | None = None,
    notebook: str = "misc",
) -> SavedFiles:
    """Save ``fig`` as PNG (:data:`DPI`) and SVG, and ``data`` as CSV, say where, and close it.

    ``folder`` defaults to ``figures/<notebook>/``; ``name`` becomes a file name via
    :func:`slug`. Returns the written paths; in a notebook they display as the saved PNG.
    A :class:`Skipped` figure (the input does not have what the figure needs) writes nothing:
    its sentence is printed and the list is empty; files of that name from an earlier run go.
    """
    if isinstance(fig, Skipped):
        print(fig.reason)
        target = Path(folder) if folder is not None else paths.figure_folder(notebook)
        for suffix in (".png", ".svg", ".csv"):
            (target / f"{slug(name)}{suffix}").unlink(missing_ok=True)
        return SkippedFigure()
    target = Path(folder) if folder is not None else paths.figure_folder(notebook)
    target.mkdir(parents=True, exist_ok=True)
    stem = slug(name)
    written = [target / f"{stem}.png", target / f"{stem}.svg"]
    png = io.BytesIO()  # kept: the notebook shows these bytes instead of drawing the figure again
    with mpl.rc_context({"svg.hashsalt": STYLE["svg.hashsalt"]}):
        box = _laid_out(fig)
        fig.savefig(png, format="png", dpi=DPI, metadata={"Software": None}, bbox_inches=box)
        written[0].write_bytes(png.getvalue())
        fig.savefig(written[1], metadata={"Date": None, "Creator": None}, bbox_inches=box)
    if data is not None:
        frame, keep_index = _csv_frame(data)
        written.append(target / f"{stem}.csv")
        frame.to_csv(written[2], index=keep_index, encoding="utf-8", lineterminator="\n")
    print(f"Gespeichert in {paths.short(target)}/: {stem}.png, " + ", ".join(p.suffix for p in written[1:]))
    plt.close(fig)  # the inline backend would otherwise render it once more after the cell
    saved = SavedFiles(written)
    saved.png = png.getvalue()
    return saved


def _laid_out(fig: Figure) -> Bbox:
    """Lay ``fig`` out once and return its tight box (inches, padded as ``savefig.pad_inches``): both
    formats are then drawn once each in the same places. Left to ``savefig``, each format ran the
    layout twice and drew the figure twice (once only to measure it): 0.5 s of a bar chart's 0.8 s."""
    renderer = fig.canvas.get_renderer()
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.execute(fig)
        fig.set_layout_engine("none")  # keeps the places just found
    return fig.get_tightbbox(renderer).padded(mpl.rcParams["savefig.pad_inches"])


class SkippedFigure(SavedFiles):
    """What :func:`save_figure` returns for a :class:`Skipped` figure: no files, nothing to show
    (the reason was printed)."""

    def _ipython_display_(self) -> None:
        pass

    def __repr__(self) -> str:
        return "[]"


def _doctest_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="figures-doctest-"))


def heatmap(
    ax: Axes,
    table: pd.DataFrame,
    *,
    cmap: str = "Blues",
    decimals: int = 0,
    label: str | None = None,
    by_column: bool = False,
) -> None:
    """A table as coloured cells with their values written in (German format); rows top-down.

    Zero cells stay white and unlabelled, so the pattern reads at a glance. Long column labels
    wrap. ``by_column`` colours each column on its own scale (for columns of different units).
    """
    values = table.to_numpy(dtype=float)
    shade = values / np.maximum(values.max(axis=0), 1) if by_column and values.size else values
    masked = np.ma.masked_where(values == 0, shade)
    image = ax.imshow(masked, cmap=cmap, aspect="auto", vmin=0, vmax=max(shade.max(), 1e-9) if values.size else 1)
    columns = [wrap_label(str(c), 16) for c in table.columns]
    turned = table.shape[1] > 6
    ax.set_xticks(range(table.shape[1]), columns, rotation=45 if turned else 0, ha="left" if turned else "center",
                  rotation_mode="anchor")  # fmt: skip
    ax.xaxis.tick_top()
    ax.set_yticks(range(table.shape[0]), [str(i) for i in table.index])
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    top = shade.max() if values.size else 0
    for (r, c), v in np.ndenumerate(values):
        if v:
            ax.text(c, r, german_number(v, decimals), ha="center", va="center", fontsize=8,
                    color="white" if shade[r, c] > 0.6 * top else "#222222")  # fmt: skip
    if label:
        ax.figure.colorbar(image, ax=ax, shrink=0.6, label=label)

"""Corpora: the tidy tables of many articles, on both cores, cached, and on Dask.

:func:`tidy_tables` builds ``paragraphs``, ``tokens``, ``mentions`` and ``quotes`` for a list of
articles. The work per article is pure, so it runs in a process pool (one process per core) and
on Dask (:func:`to_dask`). Results are cached as Parquet under ``.cache/`` (or ``NEWS_CACHE``),
keyed by each article's content, the package version and what the table depends on (the code,
the gazetteer, the stopwords): rerunning a notebook on an unchanged corpus reads the cache, and a
changed article is reprocessed alone.

The cache heals itself: the manifest of each table records every shard's size and SHA-256 and a
checksum of its own; a shard or manifest that is truncated, empty or not what was written is
rebuilt with a :class:`CacheWarning`, never fatal. Shards and manifests are written to a temporary
file and renamed (atomic), the manifest is updated under a lock file (two processes on one cache
keep both their entries), and a cache deleted while a run writes it only means the next run
builds again.

>>> from helpers import articles, paths
>>> t = tidy_tables(articles.load_corpus(paths.SEEDS), which=("tokens", "mentions"), cache=False)
>>> sorted(t), len(t["tokens"]), t["mentions"]["surface"].tolist()[:3]
(['mentions', 'tokens'], 650, ['Miami', 'Rubio', 'Ukraine'])
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import json
import os
import shutil
import uuid
import warnings
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from functools import cache
from importlib.metadata import version
from pathlib import Path

import pandas as pd
import pyarrow as pa
from pandas.api.types import union_categoricals

from helpers import paths
from helpers.actors import actor_table, mentions
from helpers.articles import (
    Article,
    as_articles,
    distinct_days,
    load_corpus,
    paragraphs,
    parse_article,
    time_resolution,
)
from helpers.entities import entities, prepare
from helpers.progress import progress_bar
from helpers.quotes import quotes
from helpers.tokens import lemma, tokens

try:  # POSIX: the manifest is updated under an advisory lock; elsewhere by atomic renames alone
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

#: The tables :func:`tidy_tables` can build, in the order they depend on each other.
TABLES = ("paragraphs", "tokens", "entities", "mentions", "quotes")


def _available(which: Sequence[str]) -> tuple[str, ...]:
    unknown = [w for w in which if w not in TABLES]
    if unknown:
        raise ValueError(f"unknown table(s) {unknown}; choose from {TABLES}")
    return tuple(w for w in TABLES if w in which)


def build(
    chunk: list[Article], which: Sequence[str] = TABLES, gazetteer=None, recognise: bool = True
) -> dict[str, pd.DataFrame]:
    """The tidy tables of a few articles, in this process (the unit of work of the pool and Dask;
    its own progress bars stay off: the pool shows one over the chunks). ``recognise``: actors from
    the entity recogniser too (see :func:`helpers.actors.mentions`)."""
    out: dict[str, pd.DataFrame] = {}
    if "paragraphs" in which:
        out["paragraphs"] = paragraphs(chunk)
    toks = tokens(chunk, progress=False) if set(which) & {"tokens", "entities", "mentions", "quotes"} else None
    if "tokens" in which:
        out["tokens"] = toks
    wanted = {"entities"} | ({"mentions", "quotes"} if recognise else set())
    found = entities(chunk, toks=toks) if set(which) & wanted else None
    if "entities" in which:
        out["entities"] = found
    m = None
    if set(which) & {"mentions", "quotes"}:
        m = mentions(chunk, gazetteer=gazetteer, toks=toks, progress=False, entities=found, recognise=recognise)
        if "mentions" in which:
            out["mentions"] = m
    if "quotes" in which:
        out["quotes"] = quotes(chunk, gazetteer=gazetteer, toks=toks, mentions=m, progress=False)
    return out


# --- cache keys -------------------------------------------------------------------------------


def article_key(article: Article) -> str:
    """A digest of everything in an article that the tables depend on."""
    payload = json.dumps(
        [article.id, article.title, article.text, article.published.isoformat() if article.published else None,
         sorted(article.meta.items()), [(ln.kind, ln.start, ln.end) for ln in article.lines]],
        ensure_ascii=False,
    )  # fmt: skip
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:24]


@cache
def _code_digest() -> str:
    """The package version and a digest of its code and data files: a change invalidates the cache."""
    h = hashlib.sha256(version("helpers").encode())
    package = Path(__file__).resolve().parent
    # every module, subpackages too (helpers/quotes/, helpers/entities/), and every data file (the model)
    for f in sorted([*package.rglob("*.py"), *package.glob("data/*")]):
        h.update(f.relative_to(package).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _config_key(table: str, gazetteer, recognise: bool = True) -> str:
    if gazetteer is None:
        extra = ""
    elif isinstance(gazetteer, pd.DataFrame):
        extra = hashlib.sha256(pd.util.hash_pandas_object(gazetteer.astype(str), index=False).values).hexdigest()
    else:
        files = [gazetteer] if isinstance(gazetteer, str | os.PathLike) else list(gazetteer)
        extra = "".join(hashlib.sha256(paths.resolve(f).read_bytes()).hexdigest() for f in files)
    return hashlib.sha256(
        f"{table}|{_code_digest()}|{extra if table in ('entities', 'mentions', 'quotes') else ''}"
        f"|{'' if recognise or table not in ('mentions', 'quotes') else 'gazetteer only'}".encode()
    ).hexdigest()[:16]


# --- the cache --------------------------------------------------------------------------------


class CacheWarning(UserWarning):
    """A part of the cache was damaged or could not be written; it is rebuilt (nothing is lost)."""


#: Version of the manifest's layout; a manifest of another version is not read (rebuilt quietly).
MANIFEST_FORMAT = 2


def _manifest_path(table: str) -> Path:
    return paths.CACHE / table / "manifest.json"


def _digest(manifest: dict) -> str:
    body = json.dumps({k: manifest[k] for k in ("articles", "shards")}, sort_keys=True)
    return hashlib.sha256(body.encode()).hexdigest()


def _empty_manifest() -> dict:
    return {"format": MANIFEST_FORMAT, "articles": {}, "shards": {}}


def _read_manifest(table: str, warn: bool = True) -> dict:
    """The manifest of ``table``: ``articles`` (cache key -> shard) and ``shards`` (shard -> size,
    sha256). A missing one is empty; a damaged one too, with a :class:`CacheWarning`."""
    path = _manifest_path(table)
    try:
        raw = path.read_bytes()
    except OSError:
        return _empty_manifest()
    try:
        manifest = json.loads(raw.decode("utf-8"))
        problem = None
        if not isinstance(manifest, dict):
            problem = "not a JSON object"
        elif manifest.get("format") != MANIFEST_FORMAT:
            return _empty_manifest()  # written by an older version: rebuilt, nothing is wrong
        elif not isinstance(manifest.get("articles"), dict) or not isinstance(manifest.get("shards"), dict):
            problem = "entries missing"
        elif manifest.get("checksum") != _digest(manifest):
            problem = "checksum does not match"
    except (UnicodeDecodeError, ValueError):
        problem = "not valid JSON" if raw.strip() else "empty"
    if problem:
        if warn:
            warnings.warn(f"{path}: cache manifest damaged ({problem}); rebuilding the table {table!r}",
                          CacheWarning, stacklevel=3)  # fmt: skip
        return _empty_manifest()
    return manifest


def _write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: readers see the old file
    or the new one, never half of one."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


@contextlib.contextmanager
def _locked(table: str):
    """Hold the lock file of ``table``'s cache folder (``.lock``; advisory, POSIX only)."""
    folder = paths.CACHE / table
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "a+b") as handle:
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _update_manifest(table: str, entries: dict[str, str], shard: str, info: dict) -> None:
    """Add ``entries`` (cache key -> ``shard``) under the lock: read the manifest as it is now on
    disk (another process may have added to it), merge, write it atomically, and delete the shards
    that no entry points to any more."""
    with _locked(table):
        manifest = _read_manifest(table, warn=False)
        manifest["articles"].update(entries)
        manifest["shards"][shard] = info
        used = set(manifest["articles"].values())
        for old in [name for name in manifest["shards"] if name not in used]:
            del manifest["shards"][old]
            with contextlib.suppress(OSError):
                (paths.CACHE / table / old).unlink()
        manifest["checksum"] = _digest(manifest)
        _write_atomic(_manifest_path(table), json.dumps(manifest, sort_keys=True).encode("utf-8"))


def _read_shard(table: str, shard: str, info: dict | None) -> pd.DataFrame | None:
    """A shard, verified against its size and SHA-256; None (with a :class:`CacheWarning`) when it
    is damaged, None quietly when it is gone (a cache deleted meanwhile)."""
    path = paths.CACHE / table / shard
    try:
        data = path.read_bytes()
    except OSError:
        return None
    problem = None
    if not isinstance(info, dict):
        problem = "not in the manifest"
    elif len(data) != info.get("size"):
        problem = f"{len(data)} bytes, {info.get('size')} written"
    elif hashlib.sha256(data).hexdigest() != info.get("sha256"):
        problem = "checksum does not match"
    if problem is None:
        try:
            return pd.read_parquet(io.BytesIO(data))
        except (OSError, ValueError, pa.ArrowException) as error:
            problem = f"not readable ({error})"
    warnings.warn(f"{path}: cache shard damaged ({problem}); rebuilding its articles", CacheWarning, stacklevel=4)
    return None


def _read_cached(table: str, wanted: dict[str, str], manifest: dict) -> tuple[list[pd.DataFrame], set[str]]:
    """Cached rows of the articles whose key is in ``manifest``; returns (frames, ids found)."""
    shards: dict[str, set[str]] = {}
    for article_id, key in wanted.items():
        shard = manifest["articles"].get(key)
        if shard:
            shards.setdefault(shard, set()).add(article_id)
    frames, found = [], set()
    for shard, ids in shards.items():
        frame = _read_shard(table, shard, manifest["shards"].get(shard))
        if frame is None:
            continue
        article = frame["article"]
        if isinstance(article.dtype, pd.CategoricalDtype):  # test the categories, not every row
            keep = article.cat.categories.astype(str).isin(list(ids))[article.cat.codes.to_numpy()]
            keep &= article.cat.codes.to_numpy() >= 0
        else:
            keep = article.astype(str).isin(ids).to_numpy()
        frames.append(frame[keep] if not keep.all() else frame)
        found |= ids
    return frames, found


def _write_shard(table: str, frame: pd.DataFrame, keys: dict[str, str]) -> None:
    """Write ``frame`` (the rows of the articles of ``keys``, perhaps none) as a new shard and
    record it; a cache that cannot be written (deleted meanwhile, disk full) is a warning."""
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    data = buffer.getvalue()
    name = f"{uuid.uuid4().hex}.parquet"
    info = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    error: OSError | None = None
    for _attempt in range(2):  # once more if the folder vanished in between (clear_cache in another process)
        try:
            folder = paths.CACHE / table
            folder.mkdir(parents=True, exist_ok=True)
            _write_atomic(folder / name, data)
            _update_manifest(table, dict.fromkeys(keys.values(), name), name, info)
            return
        except OSError as caught:
            error = caught
    warnings.warn(f"{paths.CACHE / table}: cache not written ({error}); the next run builds again",
                  CacheWarning, stacklevel=3)  # fmt: skip


def clear_cache() -> None:
    """Delete the cache folder (it is rebuilt on the next run)."""
    shutil.rmtree(paths.CACHE, ignore_errors=True)


# --- building ---------------------------------------------------------------------------------


def _chunks(items: list[Article], parts: int) -> list[list[Article]]:
    """About ``parts`` chunks of similar text length, articles in order."""
    if not items:
        return []
    total = sum(len(a.text) for a in items)
    size = max(total / max(parts, 1), 1)
    chunks, current, filled = [], [], 0
    for a in items:
        current.append(a)
        filled += len(a.text)
        if filled >= size:
            chunks.append(current)
            current, filled = [], 0
    if current:
        chunks.append(current)
    return chunks


def _warm_up(which: Sequence[str], gazetteer) -> None:
    lemma("Haus")
    if set(which) & {"entities", "mentions", "quotes"}:
        prepare()  # the recogniser's model and word lists, once
    if gazetteer is None and set(which) & {"mentions", "quotes"}:
        actor_table()


def _run(
    items: list[Article], which: tuple[str, ...], gazetteer, workers: int, progress: bool | None, recognise: bool
) -> dict[str, list[pd.DataFrame]]:
    out: dict[str, list[pd.DataFrame]] = {w: [] for w in which}
    if not items:
        return out
    if workers <= 1 or len(items) < 2 * workers:
        for chunk in progress_bar(_chunks(items, 20), "Tabellen bauen", unit="Teile", enable=progress, work=len(items)):
            for name, frame in build(chunk, which, gazetteer, recognise).items():
                out[name].append(frame)
        return out
    _warm_up(which, gazetteer)  # forked workers inherit the loaded dictionary and gazetteer
    chunks = _chunks(items, 8 * workers)
    results: list[dict[str, pd.DataFrame] | None] = [None] * len(chunks)
    # the inherited objects (dictionary, model, gazetteer: millions) out of the collector's sight, so
    # the workers' collections do not walk them again and again (a tenth of the time with entities)
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(build, chunk, which, gazetteer, recognise): k for k, chunk in enumerate(chunks)}
            done = as_completed(futures)
            for future in progress_bar(
                done, "Tabellen bauen", unit="Teile", enable=progress, total=len(futures), work=len(items)
            ):
                results[futures[future]] = future.result()
    finally:
        gc.unfreeze()
    for result in results:  # in article order
        for name, frame in result.items():
            out[name].append(frame)
    return out


def _combine(frames: list[pd.DataFrame], ids: list[str]) -> pd.DataFrame:
    """One table in article order, ``article`` as a categorical of the articles' ids."""
    frames = [f for f in frames if len(f)] or frames[:1]
    if not frames:
        return pd.DataFrame()
    categorical = all(isinstance(f["article"].dtype, pd.CategoricalDtype) for f in frames)
    article = (
        union_categoricals([f["article"] for f in frames], ignore_order=True)
        if categorical
        else pd.Categorical(pd.concat([f["article"].astype(str) for f in frames], ignore_index=True))
    )
    table = pd.concat([f.drop(columns="article") for f in frames], ignore_index=True)
    table.insert(0, "article", pd.Categorical(article).set_categories(ids))
    codes = table["article"].cat.codes.to_numpy()
    if len(codes) and (codes[1:] < codes[:-1]).any():  # cached and fresh parts: back to article order
        keys = ["article", "start"] if "start" in table.columns else ["article"]
        table = table.sort_values(keys, kind="stable", ignore_index=True)
    return table


def tidy_tables(
    articles: Article | Iterable[Article],
    which: Sequence[str] = ("paragraphs", "tokens", "mentions"),
    *,
    gazetteer=None,
    workers: int | None = None,
    cache: bool = True,
    progress: bool | None = None,
    recognise: bool = True,
) -> dict[str, pd.DataFrame]:
    """The tidy tables (``paragraphs``, ``tokens``, ``entities``, ``mentions``, ``quotes``) of many
    articles.

    ``workers``: processes (default: one per core); ``cache``: read and write the Parquet cache;
    ``recognise``: actors the entity recogniser finds too, not only the gazetteer's (see
    :func:`helpers.actors.mentions`). Returns a dict of tables, each in article order with
    ``article`` as a categorical.
    """
    items = as_articles(articles)
    which = _available(which)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    ids = [a.id for a in items]
    keys = {a.id: article_key(a) for a in items}
    parts: dict[str, list[pd.DataFrame]] = {w: [] for w in which}
    missing: set[str] = set()
    manifests = {}
    if cache:
        for table in which:
            config = _config_key(table, gazetteer, recognise)
            wanted = {i: f"{keys[i]}-{config}" for i in ids}
            manifests[table] = wanted
            frames, found = _read_cached(table, wanted, _read_manifest(table))
            parts[table].extend(frames)
            missing |= set(ids) - found
    else:
        missing = set(ids)
    todo = [a for a in items if a.id in missing]
    if todo:
        built = _run(todo, which, gazetteer, workers, progress, recognise)
        todo_ids = {a.id for a in todo}
        for table in which:
            fresh = _combine(built[table], [a.id for a in todo]) if built[table] else pd.DataFrame()
            if cache:
                parts[table] = [f[~f["article"].astype(str).isin(todo_ids)] for f in parts[table]]
                if len(fresh.columns):  # no rows is an answer too (a corpus without quotes): cached
                    wanted = manifests[table]
                    _write_shard(table, fresh, {i: wanted[i] for i in todo_ids})
            parts[table].append(fresh)
    return {table: _combine(parts[table], ids) for table in which}


# --- Dask -------------------------------------------------------------------------------------


def _load_partition(files: list[str], load: Callable[[str], list[Article]]) -> list[Article]:
    return [a for f in files for a in load(f)]


def to_dask(
    files: Sequence[str | os.PathLike[str]],
    which: Sequence[str] = ("tokens", "mentions"),
    *,
    gazetteer=None,
    files_per_partition: int = 50,
    load: Callable[[str], list[Article]] | None = None,
):
    """The tidy tables as ``dask.dataframe`` collections, one partition per group of files.

    Runs wherever the active Dask client points: a ``distributed.LocalCluster`` on this machine,
    or a cluster elsewhere (``Client("tcp://scheduler:8786")``); every worker needs this package
    installed. ``load`` reads one file into articles (default: :func:`helpers.articles.load_corpus`).
    Returns a dict of ``dask.dataframe.DataFrame``.
    """
    import dask
    import dask.dataframe as dd

    which = _available(which)
    loader = load or (lambda f: load_corpus(f))
    groups = [[str(f) for f in files[i : i + files_per_partition]] for i in range(0, len(files), files_per_partition)]
    delayed_tables = [dask.delayed(_partition_tables)(g, loader, which, gazetteer) for g in groups]
    meta = build([parse_article("Titel\nEin Absatz.", id="meta")], which, gazetteer)
    return {
        table: dd.from_delayed([dask.delayed(lambda d, t=table: _plain(d[t]))(d) for d in delayed_tables],
                               meta=_plain(meta[table].iloc[:0]), verify_meta=False)
        for table in which
    }  # fmt: skip


def _partition_tables(files: list[str], load, which, gazetteer) -> dict[str, pd.DataFrame]:
    return build(_load_partition(files, load), which, gazetteer)


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Categoricals as strings, so partitions with different categories concatenate."""
    out = frame.copy()
    for column in out.columns:
        if isinstance(out[column].dtype, pd.CategoricalDtype):
            out[column] = out[column].astype("str")
    return out


def count_terms(t, by: str = "lemma"):
    """Counts of ``by`` over words that are not stopwords, punctuation or numbers, largest first.

    Works on a pandas or a Dask tokens table (the same code runs on both).
    """
    words = t[~t["is_stop"] & ~t["is_punct"] & ~t["is_num"]]
    return words.groupby(by).size()


def count_mentions(m):
    """Mentions per actor (pandas or Dask)."""
    return m.groupby("actor").size()


# --- corpus analyses ----------------------------------------------------------------------------


def with_meta(table: pd.DataFrame, articles: Iterable[Article], key: str = "category", missing: str = "ohne Kategorie"):
    """``table`` with a column ``key`` from each article's ``meta`` (e.g. the category of 10kGNAD).

    >>> from helpers import articles, paths
    >>> t = tidy_tables(articles.load_corpus(paths.SEEDS), which=("paragraphs",), cache=False)["paragraphs"]
    >>> with_meta(t, articles.load_corpus(paths.SEEDS))["category"].unique().tolist()
    ['ohne Kategorie']
    """
    values = {a.id: a.meta.get(key, missing) for a in articles}
    return table.assign(**{key: table["article"].astype(str).map(values).fillna(missing)})


def articles_over_time(articles: Iterable[Article], freq: str = "auto") -> pd.DataFrame:
    """Number of articles per period (``freq``: D, W, M; ``"auto"``: by the span of the dates, see
    :func:`helpers.articles.time_resolution`) by ``published``, periods without articles as 0;
    ``.attrs``: the undated articles (``undated``), the days with articles (``days``), the ``freq``.

    >>> from helpers import articles, paths
    >>> articles_over_time(articles.load_corpus(paths.SEEDS), "D")["articles"].tolist()
    [1]
    """
    items = list(articles)
    freq = time_resolution(a.published for a in items) if freq == "auto" else freq[0]
    dates = pd.Series([a.published for a in items if a.published is not None], dtype="object")
    if dates.empty:
        out = pd.DataFrame({"period": pd.PeriodIndex([], freq=freq), "articles": []})
    else:
        stamps = pd.to_datetime(dates, utc=True).dt.tz_convert("Europe/Berlin").dt.tz_localize(None)
        counts = stamps.dt.to_period(freq).value_counts().sort_index()
        full = pd.period_range(counts.index.min(), counts.index.max(), freq=freq)
        out = counts.reindex(full, fill_value=0).rename_axis("period").rename("articles").reset_index()
    out.attrs.update(undated=sum(a.published is None for a in items), days=distinct_days(items), freq=freq)
    return out

"""Corpora: tables of articles (CSV, JSON Lines), the tidy tables on both cores, the cache, Dask."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest
from conftest import shared

from helpers import corpus, paths
from helpers.articles import ArticleFormatError, load_corpus, load_table

GNAD = {"category": "label", "sep": ";", "quotechar": "'", "header": False, "columns": ["label", "text"]}


@pytest.fixture(scope="module")
def gnad():
    return load_table(shared("10kgnad", "articles.csv"), **GNAD)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "CACHE", tmp_path / "cache")
    return tmp_path / "cache"


# --- tables of articles ----------------------------------------------------------------------


def test_10kgnad_as_a_table(gnad):
    assert len(gnad) == 1028
    assert gnad[0].id == "articles-1" and gnad[0].meta["category"] == "Wirtschaft"
    assert gnad[0].text.startswith("Die Gewerkschaft GPA-djp lanciert den")
    labels = pd.Series([a.meta["category"] for a in gnad]).value_counts()
    assert len(labels) == 9 and labels.sum() == 1028  # the nine categories of 10kGNAD


def test_csv_with_header_title_and_date(tmp_path):
    f = tmp_path / "meldungen.csv"
    f.write_text('id,title,date,text\na1,Erste Meldung,2025-12-20,"Ein Text, mit Komma."\n'
                 'a2,Zweite,2025-12-21 08:30,Noch ein Text.\n', encoding="utf-8")  # fmt: skip
    a1, a2 = load_table(f, title="title", date="date", id="id")
    assert (a1.id, a1.title, a1.published.isoformat()) == ("a1", "Erste Meldung", "2025-12-20T00:00:00+01:00")
    assert a1.text == "Erste Meldung\nEin Text, mit Komma." and a2.published.hour == 8


def test_columns_no_parameter_names_are_reported_not_dropped_silently(tmp_path):
    # a new user's JSON Lines file: the title under "titel", the author under "name"; only "text"
    # was read, and nothing said so
    f = tmp_path / "meldungen.jsonl"
    f.write_text(json.dumps({"titel": "Streik bei der Bahn", "text": "Die GDL streikt.", "name": "Kai Küstner"}) + "\n"
                 + json.dumps({"text": "Noch ein Text.", "url": "https://example.org"}) + "\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"meldungen\.jsonl: columns not read: 'titel', 'name', 'url' \(title="):
        articles = load_table(f)
    assert [a.text for a in articles] == ["Die GDL streikt.", "Noch ein Text."]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        (a, b) = load_table(f, title="titel", meta=["name", "url"])  # every column read: no warning
    assert (a.title, a.meta["name"], b.meta["url"]) == ("Streik bei der Bahn", "Kai Küstner", "https://example.org")


def test_jsonl_and_a_folder_of_mixed_files(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": "Ein Absatz."}) + "\n\n" + json.dumps({"text": "Zwei."}) + "\n"
    )
    (tmp_path / "b.txt").write_text("Titel\nEin Absatz.", encoding="utf-8")
    assert [a.id for a in load_corpus(tmp_path)] == ["a-1", "a-3", "b"]  # ids name file and line


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("felder.csv", "text,title\nEin Text,Titel\nzu,viele,Felder\n", r"row 3: 3 fields, expected 2"),
        ("leer.csv", "text,title\n ,Titel\n", r"row 2: the text is empty"),
        ("datum.csv", "text,date\nEin Text,gestern irgendwann\n", r"row 2: date 'gestern irgendwann' not understood"),
        ("doppelt.csv", "id,text\nx,Eins\nx,Zwei\n", r"row 3: id 'x' appears twice"),
        ("kaputt.jsonl", '{"text": "Eins"}\n{"text": "Zwei"\n', r"row 2: not valid JSON"),
        ("spalte.jsonl", '{"inhalt": "Eins"}\n', r"row 1: no column 'text' \(columns: inhalt\)"),
    ],
)
def test_bad_rows_name_file_and_row(tmp_path, name, content, message):
    f = tmp_path / name
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleFormatError, match=message) as caught:
        load_table(
            f, date="date" if name.startswith("datum") else None, id="id" if name.startswith("doppelt") else None
        )
    assert caught.value.source == str(f)


def test_bad_rows_can_be_skipped_and_are_reported(tmp_path):
    f = tmp_path / "gemischt.csv"
    f.write_text("text,title\nGut,Eins\n,Zwei\nAuch gut,Drei\nzu,viele,Felder\n", encoding="utf-8")
    with pytest.warns(
        UserWarning, match=r"gemischt\.csv: skipped 2 bad rows: row 3: the text is empty; row 5: 3 fields"
    ):
        articles = load_table(f, title="title", errors="skip")
    assert [a.title for a in articles] == ["Eins", "Drei"]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("05.04.2025", (2025, 4, 5, 0)),  # day first, as Germans write it: 5 April
        ("5.4.2025 08:30", (2025, 4, 5, 8)),
        ("20. Dezember 2025", (2025, 12, 20, 0)),
        ("2025-04-05", (2025, 4, 5, 0)),
        ("2025-04-05T08:30:00+02:00", (2025, 4, 5, 8)),
    ],
)
def test_table_dates_are_day_first_or_iso(tmp_path, cell, expected):
    f = tmp_path / "daten.csv"
    f.write_text(f'date,text\n"{cell}",Ein Text.\n', encoding="utf-8")
    (a,) = load_table(f, date="date")
    assert (a.published.year, a.published.month, a.published.day, a.published.hour) == expected
    assert a.published.tzinfo is not None


@pytest.mark.parametrize("cell", ["now", "today", "heute", "20251220", "05/04/2025", "31.02.2025"])
def test_table_dates_that_are_not_dates_are_row_errors(tmp_path, cell):
    f = tmp_path / "daten.csv"
    f.write_text(f"date,text\n{cell},Ein Text.\n2025-12-20,Noch ein Text.\n", encoding="utf-8")
    with pytest.raises(ArticleFormatError, match=rf"daten\.csv: row 2: date '{cell}' not understood"):
        load_table(f, date="date")
    with pytest.warns(UserWarning, match=r"skipped 1 bad rows: row 2: date"):
        assert [a.id for a in load_table(f, date="date", errors="skip")] == ["daten-3"]


def test_a_json_date_that_is_a_number_is_a_row_error(tmp_path):
    f = tmp_path / "zahl.jsonl"
    f.write_text('{"text": "Eins.", "date": 20251220}\n', encoding="utf-8")
    with pytest.raises(ArticleFormatError, match=r"row 1: date 20251220 is a number"):
        load_table(f, date="date")


def test_an_unclosed_quote_that_swallows_rows_is_reported_with_its_row(tmp_path):
    f = tmp_path / "offen.csv"
    f.write_text('id,text\na1,"Ein Text ohne Ende\na2,Zweiter Text\na3,"\na4,Vierter Text\n', encoding="utf-8")
    with pytest.raises(ArticleFormatError, match=r"offen\.csv: row 2: a quotation mark .* opened in line 2"):
        load_table(f, id="id")
    with pytest.warns(UserWarning, match=r"skipped 1 bad rows: row 2"):
        assert [a.id for a in load_table(f, id="id", errors="skip")] == ["a4"]


def test_a_quote_closed_in_the_middle_of_a_field_is_reported(tmp_path):
    f = tmp_path / "mitte.csv"
    f.write_text('id,text\na1,"Ein Text ohne Ende\na2,Zweiter\na3,"Dritter"\na4,Vierter\n', encoding="utf-8")
    with pytest.raises(ArticleFormatError, match=r"mitte\.csv: row 2: a quotation mark .* lines 2–4"):
        load_table(f, id="id")


def test_a_legitimate_multi_line_field_is_kept(tmp_path):
    f = tmp_path / "absatz.csv"
    f.write_text('id,text\na1,"Erster Absatz, mit Komma.\nZweiter Absatz, auch mit Komma."\na2,Zwei\n',
                 encoding="utf-8")  # fmt: skip
    a1, a2 = load_table(f, id="id")
    assert a2.text == "Zwei"
    assert [ln.text for ln in a1.lines] == ["Erster Absatz, mit Komma.", "Zweiter Absatz, auch mit Komma."]


def test_a_text_field_over_128_kb_is_read(tmp_path):
    f = tmp_path / "lang.csv"
    body = "Ein langer Satz mit Worten. " * 10_000  # 280 KB in one cell (csv's default limit: 128 KB)
    f.write_text(f'id,text\nx,"{body}"\n', encoding="utf-8")
    (a,) = load_table(f, id="id")
    assert a.text == body and a.lines[0].text == body.strip()


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ('{"title": 42, "text": "Eins."}', r"row 1: the title is a number \(42\), not text"),
        ('{"title": "T", "text": ["Eins."]}', r"row 1: the text is a list, not text"),
        ('{"title": "T", "text": "12 34"}', r"row 1: no words in the text"),
    ],
)
def test_jsonl_values_of_the_wrong_type_are_row_errors_also_when_skipped(tmp_path, row, message):
    f = tmp_path / "typen.jsonl"
    f.write_text(row + '\n{"title": "Gut", "text": "Zwei."}\n', encoding="utf-8")
    with pytest.raises(ArticleFormatError, match=message) as caught:
        load_table(f, title="title")
    assert caught.value.source == str(f)
    with pytest.warns(UserWarning, match=message):
        assert [a.title for a in load_table(f, title="title", errors="skip")] == ["Gut"]


# --- tidy tables, pool and cache ------------------------------------------------------------------


def test_two_workers_give_the_same_tables_as_one(gnad, cache):
    part = gnad[:120]
    one = corpus.tidy_tables(part, workers=1, cache=False)
    two = corpus.tidy_tables(part, workers=2, cache=False)
    for name in one:
        pd.testing.assert_frame_equal(one[name], two[name])
    assert one["tokens"]["article"].cat.categories.tolist() == [a.id for a in part]


def test_the_cache_is_read_and_a_changed_article_is_reprocessed_alone(gnad, cache, monkeypatch):
    from helpers.articles import article_from_record

    part = gnad[:40]
    first = corpus.tidy_tables(part, workers=1)
    assert (cache / "tokens" / "manifest.json").exists()
    built = []
    real_run = corpus._run
    monkeypatch.setattr(corpus, "_run", lambda items, *a: built.append([x.id for x in items]) or real_run(items, *a))
    again = corpus.tidy_tables(part, workers=1)
    assert built == []  # everything came from the cache
    for name in first:
        pd.testing.assert_frame_equal(first[name], again[name])
    changed = list(part)
    changed[7] = article_from_record(part[7].text + " Angela Merkel widersprach.", id=part[7].id, meta=part[7].meta)
    third = corpus.tidy_tables(changed, workers=1)
    assert built == [[part[7].id]]
    merkel = third["mentions"][third["mentions"]["actor"] == "angela-merkel"]
    assert part[7].id in set(merkel["article"].astype(str))
    assert third["tokens"]["article"].cat.categories.tolist() == [a.id for a in part]
    assert (third["tokens"]["article"].cat.codes.diff().dropna() >= 0).all()  # article order kept


def test_tables_match_the_functions_they_come_from(seed, cache):
    from helpers.actors import mentions
    from helpers.tokens import tokens

    t = corpus.tidy_tables([seed], workers=1)
    pd.testing.assert_frame_equal(t["tokens"], tokens(seed))
    expected = mentions(seed)
    expected["article"] = pd.Categorical(expected["article"], categories=[seed.id])
    pd.testing.assert_frame_equal(t["mentions"], expected)


# --- Dask -----------------------------------------------------------------------------------------


def test_dask_on_a_local_cluster_equals_the_in_process_result(gnad, tmp_path, cache):
    distributed = pytest.importorskip("distributed")
    files = []
    for k in range(4):
        f = tmp_path / f"teil{k}.jsonl"
        rows = [{"id": a.id, "text": a.text, "label": a.meta["category"]} for a in gnad[k * 25 : (k + 1) * 25]]
        f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
        files.append(f)

    def load(path):
        return load_table(path, id="id", category="label")

    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        tables = corpus.to_dask(files, load=load, files_per_partition=1)
        assert tables["tokens"].npartitions == 4
        terms = corpus.count_terms(tables["tokens"]).compute()
        actors = corpus.count_mentions(tables["mentions"]).compute()
    local = corpus.tidy_tables([a for f in files for a in load(f)], workers=1, cache=False)
    # exactly the same counts (Dask's string dtype marks missing values differently; there are none)
    assert terms.to_dict() == corpus.count_terms(local["tokens"]).to_dict()
    assert actors.to_dict() == corpus.count_mentions(local["mentions"]).to_dict()
    assert terms.sum() > 10_000 and len(actors) > 50


# --- a cache that heals ------------------------------------------------------------------------------


def _record_builds(monkeypatch) -> list[list[str]]:
    built: list[list[str]] = []
    real_run = corpus._run
    monkeypatch.setattr(corpus, "_run", lambda items, *a: built.append([x.id for x in items]) or real_run(items, *a))
    return built


def _shards(cache, table="tokens"):
    return sorted((cache / table).glob("*.parquet"))


@pytest.mark.parametrize("damage", ["truncated", "empty", "other bytes"])
def test_a_damaged_shard_is_rebuilt_with_a_warning(gnad, cache, monkeypatch, damage):
    part = gnad[:6]
    first = corpus.tidy_tables(part, workers=1)
    (shard,) = _shards(cache)
    data = shard.read_bytes()
    shard.write_bytes({"truncated": data[: len(data) // 2], "empty": b"", "other bytes": data[:-4] + b"XXXX"}[damage])
    built = _record_builds(monkeypatch)
    with pytest.warns(corpus.CacheWarning, match=r"tokens/[0-9a-f]+\.parquet: cache shard damaged"):
        again = corpus.tidy_tables(part, workers=1)
    assert built == [[a.id for a in part]]
    for name in first:
        pd.testing.assert_frame_equal(first[name], again[name])
    built.clear()
    corpus.tidy_tables(part, workers=1)  # healed: read from the cache, no warning
    assert built == []


@pytest.mark.parametrize("content", [b"", b"[1, 2, 3]", b'"text"', b"{kaputt", b'{"format": 2, "articles": {}}'])
def test_a_damaged_manifest_is_rebuilt_with_a_warning(gnad, cache, monkeypatch, content):
    part = gnad[:4]
    first = corpus.tidy_tables(part, workers=1)
    (cache / "mentions" / "manifest.json").write_bytes(content)
    built = _record_builds(monkeypatch)
    with pytest.warns(corpus.CacheWarning, match=r"mentions/manifest\.json: cache manifest damaged"):
        again = corpus.tidy_tables(part, workers=1)
    assert built == [[a.id for a in part]]
    pd.testing.assert_frame_equal(first["mentions"], again["mentions"])
    built.clear()
    corpus.tidy_tables(part, workers=1)
    assert built == []


def test_a_manifest_edited_by_hand_fails_its_checksum(gnad, cache):
    corpus.tidy_tables(gnad[:3], workers=1, which=("tokens",))
    path = cache / "tokens" / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["articles"]["erfunden"] = next(iter(manifest["shards"]))
    path.write_text(json.dumps(manifest))
    with pytest.warns(corpus.CacheWarning, match="checksum does not match"):
        corpus.tidy_tables(gnad[:3], workers=1, which=("tokens",))


def test_an_empty_table_is_cached_as_empty(cache, monkeypatch):
    from helpers.articles import article_from_record

    quiet = [article_from_record("Ein Satz ohne Zitat. Noch einer.", id=f"q{k}") for k in range(3)]
    first = corpus.tidy_tables(quiet, which=("tokens", "quotes"), workers=1)
    assert len(first["quotes"]) == 0 and len(first["tokens"]) > 0
    built = _record_builds(monkeypatch)
    again = corpus.tidy_tables(quiet, which=("tokens", "quotes"), workers=1)
    assert built == []  # nothing rebuilt because one table had no rows
    assert len(again["quotes"]) == 0 and list(again["quotes"].columns) == list(first["quotes"].columns)


def test_a_cache_deleted_while_a_run_writes_it_is_rebuilt_not_fatal(gnad, cache, monkeypatch):
    part = gnad[:5]
    real_run = corpus._run

    def run_then_delete(*args):
        out = real_run(*args)
        corpus.clear_cache()  # another process or the user: `make clean` while this run works
        return out

    monkeypatch.setattr(corpus, "_run", run_then_delete)
    tables = corpus.tidy_tables(part, workers=1)
    assert len(tables["tokens"]) > 0
    real_write = corpus._write_atomic

    def delete_then_write(path, data):
        corpus.clear_cache()
        real_write(path, data)

    monkeypatch.setattr(corpus, "_write_atomic", delete_then_write)
    other = gnad[5:8]
    with pytest.warns(corpus.CacheWarning, match="cache not written"):
        again = corpus.tidy_tables(other, workers=1)
    pd.testing.assert_frame_equal(again["tokens"], corpus.tidy_tables(other, workers=1, cache=False)["tokens"])


def _add_entries(args):
    table, prefix, count = args
    for k in range(count):
        corpus._update_manifest(table, {f"{prefix}-{k}": f"{prefix}-{k}.parquet"}, f"{prefix}-{k}.parquet",
                                {"size": 1, "sha256": "0"})  # fmt: skip
    return count


def test_two_processes_updating_one_manifest_keep_every_entry(cache):
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(2) as pool:
        assert pool.map(_add_entries, [("tokens", "a", 60), ("tokens", "b", 60)]) == [60, 60]
    manifest = corpus._read_manifest("tokens")
    assert len(manifest["articles"]) == 120 and len(manifest["shards"]) == 120
    assert not list((cache / "tokens").glob("*.tmp"))

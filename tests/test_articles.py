"""Loading and parsing articles: the seed exactly, every format variant, bad input."""

from __future__ import annotations

import json
import time
import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from conftest import FIXTURES, SEED

from helpers import articles
from helpers.actors import mentions
from helpers.articles import (
    CONTENT_KINDS,
    ArticleDateWarning,
    ArticleEncodingWarning,
    ArticleFormatError,
    LargeArticleWarning,
    Section,
    article_files,
    article_from_record,
    load_article,
    load_corpus,
    paragraphs,
    parse_article,
)
from helpers.sections import summary
from helpers.tokens import tokens


def kinds(article):
    return [ln.kind for ln in article.lines]


# --- the seed ---------------------------------------------------------------------------------


def test_seed_title_date_lead(seed):
    assert seed.id == "000_770f9e3c0690391d"
    assert seed.title == "Treffen in Miami Rubio dämpft Erwartungen an Ukraine-Gespräche"
    assert seed.published == datetime(2025, 12, 20, 5, 22, tzinfo=ZoneInfo("Europe/Berlin"))
    assert seed.published.utcoffset().total_seconds() == 3600  # CET in December
    assert seed.lead == (
        "Die Gespräche über eine Friedenslösung in der Ukraine gehen in die nächste Runde – diesmal in Miami. "
        "Der Ausgang ist weiter offen. US-Außenminister Rubio spricht von einem langen Weg, der vor den "
        "Verhandlern liege."
    )
    assert seed.author is None and seed.note is None


def test_seed_sections(seed):
    assert [(s.heading, len(s.paragraphs)) for s in seed.sections] == [
        (None, 3),
        ("Gespräche auch mit deutscher Beteiligung", 3),
        ("Fortschritte bei den Sicherheitsgarantien", 2),
        ("In der Gebietsfrage keine Bewegung", 2),
    ]
    assert seed.sections[0].paragraphs[0].startswith("US-Außenminister Marco Rubio hat sich")
    assert seed.sections[3].paragraphs[-1].endswith("also einer Art Pufferzone.")


def test_seed_paragraph_table(seed, seed_bytes):
    p = paragraphs(seed)
    source_lines = [ln.strip() for ln in seed_bytes.decode("utf-8").splitlines() if ln.strip()]
    assert p["text"].tolist() == source_lines  # every non-blank line, in order, nothing lost
    assert p["kind"].astype(str).tolist() == ["title", "dateline", "lead"] + ["body"] * 3 + (
        ["heading"] + ["body"] * 3 + ["heading"] + ["body"] * 2 + ["heading"] + ["body"] * 2
    )
    assert p["section"].tolist() == [0] * 6 + [1] * 4 + [2] * 3 + [3] * 3
    assert p["paragraph"].tolist() == list(range(16))
    assert all(seed.text[s:e] == t for s, e, t in zip(p.start, p.end, p.text, strict=True))
    assert p.loc[p.section == 2, "heading"].unique().tolist() == ["Fortschritte bei den Sicherheitsgarantien"]


def test_seed_text_is_the_decoded_source(seed, seed_bytes):
    assert seed.text == seed_bytes.decode("utf-8")
    assert seed.source == str(SEED)


def test_summary_of_the_seed(seed):
    row = summary(seed).iloc[0]
    assert row.sections == 4 and row.paragraphs == 10
    assert row.headings.split(" | ")[0] == "Gespräche auch mit deutscher Beteiligung"
    assert 550 < row.words < 620


# --- format variants ------------------------------------------------------------------------


def test_author_line_straight_quotes_and_note(fixture_article):
    a = fixture_article("author_note_quotes")
    assert a.author == "Von Silvia Stöber, ARD-Studio Brüssel"
    assert a.note.startswith("Über dieses Thema berichtete die tagesschau")
    assert a.lead.startswith("Außenminister Wadephul hat in Brüssel")
    assert kinds(a)[:5] == ["title", "dateline", "lead", "author", "body"]
    assert kinds(a)[-1] == "note"


def test_headings_may_ask_quote_or_hold_a_colon(fixture_article):
    a = fixture_article("author_note_quotes")
    assert [s.heading for s in a.sections] == [
        None,
        "Wer zahlt die Rechnung?",
        '"Einfach inakzeptabel"',
        "Steinmeier: Ambivalenz aushalten",
    ]


def test_short_paragraph_and_one_line_quote_are_not_headings(fixture_article):
    a = fixture_article("author_note_quotes")
    body = [ln.text for ln in a.lines if ln.kind == "body"]
    assert "Das ist neu." in body
    assert '"Wir bleiben an der Seite der Ukraine", sagte Wadephul.' in body


def test_no_headings_and_date_without_time(fixture_article):
    a = fixture_article("no_headings_date_only")
    assert a.published == datetime(2025, 12, 2, tzinfo=ZoneInfo("Europe/Berlin"))
    assert len(a.sections) == 1 and a.sections[0].heading is None
    assert len(a.sections[0].paragraphs) == 3


def test_no_dateline_and_programme_note(fixture_article):
    a = fixture_article("no_dateline")
    assert a.published is None
    assert kinds(a)[:3] == ["title", "lead", "body"]
    assert a.sections[1].heading == "Was bedeutet das für Pendler?"
    assert a.note.startswith("Dieses Thema im Programm")


@pytest.mark.parametrize(
    "transform",
    [
        pytest.param(lambda b: b.replace(b"\n", b"\r\n"), id="crlf"),
        pytest.param(lambda b: b"\xef\xbb\xbf" + b, id="bom"),
        pytest.param(lambda b: b.replace(b"\n", b"\r"), id="old-mac-cr"),
        pytest.param(lambda b: b.rstrip(b"\n") + b"\n\n \n\t\n", id="trailing-blank-lines"),
    ],
)
def test_line_endings_bom_and_blank_lines_give_the_same_article(tmp_path, seed, seed_bytes, transform):
    f = tmp_path / f"{seed.id}.txt"
    f.write_bytes(transform(seed_bytes))
    a = load_article(f)
    assert "\r" not in a.text and not a.text.startswith("\ufeff")
    assert (a.title, a.published, a.lead, a.sections) == (seed.title, seed.published, seed.lead, seed.sections)
    assert paragraphs(a)["text"].tolist() == paragraphs(seed)["text"].tolist()


def test_cp1252_is_decoded_with_a_warning(tmp_path, seed):
    f = tmp_path / "windows.txt"
    f.write_bytes(seed.text.replace("„", '"').replace("“", '"').replace("–", "-").encode("cp1252"))
    with pytest.warns(ArticleEncodingWarning, match=r"windows\.txt.*cp1252"):
        a = load_article(f)
    assert a.title == seed.title and "Gespräche" in a.text


def test_utf16_with_bom_is_decoded_with_a_warning(tmp_path, seed):
    f = tmp_path / "utf16.txt"
    f.write_bytes(seed.text.encode("utf-16"))
    with pytest.warns(ArticleEncodingWarning, match="UTF-16"):
        assert load_article(f).sections == seed.sections


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n\t \r\n", "blank"),
        (b"\x00\x01\x02binary\x00\xff" * 20, "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        ("Titel\nText mit \x81 kaputtem Byte".encode("latin-1"), "neither UTF-8 nor Windows-1252"),
        (b"12345\n67.89 -- 10", "no words"),
        (json.dumps({"title": "Nachricht", "text": "Ein Text."}).encode(), "JSON"),
        (b"<!DOCTYPE html><html><body><p>Ein Text.</p></body></html>", "HTML"),
        (b"Nur eine einzige Zeile ohne Absatz.", "only one line"),
        (("Titel\n" + "\x07\x08\x0e" * 50 + "Text").encode(), "control characters"),
    ],
)
def test_bad_input_names_the_file_and_the_reason(tmp_path, content, reason):
    f = tmp_path / "kaputt.txt"
    f.write_bytes(content)
    with pytest.raises(ArticleFormatError, match=reason) as caught:
        load_article(f)
    assert str(f) in str(caught.value) and caught.value.source == str(f)
    assert isinstance(caught.value, ValueError)


def test_a_folder_is_not_an_article(tmp_path):
    with pytest.raises(ArticleFormatError, match="folder"):
        load_article(tmp_path)


def test_missing_file_names_it(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"nicht-da\.txt"):
        load_article(tmp_path / "nicht-da.txt")


def test_parse_article_names_its_source():
    with pytest.raises(ArticleFormatError, match=r"^meine-quelle: not an article"):
        parse_article("Eine Zeile", source="meine-quelle")


# --- corpora --------------------------------------------------------------------------------


def test_load_corpus_from_file_folder_glob_and_list(tmp_path):
    assert [a.id for a in load_corpus(SEED)] == ["000_770f9e3c0690391d"]
    with pytest.warns(UserWarning, match=r"fixtures: not read \(folders .*\): tagesschau/"):
        folder_ids = [a.id for a in load_corpus(FIXTURES)]
    assert folder_ids == ["author_note_quotes", "no_dateline", "no_headings_date_only"]
    assert [a.id for a in load_corpus(str(FIXTURES / "no_*.txt"))] == ["no_dateline", "no_headings_date_only"]
    assert len(load_corpus([SEED, FIXTURES / "no_dateline.txt"])) == 2


def test_load_corpus_reports_files_it_does_not_read(tmp_path):
    (tmp_path / "a.txt").write_text("Titel\nText.", encoding="utf-8")
    (tmp_path / "notizen.docx").write_bytes(b"PK\x03\x04")
    with pytest.warns(UserWarning, match=r"not read \(not \.txt, \.csv, \.tsv, \.jsonl\): notizen\.docx"):
        assert [a.id for a in load_corpus(tmp_path)] == ["a"]


def test_load_corpus_raises_or_skips_bad_files(tmp_path):
    (tmp_path / "gut.txt").write_text("Titel\nEin Absatz.", encoding="utf-8")
    (tmp_path / "leer.txt").write_bytes(b"")
    with pytest.raises(ArticleFormatError, match=r"leer\.txt: the file is empty"):
        load_corpus(tmp_path)
    with pytest.warns(UserWarning, match=r"skipped .*leer\.txt: the file is empty"):
        assert [a.id for a in load_corpus(tmp_path, errors="skip")] == ["gut"]


def test_nothing_to_load_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"no \.txt files"):
        article_files(tmp_path)
    with pytest.raises(FileNotFoundError, match="no such file"):
        article_files(tmp_path / "*.txt")


def test_duplicate_ids_are_refused(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "gleich.txt").write_text("Titel\nText.", encoding="utf-8")
    with pytest.raises(ArticleFormatError, match="gleich"):
        load_corpus([tmp_path / "a", tmp_path / "b"])


def test_article_from_record_keeps_every_line():
    a = article_from_record("Erster Absatz.\n\nZweiter Absatz.", id="r1", title="Ein Titel", published="2025-12-01")
    assert [ln.kind for ln in a.lines] == ["title", "body", "body"]
    assert a.published.tzinfo is not None and a.published.year == 2025
    assert all(a.text[ln.start : ln.end] == ln.text for ln in a.lines)


# --- large input: linear time ---------------------------------------------------------------------


def test_many_headings_are_parsed_in_linear_time():
    # 300 KB alternating headings and paragraphs took 30 s (sections: lines x headings)
    text = "Titel\nVorspann.\n" + "".join(f"Zwischentitel {i}\nEin Absatz, der endet.\n" for i in range(8000))
    started = time.perf_counter()
    a = parse_article(text)
    assert time.perf_counter() - started < 5
    assert len(a.sections) == 8001 and a.sections[-1] == Section("Zwischentitel 7999", ("Ein Absatz, der endet.",))


def test_a_line_of_punctuation_does_not_backtrack():
    # "[.!;,:…]\W*$" searched from every "!" took 88 s on this line
    started = time.perf_counter()
    a = parse_article("T\nL.\nKurz\n" + "! " * 40000 + "x")
    assert time.perf_counter() - started < 2
    assert kinds(a) == ["title", "lead", "heading", "body"]


def test_a_very_large_file_is_announced(tmp_path, monkeypatch):
    monkeypatch.setattr(articles, "LARGE_ARTICLE", 1000)
    f = tmp_path / "monat.txt"
    f.write_text("Titel\n" + "Ein Satz mit Worten. " * 100, encoding="utf-8")
    with pytest.warns(LargeArticleWarning, match=r"monat\.txt: .* MB in one article: tokens and mentions take"):
        load_article(f)


# --- headers: kicker, date forms, bylines and credits -------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("Stand: 20.12.2025 05:22 Uhr", datetime(2025, 12, 20, 5, 22)),
        ("Stand: 20. Dez. 2025", datetime(2025, 12, 20)),
        ("Stand: 20. Dezember 2025, 05:22 Uhr", datetime(2025, 12, 20, 5, 22)),
        ("Stand: 2025-12-20", datetime(2025, 12, 20)),
        ("Stand: Samstag, 20.12.2025", datetime(2025, 12, 20)),
        ("Stand: 20.12.25", datetime(2025, 12, 20)),
        ("Stand: 3. Sept. 2025 um 9:15 Uhr", datetime(2025, 9, 3, 9, 15)),
        ("20.12.2025", datetime(2025, 12, 20)),
    ],
)
def test_date_forms_of_the_dateline(dateline, expected):
    a = parse_article(f"Rubio dämpft Erwartungen\n{dateline}\nEin Vorspann.\nEin Absatz.")
    assert a.published == expected.replace(tzinfo=ZoneInfo("Europe/Berlin"))
    assert kinds(a) == ["title", "dateline", "lead", "body"]


def test_a_kicker_on_its_own_line_keeps_the_dateline():
    a = parse_article("Treffen in Miami\nRubio dämpft Erwartungen\nStand: 20.12.2025 05:22 Uhr\nVorspann.\nText.")
    assert kinds(a) == ["title", "title", "dateline", "lead", "body"]
    assert a.title == "Treffen in Miami Rubio dämpft Erwartungen"
    assert a.published == datetime(2025, 12, 20, 5, 22, tzinfo=ZoneInfo("Europe/Berlin"))


def test_the_dateline_may_come_first():
    a = parse_article("Stand: 20.12.2025\nRubio dämpft Erwartungen\nVorspann.\nText.")
    assert kinds(a) == ["dateline", "title", "lead", "body"] and a.title == "Rubio dämpft Erwartungen"
    assert a.published.day == 20


@pytest.mark.parametrize("dateline", ["Stand: gestern Abend", "Stand: 32.12.2025", "31.02.2025"])
def test_an_unreadable_date_is_a_warning_naming_file_and_line(dateline):
    with pytest.warns(ArticleDateWarning, match=r"^meldung\.txt, line 3: date .* not understood"):
        a = parse_article(f"Kicker\nSchlagzeile\n{dateline}\nVorspann.\nText.", "meldung.txt")
    assert a.published is None and kinds(a)[2] == "dateline"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Von Anna Beispiel, ARD-Studio Brüssel", "author"),
        ("Das Interview führte Jonas Albers.", "author"),
        ("Das Interview führte Katrin Paulsen, ARD-Studio Kiew.", "author"),
        ("Mitarbeit: Jonas Albers", "credit"),
        ("Mit Material von dpa", "credit"),
    ],
)
@pytest.mark.parametrize("where", ["after the lead", "in the body", "at the end", "before the note"])
def test_bylines_and_credits_are_not_content_wherever_they_stand(line, kind, where):
    body = ["Erster Absatz mit Text.", "Zweiter Absatz mit Text.", "Dritter Absatz mit Text."]
    note = []
    if where == "after the lead":
        body.insert(0, line)
    elif where == "in the body":
        body.insert(2, line)
    else:
        body.append(line)
        if where == "before the note":
            note = ["Über dieses Thema berichtete die tagesschau am 20. Dezember 2025 um 20:00 Uhr."]
    a = parse_article("\n".join(["Titel der Meldung", "Stand: 20.12.2025", "Ein Vorspann.", *body, *note]))
    assert next(ln.kind for ln in a.lines if ln.text == line) == kind
    assert kind not in CONTENT_KINDS
    assert line in (a.author if kind == "author" else a.credit).split("\n")
    assert all(line not in p for s in a.sections for p in s.paragraphs)


TAGESSCHAU = FIXTURES / "tagesschau"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("01_interview_konjunktur", {"author": ["Das Interview führte Jonas Albers."]}),
        ("02_interview_archive", {"author": ["Das Interview führte Katrin Paulsen, ARD-Studio Kiew."]}),
        ("03_bahnstreik_gdl", {"author": ["Von Lena Hartmann, HR"],
                               "note": ["Über dieses Thema berichtete die tagesschau am 4. März 2026 um 17:00 Uhr."]}),
        ("04_hochwasserschutz_sachsen", {}),
        ("05_reinholt_bnd", {"author": ["Von Daniel Kessler und Merve Aydın, NDR/WDR"],
                             "credit": ["Mitarbeit: Jan Petersen und Lea Sommerfeld (SZ)"]}),
        ("06_verfassungsschutz_bayern", {"author": ["Von Florian Rieder, BR"]}),
        ("07_raubkunst_charkiw", {}),
        ("08_gletscher_groenland",
         {"note": ["Über dieses Thema berichtete NDR Info am 16. September 2025 um 07:40 Uhr."]}),
    ],
)  # fmt: skip
def test_the_lines_of_tagesschau_articles(name, expected):
    a = load_article(TAGESSCHAU / f"{name}.txt")
    assert kinds(a)[:3] == ["title", "dateline", "lead"] and a.published is not None
    for kind in ("author", "credit", "note"):
        assert [ln.text for ln in a.lines if ln.kind == kind] == expected.get(kind, []), kind
    assert a.author == "\n".join(expected["author"]) if "author" in expected else a.author is None


def test_names_in_bylines_and_credits_are_not_mentioned():
    a = load_article(TAGESSCHAU / "05_reinholt_bnd.txt")
    m = mentions(a)
    credit = next(ln for ln in a.lines if ln.kind == "credit")
    author = next(ln for ln in a.lines if ln.kind == "author")
    assert not ((m.start >= credit.start) & (m.end <= credit.end)).any()  # (SZ) is a medium
    assert not ((m.start >= author.start) & (m.end <= author.end)).any()  # NDR/WDR too


# --- decoding: stray bytes, surrogates, NFC -------------------------------------------------------


def test_a_few_stray_bytes_in_utf8_are_replaced_and_named(tmp_path, seed_bytes):
    f = tmp_path / "gemischt.txt"
    data = seed_bytes.replace("– diesmal".encode(), b"\x96 diesmal", 1)  # a cp1252 dash pasted into UTF-8
    f.write_bytes(data)
    named = r"gemischt\.txt: 1 byte\(s\) not UTF-8.*0x96 at position \d+ \(line 3\)"
    with pytest.warns(ArticleEncodingWarning, match=named):
        a = load_article(f)
    assert "Gespräche" in a.text and "Ã" not in a.text  # UTF-8, not mojibake
    assert "\ufffd diesmal" in a.text


def test_a_lone_surrogate_is_replaced_with_a_warning():
    with pytest.warns(ArticleEncodingWarning, match=r"quelle: 1 lone surrogate .*at position 10\)"):
        a = parse_article("Titel\nEin \ud800 Absatz.", "quelle")
    assert a.text == "Titel\nEin \ufffd Absatz." and a.lines[1].text == "Ein \ufffd Absatz."
    assert article_from_record("Zwei \U0001f600 Wörter.", id="x").text == "Zwei \U0001f600 Wörter."


def test_decomposed_umlauts_are_composed_and_offsets_point_into_the_normalised_text():
    nfd = unicodedata.normalize("NFD", "Gespräche in München\nÜber die Lösung wird geredet.")
    a = parse_article(nfd)
    assert a.text == unicodedata.normalize("NFC", nfd) and a.title == "Gespräche in München"
    t = tokens(a)
    assert "München" in t.text.tolist() and "Lösung" in t.text.tolist()
    assert all(a.text[s:e] == w for s, e, w in zip(t.start, t.end, t.text, strict=True))


# --- folders ---------------------------------------------------------------------------------------


def test_everything_skipped_in_a_folder_is_named_in_one_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Titel\nText.", encoding="utf-8")
    (tmp_path / "unterordner").mkdir()
    (tmp_path / "unterordner" / "b.txt").write_text("Titel\nText.", encoding="utf-8")
    (tmp_path / "kaputt.txt").symlink_to(tmp_path / "gibt-es-nicht.txt")
    (tmp_path / "schleife.txt").symlink_to(tmp_path / "schleife.txt")
    (tmp_path / "notizen.docx").write_bytes(b"PK\x03\x04")
    with pytest.warns(UserWarning) as caught:
        assert [f.name for f in article_files(tmp_path)] == ["a.txt"]
    assert len(caught) == 1
    message = str(caught[0].message)
    for part in ("notizen.docx", "unterordner/", "broken symbolic links): kaputt.txt", "loops): schleife.txt"):
        assert part in message


def test_a_commentary_disclaimer_is_a_note():
    # a second new user's commentary ends in the newsroom's disclaimer, then the programme note: neither
    # is the author's text
    a = parse_article("Kommentar Zu teuer\nStand: 04.12.2026 09:30 Uhr\nDer Preis steigt.\nEr steigt zu sehr.\n"
                      "Kommentare geben grundsätzlich die Meinung des jeweiligen Autors wieder und nicht die der "
                      "Redaktion.\nDieses Thema im Programm: tagesschau24, 12:00 Uhr")  # fmt: skip
    assert [ln.kind for ln in a.lines][-2:] == ["note", "note"]
    assert a.note.startswith("Kommentare geben") and "Dieses Thema im Programm" in a.note

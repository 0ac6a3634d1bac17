"""Tokens, sentences, lemmas and stopwords on the seed and on small German examples."""

from __future__ import annotations

import random
import time
import unicodedata

import pandas as pd
import pytest

from helpers import tokens as tokens_module
from helpers.tokens import COLUMNS, lemma, sentences, stopwords, tokenize, tokens


def words(text: str) -> list[str]:
    return tokens(text)["text"].tolist()


def test_columns_and_offsets_on_the_seed(seed):
    t = tokens(seed)
    assert list(t.columns) == COLUMNS
    assert all(seed.text[s:e] == w for s, e, w in zip(t.start, t.end, t.text, strict=True))
    assert t["token"].tolist() == list(range(len(t)))
    assert t["article"].unique().tolist() == [seed.id]


@pytest.mark.parametrize("word", ["Ukraine-Gespräche", "US-Außenminister", "NATO-Beitritts", "US-Bundesstaat"])
def test_hyphenated_compounds_stay_whole_in_the_seed(seed, word):
    assert word in tokens(seed)["text"].tolist()


def test_quotes_are_split_from_words_in_the_seed(seed):
    t = tokens(seed)["text"].tolist()
    i = t.index("Ich")
    assert t[i - 1] == "„"
    j = t.index("Schluss")
    assert t[j + 1 : j + 4] == ["“", ",", "sagte"]


def test_dates_times_and_numbers_stay_whole(seed):
    t = tokens(seed)
    dateline = t[t.kind == "dateline"]["text"].tolist()
    assert dateline == ["Stand", ":", "20.12.2025", "05:22", "Uhr"]
    assert words("Es kostet 1.000,50 Euro, am 5. Mai 2025 um 9:30 Uhr.") == [
        "Es", "kostet", "1.000,50", "Euro", ",", "am", "5.", "Mai", "2025", "um", "9:30", "Uhr", ".",
    ]  # fmt: skip


def test_guillemets_and_straight_quotes_are_split():
    assert words("»Nein«, sagte er. \"Ja\".") == ["»", "Nein", "«", ",", "sagte", "er", ".", '"', "Ja", '"', "."]


def test_abbreviations_do_not_end_sentences():
    s = sentences("Dr. Müller kam z. B. mit Nr. 5 und 3 Mio. Euro. Dann ging er.")
    assert s["text"].tolist() == ["Dr. Müller kam z. B. mit Nr. 5 und 3 Mio. Euro.", "Dann ging er."]


def test_a_sentence_may_end_inside_a_quote():
    s = sentences("„Das ist gut.“ Dann ging er. „Wirklich?“, fragte sie. „Nein!“ rief er.")
    assert s["text"].tolist() == ["„Das ist gut.“", "Dann ging er.", "„Wirklich?“, fragte sie.", "„Nein!“ rief er."]


def test_a_straight_mark_after_a_space_opens_the_next_sentence():
    # text copied with straight quotes: the mark after "vorgelegt. " opens the quote, it does not
    # close the sentence before (the reported speech before it ended in '… vorgelegt. "')
    text = 'Er sagte, die Bahn habe kein Angebot vorgelegt. "Wir lassen uns nicht hinhalten", so Reiß.'
    assert sentences(text).text.tolist() == [
        "Er sagte, die Bahn habe kein Angebot vorgelegt.", '"Wir lassen uns nicht hinhalten", so Reiß.'
    ]
    assert sentences('Sie rief: "Nein!" Dann ging sie.').text.tolist() == ['Sie rief: "Nein!"', "Dann ging sie."]


def test_seed_sentences(seed):
    s = sentences(seed)
    assert len(s) == 38
    rubio = s[s.text.str.startswith("„Ich denke")].iloc[0]
    assert rubio.text.endswith("sagte Rubio bei einer Pressekonferenz in Washington.")
    per_line = s.groupby("paragraph").size()
    assert per_line[2] == 3  # the lead: "… in Miami.", "Der Ausgang ist weiter offen.", "… liege."
    assert [per_line[p] for p in (0, 6, 10, 13)] == [1, 1, 1, 1]  # the title and each heading: one sentence
    assert not s["text"].str.contains("\n").any()  # no sentence crosses a line


def test_truncated_compounds_genitive_apostrophe_and_party_pairs():
    assert words("Ein- und Ausreise") == ["Ein-", "und", "Ausreise"]
    assert words("Merz' Berater und die CDU/CSU") == ["Merz'", "Berater", "und", "die", "CDU/CSU"]


def test_web_addresses_and_dotted_names_stay_whole():
    # "tagesschau.de" as one term, not "tagesschau" and "de"; a missing space before a capital still splits
    text = "Laut tagesschau.de und news.orf.at streikt ver.di, sagte er.Es folgt www.zeit.de."
    assert tokenize(text) == ["Laut", "tagesschau.de", "und", "news.orf.at", "streikt", "ver.di", ",", "sagte",
                              "er", ".", "Es", "folgt", "www.zeit.de", "."]  # fmt: skip
    assert tokens("Er las tagesschau.de. Dann ging er.").sentence.tolist() == [0, 0, 0, 0, 1, 1, 1, 1]


def test_lemmas_of_the_seed(seed):
    t = tokens(seed).set_index("text")["lemma"]
    assert t["Gesprächen"].iloc[0] == "Gespräch"
    assert t["Ukraine-Gespräche"] == "Ukraine-Gespräch"
    assert t["NATO-Beitritts"] == "NATO-Beitritt"
    assert t["Sicherheitsgarantien"].iloc[0] == "Sicherheitsgarantie"
    assert t["Gebietsfragen"] == "Gebietsfrage"
    assert t["Russlands"].iloc[0] == "Russland"
    assert t["Kremls"] == "Kreml"
    assert t["sagte"].iloc[0] == "sagen"
    assert t["seien"] == "sein"


def test_lemmas_keep_noun_capitals():
    assert lemma("Verhandlungen") == "Verhandlung"
    assert lemma("Garantien") == "Garantie"
    assert lemma("Die") == "der"


def test_stopwords_from_the_package_and_the_extra_file(seed):
    t = tokens(seed)
    stop = set(t.loc[t.is_stop, "text"].str.lower())
    assert {"die", "der", "und", "sagte", "uhr"} <= stop
    assert not t.loc[t.text.isin(["Gespräche", "Weg", "Rubio", "Ukraine"]), "is_stop"].any()
    assert "sagte" in stopwords() and "Uhr" in stopwords() and "und" in stopwords()


def test_own_stopword_list_replaces_the_default(seed):
    t = tokens(seed, stopwords=["Rubio"])
    assert set(t.loc[t.is_stop, "text"]) == {"Rubio"}


def test_flags():
    t = tokens("Die 2 Staaten, z. B. US-Partner!").set_index("text")
    assert t.loc["2", "is_num"] and not t.loc["2", "is_alpha"]
    assert t.loc[",", "is_punct"] and t.loc["!", "is_punct"]
    assert t.loc["US-Partner", "is_alpha"] and not t.loc["US-Partner", "is_punct"]


def test_several_articles_count_ids_from_zero(seed, fixture_article):
    other = fixture_article("no_dateline")
    t = tokens([seed, other])
    per_article = t.groupby("article", observed=True).agg(first=("token", "min"), sentences=("sentence", "max"))
    assert per_article["first"].tolist() == [0, 0]
    assert per_article.loc[seed.id, "sentences"] == 37
    texts = {seed.id: seed.text, other.id: other.text}
    assert all(texts[a][s:e] == w for a, s, e, w in zip(t.article, t.start, t.end, t.text, strict=True))


def test_empty_string_gives_an_empty_table():
    t = tokens("")
    assert t.empty and list(t.columns) == COLUMNS


# --- invisible characters, decomposed umlauts, surrogates ---------------------------------------


@pytest.mark.parametrize("mark", ["\xad", "\u200b", "\u200c", "\u200d", "\u2060"])
def test_invisible_characters_inside_a_word_do_not_split_it(mark):
    text = f"Russ{mark}land und die Ukraine-Ge{mark}spräche."
    t = tokens(text)
    assert t.text.tolist() == [f"Russ{mark}land", "und", "die", f"Ukraine-Ge{mark}spräche", "."]
    assert t.lemma.tolist()[0] == "Russland" and t.lemma.tolist()[3] == "Ukraine-Gespräch"
    assert t.is_alpha.tolist()[:4] == [True] * 4
    assert all(text[s:e] == w for s, e, w in zip(t.start, t.end, t.text, strict=True))


def test_decomposed_umlauts_stay_in_the_word_and_lemmatise_like_composed_ones():
    nfd = unicodedata.normalize("NFD", "Gespräche über München")
    t = tokens(nfd)
    assert len(t) == 3 and "".join(t.text) == nfd.replace(" ", "")
    assert t.lemma.tolist() == ["Gespräch", "über", "München"]
    assert all(nfd[s:e] == w for s, e, w in zip(t.start, t.end, t.text, strict=True))


def test_a_lone_surrogate_is_replaced_and_does_not_poison_later_calls():
    with pytest.warns(UnicodeWarning, match=r"1 lone surrogate .*at position 6"):
        t = tokens("Ein Wo\ud800rt.")
    assert "\ufffd" in t.text.tolist()
    later = tokens("Ganz normal gesagt. " * 50)  # takes every form of the vocabulary: no surrogate left
    assert later.lemma.tolist()[:3] == ["ganz", "normal", "sagen"]


def test_a_failing_call_leaves_the_vocabulary_as_it_was(monkeypatch):
    vocabulary = tokens_module._vocabulary("de")
    tokens("Vorher bekannt.")
    before = (len(vocabulary.forms), len(vocabulary.lemmas), len(vocabulary.lemma_ids), len(vocabulary.flags))
    real = tokens_module.lemmatize
    # words no earlier run can have memoised on disk (the lemma memo is shared with the notebook run)
    first, second, third = (w + "".join(random.choice("klmnpqrstvwxz") for _ in range(8)) for w in
                            ("Erstwort", "Zweitwort", "Drittwort"))  # fmt: skip

    def failing(word, language="de"):
        if word == second:
            raise RuntimeError("kaputt")
        return real(word, language)

    monkeypatch.setattr(tokens_module, "lemmatize", failing)
    with pytest.raises(RuntimeError):
        tokens(f"{first} {second} {third}")
    after = (len(vocabulary.forms), len(vocabulary.lemmas), len(vocabulary.lemma_ids), len(vocabulary.flags))
    assert after == before and first not in vocabulary.index
    monkeypatch.undo()
    t = tokens(f"{first} {second}, dann Vorher bekannt." * 3)
    assert t.lemma.tolist()[:2] == [lemma(first), lemma(second)]
    assert len(set(vocabulary.index.values())) == len(vocabulary.forms) == len(vocabulary.lemma_ids)


def test_tokens_of_a_long_text_in_linear_time():
    sentence = "Der US-Außenminister sagte am 20.12.2025 in Miami, die Gespräche seien „konstruktiv“. "
    small, large = sentence * 2_000, sentence * 8_000
    tokens(small)
    started = time.perf_counter()
    tokens(small)
    t_small = time.perf_counter() - started
    started = time.perf_counter()
    t = tokens(large)
    t_large = time.perf_counter() - started
    assert len(t) == 8_000 * 15 and t_large < 8 * t_small + 0.5  # four times the text, not sixteen times the time


def test_a_long_text_scanned_in_pieces_gives_the_same_tokens(seed, monkeypatch):
    whole = tokens(seed)
    monkeypatch.setattr(tokens_module, "_PIECE", 200)  # the seed in pieces of about 200 characters
    pieces = tokens(seed, progress=False)
    pd.testing.assert_frame_equal(whole, pieces)

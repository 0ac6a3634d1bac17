"""Term frequencies, collocations, keyness and KWIC on the seed and on small constructed texts.

Counts on the seed were made by hand from seeds/000_770f9e3c0690391d.txt (the comments say where).
"""

from __future__ import annotations

import math
import re

import pytest
from conftest import shared
from wordfreq import get_frequency_dict

from helpers import paths
from helpers.articles import CONTENT_KINDS, load_article, load_corpus
from helpers.plots import word_cloud
from helpers.sections import sections
from helpers.terms import (
    _in_kinds,
    _runs,
    collocations,
    compound_heads,
    concordance,
    concordance_text,
    general_german,
    keyness,
    term_frequencies,
)
from helpers.tokens import sentences, stopwords, tokens


@pytest.fixture(scope="module")
def toks(seed):
    return tokens(seed)


@pytest.fixture(scope="module")
def freqs(toks):
    return term_frequencies(toks).set_index("term")


def seed_words(seed) -> int:
    """Words of the content kinds: the title's 8 (counted by hand: Treffen in Miami Rubio dämpft
    Erwartungen an Ukraine-Gespräche) plus the words of lead, headings and body per section."""
    return 8 + int(sections(seed)["words"].sum())


# --- term_frequencies ----------------------------------------------------------------------------


def test_seed_counts_by_hand(freqs, seed):
    # Gespräch: "Die Gespräche" (lead), "bei den Gesprächen", "zu getrennten Gesprächen", "Nach den
    # Gesprächen", heading "Gespräche auch mit ...", "informelle Gespräche", "Gespräche der
    # deutschen", "der zweitägigen Gespräche" = 8 (Ukraine-Gespräche is a compound of its own)
    assert freqs.loc["Gespräch", "count"] == 8
    # Ukraine: lead 1, "angegriffenen Ukraine", "der Ukraine zu", "der Ukraine in Berlin", "der Ukraine
    # Garantien", "dass die Ukraine", "in der Ukraine als" = 7
    assert freqs.loc["Ukraine", "count"] == 7
    # Russland 3 + Russlands 2 ("Vertretern Russlands", "Zu Russlands Kernforderungen") = 5
    assert freqs.loc["Russland", "count"] == 5
    # USA: "den USA und", "Die USA sehen", "Was die USA", "der USA,", "Die USA seien" = 5
    assert freqs.loc["USA", "count"] == 5
    assert freqs.loc["Rubio", "count"] == 5  # 2 in section 0's first paragraphs, lead 1, "sagte Rubio" 2
    assert freqs.loc["Selenskyj", "count"] == 4
    assert freqs.loc["Gespräch", "per_1000"] == pytest.approx(8 / seed_words(seed) * 1000)
    assert freqs.loc["Gespräch", "rank"] == 1 and freqs.loc["Selenskyj", "rank"] == 7


def test_top_terms_of_the_seed_are_what_a_reader_sees(toks):
    top = term_frequencies(toks).head(20)
    assert set(top["term"].head(7)) == {"Gespräch", "Ukraine", "USA", "Russland", "Selenskyj", "Rubio", "Miami"}
    assert "Sicherheitsgarantie" in set(top["term"])
    stop = stopwords()
    per_section = term_frequencies(toks, group="section").groupby("section").head(20)
    for table in (top, per_section):
        terms = table["term"].tolist()
        assert not [t for t in terms if t in stop], "no stopwords"
        assert not toks.loc[toks.lemma.isin(terms), "is_stop"].any(), "no token flagged as a stopword"
        assert "Uhr" not in terms and "Stand" not in terms, "nothing from the dateline"
        assert all(re.search(r"\w", t) for t in terms), "no punctuation"
        assert not [t for t in terms if t[:1].isdigit()], "no numbers"


def test_compound_parts_and_heads(toks):
    parts = term_frequencies(toks, parts=True).set_index("term")
    # Ukraine 7 + Ukraine-Gespräche + Ukraine-Sonderbeauftragten; Gespräch 8 + Ukraine-Gespräche
    assert parts.loc["Ukraine", ["count", "in_compounds"]].tolist() == [9, 2]
    assert parts.loc["Gespräch", ["count", "in_compounds"]].tolist() == [9, 1]
    assert parts.loc["Ukraine-Gespräch", "count"] == 1, "the compound itself still counts"
    # US-Außenminister x2, US-Regierung x2, US-Bundesstaat, US-Beamter, US-Präsident
    assert parts.loc["US", "count"] == 7
    both = term_frequencies(toks, parts=True, heads=True).set_index("term")
    # Garantien x2 + Sicherheitsgarantien x3 (section 1's last paragraph, heading, next paragraph)
    assert both.loc["Garantie", ["count", "in_compounds"]].tolist() == [5, 3]
    assert both.loc["Russland", "in_compounds"] == 0 and "Land" in both.index
    assert both.loc["Land", "in_compounds"] == 0, "Russland is a name, not a kind of Land"
    assert list(both.head(11).index).count("Garantie") == 1


def test_an_interviews_labels_are_no_terms():
    # "tagesschau.de:" before each question is the outlet's label, not a word of the interview
    interview = load_article(paths.ROOT / "tests" / "fixtures" / "tagesschau" / "01_interview_konjunktur.txt")
    toks = tokens(interview)
    labels = toks[toks.text == "tagesschau.de"]
    assert len(labels) >= 3 and labels.is_stop.all()
    assert "tagesschau.de" not in set(term_frequencies(toks).term)
    assert "Hollstein" in set(term_frequencies(toks).term)  # the interviewee's name stays a term


def test_compound_heads_only_for_nouns_of_the_same_text():
    heads = compound_heads(["Regierungsvertreter", "Vertreter", "Militärvertreter", "Bundesstaat", "Staat",
                            "Gebietsfrage", "Deutschland", "Land", "verhandeln", "handeln"])  # fmt: skip
    assert heads == {"Regierungsvertreter": "Vertreter", "Militärvertreter": "Vertreter", "Bundesstaat": "Staat"}


def test_groups_add_up_to_the_whole(toks, seed):
    whole = term_frequencies(toks).set_index("term")["count"]
    by_section = term_frequencies(toks, group="section")
    assert by_section.groupby("term")["count"].sum().reindex(whole.index).tolist() == whole.tolist()
    one = by_section[(by_section.section == 1)].set_index("term")
    words = sections(seed).set_index("section").loc[1, "words"]
    assert one.loc["Gespräch", "count"] == 4  # heading, "informelle Gespräche", "Gespräche der", "zweitägigen"
    assert one.loc["Gespräch", "per_1000"] == pytest.approx(4 / words * 1000)
    assert (by_section.groupby("section")["rank"].min() == 1).all()
    two = term_frequencies(toks, group=["article", "section"])
    assert list(two.columns[:3]) == ["article", "section", "term"] and two["article"].unique().tolist() == [seed.id]


def test_options_bring_back_what_is_left_out_by_default(toks):
    assert "der" not in set(term_frequencies(toks)["term"])
    assert "der" in set(term_frequencies(toks, keep_stopwords=True)["term"])
    assert "5" in set(term_frequencies(toks, keep_numbers=True)["term"])  # "Artikel 5 des NATO-Vertrags"
    everything = term_frequencies(toks, kinds=None, keep_stopwords=True, keep_numbers=True).set_index("term")
    assert everything.loc["Uhr", "count"] == 1 and "20.12.2025" in everything.index  # the dateline
    assert set(term_frequencies(toks, keep_punct=True)["term"]) >= {".", ","}
    assert term_frequencies(toks, min_count=3)["count"].min() == 3


def test_surface_forms(toks):
    forms = term_frequencies(toks, by="text").set_index("term")
    assert forms.loc["Gespräche", "count"] == 5 and forms.loc["Gesprächen", "count"] == 3
    with pytest.raises(ValueError, match="lemma"):
        term_frequencies(toks, by="kind")


# --- keyness -------------------------------------------------------------------------------------


def test_keyness_on_a_constructed_case_computed_by_hand():
    target = tokens("Hafen Hafen Hafen Hafen Schiff Schiff Wetter Brücke Brücke Brücke")  # 10 words
    reference = tokens(" ".join(["Hafen"] + ["Schiff"] * 9 + ["Wetter"] * 10))  # 20 words
    k = keyness(target, reference, min_count=2).set_index("term")
    # Hafen: a=4, b=1, c=10, d=20. E1 = 10*5/30 = 5/3, E2 = 20*5/30 = 10/3.
    # G2 = 2*(4 ln(4/(5/3)) + 1 ln(1/(10/3))) = 2*(3.50188 - 1.20397) = 4.59580
    assert k.loc["Hafen", "log_likelihood"] == pytest.approx(4.595804, abs=1e-6)
    assert k.loc["Hafen", "log_ratio"] == pytest.approx(3.0)  # log2((4/10)/(1/20)) = log2(8)
    # Brücke: a=3, b=0: E1 = 10*3/30 = 1, G2 = 2*3 ln 3 = 6.59167; log ratio with 0.5 for 0: log2(0.3/0.025)
    assert k.loc["Brücke", "log_likelihood"] == pytest.approx(6.591674, abs=1e-6)
    assert k.loc["Brücke", "log_ratio"] == pytest.approx(math.log2(12))
    # Schiff: 2/10 against 9/20 and Wetter: 1/10 against 10/20 are under-used: negative G2
    assert k.loc["Schiff", "log_likelihood"] < 0 and k.loc["Wetter", "log_likelihood"] < 0
    assert k.index.tolist() == ["Brücke", "Hafen", "Schiff", "Wetter"]  # 6.59, 4.60, -1.26, -3.60
    assert k.loc["Hafen", "p_value"] == pytest.approx(math.erfc(math.sqrt(4.595804 / 2)))
    assert k.loc["Wetter", "expected"] == pytest.approx(5.0)  # 10/20 of the target's 10 words
    # min_count: Wetter (1 in the target) stays only because the reference lets one expect 5
    assert "Wetter" not in keyness(target, reference, min_count=6).term.tolist()


def test_keyness_against_general_german_on_a_constructed_case():
    text = "Selenskyj Selenskyj Selenskyj Haus Haus Haus Gebietsfrage Gebietsfrage Gebietsfrage Tisch"
    k = keyness(tokens(text)).set_index("term")
    assert k.index[:3].tolist() == ["Gebietsfrage", "Selenskyj", "Haus"]  # unlisted, rare, common German
    general = general_german().set_index("key")["frequency"]
    forms = get_frequency_dict("de")  # word_frequency() would round to 3 digits
    # wordfreq's forms of Haus summed: "haus" itself (lower case, as wordfreq lists it, simplemma alone
    # would read the verb "hausen"), "häuser", "hauses", ...
    assert general["haus"] > forms["haus"] + forms["häuser"]
    p = general["haus"]
    assert k.loc["Haus", "reference_per_1000"] == pytest.approx(p * 1000)
    c, d, a, b = 10, 1e9, 3, p * 1e9  # the limit of Dunning's G2 for a reference this large
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    assert k.loc["Haus", "log_likelihood"] == pytest.approx(2 * (a * math.log(a / e1) + b * math.log(b / e2)))
    assert "Tisch" not in k.index, "a count of 1 is below the default minimum of 3"


def test_general_german_lemmas_read_lower_case_forms_as_german_text_means_them():
    keys = general_german().set_index("key")
    forms = get_frequency_dict("de")
    assert keys.loc["tag", "frequency"] > forms["tag"] + forms["tage"]  # "tage" is Tage, not the verb tagen
    assert keys.loc["bericht", "frequency"] >= forms["bericht"]  # not the reporting verb berichten
    assert keys.loc["sein", "frequency"] > forms["waren"]  # "waren" is sein, not the plural of Ware
    assert keys.loc["gut", "frequency"] > forms["gute"] + forms["guter"]  # not the noun "Guter"
    assert "hat" not in keys.index  # a form of haben (simplemma also lists a capitalised "Hat")


def test_wordfreq_is_compared_case_folded_and_without_compounds():
    general = general_german("text").set_index("key")["frequency"]
    assert "aussenminister" in general and "außenminister" not in general  # wordfreq folds ß
    assert not [k for k in general.index[:5000] if "-" in k]  # its tokenizer splits compounds
    k = keyness(tokens("US-Außenminister US-Außenminister US-Außenminister Außenminister Außenminister "
                       "Außenminister")).set_index("term")  # fmt: skip
    assert k.loc["US-Außenminister", "reference_per_1000"] < k.loc["Außenminister", "reference_per_1000"] / 1000


def test_keyness_against_general_german_reads_sentence_starts_as_wordfreq_does():
    t = tokens("Hat er recht? Hat sie recht? Hat es Sinn? Ich weiß. Ich gehe. Ich bleibe. "
               "Guter Rat. Guter Wein. Guter Käse. Hafen, Hafen, Hafen.")  # fmt: skip
    assert not t.loc[t.text == "Hat", "is_stop"].any()  # the tokens table takes "Hat" for a noun
    k = keyness(t).set_index("term")
    assert "Hat" not in k.index and "Ich" not in k.index  # haben, ich: stopwords
    # "Guter" at a sentence start is compared as gut (wordfreq's key, shown as its reference spelling)
    assert "gut" in k.index.str.casefold() and "Guter" not in k.index
    assert k.index[0] == "Hafen"


def test_keyness_of_the_seed_against_general_german(toks):
    k = keyness(toks)
    top = k.head(10)["term"].tolist()
    assert {"Selenskyj", "Rubio", "Ukraine", "Gespräch", "Miami", "Gebietsfrage"} <= set(top)
    assert (k.loc[k.log_likelihood > 0, "count"] >= 3).all(), "count-1 words do not flood the top"
    assert not set(k["term"]) & {"Uhr", "der", "sagen", "sein"}


def test_keyness_of_a_section_against_the_rest(toks):
    section = toks[toks.section == 3]  # "In der Gebietsfrage keine Bewegung"
    k = keyness(section, toks[toks.section != 3], min_count=2)
    assert k["term"].iloc[0] in {"Gebiet", "Gebietsfrage", "Land"}
    assert k["log_likelihood"].is_monotonic_decreasing


# --- collocations --------------------------------------------------------------------------------


def test_collocations_of_the_seed(toks):
    # the only pair of content words that repeats: "einen langen Weg vor uns", "von einem langen Weg"
    assert collocations(toks)[["collocation", "count"]].values.tolist() == [["lang Weg", 2]]
    pairs = collocations(toks, min_count=1)
    assert {"Donald Trump", "Kirill Dmitrijew", "Günter Sautter"} <= set(pairs["collocation"])
    assert not pairs["w1"].isin(list(stopwords())).any() and not pairs["w2"].isin(list(stopwords())).any()
    # "... in Miami im US-Bundesstaat Florida rückkoppeln." then the heading "Gespräche auch mit ..."
    assert "rückkoppeln Gespräch" not in set(pairs["collocation"]), "no pair across a sentence or line"
    assert "Florida rückkoppeln" in set(pairs["collocation"])


@pytest.mark.parametrize("n", [2, 3])
def test_collocations_are_nltks_counts_and_scores(n):
    """The counts and scores are computed without NLTK, as NLTK's finders compute them: the same
    n-grams, counts and floats as ``BigramCollocationFinder``/``TrigramCollocationFinder`` on the
    runs, on 60 real 10kGNAD articles (edge words filtered the same way)."""
    from nltk.collocations import (
        BigramAssocMeasures,
        BigramCollocationFinder,
        TrigramAssocMeasures,
        TrigramCollocationFinder,
    )

    corpus = load_corpus(shared("10kgnad", "articles.csv"), category="label", sep=";", quotechar="'",
                         header=False, columns=["label", "text"])[:60]  # fmt: skip
    t = tokens(corpus)
    finder, measures = (BigramCollocationFinder, BigramAssocMeasures) if n == 2 else (
        TrigramCollocationFinder, TrigramAssocMeasures)  # fmt: skip
    toks = _in_kinds(t, CONTENT_KINDS)
    edge = set(toks.loc[toks["is_stop"] | toks["is_num"], "lemma"])
    found = finder.from_documents(_runs(toks, "lemma"))
    found.apply_ngram_filter(lambda *words: words[0] in edge or words[-1] in edge)
    ours = collocations(t, n=n, min_count=1, measure="chi_sq").set_index("collocation")
    assert len(ours) == len(found.ngram_fd) > 1000
    for name, column in [("likelihood_ratio", "llr"), ("pmi", "pmi"), ("chi_sq", "chi_sq")]:
        theirs = {" ".join(g): s for g, s in found.score_ngrams(getattr(measures, name))}
        assert ours[column].to_dict() == theirs, name  # exactly equal floats
    assert ours["count"].to_dict() == {" ".join(g): c for g, c in found.ngram_fd.items()}


def test_collocations_stay_inside_sentences_and_allow_stopwords_in_the_middle():
    t = tokens("Die Art der Pufferzone ist neu. Eine Art der Pufferzone, sagte er. Pufferzone. Art der Pufferzone.")
    three = collocations(t, n=3)
    assert three[["collocation", "count"]].values.tolist() == [["Art der Pufferzone", 3]]
    two = collocations(t, min_count=1)
    assert "Pufferzone Art" not in set(two["collocation"])  # "Pufferzone. Art" crosses a full stop
    assert list(two.columns) == ["collocation", "w1", "w2", "count", "llr", "pmi"]
    by_pmi = collocations(t, min_count=1, measure="pmi")
    assert by_pmi["pmi"].is_monotonic_decreasing
    assert "chi_sq" in collocations(t, min_count=1, measure="chi_sq").columns


# --- concordance ---------------------------------------------------------------------------------


def test_kwic_offsets_slice_the_text(toks, seed):
    k = concordance(toks, "Gespräch")
    assert len(k) == 8  # the 8 counted above
    assert all(seed.text[s:e] == w for s, e, w in zip(k.start, k.end, k.keyword, strict=True))
    assert list(k.columns[:3]) == ["left", "keyword", "right"]
    assert {"article", "section", "sentence", "start", "end"} <= set(k.columns)
    first = k.iloc[1]  # "Er selbst werde am Samstag bei den Gesprächen in Florida vermutlich teilweise ..."
    assert first.left == "Er selbst werde am Samstag bei den" and first.right.startswith("in Florida vermutlich")
    assert concordance(toks, "Gesprächen")["keyword"].tolist() == k["keyword"].tolist(), "any form finds the lemma"
    assert len(concordance(toks, "Gesprächen", by="text")) == 3


def test_kwic_whole_sentences_and_queries(toks, seed):
    k = concordance(toks, "Garantie", width="sentence")
    s = sentences(seed, toks).set_index("sentence")["text"]
    for row in k.itertuples():
        assert f"{row.left} {row.keyword} {row.right}" == s[row.sentence]
    assert len(concordance(toks, ["Rubio", "Merz"])) == 8  # Rubio 5, Merz 3
    assert len(concordance(toks, re.compile(r"^Sicherheits"))) == 3
    assert len(concordance(toks, r"^US-", by="text", regex=True)) == 7
    assert concordance(toks, "Wort-das-es-nicht-gibt").empty


def test_kwic_context_counts_tokens_within_the_paragraph():
    t = tokens("Erster Absatz endet hier.\nDie Gespräche laufen seit Tagen weiter.")
    row = concordance(t, "Gespräch", width=2).iloc[0]
    assert row.left == "Die" and row.right == "laufen seit"


def test_kwic_text_is_aligned(toks):
    lines = concordance_text(concordance(toks, "Gespräch"), chars=30).splitlines()
    assert len(lines) == 8
    assert len({line.index("Gespräch") for line in lines}) == 1
    assert all(line.index("Gespräch") == 32 for line in lines)  # 30 characters and two spaces


# --- word clouds ---------------------------------------------------------------------------------


def test_word_cloud_is_drawn_from_our_counts_and_is_deterministic(toks):
    freqs = term_frequencies(toks)
    first, second = word_cloud(freqs, width=400, height=240), word_cloud(freqs, width=400, height=240)
    assert first.layout_ == second.layout_
    assert set(first.words_) <= set(freqs["term"]) and "Gespräch" in first.words_
    assert next(iter(first.words_)) == "Gespräch" and first.words_["Gespräch"] == 1.0
    assert "US-Außenminister" in first.words_, "compounds are not split by wordcloud's tokenizer"
    assert (first.to_array() != second.to_array()).sum() == 0

"""Property tests: offsets slice back exactly for any text; no input line is ever lost; invisible
characters, decomposed umlauts and lone surrogates change no count and break nothing."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.articles import ArticleFormatError, paragraphs, parse_article
from helpers.tokens import INVISIBLE, tokens

# German-looking text: letters with umlauts, digits, punctuation, quotes, dashes, odd whitespace
ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ0123456789")
    + list(" \t\n\r\xa0.,;:!?-–—„“‚‘\"'»«()/%&…€")
    + ["z. B.", "Dr.", "20.12.2025", "05:22", "US-", "Stand: ", "Von ", "\r\n", "\n\n"]
    # what copying from web pages and PDFs brings: soft hyphens and zero-width characters, decomposed
    # (NFD) umlauts, lone surrogates (from broken JSON escapes)
    + list(INVISIBLE) + ["u\u0308", "A\u0308", "o\u0308", "\u0301", "\ud800", "\udfff", "\ud83d\ude00"]
)
SURROGATES = re.compile("[\ud800-\udfff]")
TEXT = st.lists(ALPHABET, max_size=300).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
@pytest.mark.filterwarnings("ignore:text. .* lone surrogate")
def test_token_offsets_slice_the_text_exactly(text):
    t = tokens(text)
    text = SURROGATES.sub("\ufffd", text)  # replaced one for one, with a warning
    assert all(text[s:e] == w for s, e, w in zip(t.start, t.end, t.text, strict=True))
    # tokens cover every non-space character, in order, without overlap
    assert "".join(t.text) == "".join(text.split())
    assert (t.start.diff().dropna() > 0).all()
    assert (t.sentence.diff().dropna() >= 0).all()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
@pytest.mark.filterwarnings("ignore::helpers.articles.ArticleEncodingWarning")
@pytest.mark.filterwarnings("ignore::helpers.articles.ArticleDateWarning")
def test_every_non_blank_line_lands_in_paragraphs(text):
    try:
        a = parse_article(text, source="hypothesis.txt")
    except ArticleFormatError as error:
        assert error.source == "hypothesis.txt"
        return
    p = paragraphs(a)
    expected = [ln.strip() for ln in a.text.split("\n") if ln.strip()]
    assert p["text"].tolist() == expected
    assert all(a.text[s:e] == t for s, e, t in zip(p.start, p.end, p.text, strict=True))
    assert sum(len(s.paragraphs) for s in a.sections) == (p["kind"] == "body").sum()
    assert unicodedata.is_normalized("NFC", a.text) and not SURROGATES.search(a.text)
    t = tokens(a)
    assert all(a.text[s:e] == w for s, e, w in zip(t.start, t.end, t.text, strict=True))


WORDS = st.lists(
    st.sampled_from(["Russland", "Gespräche", "Außenminister", "Ukraine-Gespräche", "verhandelten", "München",
                     "Sicherheitsgarantien", "und", "über", "Bundesregierung", "sagte", "Wörter"]),
    min_size=1, max_size=12,
)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(WORDS, st.data())
def test_invisible_characters_and_nfd_change_no_lemma(words, data):
    written = []
    for word in words:
        cut = data.draw(st.integers(1, len(word) - 1))
        mark = data.draw(st.sampled_from(list(INVISIBLE)))
        form = data.draw(st.sampled_from(["NFC", "NFD"]))
        written.append(unicodedata.normalize(form, word[:cut] + mark + word[cut:]))
    plain, marked = tokens(" ".join(words)), tokens(" ".join(written))
    assert marked["lemma"].tolist() == plain["lemma"].tolist()
    assert marked["is_stop"].tolist() == plain["is_stop"].tolist()
    assert marked["text"].tolist() == written  # the token keeps what was written

"""Property tests: offsets slice back exactly for any text; no input line is ever lost."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.articles import ArticleFormatError, paragraphs, parse_article
from helpers.tokens import tokens

# German-looking text: letters with umlauts, digits, punctuation, quotes, dashes, odd whitespace
ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ0123456789")
    + list(" \t\n\r\xa0.,;:!?-–—„“‚‘\"'»«()/%&…€")
    + ["z. B.", "Dr.", "20.12.2025", "05:22", "US-", "Stand: ", "Von ", "\r\n", "\n\n"]
)
TEXT = st.lists(ALPHABET, max_size=300).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_token_offsets_slice_the_text_exactly(text):
    t = tokens(text)
    assert all(text[s:e] == w for s, e, w in zip(t.start, t.end, t.text, strict=True))
    # tokens cover every non-space character, in order, without overlap
    assert "".join(t.text) == "".join(text.split())
    assert (t.start.diff().dropna() > 0).all()
    assert (t.sentence.diff().dropna() >= 0).all()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
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
    t = tokens(a)
    assert all(a.text[s:e] == w for s, e, w in zip(t.start, t.end, t.text, strict=True))

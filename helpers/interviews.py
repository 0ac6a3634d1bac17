"""Interviews: question and answer turns, their labels, and who answers.

News sites print interviews in a few forms, all handled here:

- question lines that start with the outlet's label, answers unmarked (tagesschau.de)::

      tagesschau.de: Frau Hollstein, die Bundesbank hat ihre Prognose gesenkt. Überrascht Sie das?
      Nicht wirklich. Die Zahlen aus der Industrie waren schon im Sommer schwach ...

- both sides labelled, by the interviewer's and the interviewee's names (``Paulsen: …`` /
  ``Melnyk: …``) or the outlet's (``STANDARD: …`` / ``Poposki: …``), one turn per line or all in
  one line (10kGNAD keeps an article in one line);
- ``Frage:`` / ``Antwort:``, which is an interview only when the lead names someone interviewed
  (else it is the newsroom's own questions and answers, an explainer).

:func:`interview_turns` returns one row per turn; the labels (``tagesschau.de:``, ``Melnyk:``) are
neither mentions nor quotes; :func:`interviewee` says whose words the answers are, as written in the
article (a last name from a label, "Frau Hollstein" in a question, or the person the lead says was
interviewed), for the annotators to resolve to an actor.

>>> from helpers import articles
>>> a = articles.parse_article(
...     "Titel\\nStand: 14.11.2025\\nDie Ökonomin Maren Hollstein im Interview.\\n"
...     "tagesschau.de: Frau Hollstein, überrascht Sie das?\\nNicht wirklich. Die Zahlen waren schwach.\\n"
...     "tagesschau.de: Und dann?\\nDann droht ein weiteres Jahr ohne Wachstum.")
>>> t = interview_turns(a)
>>> t[["role", "label"]].values.tolist()
[['question', 'tagesschau.de'], ['answer', None], ['question', 'tagesschau.de'], ['answer', None]]
>>> interviewee(a, t)
'Hollstein'
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

import pandas as pd

from helpers.articles import TURN_LABEL, Article, as_articles
from helpers.german import DEFINITE, dictionary_lemma, word_list

COLUMNS = ["article", "turn", "role", "paragraph", "start", "end", "label", "label_start", "label_end"]
#: How many of an article's most frequent labels are tried as the two sides of an interview.
MOST_FREQUENT_LABELS = 20
#: A label: one to three capitalised words (or a web address such as tagesschau.de), then a colon and
#: text; at the start of a line or after the end of a sentence (10kGNAD runs an interview into one line).
_LABEL = re.compile(
    r"(?:^|(?<=(?<!\d)[.?!…] )|(?<=[“”\"»)] ))"  # not after an ordinal: "in der 76. Minute: …"
    rf"(?P<label>{TURN_LABEL}):[ \t]+(?=\S)"
)
#: A colon and a space or tab: where a label ends.
_COLON = re.compile(r":[ \t]")
#: How far before its colon a label may begin (three words), and how far the text after it is read.
_LABEL_REACH = 120
#: Words a lead uses for an interview ("im Interview", "im Gespräch mit").
_INTERVIEW_WORDS = re.compile(r"Interview|Gespräch mit|im Gespräch|spricht .{0,60} über|fragte", re.IGNORECASE)
#: A person addressed in a question: "Frau Hollstein,", "Herr Melnyk,".
_ADDRESS = re.compile(r"\b(?:Frau|Herr|Herrn)\s+((?:Dr\.\s+)?[A-ZÄÖÜ][\w'’-]+)")
#: A name in the lead: two or three capitalised words, the last not a common noun (checked by the caller).
_NAME = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß'’-]+(?: [A-ZÄÖÜ][a-zäöüß'’-]+){1,2})\b")


def generic_labels() -> frozenset[str]:
    """Labels that name no one: ``Frage``, ``Antwort``, ``F``, ``A`` (``helpers/data/interview_labels_de.txt``).

    >>> {"Frage", "Antwort"} <= generic_labels()
    True
    """
    return frozenset(word_list("interview_labels_de.txt"))


def _labels(article: Article) -> list[tuple[int, int, int, str]]:
    """(paragraph, label start, text start, label) of every label in the body lines (and in lines
    taken for headings: a short question "tagesschau.de: Und dann?" looks like one)."""
    found = []
    for line in article.lines:
        if line.kind not in ("body", "heading") or ":" not in line.text:
            continue  # most lines have no colon
        text = line.text  # article.text[line.start:line.end]
        # the pattern is tried only just before each colon (at every position of a long line it is
        # slow): a label ends at a colon, and no label is longer than _LABEL_REACH characters
        colon, taken = text.find(":"), -1
        while colon != -1:
            for m in _LABEL.finditer(text, max(0, colon - _LABEL_REACH), colon + 1 + _LABEL_REACH):
                if m.start() > taken and m.end("label") == colon:
                    found.append((line.paragraph, line.start + m.start(), line.start + m.end(), m["label"]))
                    taken = m.start()
                    break
            colon = text.find(":", colon + 1)
    return found


def _alternate(labels: list[str], a: str, b: str) -> bool:
    """Labels a and b take turns: most neighbours among their occurrences differ."""
    sequence = [x for x in labels if x in (a, b)]
    changes = sum(x != y for x, y in itertools.pairwise(sequence))
    return changes >= max(2, (len(sequence) - 1) * 2 // 3)


def _names_someone(label: str, question: str, article: Article) -> bool:
    """An answer label names a person: not an article and a noun ("DER MANN"), and either no
    ordinary word ("Poposki"), or the questions are the outlet's ("STANDARD:", "tagesschau.de:"),
    or the text before the first label uses it as a last name ("Kaiser" in "Michael Kaiser")."""
    words = label.split()
    if words[0].lower() in DEFINITE or label.isupper():
        return False
    if dictionary_lemma(label) is None and dictionary_lemma(label.lower()) is None:
        return True
    if question.isupper() or "." in question or question in generic_labels():
        return True  # "STANDARD: … Hofer: …": the outlet asks, so the other side is the interviewee
    first = _LABEL.search(article.text)
    head = article.text[: first.start() if first else len(article.text)]  # title, lead, intro before the talk
    return re.search(rf"\b[A-ZÄÖÜ][\w'’-]+ {re.escape(label)}\b", head) is not None


def _question_label(article: Article, found: list[tuple[int, int, int, str]], candidates: Iterable[str]) -> str:
    """Of two labels, the one whose turns end in a question mark more often (the interviewer's)."""
    ends = [(label, start) for (_p, _s, start, label) in found]
    score = Counter()
    for k, (label, start) in enumerate(ends):
        stop = found[k + 1][1] if k + 1 < len(found) else next(ln.end for ln in article.lines if ln.end >= start)
        score[label] += article.text[start:stop].rstrip().endswith("?")
    return max(candidates, key=lambda c: (score[c], c in generic_labels() and c.lower().startswith("f")))


def interview_turns(articles: Article | Iterable[Article]) -> pd.DataFrame:
    """One row per turn of the interviews among ``articles`` (none for other articles): ``article``,
    ``turn`` (0, 1, ...), ``role`` (question, answer), ``paragraph``, ``start``/``end`` (the turn's
    words, its label left out), ``label`` (as written, None for an unmarked answer) and
    ``label_start``/``label_end`` (the label with its colon).
    """
    rows = []
    for article in as_articles(articles):
        rows += _turns(article)
    if not rows:  # most articles are no interview: the empty table is built once (a per-call cost)
        return _no_turns().copy(deep=False)
    return _table(rows)


def interview_labels(articles: Article | Iterable[Article]) -> dict[str, list[tuple[int, int]]]:
    """The labels of the interviews among ``articles`` (``label_start``, ``label_end`` of
    :func:`interview_turns`), sorted, per article id; no table (a per-call cost on a short text).

    >>> from helpers import articles
    >>> a = articles.parse_article(
    ...     "Titel\\nStand: 14.11.2025\\nDie Ökonomin Maren Hollstein im Interview.\\n"
    ...     "tagesschau.de: Frau Hollstein, überrascht Sie das?\\nNicht wirklich.\\n"
    ...     "tagesschau.de: Und dann?\\nDann droht ein weiteres Jahr ohne Wachstum.")
    >>> [a.text[s:e] for s, e in interview_labels(a)[a.id]]
    ['tagesschau.de:', 'tagesschau.de:']
    """
    start, end = COLUMNS.index("label_start"), COLUMNS.index("label_end")
    out: dict[str, list[tuple[int, int]]] = {}
    for article in as_articles(articles):
        spans = sorted((r[start], r[end]) for r in _turns(article) if r[start] is not None)  # labelled turns
        if spans:
            out[article.id] = spans
    return out


@cache
def _no_turns() -> pd.DataFrame:
    return _table([])


def _table(rows: list[tuple]) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=COLUMNS)
    table["label"] = pd.Series([r[6] for r in rows], dtype=object)  # None for an unmarked answer, not NaN
    for column in ("label_start", "label_end"):
        table[column] = table[column].astype("Int64")
    return table


def _word_before_colon_twice(text: str) -> bool:
    """Some word stands before a colon and a space twice: a label that comes twice ends with the same
    word twice ("tagesschau.de: … tagesschau.de: …"). Found from the colons (a pattern that tries
    every word is ten times slower on a long text).

    >>> _word_before_colon_twice("STANDARD: Warum? Hofer: Darum. STANDARD: Und?")
    True
    >>> _word_before_colon_twice("Ziel: Ruhe. Weg: offen.")
    False
    """
    seen = set()
    for m in _COLON.finditer(text):
        end = m.start()
        start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end), text.rfind("\t", 0, end)) + 1
        word = text[start:end]
        if word in seen:
            return True
        seen.add(word)
    return False


def _turns(article: Article) -> list[tuple]:
    if not _word_before_colon_twice(article.text):
        return []  # no label takes turns (most articles; a quick test before the label pattern)
    found = _labels(article)
    counts = Counter(label for *_, label in found)
    repeated = [label for label, n in counts.most_common() if n >= 2]
    if not repeated:
        return []
    labels = [label for *_, label in found]
    # The two sides of an interview are among its most frequent labels; trying every pair of all
    # repeated labels is quadratic in a long file ("Wirtschaft: …", "Sport: …" before each report).
    repeated = repeated[:MOST_FREQUENT_LABELS]
    pairs = [(a, b) for i, a in enumerate(repeated) for b in repeated[i + 1 :] if _alternate(labels, a, b)]
    for pair in pairs:  # both sides labelled
        question = _question_label(article, found, pair)
        answer = pair[1] if question == pair[0] else pair[0]
        if answer in generic_labels() or _names_someone(answer, question, article):
            # a side's first label may give the full name: "Katharina Wendtland: …", then "Wendtland: …"
            sides = {label: label for label in (question, answer)} | {
                label: side for label in counts for side in (question, answer) if label.endswith(f" {side}")}
            turns = [f for f in found if f[3] in sides]
            return _labelled(article, turns, question, sides)
    if pairs:
        return []  # labels that take turns but name no one: a live ticker ("Session: …", "Weiter: …")
    # questions labelled at the start of their line, answers the unmarked lines after them
    starts = {ln.paragraph: ln for ln in article.lines}
    question = repeated[0]
    at_start = [f for f in found if f[3] == question and f[1] == starts[f[0]].start]
    answered = [f for f in at_start if f[0] + 1 in starts and starts[f[0] + 1].kind in ("body", "heading")
                and not any(g[0] == f[0] + 1 and g[1] == starts[f[0] + 1].start for g in found)]  # fmt: skip
    if len(at_start) < 2 or not answered:
        return []
    return _unmarked(article, at_start, question)


def _labelled(
    article: Article, found: list[tuple[int, int, int, str]], question: str, sides: dict[str, str]
) -> list[tuple]:
    rows = []
    ends = {}
    for ln in article.lines:
        ends.setdefault(ln.paragraph, ln.end)  # the first line of a paragraph, as before
    for k, (paragraph, label_start, start, label) in enumerate(found):
        line_end = ends[paragraph]
        end = found[k + 1][1] if k + 1 < len(found) and found[k + 1][0] == paragraph else line_end
        end = start + len(article.text[start:end].rstrip())
        role = "question" if sides[label] == question else "answer"
        rows.append((article.id, k, role, paragraph, start, end, label, label_start, start - _gap(article, start)))
    return rows


def _gap(article: Article, start: int) -> int:
    """Spaces between a label's colon and its text."""
    k = start
    while k > 0 and article.text[k - 1] in " \t":
        k -= 1
    return start - k


def _unmarked(article: Article, questions: list[tuple[int, int, int, str]], label: str) -> list[tuple]:
    asked = {p: (s, t) for p, s, t, _ in questions}
    rows, turn, active = [], 0, False
    for line in article.lines:
        if line.paragraph in asked:
            label_start, start = asked[line.paragraph]
            rows.append((article.id, turn, "question", line.paragraph, start, line.end, label, label_start,
                         start - _gap(article, start)))  # fmt: skip
            turn, active = turn + 1, True
        elif active and line.kind in ("body", "heading") and not line.text.rstrip().endswith("?"):
            rows.append((article.id, turn, "answer", line.paragraph, line.start, line.end, None, None, None))
            turn += 1
        elif line.kind == "heading":
            active = False  # a real heading (no question) ends the interview part
    return rows


def interviewee(article: Article, turns: pd.DataFrame | None = None) -> str | None:
    """Whose words the answers are, as the article writes the name: the answers' label when it names
    someone (``Melnyk``), else the person addressed in the first question (``Frau Hollstein`` gives
    ``Hollstein``), else the name the lead puts next to "Interview"; None when the article is no
    interview or names no one (``Frage:``/``Antwort:`` explainers).

    >>> from helpers import articles
    >>> a = articles.parse_article("Titel\\nVorspann.\\nPaulsen: Herr Melnyk, was sahen Sie?\\n"
    ...     "Melnyk: Ein Archiv.\\nPaulsen: Und dann?\\nMelnyk: Nichts mehr.")
    >>> interviewee(a)
    'Melnyk'
    """
    t = interview_turns(article) if turns is None else turns[turns["article"] == article.id]
    if t.empty:
        return None
    answers = t.loc[t["role"] == "answer", "label"].dropna()
    if len(answers) and answers.iloc[0] not in generic_labels():
        return str(answers.iloc[0])
    first = t[t["role"] == "question"].head(1)
    if len(first):
        m = _ADDRESS.search(article.text, int(first["start"].iloc[0]), int(first["end"].iloc[0]))
        if m:
            return m[1]
    lead = " ".join(ln.text for ln in article.lines if ln.kind in ("title", "lead"))
    if _INTERVIEW_WORDS.search(lead):
        names = [m[1] for m in _NAME.finditer(lead) if not m[1].split()[0].endswith(("in", "er"))]
        if names:
            return names[0]
    return None

"""Quotes: who gets a voice, in whose words, and who is only talked about.

:func:`quotes` finds four kinds of quotation in German news, one row each:

- ``direct``: a whole sentence or more in quotation marks („…“, sagte Rubio.);
- ``partial``: a quoted phrase inside the journalist's sentence (sprach von einer „Pufferzone“);
- ``interview``: an interview answer, the interviewee's words without quotation marks (the
  question lines start with ``tagesschau.de:``, ``Frage:`` or the interviewer's name; see
  :mod:`helpers.interviews` and :mod:`helpers.quotes.voices`), counted as direct speech;
- ``indirect``: reported speech without quotation marks: the content of a speech verb ("Er selbst
  werde … dabei sein, sagte Rubio"; "Merz sagte, dass …"; "kündigte an, … zu …"), a statement
  framed by laut X, X zufolge, nach (offiziellen) Angaben von X, seiner Meinung nach, demnach,
  so X, a sentence pointed back at ("Das berichtet X."), and a sentence in the subjunctive
  (Konjunktiv I) that goes on reporting the speaker just quoted ("Man müsse jetzt handeln.").

Quotation marks: „…“ (also closed by ” or "), ‚…‘, »…« and «…», "…", '…' and “…”, nested quotes
(only the outermost counts), quotes over several sentences, and over several paragraphs when the
next paragraph opens with the same mark (the German convention). A quote that is not closed ends
with its paragraph and is reported (``closed`` is false, and an :class:`UnclosedQuoteWarning`
names it). Names and titles in quotation marks (die Yacht „Dignité“, unter dem Motto „…“, der
„Spiegel“ berichtet) and phrases with nobody to say them (scare quotes) are not quotes.

Attribution: the speech verbs and frames of ``helpers/data/speech_verbs_de.txt`` (sagte, betonte,
kündigte … an, meldet, so X, laut X, X zufolge, nach Angaben von X; yours to extend). The speaker
is the subject next to the cue, before or after it ("Merz sagte", "„…“, sagte Kanzler Merz", "wie
die Polizei mitteilte", "Merz: „…“"); a reporter citing a source is the speaker ("meldet dpa unter
Berufung auf Regierungskreise": dpa); "„…“, zitiert MEDIUM PERSON" gives the person, "X wird von
MEDIUM zitiert" the medium. A noun phrase that can speak is preferred (a person, organisation,
role, agent noun, or a name: "Henning Scherf (SPD), warnte die CDU" is Scherf's, not the object's);
a phrase in a sentence whose main clause is in the Konjunktiv I belongs to the one reported, not to
that clause's subject. The speaker maps to a gazetteer actor through the actor mentions of
:mod:`helpers.actors`, roles included (der Kanzler); a pronoun (er, sie, seinen
Angaben) resolves to the most recent fitting person: the speaker of a quote in the sentence
before, else the first person mention of that gender in the nearest sentence before.

Quotations in the headline line and in headings are quotes too: their speaker is the one who says
the same words in the body, else the interviewee, else the article's most quoted speaker (column
``speaker_from``: cue, interview, body, interviewee, main_speaker; German labels in
:data:`SPEAKER_FROM`). A speaker the recogniser of :mod:`helpers.entities` found is named like a
gazetteer actor: ``actor`` and ``name`` come from the actor mentions, so "sagte sie" after "die
Grünen-Abgeordnete Svenja Morgenthal" is Svenja Morgenthal's.

How well: ``benchmarks/bench_quotes.py`` scores it on 700 German Wikinews articles with gold
quotes (see the README). Everything here is rules over the tokens of :mod:`helpers.tokens`: no
model, no download.

>>> from helpers import articles, paths
>>> q = quotes(articles.load_corpus(paths.SEEDS))
>>> q.loc[q.kind == "direct", ["speaker", "actor"]].values.tolist()
[['Rubio', 'marco-rubio'], ['Kanzler Merz', 'friedrich-merz']]

The package, module by module (a rule is a small function with its German example, run from an
ordered registry of :mod:`helpers.quotes.rules`):

- :mod:`~helpers.quotes.marks`: quotation marks; :mod:`~helpers.quotes.lexicon`: the speech lexicon;
- :mod:`~helpers.quotes.grammar`, :mod:`~helpers.quotes.names`, :mod:`~helpers.quotes.phrases`:
  closed-class words, names, noun phrases and clauses;
- :mod:`~helpers.quotes.document`: one article as the rules read it (:class:`~helpers.quotes.document.Doc`);
- :mod:`~helpers.quotes.cues` (:data:`CUE_RULES`), :mod:`~helpers.quotes.speakers`
  (:data:`SPEAKER_RULES`), :mod:`~helpers.quotes.attribution` (actors, pronouns),
  :mod:`~helpers.quotes.reported` (:data:`REPORTED_RULES`), :mod:`~helpers.quotes.marked`
  (:data:`NAME_RULES`, :data:`MARKED_RULES`), :mod:`~helpers.quotes.article`: one article's quotes;
- :mod:`~helpers.quotes.table`: :func:`quotes` and the analyses.
"""

from helpers.quotes.cues import CUE_RULES
from helpers.quotes.lexicon import LEXICON, SECTIONS, speech_lexicon
from helpers.quotes.marked import MARKED_RULES, NAME_RULES
from helpers.quotes.marks import UnclosedQuoteWarning, quotation_marks
from helpers.quotes.reported import REPORTED_RULES
from helpers.quotes.rules import Example, Rule
from helpers.quotes.speakers import SPEAKER_RULES
from helpers.quotes.table import (
    COLUMNS,
    DIRECT_KINDS,
    KIND_COLORS,
    KIND_LABELS,
    KINDS,
    VOICES,
    mentioned_and_quoted,
    quote_counts,
    quote_table,
    quoted_tokens,
    quotes,
    quotes_by_section,
    terms_per_1000_by_voice,
    top_speakers,
    words_by_voice,
)
from helpers.quotes.voices import SPEAKER_FROM

#: Every rule registry by name, in the order an article is read: cues and their speakers, then per
#: sentence what it reports, then per quotation-mark span: a name? whose words?
RULES: dict[str, tuple[Rule, ...]] = {
    "cue": CUE_RULES,
    "speaker": SPEAKER_RULES,
    "reported": REPORTED_RULES,
    "name": NAME_RULES,
    "marked": MARKED_RULES,
}

__all__ = [
    "COLUMNS",
    "CUE_RULES",
    "DIRECT_KINDS",
    "KINDS",
    "KIND_COLORS",
    "KIND_LABELS",
    "LEXICON",
    "MARKED_RULES",
    "NAME_RULES",
    "REPORTED_RULES",
    "RULES",
    "SECTIONS",
    "SPEAKER_FROM",
    "SPEAKER_RULES",
    "VOICES",
    "Example",
    "Rule",
    "UnclosedQuoteWarning",
    "mentioned_and_quoted",
    "quotation_marks",
    "quote_counts",
    "quote_table",
    "quoted_tokens",
    "quotes",
    "quotes_by_section",
    "speech_lexicon",
    "terms_per_1000_by_voice",
    "top_speakers",
    "words_by_voice",
]

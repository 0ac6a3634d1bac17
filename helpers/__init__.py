"""helpers: the small package behind the notebooks for reading German news analytically.

One module per concept, each returning tidy pandas tables with ``article``, ``section``,
``paragraph``, ``sentence`` ids and ``start``/``end`` offsets into ``Article.text``:

- :mod:`helpers.paths`: where things live (seeds/, figures/, helpers/data/, .cache/).
- :mod:`helpers.articles`: ``load_article``, ``load_corpus``, ``load_table``, ``parse_article``,
  ``paragraphs``, ``section_labels``.
- :mod:`helpers.frames`: ``typed_table``, ``string_array``, ``int_array`` (tables typed as declared).
- :mod:`helpers.tokens`: ``tokens``, ``sentences``, ``lemma``, ``stopwords``.
- :mod:`helpers.terms`: ``term_frequencies``, ``collocations``, ``keyness``, ``concordance``.
- :mod:`helpers.actors`: ``mentions``, ``discover``, ``gazetteer``, ``cooccurrence``, ``prominence``.
- :mod:`helpers.quotes`: ``quotes``, ``quote_counts``, ``mentioned_and_quoted``, ``quote_table``.
- :mod:`helpers.sections`: ``sections``, ``summary``, ``distinctive_terms``, ``topic_flow``, ``topics``.
- :mod:`helpers.corpus`: ``tidy_tables`` (every core, cached), ``to_dask``.
- :mod:`helpers.figures`: ``new_figure``, ``barh``, ``heatmap``, ``save_figure``.
- :mod:`helpers.run`: ``python -m helpers run`` executes the notebooks headless.

Functions named like their module (``tokens``, ``sections``, ``quotes``) are imported from
the module, so that the module itself stays reachable:

>>> from helpers import load_corpus, paths
>>> from helpers.tokens import tokens
>>> tokens(load_corpus(paths.SEEDS)).text.tolist()[:4]
['Treffen', 'in', 'Miami', 'Rubio']
"""

from importlib import import_module
from importlib.metadata import version

from helpers import paths

#: The package version: one source, ``pyproject.toml`` (read from the installed metadata).
__version__ = version("helpers")

#: Names offered here, and the module each comes from: imported on first use, so that
#: ``python -m helpers run`` and ``from helpers import paths`` load no pandas, no simplemma.
_EXPORTS = {
    "Article": "helpers.articles",
    "ArticleEncodingWarning": "helpers.articles",
    "ArticleFormatError": "helpers.articles",
    "Section": "helpers.articles",
    "article_from_record": "helpers.articles",
    "load_article": "helpers.articles",
    "load_corpus": "helpers.articles",
    "paragraphs": "helpers.articles",
    "parse_article": "helpers.articles",
    "summary": "helpers.sections",
    "lemma": "helpers.tokens",
    "sentences": "helpers.tokens",
    "stopwords": "helpers.tokens",
}

__all__ = ["paths", *sorted(_EXPORTS)]


def __getattr__(name: str) -> object:
    """``helpers.load_corpus`` and the other names of :data:`_EXPORTS`, imported when first asked for."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'helpers' has no attribute {name!r}")
    value = globals()[name] = getattr(import_module(module), name)
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})

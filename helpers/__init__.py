"""helpers: the small package behind the notebooks for reading German news analytically.

One module per concept, each returning tidy pandas tables with ``article``, ``section``,
``paragraph``, ``sentence`` ids and ``start``/``end`` offsets into ``Article.text``:

- :mod:`helpers.paths`: where things live (seeds/, figures/, helpers/data/, .cache/).
- :mod:`helpers.articles`: ``load_article``, ``load_corpus``, ``load_table``, ``parse_article``,
  ``paragraphs``, ``section_labels``.
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

from importlib.metadata import version

from helpers import paths
from helpers.articles import (
    Article,
    ArticleEncodingWarning,
    ArticleFormatError,
    Section,
    article_from_record,
    load_article,
    load_corpus,
    paragraphs,
    parse_article,
)
from helpers.sections import summary
from helpers.tokens import lemma, sentences, stopwords

#: The package version: one source, ``pyproject.toml`` (read from the installed metadata).
__version__ = version("helpers")

__all__ = [
    "Article",
    "ArticleEncodingWarning",
    "ArticleFormatError",
    "Section",
    "article_from_record",
    "lemma",
    "load_article",
    "load_corpus",
    "paragraphs",
    "parse_article",
    "paths",
    "sentences",
    "stopwords",
    "summary",
]

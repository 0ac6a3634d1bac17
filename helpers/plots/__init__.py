"""Every figure of the notebooks, one module per analysis: each function takes an aggregated
table of the module it is named after and returns a matplotlib Figure in house style
(:mod:`helpers.figures`), which :func:`helpers.figures.save_figure` writes as PNG, SVG and CSV.

>>> from helpers import articles, paths
>>> from helpers.actors import mention_counts, mentions
>>> fig = plot_mentions(mention_counts(mentions(articles.load_corpus(paths.SEEDS))).head(5))
>>> fig.texts[0].get_text()
'Wer wird erwähnt?'
"""

from helpers.plots.actors import (
    plot_actor_by_section,
    plot_dispersion,
    plot_mentions,
    plot_network,
    plot_over_time,
    plot_per_article,
    plot_prominence,
)
from helpers.plots.corpus import plot_articles_over_time
from helpers.plots.quotes import plot_mentioned_vs_quoted, plot_quotes_by_section, plot_voices
from helpers.plots.sections import (
    plot_distinctive_terms,
    plot_topic_by_category,
    plot_topic_flow,
    plot_topic_shares,
    plot_topic_terms,
    plot_words_per_section,
)
from helpers.plots.terms import (
    WORDFREQ_SOURCE,
    plot_collocations,
    plot_keyness,
    plot_top_terms,
    plot_top_terms_per_section,
    plot_word_cloud,
    plot_word_clouds_per_section,
    word_cloud,
)

__all__ = [
    "WORDFREQ_SOURCE",
    "plot_actor_by_section",
    "plot_articles_over_time",
    "plot_collocations",
    "plot_dispersion",
    "plot_distinctive_terms",
    "plot_keyness",
    "plot_mentioned_vs_quoted",
    "plot_mentions",
    "plot_network",
    "plot_over_time",
    "plot_per_article",
    "plot_prominence",
    "plot_quotes_by_section",
    "plot_top_terms",
    "plot_top_terms_per_section",
    "plot_topic_by_category",
    "plot_topic_flow",
    "plot_topic_shares",
    "plot_topic_terms",
    "plot_voices",
    "plot_word_cloud",
    "plot_word_clouds_per_section",
    "plot_words_per_section",
    "word_cloud",
]

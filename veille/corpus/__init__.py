"""The corpus: what veille does with many stored articles (near-duplicates, stories, search, figures,
exports). Each module works on a ``veille.store.Database``."""

"""The corpus: what veille does with many stored articles (stories, search, figures, exports). Each
module asks a ``veille.store.Database`` through its methods; near-duplicates are the store's own
(``veille.store.dedup``)."""

"""Places on Earth, a service any layer may use: the offline gazetteer (``gazetteer``), the keys
place names are looked up by (``names``) and great-circle distances (``distance``)."""

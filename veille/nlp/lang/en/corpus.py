"""English data for the corpus tools (exports, figures): words they read in the records."""

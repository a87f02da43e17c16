"""The English language pack: one data module per stage (see ``veille/nlp/lang/contents.py``) and tables."""

"""Ingest: files, JSON Lines, directories and standard input -> Input records (or per-article failures)."""
from .readers import IngestFailure, read_paths, read_text_article

__all__ = ["IngestFailure", "read_paths", "read_text_article"]

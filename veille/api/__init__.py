"""veille's HTTP API and page over one store (``veille serve``): ``create_app(db)`` is the ASGI app."""
from .app import create_app

__all__ = ["create_app"]

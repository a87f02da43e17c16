"""The server's frame: the FastAPI application over one store, its errors as JSON with veille's codes,
its security headers, the page's files and the offline API docs. The endpoints are in ``routes``.

Reads go through one read-only connection per thread (the event loop's, and each worker thread's);
writes (when a token is configured) through one read-write connection, one request at a time.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from .. import __version__
from ..errors import (
    BadFilter,
    BadHost,
    BodyTooLarge,
    NotFound,
    StoreUnavailable,
    Unauthorized,
    VeilleError,
    WritesOff,
)
from ..store import Database

log = logging.getLogger(__name__)
WEB = Path(str(files("veille.web")))
# the largest request body a write takes (bytes), unless ``veille serve --max-body`` says otherwise
MAX_BODY = 8 * 1024 * 1024
# the page: its own scripts, styles and data only; no inline script, no other origin, no framing
PAGE_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; "
               "form-action 'self'; frame-ancestors 'none'")
# the API docs (Swagger UI) set styles inline
DOCS_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' data:; connect-src 'self'; font-src 'self'; "
               "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
# a server process's full collections come this many times less often than Python's default
FULL_COLLECTION_SPACING = 10
STATUS = {BadHost: 400, BadFilter: 422, NotFound: 404, Unauthorized: 401, WritesOff: 403, BodyTooLarge: 413,
          StoreUnavailable: 503}


@dataclass
class Stores:
    """The store's connections: a read-only one per thread, one writer shared under a lock."""

    path: str
    token: str | None = None
    max_body: int = MAX_BODY
    local: threading.local = field(default_factory=threading.local)
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    _writer: Database | None = None

    def reader(self) -> Database:
        db = getattr(self.local, "db", None)
        if db is None:
            db = self.local.db = Database.open_readonly(self.path)
        return db

    def writer(self) -> Database:
        """The read-write connection; only under ``write_lock``."""
        if self._writer is None:
            self._writer = Database(self.path, any_thread=True, mode="write")
        return self._writer


class Answers:
    """Answers that take long to compute (figures, corpus events, entities grouped across articles),
    kept until the store changes: each with the store's ``reads.stamp`` when it was computed; the
    oldest of ``size`` goes first. Readers asking for one answer at once wait for one computation."""

    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self.kept: dict[tuple, tuple] = {}
        self.lock = threading.Lock()
        self.computing: dict[tuple, threading.Lock] = {}

    def fresh(self, key: tuple, stamp: tuple):
        """The answer kept for ``key`` at ``stamp``, else None (no answer kept is None); never waits for
        a computation."""
        with self.lock:
            hit = self.kept.get(key)
        return hit[1] if hit and hit[0] == stamp else None

    def answer(self, key: tuple, stamp: tuple, compute):
        """The answer kept for ``key`` at ``stamp``, else ``compute()`` (once, whoever else asks)."""
        with self.lock:
            hit = self.kept.get(key)
            if hit and hit[0] == stamp:
                return hit[1]
            gate = self.computing.setdefault(key, threading.Lock())
        with gate:
            with self.lock:
                hit = self.kept.get(key)
            if hit and hit[0] == stamp:  # another reader computed it meanwhile
                return hit[1]
            value = compute()
            with self.lock:
                self.kept.pop(key, None)
                if len(self.kept) >= self.size:
                    self.kept.pop(next(iter(self.kept)))
                self.kept[key] = (stamp, value)
                self.computing.pop(key, None)
        return value


def error_response(e: VeilleError, parameter: str | None = None) -> JSONResponse:
    status = next((s for cls, s in STATUS.items() if isinstance(e, cls)), 400)
    body = {"code": e.code, "message": e.message}
    if parameter:
        body["parameter"] = parameter
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def filter_parameter(message: str) -> str | None:
    """The query parameter a filter's message is about ("--event-type 'x': ..." is event_type)."""
    import re

    m = re.match(r"--([a-z-]+)", message)
    if m:
        return m.group(1).replace("-", "_")
    for start, name in (("bounding box", "bbox"), ("query", "q"), ("limit", "limit")):
        if message.startswith(start):
            return name
    return None


class SecurityHeaders:
    """Adds the Content-Security-Policy and its companions to every response (plain ASGI: no copy of
    the body); refuses a body declared larger than the server takes before it is read."""

    def __init__(self, app, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        policy = DOCS_POLICY if path == "/api/docs" else PAGE_POLICY
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared and declared.isdigit() and int(declared) > self.max_body:
            response = error_response(too_large(self.max_body))
            return await response(scope, receive, self._with_headers(send, policy))
        return await self.app(scope, receive, self._with_headers(send, policy))

    @staticmethod
    def _with_headers(send, policy: str):
        async def sending(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() != b"content-security-policy"]
                headers += [(b"content-security-policy", policy.encode()),
                            (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer"),
                            (b"x-frame-options", b"DENY"),
                            (b"cross-origin-resource-policy", b"same-origin")]
                message = {**message, "headers": headers}
            await send(message)
        return sending


class HostCheck:
    """Answers only requests whose Host header is one of ``hosts`` (against DNS rebinding); others get
    veille's JSON error (plain ASGI, before any endpoint)."""

    def __init__(self, app, hosts: list[str]) -> None:
        self.app = app
        self.hosts = {h.lower() for h in hosts}

    async def __call__(self, scope, receive, send):
        if scope["type"] in ("http", "websocket"):
            given = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").strip().lower()
            name = given.split("]")[0] + "]" if given.startswith("[") else given.rsplit(":", 1)[0]
            if name not in self.hosts:
                names, asked = ", ".join(sorted(self.hosts)), given[:100] or "none"
                response = error_response(BadHost(f"this server answers as {names}, not as host {asked!r}: "
                                                  "use one of those names in the URL"))
                return await response(scope, receive, send)
        return await self.app(scope, receive, send)


def too_large(limit: int) -> BodyTooLarge:
    return BodyTooLarge(f"the request body is larger than {limit} bytes: send fewer articles per request "
                        "(or start the server with a larger --max-body)")


def create_app(db: str | Path, token: str | None = None, max_body: int = MAX_BODY,
               allowed_hosts: list[str] | None = None) -> FastAPI:
    """The API and the page over the store at ``db``, opened read-only (a path that is not a veille store
    of this version raises its coded error here). ``token``: the bearer token writes need; None: no
    writes. ``allowed_hosts``: the Host names answered (None: any), against DNS rebinding."""
    from . import routes

    Database.open_readonly(db).close()  # refuse what is not a store before serving anything
    app = FastAPI(title="veille", version=__version__, openapi_url="/api/openapi.json", docs_url=None,
                  redoc_url=None,
                  description="Offline news intelligence: search a veille store, read each article's "
                              "records, its entities, places, events, stories and figures.")
    app.state.stores = Stores(str(db), token or None, max_body)
    app.state.answers = Answers()

    @app.exception_handler(VeilleError)
    async def veille_error(request: Request, e: VeilleError):
        return error_response(e, filter_parameter(e.message) if isinstance(e, BadFilter) else None)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, e: RequestValidationError):
        first = (e.errors() or [{}])[0]
        location = [str(part) for part in first.get("loc", ())]
        name = location[-1] if location else None
        where = " ".join(location) or "request"
        body = {"code": "bad_parameter", "message": f"{where}: {first.get('msg', 'invalid')}: see "
                                                    "/api/docs for what each parameter takes",
                "parameter": name}
        return JSONResponse({"error": body}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, e: HTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(e.status_code, "http_error")
        message = ("no such endpoint: see /api/docs for the API's endpoints" if e.status_code == 404
                   else str(e.detail))
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=e.status_code,
                            headers=getattr(e, "headers", None))

    @app.exception_handler(Exception)
    async def internal(request: Request, e: Exception):
        log.error("%s %s failed", request.method, request.url.path, exc_info=e)
        return JSONResponse({"error": {"code": "internal_error", "message": "the server failed on this "
                                       "request: please report it with the request"}}, status_code=500)

    app.include_router(routes.router, prefix="/api")
    _page(app)
    if allowed_hosts:  # inside SecurityHeaders: a refusal has the same headers as any answer
        app.add_middleware(HostCheck, hosts=allowed_hosts)
    app.add_middleware(SecurityHeaders, max_body=max_body)
    return app


def settle_collector() -> None:
    """In a server process, once its app is built: what is alive then (modules, the gazetteer, the app)
    is moved out of the cyclic collector's reach, and full collections come less often. Without it, a
    full collection walked some 130,000 objects and held every request in flight for 60 to 250 ms."""
    import gc

    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(young, middle, old * FULL_COLLECTION_SPACING)


def from_environment() -> FastAPI:
    """The app as ``veille serve --workers N`` starts it in each worker process: the store and options
    from the environment the command set (VEILLE_SERVE_DB, VEILLE_SERVE_MAX_BODY, VEILLE_SERVE_HOSTS,
    VEILLE_TOKEN)."""
    import os

    hosts = os.environ.get("VEILLE_SERVE_HOSTS", "")
    app = create_app(os.environ["VEILLE_SERVE_DB"], token=os.environ.get("VEILLE_TOKEN") or None,
                     max_body=int(os.environ.get("VEILLE_SERVE_MAX_BODY") or MAX_BODY),
                     allowed_hosts=hosts.split(",") if hosts else None)
    settle_collector()
    return app


def _page(app: FastAPI) -> None:
    """The page (``/``), its files (``/static``) and the API docs with their packaged assets."""
    import fastapi_offline

    app.mount("/static", StaticFiles(directory=WEB), name="static")
    assets = Path(fastapi_offline.__file__).parent / "static"
    app.mount("/api/docs-assets", StaticFiles(directory=assets), name="docs-assets")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB / "index.html")

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(WEB / "docs.html")

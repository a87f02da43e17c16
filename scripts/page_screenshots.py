"""Screenshots of each view of ``veille serve``'s page, as PNG files (the docs' pictures).

    .venv/bin/python scripts/page_screenshots.py --db STORE [--out docs] [--article ID] [--query WORDS]

Starts ``veille serve`` on a free loopback port, opens each view in headless Chromium (Debian's, through
Playwright) at 1366x800, and writes serve-<view>.png into ``--out``: search, article (a figure hovered),
map (an event chosen), entities, one entity's appearances, stories, a story's timeline, figures, and the API
docs.
"""
from __future__ import annotations

import argparse
import http.client
import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

HOST = "127.0.0.1"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def serve(db: str) -> tuple[subprocess.Popen, int]:
    with socket.socket() as s:
        s.bind((HOST, 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "veille.cli", "serve", "--db", db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            con = http.client.HTTPConnection(HOST, port, timeout=5)
            con.request("GET", "/api/health")
            if con.getresponse().status == 200:
                return server, port
        except OSError:
            time.sleep(0.3)
    server.terminate()
    sys.exit("veille serve did not answer")


def api(port: int, path: str) -> dict:
    con = http.client.HTTPConnection(HOST, port, timeout=120)
    con.request("GET", path)
    return json.loads(con.getresponse().read())


def main() -> int:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="docs")
    parser.add_argument("--article", default="fr-2016-09-mossoul-renforts")
    parser.add_argument("--query", default="Mossoul")
    parser.add_argument("--figure", default="4460", help="The figure to hover in the article")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    server, port = serve(args.db)
    base = f"http://{HOST}:{port}"
    try:
        stories = api(port, "/api/stories?limit=1")["items"]
        series = api(port, "/api/figures?limit=100")["items"]
        clash = next((i for i, s in enumerate(series) if s["contradictions"]), 0)
        entities = api(port, "/api/entities?limit=1")["items"]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1366, "height": 800})
            page.set_default_timeout(60000)

            def shot(name: str, route: str, then=None) -> None:
                page.goto(base + route)
                page.wait_for_selector("main > :not(p.muted)")
                page.wait_for_timeout(800)
                if then:
                    then()
                    page.wait_for_timeout(400)
                page.screenshot(path=str(out / f"serve-{name}.png"))
                print(f"{out / f'serve-{name}.png'}")

            shot("search", f"/#/search?q={quote(args.query)}")
            def hover_figure() -> None:  # the reference article's 4460, else the first figure
                figures = page.locator(".m.k-quantity")
                wanted = figures.filter(has_text=args.figure)
                if figures.count():
                    (wanted if wanted.count() else figures).first.hover()

            shot("article", f"/#/article/{quote(args.article, safe='')}", hover_figure)
            def choose_event() -> None:  # by keyboard: circles may overlap
                page.locator("circle.event").first.focus()
                page.keyboard.press("Enter")

            shot("map", "/#/map", choose_event)
            shot("entities", "/#/entities")
            if entities:
                shot("entity", "/#/entity/" + quote(entities[0]["key"], safe=""))
            shot("stories", "/#/stories")
            if stories:
                shot("timeline", f"/#/story/{stories[0]['id']}")
            shot("figures", "/#/figures", lambda: page.locator(".serieslist button").nth(clash).click()
                 if series else None)
            page.goto(base + "/api/docs")
            page.wait_for_selector(".swagger-ui .opblock")
            page.screenshot(path=str(out / "serve-api-docs.png"))
            print(out / "serve-api-docs.png")
            browser.close()
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())

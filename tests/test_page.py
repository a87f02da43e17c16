"""The page in a real browser: headless Chromium (Debian's package) driven by Playwright, against
``veille serve``'s app on loopback, over a store holding the reference article and hostile articles.

Every test also checks that no request left the server's origin. Without Chromium (``make test``
installs it with apt-get where it can) or Playwright, the tests skip and say why.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from .conftest import EXAMPLE

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("VEILLE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Playwright's own browser download is not used: Debian's Chromium, quiet and offline
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
REFERENCE = "fr-2016-09-mossoul-renforts"
HOSTILE_TITLE = "<script>window.__pwned = 1</script> Breaking &amp; news <b>now</b>"
HOSTILE_TEXT = ("<img src=x onerror=\"window.__pwned = 2\"> Officials in Paris said on Monday that twelve "
                "soldiers were killed. <a href=\"javascript:window.__pwned = 3\">Read more</a> "
                "&lt;b&gt;not bold&lt;/b&gt; &#x3C;svg onload=window.__pwned=4&#x3E; "
                "<svg onload=\"window.__pwned=5\">")
HOSTILE_ID = "hostile\"><img src=x onerror=window.__pwned=6>"


def _chromium() -> str:
    pytest.importorskip("playwright.sync_api", reason="Playwright is not installed: pip install -e '.[test]'")
    if not Path(CHROMIUM).exists():
        pytest.skip("no Chromium: the browser tests need Debian's chromium (apt-get install -y chromium; "
                    "`make test` installs it where it can) or VEILLE_CHROMIUM=/path/to/chromium")
    return CHROMIUM


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``veille serve``'s app on a free loopback port, over a store of the reference article and two
    hostile ones; yields its base URL."""
    import uvicorn

    from veille.api import create_app
    from veille.process import ingest

    _chromium()
    folder = tmp_path_factory.mktemp("page")
    hostile = folder / "hostile.jsonl"
    article = {"id": HOSTILE_ID, "lang": "en", "published": "2024-01-02", "title": HOSTILE_TITLE,
               "text": HOSTILE_TEXT}
    hostile.write_text(json.dumps(article) + "\n", encoding="utf-8")
    db = folder / "veille.db"
    counts = ingest([str(EXAMPLE), str(hostile)], str(db))
    assert counts["added"] == 2, counts
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(db, allowed_hosts=["127.0.0.1", "localhost"]), host="127.0.0.1",
                            port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    """A fresh page; after the test, every request it made must have stayed on the server."""
    page = browser.new_page(viewport={"width": 1366, "height": 800})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_default_timeout(45000)  # a busy machine: Chromium and the server share two cores
    yield page
    elsewhere = [u for u in requests if not u.startswith(server + "/") and not u.startswith("data:")]
    assert not elsewhere, f"requests left the machine: {elsewhere}"
    assert not errors, errors
    page.close()


def test_search_then_see_4460_counting_american_soldiers(page, server):
    page.goto(server + "/")
    page.get_by_label("Words").fill("Mossoul")
    page.get_by_role("button", name="Search").click()
    hit = page.locator("ol.hits a.hit").first
    hit.wait_for()
    assert "MOSSOUL" in hit.inner_text()
    hit.click()
    page.wait_for_url(f"**/#/article/{REFERENCE}")
    figure = page.locator(".m.k-quantity", has_text="4460").first
    figure.hover()
    inspector = page.locator("#inspector")
    assert "Quantity: 4460" in inspector.inner_text()
    assert "soldats américains" in inspector.inner_text() and "null" not in inspector.inner_text()
    linked = page.locator(".m.k-counted.linked")
    assert "soldats américains" in " ".join(linked.all_inner_texts())


def test_a_fact_is_chosen_by_keyboard(page, server):
    page.goto(f"{server}/#/article/{REFERENCE}")
    button = page.locator(".facts button", has_text="Quantity: 4460")
    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-pressed") == "true"
    assert page.locator(".m.chosen", has_text="4460").count() >= 1
    page.keyboard.press("Tab")  # on to the next fact
    assert page.evaluate("document.activeElement.dataset.record") is not None


def test_the_map_shows_the_mosul_event_and_its_sources(page, server):
    page.goto(server + "/#/map")
    countries = page.locator("svg.map path.country")
    countries.first.wait_for()  # drawn all at once when the map's data has come
    assert countries.count() > 150  # the outlines of the world's countries
    mosul = page.locator("circle.event[aria-label*='Mosul']").first
    mosul.wait_for()
    mosul.focus()
    page.keyboard.press("Enter")
    panel = page.locator("#event-panel")
    assert "Mosul" in panel.inner_text()
    panel.get_by_role("link", name=REFERENCE).first.click()
    page.wait_for_url(f"**/#/article/{REFERENCE}")


def test_hostile_text_shows_as_text_and_nothing_runs(page, server):
    page.goto(server + "/#/search?q=officials")
    hit = page.locator("ol.hits a.hit").first
    hit.wait_for()
    assert hit.inner_text() == HOSTILE_TITLE
    hit.click()
    page.locator(".article .body").wait_for()
    assert page.locator("main h1").inner_text() == HOSTILE_TITLE
    body = page.locator(".article .body").inner_text()
    for words in ("<img src=x onerror=", "javascript:window.__pwned = 3", "&lt;b&gt;not bold&lt;/b&gt;",
                  "&#x3C;svg onload", "<svg onload="):
        assert words in body, words
    main = page.locator("main")
    assert main.locator("img, script, iframe, object, embed, svg").count() == 0
    assert main.locator("a[href^='javascript']").count() == 0
    page.goto(server + "/#/map")  # the hostile article's event and places on the map too
    page.locator("svg.map").wait_for()
    assert page.evaluate("window.__pwned") is None


def test_the_api_docs_work_offline(page, server):
    page.goto(server + "/api/docs")
    page.locator(".swagger-ui .opblock").first.wait_for()
    assert page.locator(".swagger-ui .opblock").count() >= 12
    page.locator(".swagger-ui .opblock-summary", has_text="/api/articles").first.click()
    page.get_by_text("Search: articles matching").first.wait_for()


def test_entities_then_one_entity_with_its_roles_and_what_it_said(page, server):
    page.goto(server + "/#/entities")
    page.get_by_label("Name").fill("dorrian")
    page.get_by_role("button", name="Show").click()
    entity = page.locator("ol.entities a.entity").first
    # (the list drawn before the filter's answer came may still show: wait for the filtered one)
    page.wait_for_function("() => { const names = [...document.querySelectorAll('ol.entities a.entity')]"
                           ".map(a => a.textContent); "
                           "return names.length > 0 && names.every(n => n.includes('Dorrian')); }")
    assert entity.inner_text() == "John Dorrian"
    entity.click()
    page.wait_for_url("**/#/entity/john%20dorrian")
    seen = page.locator("ol.appearances > li")
    seen.first.wait_for()  # the view is drawn when its answer has come, not with the address
    assert page.locator("main h1").inner_text() == "John Dorrian"
    assert page.locator("nav a[aria-current='page']").inner_text() == "Entities"
    assert seen.count() == 1 and "roles: colonel" in seen.inner_text()
    said = seen.locator("ul.said > li")
    assert said.count() >= 4 and "4460" in " ".join(said.all_inner_texts())
    seen.get_by_role("link").first.click()
    page.wait_for_url(f"**/#/article/{REFERENCE}")

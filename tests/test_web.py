"""HTML pages and RSS/Atom feeds: article text without boilerplate, with its date and title."""
from __future__ import annotations

from veille.ingest import read_paths
from veille.ingest.readers import IngestFailure
from veille.process import ingest
from veille.store import Database

PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Offensive sur Mossoul | Le Quotidien</title>
<meta property="article:published_time" content="2016-09-29T10:00:00+02:00"></head>
<body><header><nav><a href="/">Accueil</a> <a href="/monde">Monde</a>
<a href="/sport">Sport</a></nav></header>
<main><article><h1>Offensive sur Mossoul</h1>
<p>Plus de 400 militaires américains supplémentaires vont être déployés en Irak pour soutenir
l'offensive sur Mossoul, a fait savoir jeudi un porte-parole de la coalition.</p>
<p>Le colonel John Dorrian a indiqué que le nombre de soldats américains en Irak est passé d'environ
4000 il y a une semaine à 4460 aujourd'hui.</p></article>
<aside>Les plus lus : Le match de la semaine ; La recette du jour</aside></main>
<footer>© 2016 Le Quotidien. Tous droits réservés. Mentions légales. Abonnez-vous.</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Monde</title><link>https://example.org/</link><description>Fil</description>
<item><title>Des manifestants dispersés à Bamako</title><link>https://example.org/bamako</link>
<guid>https://example.org/bamako</guid><pubDate>Thu, 08 Sep 2016 10:00:00 GMT</pubDate>
<description>&lt;p&gt;La police a dispersé jeudi des centaines de manifestants à Bamako, selon des
témoins.&lt;/p&gt;</description></item>
<item><title>Sans texte</title><link>https://example.org/vide</link>
<pubDate>Fri, 09 Sep 2016 10:00:00 GMT</pubDate>
<description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>World</title><id>urn:feed</id><updated>2016-09-30T00:00:00Z</updated>
<entry><title>Gunmen attack a village near Mopti</title><id>urn:entry:1</id>
<link href="https://example.org/mopti"/><updated>2016-09-30T08:00:00Z</updated>
<content type="html">&lt;p&gt;Unidentified gunmen killed three civilians in a village near Mopti on
Thursday, local officials said.&lt;/p&gt;</content></entry></feed>"""


def _write(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "monde.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "world.atom").write_text(ATOM, encoding="utf-8")
    login = "<html><body><form>Mot de passe</form></body></html>"
    (tmp_path / "login.html").write_text(login, encoding="utf-8")


def test_html_and_feeds_keep_text_date_and_title_without_boilerplate(tmp_path):
    _write(tmp_path)
    items = {i.id: i for i in read_paths([str(tmp_path)])}
    page = items["page"]
    assert page.title == "Offensive sur Mossoul" and page.published == "2016-09-29"
    assert "4460 aujourd'hui" in page.text and page.text.startswith("Offensive sur Mossoul\n\n")
    for boilerplate in ("Accueil", "Tous droits", "recette", "Abonnez"):
        assert boilerplate not in page.text
    rss = items["https://example.org/bamako"]
    assert rss.published == "2016-09-08" and rss.title == "Des manifestants dispersés à Bamako"
    assert "<p>" not in rss.text and "centaines de manifestants" in rss.text
    atom = items["urn:entry:1"]
    assert atom.published == "2016-09-30" and "three civilians" in atom.text
    assert isinstance(items["https://example.org/vide"], IngestFailure)
    assert isinstance(items["login"], IngestFailure) and items["login"].error.code == "empty_input"


def test_web_articles_are_analysed_and_stored(tmp_path):
    _write(tmp_path)
    counts = ingest([str(tmp_path)], str(tmp_path / "w.db"), progress=False)
    assert counts["added"] == 3 and counts["failed"] == 2
    with Database(tmp_path / "w.db") as db:
        back = db.article("urn:entry:1")
        assert back.lang == "en" and any(p.name == "Mopti" for p in back.places)
        assert any(e.acled for e in back.events)

"""The readable fact sheet of an article: every fact with the words it comes from."""
from __future__ import annotations

import textwrap

from ..schemas import Article
from .terminal import printable


def _quote(text: str, span) -> str:
    if not span:
        return ""
    s, e = span
    return f"«{text[s:e]}» [{s}:{e}]"


def _amount(q: dict) -> str:
    """ "about 4000", "more than 400", "3000-4000", with the unit when there is one."""
    def n(x):
        return f"{x:,}".replace(",", " ") if isinstance(x, int) else f"{x}"
    approx = q.get("approx")
    if approx == "range" or (q.get("low") is not None and q.get("high") is not None):
        amount = f"{n(q['low'])}–{n(q['high'])}"
    elif q.get("value") is not None:
        amount = n(q["value"])
    else:
        amount = n(q["low"] if q.get("low") is not None else q.get("high"))
    words = {"exact": "", "range": "", "vague": "vague "}.get(approx, f"{approx.replace('_', ' ')} ")
    unit = f" {q['unit']}" if q.get("unit") else ""
    return f"{words}{amount}{unit}"


def fact_sheet(a: Article) -> str:
    """The article's facts as text for a person: no control character of the article reaches a terminal."""
    lines = []
    head = a.title or (a.text[:80] + ("…" if len(a.text) > 80 else ""))
    lines.append(f"━━ {a.id}  ({a.lang or '?'}, published {a.published or 'unknown'})")
    lines.append(textwrap.fill(head, 100))
    if a.error:
        lines.append(f"  ERROR {a.error['code']}: {a.error['message']}")
        return printable("\n".join(lines))
    lines.append(f"\nEntities ({len(a.entities)})")
    for e in a.entities:
        roles = f" — {'; '.join(e.roles)}" if e.roles else ""
        forms = sorted({a.text[s:t] for s, t in e.mentions} - {e.name})
        alias = f" (also: {', '.join(forms)})" if forms else ""
        qid = f" [{e.wikidata}]" if e.wikidata else ""
        lines.append(f"  {e.id:4s} {e.type:5s} {e.name}{qid}{alias}{roles}  ×{len(e.mentions)}")
    lines.append(f"\nPlaces ({len(a.places)})")
    for p in a.places:
        where = (f"geonames {p.geonameid}, {p.feature}, {p.country}, {p.lat:.3f},{p.lon:.3f}"
                 if p.geonameid else "unresolved")
        lines.append(f"  {p.id:4s} {p.name:24s} {where}   {_quote(a.text, p.mentions[0])}")
    for kind in ("times", "quantities", "statements", "events"):
        records = getattr(a, kind)
        lines.append(f"\n{kind.capitalize()} ({len(records)})")
        for r in records:
            span = r.get("span") or (r.get("content") or {}).get("span") or (r.get("trigger") or {}).get("span")
            if kind == "times":
                value = f"{r['type']:8s} {r.get('value') or 'unresolved'}"
            elif kind == "quantities":
                value = _amount(r)
            elif kind == "statements":
                speaker = next((e.name for e in a.entities if e.id == r.get("speaker")), None)
                value = f"{r['kind']}{' (hedged)' if r.get('hedged') else ''}"
                lines.append(f"  {r['id']:4s} {value:24s} {speaker or r.get('speaker_text') or '?'}"
                             f"{' — ' + r['cue']['text'] if r.get('cue') else ''}")
                lines.append(f"       {_quote(a.text, span)}")
                continue
            elif kind == "events":
                place = next((p.name for p in a.places if p.id == r.get("place")), None)
                when = next((t.get("value") for t in a.times if t.get("id") == r.get("time")), None)
                acled = r.get("acled") or {}
                lines.append(f"  {r['id']:4s} {r['type']:10s} {r['modality']:9s}"
                             f"{' PRIMARY' if r.get('primary') else ''}"
                             f"{' — ' + acled['event_type'] + ' / ' + acled['sub_event_type'] if acled else ''}")
                lines.append(f"       at {place or '?'}, {when or 'undated'}"
                             f"{', ' + str(r['fatalities']) + ' killed' if r.get('fatalities') else ''}"
                             f"   {_quote(a.text, span)}")
                continue
            else:
                value = r.get("value") or r.get("type") or r.get("kind") or ""
            lines.append(f"  {r.get('id', ''):4s} {value!s:24s} {_quote(a.text, span)}")
            if kind == "quantities" and r.get("counted"):
                counted = r["counted"]
                change = f", changed from {r['change']['from']}" if r.get("change") else ""
                lines.append(f"       counts {counted['category']}: «{counted['text']}»{change}")
        if not records:
            lines.append("  (none found)")
    return printable("\n".join(lines))

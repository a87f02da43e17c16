"""The readable fact sheet of an article: every fact with the words it comes from."""
from __future__ import annotations

import textwrap

from ..schemas import Article


def _quote(text: str, span) -> str:
    if not span:
        return ""
    s, e = span
    return f"«{text[s:e]}» [{s}:{e}]"


def fact_sheet(a: Article) -> str:
    lines = []
    head = a.title or (a.text[:80] + ("…" if len(a.text) > 80 else ""))
    lines.append(f"━━ {a.id}  ({a.lang or '?'}, published {a.published or 'unknown'})")
    lines.append(textwrap.fill(head, 100))
    if a.error:
        lines.append(f"  ERROR {a.error['code']}: {a.error['message']}")
        return "\n".join(lines)
    lines.append(f"\nEntities ({len(a.entities)})")
    for e in a.entities:
        roles = f" — {'; '.join(e.roles)}" if e.roles else ""
        forms = sorted({a.text[s:t] for s, t in e.mentions} - {e.name})
        alias = f" (also: {', '.join(forms)})" if forms else ""
        lines.append(f"  {e.id:4s} {e.type:5s} {e.name}{alias}{roles}  ×{len(e.mentions)}")
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
            value = r.get("value") or r.get("type") or r.get("kind") or ""
            lines.append(f"  {r.get('id', ''):4s} {value!s:20s} {_quote(a.text, span)}")
        if not records:
            lines.append("  (none found)")
    return "\n".join(lines)

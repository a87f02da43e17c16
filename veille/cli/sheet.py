"""The readable fact sheet of an article: every fact with the words it comes from."""
from __future__ import annotations

import textwrap

from ..records import Event, Quantity, Statement, Time
from ..schemas import Article
from .terminal import printable


def _quote(text: str, span) -> str:
    if not span:
        return ""
    s, e = span
    return f"«{text[s:e]}» [{s}:{e}]"


def _amount(q: Quantity) -> str:
    """ "about 4000", "more than 400", "3000-4000", with the unit when there is one."""
    def n(x):
        return f"{x:,}".replace(",", " ") if isinstance(x, int) else f"{x}"
    if q.approx == "range" or (q.low is not None and q.high is not None):
        amount = f"{n(q.low)}–{n(q.high)}"
    elif q.value is not None:
        amount = n(q.value)
    else:
        amount = n(q.low if q.low is not None else q.high)
    words = {"exact": "", "range": "", "vague": "vague "}.get(q.approx, f"{q.approx.replace('_', ' ')} ")
    unit = f" {q.unit}" if q.unit else ""
    return f"{words}{amount}{unit}"


def _time_lines(a: Article, t: Time) -> list[str]:
    value = f"{t.type:8s} {t.value or 'unresolved'}"
    return [f"  {t.id:4s} {value!s:24s} {_quote(a.text, t.span)}"]


def _quantity_lines(a: Article, q: Quantity) -> list[str]:
    lines = [f"  {q.id:4s} {_amount(q)!s:24s} {_quote(a.text, q.span)}"]
    if q.counted:
        change = f", changed from {q.change.from_}" if q.change else ""
        lines.append(f"       counts {q.counted.category}: «{q.counted.text}»{change}")
    return lines


def _statement_lines(a: Article, s: Statement) -> list[str]:
    speaker = next((e.name for e in a.entities if e.id == s.speaker), None)
    value = f"{s.kind}{' (hedged)' if s.hedged else ''}"
    cue = f" — {s.cue.text}" if s.cue else ""
    return [f"  {s.id:4s} {value:24s} {speaker or s.speaker_text or '?'}{cue}",
            f"       {_quote(a.text, s.content.span)}"]


def _event_lines(a: Article, e: Event) -> list[str]:
    place = next((p.name for p in a.places if p.id == e.place), None)
    when = next((t.value for t in a.times if t.id == e.time), None)
    acled = f" — {e.acled.event_type} / {e.acled.sub_event_type}" if e.acled else ""
    return [f"  {e.id:4s} {e.type or '-':10s} {e.modality:9s}{' PRIMARY' if e.primary else ''}{acled}",
            f"       at {place or '?'}, {when or 'undated'}"
            f"{', ' + str(e.fatalities) + ' killed' if e.fatalities else ''}"
            f"   {_quote(a.text, e.trigger.span)}"]


def _rules_line(record) -> list[str]:
    """The named rules that produced the record's fields (``--explain``), in one short line."""
    return [f"       rules: {', '.join(f'{f}={r}' for f, r in record.rules.items())}"] if record.rules else []


RECORD_LINES = {"times": _time_lines, "quantities": _quantity_lines, "statements": _statement_lines,
                "events": _event_lines}


def fact_sheet(a: Article, explain: bool = False) -> str:
    """The article's facts as text for a person: no control character of the article reaches a terminal.
    With ``explain``, a line under each fact names the rules that produced it."""
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
        lines += _rules_line(e) if explain else []
    lines.append(f"\nPlaces ({len(a.places)})")
    for p in a.places:
        where = (f"geonames {p.geonameid or '-'}, {p.feature}, {p.country}, {p.lat:.3f},{p.lon:.3f}"
                 if p.lat is not None and p.lon is not None else "unresolved")
        lines.append(f"  {p.id:4s} {p.name:24s} {where}   {_quote(a.text, p.mentions[0])}")
        lines += _rules_line(p) if explain else []
    for kind, record_lines in RECORD_LINES.items():
        records = getattr(a, kind)
        lines.append(f"\n{kind.capitalize()} ({len(records)})")
        for record in records:
            lines += record_lines(a, record)
            lines += _rules_line(record) if explain else []
        if not records:
            lines.append("  (none found)")
    return printable("\n".join(lines))

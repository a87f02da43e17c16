"""Events: what happened, by whom, to whom, where, when, how surely, and how many died.

Per sentence, from the tables of ``veille.nlp.lang.<lang>.events``:

- ACLED's sub-event type from weighted cue patterns (a weapon names the event more surely than a verb
  of violence), with its event type; none where ACLED would not code the sentence;
- PLOVER types from trigger lemmas (verbs, and nouns that name an event), and from the ACLED type;
- agent and target from the trigger's dependents, place (the most precise one of the sentence),
  time (the sentence's date, else the article's), modality from negation, mood, tense and cues,
  fatalities from the killed counts, ACLED's way.

The article's primary event is its lead's first event, typed on the whole text when ACLED codes it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module
from types import ModuleType

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..nlp.lang import language_data
from ..records import AcledType, Event, TextSpan
from .links import article_time_id
from .docs import SpanIndex, doc_index, doc_text, sentence_of, token_covering

if not Doc.has_extension("veille_events"):
    Doc.set_extension("veille_events", default=None)

# ACLED's sub-event types under their event types (ACLED codebook spelling)
ACLED_TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
EVENT_TYPE_OF = {sub: etype for etype, subs in ACLED_TYPES.items() for sub in subs}
# the PLOVER type of each ACLED sub-event type
PLOVER_OF = {
    **{sub: "ASSAULT" for sub in ACLED_TYPES["Battles"] + ACLED_TYPES["Explosions/Remote violence"]
       + ACLED_TYPES["Violence against civilians"]},
    **{sub: "PROTEST" for sub in ACLED_TYPES["Protests"] + ACLED_TYPES["Riots"]},
    "Agreement": "AGREE", "Arrests": "COERCE", "Change to group/activity": "MOBILIZE",
    "Disrupted weapons use": "COERCE", "Headquarters or base established": "MOBILIZE",
    "Looting/property destruction": "ASSAULT", "Non-violent transfer of territory": "RETREAT", "Other": "MOBILIZE",
}
# the weight of cues (lead twice, whole text once) that lets an article's ACLED reading choose its
# primary event over a lead event ACLED does not code
STRONG_ARTICLE_SCORE = 6
# dependents that are clauses of their own, whose places are theirs
CLAUSE_DEPS = {"advcl", "ccomp", "xcomp", "conj", "parataxis", "acl:relcl", "relcl", "csubj", "punct", "cc"}
# PLOVER types that words alone can carry out: a verb of saying may be one of these events
VERBAL = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "CONCEDE", "CONSULT", "SANCTION"}
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
# what follows a place that names its containers: "Dunedin (Otago)"
CONTAINERS_AFTER = re.compile(r"\s*\(\s*[A-Z]")
# a place's precision: the lower the more precise
PRECISION = {"city": 0, "vicinity": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4, "sea": 5,
             "continent": 6}
# ACLED's reading of vague counts of the dead ("dozens" is 12)
VAGUE_FATALITIES = {10: 10, 12: 12, 100: 100, 1000: 1000}


@cache
def event_data(lang: str) -> ModuleType:
    return import_module(f"veille.nlp.lang.{lang}.events")


@cache
def compiled_cues(lang: str) -> dict[str, list[tuple[re.Pattern, int]]]:
    data = event_data(lang)
    return {sub: [(re.compile(p), w) for p, w in cues] for sub, cues in data.ACLED_CUES.items()}


def acled_scores(text: str, lang: str, weight: int = 1, scores: dict | None = None) -> dict[str, int]:
    """Each ACLED sub-event type's weight of cues in ``text``."""
    data = event_data(lang)
    low = text.lower().replace("’", "'")
    scores = scores if scores is not None else {}
    for sub, cues in compiled_cues(lang).items():
        for pattern, w in cues:
            if pattern.search(low):
                scores[sub] = scores.get(sub, 0) + w * weight
    protest = re.search(data.PEACEFUL_CONTEXT, low)
    if not protest:
        for sub in ("Protest with intervention", "Excessive force against protesters"):
            scores.pop(sub, None)  # tear gas with no protest is not a protest
        if "Violent demonstration" in scores and not re.search(data.ROAD_BARRICADES, low):
            violent = scores.pop("Violent demonstration")
            if "Looting/property destruction" not in scores or re.search(data.RIOT_CONTEXT, low):
                # rioting with no demonstration is mob violence; troops who set fire to houses destroy property
                scores["Mob violence"] = max(scores.get("Mob violence", 0), violent)
    elif "Arrests" in scores:
        # arrests at a protest are the police's intervention in it
        scores["Protest with intervention"] = scores.get("Protest with intervention", 0) + scores.pop("Arrests")
    if re.search(data.ACCIDENT, low) and not re.search(data.ARMED_ACTORS, low):
        for sub in ACLED_TYPES["Explosions/Remote violence"] + ACLED_TYPES["Violence against civilians"]:
            scores.pop(sub, None)  # a gas tank that exploded, workers hurt: an accident
    if re.search(data.ACCIDENT, low) and re.search(data.RELIEF, low):
        scores.pop("Change to group/activity", None)  # soldiers sent to help after a flood: relief
    if "Armed clash" in scores and re.search(data.RIOT_CONTEXT, low):
        scores["Armed clash"] -= 4  # rioters, locals or demonstrators clashing are not armed forces
    if "Attack" in scores and not re.search(r"\b(?:kill|shot|shoot|fired?\b|sniper|murder|stab|beat|tortur|attack|"
                                            r"assault|execut|behead|lynch|hack|burn|wound|injur|tu[ée]|abattu|assassin|"
                                            r"poignard|bless|attaqu|exécut|meurtre|tirés?|décapit)", low):
        scores.pop("Attack")  # victims named, no violence done to them
    return scores


def best_sub(scores: dict[str, int]) -> str | None:
    if not scores:
        return None
    order = list(EVENT_TYPE_OF)
    top = max(scores.values())
    if top < 3:
        return None
    for sub in sorted(scores, key=lambda s: (-scores[s], order.index(s) if s in order else 99)):
        return sub
    return None


@dataclass
class Found:
    type: str
    trigger: tuple[int, int]
    sentence: Span
    acled: str | None = None
    token: Token | None = None
    agent: str | None = None
    target: str | None = None
    place: str | None = None
    time: str | None = None
    modality: str = "asserted"
    fatalities: int | None = None
    quantities: list[str] = field(default_factory=list)
    statement: str | None = None
    id: str = ""


class EventFinder:
    """Finds the events of one article."""

    def __init__(self, doc: Doc, lang: str, article_time: str | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.lang = lang
        self.article_time = article_time  # the id of the time "the article's date", when it has one
        self.data = event_data(lang)
        self.places = [p for p in doc._.veille_places or [] if p.lat is not None]
        self.entities = list(doc._.veille_entities or [])
        self.times = [t for t in doc._.veille_times or [] if t.span and t.value]
        self.quantities = list(doc._.veille_quantities or [])
        self.statements = list(doc._.veille_statements or [])
        self.sentences = doc_index(doc)[2]
        self.locatives = language_data(lang).LOCATIVE_PREPOSITIONS
        # the countries whose regions the article names: where its events are, more likely than abroad
        self.home = {p.country for p in self.places if p.feature == "admin1" and p.country}
        # where the spans the events look up lie, so that a look-up reads only those near it
        none = (-1, -1)
        self.direct_quotes = SpanIndex([tuple(s.content.span) if s.kind == "direct" else none
                                        for s in self.statements])
        self.contents = SpanIndex([tuple(s.content.span) for s in self.statements])
        self.cues = SpanIndex([tuple(s.cue.span) if s.cue else none for s in self.statements])
        self.entity_mentions = [(ent.id, s, e) for ent in self.entities for s, e in ent.mentions]
        self.entity_index = SpanIndex([(s, e) for _, s, e in self.entity_mentions])
        self.place_mentions = [(p, s, e) for p in self.places for s, e in p.mentions]
        self.place_starts = SpanIndex([(s, s) for _, s, _ in self.place_mentions])
        self.time_starts = SpanIndex([(t.span[0], t.span[0]) for t in self.times])
        self.quantity_starts = SpanIndex([(q.span[0], q.span[0]) for q in self.quantities])
        self.place_by_id = {}
        for p in self.places:
            self.place_by_id.setdefault(p.id, p)
        self.mentioned_places = sorted((s, p.id) for p in self.places for s, _ in p.mentions)
        self.brackets = {c: [m.start() for m in re.finditer(re.escape(c), self.text)] for c in "()\n"} \
            if "(" in self.text else None

    # -- finding ---------------------------------------------------------------------------------------
    def triggers(self, sent: Span) -> list[tuple[Token, str]]:
        out = []
        for t in sent:
            lemma = t.lemma_.lower()
            if t.pos_ == "VERB" or (t.pos_ == "AUX" and lemma not in ("être", "avoir", "be", "have")):
                for plover, lemmas in self.data.PLOVER_TRIGGERS.items():
                    if lemma in lemmas:
                        out.append((t, plover))
                        break
            elif t.pos_ in ("NOUN", "PROPN") and lemma in self.data.EVENT_NOUNS:
                out.append((t, self.data.EVENT_NOUNS[lemma]))
        return out

    def cue_trigger(self, sent: Span, sub: str, scores: dict[str, int]) -> tuple[int, int] | None:
        """Where the words that typed the sentence are, to serve as its trigger: the cues of ``sub``,
        else those of its kin and of the other types it scored (rioting with no demonstration is scored as
        mob violence)."""
        low = sent.text.lower().replace("’", "'")
        cues = compiled_cues(self.lang)
        kin = [s for s in ACLED_TYPES[EVENT_TYPE_OF[sub]] if s != sub]
        for name in [sub] + kin + sorted(scores, key=lambda s: -scores[s]):
            for pattern, _ in cues.get(name, []):
                m = pattern.search(low)
                if m:
                    return sent.start_char + m.start(), sent.start_char + m.end()
        return None

    def find(self) -> list[Found]:
        found: list[Found] = []
        for sent in self.sentences:
            if not sent.text.strip():
                continue
            scores = acled_scores(sent.text, self.lang)
            sub = best_sub(scores)
            by_type: dict[str, Found] = {}
            for token, plover in self.triggers(sent):
                if plover in by_type or self.in_quote_title(token) or self.quoted(token.idx) or self.scare_quoted(token):
                    continue
                if self.is_cue(token) and plover not in VERBAL:
                    continue  # "a lancé" said something; "a accusé", "a appelé à" are events of words
                if token.pos_ == "VERB" and any(c.dep_ in ("expl:comp", "expl:pv") or c.lower_ in ("s'", "se", "nous")
                                                and c.dep_.startswith("expl") for c in token.children) \
                        and plover == "ASSAULT":
                    continue  # "s'attaquer à un problème": to tackle it
                by_type[plover] = Found(plover, (token.idx, token.idx + len(token)), sent, token=token)
                # each event takes the best ACLED type of its own kind ("déployés" and "offensive")
                by_type[plover].acled = best_sub({k: v for k, v in scores.items() if PLOVER_OF[k] == plover})
            if sub is not None and EVENT_TYPE_OF[sub] in ("Protests", "Riots"):
                # "des affrontements entre la police et des manifestants": the protest, not a battle
                assault = by_type.get("ASSAULT")
                if assault is not None and scores.get(assault.acled or "", 0) < scores[sub]:
                    del by_type["ASSAULT"]
            if sub is not None:
                plover = PLOVER_OF[sub]
                if plover not in by_type:
                    span = self.cue_trigger(sent, sub, scores)
                    cue_token = token_covering(self.doc, span[0]) if span is not None else None
                    if cue_token is not None and (self.quoted(span[0]) or self.scare_quoted(cue_token)):
                        span = None
                    if span is not None:
                        token = token_covering(self.doc, span[0])
                        by_type[plover] = Found(plover, span, sent, acled=sub, token=token)
            found.extend(sorted(by_type.values(), key=lambda f: f.trigger[0]))
        return found

    def quoted(self, char: int) -> bool:
        """Words inside a direct quotation are what someone said, not what happened."""
        return self.direct_quotes.covers(char)

    def scare_quoted(self, token: Token) -> bool:
        """ "continuer « le combat »": a word in quotation marks is a figure of speech."""
        before = self.text[max(0, token.idx - 12):token.idx]
        return bool(re.search(r"[\"«“]\s*(?:le |la |les |l'|un |une |des )?$", before))

    def is_cue(self, token: Token) -> bool:
        """The verb of saying itself ("a lancé", "a affirmé") is not an event."""
        return self.cues.covers(token.idx)

    def in_quote_title(self, token: Token) -> bool:
        return token.is_title and token.i > sentence_of(token).start and token.pos_ == "PROPN"

    # -- roles, place, time, modality ------------------------------------------------------------------
    def entity_over(self, span: Span) -> str | None:
        """The first entity, in the article's order, with a mention over ``span``."""
        over = self.entity_index.overlapping(span.start_char, span.end_char)
        return self.entity_mentions[over[0]][0] if over else None

    def roles(self, f: Found) -> None:
        token = f.token
        if token is None:
            return
        for c in token.children:
            sub = self.doc[c.left_edge.i:c.right_edge.i + 1]
            if c.dep_ in ("nsubj", "agent", "obl:agent") and f.agent is None:
                f.agent = self.entity_over(sub)
            elif c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass", "iobj") and f.target is None:
                f.target = self.entity_over(sub)
            elif c.dep_ == "obl:mod" and c.lower_ in ("par", "by") and f.agent is None:
                f.agent = self.entity_over(sub)
        if f.agent is None and token.pos_ == "NOUN":
            for c in token.children:
                if c.dep_ in ("nmod", "amod", "poss"):
                    f.agent = self.entity_over(self.doc[c.left_edge.i:c.right_edge.i + 1])
                    if f.agent:
                        break

    def place_of(self, sentences: list[Span], trigger: int, token: Token | None = None) -> str | None:
        """The most precise resolved place the trigger's own phrase gives ("déployés en Irak"), else the
        most precise of the sentences, the nearest to the trigger among equals."""
        if token is not None:
            # the trigger's own phrases, not the clauses hanging on it ("tandis que ... sur Mossoul")
            phrases = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in token.children
                       if c.dep_ not in CLAUSE_DEPS]
            if phrases:
                own = self.best_place(lambda s: any(a <= s < b for a, b in phrases), trigger,
                                      (min(a for a, _ in phrases), max(b for _, b in phrases)))
                if own is not None:
                    return own
        if not sentences:
            return None
        ends = [self.sentence_end(x) for x in sentences]
        return self.best_place(lambda s: any(x.start_char <= s < end for x, end in zip(sentences, ends)),
                               trigger, (min(x.start_char for x in sentences), max(ends)))

    def sentence_end(self, sent: Span) -> int:
        """Where a sentence ends, with the parentheses the splitter cut off after it: "on Hays (coded
        to district level) (Al Hudaydah)." """
        m = re.match(r"\s*\([^()\n]{1,80}\)", self.text[sent.end_char:sent.end_char + 90])
        return sent.end_char + m.end() if m else sent.end_char

    def best_place(self, inside, trigger: int, within: tuple[int, int]) -> str | None:
        """The id of the best ranked place (``place_key``) among the mentions that start ``inside``, which
        lies ``within`` these characters."""
        best = None
        for i in self.place_starts.starting_within(within[0], within[1] - 1):
            p, s, e = self.place_mentions[i]
            if inside(s):
                key = self.place_key(p, s, e, trigger)
                if best is None or key < best[0]:
                    best = (key, p.id)
        return best[1] if best else None

    def place_outside_clauses(self, f: Found) -> str | None:
        """The most precise place of the sentence, leaving out the clauses that hang on the trigger
        ("déployés en Irak tandis que ... une offensive sur Mossoul": Mossoul is the other clause's)."""
        token = f.token
        clauses = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in (token.children if token else [])
                   if c.dep_ in CLAUSE_DEPS and c.dep_ not in ("punct", "cc")]
        end = self.sentence_end(f.sentence)
        return self.best_place(lambda s: f.sentence.start_char <= s < end and not any(
            a <= s < b for a, b in clauses), f.trigger[0], (f.sentence.start_char, end))

    def place_key(self, place, start: int, end: int, trigger: int) -> tuple:
        """How a mention ranks as the event's place (the lowest first): the most precise, in a country
        whose regions the article names, followed by its containers ("in Dunedin (Otago)"), outside
        parentheses, not a modifier of another noun ("Satun residents", "the Orange Democratic
        Movement"), after a locative preposition ("in Bangkok"), the nearest to the trigger."""
        foreign = bool(self.home) and place.country not in self.home
        contained = bool(CONTAINERS_AFTER.match(self.text, end, end + 6))
        return (PRECISION.get(place.feature or "", 3), foreign, not contained, self.in_parentheses(start),
                self.is_modifier(start, end), not self.after_locative(start), abs(start - trigger))

    def is_modifier(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        return root.dep_ in ("compound", "amod", "poss", "nmod:poss") and not (span.start <= root.head.i < span.end) \
            and root.head.pos_ in ("NOUN", "PROPN") and root.head.i > root.i

    def after_locative(self, start: int) -> bool:
        words = self.text[max(0, start - 12):start].split()
        return bool(words) and words[-1].lower() in self.locatives

    def in_parentheses(self, start: int) -> bool:
        """Whether a mention is inside parentheses, where a place's containers go ("X (Y, Z)")."""
        if self.brackets is None:
            return False  # no parenthesis in the text
        newlines, opening, closing = self.brackets["\n"], self.brackets["("], self.brackets[")"]
        line = bisect_left(newlines, start)
        line_start = newlines[line - 1] + 1 if line else 0

        def count(positions: list[int]) -> int:
            return bisect_left(positions, start) - bisect_left(positions, line_start)

        return count(opening) > count(closing)

    def precision(self, place_id: str) -> int:
        place = self.place_by_id.get(place_id)
        return PRECISION.get((place.feature if place else None) or "", 3)

    def last_place(self, f: Found) -> str | None:
        """No place in its sentence: the place the article last named, else the one it names most."""
        before = bisect_left(self.mentioned_places, (f.sentence.start_char,))
        if before:
            return self.mentioned_places[before - 1][1]
        counts = sorted(((len(p.mentions), -p.mentions[0][0], p.id) for p in self.places), reverse=True)
        return counts[0][2] if counts else None

    def time_of(self, sentences: list[Span], trigger: int, token: Token | None = None) -> str | None:
        """The sentence's date nearest the trigger (a day over a month over a vaguer one), leaving out
        dates that are not the event's: those of a relative clause ("the war, which began on 24
        February"), of a noun ("this year's budget"), bounds ("until 26 March"), and a time of day on the
        article's own day (the event is dated by the day)."""
        best = None
        published = self.doc._.veille_published
        if not sentences:
            return None
        for i in self.time_starts.starting_within(min(x.start_char for x in sentences),
                                                  max(x.end_char for x in sentences) - 1):
            t = self.times[i]
            s = t.span[0]
            if t.type not in ("DATE", "TIME") or t.value.endswith("_REF"):
                continue
            if not any(sent.start_char <= s < sent.end_char for sent in sentences):
                continue
            if t.type == "TIME" and (not t.value[:4].isdigit() or t.value[:10] == published):
                continue
            if re.search(self.data.TIME_BOUNDS, (self.text[max(0, s - 12):s] + " ").lower()) or re.match(
                    self.data.TIME_BOUNDS_INSIDE, (t.text or "").lower()) or (
                    token is not None and not self.dates_the(token, t.span)):
                continue
            # a date over a time of day, a date the text gives whole over one read relative to another,
            # a day over a month, then the nearest
            key = (t.type != "DATE", t.anchor not in (None, "published"),
                   -min(len(t.value), 10), abs(s - trigger))
            if best is None or key < best[0]:
                best = (key, t.id)
        return best[1] if best else None

    def dates_the(self, trigger: Token, span: list[int]) -> bool:
        """Whether a time phrase can date the trigger's event: not inside a relative clause or a noun
        phrase that leaves the trigger out."""
        words = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if words is None:
            return True
        head = words.root
        for t in head.ancestors:
            # the first word it hangs on, past prepositions: a noun other than the trigger ("the killings
            # of 2014", "this year's budget") has the date
            if t == trigger:
                return True
            if t.pos_ == "ADP":
                continue
            if t.pos_ in ("NOUN", "PROPN"):
                return False
            break
        for t in [head, *head.ancestors]:
            if t == trigger:
                return True
            if t.dep_ in ("relcl", "acl", "acl:relcl"):
                return trigger in t.subtree
        return True

    def modality(self, f: Found) -> str:
        token = f.token
        data = self.data
        if token is None:
            return "asserted"
        chain = [token] + list(token.ancestors)[:3]
        verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), token)
        children = [c for t in chain[:2] for c in t.children]
        if any(c.lower_ in data.NEGATIONS for c in children) or any(t.lemma_.lower() in data.DENIALS for t in chain[1:]):
            return "negated"
        if any(c.lower_ in data.HYPOTHETICAL and c.dep_ == "mark" for c in children):
            return "hypothetical"
        moods = set(verb.morph.get("Mood"))
        if any(t.lemma_.lower() in data.POSSIBILITY or t.lower_ in data.POSSIBILITY for t in [*chain, *children]) \
                or "Cnd" in moods:
            return "possible"
        if token.pos_ == "NOUN" and any(c.lower_ in data.BEFORE for c in token.children):
            return "planned"  # "avant l'assaut": it has not happened yet
        if any(t.lemma_.lower() in data.PLANNING for t in chain[1:]) or "Fut" in verb.morph.get("Tense") \
                or any(c.lemma_.lower() in data.FUTURE_AUXILIARIES or c.lower_ in data.FUTURE_AUXILIARIES
                       for c in verb.children if c.dep_.startswith("aux")):
            return "planned"
        return "asserted"

    # -- fatalities -------------------------------------------------------------------------------------
    def fatalities(self, sentences: list[Span]) -> int:
        """The dead of these sentences, counted the ACLED way: distinct figures summed, "dozens" is 12."""
        seen, total = set(), 0
        near = self.quantity_starts.starting_within(
            min(x.start_char for x in sentences), max(x.end_char for x in sentences) - 1) if sentences else []
        for q in (self.quantities[i] for i in near):
            if (q.counted is None or q.counted.category != "killed") and not self.counts_the_dead(q):
                continue
            if not any(sent.start_char <= q.span[0] < sent.end_char for sent in sentences):
                continue
            if q.approx == "vague":
                base = q.low // 2 if q.low else 0
                n = VAGUE_FATALITIES.get(base, base)
            else:
                n = q.value if q.value is not None else (q.low if q.low is not None else q.high)
            if n is None or n in seen:
                continue
            seen.add(n)
            total += int(n)
        if total == 0:
            for sent in sentences:
                if self.one_dead(sent):
                    return 1
        return total

    def counts_the_dead(self, q: dict) -> bool:
        """ "killing two", "tuant trois": a number governed by a verb of killing."""
        token = token_covering(self.doc, q.span[1] - 1)
        if token is None:
            return False
        head = token.head
        return head.lemma_.lower() in self.data.KILL_VERBS and token.dep_ in ("obj", "dobj", "nsubj", "nsubj:pass",
                                                                               "nsubjpass", "nummod")

    def one_dead(self, sent: Span) -> bool:
        """ "killed a civilian", "a man was shot dead": one death with no number."""
        for t in sent:
            if t.lemma_.lower() not in self.data.KILL_VERBS:
                continue
            if any(c.lower_ in self.data.NEGATIONS for c in t.children):
                continue
            for c in t.children:
                if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and re.match(self.data.SINGULAR_VICTIM,
                                                                                     c.left_edge.lower_):
                    return True
        return False

    def headline(self) -> int:
        """Where the body starts: after a first paragraph of one sentence (the headline), else 0."""
        m = re.search(r"\n\s*\n", self.text[:400])
        return m.end() if m and m.end() < len(self.text) else 0

    def merged(self, found: list[Found]) -> list[Found]:
        """An event named again ("l'offensive" after "une offensive sur Mossoul") is the same event."""
        out: list[Found] = []
        sentences_of: dict[tuple, set[tuple[int, int]]] = {}  # (type, ACLED type, lemma) -> where kept
        for f in found:
            key = (f.type, f.acled, f.token.lemma_.lower() if f.token is not None else "")
            where = sentences_of.get(key, set())
            if where - {(f.sentence.start, f.sentence.end)}:
                continue  # named in another sentence already
            out.append(f)
            if f.token is not None:
                sentences_of.setdefault(key, set()).add((f.sentence.start, f.sentence.end))
        return out

    def article_reading(self, lead: Span) -> tuple[str | None, int]:
        """The article's ACLED sub-event type and its weight: the lead weighs double, the whole text once,
        so that its context reads as one ("people demonstrated ... One person was arrested": the police
        intervened in a protest)."""
        scores = acled_scores(lead.text, self.lang, 2)
        acled_scores(self.text, self.lang, 1, scores)
        sub = best_sub(scores)
        return sub, scores.get(sub, 0) if sub else 0

    # -- all --------------------------------------------------------------------------------------------
    def records(self) -> list[Event]:
        found = self.merged(self.find())
        if not found:
            return []
        headline = self.headline()
        # the headline announces what the body tells: its events of a kind the body has are the body's
        body_types = {(f.type, f.acled) for f in found if f.sentence.start_char >= headline}
        found = [f for f in found if f.sentence.start_char >= headline or (f.type, f.acled) not in body_types
                 and f.type not in {t for t, _ in body_types}]
        if not found:
            return []
        for f in found:
            f.modality = self.modality(f)
        body = [f for f in found if f.sentence.start_char >= headline] or found
        lead = [f for f in body if f.sentence == body[0].sentence]
        # the lead's event that ACLED codes, else the first asserted one
        primary = next((f for f in lead if f.acled and f.modality == "asserted"), None) or next(
            (f for f in body if f.modality == "asserted"), body[0])
        lead_sentence = next((x for x in self.sentences if x.start_char >= headline and x.text.strip()),
                             self.sentences[0])
        lead_has_event = any(f.sentence == lead_sentence for f in found)
        if primary.acled is not None or not lead_has_event:
            article_sub, _ = self.article_reading(primary.sentence if lead_has_event else lead_sentence)
            if article_sub is not None:
                if not lead_has_event:  # a lead with no trigger: the article's first event of that kind
                    primary = next((f for f in found if f.type == PLOVER_OF[article_sub]), primary)
                if PLOVER_OF[article_sub] == primary.type:
                    primary.acled = article_sub
        else:
            # the lead's event is one ACLED does not code ("forces deploy on the highway"); when the lead
            # and the text read strongly as an ACLED event that the next sentence tells ("... seized
            # control of the town"), that event is what the article is about
            article_sub, weight = self.article_reading(lead_sentence)
            if article_sub is not None and weight >= STRONG_ARTICLE_SCORE:
                near = [x for x in self.sentences if x.start_char >= headline and x.text.strip()][:2]
                other = next((f for f in body if f.type == PLOVER_OF[article_sub] and f.sentence in near
                              and f.modality == "asserted"), None)
                if other is not None:
                    primary = other
                    primary.acled = article_sub
        out = []
        for i, f in enumerate(found):
            f.id = f"v{i + 1}"
            sentences = self.sentences if f is primary and f.acled else [f.sentence]
            self.roles(f)
            own = self.place_of([f.sentence], f.trigger[0], f.token)
            if f is primary and f.acled and own is not None:
                # the primary event ACLED codes: the most precise place its sentence gives
                whole = self.place_outside_clauses(f)
                if whole is not None and self.precision(whole) < self.precision(own):
                    own = whole
            f.place = own or (
                self.place_of(self.sentences[:3], f.trigger[0]) if f is primary else None) or self.last_place(f)
            f.time = self.time_of([f.sentence], f.trigger[0], f.token) or (
                self.time_of(self.sentences[:1], f.trigger[0], f.token) if f is primary else None) or self.article_time
            etype = EVENT_TYPE_OF.get(f.acled or "")
            f.fatalities = self.fatalities(sentences) if etype in VIOLENT or f.type == "ASSAULT" else None
            f.quantities = [self.quantities[i].id for i in self.quantity_starts.starting_within(
                f.sentence.start_char, f.sentence.end_char - 1)]
            saying = self.contents.overlapping(f.trigger[0], f.trigger[0] + 1)
            f.statement = self.statements[saying[0]].id if saying else None
            out.append(Event(
                id=f.id, type=f.type,
                acled=AcledType(event_type=etype, sub_event_type=f.acled) if f.acled else None,
                trigger=TextSpan(list(f.trigger), self.text[f.trigger[0]:f.trigger[1]]),
                agent=f.agent, target=f.target, place=f.place, time=f.time,
                modality=f.modality, fatalities=f.fatalities, quantities=f.quantities,
                statement=f.statement, sentence=[f.sentence.start_char, f.sentence.end_char],
                primary=f is primary,
            ))
        return out


class EventRecognizer:
    """Pipeline component: ``doc._.veille_events``. An event that only its article dates points to the
    time ``article_time_id``, which the linking step (``links.py``) then adds."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        article_time = article_time_id(doc)
        doc._.veille_events = EventFinder(doc, self.lang, article_time).records()
        return doc


@Language.factory("veille_events", assigns=["doc._.veille_events"],
                  requires=["doc._.veille_places", "doc._.veille_times", "doc._.veille_quantities",
                            "doc._.veille_statements"])
def make_event_recognizer(nlp: Language, name: str) -> EventRecognizer:
    return EventRecognizer(nlp, name)

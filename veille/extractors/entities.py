"""Entities: spaCy's NER, repaired, grouped into one entity per referent, with roles.

Repairs that matter for news: all-caps headlines (read as MISC by the French model) are dropped and
re-found from the body's names; demonyms read as places ("les Irakiens" LOC) become NORP; a name the
model found once is found again wherever it recurs. Short forms join their full form: a surname its
person ("Dorrian" -> "John Dorrian"), an acronym its organisation ("EI" -> "Etat islamique").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..geo.gazetteer import shared_gazetteer
from ..geo.names import name_key
from ..nlp.lang import language_data
from ..records import Entity
from .actors import actor_table
from .docs import TakenSpans, doc_text

if not Doc.has_extension("veille_entities"):
    Doc.set_extension("veille_entities", default=None)
    Doc.set_extension("veille_mentions", default=None)
    Doc.set_extension("veille_weak", default=None)
    Doc.set_extension("veille_facilities", default=None)

# a place named inside an organisation's name ("Air Canada", "the Texas Rangers") counts when it is
# this prominent: a country, a first-level region, a sea or a city of 100,000 people
EMBEDDED_FEATURES = {"country", "admin1", "continent", "region", "sea"}
EMBEDDED_MIN_POPULATION = 100_000
# abbreviated civilities that open a person's mention in French and English news
# entity types that may name an actor of the table (not PER, nor NORP: "les Irakiens" is a people)
ACTOR_TYPES = {"ORG", "GPE", "LOC", "MISC"}
CIVILITY_ABBREVIATIONS = {"m.", "mm.", "mme.", "mmes.", "mlle.", "mr.", "mrs.", "ms.", "dr."}


@dataclass
class Mention:
    start: int  # character offsets
    end: int
    type: str
    text: str
    roles: list[str] = field(default_factory=list)
    weak: bool = False  # a place candidate that only the gazetteer can confirm
    facility: bool = False  # a building, street or site ("Barclays Center"): local by nature


def _prominent_place(name: str, gazetteer) -> bool:
    """A country, a first-level region, a sea or a large city; an acronym only as veille's curated
    aliases or a country's code read it ("US", "UAE"; not the union "SUD" for Haiti's Sud)."""
    acronym = name.isupper() and len(_letters(name)) <= 4
    return any((c.main == 2 or c.feature == "country") if acronym else (
        c.feature in EMBEDDED_FEATURES or (c.feature == "city" and c.population >= EMBEDDED_MIN_POPULATION and c.main))
        for c in gazetteer.lookup(name))


def _letters(s: str) -> str:
    return "".join(c for c in s if c.isalpha())


def _is_shouting(text: str) -> bool:
    letters = _letters(text)
    return len(letters) >= 2 and letters.isupper()


def _demonym(span: Span, data, gazetteer) -> bool:
    text = span.text
    if len(span) != 1 or not text[:1].isupper() or not data.DEMONYM_SUFFIXES:
        return False
    if not text.lower().endswith(tuple(data.DEMONYM_SUFFIXES)):
        return False
    return not gazetteer.lookup(text)


def _title_before(doc: Doc, start: int, data) -> str | None:
    """Titles just before a name: 'le colonel', 'Le général américain', 'President'."""
    i = start - 1
    first_head = None
    while i >= 0 and start - i <= 5:
        tok = doc[i]
        low = tok.lower_
        if low in data.ROLE_HEADS:
            first_head = i
        elif low in data.TITLE_MODIFIERS or (tok.pos_ == "ADJ" and tok.text[:1].islower()):
            pass
        elif low in data.CIVILITIES:
            break
        else:
            break
        i -= 1
    if first_head is None:
        return None
    # the title starts at the first role word; modifiers before it ("nouveau") stay out
    return doc[first_head:start].text


_STOP_APPOSITION = {",", ";", ":", ".", "(", ")", "«", "»", '"', "—", "–"}


def _apposition_after(doc: Doc, end: int, data) -> str | None:
    """A function in apposition: 'Joe Votel, chef du commandement ... ,'."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    j = i
    while j < len(doc) and j - i < 3 and doc[j].lower_ in data.TITLE_MODIFIERS and \
            doc[j].lower_ not in data.ROLE_HEADS:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in data.ROLE_HEADS:
        return None
    k = j
    while k < len(doc) and k - i < 15 and doc[k].text not in _STOP_APPOSITION and doc[k].pos_ not in (
            "VERB", "AUX") and not doc[k].is_sent_start:
        k += 1
    if k - i > 14:
        return None
    return doc[i:k].text


def _bad_for_shouting(c: str) -> bool:
    """A letter that no all-caps text holds: a lower-case or title-case one."""
    return c.isalpha() and (c.islower() or (c.istitle() and not c.isupper()))


class _WordIndex:
    """The words of a text by their spelling, so that the occurrences of a name are looked for where
    its first word stands rather than by a scan of the whole text for each name."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.exact: dict[str, list[int]] = {}
        self.caps_by_length: dict[int, list[int]] = {}
        bad = {c for c in set(text) if _bad_for_shouting(c)}
        for m in re.finditer(r"\w+", text):
            word = m.group()
            self.exact.setdefault(word, []).append(m.start())
            if not bad.intersection(word):
                self.caps_by_length.setdefault(len(word), []).append(m.start())

    def occurrences(self, name: str, pattern: re.Pattern, shouting: bool):
        """What ``pattern.finditer(text)`` yields for ``pattern`` = ``name`` between word boundaries,
        ignoring case, restricted to the hits spelled ``name`` or, with ``shouting``, written in all caps
        (callers drop the other hits)."""
        first = re.match(r"\w+", name)
        if first is None or _may_overlap(name) or set(name) & _IOTA:
            yield from pattern.finditer(self.text)  # the general case, a scan of the whole text
            return
        # a hit starts a word of the text; its first word is spelled as the name's, or is in all caps
        starts = set(self.exact.get(first.group(), ()))
        if shouting:
            starts.update(self.caps_by_length.get(len(first.group()), ()))
        for start in sorted(starts):
            hit = pattern.match(self.text, start)
            if hit is not None:
                yield hit


# Greek iota and the signs that match it ignoring case, one of which is not a word character
_IOTA = {"\u0345", "\u0399", "\u03b9", "\u1fbe"}


def _may_overlap(name: str) -> bool:
    """Whether two occurrences of ``name`` (between word boundaries, ignoring case) may overlap, as
    "a-a" in "a-a-a": where a second one may start after a non-word character of the first and the
    name's end matches its beginning. Hits that cannot overlap are all found wherever they are looked for."""
    core = re.compile(re.escape(name), re.IGNORECASE)
    return any(not re.match(r"\w", name[k - 1]) and core.fullmatch(name[:k] + name[:len(name) - k])
               for k in range(1, len(name)))


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-']+", name) if w and w[0].isupper())


class EntityRecognizer:
    """Pipeline component ``veille_entities``: sets ``doc._.veille_entities`` (list of Entity)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lang = nlp.lang
        self.data = language_data(nlp.lang)
        self.regions = {name_key(r) for r in self.data.REGIONS}
        # the rest of a place's name after it: " ez Zor", " City", " of Spain"
        self.name_rest = re.compile(rf" (?:(?:{'|'.join(sorted(self.data.NAME_JOINERS))}) )?[A-Z][\w'’-]+")
        self.place_of = re.compile(self.data.PLACE_OF)

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = shared_gazetteer()
        mentions = self._mentions(doc, gazetteer)
        mentions = self._titled_people(doc, mentions)
        mentions = self._propagate(doc, mentions)
        mentions = self._missed_places(doc, mentions, gazetteer)
        mentions = self._joined_places(doc, mentions, gazetteer)
        mentions = self._places_read_as_people(doc, mentions, gazetteer, self.data)
        doc._.veille_mentions = mentions
        doc._.veille_entities, doc._.veille_weak = self._group(doc, mentions)
        facilities = {(m.start, m.end) for m in mentions if m.facility}
        doc._.veille_facilities = {e.id for e in doc._.veille_entities
                                   if any(tuple(m) in facilities for m in e.mentions)}
        return doc

    def _pieces(self, doc: Doc) -> list[tuple[Span, bool]]:
        """The model's entities, split where it ran a place into its containers or its town
        ("Cochabamba (Cochabamba", "Gomez Palacio, Durango", "City Hall in Malmo"): each piece after
        the first is a place the gazetteer must confirm (flag True)."""
        out = []
        for ent in doc.ents:
            if ent.label_ not in self.data.SPLIT_LABELS:
                out.append((ent, False))
                continue
            start, first = ent.start, True
            split_in = self.data.SPLIT_LABELS[ent.label_]
            for i in range(ent.start, ent.end + 1):
                at_break = i < ent.end and (doc[i].text in ("(", ")", ",", ";") or (
                    split_in and doc[i].lower_ in self.data.CONTAINER_WORDS and i + 1 < ent.end and doc[i + 1].is_title))
                if i == ent.end or at_break:
                    piece = Span(doc, start, i, label=ent.label_)
                    if len(piece) and (first or (piece.text[:1].isupper() and not piece.text.isupper())):
                        out.append((piece, not first))
                    if len(piece):
                        first = False
                    start = i + 1
        return out

    def _mentions(self, doc: Doc, gazetteer) -> list[Mention]:
        out: list[Mention] = []
        for ent, contained in self._pieces(doc):
            etype = "GPE" if contained else self.data.LABELS.get(ent.label_)
            if etype is None:
                continue
            text = ent.text
            # an all-caps headline misleads the model: drop what it read there and re-find names later;
            # a dateline ("BEIRUT (Reuters) -") names a known place
            if _is_shouting(text) and (len(ent) > 1 or etype == "MISC" or len(_letters(text)) > 6):
                if _prominent_place(text, gazetteer):
                    out.append(Mention(ent.start_char, ent.end_char, "GPE", text))
                continue
            # trim leading determiners/punctuation the model sometimes includes
            while len(ent) > 1 and (ent[0].is_punct or ent[0].pos_ == "DET"):
                ent = ent[1:]
            while len(ent) > 1 and ((ent[-1].is_punct and ent[-1].text != ".") or ent[-1].lower_ in ("'s", "’s")):
                ent = ent[:-1]
            text = ent.text
            if not _letters(text) or not any(c.isupper() for c in text):
                continue  # a name has a capital; "central" or "metro" alone is not one
            if etype in ("ORG", "MISC") and ent.root.lower_ in self.data.ROLE_HEADS:
                continue  # "ministre de la Défense", "Premier ministre britannique": a title, not a name
            if etype == "LOC" and _demonym(ent, self.data, gazetteer):
                etype = "NORP"
            if etype in ("MISC", "ORG") and name_key(text) in self.regions:
                etype = "LOC"
            if etype in ("ORG", "MISC", "NORP") and _prominent_place(text, gazetteer) and len(ent) <= 3:
                etype = "LOC"  # "the United States" read as an organisation
            if etype in ("ORG", "PER", "MISC") and len(ent) <= 3 and self._placed(doc, ent, out, gazetteer):
                etype = "GPE"  # "demonstrated in Neustrelitz", "Zmiivka village, Kherson"
            elif etype in ("ORG", "MISC"):
                out.extend(self._embedded_places(ent, gazetteer))
            if etype in ("LOC", "GPE") and ent.end < len(doc) and doc[ent.end].like_num:
                etype = "ORG"  # "France 2", "Europe 1": a channel or station, not the place
            # a place the model found among common nouns only ("l'Etat") needs the gazetteer's word
            weak = contained or not any(t.pos_ == "PROPN" for t in ent)
            start = ent.start_char
            if etype == "PER" and ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") + "." in CIVILITY_ABBREVIATIONS:
                start = doc[ent.start - 1].idx  # "M. Hagenbeck": the civility belongs to the mention
            m = Mention(start, ent.end_char, etype, text if start == ent.start_char else doc_text(doc)[start:ent.end_char],
                        weak=weak, facility=ent.label_ == "FAC" and not contained)
            if etype == "PER":
                title = _title_before(doc, ent.start, self.data)
                if title:
                    m.roles.append(title)
                app = _apposition_after(doc, ent.end, self.data)
                if app:
                    m.roles.append(app)
            out.append(m)
        return out

    def _joined_places(self, doc: Doc, mentions: list[Mention], gazetteer) -> list[Mention]:
        """ "Baja" + "California", "Port" + "Spain" read apart, "Deir" without "ez Zor": one place when
        the gazetteer knows them together ("Port of Spain", "Deir ez Zor")."""
        joiners = self.data.NAME_JOINERS
        text = doc_text(doc)
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            gap = text[prev.end:m.start] if prev is not None else ""
            # "Port" + "of" + "Spain": the small words a name may hold ("de", "of") may join them too
            if prev is not None and prev.type in ("GPE", "LOC") and m.type in ("GPE", "LOC") \
                    and (gap == " " or (gap.startswith(" ") and gap.endswith(" ") and gap.strip() in joiners)):
                joined = text[prev.start:m.end]
                if any(c.main for c in gazetteer.lookup(joined)):
                    out[-1] = Mention(prev.start, m.end, "GPE", joined)
                    continue
            out.append(m)
        # "Deir" + "ez Zor", "MEXICO" + "CITY": the rest of a name the model left out, when the gazetteer
        # knows it whole
        starts = {m.start for m in out}
        for i, m in enumerate(out):
            rest = self.name_rest.match(text[m.end:m.end + 40])
            if m.type in ("GPE", "LOC") and rest and not any(m.end < s < m.end + rest.end() for s in starts):
                joined = text[m.start:m.end + rest.end()]
                if any(c.main for c in gazetteer.lookup(joined)):
                    out[i] = Mention(m.start, m.end + rest.end(), m.type, joined, weak=m.weak)
        return out

    @staticmethod
    def _places_read_as_people(doc: Doc, mentions: list[Mention], gazetteer, data) -> list[Mention]:
        """A one-word "person" that is no one's name in the article and that the gazetteer knows as a
        country, a region or a large city ("Russian forces continued shelling Kharkiv"): a place; not
        where it qualifies a noun ("fired Grad missiles")."""
        words = {w for m in mentions if m.type == "PER" and " " in m.text for w in m.text.split()}
        for m in mentions:
            if not data.PEOPLE_MAY_BE_PLACES or m.type != "PER" or " " in m.text or m.text in words or m.roles:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or (span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN") or not _prominent_place(m.text, gazetteer):
                continue
            m.type, m.weak = "GPE", True
        return mentions

    def _after_place_noun(self, text: str, start: int) -> bool:
        """Whether the name at ``start`` follows "the hospital of", "the outskirts of", "la banlieue de"."""
        return bool(self.place_of.search(text[max(0, start - 30):start].lower()))

    def _placed(self, doc: Doc, ent: Span, before: list[Mention], gazetteer) -> bool:
        """A name the model typed as a person or an organisation that stands where a place does: after
        "in", or after a place and a comma; and the gazetteer knows it as a town or a region."""
        previous = doc[ent.start - 1] if ent.start > 0 else None
        following = doc[ent.end] if ent.end < len(doc) else None
        known = [c for c in gazetteer.lookup(ent.text) if c.main]
        # "Kochubeivka, Kherson", "Oursi (Oursi, Oudalan)": a name followed by the region it lies in
        if following is not None and following.text in (",", "(") and ent.end + 1 < len(doc):
            nxt = doc[ent.end + 1]
            region = [c for c in gazetteer.lookup(nxt.text) if c.main and c.feature in ("admin1", "country")]
            if region and nxt.is_title:
                return True
        if previous is None or not known:
            return False
        if previous.lower_ in self.data.LOCATIVE_PREPOSITIONS or self._after_place_noun(doc_text(doc), ent.start_char):
            return any(c.feature in ("city", "admin1", "admin2", "country") for c in known)
        # "..., Kherson." or "(Kabambare, Maniema)": a region in a list of places
        if previous.text in (",", "(") and (following is None or following.text in (",", ")", ".", ";", "[")):
            return any(c.feature in ("admin1", "admin2", "country") or (c.feature == "city" and c.population >= 10_000)
                       for c in known)
        return False

    def _titled_people(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Names the model missed after a title: "Le Premier ministre Boris Johnson"."""
        taken = [(m.start, m.end) for m in mentions]
        out = list(mentions)
        i = 0
        while i < len(doc):
            tok = doc[i]
            if tok.lower_ not in self.data.ROLE_HEADS and tok.lower_ not in self.data.CIVILITIES:
                i += 1
                continue
            j = i + 1
            while j < len(doc) and j - i <= 3 and doc[j].text[:1].islower() and doc[j].pos_ == "ADJ":
                j += 1  # "ministre britannique"
            k = j
            while k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN" and doc[k].lower_ not in self.data.ROLE_HEADS:
                k += 1
            if k - j >= 2 or (k - j == 1 and tok.lower_ in self.data.CIVILITIES):
                start, end = doc[j].idx, doc[k - 1].idx + len(doc[k - 1])
                if not any(s < end and start < e for s, e in taken):
                    m = Mention(start, end, "PER", doc_text(doc)[start:end])
                    title = _title_before(doc, j, self.data)
                    if title:
                        m.roles.append(title)
                    out.append(m)
                    taken.append((start, end))
                i = k
            else:
                i += 1
        return sorted(out, key=lambda m: m.start)

    @staticmethod
    def _embedded_places(ent: Span, gazetteer) -> list[Mention]:
        found: list[Mention] = []
        i = 0
        while i < len(ent):
            for n in (3, 2, 1):
                sub = ent[i:i + n]
                if len(sub) < n or not all(t.text[:1].isupper() for t in sub) or sub[0].pos_ != "PROPN":
                    continue
                if _prominent_place(sub.text, gazetteer):
                    found.append(Mention(sub.start_char, sub.end_char, "GPE", sub.text, weak=True))
                    i += n - 1
                    break
            i += 1
        return found

    def _missed_places(self, doc: Doc, mentions: list[Mention], gazetteer) -> list[Mention]:
        """Proper nouns the model left out that the gazetteer knows well enough: a country or
        first-level region anywhere, a town in a country the article's other places are in."""
        text = doc_text(doc)
        taken = sorted((m.start, m.end) for m in mentions)
        countries = set()
        for m in mentions:
            if m.type in ("LOC", "GPE"):
                for c in gazetteer.lookup(m.text):
                    if c.feature in ("country", "admin1") and c.main:
                        countries.add(c.country)
        added = []
        i = 0
        while i < len(doc):
            tok = doc[i]
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ or tok.is_sent_start:
                i += 1
                continue
            j = i
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and not doc[j].ent_type_:
                j += 1
            span = doc[i:j]
            # part of a name joined by lower-case words ("Pul" or "Khumri" of "Pul-i-Khumri")
            partial = bool(re.match(r"(?:-[a-z]+)+-[A-Z]", text[span.end_char:span.end_char + 40])
                           or re.search(r"[A-Z]\w*(?:-[a-z]+)+-$", text[max(0, span.start_char - 40):span.start_char])) \
                or (j < len(doc) and doc[j].like_num)  # a numbered site: "Mine 6/7"
            if not partial and not any(s < span.end_char and span.start_char < e for s, e in taken) \
                    and len(span.text) > 2:
                cands = [c for c in gazetteer.lookup(span.text) if c.main]
                # after "in", "near", "à": any town of that name will do ("protested in Denain")
                locative = i > 0 and doc[i - 1].lower_ in self.data.LOCATIVE_PREPOSITIONS \
                    or self._after_place_noun(text, span.start_char)
                if any(c.feature in ("country", "admin1") or (c.feature in ("city", "admin2") and (
                        c.population >= 200_000 or (c.country in countries and c.population >= 1000) or locative))
                       for c in cands):
                    added.append(Mention(span.start_char, span.end_char, "GPE", span.text, weak=True))
            i = j
        return sorted(mentions + added, key=lambda m: m.start)

    def _propagate(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Find every other occurrence of a name already recognised (exact case, or in all caps)."""
        text = doc_text(doc)
        taken = TakenSpans(len(text))
        for m in mentions:
            taken.add(m.start, m.end)
        seen: dict[str, str] = {}
        for m in mentions:
            if m.type in ("MISC",) or len(m.text) < 2 or m.weak:
                continue
            seen.setdefault(m.text, m.type)
        words = _WordIndex(text)
        added: list[Mention] = []
        for name, etype in sorted(seen.items(), key=lambda kv: -len(kv[0])):
            pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)
            for hit in words.occurrences(name, pattern, shouting=len(name) >= 3):
                s, e = hit.span()
                found = hit.group()
                if found != name and not (_is_shouting(found) and len(name) >= 3):
                    continue
                if taken.overlaps(s, e):
                    continue
                taken.add(s, e)
                added.append(Mention(s, e, etype, found))
        return sorted(mentions + added, key=lambda m: m.start)

    def _group(self, doc: Doc, mentions: list[Mention]) -> tuple[list[Entity], set[str]]:
        text = doc_text(doc)
        actors = actor_table()
        groups: list[dict] = []
        index: dict[tuple[str, str], dict] = {}

        def key_of(m: Mention) -> tuple[str, str]:
            return (m.type if m.type != "GPE" else "LOC", name_key(m.text))

        # full forms first, so that short forms find them
        order = sorted(mentions, key=lambda m: (-len(m.text.split()), m.start))
        for m in order:
            k = key_of(m)
            g = index.get(k)
            if g is None and m.type == "PER" and len(m.text.split()) == 1:
                g = next((x for x in groups if x["type"] == "PER" and len(x["name"].split()) > 1
                          and name_key(x["name"].split()[-1]) == k[1]), None)
            if g is None and m.type in ("ORG", "MISC", "LOC") and m.text.isupper() and 2 <= len(m.text) <= 6:
                g = self._acronym_owner(text, m, groups)
            actor = actors.find(m.text) if m.type in ACTOR_TYPES else None
            if g is None and actor is not None:
                # another name of an actor already met ("Daech" after "groupe Etat islamique")
                g = next((x for x in groups if x["actor"] is actor), None)
            if g is None:
                g = {"type": m.type, "name": m.text if not _is_shouting(m.text) or len(m.text) <= 6 else
                     m.text.title(), "mentions": [], "roles": [], "weak": True, "actor": None}
                groups.append(g)
            if g["actor"] is None and actor is not None and (g["type"] == m.type or g["type"] in ACTOR_TYPES):
                g["actor"] = actor
            index.setdefault(k, g)
            g["weak"] = g["weak"] and m.weak
            g["mentions"].append([m.start, m.end])
            for r in m.roles:
                if r not in g["roles"]:
                    g["roles"].append(r)
        groups.sort(key=lambda g: min(s for s, _ in g["mentions"]))
        entities, weak = [], set()
        for i, g in enumerate(groups, 1):
            g["mentions"].sort()
            wikidata = g["actor"].wikidata if g["actor"] else None
            entities.append(Entity(id=f"e{i}", type=g["type"], name=g["name"], wikidata=wikidata,
                                   mentions=g["mentions"], roles=g["roles"]))
            if g["weak"]:
                weak.add(f"e{i}")
        return entities, weak

    @staticmethod
    def _acronym_owner(text: str, m: Mention, groups: list[dict]) -> dict | None:
        for g in groups:
            if g["type"] not in ("ORG", "MISC", "LOC") or g["name"] == m.text or len(g["name"]) <= len(m.text):
                continue
            if _initials(g["name"]).upper() == m.text.upper():
                return g
            # "groupe Etat islamique (EI)": the acronym in parentheses right after a mention
            for s, e in g["mentions"]:
                if re.match(r"\s*\(\s*" + re.escape(m.text) + r"\s*\)", text[e:e + len(m.text) + 6]):
                    return g
        return None


@Language.factory("veille_entities", assigns=["doc._.veille_entities"], requires=["doc.ents"])
def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    return EntityRecognizer(nlp, name)

"""Entities: spaCy's NER, repaired, grouped into one entity per referent, with roles.

Repairs that matter for news: all-caps headlines (read as MISC by the French model) are dropped and
re-found from the body's names; demonyms read as places ("les Irakiens" LOC) become NORP; a name the
model found once is found again wherever it recurs. Short forms join their full form: a surname its
person ("Dorrian" -> "John Dorrian"), an acronym its organisation ("EI" -> "Etat islamique").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType

import numpy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..data import media_kinds, medium_key, office_holders
from ..geo.gazetteer import Gazetteer, shared_gazetteer
from ..geo.names import name_key
from ..nlp.lang import language_pack, words_in_every_pack
from ..records import Entity
from .actors import Actor, ActorTable, actor_table, operation_table
from .docs import TakenSpans, doc_text, tagged
from .rules import RULES

if not Doc.has_extension("veille_entities"):
    Doc.set_extension("veille_entities", default=None)
    Doc.set_extension("veille_mentions", default=None)
    Doc.set_extension("veille_weak", default=None)
    Doc.set_extension("veille_facilities", default=None)

# a place named inside an organisation's name ("Air Canada", "the Texas Rangers") counts when it is
# this prominent: a country, a first-level region, a sea (or a city large enough: EntityWeights)
EMBEDDED_FEATURES = {"country", "admin1", "continent", "region", "sea"}
# entity types that may name an actor of the table (not PER, nor NORP: "les Irakiens" is a people)
ACTOR_TYPES = {"ORG", "GPE", "LOC", "MISC"}
SOFT_HYPHEN = "\xad"  # a hyphenation point some sites leave in names ("Mala\xadgré"): no letter


@dataclass(frozen=True)
class EntityWeights:
    """The numbers that bound the entity recogniser's decisions: what each weighs, and what tuned it."""

    # a city named inside an organisation's name counts from this population on (set by hand, 02752d9)
    embedded_min_population: int = 100_000
    # a name in capitals of at most this many letters is an acronym: a place only as a curated alias or a
    # country's code (ACLED loc161 and geo-gwn, 0fe2a9f)
    acronym_max_letters: int = 4
    # letters a text needs to count as written in capitals (set by hand)
    capitals_min_letters: int = 2
    # a one-word name in capitals with more letters than this is a headline's, dropped (set by hand)
    headline_max_word_letters: int = 6
    # tokens before a name in which its title is looked for ("le lieutenant général", set by hand)
    title_window_tokens: int = 5
    # modifiers between an apposition's comma and its role word ("l'ancien chef", set by hand)
    apposition_max_modifiers: int = 3
    # tokens an apposition stops within, from its comma; one that runs on is no apposition (set by hand)
    apposition_max_tokens: int = 15
    # a name the model typed otherwise is a place (or in a place's position) up to this many tokens
    # (set by hand, 02752d9)
    place_max_tokens: int = 3
    # characters after a place in which the rest of its name is looked for (" ez Zor"; ACLED loc161,
    # 5da2aec)
    name_rest_window: int = 40
    # characters before a name in which "the hospital of", "la banlieue de" is looked for (ACLED loc161,
    # b2110a1)
    place_of_window: int = 30
    # a town in a list of places ("..., Kherson.") counts from this population on (set by hand, 97638d7)
    listed_town_min_population: int = 10_000
    # lower-case adjectives between a title and a name the model missed ("ministre britannique", set by hand)
    title_max_adjectives: int = 3
    # capitalised words after a title that make a missed name, without a civility (set by hand)
    titled_name_min_words: int = 2
    # characters around a proper noun in which the hyphenated name it is part of is looked for
    # ("Pul-i-Khumri"; ACLED loc161, b2110a1)
    hyphenated_window: int = 40
    # characters a proper noun the model missed needs to be looked up as a place (set by hand, 9cbf25a)
    missed_min_chars: int = 3
    # a town the model missed counts anywhere from this population on (set by hand, 9cbf25a)
    missed_city_min_population: int = 200_000
    # ... and from this one in a country the article's other places are in (set by hand, 9cbf25a)
    missed_town_min_population: int = 1000
    # characters a name needs for its other occurrences to be found (set by hand)
    recurrence_min_chars: int = 2
    # characters a name needs for its occurrences in capitals to count too (set by hand)
    recurrence_capitals_min_chars: int = 3
    # an acronym that may join its organisation's full name has this many characters (set by hand)
    acronym_min_chars: int = 2
    acronym_max_chars: int = 6
    # a surname one letter from another's is read as that one misspelt from this many characters (set by hand)
    misspelt_surname_min_chars: int = 6
    # the words, at most, of an organisation's name an acronym in parentheses after it spells (set by hand)
    acronym_name_max_words: int = 12
    # a name typed MISC and PER reads as a person's in this many words at most ("Louane", "Radouane Lakdim")
    person_name_max_words: int = 3
    person_name_min_chars: int = 4  # ... and this many letters at least ("Esp", an abbreviation, is none)
    # an entity named in capitals keeps them up to this many characters, else it is title-cased (set by hand)
    capitals_name_max_chars: int = 6
    # characters of spaces and brackets around an acronym in parentheses after its full name (set by hand)
    parenthesis_slack: int = 6
    # a person's initials in capitals join them from this many letters ("VGE"; set by hand)
    person_initials_min_chars: int = 3
    # characters before an alias cue with no name before it in which its person is looked for (set by hand)
    alias_owner_window: int = 300
    # lower-case words between an alias cue and the alias ("connu comme le père X"; set by hand)
    alias_gap_words: int = 2
    # capitals a word needs before the capitalised word glued to it to be a heading's (set by hand)
    glued_heading_min_capitals: int = 4
    # characters a surname needs to be looked for alone (set by hand)
    surname_min_chars: int = 3


ENTITY_WEIGHTS = EntityWeights()

# the named rules of the entity stage: which field of an entity each one produces
MODEL_LABEL = RULES.define("entities.model_label", "the model's named entity, typed by the pack's LABELS")
CONTAINER_SPLIT = RULES.define(
    "entities.container_split", "a place the model ran into its containers ('Windsor (Ontario'): each one")
HEADLINE = RULES.define(
    "entities.headline", "a name in an all-caps headline is dropped, unless a known place (a dateline)")
DEMONYM = RULES.define("entities.demonym", "a one-word LOC with a demonym's ending ('Irakiens') is a NORP")
PLACE_NAME = RULES.define(
    "entities.place_name", "an organisation or group named as a region or a prominent place is a LOC")
PLACED = RULES.define(
    "entities.placed", "a name typed otherwise where places stand ('in Neustrelitz', 'Zmiivka, Kherson')")
EMBEDDED_PLACE = RULES.define(
    "entities.embedded_place", "a prominent place inside an organisation's name ('Air Canada') is a GPE")
CHANNEL = RULES.define("entities.channel", "a place followed by a number ('France 2') is an ORG, a channel")
TITLE = RULES.define("entities.title", "a title before a person's name ('le colonel John Dorrian'): a role")
TITLE_COMPLEMENT = RULES.define(
    "entities.title_complement", "a title before a name keeps its complement ('le ministre de la Défense "
    "Naftali Bennett'): the role is 'ministre de la Défense'")
APPOSITION = RULES.define(
    "entities.apposition", "a function in apposition after a name ('Joe Votel, chef du ...,'): a role")
TITLED_PERSON = RULES.define(
    "entities.titled_person", "a name the model missed after a title or civility ('ministre Boris Johnson')")
RECURRENCE = RULES.define(
    "entities.recurrence", "another occurrence of a name already recognised, as written or in capitals")
MISSED_PLACE = RULES.define(
    "entities.missed_place", "a proper noun the model missed that the gazetteer knows as a country or a town")
JOINED_PLACE = RULES.define(
    "entities.joined_place", "names read apart that the gazetteer knows together ('Port of Spain')")
PLACE_AS_PERSON = RULES.define(
    "entities.place_as_person", "a one-word person, no one in the article, who is a known place ('Kharkiv')")
ROLE_BEFORE_NAME = RULES.define(
    "entities.role_before_name", "a name of proper nouns after a person's title or the comma closing a "
    "described role ('la procureure de Calvi, Caroline Varzay'), typed a place or other by the model: PER")
ROLE_AFTER_NAME = RULES.define(
    "entities.role_after_name", "a name of two or three capitalised words the model typed MISC or LOC, "
    "with a person's function in apposition after it ('décrit Nacer Djabi, chercheur à l'Université "
    "d'Alger'), no prominent place, after no preposition ('In Mount Gilead, Judge X'): PER")
KNOWN_LEADER = RULES.define(
    "entities.known_leader", "a name of two words or more that the office table knows as a holder's "
    "('Kassym-Jomart Tokaïev'), which the model typed as a place, an organisation or MISC, and that names "
    "no prominent place: PER")
SHORT_FORM = RULES.define(
    "entities.short_form", "a surname, alone or after a civility or title, joins its person, an acronym its "
    "organisation ('Dorrian', 'M. Dorrian', 'EI')")
GIVEN_NAME = RULES.define(
    "entities.given_name", "a given name alone ('Marc') joins the one person named in full with it ('Marc "
    "Dupuis'), where it is no one's surname and no other person named in full has it")
ACTOR = RULES.define(
    "entities.actor", "a name of the actor table: its Wikidata id, and the other names of that actor join it")
# the marks that open a quote, which the tokenizer may leave on the word after them ('."Nous')
QUOTE_OPENERS = "\"«“„"
# the words a determiner may stand before
DETERMINED = ("NOUN", "PROPN", "ADJ", "NUM", "DET", "X")
GLUED_PERSON = RULES.define(
    "entities.glued_person", "a person's name the model ran into the body or medium named before it, which "
    "the parse sets apart ('de l'Otan Jens Stoltenberg', 'à l'AFP Paul Martin'): a person of its own")
GLUED_QUOTE = RULES.define(
    "entities.glued_quote", "a quote mark the tokenizer left on a name's first word ('fin.\"Nous', "
    "'fin.\"Paul Martin'): not the name's; a pronoun or a function word behind it names no one")
ACRONYM_BEFORE_NAME = RULES.define(
    "entities.acronym_before_name", "a party's or a body's acronym the model ran into the person's name "
    "after it ('le porte-parole du RN Jean Morel'): a body, then a person of its own")
NAME_RUNS_ON = RULES.define(
    "entities.name_runs_on", "a person's name followed by a capitalised word mid-sentence that the tagger "
    "reads as a determiner or a pronoun ('Kim Jong | Un'): the name's last word")
PERSON_INITIALS = RULES.define(
    "entities.person_initials", "a word in capitals made of the initials of one person named in full joins "
    "that person ('JPV' for 'Jean-Paul Vernadet')")
ALIAS = RULES.define(
    "entities.alias", "a name after 'dit', 'alias', 'surnommé', 'connu comme', 'se faisant appeler' is the "
    "person named before it, or the last one named where the cue needs no name ('celui qui se faisait "
    "appeler X'): one entity, under the name not in quotes")
REAL_NAME = RULES.define(
    "entities.real_name", "a name before 'de son vrai nom', 'à l'état civil' is the real name of the person "
    "named last before it ('Riss ... le dessinateur, Laurent Morel de son vrai nom'): one entity, under the "
    "real name")
MISSPELT_SURNAME = RULES.define(
    "entities.misspelt_surname", "a surname after a civility that no one has, one letter from the surname of "
    "the one person named in full with it ('Eric Lecoudre ... M. Lacoudre'): that person, misspelt")
SHORT_FORM_MISC = RULES.define(
    "entities.short_form_misc", "a one-word name typed MISC that is the surname or the given name of a "
    "person named in full joins that person")
NAME_CUT_SHORT = RULES.define(
    "entities.name_cut_short", "a one-word person (or MISC word read as a person elsewhere) followed by a "
    "capitalised word no entity holds, mid-sentence ('Lina | Vasquier'), or a person's name followed by a "
    "hyphen and lower-case letters ('Lee Min | -il'): one name, a person's")
GLUED_HEADING = RULES.define(
    "entities.glued_heading", "a word in capitals glued to the capitalised word after it ('SOMMAIREIl'): a "
    "heading run into the text, no name")
FORMER_TITLE = RULES.define(
    "entities.former_title", "a name the model made of a former title ('ex-ministre de la Culture'): a "
    "title, not a name")
SURNAME_RECURRENCE = RULES.define(
    "entities.surname_recurrence", "a surname of a person named in full, alone where the model missed it "
    "('Vasquier a ajouté'), that no other person of the article bears: a mention of that person")
BODY_NAMED = RULES.define(
    "entities.body_named", "a MISC name or a one-word person right after a noun of a kind of organisation "
    "('la marque Lumo', 'le site Fildactu'): an organisation")
TITLE_IN_NAME = RULES.define(
    "entities.title_in_name", "a person's name the model ran a lower-case title into ('letton de la Défense "
    "Ilmars Kalns'): the proper nouns at its end")
TITLE_NAME = RULES.define(
    "entities.title_name", "a person's name that opens with an article then a small word ('La libre "
    "Belgique'): the title of a paper or a work, an organisation, not someone")
NAME_CUT_AT_PREPOSITION = RULES.define(
    "entities.name_cut_at_preposition", "a name the model ended on a word that links a name's words ('de', "
    "'des', 'of'), before capitalised words ('la Cour des | Comptes', 'le Centre hospitalier de | "
    "Valence'): the name runs on through them")
NAME_IN_PIECES = RULES.define(
    "entities.name_in_pieces", "a name of several words recognised whole, found again where the model read "
    "it in pieces ('Radio | Nova Bretagne'): that name again, not its pieces")
PARTICIPLE_PHRASE = RULES.define(
    "entities.participle_phrase", "a MISC or ORG name the model made of a participle and the small words "
    "after it ('Entendu par les enquêteurs', after a heading glued to it): a clause, no name")
NAME_AFTER_TITLE_COMMA = RULES.define(
    "entities.name_after_title_comma", "a name the model missed, or read as MISC, between commas after a "
    "title and its complement ('Le ministre turc de la Culture, Abdulhamit Kaya, a ...'): a person, with "
    "that role")
NAME_BEFORE_ACRONYM = RULES.define(
    "entities.name_before_acronym", "the words before an acronym in parentheses whose initials spell it, the "
    "first capitalised ('La Française des jeux (FDJ)', 'Al Qaïda au Maghreb islamique (AQMI)'): one "
    "organisation's name, in place of the pieces the model read there, and the acronym its mention")
SAME_NAME_PERSON = RULES.define(
    "entities.same_name_person", "a name the model typed MISC in one place and PER in another ('Louane' in a "
    "headline, 'a déclaré Louane') is one person, where the name reads as a person's")
OPERATION_NAME = RULES.define(
    "entities.operation_name", "a name the model typed a person's that the table of military operations "
    "holds, right after a noun of forces ('La force Barkhane neutralise'), is a force's; not 'Sophia' alone")
DAY_AT_END = RULES.define(
    "entities.day_at_end", "a name the model ran a lower-case weekday into ('rapporte La Nouvelle République "
    "lundi', 'Jean Castex lundi'): the name ends before it; not after a linking word ('Journal du dimanche')")
ENTITY_RULES = (MODEL_LABEL, CONTAINER_SPLIT, HEADLINE, DEMONYM, PLACE_NAME, PLACED, EMBEDDED_PLACE, CHANNEL,
                TITLE, APPOSITION, TITLED_PERSON, RECURRENCE, MISSED_PLACE, JOINED_PLACE, PLACE_AS_PERSON,
                ROLE_BEFORE_NAME, SHORT_FORM, GIVEN_NAME, ACTOR, GLUED_PERSON, NAME_RUNS_ON, PERSON_INITIALS,
                ALIAS, REAL_NAME, SHORT_FORM_MISC, NAME_CUT_SHORT, GLUED_HEADING, FORMER_TITLE,
                SURNAME_RECURRENCE, BODY_NAMED, TITLE_IN_NAME, TITLE_NAME, ACRONYM_BEFORE_NAME, GLUED_QUOTE,
                NAME_CUT_AT_PREPOSITION, NAME_IN_PIECES, NAME_AFTER_TITLE_COMMA, ROLE_AFTER_NAME,
                PARTICIPLE_PHRASE, NAME_BEFORE_ACRONYM, OPERATION_NAME, MISSPELT_SURNAME, KNOWN_LEADER,
                SAME_NAME_PERSON, DAY_AT_END)


@lru_cache(maxsize=1)
def office_holder_names() -> frozenset[str]:
    """The names of two words or more of the office table's holders, as ``name_key`` writes them."""
    return frozenset(key for holders in office_holders().values() for names, _, _ in holders
                     for name in names if len((key := name_key(name)).split()) > 1)


@dataclass
class MentionCandidate:
    """One mention of a possible entity, before mentions are grouped into entities."""

    start: int  # character offsets
    end: int
    type: str
    text: str
    roles: list[str] = field(default_factory=list)
    weak: bool = False  # a place candidate that only the gazetteer can confirm
    facility: bool = False  # a building, street or site ("Barclays Center"): local by nature
    type_rule: str = MODEL_LABEL  # the named rule that gave its type
    role_rules: list[str] = field(default_factory=list)  # the named rule of each role

    def add_role(self, role: str, rule: str) -> None:
        self.roles.append(role)
        self.role_rules.append(rule)


def _prominent_place(name: str, gazetteer: Gazetteer, w: EntityWeights = ENTITY_WEIGHTS) -> bool:
    """A country, a first-level region, a sea or a large city; an acronym only as veille's curated
    aliases or a country's code read it ("US", "UAE"; not the union "SUD" for Haiti's Sud)."""
    acronym = name.isupper() and len(_letters(name)) <= w.acronym_max_letters
    return any((c.main == 2 or c.feature == "country") if acronym else (
        c.feature in EMBEDDED_FEATURES or (c.feature == "city" and c.population >= w.embedded_min_population
                                           and c.main))
        for c in gazetteer.lookup(name))


def _letters(s: str) -> str:
    return "".join(c for c in s if c.isalpha())


def _is_shouting(text: str, w: EntityWeights = ENTITY_WEIGHTS) -> bool:
    letters = _letters(text)
    return len(letters) >= w.capitals_min_letters and letters.isupper()


def _demonym(span: Span, suffixes: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    text = span.text
    if len(span) != 1 or not text[:1].isupper() or not suffixes:
        return False
    if not text.lower().endswith(suffixes):
        return False
    return not gazetteer.lookup(text)


_STOP_APPOSITION = {",", ";", ":", ".", "(", ")", "«", "»", '"', "—", "–"}


def _bad_for_shouting(c: str) -> bool:
    """A letter that no all-caps text holds: a lower-case or title-case one."""
    return c.isalpha() and (c.islower() or (c.istitle() and not c.isupper()))


class _WordIndex:
    """The words of a text by their spelling, so that the occurrences of a name are looked for where
    its first word stands rather than by a scan of the whole text for each name."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.exact: dict[str, list[int]] = {}
        for m in re.finditer(r"\w+", text):
            self.exact.setdefault(m.group(), []).append(m.start())
        # the words written in capitals, by length, then spelling; a word with no cased letter (a number)
        # matches a name's word, ignoring case, only where it is spelled as it: ``exact`` holds it
        self.caps_by_length: dict[int, dict[str, list[int]]] = {}
        bad = {c for c in set(text) if _bad_for_shouting(c)}
        for word, starts in self.exact.items():
            if not bad.intersection(word) and _cased(word):
                self.caps_by_length.setdefault(len(word), {})[word] = starts

    def occurrences(self, name: str, shouting: bool) -> Iterator[tuple[int, int]]:
        """The spans of what ``_name_pattern(name).finditer(text)`` yields (``name`` between word
        boundaries, ignoring case), restricted to the hits spelled ``name`` or, with ``shouting``, written
        in all caps (callers drop the other hits)."""
        first = re.match(r"\w+", name)
        if first is None or _may_overlap(name) or set(name) & _IOTA:
            # the general case, a scan of the whole text
            yield from (hit.span() for hit in _name_pattern(name).finditer(self.text))
            return
        # a hit starts a word of the text; its first word is spelled as the name's, or is that word in
        # capitals (each spelling in capitals is tried once, not each place it stands)
        word = first.group()
        starts = set(self.exact.get(word, ()))
        caps = self.caps_by_length.get(len(word), {}) if shouting else {}
        if caps:
            same = re.compile(re.escape(word), re.IGNORECASE)
            for spelling, at in caps.items():
                if same.fullmatch(spelling):
                    starts.update(at)
        text, size = self.text, len(name)
        for start in sorted(starts):
            # a word's start follows no word character; the name spelled as it is there is a hit where no
            # word character follows it (its pattern, fixed in length, matches there as it does); any
            # other spelling is the pattern's to read
            if text.startswith(name, start):
                if not _WORD.match(text, start + size):
                    yield start, start + size
                continue
            hit = _name_pattern(name).match(text, start)
            if hit is not None:
                yield hit.span()


_WORD = re.compile(r"\w")


def _cased(word: str) -> bool:
    """Whether a word holds a letter that has another case."""
    return any(c.lower() != c or c.upper() != c for c in word)


# the names of an archive outnumber re's own cache (512 patterns): each name's pattern is kept here
NAME_PATTERNS_KEPT = 4096


@lru_cache(maxsize=NAME_PATTERNS_KEPT)
def _name_pattern(name: str) -> re.Pattern:
    """``name`` between word boundaries, ignoring case (compiled once per name)."""
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)


# Greek iota and the signs that match it ignoring case, one of which is not a word character
_IOTA = {"\u0345", "\u0399", "\u03b9", "\u1fbe"}


@lru_cache(maxsize=NAME_PATTERNS_KEPT)
def _may_overlap(name: str) -> bool:
    """Whether two occurrences of ``name`` (between word boundaries, ignoring case) may overlap, as
    "a-a" in "a-a-a": where a second one may start after a non-word character of the first and the
    name's end matches its beginning. Hits that cannot overlap are all found wherever they are looked for."""
    cuts = [k for k in range(1, len(name)) if not _WORD.match(name[k - 1])]
    if not cuts:
        return False
    core = re.compile(re.escape(name), re.IGNORECASE)
    return any(core.fullmatch(name[:k] + name[:len(name) - k]) for k in cuts)


def _initials(name: str, every_part: bool = False) -> str:
    """The initials of a name's capitalised words or word parts; with ``every_part``, of each part of a
    capitalised hyphenated word too ("Haut-Commissariat aux Réfugiés": "HCR", not "HR")."""
    words = name.split() if every_part else re.split(r"[\s\-']+", name)
    parts = [p for w in words if w[:1].isupper() for p in (w.split("-") if every_part else [w]) if p]
    return "".join(p[0] for p in parts)


class RoleWords:
    """Where a doc's role words stand, by the rule that reads them: title and apposition heads (the pack's
    ROLE_HEADS), and the words after which a missed name is looked for (ROLE_HEADS and CIVILITIES)."""

    def __init__(self, matcher: Matcher, doc: Doc) -> None:
        self.at: dict[str, set[int]] = {TITLE: set(), APPOSITION: set(), TITLED_PERSON: set()}
        for match_id, start, _end in matcher(doc):
            self.at[RULES.name_of(match_id)].add(start)


def role_matcher(vocab: Vocab, entities: ModuleType) -> Matcher:
    """The token matcher of the role rules that are on, built from a pack's entity stage."""
    heads = sorted(entities.ROLE_HEADS)
    return RULES.matcher(vocab, {
        TITLE: [[{"LOWER": {"IN": heads}}]],
        APPOSITION: [[{"LOWER": {"IN": heads}}]],
        TITLED_PERSON: [[{"LOWER": {"IN": sorted(set(heads) | entities.CIVILITIES)}}]],
    })


class EntityRecognizer:
    """Pipeline component ``veille_entities``: sets ``doc._.veille_entities`` (list of Entity), with
    the mentions, the weak ids (places only the gazetteer may confirm) and the facilities' ids."""

    def __init__(self, nlp: Language, name: str, weights: EntityWeights = ENTITY_WEIGHTS) -> None:
        self.lang = nlp.lang
        pack = language_pack(nlp.lang)
        self.words, self.places = pack.entities, pack.places
        self.w = weights
        self.regions = {name_key(r) for r in self.places.REGIONS}
        # the rest of a place's name after it: " ez Zor", " City", " of Spain"
        self.name_rest = re.compile(rf" (?:(?:{'|'.join(sorted(self.places.NAME_JOINERS))}) )?[A-Z][\w'’-]+")
        self.place_of = re.compile(self.places.PLACE_OF)
        self.civility_abbreviations = set(words_in_every_pack("entities", "CIVILITY_ABBREVIATIONS"))
        self.possessives = words_in_every_pack("entities", "POSSESSIVES")
        self.weekdays = set(pack.times.WEEKDAYS)
        self.demonym_suffixes = tuple(self.words.DEMONYM_SUFFIXES)
        self.roles = role_matcher(nlp.vocab, self.words)
        # the nouns of a person a title's complement may end on, whose name follows ("l'avocat de l'enfant X")
        self.complement_people = set(self.words.PERSON_NOUNS) | set(pack.events.RELATIVES)
        # an alias cue, its words with up to three words between them ("connu dans le quartier comme")
        cues = sorted(self.words.ALIAS_CUES, key=len, reverse=True)
        self.alias_cue = re.compile(r"(?<!\w)(?:" + "|".join(
            r"\s+(?:\w+\s+){0,3}".join(re.escape(w) for w in cue.split()) for cue in cues) + r")(?!\w)",
            re.IGNORECASE)
        self.alias_cues_after_name = set(self.words.ALIAS_CUES_AFTER_NAME)
        self.real_name_cue = re.compile(r"\s*,?\s*(?:" + "|".join(re.escape(c) for c in sorted(
            self.words.REAL_NAME_CUES, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE) \
            if self.words.REAL_NAME_CUES else None
        # between a cue and its alias: quotes, spaces and a few lower-case words ("comme le père X")
        lower_words = rf"(?:[^\W\d_A-ZÀ-Þ]+\s+){{0,{weights.alias_gap_words}}}"
        self.alias_gap = re.compile(rf"[\s«\"“']*{lower_words}[\s«\"“']*")

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = shared_gazetteer()
        on = {rule for rule in ENTITY_RULES if RULES.on(rule)}
        roles = RoleWords(self.roles, doc)
        mentions = self._mentions(doc, gazetteer, on, roles)
        if BODY_NAMED in on:
            bodies = {m.text for m in mentions if m.type_rule == BODY_NAMED}
            for m in mentions:
                if m.text in bodies and m.type in ("PER", "MISC"):  # the same name elsewhere: that body
                    m.type, m.type_rule = "ORG", BODY_NAMED
        mentions = self._titled_people(doc, mentions, roles)
        if NAME_BEFORE_ACRONYM in on:
            mentions = self._names_before_acronyms(doc, mentions, gazetteer)
        words = _WordIndex(doc_text(doc))  # (built once: both rules below look names up in it)
        if RECURRENCE in on:
            mentions = self._propagate(doc, mentions, words, NAME_IN_PIECES in on)
        if SURNAME_RECURRENCE in on or PERSON_INITIALS in on:
            mentions = self._short_names(doc, mentions, on, words)
        if MISSED_PLACE in on:
            mentions = self._missed_places(doc, mentions, gazetteer)
        if JOINED_PLACE in on:
            mentions = self._joined_places(doc, mentions, gazetteer)
        if PLACE_AS_PERSON in on:
            mentions = self._places_read_as_people(doc, mentions, gazetteer)
        doc._.veille_mentions = mentions
        doc._.veille_entities, doc._.veille_weak = self._group(doc, mentions, on)
        facilities = {(m.start, m.end) for m in mentions if m.facility}
        doc._.veille_facilities = {e.id for e in doc._.veille_entities
                                   if any(tuple(m) in facilities for m in e.mentions)}
        return doc

    def titled(self, word: str) -> bool:
        """A civility or a title before a name: "M.", "Mme", "Mr", "cardinal"."""
        low = word.lower()
        return low in self.words.CIVILITIES or low in self.civility_abbreviations or \
            low in self.words.ROLE_HEADS

    def _names_before_acronyms(self, doc: Doc, mentions: list[MentionCandidate],
                               gazetteer: Gazetteer) -> list[MentionCandidate]:
        """Each organisation's name that an acronym in parentheses after it spells ("La Française des jeux
        (FDJ)"), one mention in place of those the model made of its pieces ("Al Qaïda" | "Maghreb"), and
        the acronym a mention where the model made none; a mention that runs across the name is left, and
        so is a place's name ("République démocratique du Congo (RDC)")."""
        from spacy.attrs import ORTH

        closing = doc.vocab.strings.add(")")
        orth = doc.to_array([ORTH])
        mentions = sorted(mentions, key=lambda m: m.start)
        starts = [m.start for m in mentions]
        longest = max((m.end - m.start for m in mentions), default=0)
        replaced: set[int] = set()  # (the indexes in ``mentions`` of the pieces a name replaces)
        found: list[MentionCandidate] = []
        for i in numpy.flatnonzero(orth[3:] == closing).tolist():
            acronym, opening = doc[i + 2], doc[i + 1]
            letters = [c for c in acronym.text if c.isupper()]
            if opening.text != "(" or not acronym.is_alpha or len(letters) < 2 or \
                    not self.w.acronym_min_chars <= len(acronym) <= self.w.acronym_max_chars:
                continue
            start = self._spelled_from(doc, opening.i, letters)
            if start is None:
                continue
            name = doc[start:opening.i]
            near = range(bisect_left(starts, name.start_char - longest), bisect_left(starts, acronym.idx + 1))
            inside = [k for k in near if name.start_char <= mentions[k].start and
                      mentions[k].end <= name.end_char and k not in replaced]
            across = [k for k in near if mentions[k].start < name.end_char and
                      name.start_char < mentions[k].end and k not in replaced]
            if len(across) > len(inside) or any((mentions[k].start, mentions[k].end) ==
                                                (name.start_char, name.end_char) for k in inside):
                continue  # (a name across it is another reading; the name itself, the model's already)
            if len(inside) > 1 and all(mentions[k].type in ("GPE", "LOC") for k in inside) or \
                    _prominent_place(name.text, gazetteer, self.w):
                continue  # "the Middle East and Africa (MEA)": the places it joins; a country's name
            replaced.update(inside)
            found.append(MentionCandidate(name.start_char, name.end_char, "ORG", name.text,
                                          type_rule=NAME_BEFORE_ACRONYM))
            if not any(mentions[k].start <= acronym.idx < mentions[k].end for k in near if k not in replaced):
                found.append(MentionCandidate(acronym.idx, acronym.idx + len(acronym), "ORG", acronym.text,
                                              type_rule=NAME_BEFORE_ACRONYM))
        if not found:
            return mentions
        return sorted([m for k, m in enumerate(mentions) if k not in replaced] + found, key=lambda m: m.start)

    def _spelled_from(self, doc: Doc, end: int, letters: list[str]) -> int | None:
        """Where the words before ``end`` start whose initials spell ``letters``: each of them gives its
        initial but the small words of names, which may give one or none ("des", "au"); the first
        capitalised, within a few words, across no punctuation but a hyphen; else None."""
        skipped = self.words.ACRONYM_SKIPPED_WORDS

        def spell(i: int, j: int) -> int | None:  # the start, with letters[:j + 1] left before token i
            if j < 0:
                first = doc[i + 1]
                return i + 1 if first.text[:1].isupper() and i + 1 < end else None
            if i < 0 or end - i > self.w.acronym_name_max_words or doc[i].is_sent_end and i < end - 1:
                return None
            token = doc[i]
            if token.text in ("-", "–"):
                return spell(i - 1, j)
            if token.is_punct or not token.text[:1].isalpha():
                return None
            if token.text[:1].upper() == letters[j] and (found := spell(i - 1, j - 1)) is not None:
                return found
            return spell(i - 1, j) if token.lower_ in skipped else None

        return spell(end - 1, len(letters) - 1)

    def _pieces(self, doc: Doc, split: bool) -> list[tuple[Span, bool]]:
        """The model's entities, split where it ran a place into its containers or its town
        ("Cochabamba (Cochabamba", "Gomez Palacio, Durango", "City Hall in Malmo"): each piece after
        the first is a place the gazetteer must confirm (flag True)."""
        out = []
        for ent in doc.ents:
            if not split or ent.label_ not in self.words.SPLIT_LABELS:
                out.append((ent, False))
                continue
            start, first = ent.start, True
            split_in = self.words.SPLIT_LABELS[ent.label_]
            for i in range(ent.start, ent.end + 1):
                at_break = i < ent.end and (doc[i].text in ("(", ")", ",", ";") or (
                    split_in and doc[i].lower_ in self.places.CONTAINER_WORDS and i + 1 < ent.end
                    and doc[i + 1].is_title))
                if i == ent.end or at_break:
                    piece = Span(doc, start, i, label=ent.label_)
                    if len(piece) and (first or (piece.text[:1].isupper() and not piece.text.isupper())):
                        out.append((piece, not first))
                    if len(piece):
                        first = False
                    start = i + 1
        return out

    def _mentions(self, doc: Doc, gazetteer: Gazetteer, on: set[str],
                  roles: RoleWords) -> list[MentionCandidate]:
        """The model's entities, typed, trimmed and repaired (see the rules each repair names)."""
        if MODEL_LABEL not in on:
            return []
        w = self.w
        out: list[MentionCandidate] = []
        # the words the model read as a person's name somewhere in the doc
        people = {t.text for e in doc.ents if self.words.LABELS.get(e.label_) == "PER" for t in e}
        # (the end of a name run on past the model's, whose words it read as a name too: a place's name
        # stays one, "le Conseil de | Bretagne")
        run_on_to = 0
        for ent, contained in self._pieces(doc, CONTAINER_SPLIT in on):
            etype = "GPE" if contained else self.words.LABELS.get(ent.label_)
            if ent.start < run_on_to and etype not in ("LOC", "GPE"):
                continue
            rule = CONTAINER_SPLIT if contained else MODEL_LABEL
            if etype is None:
                continue
            text = ent.text
            # an all-caps headline misleads the model: drop what it read there and re-find names later;
            # a dateline ("BEIRUT (Reuters) -") names a known place
            if HEADLINE in on and _is_shouting(text, w) and (
                    len(ent) > 1 or etype == "MISC" or len(_letters(text)) > w.headline_max_word_letters):
                if _prominent_place(text, gazetteer, w):
                    out.append(MentionCandidate(ent.start_char, ent.end_char, "GPE", text,
                                                type_rule=HEADLINE))
                continue
            # trim leading determiners/punctuation the model sometimes includes
            # (a capital inside a sentence is the name's own: "à N'Djamena", "lit Le Monde")
            while len(ent) > 1 and (ent[0].is_punct or ent[0].pos_ == "DET" and not (
                    ent[0].text[:1].isupper() and not ent[0].is_sent_start)):
                ent = ent[1:]
            while len(ent) > 1 and ((ent[-1].is_punct and ent[-1].text != ".")
                                    or ent[-1].lower_ in self.possessives):
                ent = ent[:-1]
            if DAY_AT_END in on and len(ent) > 1 and ent[-1].text in self.weekdays and \
                    ent[-2].lower_ not in self.words.NAME_LINKS:
                ent = ent[:-1]  # "rapporte La Nouvelle République lundi"
            text = ent.text
            if not _letters(text) or not any(c.isupper() for c in text):
                continue  # a name has a capital; "central" or "metro" alone is not one
            if etype in ("ORG", "MISC") and ent.root.lower_ in self.words.ROLE_HEADS:
                continue  # "ministre de la Défense", "Premier ministre britannique": a title, not a name
            if etype in ("ORG", "MISC") and FORMER_TITLE in on and self._former_title(ent.root.lower_):
                continue  # "ex-ministre de la Culture"
            if GLUED_HEADING in on and len(ent) == 1 and self._glued_heading(text):
                continue  # "SOMMAIREIl": a heading, then the sentence's first word
            if PARTICIPLE_PHRASE in on and etype != "PER" and self._participle_phrase(ent):
                continue  # "Entendu par les enquêteurs, l'assaillant a reconnu ...": a clause, no name
            cut = self._glued_person(ent, gazetteer) if etype != "PER" and GLUED_PERSON in on else None
            if etype not in ("PER", "ORG") and not cut and ACRONYM_BEFORE_NAME in on:
                cut = self._acronym_before(ent, gazetteer)
            if cut:
                person = ent[cut:]
                out.append(MentionCandidate(person.start_char, person.end_char, "PER", person.text,
                                            type_rule=GLUED_PERSON))
                ent = ent[:cut]
                text = ent.text
            if etype == "LOC" and DEMONYM in on and _demonym(ent, self.demonym_suffixes, gazetteer):
                etype, rule = "NORP", DEMONYM
            if etype == "MISC" and NAME_AFTER_TITLE_COMMA in on and \
                    (titled_at := self._misc_between_commas(doc, ent, roles)) is not None:
                etype, rule = "PER", NAME_AFTER_TITLE_COMMA  # "Le ministre turc ..., Abdulhamit Kaya,"
            if etype == "PER" and OPERATION_NAME in on and operation_table().find(text) is not None and \
                    self._after_force_noun(doc, ent.start):
                etype, rule = "ORG", OPERATION_NAME  # "La force française Barkhane neutralise": no one
            if etype in ("MISC", "ORG") and PLACE_NAME in on and name_key(text) in self.regions:
                etype, rule = "LOC", PLACE_NAME
            if etype in ("ORG", "MISC", "NORP") and PLACE_NAME in on \
                    and _prominent_place(text, gazetteer, w) and len(ent) <= w.place_max_tokens:
                etype, rule = "LOC", PLACE_NAME  # "the United States" read as an organisation
            if etype in ("ORG", "PER", "MISC") and len(ent) <= w.place_max_tokens and PLACED in on \
                    and self._placed(doc, ent, out, gazetteer):
                etype, rule = "GPE", PLACED  # "demonstrated in Neustrelitz", "Zmiivka village, Kherson"
            elif etype in ("ORG", "MISC") and EMBEDDED_PLACE in on:
                out.extend(self._embedded_places(ent, gazetteer))
            if etype in ("LOC", "GPE") and CHANNEL in on and ent.end < len(doc) and doc[ent.end].like_num:
                etype, rule = "ORG", CHANNEL  # "France 2", "Europe 1": a channel or station, not the place
            if etype in ("LOC", "GPE", "MISC") and ROLE_BEFORE_NAME in on and \
                    self._named_after_role(doc, ent, roles) and not _prominent_place(text, gazetteer, w):
                etype, rule = "PER", ROLE_BEFORE_NAME  # "la procureure de Calvi, Caroline Varzay"
            if etype in ("MISC", "LOC") and ROLE_AFTER_NAME in on and self._role_after(doc, ent, roles) and \
                    not _prominent_place(text, gazetteer, w):
                etype, rule = "PER", ROLE_AFTER_NAME  # "décrit Nacer Djabi, chercheur à l'Université"
            if etype in ("LOC", "GPE", "ORG", "MISC") and KNOWN_LEADER in on and \
                    name_key(text) in office_holder_names() and not _prominent_place(text, gazetteer, w):
                etype, rule = "PER", KNOWN_LEADER  # "Kassym-Jomart Tokaïev" read as a place
            if etype == "PER" and TITLE_NAME in on and len(ent) > 2 \
                    and ent[0].lower_ in self.words.TITLE_ARTICLES and ent[1].is_lower and ent[1].is_alpha:
                etype, rule = "ORG", TITLE_NAME  # "Selon La libre Belgique": a paper, not a person
            while etype == "PER" and NAME_RUNS_ON in on and ent.end < len(doc) and \
                    self._runs_on(doc[ent.end]):
                ent = doc[ent.start:ent.end + 1]  # "Kim Jong Un": "Un" read as a determiner
                text = ent.text
            if etype != "PER" and NAME_CUT_AT_PREPOSITION in on and len(ent) > 1 and \
                    ent[-1].text in self.words.NAME_LINKS:
                end = ent.end
                while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and \
                        not doc[end].is_sent_start:
                    end += 1
                if end > ent.end:
                    ent = doc[ent.start:end]  # "la Cour des Comptes"
                    text, run_on_to = ent.text, end
            if (etype == "MISC" or etype == "PER" and len(ent) == 1) and BODY_NAMED in on and \
                    ent.start > 0 and doc[ent.start - 1].lower_ in self.words.BODY_NOUNS and \
                    ent[0].text[:1].isupper():
                etype, rule = "ORG", BODY_NAMED  # "la marque Lumo"; not "à la radio Marc Tessier", a person
            if etype == "PER" and TITLE_IN_NAME in on and (cut := self._title_in_name(ent)):
                ent = ent[cut:]  # "letton de la Défense Ilmars Kalns"
                text = ent.text
            if etype == "PER" and NAME_CUT_SHORT in on and ent.end < len(doc) and not ent[-1].whitespace_ \
                    and re.fullmatch(r"-[^\W\d_]+", doc[ent.end].text) and doc[ent.end].text[1:].islower():
                ent = doc[ent.start:ent.end + 1]  # "Lee Min-il": "-il" read as an inverted pronoun
                text, rule = ent.text, NAME_CUT_SHORT
            elif NAME_CUT_SHORT in on and len(ent) == 1 and self._cut_short(ent, etype, gazetteer, people):
                ent = doc[ent.start:ent.end + 1]  # "Lina Vasquier": the model kept "Lina" only
                text, etype, rule = ent.text, "PER", NAME_CUT_SHORT
            # a place the model found among common nouns only ("l'Etat") needs the gazetteer's word
            weak = contained or not any(t.pos_ == "PROPN" for t in ent)
            start = ent.start_char
            bare = text.lstrip(QUOTE_OPENERS) if GLUED_QUOTE in on else text
            if bare != text:
                if len(ent) == 1 and (not bare or doc.vocab[bare.lower()].is_stop):
                    continue  # '"Cela': a quote's first word, no one
                start, text = start + len(text) - len(bare), bare
            if etype == "PER" and ent.start > 0 and \
                    doc[ent.start - 1].lower_.rstrip(".") + "." in self.civility_abbreviations:
                start = doc[ent.start - 1].idx  # "M. Hagenbeck": the civility belongs to the mention
            m = MentionCandidate(start, ent.end_char, etype,
                                 text if start == ent.start_char else doc_text(doc)[start:ent.end_char],
                                 weak=weak, facility=ent.label_ == "FAC" and not contained, type_rule=rule)
            if rule == NAME_AFTER_TITLE_COMMA:
                m.add_role(doc[titled_at:ent.start - 1].text, NAME_AFTER_TITLE_COMMA)  # "ministre turc ..."
            if etype == "PER":
                title = self._title_before(doc, ent.start, roles)
                if title:
                    m.add_role(title, TITLE)
                app = self._apposition_after(doc, ent.end, roles)
                if app:
                    m.add_role(app, APPOSITION)
            out.append(m)
        return out

    @staticmethod
    def _title_in_name(ent: Span) -> int:
        """Where a person's name starts in a mention that opens with a lower-case word: the last two words
        or more with capitals, past the first of them where a determiner or a preposition stands before it
        (the title's object: "letton de la Défense | Ilmars Kalns"); 0 where it has no such end
        ("président de la République")."""
        if not ent[0].text[:1].islower():
            return 0
        cut = len(ent)
        while cut > 0 and ent[cut - 1].is_title and ent[cut - 1].is_alpha:
            cut -= 1
        if 0 < cut < len(ent) and ent[cut - 1].pos_ in ("DET", "ADP"):
            cut += 1
        return cut if len(ent) - cut >= 2 and cut > 0 else 0

    def _former_title(self, word: str) -> bool:
        """A role word after a prefix that makes it a former one ("ex-ministre")."""
        prefix, _, head = word.partition("-")
        return prefix in self.words.FORMER_PREFIXES and head in self.words.ROLE_HEADS

    @staticmethod
    def _participle_phrase(ent: Span) -> bool:
        """A mention the model made of a participle that opens its sentence or a heading's glued text, and
        the small words of its complement ("Entendu par les enquêteurs", "Interrogé sur la réforme")."""
        first = ent[0]
        return len(ent) > 1 and first.pos_ == "VERB" and "Part" in first.morph.get("VerbForm") and \
            any(t.is_alpha and t.is_lower for t in ent[1:]) and not any(t.pos_ == "PROPN" for t in ent[1:])

    def _glued_heading(self, text: str) -> bool:
        """A word in capitals run into a capitalised word ("SOMMAIREIl"): a heading glued to the text."""
        cut = next((k for k, c in enumerate(text) if c.islower()), 0)
        return cut > self.w.glued_heading_min_capitals and text.isalpha() and text[:cut].isupper() \
            and text[cut:].islower()

    def _cut_short(self, ent: Span, etype: str, gazetteer: Gazetteer, people: set[str]) -> bool:
        """A one-word person's name (or a MISC proper noun among the words ``people`` the model read as a
        person elsewhere) that the model cut before the capitalised word right after it: a word no entity
        holds, one space after it (the parser may start a sentence there: a name ends none), no function
        word, no prominent place ("Lina | Vasquier a dit")."""
        doc = ent.doc
        if ent.end >= len(doc) or not (etype == "PER" or (
                etype == "MISC" and ent[0].pos_ == "PROPN" and ent[0].text in people)):
            return False
        nxt, word = doc[ent.end], ent[0]
        return nxt.is_alpha and nxt.text[:1].isupper() and nxt.text[1:].islower() and len(nxt) > 1 and \
            nxt.ent_iob_ == "O" and word.whitespace_ == " " and \
            word.text[1:].islower() and \
            nxt.pos_ not in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "NUM", "PUNCT") and \
            not _prominent_place(nxt.text, gazetteer, self.w)

    @staticmethod
    def _runs_on(token: Token) -> bool:
        """A word with a capital right after a name, one space apart, that the tagger reads as a
        function word (a determiner, a pronoun, a number) and that determines no word after it (not "Ce"
        of a sentence whose full stop is missing, "Ce jour-là"): a part of that name."""
        return token.is_alpha and token.text[:1].isupper() and token.text[1:].islower() and \
            token.ent_iob_ == "O" and token.pos_ in ("DET", "PRON", "NUM") and \
            not token.nbor(-1).is_punct and token.nbor(-1).whitespace_ == " " and (
                token.i + 1 == len(token.doc) or token.nbor().pos_ not in DETERMINED)

    def _glued_person(self, ent: Span, gazetteer: Gazetteer) -> int | None:
        """Where a person's name starts in a name of another type that runs on into it: two words or more
        at its end, proper nouns with capitals, the first in apposition to a word outside them or a
        complement of a word of the name before them, the others its flat parts, after a proper noun
        ("Otan | Jens Stoltenberg", "AFP | Me Paul Martin"), that name no known place. Else None."""
        for cut in range(1, len(ent) - 1):
            first, rest = ent[cut], ent[cut:]
            if not (first.dep_ == "appos" and not rest.start <= first.head.i < rest.end or
                    first.dep_ == "nmod" and ent.start <= first.head.i < rest.start):
                continue
            if ent[cut - 1].pos_ in ("PROPN", "X") and \
                    all(t.pos_ == "PROPN" and t.is_title for t in rest) and \
                    all(t.dep_ == "flat:name" and t.head.i == first.i for t in rest[1:]) and \
                    not _prominent_place(rest.text, gazetteer, self.w) and \
                    not _prominent_place(first.text, gazetteer, self.w):
                return cut - 1 if cut > 1 and ent[cut - 1].lower_ in self.words.CIVILITIES else cut
        return None

    def _acronym_before(self, ent: Span, gazetteer: Gazetteer) -> int | None:
        """Where a person's name starts after an acronym the model ran into it and read as a place or a thing
        (not a body: "UN Security Council"): a first word of capitals, as short as an acronym, then two
        capitalised words or more that name no known place ("RN | Jean Morel"). Else None."""
        first, rest = ent[0], ent[1:]
        if not (first.is_upper and first.is_alpha and 2 <= len(first) <= self.w.acronym_max_letters):
            return None
        if len(rest) >= 2 and all(t.is_title and t.is_alpha or "-" in t.text and t.text[:1].isupper()
                                  for t in rest) and not _prominent_place(rest.text, gazetteer, self.w):
            return 1
        return None

    def _named_after_role(self, doc: Doc, ent: Span, roles: RoleWords) -> bool:
        """A name of two words or more, all proper nouns, right after a person's title ("le procureur Jean
        Martin") or after the comma that closes a description headed by one ("la substitute du parquet de
        Nantes, Odile Frachet"), no verb between: a person's, whatever type the model gave it."""
        if len(ent) < 2 or not all(t.pos_ == "PROPN" and t.is_title for t in ent):
            return False
        if self._title_before(doc, ent.start, roles):
            return True
        if ent.start < 2 or doc[ent.start - 1].text != ",":
            return False
        return self._title_closed_at(doc, ent.start - 1, roles) is not None

    def _title_closed_at(self, doc: Doc, comma: int, roles: RoleWords) -> int | None:
        """The title (after its determiner) that heads the description a comma closes ("la substitute du
        parquet de Nantes,"), no verb nor other punctuation between; else None."""
        for i in range(comma - 1, max(-1, comma - 1 - self.w.title_window_tokens * 2), -1):
            if doc[i].pos_ in ("VERB", "AUX") or doc[i].is_punct:
                return None
            if i in roles.at[TITLE] and i > 0 and doc[i - 1].pos_ == "DET":
                return i
        return None

    def _title_before(self, doc: Doc, start: int, roles: RoleWords) -> str | None:
        """Titles just before a name: 'le colonel', 'Le général américain', 'President', 'le ministre de la
        Défense' (the words of a complement between the name and the title word it hangs on count twice as
        far; not past a title word: 'la porte-parole du président X' titles X 'président')."""
        i = start - 1
        first_head = None
        complement = RULES.on(TITLE_COMPLEMENT)
        while i >= 0 and start - i <= self.w.title_window_tokens * (2 if complement else 1):
            tok = doc[i]
            low = tok.lower_
            modifier = low in self.words.TITLE_MODIFIERS or (tok.pos_ == "ADJ" and tok.text[:1].islower())
            if i in roles.at[TITLE]:
                first_head = i
            elif modifier and start - i <= self.w.title_window_tokens:
                pass
            elif not (complement and first_head is None and self._title_complement(tok, start, roles)):
                break  # a civility, or any other word, ends the title
            i -= 1
        if first_head is None:
            return None
        # the title starts at the first role word; modifiers before it ("nouveau") stay out
        return doc[first_head:start].text

    def _title_complement(self, token: Token, start: int, roles: RoleWords) -> bool:
        """Whether a word before a name is in the complement of a title word before it ("de la Défense"
        on "ministre"): its heads climb to that word without leaving the words before the name. A noun of
        a person there is whom the name is ("l'avocat de l'enfant Lucas Martin")."""
        if token.lower_ in self.complement_people or token.lemma_.lower() in self.complement_people or \
                token.pos_ in ("CCONJ", "PUNCT"):
            return False
        head = token
        # (up complements only: "le ministre et son secrétaire d'État X" joins two titles)
        while head.head.i != head.i and head.head.i < start and head.dep_ not in ("conj", "appos"):
            head = head.head
            if head.i in roles.at[TITLE] and head.i < token.i:
                return True
        return False

    def _role_after(self, doc: Doc, ent: Span, roles: RoleWords) -> bool:
        """Whether a name of two or three capitalised words, after no preposition ("In Mount Gilead"), has a
        person's function in apposition after it that is not the title of the next name."""
        return 1 < len(ent) <= 3 and all(t.text[:1].isupper() and t.is_alpha for t in ent) and \
            (ent.start == 0 or doc[ent.start - 1].pos_ != "ADP") and \
            self._apposition_after(doc, ent.end, roles) is not None and not self._title_of_next(doc, ent.end)

    def _title_of_next(self, doc: Doc, end: int) -> bool:
        """Whether the function after a name's comma is the title of the name right after it ("Mount Gilead,
        Judge Lee McClelland"), not an apposition."""
        i = end + 1
        while i < len(doc) and (doc[i].pos_ == "DET" or doc[i].lower_ in self.words.TITLE_MODIFIERS):
            i += 1
        return i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper()

    def _apposition_after(self, doc: Doc, end: int, roles: RoleWords) -> str | None:
        """A function in apposition: 'Joe Votel, chef du commandement ... ,'."""
        heads = roles.at[APPOSITION]
        if end >= len(doc) or doc[end].text != ",":
            return None
        i = end + 1
        if i < len(doc) and doc[i].pos_ == "DET":
            i += 1
        j = i
        while j < len(doc) and j - i < self.w.apposition_max_modifiers and \
                doc[j].lower_ in self.words.TITLE_MODIFIERS and j not in heads:
            j += 1
        if j >= len(doc) or j not in heads:
            return None
        k = j
        while k < len(doc) and k - i < self.w.apposition_max_tokens and doc[k].text not in _STOP_APPOSITION \
                and doc[k].pos_ not in ("VERB", "AUX") and not doc[k].is_sent_start:
            k += 1
        if k - i >= self.w.apposition_max_tokens:
            return None
        return doc[i:k].text

    def _joined_places(self, doc: Doc, mentions: list[MentionCandidate],
                       gazetteer: Gazetteer) -> list[MentionCandidate]:
        """ "Baja" + "California", "Port" + "Spain" read apart, "Deir" without "ez Zor": one place when
        the gazetteer knows them together ("Port of Spain", "Deir ez Zor")."""
        joiners = self.places.NAME_JOINERS
        text = doc_text(doc)
        out: list[MentionCandidate] = []
        for m in mentions:
            prev = out[-1] if out else None
            gap = text[prev.end:m.start] if prev is not None else ""
            # "Port" + "of" + "Spain": the small words a name may hold ("de", "of") may join them too
            if prev is not None and prev.type in ("GPE", "LOC") and m.type in ("GPE", "LOC") and (
                    gap == " " or (gap.startswith(" ") and gap.endswith(" ") and gap.strip() in joiners)):
                joined = text[prev.start:m.end]
                if any(c.main for c in gazetteer.lookup(joined)):
                    out[-1] = MentionCandidate(prev.start, m.end, "GPE", joined, type_rule=JOINED_PLACE)
                    continue
            out.append(m)
        # "Deir" + "ez Zor", "MEXICO" + "CITY": the rest of a name the model left out, when the gazetteer
        # knows it whole
        starts = sorted({m.start for m in out})
        window = self.w.name_rest_window
        for i, m in enumerate(out):
            rest = self.name_rest.match(text[m.end:m.end + window])
            after = bisect_right(starts, m.end)  # the first mention that starts after this one ends
            if m.type in ("GPE", "LOC") and rest and not (after < len(starts)
                                                         and starts[after] < m.end + rest.end()):
                joined = text[m.start:m.end + rest.end()]
                if any(c.main for c in gazetteer.lookup(joined)):
                    out[i] = MentionCandidate(m.start, m.end + rest.end(), m.type, joined, weak=m.weak,
                                              type_rule=m.type_rule)
        return out

    def _places_read_as_people(self, doc: Doc, mentions: list[MentionCandidate],
                               gazetteer: Gazetteer) -> list[MentionCandidate]:
        """A one-word "person" that is no one's name in the article and that the gazetteer knows as a
        country, a region or a large city ("Russian forces continued shelling Kharkiv"): a place; not
        where it qualifies a noun ("fired Grad missiles")."""
        words = {word for m in mentions if m.type == "PER" and " " in m.text for word in m.text.split()}
        for m in mentions:
            if not self.words.PEOPLE_MAY_BE_PLACES or m.type != "PER" or " " in m.text or m.text in words \
                    or m.roles:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or (span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN") \
                    or not _prominent_place(m.text, gazetteer, self.w):
                continue
            m.type, m.weak, m.type_rule = "GPE", True, PLACE_AS_PERSON
        return mentions

    def _after_place_noun(self, text: str, start: int) -> bool:
        """Whether the name at ``start`` follows "the hospital of", "the outskirts of", "la banlieue de"."""
        return bool(self.place_of.search(text[max(0, start - self.w.place_of_window):start].lower()))

    def _placed(self, doc: Doc, ent: Span, before: list[MentionCandidate], gazetteer: Gazetteer) -> bool:
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
        if previous.lower_ in self.places.LOCATIVE_PREPOSITIONS or self._after_place_noun(doc_text(doc),
                                                                                         ent.start_char):
            return any(c.feature in ("city", "admin1", "admin2", "country") for c in known)
        # "..., Kherson." or "(Kabambare, Maniema)": a region in a list of places
        if previous.text in (",", "(") and (following is None or following.text in (",", ")", ".", ";", "[")):
            return any(c.feature in ("admin1", "admin2", "country") or (
                c.feature == "city" and c.population >= self.w.listed_town_min_population) for c in known)
        return False

    def _titled_people(self, doc: Doc, mentions: list[MentionCandidate],
                       roles: RoleWords) -> list[MentionCandidate]:
        """Names the model missed after a title: "Le Premier ministre Boris Johnson"."""
        taken = TakenSpans(len(doc_text(doc)))
        for m in mentions:
            taken.add(m.start, m.end)
        out = list(mentions)
        w = self.w
        triggers = roles.at[TITLED_PERSON]
        i = 0
        while i < len(doc):
            if i not in triggers:
                i += 1
                continue
            tok = doc[i]
            j = i + 1
            while j < len(doc) and j - i <= w.title_max_adjectives and doc[j].text[:1].islower() \
                    and doc[j].pos_ == "ADJ":
                j += 1  # "ministre britannique"
            k = j
            while k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN" \
                    and doc[k].lower_ not in self.words.ROLE_HEADS:
                k += 1
            if k - j >= w.titled_name_min_words or (k - j == 1 and tok.lower_ in self.words.CIVILITIES):
                start, end = doc[j].idx, doc[k - 1].idx + len(doc[k - 1])
                if not taken.overlaps(start, end):
                    m = MentionCandidate(start, end, "PER", doc_text(doc)[start:end], type_rule=TITLED_PERSON)
                    title = self._title_before(doc, j, roles)
                    if title:
                        m.add_role(title, TITLE)
                    out.append(m)
                    taken.add(start, end)
                i = k
            else:
                i += 1
        if RULES.on(NAME_AFTER_TITLE_COMMA):
            out += self._named_between_commas(doc, roles, taken)
        return sorted(out, key=lambda m: m.start)

    def _after_force_noun(self, doc: Doc, start: int) -> bool:
        """Whether a noun of forces, and its adjectives, stands right before ``start`` ("la force française
        Barkhane", "l'opération Serval")."""
        i = start - 1
        while i >= 0 and doc[i].pos_ == "ADJ":
            i -= 1
        return i >= 0 and doc[i].lower_ in self.words.FORCE_NOUNS

    def _misc_between_commas(self, doc: Doc, ent: Span, roles: RoleWords) -> int | None:
        """Where the title starts whose description a name the model read as MISC follows between commas
        ("Le ministre turc de la Culture, Abdulhamit Kaya, a ..."), the name of capitalised words only;
        else None."""
        if len(ent) < self.w.titled_name_min_words or not all(t.is_title for t in ent) or ent.start < 1 or \
                doc[ent.start - 1].text != "," or ent.end >= len(doc) or doc[ent.end].text != ",":
            return None
        return self._title_closed_at(doc, ent.start - 1, roles)

    def _named_between_commas(self, doc: Doc, roles: RoleWords, taken: TakenSpans) -> list[MentionCandidate]:
        """Names the model missed between the comma that closes a description headed by a title and the
        next: "Le ministre turc de la Culture, Abdulhamit Kaya, a ...", with the description as the role."""
        found = []
        for comma in (t.i for t in doc if t.text == ","):
            k = comma + 1
            while k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN" \
                    and doc[k].lower_ not in self.words.ROLE_HEADS:
                k += 1
            if k - comma - 1 < self.w.titled_name_min_words or k < len(doc) and doc[k].text != ",":
                continue  # (a name between commas only: "le ministre de l'Intérieur, Paris et Lyon")
            title = self._title_closed_at(doc, comma, roles)
            start, end = doc[comma + 1].idx, doc[k - 1].idx + len(doc[k - 1])
            if title is None or taken.overlaps(start, end):
                continue
            m = MentionCandidate(start, end, "PER", doc_text(doc)[start:end],
                                 type_rule=NAME_AFTER_TITLE_COMMA)
            m.add_role(doc[title:comma].text, NAME_AFTER_TITLE_COMMA)  # "ministre turc de la Culture"
            found.append(m)
            taken.add(start, end)
        return found

    def _embedded_places(self, ent: Span, gazetteer: Gazetteer) -> list[MentionCandidate]:
        found: list[MentionCandidate] = []
        i = 0
        while i < len(ent):
            for n in (3, 2, 1):
                sub = ent[i:i + n]
                if len(sub) < n or not all(t.text[:1].isupper() for t in sub) or sub[0].pos_ != "PROPN":
                    continue
                if _prominent_place(sub.text, gazetteer, self.w):
                    found.append(MentionCandidate(sub.start_char, sub.end_char, "GPE", sub.text, weak=True,
                                                  type_rule=EMBEDDED_PLACE))
                    i += n - 1
                    break
            i += 1
        return found

    def _missed_places(self, doc: Doc, mentions: list[MentionCandidate],
                       gazetteer: Gazetteer) -> list[MentionCandidate]:
        """Proper nouns the model left out that the gazetteer knows well enough: a country or
        first-level region anywhere, a town in a country the article's other places are in."""
        text = doc_text(doc)
        w = self.w
        taken = TakenSpans(len(text))
        for m in mentions:
            taken.add(m.start, m.end)
        countries = set()
        for m in mentions:
            if m.type in ("LOC", "GPE"):
                for c in gazetteer.lookup(m.text):
                    if c.feature in ("country", "admin1") and c.main:
                        countries.add(c.country)
        added = []
        proper = tagged(doc, "PROPN")
        i = 0
        while i < len(doc):
            if not proper[i]:
                i += 1
                continue
            tok = doc[i]
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ or tok.is_sent_start:
                i += 1
                continue
            j = i
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                    and not doc[j].ent_type_:
                j += 1
            span = doc[i:j]
            # part of a name joined by lower-case words ("Pul" or "Khumri" of "Pul-i-Khumri")
            window = w.hyphenated_window
            partial = bool(re.match(r"(?:-[a-z]+)+-[A-Z]", text[span.end_char:span.end_char + window])
                           or re.search(r"[A-Z]\w*(?:-[a-z]+)+-$", text[max(0, span.start_char - window):
                                                                        span.start_char])) \
                or (j < len(doc) and doc[j].like_num)  # a numbered site: "Mine 6/7"
            if not partial and not taken.overlaps(span.start_char, span.end_char) \
                    and len(span.text) >= w.missed_min_chars:
                cands = [c for c in gazetteer.lookup(span.text) if c.main]
                # after "in", "near", "à": any town of that name will do ("protested in Denain")
                locative = i > 0 and doc[i - 1].lower_ in self.places.LOCATIVE_PREPOSITIONS \
                    or self._after_place_noun(text, span.start_char)
                if any(c.feature in ("country", "admin1") or (c.feature in ("city", "admin2") and (
                        c.population >= w.missed_city_min_population or locative
                        or (c.country in countries and c.population >= w.missed_town_min_population)))
                       for c in cands):
                    added.append(MentionCandidate(span.start_char, span.end_char, "GPE", span.text, weak=True,
                                                  type_rule=MISSED_PLACE))
            i = j
        return sorted(mentions + added, key=lambda m: m.start)

    def _propagate(self, doc: Doc, mentions: list[MentionCandidate], words: _WordIndex,
                   pieces: bool = False) -> list[MentionCandidate]:
        """Find every other occurrence of a name already recognised (exact case, or in all caps); with
        ``pieces``, a name of several words also replaces the mentions the model cut it into there."""
        text = doc_text(doc)
        w = self.w
        taken = TakenSpans(len(text))
        for m in mentions:
            taken.add(m.start, m.end)
        by_start: dict[int, list[MentionCandidate]] = {}
        if pieces:
            for m in mentions:
                by_start.setdefault(m.start, []).append(m)
        seen: dict[str, MentionCandidate] = {}
        for m in mentions:
            if m.type in ("MISC",) or len(m.text) < w.recurrence_min_chars or m.weak:
                continue
            seen.setdefault(m.text, m)
        added: list[MentionCandidate] = []
        replaced: set[int] = set()
        for name, first in sorted(seen.items(), key=lambda kv: -len(kv[0])):
            capitals = len(name) >= w.recurrence_capitals_min_chars
            for s, e in words.occurrences(name, shouting=capitals):
                found = text[s:e]
                if found != name and not (_is_shouting(found, w) and capitals):
                    continue
                if taken.overlaps(s, e):
                    cut = self._cut_into(taken, by_start, s, e) if pieces and " " in name else None
                    if not cut:
                        continue
                    replaced.update(id(m) for m in cut)
                    type_rule = NAME_IN_PIECES
                else:
                    type_rule = first.type_rule
                taken.add(s, e)
                added.append(MentionCandidate(s, e, first.type, found, type_rule=type_rule))
        kept = [m for m in mentions if id(m) not in replaced] if replaced else mentions
        return sorted(kept + added, key=lambda m: m.start)

    @staticmethod
    def _cut_into(taken: TakenSpans, by_start: dict[int, list[MentionCandidate]], start: int,
                  end: int) -> list[MentionCandidate]:
        """The mentions the model cut the words at ``start:end`` into: the first starts there, none runs
        past ``end`` and no other mention reaches into them; none where one of them is the whole."""
        inside = [m for i in range(start, end) for m in by_start.get(i, ())]
        if not inside or inside[0].start != start or any(m.end > end or (m.start, m.end) == (start, end)
                                                          for m in inside):
            return []
        at = start  # (between the pieces, no other mention: one from before may reach into the name)
        for m in sorted(inside, key=lambda m: m.start):
            if m.start > at and taken.overlaps(at, m.start):
                return []
            at = max(at, m.end)
        return [] if at < end and taken.overlaps(at, end) else inside

    def _short_names(self, doc: Doc, mentions: list[MentionCandidate], on: set[str],
                     words: _WordIndex) -> list[MentionCandidate]:
        """The surname of a person named in full, alone where the model missed it ("Vasquier a ajouté"):
        a surname no other person named in full bears and no one's given name, between words that are not
        names (a civility or a title before it aside); and their initials in capitals ("JPD")."""
        text = doc_text(doc)
        owners: dict[str, set[str]] = {}
        given: set[str] = set()
        for m in mentions:
            named = m.text.replace(SOFT_HYPHEN, "").split()
            while len(named) > 1 and self.titled(named[0]):
                named = named[1:]
            if m.type == "PER" and len(named) > 1 and named[0][:1].isupper():
                owners.setdefault(named[-1], set()).add(" ".join(named))
                given.add(named[0])
        surnames = [(s, SURNAME_RECURRENCE) for s, full in owners.items() if len(full) == 1 and s not in given
                    and s.isalpha() and len(s) >= self.w.surname_min_chars and s[:1].isupper()
                    and s[1:].islower()] if SURNAME_RECURRENCE in on else []
        if PERSON_INITIALS in on:
            initials: dict[str, set[str]] = {}
            for full in {f for names in owners.values() for f in names}:
                initials.setdefault(_initials(full).upper(), set()).add(full)
            surnames += [(i, PERSON_INITIALS) for i, full in initials.items()
                         if len(full) == 1 and i.isalpha()
                         and self.w.person_initials_min_chars <= len(i) <= self.w.acronym_max_chars]
        if not surnames:
            return mentions
        taken = TakenSpans(len(text))
        for m in mentions:
            taken.add(m.start, m.end)
        added = []
        for surname, rule in surnames:
            for start, end in words.occurrences(surname, shouting=False):
                if text[start:end] != surname or taken.overlaps(start, end) or \
                        self._in_longer_name(doc, start, end):
                    continue
                taken.add(start, end)
                added.append(MentionCandidate(start, end, "PER", surname, type_rule=rule))
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    def _in_longer_name(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the words at ``start:end`` are not a token's whole, or are next to a capitalised proper
        noun that makes them part of a longer name; a civility or a title before them does not."""
        span = doc.char_span(start, end)
        if span is None:
            return True
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        return any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() for t in (after,)) or (
            before is not None and before.pos_ == "PROPN" and before.text[:1].isupper()
            and not self.titled(before.text))

    def _same_name_person(self, groups: list[EntityGroup], actors: ActorTable,
                          gazetteer: Gazetteer) -> list[EntityGroup]:
        """A name the model typed MISC in one place and PER in another ("Louane" in a headline, "a déclaré
        Louane" in the body): one person, where the name reads as a person's (each word capitalised, a few
        words, none a body's noun, not a medium, an actor or a place the shipped tables know)."""
        people = {name_key(g.name): g for g in groups if g.type == "PER"}
        kept = []
        for g in groups:
            person = people.get(name_key(g.name)) if g.type == "MISC" else None
            words = g.name.split()
            parts = [p for w in words for p in w.split("-")]
            if person is not None and len(words) <= self.w.person_name_max_words and all(
                    p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts) \
                    and not any(w.lower() in self.words.BODY_NOUNS for w in words) \
                    and not media_kinds().get(medium_key(g.name)) and actors.find(g.name) is None \
                    and len(g.name) >= self.w.person_name_min_chars and not gazetteer.lookup(g.name):
                person.mentions.extend(g.mentions)
                person.weak = person.weak and g.weak
                person.rules["mentions"] = SAME_NAME_PERSON
                continue
            kept.append(g)
        return kept

    def _join_aliases(self, text: str, mentions: list[MentionCandidate],
                      group_at: dict[tuple[int, int], EntityGroup],
                      groups: list[EntityGroup]) -> list[EntityGroup]:
        """One group for a person and their alias: the name after an alias cue joins the person named right
        before it, or, for a cue that needs no name before it, the last person named within a window; the
        person is the name not in quotes ('"Le Renard", alias Jean Morel')."""
        by_start = sorted(mentions, key=lambda m: m.start)
        by_end = sorted(mentions, key=lambda m: m.end)
        starts, ends = [m.start for m in by_start], [m.end for m in by_end]
        merged: dict[int, EntityGroup] = {}
        gazetteer = shared_gazetteer()

        def current(m: MentionCandidate) -> EntityGroup:
            g = group_at[(m.start, m.end)]
            while id(g) in merged:
                g = merged[id(g)]
            return g

        def quoted(m: MentionCandidate) -> bool:
            return text[:m.start].rstrip()[-1:] in ('"', "«", "“")

        def join(person: EntityGroup, other: EntityGroup, rule: str) -> None:
            person.mentions.extend(other.mentions)
            person.roles.extend(r for r in other.roles if r not in person.roles)
            person.weak = person.weak and other.weak
            person.rules["mentions"] = rule
            merged[id(other)] = person

        def complement(m: MentionCandidate) -> bool:
            """A name that is a noun's complement ("les caricatures de Mahomet"), no one spoken of."""
            before = text[max(0, m.start - 4):m.start].lower()
            return before.endswith((" de ", " du ", " des ", " d'", " d’", " of "))

        for hit in self.alias_cue.finditer(text):
            after_name = " ".join(hit.group().lower().split()) in self.alias_cues_after_name
            i = bisect_right(starts, hit.end() - 1)
            if i == len(by_start) or not self.alias_gap.fullmatch(text, hit.end(), by_start[i].start):
                continue
            alias = by_start[i]
            j = bisect_right(ends, hit.start()) - 1
            gap = r"\s*,\s*" if after_name else r"[\s,»\"”]*"
            if j >= 0 and re.fullmatch(gap, text[by_end[j].end:hit.start()]):
                owner = by_end[j]
                if (quoted(owner) and not quoted(alias)) or current(owner).type != "PER":
                    owner, alias = alias, owner
            elif after_name:
                continue
            else:
                while j >= 0 and current(by_end[j]).type != "PER":
                    j -= 1
                if j < 0 or hit.start() - by_end[j].end > self.w.alias_owner_window:
                    continue
                owner = by_end[j]
            person, other = current(owner), current(alias)
            if person is other or person.type != "PER" or other.type not in ("PER", "MISC", "ORG") and not (
                    other.type in ("LOC", "GPE") and not gazetteer.lookup(other.name)):
                continue  # (a name read as a place that no place bears: "Abou Hamza" may be one's alias)
            join(person, other, ALIAS)
        for real in by_start if self.real_name_cue is not None and RULES.on(REAL_NAME) else []:
            # "Laurent Morel de son vrai nom": the real name of the person named last before it
            if not self.real_name_cue.match(text, real.end) or current(real).type != "PER":
                continue
            j = bisect_right(ends, real.start) - 1
            while j >= 0 and (current(by_end[j]) is current(real) or current(by_end[j]).type != "PER" or
                              complement(by_end[j])):
                j -= 1
            if j < 0 or real.start - by_end[j].end > self.w.alias_owner_window:
                continue
            join(current(real), current(by_end[j]), REAL_NAME)
        return [g for g in groups if id(g) not in merged]

    def _group(self, doc: Doc, mentions: list[MentionCandidate],
               on: set[str]) -> tuple[list[Entity], set[str]]:
        """One entity per referent: the mentions of one name, a surname with its person, an acronym with
        its organisation, the names of one actor; full forms first, so that short forms find them."""
        text = doc_text(doc)
        w = self.w
        actors = actor_table()
        groups: list[EntityGroup] = []
        index: dict[tuple[str, str], EntityGroup] = {}
        found = _GroupIndex(text, w)
        group_at: dict[tuple[int, int], EntityGroup] = {}

        def key_of(m: MentionCandidate) -> tuple[str, str]:
            return (m.type if m.type != "GPE" else "LOC", name_key(m.text.replace(SOFT_HYPHEN, "")))

        def named_words(m: MentionCandidate) -> list[str]:
            """A mention's words after its civility or title ("M. Heitz", "cardinal Puljic": "Heitz")."""
            words = m.text.split()
            while m.type == "PER" and len(words) > 1 and self.titled(words[0]):
                words = words[1:]
            return words

        order = sorted(mentions, key=lambda m: (-len(named_words(m)), m.start))
        for m in order:
            k = key_of(m)
            g = index.get(k)
            if g is None and SHORT_FORM in on and m.type == "PER" and len(named_words(m)) == 1:
                g = found.by_surname.get(name_key(named_words(m)[0].replace(SOFT_HYPHEN, "")))
            if g is None and SHORT_FORM in on and m.type == "PER" and \
                    1 < len(named_words(m)) < len(m.text.split()):
                # a surname of several words after a civility ("M. Giscard d'Estaing")
                owner = found.by_surname.get(name_key(named_words(m)[-1].replace(SOFT_HYPHEN, "")))
                if owner is not None and owner.name.endswith(" " + " ".join(named_words(m))):
                    g = owner
            if g is None and MISSPELT_SURNAME in on and m.type == "PER" and len(named_words(m)) == 1 \
                    and len(m.text.split()) > 1:
                # "M. Lacoudre" for "Eric Lecoudre": news copy misspells as it goes
                g = found.misspelt_owner(name_key(named_words(m)[0].replace(SOFT_HYPHEN, "")),
                                         w.misspelt_surname_min_chars)
            if g is None and GIVEN_NAME in on and m.type == "PER" and len(m.text.split()) == 1:
                # (a word after a civility or title, "M. Dupuis", is a surname, never a given name)
                g = found.given_name_owner(name_key(named_words(m)[0].replace(SOFT_HYPHEN, "")))
            if g is None and SHORT_FORM in on and m.type in ("ORG", "MISC", "LOC") and m.text.isupper() \
                    and w.acronym_min_chars <= len(m.text) <= w.acronym_max_chars:
                g = found.acronym_owner(m)
            if g is None and PERSON_INITIALS in on and m.text.isalpha() and m.text.isupper() \
                    and w.person_initials_min_chars <= len(m.text) <= w.acronym_max_chars:
                g = found.initials_owner(m.text)  # "VGE"
            if g is None and SHORT_FORM_MISC in on and m.type == "MISC" and len(m.text.split()) == 1 \
                    and m.text[:1].isupper() and not m.text.isupper():
                word = name_key(m.text.replace(SOFT_HYPHEN, ""))
                g = found.by_surname.get(word) or found.given_name_owner(word)
                if g is not None and not g.name[:1].isupper():
                    g = None  # ("président de la République" is a title the model read as a person)
            actor = actors.find(m.text) if m.type in ACTOR_TYPES and ACTOR in on else None
            if g is None and actor is not None:
                # another name of an actor already met ("Daech" after "groupe Etat islamique")
                g = found.by_actor.get(id(actor))
            if g is None:
                shouted = _is_shouting(m.text, w) and len(m.text) > w.capitals_name_max_chars
                g = EntityGroup(m.type, m.text.title() if shouted else m.text, rules={"type": m.type_rule})
                groups.append(g)
                found.add_group(g)
                if m.type == "PER" and len(named_words(m)) > 1:
                    found.add_given_name(name_key(named_words(m)[0].replace(SOFT_HYPHEN, "")), g)
            if g.actor is None and actor is not None and (g.type == m.type or g.type in ACTOR_TYPES):
                g.actor = actor
                g.rules["wikidata"] = ACTOR
                found.add_actor(g)
            index.setdefault(k, g)
            group_at[(m.start, m.end)] = g
            g.weak = g.weak and m.weak
            g.mentions.append([m.start, m.end])
            found.add_mention(g, m.end)
            for role, rule in zip(m.roles, m.role_rules):
                if role not in g.roles:
                    g.rules[f"roles[{len(g.roles)}]"] = rule
                    g.roles.append(role)
        if ALIAS in on:
            groups = self._join_aliases(text, mentions, group_at, groups)
        if SAME_NAME_PERSON in on:
            groups = self._same_name_person(groups, actors, shared_gazetteer())
        groups.sort(key=lambda g: min(s for s, _ in g.mentions))
        entities, weak = [], set()
        for i, g in enumerate(groups, 1):
            g.mentions.sort()
            wikidata = g.actor.wikidata if g.actor else None
            rules = {f: r for f, r in g.rules.items() if f != "wikidata" or wikidata is not None}
            entities.append(Entity(id=f"e{i}", type=g.type, name=g.name, wikidata=wikidata,
                                   mentions=g.mentions, roles=g.roles, rules=rules))
            if g.weak:
                weak.add(f"e{i}")
        return entities, weak


@dataclass
class EntityGroup:
    """The mentions of one referent while they are grouped; it becomes an Entity."""

    type: str
    name: str
    mentions: list[list[int]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    weak: bool = True  # weak while every mention is
    actor: Actor | None = None
    rules: dict[str, str] = field(default_factory=dict)


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two different words differ by one letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[i:] == long[i + 1:]


class _GroupIndex:
    """The entity groups made so far, by what a new mention may join them on: the surname of a person
    named in full, an actor, the initials of a name, the places where a mention ends (an acronym in
    parentheses after it). Each answer is the first such group made, as a scan of them all in order
    would give, without that scan for each mention."""

    def __init__(self, text: str, w: EntityWeights) -> None:
        self.text, self.w = text, w
        self.order: dict[int, int] = {}  # id of a group -> its rank among the groups made
        self.by_surname: dict[str, EntityGroup] = {}
        self.by_given_name: dict[str, list[EntityGroup]] = {}  # a first word -> the people named in full
        self.by_actor: dict[int, EntityGroup] = {}
        self.by_initials: dict[str, list[EntityGroup]] = {}
        self.ending_at: dict[int, list[EntityGroup]] = {}
        self._parentheses: dict[str, list[tuple[int, int]]] | None = None
        self._parenthesis_ends: set[int] | None = None

    def add_group(self, g: EntityGroup) -> None:
        self.order[id(g)] = len(self.order)
        words = g.name.replace(SOFT_HYPHEN, "").split()
        if g.type == "PER" and len(words) > 1:
            self.by_surname.setdefault(name_key(words[-1]), g)
        initials = _initials(g.name).upper()
        self.by_initials.setdefault(initials, []).append(g)
        if g.type != "PER" and (parts := _initials(g.name, every_part=True).upper()) != initials:
            self.by_initials.setdefault(parts, []).append(g)  # "HCR": "Haut-Commissariat aux Réfugiés"

    def add_given_name(self, word: str, g: EntityGroup) -> None:
        """A person named in full by the first word of their name, past any civility or title."""
        if len(word) > 1 and not word.endswith("."):  # (an initial, "J. Smith", is no given name)
            self.by_given_name.setdefault(word, []).append(g)

    def given_name_owner(self, word: str) -> EntityGroup | None:
        """The one person named in full whose name starts with the given name ``word``, past the article's
        first line; where two are, or the word is a surname too, no one."""
        owners = self.by_given_name.get(word, [])
        if len(owners) != 1 or word in self.by_surname:
            return None
        # (named in full past the first line: a headline's capitals make names of other words, "X Says")
        first_line = self.text.find("\n")  # (-1 for an article of one line: every mention is past it)
        return owners[0] if any(start > first_line for start, _ in owners[0].mentions) else None

    def misspelt_owner(self, word: str, min_chars: int) -> EntityGroup | None:
        """The one person named in full whose surname is one letter from ``word`` (a letter changed, added
        or dropped), where both have ``min_chars`` characters or more."""
        if len(word) < min_chars:
            return None
        owners = {id(g): g for surname, g in self.by_surname.items()
                  if len(surname) >= min_chars and one_letter_apart(word, surname)}
        return next(iter(owners.values())) if len(owners) == 1 else None

    def initials_owner(self, initials: str) -> EntityGroup | None:
        """The one person named in full (two words or more) whose words' initials are ``initials``."""
        owners = [g for g in self.by_initials.get(initials, ())
                  if g.type == "PER" and len(g.name.split()) > 1]
        return owners[0] if len(owners) == 1 else None

    def add_actor(self, g: EntityGroup) -> None:
        known = self.by_actor.get(id(g.actor))
        if known is None or self.order[id(g)] < self.order[id(known)]:
            self.by_actor[id(g.actor)] = g

    def add_mention(self, g: EntityGroup, end: int) -> None:
        self.ending_at.setdefault(end, []).append(g)

    def acronym_owner(self, m: MentionCandidate) -> EntityGroup | None:
        """The first organisation or place whose name the acronym ``m`` abbreviates: by its initials, or
        by the acronym in parentheses right after one of its mentions ("groupe Etat islamique (EI)")."""
        acronym = m.text
        owners = list(self.by_initials.get(acronym.upper(), ()))
        if acronym != acronym.strip() or set(acronym) & {"(", ")"}:  # not a word in parentheses alone
            owners += [g for end in self._before_any_parenthesis() for g in self.ending_at.get(end, ())
                       if self._parenthesis_after(end, acronym)]
        else:
            owners += self._before_parenthesis(acronym)
        owners = [g for g in owners if g.type in ("ORG", "MISC", "LOC") and g.name != acronym
                  and len(g.name) > len(acronym)]
        return min(owners, key=lambda g: self.order[id(g)], default=None)

    def _parenthesis_after(self, end: int, acronym: str) -> bool:
        return bool(re.match(r"\s*\(\s*" + re.escape(acronym) + r"\s*\)",
                             self.text[end:end + len(acronym) + self.w.parenthesis_slack]))

    def _before_any_parenthesis(self) -> set[int]:
        """Where a mention may end for a parenthesis to follow it: before one, or before spaces and one."""
        if self._parenthesis_ends is None:
            self._parenthesis_ends = set()
            for hit in re.finditer(r"\s*\(", self.text):
                self._parenthesis_ends.update(range(hit.start(), hit.end()))
        return self._parenthesis_ends

    def _before_parenthesis(self, acronym: str) -> list[EntityGroup]:
        """The groups with a mention that ends where spaces, then ``acronym`` in parentheses, follow."""
        if self._parentheses is None:  # every word in parentheses, once: its words -> where it stands
            self._parentheses = {}
            longest = self.w.acronym_max_chars + self.w.parenthesis_slack
            for hit in re.finditer(r"\(([^()]*)\)", self.text):
                if len(hit.group(1)) <= longest:
                    self._parentheses.setdefault(hit.group(1).strip(), []).append(hit.span())
        owners = []
        for opening, closing in self._parentheses.get(acronym, ()):
            end = opening
            while True:  # the mention may end before spaces, within the slack the window allows
                if closing - end > len(acronym) + self.w.parenthesis_slack:
                    break
                owners += self.ending_at.get(end, ())
                if end == 0 or not self.text[end - 1].isspace():
                    break
                end -= 1
        return owners


@Language.factory("veille_entities",
                  assigns=["doc._.veille_entities", "doc._.veille_mentions", "doc._.veille_weak",
                           "doc._.veille_facilities"],
                  requires=["doc.ents", "token.pos", "token.dep", "token.is_sent_start"])
def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    return EntityRecognizer(nlp, name)

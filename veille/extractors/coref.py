"""Coreference: the words that refer to the article's people and organisations without naming them.

Names are grouped by ``entities`` (a full name, its surname, a civility or title and the surname are one
entity). This module links the rest, in one pass over the article, each link with the rule that made it:

- descriptions ("le porte-parole", "la ministre", "du ministre", "l'élu"): the person named in apposition
  to them ("la ministre Marie Dupont", "le porte-parole, John Dorrian", "le ministre de l'Intérieur X");
  else the person the article gives that role or person noun anywhere ("Gérald Darmanin, ministre de
  l'Intérieur", "X, policier de 45 ans", "X est un élu"; a title said in other words, "le chef de l'État",
  is read as the title); else the same description again; else the last subject of its gender (the one
  person a headline names counts as one where the article starts), or the person named just before;
  else the person the article is about so far; else a description before any such name waits for the
  next person the article names; else it stays a described referent of its own. Inside a quote, a
  description is only the person given that role;
- "ce dernier", "cette dernière": the person named last, of its gender;
- bodies and media ("le syndicat", "le quotidien", "la chaîne"): the organisation named with that noun
  ("le syndicat Alliance"), else the medium named last as a source or channel, else the body that spoke;
- pronouns and inverted clitics ("il", "-t-elle", "ils", "selon lui", "X a lui aussi", and "celui qui" as
  a subject, read as "il"): the most recent subject (or inverted speaker) whose gender and number, read
  from the morphology, agree with them, never across a nearer one that agrees (subjects joined by "et",
  whom "il" may not pick from, and someone a pronoun brings in, "l'un d'eux", count as nearer ones);
  inside a quote, the subject that quote named; impersonal "il" ("il faut", "il y a") and a clitic that
  repeats a noun subject ("cette réforme tiendra-t-elle") are no one's; "X a quant à lui" is X, and so is
  "« ... », a quant à lui réagi X"; a pronoun of a quote is not whom the sentence that opens it makes its
  speaker; a medium cited after its verb ("..., rapporte le journal") is for an inverted clitic only, and
  not when it reports a person's act; a plain pronoun stands for an organisation only in the sentence
  where it is the subject.

The result, ``doc._.veille_coref``, answers ``referent(start, end)``: the link of the referring words in
that span (its kind, its rule, the entity id or the described referent's words); entities gain their
descriptions and pronouns as ``Entity.references``. Nothing scans the article per mention: the focus,
the roles, the media and the people named are kept as the pass goes.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from spacy.attrs import LOWER, POS
from spacy.language import Language
from spacy.symbols import ADJ, NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from ..data import demonyms, media_kinds, medium_key, office_holders
from ..geo.gazetteer import shared_gazetteer
from ..geo.names import name_key
from ..nlp.lang import language_pack
from ..records import Entity, Reference
from .actors import actor_table
from .docs import doc_index, doc_text, finite_verb, quoted_spans, set_beside, token_covering
from .rules import RULES
from .statements import guess_lemma

if not Doc.has_extension("veille_coref"):
    Doc.set_extension("veille_coref", default=None)

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj"}
NAME_DEPS = ("flat", "flat:name", "appos", "compound")
NOUN_PHRASE_DEPS = {*SUBJECT_DEPS, "obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod"}
# the parts of speech of the words that may refer to someone: a pronoun, a noun, an adjective used as one
REFERRING_POS = {NOUN, PRON, ADJ}
REFERRED_TYPES = ("PER", "ORG", "NORP")  # what a description or a pronoun may stand for
PLACE_TYPES = ("GPE", "LOC")  # a place named as a subject, for the pronouns of its sentence
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SECTION_MARKS = ("►", "▶", "■", "•")  # the marks that open a section headed by what it is about


@dataclass(frozen=True)
class CorefWeights:
    """The numbers that bound the coreference rules, set by hand."""

    in_focus_sentences: int = 2  # sentences before a description where the person it is may be the subject
    title_words: int = 6  # words, at most, of a description right before the name it describes
    person_name_words: int = 4  # words, at most, of a person's name the model typed otherwise
    counted_group_sentences: int = 4  # sentences before a subject that counts a group ("les deux") it names
    named_after_sentences: int = 2  # sentences after a description where the person it waits for is named
    pronoun_sentences: int = 8  # sentences before a pronoun where its antecedent may be
    role_words_agree: int = 2  # words of a description that a role must hold where the role has more words
    body_sentences: int = 4  # sentences before "le syndicat" where the organisation that spoke may be
    fronted_tokens: int = 12  # words of a noun phrase that opens a sentence before a name it describes
    longest_quote: int = 3000  # characters between two straight quotation marks that still pair them
    main_person_names: int = 2  # times the article's main person is named, and how many times the next one
    latter_referents: int = 4  # the referents named last, among which "ce dernier" is the last person
    headline_chars: int = 400  # characters from the start where the blank line after a headline may be
    speaker_after_words: int = 5  # words between an inverted verb of saying and the speaker named after it
    set_off_tokens: int = 10  # words, at most, set off by commas between a name and the verb it is subject of


WEIGHTS = CorefWeights()

GIVEN = RULES.define(
    "coref.given", "a person noun the article gives someone ('X, policier de 45 ans', 'X est un élu'): a "
    "definite description with that noun ('le policier') is that person, as a role is")
PLURAL_NOT_ONE = RULES.define(
    "coref.plural_not_one", "a plural noun is no one person's description, in apposition or given "
    "('l'égalité entre les femmes et les hommes X': X is no 'homme' that 'le jeune homme' may be)")
APPOSITION = RULES.define(
    "coref.apposition", "a description with a name in apposition: 'la ministre X', 'le porte-parole, X'")
ROLE = RULES.define(
    "coref.role", "a description ('le ministre') whose role the article gives someone ('X, ministre de')")
OTHER_TITLE = RULES.define(
    "coref.other_title", "a description's noun is not a role that a word before it makes another title: 'le "
    "ministre israélien' is not 'le Premier ministre' X, 'the minister' not 'Prime Minister' X")
ROLE_KIND = RULES.define(
    "coref.role_kind", "a description by the kind of a role ('le militaire', 'la dirigeante', 'l'élu') "
    "no one holds as such: the one person named before with a role of that kind ('le colonel X')")
OWN_COMPLEMENT = RULES.define(
    "coref.own_complement", "a description whose complement names a body or place no person's role has "
    "('le gouverneur du Nevada'): someone new, not the person named last or most")
ROLE_QUALIFIER = RULES.define(
    "coref.role_qualifier", "a description whose words after its noun ('le militaire iranien', 'le policier "
    "antiterroriste') are those of one role the article gave a person named before ('X, général iranien')")
NAMED_COMPLEMENT = RULES.define(
    "coref.named_complement", "a description whose complement names a body ('le correspondant de l'AFP', "
    "'le trésorier du Parti socialiste'): only a person the article tied to it, else someone new")
BODY_TAGS = {"ORG"}  # the tagger's label of a body's name (a place's may be where a person lives)
STEM = 4  # the first letters that tie a role's word to a name
ARTICLE_GENDER = RULES.define(
    "coref.article_gender", "a definite article right before a person's name, past adjectives ('le petit "
    "Pablo'), gives their gender where the given name does not")
QUALIFIER_AS_NOUN = RULES.define(
    "coref.qualifier_as_noun", "a description whose noun the article said of one person as a word after "
    "another noun ('la démocrate' after 'la cheffe des démocrates Nancy X') is that person")
DEMONSTRATIVE_RECENT = RULES.define(
    "coref.demonstrative_recent", "a demonstrative description ('ce retraité') whose noun an earlier "
    "description still unresolved had ('un retraité', in the headline) is the person just spoken of, if "
    "their gender agrees, not whoever that earlier description waits for")
DEMONSTRATIVE_TELLS_MORE = RULES.define(
    "coref.demonstrative_tells_more", "a demonstrative description whose complement names a body ('cette "
    "diplômée de l'ENS') tells more of the one just spoken of, whom the article need not have tied to it")
DEMONSTRATIVE_PERSON = RULES.define(
    "coref.demonstrative_person", "a demonstrative description of a person ('cette jeune Française', 'cet "
    "homme') nothing else resolved is the person named or referred to last, of its gender, a sentence or "
    "two before")
FORMER_TELLS_MORE = RULES.define(
    "coref.former_tells_more", "a description of a former role in a body ('l'ex-ouvrier de Ford', "
    "'l'ex-chargé de mission de l'Élysée') tells more of the one just spoken of, whom the article need not "
    "have tied to that body")
HEADLINE_SAID_AGAIN = RULES.define(
    "coref.headline_said_again", "a headline's description that the body says again with more words and a "
    "name ('la cheffe des démocrates' ... 'la cheffe des démocrates au Congrès Nancy X') is that person, not "
    "the next one the body names")
HOLDER_GENDER = RULES.define(
    "coref.holder_gender", "a description is none of the holders of its role of the other gender ('l'ancien "
    "ministre' is not 'la ministre X')")
NAMED_AFTER = RULES.define(
    "coref.named_after", "a description before any name ('le porte-parole') is the next person named")
RANK_NAMED_AFTER = RULES.define(
    "coref.rank_named_after", "a function described before any name ('le porte-parole de l'état-major') is "
    "the next person named, even with a rank for title ('le colonel X'): a rank says what one is, not does")
IN_FOCUS = RULES.define(
    "coref.in_focus", "a definite description ('l'élu') none holds: the last subject, a person of its gender")
SAME_DESCRIPTION = RULES.define(
    "coref.same_description", "a description that repeats one before ('le syndicat'): the same referent")
NAMED_BEFORE = RULES.define(
    "coref.named_before", "a definite description ('le maire') none holds and no subject fits: the person "
    "named last, a sentence or two before, of its gender")
BODY = RULES.define(
    "coref.body", "a body described ('le syndicat', 'le parquet'): the organisation named with that noun, "
    "else, for a body that has a name of its own, the organisation that spoke last, a few sentences before")
PERIPHRASE = RULES.define(
    "coref.periphrase", "a title said in other words ('le chef de l'État', 'le garde des Sceaux') is read as "
    "the title ('président de la république', 'ministre de la justice')")
PERIPHRASE_HOLDS = RULES.define(
    "coref.periphrase_holds", "a person a title said in other words was tied to ('le chef de l'État') holds "
    "that title ('président') for the descriptions after it")
HOLDER_IN_FOCUS = RULES.define(
    "coref.holder_in_focus", "of several people whose roles fit a description alike ('le président' where "
    "the article has two), the one last a subject a sentence or two before, else the last one named")
MAIN_PERSON = RULES.define(
    "coref.main_person", "a definite description nothing else resolves ('le président'): the person the "
    "article names most so far, twice and twice as often as anyone, of its gender")
IN_QUOTE = RULES.define(
    "coref.in_quote", "a pronoun inside a quote: the person the same quote named its subject before it; a "
    "description there: the person the article gave that role or description")
MEDIUM = RULES.define(
    "coref.medium", "a medium's noun ('le quotidien', 'la chaîne', 'le réseau social'): the medium named "
    "last as a source or channel ('rapporte X', 'sur X'), a few sentences before")
MEDIUM_OF_KIND = RULES.define(
    "coref.medium_of_kind", "a medium's noun stands for the medium the article gave that noun ('le quotidien "
    "X'), else for the one medium near that it gave no other; several near: none")
MEDIUM_OF_ARTICLE = RULES.define(
    "coref.medium_of_article", "a medium's noun with no medium of its kind near ('précise encore le "
    "journal', many sentences after 'révèle le Parisien') stands for the one medium of its kind the article "
    "named before, however far; several: none")
KNOWN_MEDIUM = RULES.define(
    "coref.known_medium", "a medium the shipped table knows is called by the nouns of its kind ('le "
    "quotidien' for Le Parisien, 'la radio' for France Bleu), as if the article had put them beside it")
AUTHOR_MEDIUM = RULES.define(
    "coref.author_medium", "an organisation that authored what was said or written ('une information du "
    "Parisien') is a medium a medium's noun may stand for")
UNKNOWN_NAME = RULES.define(
    "coref.unknown_name", "a definite description right before a name the entities missed ('la chanteuse "
    "Nicoletta'): someone of their own, whom the same description after stands for")
ORGANISATION_NEAR = RULES.define(
    "coref.organisation_near", "a body's or a medium's noun ('l'ONG', 'le journal') nothing else resolves: "
    "the one organisation named in the few sentences before it")
BODY_NOT_MEDIUM = RULES.define(
    "coref.body_not_medium", "a body's noun that names no medium ('l'entreprise', 'le syndicat') does not "
    "stand for a medium that spoke last ('rapporte La Nouvelle République ... indique l'entreprise')")
KIND_COMPLEMENT = RULES.define(
    "coref.kind_complement", "a body's or a medium's noun whose complement says its kind, a bare noun after "
    "'de' ('la chaîne d'information', 'le syndicat de police'), has no complement of its own: it stands for "
    "the medium or the body named before")
QUOTE_SPOKEN_OF = RULES.define(
    "coref.quote_spoken_of", "a pronoun inside a quote that names no one it may stand for: the last person "
    "the article had as a subject, of a gender known to agree")
LATTER = RULES.define(
    "coref.latter", "'ce dernier', 'cette dernière': the person named last, of its gender (an "
    "organisation has none to check)")
HEADLINE = RULES.define(
    "coref.headline", "the one person a headline names, not as a subject ('la nuit de X'): the subject in "
    "focus where the article starts, for the descriptions and pronouns of its first sentences; a description "
    "in the headline ('une militante implore') is the first person the body names as a subject, however far")
CITED = RULES.define(
    "coref.cited", "a person cited as the source ('selon X, ...'): whom an inverted clitic after may stand "
    "for ('« ... », a-t-il ajouté'), not a plain pronoun")
SECTION = RULES.define(
    "coref.section", "a person named where a section opens, after its mark ('► Marc Dupuis : ...'): the "
    "subject in focus where that section starts")
GLUED_EMPHATIC = RULES.define(
    "coref.glued_emphatic", "a stressed pronoun written with its emphatic word ('X avait lui-même "
    "donné'): the subject of its clause, as 'lui aussi' is")
AFTER_PREPOSITION = RULES.define(
    "coref.after_preposition", "a stressed pronoun right after its preposition ('des photos de lui', 'tout "
    "comme lui', 'avec elle'): the most recent subject of its gender and number, as a pronoun")
GIVEN_NAME_AFTER_PRONOUN = RULES.define(
    "coref.given_name_after_pronoun", "a given name right after a pronoun of a gender ('une idée à laquelle "
    "Donald Trump'), whose tag the pronoun sways, tells no gender: another mention's does")
GIVEN_NAME_PAST_TITLE = RULES.define(
    "coref.given_name_past_title", "a person's gender as their given name is tagged, past a civility or a "
    "title before it ('Me Marc Dupuis': 'Marc')")
BARE_WORDS = RULES.define(
    "coref.bare_words", "a description whose words, past elided articles and parentheses, are among those "
    "of one linked before ('le trésorier de l'UDP' after 'le trésorier de l'Union des pêcheurs (UDP)') "
    "is the same person")
BODY_NAMED_AFTER = RULES.define(
    "coref.body_named_after", "a definite description of no person right before an organisation's name ('La "
    "compagnie aérienne American Airlines a indiqué') is that organisation")
NAME_RIGHT_AFTER = RULES.define(
    "coref.name_right_after", "a person's name right after a description whose complement ends with a "
    "capital, which the parse hangs on nothing a noun phrase could ('le ministre de la Défense Naftali "
    "Bennett évoquant'), is whom it describes")
ROLE_OTHER_WORDS = RULES.define(
    "coref.role_other_words", "a description is not someone whose every role with its noun says other words "
    "('le président américain' is not the one the article made 'président lituanien')")
NATIONALITY_QUALIFIER = RULES.define(
    "coref.nationality_qualifier", "an adjective of nationality after a description's noun that heads no "
    "state ('le ministre israélien') does not make a role with a complement and no country ('ministre de la "
    "Défense') other words; 'le président américain' is still not 'président de la CCIA'")
OBJECT_NOT_SUBJECT = RULES.define(
    "coref.object_not_subject", "a description that is the object of a verb is not the person its subject "
    "names ('X a critiqué la ministre': the minister is not X)")
PARTY_LABEL = RULES.define(
    "coref.party_label", "a label in capitals after a description's noun ('la candidate LR') says the "
    "person's side, no other role: it does not make the words of a role given otherwise ('candidate à la "
    "mairie de Paris') other words")
SPEAKING_NAME = RULES.define(
    "coref.speaking_name", "a name of two to four capitalised words that the model typed a body's and that "
    "speaks, new to the article, is whom a person's description waiting for a name stands for ('a averti le "
    "patron de l'OMS. « ... », a indiqué Tedros Adhanom Ghebreyesus')")
SUBJECT_PERSON_NOUN = RULES.define(
    "coref.subject_person_noun", "a subject pronoun outside quotes that no subject before agrees with, nor a "
    "given name: as an inverted clitic, the nearest person's noun of its gender and number ('le suspect, la "
    "quarantaine, fume une cigarette. Il nie les faits')")
NOUN_BEFORE_NAME_GENDER = RULES.define(
    "coref.noun_before_name_gender", "a person's name right after a definite description of a person that it "
    "is apposed to or shares its verb with ('L'ex-Première dame des Etats-Unis Michelle X a affirmé') has "
    "the description's gender, whatever the tagger read in the given name")
PEOPLE_SUBJECT = RULES.define(
    "coref.people_subject", "people named by a plural noun, no one's name, as a clause's subject ('Une "
    "quarantaine d'avocats a signé une tribune. Ils dénoncent'): what a plural pronoun after stands for, "
    "in their words")
CLITIC_PERSON_NOUN = RULES.define(
    "coref.clitic_person_noun", "an inverted clitic that no subject before agrees with, nor a given name: "
    "the nearest person's noun of its gender and number, in its sentence or the one before, outside quotes "
    "('sous le regard de sa mère. « ... », lance-t-elle')")
GIVEN_NAME_GUESS = RULES.define(
    "coref.given_name_guess", "a pronoun no subject agrees with: the last subject, a sentence or less "
    "before, where only the tagger's reading of the given name gave the other gender; its gender is the "
    "pronoun's")
NAME_PART = RULES.define(
    "coref.name_part", "a clitic's form glued to a name ('Kim Chan-il') is the end of that name, no pronoun")
AFTER_SOURCE = RULES.define(
    "coref.after_source", "a name after the comma that closes a source ('Selon le journal, X était parti'), "
    "which the parse hangs on the source's noun: the subject of the verb that has none")
POSTPOSED = RULES.define(
    "coref.postposed", "a person named after an incise's verb of saying and its complements ('», a dit de "
    "son côté Marc Dupuis', ', explique à la radio X'), or after 'selon' or a viewpoint's 'pour X,' the "
    "parse missed: whom an inverted clitic after may stand for")
PAST_CHANNEL = RULES.define(
    "coref.past_channel", "a name after an inverted verb of saying and its channel, which the parse hangs on "
    "the channel ('a déclaré à l'AFP Marc Dupuis'): the speaker, a subject")
ONE_WHO_SAYS = RULES.define(
    "coref.one_who_says", "'celui qui', 'celle qui' whose relative clause says something ('Celui qui "
    "admet avoir essayé ... est parfois pris de ...'): someone named before, as a pronoun is, whatever its "
    "own verb")
PHRASE_NOT_CHANNEL = RULES.define(
    "coref.phrase_not_channel", "a description's words end before a channel after it ('explique le président "
    "sur TMC', 'confie la propriétaire au Parisien'): what a pronoun later stands for is the person alone")
IMPERSONAL_APART = RULES.define(
    "coref.impersonal_apart", "an impersonal 'il' whose 'y' stands apart from it: past a negation ('il n'y "
    "avait'), before the infinitive after a verb ('il doit y avoir'): no one's")
COMPLEX_INVERSION = RULES.define(
    "coref.complex_inversion", "an inverted clitic after a verb whose subject is a noun or name before it "
    "('cette réforme tiendra-t-elle ?'): it repeats that subject, and stands for no one named before")
EMPHATIC_BEFORE = RULES.define(
    "coref.emphatic_before", "a stressed pronoun after words that set the subject apart ('X a quant à lui "
    "estimé'): the subject of its clause")
EMPHATIC_POSTPOSED = RULES.define(
    "coref.emphatic_postposed", "a stressed pronoun set apart in a clause whose subject comes after its verb "
    "('« ... », a quant à lui réagi X'): the person named after the verb, in that sentence")
QUOTE_NOT_SPEAKER = RULES.define(
    "coref.quote_not_speaker", "a pronoun of the third person in a quote is not whom the sentence that opens "
    "the quote makes its speaker ('X a déclaré : « Il est parti »': not X)")
SOURCE_OF_PERSON = RULES.define(
    "coref.source_of_person", "a medium that reports what a person did ('X a refusé, indique le journal. "
    "« ... », a-t-il dit'): an inverted clitic after stands for that person, not the source")
DESCRIBED_SOURCE = RULES.define(
    "coref.described_source", "a body or medium described after its verb of saying ('..., rapporte le "
    "journal'): the source, which only an inverted clitic after may stand for, like a named one")
NAMED_AFTER_HEADLINE = RULES.define(
    "coref.named_after_headline", "a description that waits for a name may take a person the headline "
    "named, when the article's body names them first after it ('Titre sur X / Le candidat a dit. X a ...')")
PAST_CONJUNCTION = RULES.define(
    "coref.past_conjunction", "a name after a conjunction that follows a description ('le ministre et son "
    "conseiller X') is the other one's, not the description's")
DEMONSTRATIVE_ORIGIN = RULES.define(
    "coref.demonstrative_origin", "a demonstrative before a capitalised word of origin ('Ce Français de 41 "
    "ans', 'cette jeune Parisienne') describes a person, as a noun of a person does")
OFFICE_HOLDER = RULES.define(
    "coref.office_holder", "an office named with its country ('le président américain', 'la chancelière "
    "allemande', 'the British prime minister') is whoever held it on the article's day, where the article "
    "names them (veille/data/office_holders.tsv)")
PLACE_SUBJECT = RULES.define(
    "coref.place_subject", "a place that is its clause's subject ('l'Egypte reste investie aux côtés du "
    "maréchal, à qui elle continue d'offrir ...') takes the pronoun of its gender and number later in its "
    "sentence, before any person named earlier")
BODY_IN_ITS_SENTENCE = RULES.define(
    "coref.body_in_its_sentence", "a plain pronoun stands for an organisation only in the sentence where "
    "it is the subject ('le parti a annoncé qu'il signerait'); past it, 'il' is more often a person's: "
    "no one sure")
COORDINATED = RULES.define(
    "coref.coordinated", "a subject joined to another by a conjunction ('X et Y ont dit'): the two together, "
    "whom a plural pronoun after may stand for, and a singular one not")
INCISE_NOUN = RULES.define(
    "coref.incise_noun", "a verb of saying right after a quote and its comma that the tagger reads as a noun "
    "('« Je ne suis pas un tueur », avance X'): the name after it is cited as the source, as after a verb")
FRONTED_APPOSITION = RULES.define(
    "coref.fronted_apposition", "a bare person's noun that opens the sentence before a name and its comma "
    "('Étudiant en M2 à l'EM Lyon, X fustige ...'): a noun given to that person, as in apposition after it")
BODY_SUBJECT = RULES.define(
    "coref.body_subject", "a body named or described by a noun of bodies as a clause's subject, whatever "
    "its verb ('L'Association X milite pour ... Elle réfute'): whom a pronoun after, in its sentence or the "
    "next, may stand for, as when it speaks")
COUNTED_GROUP = RULES.define(
    "coref.counted_group", "a subject that counts its members ('les deux pays', 'toutes deux', 'ces trois "
    "responsables') stands for the entities of its kind named in its sentence and the few before, where "
    "they are as many")
BETWEEN = RULES.define(
    "coref.between", "a pronoun that brings in someone as a clause's subject ('l'un d'eux a', 'celui qui') "
    "stands between a pronoun after it and anyone named before")
SAME_HEAD = RULES.define(
    "coref.same_head", "a definite description whose noun, past 'ex-', the article linked to one person only "
    "before ('l'ancien candidat du parti X' after 'l'ancien candidat à la mairie'), former both or neither, "
    "where no one else holds it as a role and its adjectives after the noun are among that person's "
    "words: that person")
UNTITLED = RULES.define(
    "coref.untitled", "a title said in other words ('le chef de l'État') that no one holds and nothing else "
    "resolves: the one person named before, outside quotes, whom the article gave no role nor description, "
    "of its gender")
TITLE_SAID_OTHERWISE = RULES.define(
    "coref.title_said_otherwise", "a title ('le président', 'le chef de l'État') is not one the article "
    "titled otherwise in other words ('le chef du gouvernement italien X')")
BARE_COMPOUND_VERB = RULES.define(
    "coref.bare_compound_verb", "a verb of a compound tense ('lui a apporté') left with no subject is as "
    "finite as its auxiliary: a name hung before it on a fronted complement is its subject")
DESCRIPTION_PAST_CHANNEL = RULES.define(
    "coref.description_past_channel", "a description after an inverted verb of saying and its channel, which "
    "the parse hangs on the channel ('explique à l'AFP la jeune femme'), is the subject, as a name there is")
UNTITLED_APPOSITION = RULES.define(
    "coref.untitled_apposition", "a person the article describes by a noun in apposition ('Chérif Chekatt, "
    "un délinquant radicalisé') is described: no title said in other words goes to them")
NAMED_SINCE = RULES.define(
    "coref.named_since", "a description that repeats one of no one named ('une experte de l'ONU' ... "
    "'l'experte'): the one person the article first named in between, outside quotes, where that person's "
    "gender is known and the description's, and no one else of that gender or of none was named there")
CONTRACTED = RULES.define(
    "coref.contracted", "a preposition that holds the article ('au chef de l'État', 'aux élus') is the "
    "determiner of a description, as 'du' is")
ORDINAL = RULES.define(
    "coref.ordinal", "a word written with digits ('le 1er mai', whose lemma is 'premier') is a number, no "
    "description of a person")
PRONOUN = RULES.define(
    "coref.pronoun", "a pronoun or inverted clitic ('il', '-t-elle', 'selon lui'): the most recent subject "
    "of its gender and number")
GROUP_MEMBER = RULES.define(
    "coref.group_member", "a pronoun of one person after subjects joined by a conjunction ('X et Y ont "
    "signé ... a-t-elle dit'): the one of them who may be of its gender, where the others are known to be of "
    "the other")
SAME_HEAD_ADJECTIVE = RULES.define(
    "coref.same_head_adjective", "the noun of descriptions linked to one person, with an adjective said of "
    "no one before ('le pasteur originaire de Brooklyn'): still that person, unless the adjective says an "
    "origin")
POSSESSOR = RULES.define(
    "coref.possessor", "whose a thing or a group with a possessive is ('son entourage', 'sa famille', 'ses "
    "services'): the most recent named subject of the possessive's number, as a pronoun's")
SUBJECT_OF_BARE_VERB = RULES.define(
    "coref.subject_of_bare_verb", "a name the parse hangs in apposition on a fronted complement, before a "
    "verb with no subject ('Dans l'assistance, René Martinet, ancien pilote, tenait à'): the verb's subject")
THING_COMPLEMENT = RULES.define(
    "coref.thing_complement", "a person's name right after a description's complement that is no "
    "person's noun ('le maire de la ville François Bayrou'): the description's person")
ADJECTIVE_BEFORE_NAME = RULES.define(
    "coref.adjective_before_name", "a person's name right after a description's noun and its adjectives "
    "('le sociologue tunisien Mohamed Jouili'), which the parse may hang elsewhere: the description's "
    "person")
ONE_WHO = RULES.define(
    "coref.one_who", "'celui qui', 'celle qui' as a subject ('regrette celui qui a présidé l'Assemblée'): "
    "a pronoun, the most recent subject of its gender")
DEMONYM_MEDIUM = RULES.define(
    "coref.demonym_medium", "a people's name in the singular with a definite article that speaks or is the "
    "channel ('révèle le Parisien', 'auprès du Parisien'), which the model takes for a people: a medium, "
    "whom a medium's noun after stands for")
NAMED_AFTER_NUMBER = RULES.define(
    "coref.named_after_number", "a plural description that waits for a name ('les victimes') is no one "
    "person named after it")
OTHER_KIND = RULES.define(
    "coref.other_kind", "a name set off with an indefinite description of another noun ('Jeanne Roux, une "
    "infirmière') is not whom a description waiting for a name ('la ministre') stands for")
PERIPHRASE_DESCRIBES = RULES.define(
    "coref.periphrase_describes", "a definite title said in other words whose noun is no role of its own "
    "('la garde des Sceaux') is a description, as the title it says is")
PERIPHRASE_NOT_HEAD = RULES.define(
    "coref.periphrase_not_head", "a title said in other words ('le chef de l'État') is not tied by its "
    "own noun ('chef') to the one person described with that noun before, nor to a person in focus or "
    "named before, where that person's roles or descriptions said another title ('le chef du "
    "gouvernement italien')")
DEMONYM_INSIDE_TITLE = RULES.define(
    "coref.demonym_inside_title", "an office's title with its country's demonym inside it ('le ministre "
    "russe des Affaires étrangères') is that country's office, as with the demonym after it")
KNOWN_MEDIUM_MISTYPED = RULES.define(
    "coref.known_medium_mistyped", "a medium the shipped table knows, which the model typed as a place or a "
    "people, named as the source or the channel ('a-t-il expliqué à Franceinfo'): a medium, whom a medium's "
    "noun after ('rapporte la station') may stand for")
PHRASE_TO_COMMA = RULES.define(
    "coref.phrase_to_comma", "a description's words end at the first comma, even one inside its "
    "complement ('la présidente de la Chambre des représentants, qui affirme ...')")
COUNTRY_AFTER_TITLE = RULES.define(
    "coref.country_after_title", "an office's title with its country named after it ('le roi du Maroc', "
    "'l'émir du Qatar') is that country's office, as with its demonym")
SET_OFF_NAME = RULES.define(
    "coref.set_off_name", "a person's name after a comma, with or without a clause of its own set off by "
    "commas after it, right before a finite verb the parse left with no subject ('Parmi les donneurs, "
    "Mohamed Fathi, 25 ans, avait contracté le virus'): that verb's subject")
PASSIVE_AGENT = RULES.define(
    "coref.passive_agent", "a person named as the agent of a passive whose subject is a thing ('leur chorale "
    "a été saluée par l'évêque Paul Morel') is that clause's doer: a subject a pronoun after may stand for")


@dataclass
class Link:
    """Referring words and what they refer to: an entity, else a described referent's words."""

    span: tuple[int, int]
    kind: str  # "description" | "pronoun" | "group" (members named one by one: "les deux pays")
    rule: str
    entity: str | None
    text: str  # the words of the referent: the entity's name, or the description that stands for it
    antecedent: tuple[int, int] | None = None  # where the description that stands for it is

    @property
    def guessed(self) -> bool:
        """Whether the rule guessed the person from who was last the subject or named, not from a name,
        an apposition or a role the article gives."""
        return self.rule in (IN_FOCUS, NAMED_BEFORE, MAIN_PERSON)


@dataclass
class Focus:
    """A referent that was a clause's subject, as pronouns may take it up."""

    sentence: int
    entity: str | None
    text: str
    span: tuple[int, int] | None
    gender: str | None
    number: str | None
    person: bool = False  # a person the description names by their trade ("le policier"), not a body
    source: bool = False  # a body named after its verb of saying ("..., indique Le Parisien"): the source
    group: bool = False  # subjects joined by a conjunction ("X et Y"): either may be what "il" stands for
    cited: bool = False  # a person cited as the source ("selon X"): for an inverted clitic after only
    members: tuple[str, ...] = ()  # the people a group names, each by their entity ("X et Y")
    body: bool = False  # a body named by a noun of bodies ("l'Association X"): "elle" next may be it
    place: bool = False  # a place that is a subject: for the pronouns of its own sentence only
    people: bool = False  # people a plural noun names ("une dizaine d'avocats"): for pronouns only


def determiners(token: Token, contracted: set[str] | frozenset[str] = frozenset()) -> list[Token]:
    """A noun's determiners, with a preposition that holds the article (``contracted``: "du ministre")."""
    return [c for c in token.children
            if c.dep_ == "det" or c.dep_ == "case" and c.i < token.i and c.lower_ in contracted]


def past_elision(words: list[str]) -> list[str]:
    """Words past an elided article glued to them ("l'hôte": "hôte")."""
    return [w.rsplit("'", 1)[-1] for w in words]


def last_word(name: str) -> str:
    """The last word of a name as ``name_key`` writes it, hyphens splitting words ("al-Assad": "assad")."""
    return re.split(r"[\s-]+", name_key(name))[-1]


def agrees(token: Token, endings: tuple[tuple[str, str], ...] = (),
           contracted: set[str] | frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """The gender and number of a noun phrase, by its determiner, else an adjective before its head, else
    its head; after an elided determiner ("l'ex-champion"), by the head's ending in ``endings``, where the
    tagger only guesses."""
    gender = number = None
    dets = determiners(token, contracted)
    # (an adjective before the noun tells where the article is elided: "l'ancienne ministre")
    before = [c for c in token.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < token.i]
    for t in dets + before + [token]:
        gender = gender or next(iter(t.morph.get("Gender")), None)
        number = number or next(iter(t.morph.get("Number")), None)
    if endings and dets and all(d.lower_.endswith(("'", "’")) and not d.morph.get("Gender") for d in dets):
        gender = gender_by_ending(token.lower_, endings) or gender
    return gender, number


def gender_by_ending(word: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    """A noun's gender by the first of ``endings`` it ends with ("championne": Fem), else None."""
    return next((gender for ending, gender in endings if word.endswith(ending)), None)


def masculine_forms(word: str) -> set[str]:
    """A role's noun and the masculine forms it may be the feminine of ("présidente", "directrice",
    "patronne", "cheffe")."""
    forms = {word}
    if word.endswith("e"):
        forms |= {word[:-1], word[:-2]}
    if word.endswith("rice"):
        forms.add(word[:-4] + "eur")
    return forms


class Coreference:
    """The links of one article, found once, looked up by where the referring words stand."""

    def __init__(self, doc: Doc, lang: str, weights: CorefWeights = WEIGHTS) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.weights = weights
        self.lang = lang
        self.data = language_pack(lang).statements
        self.roles = language_pack(lang).entities.ROLE_HEADS
        self.person_nouns = language_pack(lang).entities.PERSON_NOUNS
        numbers = language_pack(lang).numbers
        # the nouns that count people ("une dizaine de", "des milliers de")
        self.counts = set(numbers.APPROXIMATE_NOUNS) | set(numbers.VAGUE_NOUNS)
        self.civilities = set(language_pack(lang).entities.CIVILITIES)
        self.role_kinds = language_pack(lang).entities.ROLE_KINDS
        self.ranks = language_pack(lang).entities.RANKS
        self.relatives = language_pack(lang).events.RELATIVES  # ("l'avocat de l'enfant X": the child's name)
        # the endings of an adjective of origin ("américain", "iranienne"), past the plural one
        self.origin_endings = tuple(e for e in language_pack(lang).entities.DEMONYM_SUFFIXES if len(e) > 1)
        self.according = {w for w in self.data.ACCORDING_TO if " " not in w}
        self.glued_emphatics = [w for w in self.data.EMPHATIC_WORDS if w.startswith("-")]
        self.periphrases = [(name_key(said), title) for said, title in self.data.TITLE_PERIPHRASES.items()]
        # the words of the states' titles those periphrases name ("président république"), read once
        self.state_titles = [set(title.split()) - self.data.DETERMINERS for _, title in self.periphrases]
        self.entities: list[Entity] = [e for e in doc._.veille_entities or [] if e.type in REFERRED_TYPES
                                       and not self.is_described(e)]
        self.by_id = {e.id: e for e in self.entities}
        self.quoted = self.quoted_chars()
        headline = PARAGRAPH_BREAK.search(self.text[:self.weights.headline_chars])
        self.headline_end = headline.start() if headline else -1
        # the sentences that start outside quotation marks: what the windows count (a headline, which the
        # parse may cut at each name, counts as one)
        _, starts, _ = doc_index(doc)
        self.sentence_starts = [i for i in starts if not self.in_quote(doc[i].idx) and
                                not 0 < doc[i].idx < self.headline_end]
        # the entity mentions by the token they start at, and the tokens they cover
        self.mention_at: dict[int, tuple[int, Entity]] = {}
        self.in_mention: dict[int, Entity] = {}
        self.speakers_of_quote: dict[int | None, set[str]] = {}
        for ent in self.entities:
            for s, e in ent.mentions:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                self.mention_at.setdefault(span.start, (span.end, ent))
                for i in range(span.start, span.end):
                    self.in_mention.setdefault(i, ent)
        # the places named, by the token they start at: a subject among them is what a pronoun of its
        # sentence may stand for (``place_subject``); no one a description or a pronoun elsewhere names
        self.place_at: dict[int, tuple[int, Entity]] = {}
        for ent in doc._.veille_entities or [] if RULES.on(PLACE_SUBJECT) else []:
            for s, e in ent.mentions if ent.type in PLACE_TYPES else []:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None and len(span) and span.start not in self.mention_at:
                    self.place_at.setdefault(span.start, (span.end, ent))
        self.gender: dict[str, str] = {}
        self.given_name_gender: dict[str, str] = {}  # the gender of a person's first word, as tagged
        for ent in self.entities:
            for s, e in ent.mentions if ent.type == "PER" else []:
                span = doc.char_span(s, e, alignment_mode="expand")
                # (the given name past a civility or title: "Me Richard Dupuis" is read by "Richard")
                while span is not None and len(span) > 2 and RULES.on(GIVEN_NAME_PAST_TITLE) and \
                        (span[0].lower_ in self.civilities or span[0].lower_ in self.roles):
                    span = span[1:]
                first = span[0] if span is not None and len(span) > 1 else None
                before = doc[first.i - 1] if first is not None and first.i else None
                if before is not None and before.pos_ == "PRON" and before.morph.get("Gender") and \
                        RULES.on(GIVEN_NAME_AFTER_PRONOUN):
                    continue  # ("à laquelle Donald Trump": "Donald" tagged feminine by "laquelle")
                if first is not None and first.pos_ == "PROPN" and first.morph.get("Gender"):
                    self.given_name_gender[ent.id] = first.morph.get("Gender")[0]
                    break
        for ent in self.entities if RULES.on(ARTICLE_GENDER) else []:
            gender = self.article_gender(ent) if ent.type == "PER" else None
            if gender:
                self.gender[ent.id] = gender  # "le petit Pablo", "la jeune Léa": as a description tells it
        for ent in self.entities if RULES.on(NOUN_BEFORE_NAME_GENDER) else []:
            gender = self.noun_before_gender(ent) if ent.type == "PER" and ent.id not in self.gender else None
            if gender:
                self.gender[ent.id] = gender  # "L'ex-Première dame Michelle X": as the noun tells it
        titles = self.data.TITLE_GENDERS
        for ent in self.entities if titles else []:
            gender = self.title_gender(ent, titles) if ent.type == "PER" else None
            if gender and ent.id not in self.given_name_gender:
                self.given_name_gender[ent.id] = gender  # "Mrs. Clinton", "Congressman X", where untagged
        self.holders: dict[str, list[str]] = {}  # a role word -> the entities that hold it, in order
        self.roles_of: dict[str, list[str]] = {}  # an entity -> its roles, and the descriptions it was given
        name_words: dict[str, set[str]] = {}  # a word of a person's name -> the people whose name holds it
        for ent in self.entities:
            for word in ent.name.split() if ent.type == "PER" else []:
                name_words.setdefault(word, set()).add(ent.id)
        for ent in self.entities:
            if ent.type == "PER":
                # (a role that holds another person's name is a misread apposition: "général, président X")
                roles = [r for r in ent.roles
                         if not any(name_words.get(w, set()) - {ent.id} for w in r.split())]
                self.roles_of[ent.id] = roles
                for role in roles:
                    for word in self.role_words(role):
                        self.holders.setdefault(word, []).append(ent.id)
        # a person noun -> the people the article gives it in apposition or as a predicate ("X, policier de
        # 45 ans", "X est un élu"): what a definite description with that noun may be
        self.given: dict[str, list[str]] = {}
        # (a role's noun, "X, président de la Confédération", is among the entity's roles already)
        titled = {e for e, roles in self.roles_of.items() if roles}
        for ent, noun in self.given_nouns():
            words = {noun.lower_.removeprefix(self.data.FORMER_PREFIX), noun.lemma_.lower()}
            if words & self.roles and ent.id in titled:
                continue
            # (a role the entity stage missed, "X, responsable de l'ONG Y": held as a role is)
            for word in words:
                (self.holders if words & self.roles else self.given).setdefault(word, []).append(ent.id)
            self.roles_of.setdefault(ent.id, []).append(" ".join(self.description_words(*self.phrase(noun))))
        self.media_nouns: dict[str, set[str]] = {}  # a medium -> the media nouns the article puts beside it
        self.unsure_media: set[str] = set()  # names of another kind that speak as a medium would
        # a medium the shipped table knows, named where the parse shows no medium's use ("rapportent lundi X")
        self.known_media_named: list[tuple[int, Entity]] = []
        self.media: list[tuple[int, Entity]] = self.media_mentions()  # (token, medium), in order
        self.media_at = [i for i, _ in self.media]
        self.first_seen: dict[str, int] = {}
        self.named_in_body: set[str] = set()  # the people named after the headline
        self.repeated: dict[str, list[Link]] = {}  # a description's words -> its repeats while it waits
        self.links: list[Link] = []
        self.qualified_as: dict[str, str] = {}  # a description's words -> whom its qualifiers tied it to
        self.named_count: Counter[str] = Counter()  # how often each person was named outside quotes, so far
        self.recent: list[str] = []  # the entities named or referred to, in the order read
        self.possessors: dict[int, str] = {}  # where a noun with a possessive is -> whose ("son entourage")
        # a noun and its number -> the last referent of its own that it described
        self.described_as: dict[str, set[tuple[str, ...]]] = {}  # an entity -> the descriptions it was given
        self.appositions: dict[str, list[str]] = {}  # an entity -> the nouns set off after its name
        self.described_with: dict[str, set[str]] = {}  # a word of those descriptions -> the entities given it
        self.described_head: dict[tuple[str, str | None], Link] = {}
        # a noun and its number -> the last description with that noun that was linked to an entity
        self.linked_head: dict[tuple[str, str | None], Link] = {}
        # a noun (past "ex-") and its number -> the people the descriptions with that noun were linked to
        self.head_people: dict[tuple[str, str | None, bool], set[str]] = {}
        # an entity -> the titles its descriptions said in other words ("chef de l'État": the president)
        self.titled_as: dict[str, set[str]] = {}
        self.fullest: dict[int, tuple[int, int]] = {}  # a described referent's first words -> its fullest
        self.bodies: list[tuple[int, str]] = []  # where an organisation spoke ("la CGT a signalé"), in order
        self.last_named: tuple[int, Entity] | None = None  # the sentence and the person named last, as read
        self.body_names: dict[str, list[Entity]] | None = None  # a noun -> the organisations named with it
        self.last_body: tuple[int, str] | None = None  # the sentence and the organisation that spoke last
        self.organisations: list[tuple[int, Entity]] | None = None  # where each organisation is named
        self.near_at = -1  # the token of the last body's noun resolved as the one organisation near
        self.first_noun: dict[str, int] = {}  # a noun's lemma -> the first character where the article has it
        for i, pos in enumerate(doc.to_array([POS]).tolist()):  # (a Token made for the nouns only)
            if pos == NOUN:
                self.first_noun.setdefault(doc[i].lemma_.lower(), doc[i].idx)
        self.build()
        self.links.sort(key=lambda link: link.span[0])
        self.link_starts = [link.span[0] for link in self.links]

    @cached_property
    def described_beside(self) -> dict[tuple[str, ...], set[str]]:
        """The first two words of each description the article sets beside a person's name (a noun and its
        qualifier: "policière municipale" of "une policière municipale niçoise, Sandra Bertin") -> the
        people it is set beside."""
        beside: dict[tuple[str, ...], set[str]] = {}
        for link in self.links:
            ent = self.by_id.get(link.entity) if link.entity else None
            if ent is None or ent.type != "PER" or link.kind != "description":
                continue
            words = self.description_words(*link.span)
            if len(words) > 1 and set_beside(link.span, ent.mentions):
                beside.setdefault(tuple(words[:2]), set()).add(ent.id)
        return beside

    def given_nouns(self) -> list[tuple[Entity, Token]]:
        """The person nouns the article gives its people, in apposition after the name ("X, policier de 45
        ans"), before it ("leur collègue, X") or as the predicate of a copula ("X est un élu")."""
        doc, found = self.doc, []
        for ent in self.entities if RULES.on(GIVEN) else []:
            for s, e in ent.mentions if ent.type == "PER" else []:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None or not len(span) or self.in_quote(s):
                    continue
                root = next((t for t in span if not span.start <= t.head.i < span.end), span[0])
                nouns = [c for t in span for c in t.children if c.dep_ == "appos" and c.i >= span.end]
                if root.dep_ == "appos" and root.head.i < span.start:
                    nouns.append(root.head)
                if root.dep_ in ("nsubj", "nsubj:pass") and any(c.dep_ == "cop" for c in root.head.children):
                    nouns.append(root.head)
                after = doc[span.end + 1:span.end + 3] if span.end + 1 < len(doc) and \
                    doc[span.end].text == "," else []
                # "X, un agent de Y" where the parse makes the noun a conjunct or hangs it elsewhere: the
                # noun right after the comma (past its determiner), unless it starts a clause of its own
                noun = next((t for t in after if t.pos_ != "DET"), None)
                if noun is not None and noun not in nouns and noun.dep_ in ("appos", "conj") and \
                        (noun.i == span.end + 1 or doc[span.end + 1].pos_ == "DET") and \
                        not any(c.dep_ == "case" for t in (root, root.head) for c in t.children):
                    # (not after a name in a prepositional phrase: "selon la ministre X, l'auteur ...")
                    nouns.append(noun)
                if RULES.on(FRONTED_APPOSITION) and (fronted := self.fronted_noun(span)) is not None:
                    nouns.append(fronted)  # "Étudiant en M2 à Lyon, X fustige ...": the student
                found += [(ent, n) for n in nouns if n.pos_ in ("NOUN", "ADJ") and self.person_noun(n)
                          and not (RULES.on(PLURAL_NOT_ONE) and "Plur" in n.morph.get("Number"))]
        return found

    def fronted_noun(self, span: Span) -> Token | None:
        """The bare noun that opens the sentence of a name just after its comma, with no verb between
        ("Étudiant en M2 à l'EM Lyon, X fustige ...", "Ancien ministre, X a dit"): the person noun set
        before the name."""
        if span.start < 2 or self.doc[span.start - 1].text != ",":
            return None
        opening = span.sent[0] if span.sent.start < span.start - 1 else None
        while opening is not None and opening.i < span.start - 1 and (
                opening.lower_ in self.data.FORMER_WORDS or opening.is_punct or opening.is_space):
            opening = self.doc[opening.i + 1]  # "Ancien ministre": past the word that makes it former
        if opening is None or opening.i >= span.start - 1 or opening.pos_ not in ("NOUN", "ADJ") or \
                not opening.text[:1].isupper():
            return None
        between = self.doc[opening.i:span.start - 1]
        if any(t.pos_ in ("VERB", "AUX") and t.i != opening.i for t in between) or \
                len(between) > self.weights.fronted_tokens:
            return None
        return opening

    def media_mentions(self) -> list[tuple[int, Entity]]:
        """Where an organisation (or a name the model calls MISC: "Twitter") is named as a medium: the
        source or channel of what is said ("rapporte La Voix du Nord", "selon X", "sur Twitter", "réalisé
        par France 3"), or beside a medium's noun ("le quotidien X", "X, la chaîne publique")."""
        doc, found = self.doc, []
        cases = self.data.CHANNEL_CASES | self.data.AGENT_CASES | self.according
        others: dict[int, tuple[int, Entity]] = {}  # a name the model gave another kind, by its root
        ends: set[int] = set()  # where a medium's name ends
        for ent in doc._.veille_entities or [] if RULES.on(MEDIUM) else []:
            for s, e in ent.mentions if ent.type != "PER" else []:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                root = next((t for t in span if not span.start <= t.head.i < span.end), span[0])
                if ent.type not in ("ORG", "MISC"):
                    # (the author of what was said or written, "une information du Parisien", whatever the
                    # model took the name for; or one named with a medium, "X et Sud-Ouest")
                    if RULES.on(AUTHOR_MEDIUM) and self.authored(root):
                        found.append((span.start, ent))
                    elif RULES.on(DEMONYM_MEDIUM) and ent.type == "NORP" and self.titled_singular(root) and (
                            self.speaks(root) or self.is_subject(root, climb=False) and self.says(root.head)
                            or any(c.dep_ == "case" and c.lower_ in cases for c in root.children)):
                        found.append((span.start, ent))  # "révèle le Parisien": a newspaper, not a people
                    elif RULES.on(KNOWN_MEDIUM_MISTYPED) and self.known_media_nouns(ent) and (
                            any(c.dep_ == "case" and c.lower_ in cases for c in root.children) or
                            self.speaks(root)):
                        found.append((span.start, ent))  # "a-t-il expliqué à Franceinfo", read as a place
                    elif self.speaks(root) or self.is_subject(root, climb=False) and self.says(root.head):
                        # a place or a people that speaks may be a medium the model misread ("raconte
                        # Sud-Ouest"): a source that makes a medium's noun unsure, never its referent
                        found.append((span.start, ent))
                        self.unsure_media.add(ent.id)
                    if found and found[-1][0] == span.start:  # (named as a medium here)
                        self.media_nouns.setdefault(ent.id, set()).update(self.known_media_nouns(ent))
                    others[span.start] = (span.start, ent)
                    continue
                beside = self.beside(root)
                nouns = {t.lemma_.lower() for t in beside} & self.data.MEDIA_NOUNS
                known = self.known_media_nouns(ent)
                self.media_nouns.setdefault(ent.id, set()).update(nouns | known)
                if any(c.dep_ == "case" and c.lower_ in cases for c in root.children) or \
                        self.speaks(root) or self.is_subject(root, climb=False) and self.says(root.head) or \
                        nouns or RULES.on(AUTHOR_MEDIUM) and self.authored(root):
                    found.append((span.start, ent))
                    ends.add(span.end)
                elif known:
                    others[span.start] = (span.start, ent)  # (a known medium, if named with one)
                    self.known_media_named.append((span.start, ent))
        # (named with a medium, the parse aside: "X et Sud-Ouest", "rapportent BFMTV et Le Parisien")
        found += [others[i + 1] for i in ends if i + 1 in others and doc[i].pos_ == "CCONJ"]
        return sorted(found, key=lambda m: m[0])

    def known_media_nouns(self, ent: Entity) -> set[str]:
        """The media nouns a medium the shipped table knows may be called by ("le quotidien" for Le
        Parisien, "la radio" for France Bleu), as if the article had put them beside its name."""
        if not RULES.on(KNOWN_MEDIUM):
            return set()
        kinds = media_kinds().get(medium_key(ent.name), frozenset())
        return {noun for noun, of_noun in self.data.MEDIUM_NOUN_KINDS.items() if of_noun & kinds}

    def authored(self, root: Token) -> bool:
        """A name that is the complement of what was said or written ("une information du Parisien")."""
        head = root.head.lemma_.lower()
        return root.dep_ == "nmod" and root.head.pos_ == "NOUN" and \
            (head in self.data.SAID_NOUNS or head in self.data.CHANNEL_WORDS) and \
            any(c.dep_ == "case" for c in root.children)

    def bodies_beside(self) -> list[tuple[str, Entity]]:
        """The body nouns the article puts beside an organisation's name ("le syndicat Alliance", "la CGT,
        premier syndicat"): what "le syndicat" may stand for."""
        found = []
        for ent in self.entities:
            for s, e in ent.mentions if ent.type == "ORG" else []:
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                root = next((t for t in span if not span.start <= t.head.i < span.end), span[0])
                beside = self.beside(root)
                found += [(t.lemma_.lower(), ent) for t in beside if t.lemma_.lower() in self.data.BODY_NOUNS]
        return found

    def beside(self, root: Token) -> list[Token]:
        """The nouns in apposition to a name, after it or before it ("le syndicat Alliance")."""
        before = root.dep_ in ("appos", *NAME_DEPS) or root.dep_ == "nmod" and not any(
            c.dep_ == "case" for c in root.children)
        return [c for c in root.children if c.dep_ == "appos"] + ([root.head] if before else [])

    def medium_before(self, token: Token, sentence: int) -> Entity | None:
        """The medium named last before a medium's noun ("la chaîne"), a few sentences before; else the one
        medium of its kind the article named before."""
        found = self.medium_near(token, sentence)
        if found is not None or not RULES.on(MEDIUM_OF_ARTICLE):
            return found
        lemma = token.lemma_.lower()
        named = self.media[:bisect_left(self.media_at, token.i)] + [
            (at, ent) for at, ent in self.known_media_named if at < token.i]  # ("rapportent lundi X et Y")
        of_kind = {ent.id: ent for at, ent in named if lemma in self.media_nouns.get(ent.id, ())}
        one = next(iter(of_kind.values())) if len(of_kind) == 1 else None
        return one if one is not None and one.id not in self.unsure_media else None

    def medium_near(self, token: Token, sentence: int) -> Entity | None:
        """The medium named last before a medium's noun ("la chaîne"), a few sentences before."""
        i = bisect_left(self.media_at, token.i) - 1
        if i < 0 or sentence - self.sentence_of(self.doc[self.media[i][0]]) > self.weights.body_sentences:
            return None
        last = self.media[i][1] if self.media[i][1].id not in self.unsure_media else None
        if not RULES.on(MEDIUM_OF_KIND):
            return last
        # the media of those sentences: one the article gave this noun ("le quotidien Le Parisien"), else the
        # one named in this sentence or the one before, else the one that was given no other; where several
        # remain, it cannot tell which ("France Bleu et Sud-Ouest ... le quotidien")
        lemma, near = token.lemma_.lower(), []
        for at, ent in reversed(self.media[:i + 1]):
            if sentence - self.sentence_of(self.doc[at]) > self.weights.body_sentences:
                break
            if ent not in near:
                near.append(ent)
        given = [e for e in near if lemma in self.media_nouns.get(e.id, ())]
        if given:
            return given[0]
        if last is not None and sentence - self.sentence_of(self.doc[self.media[i][0]]) <= 1 and \
                not self.media_nouns.get(last.id):
            return last
        near = [e for e in near if not self.media_nouns.get(e.id)]
        return near[0] if len(near) == 1 and near[0].id not in self.unsure_media else None

    def person_noun(self, token: Token) -> bool:
        """A role ("ministre") or a noun of a person ("policier"), as written or by its lemma."""
        if RULES.on(ORDINAL) and token.text[:1].isdigit():
            return False  # ("le 1er mai": a date, not "le premier")
        words = {token.lower_.removeprefix(self.data.FORMER_PREFIX), token.lemma_.lower()}
        return bool(words & self.roles or words & self.person_nouns)

    def is_described(self, ent: Entity) -> bool:
        """An entity whose name is a description ("président de la République"): the description refers."""
        words = ent.name.lower().split()
        return ent.type == "PER" and bool(words) and (words[0] in self.roles or words[0] in self.person_nouns)

    # -- lookups ---------------------------------------------------------------------------------------
    def referent(self, start: int, end: int) -> Link | None:
        """The first link whose referring words start within ``start`` to ``end``."""
        i = bisect_left(self.link_starts, start)
        return self.links[i] if i < len(self.links) and self.links[i].span[0] < end else None

    # -- helpers ---------------------------------------------------------------------------------------
    def quoted_chars(self) -> list[tuple[int, int]]:
        """The quotes, marks included: what is said there refers from the speaker's mouth; paired as the
        statements read them."""
        return quoted_spans(self.text, self.data.QUOTES, self.weights.longest_quote)

    def in_quote(self, char: int) -> bool:
        return self.quote_of(char) is not None

    def partial(self, quote: int | None) -> bool:
        """A quote that opens inside a sentence, after a word, and in lower case: "il « sent qu'il peut »"."""
        if quote is None:
            return False
        start, end = self.quoted[quote]
        before = self.text[:start].rstrip(" \u00a0")
        first = next((c for c in self.text[start + 1:end] if c.isalpha()), "")
        return bool(before) and (before[-1].isalnum() or before[-1] in "'’") and first.islower()

    def quote_of(self, char: int) -> int | None:
        """Which quote (its index among the quotes) holds a character, if one does."""
        i = bisect_right(self.quoted, (char, len(self.text) + 1)) - 1
        return i if i >= 0 and self.quoted[i][0] < char < self.quoted[i][1] else None

    def quote_speakers(self, quote: int | None, focus: list[Focus]) -> set[str]:
        """Who may speak a quote: the people the sentence that opens it made subjects, as the quote's first
        words are read (kept for its other words)."""
        if quote not in self.speakers_of_quote:
            opening = token_covering(self.doc, self.quoted[quote][0]) if quote is not None else None
            at = self.sentence_of(opening) if opening is not None else -1
            speakers = self.speakers_of_quote[quote] = set()
            for f in reversed(focus):  # (the last ones only: focus grows in the text's order)
                if f.sentence < at:
                    break
                if f.sentence == at and f.entity:
                    speakers.add(f.entity)
        return self.speakers_of_quote[quote]

    def sentence_of(self, token: Token) -> int:
        return max(bisect_right(self.sentence_starts, token.i) - 1, 0)

    def role_words(self, role: str) -> list[str]:
        return role.lower().replace(self.data.FORMER_PREFIX, "").split()

    def clitics_read_as_names(self) -> list[int]:
        """The inverted subject clitics the tagger reads as proper nouns ("écrit-elle"), by their words alone
        (one look-up per token of the article, no Token made)."""
        strings = self.doc.vocab.strings
        forms = {strings.add(f"-{prefix}{word}") for word in self.data.PRONOUNS
                 for prefix in ("", self.data.EUPHONIC_PREFIX)}
        tags = self.doc.to_array([LOWER, POS]).tolist()
        return [j for j, (lower, pos) in enumerate(tags) if pos == PROPN and lower in forms]

    def pronoun(self, token: Token) -> str | None:
        """The pronoun a word is ("-t-il" -> "il"), when it stands for someone named before."""
        word = token.lower_.removeprefix("-").removeprefix(self.data.EUPHONIC_PREFIX)
        word = self.glued_emphatic(token) or word
        if self.one_who(token):
            return self.data.ONE_WHO_PRONOUNS[word]  # "regrette celui qui a présidé": as "il" would
        if word not in self.data.PRONOUNS or token.pos_ != "PRON" and not (
                token.pos_ == "PROPN" and token.lower_.startswith("-")):
            return None
        if RULES.on(NAME_PART) and token.lower_.startswith("-") and token.i and \
                not self.doc[token.i - 1].whitespace_ and token.i - 1 in self.in_mention:
            return None  # "Kim Chan-il": the end of a name the entities cut short, no clitic
        previous = self.doc[token.i - 1].lower_ if token.i else ""
        if RULES.on(AFTER_PREPOSITION) and token.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and \
                not self.emphatic(token) and any(c.dep_ == "case" and c.i == token.i - 1
                                                 for c in token.children):
            return word  # "des photos de lui", "tout comme lui": a stressed pronoun after its preposition
        if self.inverted(token) and RULES.on(COMPLEX_INVERSION) and self.doubles_subject(token):
            return None  # "jusqu'à quand cette réforme tiendra-t-elle ?": the noun's, no one's
        if self.inverted(token) or previous in self.according or self.emphatic(token):
            return word
        if self.impersonal(token):
            return None
        if token.dep_ in SUBJECT_DEPS or word in self.data.SUBJECT_PRONOUNS and not any(
                c.dep_ == "case" for c in token.children) and token.dep_ not in ("nmod", "obl", "obl:arg"):
            return word  # (a subject clitic the parse misreads as an object: "au cours duquel il puise")
        return None

    def one_who(self, token: Token) -> bool:
        """ "celui qui", "celle qui" as the speaker of a verb of saying, outside quotes ("regrette celui qui a
        présidé l'Assemblée"): someone named before, as a pronoun is; not one anyone may be ("celui qui a
        fait ça sera puni")."""
        return token.lower_ in self.data.ONE_WHO_PRONOUNS and token.dep_ in SUBJECT_DEPS and \
            RULES.on(ONE_WHO) and token.i + 1 < len(self.doc) and \
            self.doc[token.i + 1].lower_ in self.data.RELATIVE_PRONOUNS and \
            token.head.pos_ in ("VERB", "AUX") and not self.in_quote(token.idx) and (
                self.says(token.head) or RULES.on(ONE_WHO_SAYS) and any(
                    c.dep_ in ("acl:relcl", "relcl") and self.says(c) for c in token.children))

    def impersonal(self, token: Token) -> bool:
        """An impersonal subject, which stands for no one: "il faut", "il y a", "il s'agit", "il est clair
        que" (the parse's expl:subj is no guide: it reads "il est parti" so too)."""
        doc, head = self.doc, token.head
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if token.lower_ not in self.data.IMPERSONAL_PRONOUNS:
            return False
        lemma = head.lemma_.lower()
        # "il n'y avait", "il doit y avoir": the verb, or the infinitive after it, with "y" before it
        verbs = [head, *(c for c in head.children if c.dep_ == "xcomp")]
        if RULES.on(IMPERSONAL_APART) and any(
                v.lemma_.lower() in self.data.IMPERSONAL_WITH_NEXT and any(
                    c.lower_ in self.data.IMPERSONAL_NEXT and token.i < c.i < v.i for c in v.children)
                for v in verbs):
            return True
        if following in self.data.IMPERSONAL_NEXT or lemma in self.data.IMPERSONAL_VERBS or \
                lemma in self.data.IMPERSONAL_REFLEXIVE_VERBS and any(
                    c.lemma_.lower() == "se" or c.lower_ in ("s'", "s’") for c in head.children):
            return True
        # "il est clair que", "il est difficile de trouver": an adjective whose complement is a clause
        after = doc[head.i + 1:head.i + 3]
        clause = len(after) == 2 and (after[0].lower_ in self.data.CLAUSE_OPENERS or (
            after[0].lower_ in self.data.IMPERSONAL_COMPLEMENTS and "Inf" in after[1].morph.get("VerbForm")))
        return head.pos_ == "ADJ" and any(c.dep_ == "cop" for c in head.children) and clause

    def doubles_subject(self, token: Token) -> bool:
        """An inverted clitic after a verb whose subject is a noun or a name before it ("cette réforme
        tiendra-t-elle", "X a-t-il dit"): it repeats that subject, as a question does."""
        verb = token.head
        return any(c.dep_ in SUBJECT_DEPS and c.i != token.i and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
                   and not any(t.is_punct for t in self.doc[c.i + 1:verb.i]) for c in verb.children)

    def inverted(self, token: Token) -> bool:
        """An inverted subject clitic: "-il", "-t-elle", or "dit - il" as the tokenizer may split it."""
        previous = self.doc[token.i - 1].lower_ if token.i else ""
        if previous == "-" and token.i > 2 and self.doc[token.i - 2].lower_ in self.data.EUPHONIC and \
                self.doc[token.i - 3].lower_ == "-":
            return True  # "souligne - t - il" as the tokenizer may split it, whatever the verb was tagged
        return token.lower_.startswith("-") or previous in ("-", *self.data.EUPHONIC) and token.i > 1 and \
            self.doc[token.i - 2].pos_ in ("VERB", "AUX", "PUNCT")

    def glued_emphatic(self, token: Token) -> str | None:
        """The pronoun of a stressed pronoun written with its emphatic word ("lui-même" -> "lui")."""
        word = token.lower_
        for glued in self.glued_emphatics:
            if word.endswith(glued) and word[:-len(glued)] in self.data.PRONOUNS:
                return word[:-len(glued)]
        return None

    def emphatic(self, token: Token) -> bool:
        """A stressed pronoun beside the subject it repeats: "X a lui aussi rendu hommage", "X, lui, a",
        "X avait lui-même"."""
        if RULES.on(GLUED_EMPHATIC) and self.glued_emphatic(token) is not None:
            return True
        following = self.doc[token.i + 1].lower_ if token.i + 1 < len(self.doc) else ""
        if RULES.on(EMPHATIC_BEFORE) and self.set_apart(token):
            return True  # "X a quant à lui estimé"
        return following in self.data.EMPHATIC_WORDS or token.head.i in self.in_mention and \
            token.head.i < token.i and token.i + 1 < len(self.doc) and self.doc[token.i + 1].is_punct

    def subjects_before(self, token: Token) -> list[Token]:
        """The subjects before ``token`` of the verb it hangs on, or of that verb's auxiliary, where the parse
        may hang them ("X a quant à lui estimé")."""
        verbs = [token.head, *(c for c in token.head.children if c.dep_.startswith("aux"))]
        return [c for v in verbs for c in v.children if c.dep_ in SUBJECT_DEPS and c.i < token.i]

    def set_apart(self, token: Token) -> bool:
        """A stressed pronoun after the words that set a subject apart: "quant à lui"."""
        return " ".join(t.lower_ for t in self.doc[max(token.i - 2, 0):token.i]) in self.data.EMPHATIC_BEFORE

    def after_incise_verb(self, token: Token) -> bool:
        """A stressed pronoun right after a verb (its auxiliary, a reflexive) that follows punctuation: the
        verb of an incise, whose subject comes after it ("« ... », a quant à lui réagi X")."""
        j = (token.i - 2 if self.set_apart(token) else token.i) - 1
        verbs = 0
        while j >= 0 and (self.doc[j].pos_ in ("VERB", "AUX") or "Yes" in self.doc[j].morph.get("Reflex")):
            verbs, j = verbs + (self.doc[j].pos_ in ("VERB", "AUX")), j - 1
        return verbs > 0 and j >= 0 and self.doc[j].is_punct

    def named_after_verb(self, token: Token) -> Entity | None:
        """The first person named after a stressed pronoun and the verb that follows it, in that clause."""
        opening = True  # the pronoun's adverbs and the verb's words, before the subject
        for t in self.doc[token.i + 1:token.sent.end]:
            if t.i in self.in_mention and self.in_mention[t.i].type == "PER":
                return self.in_mention[t.i]
            if t.is_punct and t.lower_ != "," or not opening and t.pos_ == "VERB":
                return None
            opening = opening and t.pos_ in ("ADV", "VERB", "AUX")
        return None

    def reported_person(self, source: Focus, focus: list[Focus], gender: str | None) -> Focus | None:
        """The named person of ``gender`` a source's sentence has as a subject, the last one ("X a refusé,
        indique le journal"): what the source reports is that person's act."""
        for f in reversed(focus):  # (the last ones only: focus grows in the text's order)
            if f.sentence < source.sentence:
                return None
            if f.sentence == source.sentence and f is not source and self.known_person(f) and \
                    gender in (None, self.focus_gender(f)):
                return f
        return None

    def emphasised(self, token: Token) -> Entity | None:
        """The named subject a stressed pronoun repeats, in its own clause."""
        head = token.head
        candidates = [head] if head.i in self.in_mention else self.subjects_before(token)
        # (the noun a relative subject stands for: "le président X, qui a lui-même donné")
        candidates += [c.head.head for c in candidates if "Rel" in c.morph.get("PronType") and
                       c.head.dep_ == "acl:relcl"]
        # (and the name in apposition to a subject that describes: "le président X a quant à lui")
        candidates += [n for c in candidates for n in c.children if n.dep_ in NAME_DEPS]
        for c in candidates:
            if c.i in self.in_mention:
                return self.in_mention[c.i]
        return None

    def is_description(self, token: Token) -> bool:
        """A noun that names a person by their role or trade, with its determiner: "la ministre" (or such a
        word the tagger reads as an adjective where it heads a noun phrase: "l'assaillant était")."""
        if token.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return False
        if RULES.on(DEMONSTRATIVE_ORIGIN) and self.demonstrative_origin(token):
            # (the model may have typed the word a nationality's mention: "Ce Français")
            return token.i not in self.in_mention or self.in_mention[token.i].type == "NORP"
        if token.i in self.in_mention or token.pos_ == "PROPN":
            return False
        word = token.lower_.removeprefix(self.data.FORMER_PREFIX)
        lemma = token.lemma_.lower()
        known = self.person_noun(token)
        if token.pos_ == "ADJ":
            return known and token.dep_ in NOUN_PHRASE_DEPS and self.definite(token)
        if not (known or self.speaking_trade(token, word, lemma) or RULES.on(PERIPHRASE_DESCRIBES) and
                RULES.on(PERIPHRASE) and self.definite(token) and self.periphrase(token) is not None
                # (an office by its seat, "l'hôte de la Maison Blanche", that is no title's periphrase)
                or RULES.on(OFFICE_HOLDER) and self.definite(token) and self.periphrase(token) is None
                and self.seat_of(token) is not None):
            return False
        # (a preposition that holds the article counts as one: "du ministre", "au ministre")
        return any(c.lower_ in self.data.DETERMINERS or RULES.on(CONTRACTED) and
                   c.lower_ in self.data.CONTRACTED_ARTICLES for c in self.determiners(token))

    def demonstrative_origin(self, token: Token) -> bool:
        """A capitalised word of origin after a demonstrative ("Ce Français", "Cette jeune Marocaine"),
        whatever the tagger read it as: a person, pointed back to."""
        return token.text[:1].isupper() and token.lower_.endswith(self.origin_endings) and \
            token.dep_ not in ("amod", "flat:name") and \
            any(c.lower_ in self.data.DEMONSTRATIVES for c in self.determiners(token))

    @cached_property
    def day_words(self) -> set[str]:
        """The words of a day that end a noun phrase: the weekdays, "hier", "aujourd'hui"."""
        times = language_pack(self.lang).times
        return set(times.WEEKDAYS) | {d for d in times.DEICTIC_DAYS if " " not in d}

    def speaking_trade(self, token: Token, word: str, lemma: str) -> bool:
        """A definite noun of a person by its ending ("l'habitant", "le propriétaire") where it speaks,
        outside quotation marks: as the subject or inverted speaker of a verb of saying (elsewhere, or
        inside a quote, "un soutien", the ending alone is no person's)."""
        return word.endswith(self.data.PERSON_SUFFIXES) and lemma not in self.data.CHANNEL_WORDS and \
            lemma not in self.data.BODY_NOUNS and not self.in_quote(token.idx) and self.speaks(token) and any(
                c.lower_ in self.data.DEFINITES for c in self.determiners(token))

    def phrase(self, token: Token) -> tuple[int, int]:
        """The characters of a noun phrase up to its first comma, relative clause or day ("a réagi le
        président de la région samedi matin": the day is the verb's, whatever the parse hangs it on)."""
        doc = self.doc
        start, end = token.left_edge.i, token.i + 1
        for child in token.rights:
            if child.dep_ not in ("amod", "nmod", "flat:name", "fixed", "nummod") or any(
                    t.is_punct for t in doc[end:child.i]):
                break
            if RULES.on(PHRASE_NOT_CHANNEL) and self.channel_after(child):
                break  # "explique le président sur TMC": the president, not "sur TMC"
            end = child.right_edge.i + 1
        end = next((t.i for t in doc[token.i + 1:end] if t.lower_ in self.day_words or
                    t.text == "," and RULES.on(PHRASE_TO_COMMA)), end)
        while start < token.i and (doc[start].is_punct or doc[start].dep_ == "case"):
            start += 1  # "selon le procureur": the description, without its preposition
        return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])

    def channel_after(self, child: Token) -> bool:
        """Whether a complement after a noun is a channel: a preposition of channels and a medium's noun or
        a name that is neither a place's nor a person's ("sur TMC", "au Parisien", "dans un communiqué")."""
        if not any(c.dep_ == "case" and c.lower_ in self.data.CHANNEL_CASES for c in child.children):
            return False
        if child.lemma_.lower() in self.data.CHANNEL_WORDS:
            return True
        named = self.mention_at.get(child.left_edge.i) or self.mention_at.get(child.i)
        return child.pos_ == "PROPN" and (named is None or named[1].type not in ("GPE", "LOC", "PER"))

    def is_subject(self, token: Token, climb: bool = True) -> bool:
        """A clause's subject, the name a copula presents, or the speaker after an inverted verb of saying
        ("poursuit l'élu"); with ``climb``, a name in apposition to one ("la ministre Marie Dupont a dit")."""
        if RULES.on(PAST_CHANNEL) and self.after_channel(token):
            return True
        if climb and self.bare_verb_subject(token):
            return True
        while climb and token.dep_ in NAME_DEPS and token.head.i != token.i:
            token = token.head
        if token.dep_ in SUBJECT_DEPS or token.pos_ == "PROPN" and any(
                c.dep_ == "cop" and c.i < token.i for c in token.children):
            return True  # (or the name a copula presents: "L'un d'eux est Marc Dupuis")
        head = token.head
        return token.dep_ in ("obj", "dobj") and head.i < token.i and head.pos_ == "VERB" and \
            self.says(head) and not self.subject_before(head)

    def agent_of(self, token: Token) -> bool:
        """A name that is a passive's agent ("saluée par l'évêque X"), past the words it is hung on."""
        while token.dep_ in NAME_DEPS and token.head.i != token.i:
            token = token.head
        verb = token.head
        if token.dep_ != "obl:agent" or verb.pos_ not in ("VERB", "AUX") or \
                not any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
            return False  # (a clause's own passive: "a été loué par X", not "confirmée par X, la mort ...")
        # (a person who underwent it stays the one in focus: "X a été reçu par Y. Il ...": X)
        return not any(c.dep_ in SUBJECT_DEPS and (c.i in self.in_mention or c.pos_ in ("PRON", "PROPN") or
                                                   self.person_noun(c)) for c in verb.children)

    def bare_verb_subject(self, token: Token) -> bool:
        """A name the parse hangs in apposition on a fronted complement, before a finite verb it leaves with
        no subject ("Dans l'assistance, René Martinet, ancien pilote, tenait à être présent"): that verb's
        subject."""
        if not RULES.on(SUBJECT_OF_BARE_VERB):
            return False
        while token.dep_ in ("flat", "flat:name") and token.head.i < token.i:
            token = token.head
        verb = self.verb_left_bare(token)
        return verb is not None and token.pos_ == "PROPN" and token.head.dep_ in ("obl", "obl:mod") and \
            token.i < verb.i and (finite_verb(verb) if RULES.on(BARE_COMPOUND_VERB) else
                                  "Fin" in verb.morph.get("VerbForm"))

    def verb_left_bare(self, name: Token) -> Token | None:
        """The verb with no subject of its own above a name that the parse hangs in apposition on a
        complement before it ("Selon le journal, Marc Dupuis était parti", "Dans l'assistance, René
        Martinet, ancien pilote, tenait à"): whose subject the name is; else None."""
        complement, verb = name.head, name.head.head
        if name.dep_ != "appos" or complement.i >= name.i or verb.pos_ not in ("VERB", "AUX") or \
                any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return None
        return verb

    def set_off(self, start: int, end: int) -> bool:
        """Whether the name of ``start:end`` follows a comma and comes right before a finite verb with no
        subject of its own, or before words set off by commas and then that verb ("Parmi eux, Marc Dupuis,
        25 ans, avait ..."): the parse's subject missed."""
        doc = self.doc
        if start == 0 or doc[start - 1].text != "," or end >= len(doc):
            return False
        at = end
        if doc[at].text == ",":  # past what is set off after the name: ", 25 ans,"
            close = next((j for j in range(at + 1, min(len(doc), at + 1 + self.weights.set_off_tokens))
                          if doc[j].text == ","), None)
            if close is None or any(t.pos_ in ("VERB", "AUX") or t.is_sent_start or t.text in self.data.QUOTES
                                    for t in doc[at + 1:close]):
                return False
            at = close + 1
        while at < len(doc) and (doc[at].pos_ in ("PRON", "PART") or doc[at].dep_ == "advmod" and
                                 doc[at].head.i > at) and doc[at].dep_ not in SUBJECT_DEPS:
            at += 1  # ("Marc Dupuis n'a pas ...", "X l'a dit")
        if at >= len(doc) or doc[at].pos_ not in ("VERB", "AUX") or \
                "Fin" not in doc[at].morph.get("VerbForm"):
            return False
        verb = doc[at].head if doc[at].dep_.startswith("aux") or doc[at].dep_ == "cop" else doc[at]
        # (a subject with a preposition of its own is the fronted complement misread: "Parmi ceux ...")
        return not any(c.dep_ in SUBJECT_DEPS and not any(g.dep_ == "case" for g in c.children)
                       for c in [*verb.children, *doc[at].children])

    def after_source(self, root: Token) -> bool:
        """A name after the comma that closes a source ("Selon le journal, Marc Dupuis était parti") that
        the parse hangs on the source's noun, where the verb has no subject of its own."""
        return self.verb_left_bare(root) is not None and self.doc[root.i - 1].text == "," and \
            any(c.dep_ == "case" and c.lower_ in self.according for c in root.head.children)

    def heads_section(self, token: Token) -> bool:
        """A name right after a section's mark ("► Marc Dupuis", "► « Le Sage », alias X")."""
        before = self.text[max(token.idx - 4, 0):token.idx].rstrip(" \u00a0\"«“")
        return before.endswith(SECTION_MARKS)

    def cited_at(self, start: int, end: int) -> bool:
        """A name at tokens ``start`` to ``end`` cited as the source, by the words around it whatever the
        parse: after "selon", after a viewpoint's "pour" that opens the sentence ("Pour X, ..."), or after an
        incise's verb of saying and its complements ("», a dit de son côté X")."""
        doc = self.doc
        before = doc[start - 1] if start else None
        if before is None or before.is_punct:
            return False
        while end < len(doc) and doc[end].text.startswith("-") and not doc[end - 1].whitespace_:
            end += 1  # (past the end of a name the entities cut short: "Pour Kim Chan-il, ...")
        if before.lower_ in self.according or before.lower_ in self.data.VIEWPOINT_WORDS and \
                (before.is_sent_start or before.i and doc[before.i - 1].is_punct) and \
                end < len(doc) and doc[end].text == ",":
            return True
        for k in range(start - 1, max(start - 2 - self.weights.speaker_after_words, -1), -1):
            word = doc[k]
            if word.is_punct or word.i in self.in_mention and self.in_mention[word.i].type == "PER":
                return False
            # (an incise's verb the tagger reads as a noun, right after the quote: "« ... », avance X")
            misread = RULES.on(INCISE_NOUN) and word.pos_ == "NOUN" and k >= 2 and doc[k - 1].text == "," \
                and doc[k - 2].text in self.data.QUOTES.values()
            if (word.pos_ == "VERB" or misread) and self.says(word):
                first = k
                while first and doc[first - 1].pos_ == "AUX":
                    first -= 1
                return bool(first) and doc[first - 1].text in {",", *self.data.QUOTES.values()} and \
                    not self.subject_before(word)
        return False

    def object_of(self, head: Token, ent: Entity) -> bool:
        """Whether a description is the object of a verb whose subject, before it, names ``ent`` or was tied
        to it (after it, a subject is the inverted speaker the description may stand beside)."""
        verb = head.head
        if head.dep_ not in ("obj", "iobj", "dobj") or verb.i == head.i or verb.pos_ not in ("VERB", "AUX"):
            return False
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i):
            chars = [t.idx for t in subject.subtree]
            if any(s <= c < e for s, e in ent.mentions for c in chars):
                return True
            # (a pronoun or a description tied before: the links are still being made, in text order)
            if any(link.span[0] == subject.idx and link.entity == ent.id for link in reversed(self.links)):
                return True
        return False

    def subject_before(self, verb: Token) -> bool:
        """Whether a verb has a subject of its own before it (one before a comma is the quote's: "« Nous
        ..., estime X")."""
        return any(c.dep_ in SUBJECT_DEPS and not any(t.text == "," for t in self.doc[c.i:verb.i])
                   for c in verb.children)

    def after_channel(self, token: Token) -> bool:
        """The speaker after an inverted verb of saying and its channel, which the parse hangs on the channel
        ("a déclaré à l'AFP Marc Dupuis", "explique à la radio X")."""
        channel = token.head
        described = RULES.on(DESCRIPTION_PAST_CHANNEL) and token.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.i < token.i for c in token.children)  # ("explique à l'AFP la jeune femme")
        return token.dep_ in ("nmod", "appos") and channel.i < token.i and \
            (token.pos_ == "PROPN" or described) and \
            not any(c.dep_ == "case" for c in token.children) and \
            channel.dep_ in ("obl", "obl:arg", "obl:mod") and channel.head.i < channel.i and \
            any(c.dep_ == "case" and c.lower_ in self.data.CHANNEL_CASES for c in channel.children) and \
            self.says(channel.head) and not self.subject_before(channel.head)

    def described_by_role(self, token: Token) -> bool:
        """A name in apposition to a role ("le ministre Gérard Collomb"): that role's holder."""
        head = token.head
        return token.dep_ in NAME_DEPS and head.pos_ == "NOUN" and (
            head.lower_ in self.roles or head.lemma_.lower() in self.roles)

    def of_other_kind(self, end: int, head: Token) -> bool:
        """Whether the name that ends before token ``end`` is set off with an indefinite description whose
        noun is not ``head``'s ("Jeanne Roux, une infirmière de Lyon" for "la ministre"): it says what that
        person is, another kind. Read on the words, which the parse often hangs elsewhere."""
        doc = self.doc
        if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in self.data.INDEFINITES:
            return False
        noun = next((t for t in doc[end + 2:end + 4] if t.pos_ == "NOUN"), None)
        return noun is not None and noun.lemma_.lower() != head.lemma_.lower() and \
            noun.lower_ != head.lower_

    def described_by_rank(self, token: Token) -> bool:
        """A name in apposition to a military rank ("le colonel Frédéric Dupont"), none other."""
        return self.described_by_role(token) and self.is_rank(token.head)

    def is_rank(self, token: Token) -> bool:
        """A military rank ("colonel"), as written or by its lemma."""
        return token.lower_ in self.ranks or token.lemma_.lower() in self.ranks

    def reported(self, token: Token) -> bool:
        """A subject inside what a verb of saying reports ("a assuré que X préparait"): spoken of."""
        while token.dep_ in NAME_DEPS and token.head.i != token.i:
            token = token.head
        verb = token.head
        return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in self.data.REPORTING_VERBS

    def acted_on(self, token: Token, complement: bool = True) -> bool:
        """A name that is the object of a verb that is not one of saying ("interpeller X"), or a noun's
        complement ("la mort de X"), with ``complement``."""
        while token.dep_ in NAME_DEPS and token.head.i != token.i:
            token = token.head
        return token.dep_ in ("obj", "dobj", "iobj", "obl:arg") and not self.says(token.head) or \
            complement and token.dep_ == "nmod" and token.head.pos_ == "NOUN"

    def says(self, verb: Token) -> bool:
        """A verb of saying, by its lemma, else by its ending where the lemmatizer left it as written
        ("estime")."""
        lemma = verb.lemma_.lower()
        return lemma in self.data.REPORTING_VERBS or guess_lemma(verb.lower_, self.lang) in \
            self.data.REPORTING_VERBS

    def agrees(self, token: Token) -> tuple[str | None, str | None]:
        return agrees(token, self.data.NOUN_GENDER_ENDINGS, self.data.CONTRACTED_ARTICLES)

    def determiners(self, token: Token) -> list[Token]:
        return determiners(token, self.data.CONTRACTED_ARTICLES)

    def definite(self, token: Token) -> bool:
        """A noun with a definite determiner: "le", "cette", "du"."""
        return any(c.lower_ in self.data.DEFINITES or c.lower_ in self.data.CONTRACTED_ARTICLES
                   for c in self.determiners(token))

    def other_gender_holder(self, entity_id: str, token: Token, gender: str) -> bool:
        """Whether a holder of a description's role is of the other gender than the description marks: as
        the article's words tell it ("la ministre X" for "l'ancien ministre"), else as their given name is
        tagged where the article gave them the role in another form ("président" for "la présidente"; the
        tagger reads a given name it does not know, "Ann-Kathrin", as masculine)."""
        known = self.gender.get(entity_id)
        if known is not None:
            return known != gender
        tagged = self.given_name_gender.get(entity_id)
        return tagged is not None and tagged != gender and not any(
            token.lower_ in self.role_words(r) for r in self.roles_of.get(entity_id, []))

    def marked_gender(self, token: Token) -> str | None:
        """A description's gender as a determiner or an adjective before its noun marks it ("la ministre",
        "l'ancien ministre"); None where only the noun's tag would tell ("l'auteur")."""
        marked = [d for d in self.determiners(token) if not d.lower_.endswith(("'", "’"))] + [
            c for c in token.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < token.i]
        return next((g for t in marked for g in t.morph.get("Gender")), None)

    def focus_gender(self, f: Focus) -> str | None:
        """A focus's gender: a person's as known now (a description or a pronoun may have told it since)."""
        ent = self.by_id.get(f.entity) if f.entity else None
        return (self.gender_of(ent.id) if ent is not None and ent.type == "PER" else None) or f.gender

    def gender_of(self, entity_id: str) -> str | None:
        """A person's gender: as a description or a pronoun gave it, else as their given name reads."""
        return self.gender.get(entity_id) or self.given_name_gender.get(entity_id)

    def speaks(self, token: Token, climb: bool = False) -> bool:
        """The subject of a verb of saying ("la préfecture a indiqué", "fait part") or its speaker."""
        while climb and token.dep_ in NAME_DEPS and token.head.i != token.i:
            token = token.head
        head = token.head
        return self.is_subject(token, climb=False) and head.pos_ in ("VERB", "AUX") and any(
            self.says(verb) or verb.lemma_.lower() in self.data.NEEDS_PARTNER
            for verb in [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))])
        # (and a verb of saying that shares the subject: "la préfecture a pris acte et fait part de")

    # -- the pass --------------------------------------------------------------------------------------
    def build(self) -> None:
        focus: list[Focus] = []
        waiting: list[tuple[int, Token, str]] = []  # descriptions before any name: (sentence, head, words)
        described: dict[str, Link] = {}  # a description's words -> the link that first made them a referent
        i, doc = 0, self.doc
        headline_end = self.headline_end
        quote_focus: dict[int | None, list[Focus]] = {}  # a quote -> the people named its subjects
        headline_people: dict[str, int] | None = {}  # the people the headline names -> the sentence
        # outside a mention only the words of REFERRING_POS may refer (a branch for another kind of word
        # must add its tag there): the other words are passed by their tag, without a Token made for each
        tags = doc.to_array([POS]).tolist()
        refers = [p in REFERRING_POS for p in tags]
        for j in self.clitics_read_as_names():
            refers[j] = True
        for j in (j for j, p in enumerate(tags) if p == PROPN) if RULES.on(DEMONSTRATIVE_ORIGIN) else ():
            if j not in self.mention_at and self.demonstrative_origin(doc[j]):
                refers[j] = True  # ("Ce Parisien": a proper noun no mention holds)
        while i < len(doc):
            if not refers[i] and i not in self.mention_at and i not in self.place_at:
                i += 1
                continue
            token = doc[i]
            sentence = self.sentence_of(token)
            if i in self.place_at:
                self.place_subject(i, sentence, focus)
            if headline_people is not None and token.idx >= headline_end:
                if len(headline_people) == 1 and RULES.on(HEADLINE):
                    (person, at), = headline_people.items()
                    if not any(f.entity == person for f in focus):
                        ent = self.by_id[person]
                        focus.append(Focus(at, person, ent.name, None, self.gender_of(person), "Sing"))
                headline_people = None
            # (a nationality's mention after a demonstrative, "Ce Français", is a description: read below)
            origin = self.mention_at[i][1].type == "NORP" and RULES.on(DEMONSTRATIVE_ORIGIN) and \
                self.demonstrative_origin(token) if i in self.mention_at else False
            if i in self.mention_at and not origin:
                end, ent = self.mention_at[i]
                new = ent.id not in self.first_seen
                # (named in the headline only: new to the body, whose descriptions may wait for them; not
                # to the headline's, which came after that name)
                in_body_only = not new and RULES.on(NAMED_AFTER_HEADLINE) and token.idx >= headline_end and \
                    ent.id not in self.named_in_body
                if token.idx >= headline_end:
                    self.named_in_body.add(ent.id)
                self.first_seen.setdefault(ent.id, i)
                root = next((t for t in doc[i:end] if not i <= t.head.i < end or t.head.i == t.i), doc[i])
                quoted = self.in_quote(token.idx)
                if headline_people is not None and ent.type == "PER":
                    headline_people[ent.id] = sentence
                kept = [w for w in waiting if w[1].idx < headline_end] if in_body_only else []
                if in_body_only:
                    waiting = [w for w in waiting if w[1].idx >= headline_end]
                ranked = RULES.on(RANK_NAMED_AFTER) and self.described_by_rank(root)
                person = ent.type == "PER" or RULES.on(SPEAKING_NAME) and waiting and new and \
                    self.person_shaped(ent) and self.speaks(root, climb=True)
                if person and (new or in_body_only) and waiting and RULES.on(NAMED_AFTER) and \
                        not quoted \
                        and not self.reported(root) and (not self.described_by_role(root) or ranked) \
                        and (self.is_subject(root) or root.dep_ == "appos") and not self.acted_on(root):
                    # (named as a subject or in apposition, not as the person an action befalls)
                    # (a name in apposition says who the description last before it is, none of the others)
                    # (one titled by a rank, only a definite function's: "le porte-parole", not "un soldat")
                    rule = RANK_NAMED_AFTER if self.described_by_role(root) else NAMED_AFTER
                    for ws, head, key in waiting[-1:] if root.dep_ == "appos" else waiting:
                        if ranked and (self.is_rank(head) or not self.definite(head)):
                            continue
                        if RULES.on(OTHER_KIND) and self.of_other_kind(end, head):
                            continue
                        if (sentence - ws <= self.weights.named_after_sentences or head.idx < headline_end and
                                RULES.on(HEADLINE)) and not self.other_gender(head, ent) and not (
                                RULES.on(NAMED_AFTER_NUMBER) and self.agrees(head)[1] == "Plur"):
                            described[key] = self.add(head, "description", rule, ent)
                            for f in focus:  # ("un adjoint au maire a indiqué ..., X": X is the subject)
                                if f.entity is None and f.span == described[key].span:
                                    f.entity, f.text = ent.id, ent.name
                            for link in self.repeated.pop(key, []):  # "le procureur" again, before the name
                                link.entity, link.text, link.rule = ent.id, ent.name, rule
                                ent.references.append(Reference(span=list(link.span), kind=link.kind,
                                                                rule=rule))
                            self.holders.setdefault(head.lower_, []).append(ent.id)
                            self.roles_of.setdefault(ent.id, []).append(key)
                    waiting = []
                if in_body_only:
                    waiting = kept + waiting  # (the headline's descriptions wait on, as they did)
                # the word of the name that is the subject ("Boris Johnson" may be read as "Boris, Johnson")
                subject = next((t for t in doc[i:end] if (
                    self.is_subject(t) if ent.type == "PER" else self.speaks(t))), None)
                if subject is None and ent.type != "PER" and RULES.on(BODY_SUBJECT) and \
                        self.body_subject(root):
                    subject = root  # "L'Association X milite pour ... Elle réfute": the association
                if subject is None and ent.type == "PER" and RULES.on(PASSIVE_AGENT) and \
                        self.agent_of(root) and (end - i > 1 or root.head.i != root.i and
                                                 self.person_noun(root.head)):
                    # (a name of one word that is no one's described, "par Buzzfeed", may be a medium's)
                    subject = root  # "Leur chorale a été saluée par l'évêque X. Il ...": the bishop
                if subject is None and ent.type == "PER" and RULES.on(SECTION) and self.heads_section(token):
                    subject = root  # "► Marc Dupuis": whom the section is about, its first subject
                if subject is None and ent.type == "PER" and RULES.on(AFTER_SOURCE) and \
                        self.after_source(root):
                    subject = root  # "Selon le journal, Marc Dupuis était parti", hung on the source
                if subject is None and ent.type == "PER" and RULES.on(SET_OFF_NAME) and self.set_off(i, end):
                    subject = root  # "Parmi eux, Marc Dupuis, 25 ans, avait ...", hung elsewhere
                if subject is not None and quoted and ent.type == "PER" and RULES.on(IN_QUOTE):
                    # "« Par ses propos, X a sali son écharpe, il ... »": for the pronouns of the same quote
                    quote_focus.setdefault(self.quote_of(token.idx), []).append(
                        Focus(sentence, ent.id, ent.name, None, self.gender_of(ent.id), "Sing"))
                if subject is not None and not quoted and not self.reported(subject) and \
                        RULES.on(COORDINATED) and self.coordinated(subject):
                    focus.append(self.group_focus(subject, sentence))
                elif subject is not None and not quoted and not self.reported(subject):
                    root = subject
                    gender = self.gender_of(ent.id) if ent.type == "PER" else agrees(root)[0]
                    number = "Sing" if ent.type == "PER" else agrees(root)[1]
                    source = ent.type != "PER" and subject.head.i < subject.i
                    # (a speaker the parse hangs on the channel, "a dit à l'AFP X", as a cited one: for an
                    # inverted clitic only, the parse of what follows being as unsure)
                    cited = RULES.on(PAST_CHANNEL) and self.after_channel(subject)
                    body = RULES.on(BODY_SUBJECT) and self.body_noun(root) and \
                        root.lemma_.lower() not in self.data.MEDIA_NOUNS
                    focus.append(Focus(sentence, ent.id, ent.name, None, gender, number, source=source,
                                       cited=cited, body=body))
                    if ent.type != "PER":
                        self.bodies.append((token.idx, ent.id))
                        self.last_body = (sentence, ent.id)
                elif subject is None and not quoted and ent.type == "PER" and RULES.on(CITED) and (any(
                        c.dep_ == "case" and c.lower_ in self.according for c in root.children) or
                        RULES.on(POSTPOSED) and self.cited_at(i, end)):
                    # "selon X, ... « ... », a-t-il ajouté": whom an inverted clitic after may stand for
                    focus.append(Focus(sentence, ent.id, ent.name, None, self.gender_of(ent.id), "Sing",
                                       cited=True))
                if ent.type == "PER" and not quoted and not self.acted_on(root):
                    self.last_named = (sentence, ent)
                if ent.type == "PER" and not quoted:
                    self.named_count[ent.id] += 1
                self.recent.append(ent.id)
                i = end
                continue
            if self.in_quote(token.idx) and not (self.speaks(token) and token.head.i < token.i and
                                                 self.is_description(token)):
                # (a quote's words, except a description speaking in an incise the quote marks hold:
                # "« A, estime ce policier. B »"): its pronouns stand for whom the quote itself names
                # (a quote the sentence runs into, "elle « sent qu'elle peut »", is the writer's: their focus)
                # (an inverted clitic there is an incise's, "« A, estime-t-il, B »": the speaker's, not read)
                if self.pronoun(token) is not None and not self.inverted(token) and RULES.on(PRONOUN) and \
                        RULES.on(IN_QUOTE):
                    quote = self.quote_of(token.idx)
                    said = focus if self.partial(quote) else quote_focus.setdefault(quote, [])
                    linked = len(self.links)
                    self.resolve_pronoun(token, sentence, said)
                    if len(self.links) == linked and said is not focus and RULES.on(QUOTE_SPOKEN_OF):
                        # a quote that names no one it may stand for: a person the article has in focus,
                        # of a gender known to agree ("X a disparu. « Elle devait rappeler ses parents »")
                        speakers = self.quote_speakers(quote, focus) if RULES.on(QUOTE_NOT_SPEAKER) else set()
                        self.resolve_pronoun(token, sentence, [
                            f for f in focus if self.known_person(f) and f.entity not in speakers],
                            QUOTE_SPOKEN_OF)
                elif self.is_description(token) and RULES.on(IN_QUOTE):
                    # "« les relations entre le maire et le préfet »": whom the article gave that role
                    self.resolve_description(token, sentence, described, waiting, focus, quoted=True)
                i += 1
                continue
            if token.pos_ == "NOUN" and RULES.on(POSSESSOR) and (owner := self.possessor(token)) is not None:
                self.find_possessor(token, sentence, focus, owner)
            word = self.pronoun(token)
            if word is not None and RULES.on(PRONOUN):
                # ("celui qui" is read as a pronoun by ``one_who`` only)
                rule = ONE_WHO if token.lower_ in self.data.ONE_WHO_PRONOUNS else PRONOUN
                self.resolve_pronoun(token, sentence, focus, rule)
            elif RULES.on(COUNTED_GROUP) and (members := self.counted_group(token, sentence)) is not None:
                # "X ... Y ... Les deux pays disent": the two, whom "ils" after stands for too
                s, e = self.phrase(token)
                self.links.append(Link((s, e), "group", COUNTED_GROUP, None, members))
                focus.append(Focus(sentence, None, members, None, None, "Plur"))
            elif self.is_latter(token):
                if (ent := self.latter(token)) is not None and RULES.on(LATTER):
                    self.add(token, "description", LATTER, ent)
                    if self.is_subject(token) and not self.reported(token):
                        gender, number = self.agrees(token)
                        focus.append(Focus(sentence, ent.id, ent.name, None, gender, number))
            elif self.is_description(token):
                link = self.resolve_description(token, sentence, described, waiting, focus)
                if link is not None and link.entity and token.idx >= headline_end and \
                        RULES.on(HEADLINE_SAID_AGAIN):
                    waiting = self.said_again(token, link, waiting, described)
                if link is not None and self.is_subject(token) and not self.reported(token) and \
                        RULES.on(COORDINATED) and self.coordinated(token):
                    focus.append(self.group_focus(token, sentence))
                elif link is not None and self.is_subject(token) and not self.reported(token):
                    gender, number = self.agrees(token)
                    focus.append(Focus(sentence, link.entity, link.text, link.antecedent, gender, number,
                                       person=True))
            elif (found := self.body_or_medium(token, sentence)) is not None:
                # "informait le syndicat": the union the article named, for "-il" next too
                rule, body = found
                self.add(token, "description", rule, body)
                if self.speaks(token):
                    gender, number = self.agrees(token)
                    # ("..., rapporte l'hebdomadaire. Il a critiqué": the source, as a medium named there is)
                    source = RULES.on(DESCRIBED_SOURCE) and token.head.i < token.i
                    focus.append(Focus(sentence, body.id, body.name, None, gender, number, source=source))
            elif token.pos_ == "NOUN" and self.definite(token) and (
                    self.speaks(token) or RULES.on(BODY_SUBJECT) and self.body_subject(token)):
                # "La préfecture fait part de ...": what "-t-elle" may stand for next
                gender, number = self.agrees(token)
                s, e = self.phrase(token)
                # ("..., rapporte le journal": the source, not whom a plain "il" after stands for)
                source = RULES.on(DESCRIBED_SOURCE) and token.head.i < token.i and not self.person_noun(token)
                focus.append(Focus(sentence, None, self.text[s:e], (s, e), gender, number, source=source))
            elif RULES.on(PEOPLE_SUBJECT) and self.people_subject(token):
                # "Une quarantaine d'avocats a signé ... Ils dénoncent": those people, in their words
                s, e = self.phrase(token)
                focus.append(Focus(sentence, None, self.text[s:e], (s, e), None, "Plur", people=True))
            elif RULES.on(BETWEEN) and self.stands_between(token):
                # "L'un d'eux a été interpellé. Il ...": someone unnamed, whom a pronoun after may be (of
                # any gender: as tagged, "celui" may read as feminine)
                s, e = self.phrase(token)
                number = next(iter(token.morph.get("Number")), None)
                focus.append(Focus(sentence, None, self.text[s:e], (s, e), None, number))
            i += 1

    def place_subject(self, i: int, sentence: int, focus: list[Focus]) -> None:
        """A place named at token ``i`` that is its clause's subject, outside quotes, with a gender and a
        number its words tell: in focus for the pronouns of its sentence ("l'Egypte reste ..., à qui elle
        continue d'offrir"), which stand for no person named before."""
        end, ent = self.place_at[i]
        root = next((t for t in self.doc[i:end] if not i <= t.head.i < end or t.head.i == t.i), self.doc[i])
        gender, number = agrees(root)
        if gender and number and not self.in_quote(root.idx) and self.is_subject(root):
            focus.append(Focus(sentence, None, ent.name, None, gender, number, place=True))

    def possessor(self, token: Token) -> str | None:
        """The number of the one a noun's third-person possessive stands for ("son entourage": "Sing")."""
        return next((self.data.POSSESSIVE_DETERMINERS[d.lower_] for d in self.determiners(token)
                     if d.lower_ in self.data.POSSESSIVE_DETERMINERS), None)

    def find_possessor(self, token: Token, sentence: int, focus: list[Focus], number: str) -> None:
        """Whose the thing or group is: the most recent subject of that number, if a named one ("X a signé
        un décret, ont annoncé ses services": X's); a nearer unnamed one leaves it no one's."""
        for f in reversed(focus):
            if sentence - f.sentence > self.weights.pronoun_sentences:
                return
            if f.group or (f.number or "Sing") != number.capitalize():
                continue
            if f.entity is not None and f.entity in self.by_id:
                self.possessors[token.idx] = f.entity
            return

    def owner(self, char: int) -> Entity | None:
        """Whose the noun with a possessive at ``char`` is, if coreference found it."""
        entity_id = self.possessors.get(char)
        return self.by_id.get(entity_id) if entity_id is not None else None

    def coordinated(self, token: Token) -> bool:
        """A subject joined to another noun or name by a conjunction ("X et le général Y ont dit")."""
        while token.dep_ in NAME_DEPS and token.head.i != token.i:
            token = token.head
        # (both before their verb, a noun joined after it may belong to another clause; and joined by a
        # conjunction: "le président, X," that the parse reads as joined is one person)
        words = [token, *(c for c in token.children if c.dep_ in ("flat", "flat:name"))]
        return any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i < token.head.i and
                   any(g.dep_ == "cc" for g in c.children) for t in words for c in t.children)

    def group_focus(self, subject: Token, sentence: int) -> Focus:
        """Subjects joined by a conjunction ("X et Y ont dit"), from the first to the end of the last: the two
        together, whom "ils" may stand for, and "il" not."""
        while subject.dep_ in NAME_DEPS and subject.head.i != subject.i:
            subject = subject.head
        conjuncts = [subject, *(c for t in [subject, *subject.children] for c in t.children
                                if c.dep_ == "conj")]
        last = max(conjuncts, key=lambda c: c.i)
        start, end = self.phrase(subject)[0], self.phrase(last)[1]
        end = max(end, start)
        named = [self.mention_at.get(c.i) or self.mention_at.get(c.left_edge.i) for c in conjuncts]
        members = tuple(m[1].id for m in named if m is not None and m[1].type == "PER")
        return Focus(sentence, None, self.text[start:end], (start, end), None, "Plur", group=True,
                     members=members if len(members) == len(conjuncts) else ())

    def counted_group(self, token: Token, sentence: int) -> str | None:
        """The members a subject that counts them stands for ("les deux pays", "toutes deux", "les deux
        responsables"), named as many, of its kind and gender, in its sentence and the few before: their
        names, joined ("X et Y"); else None."""
        counted = self.members_counted(token)
        if counted is None or self.in_quote(token.idx) or not self.is_subject(token, climb=False):
            return None
        kind = self.counted_kind(token)
        if kind is None:
            return None
        # (women only where its words say so, "toutes deux", "les deux femmes": a masculine plural may
        # count a man and a woman)
        words = [token, *token.children, self.doc[token.i - 1] if token.i else token]
        said = {g for t in words if t.lower_ in self.data.GROUP_COUNT_DETERMINERS or t is token and
                t.pos_ == "NOUN" for g in t.morph.get("Gender")}
        gender = "Fem" if said == {"Fem"} else None
        first = self.sentence_starts[max(0, sentence - self.weights.counted_group_sentences)]
        named: dict[str, Entity] = {}
        for at, ent in self.any_mentions[bisect_left(self.any_mentions, (first,)):
                                         bisect_left(self.any_mentions, (token.i,))]:
            if ent.type in kind and not self.in_quote(self.doc[at].idx) and (
                    gender is None or ent.type != "PER" or self.gender_of(ent.id) in (None, gender)) and \
                    (ent.type != "GPE" or ent.id in self.countries):
                named.pop(ent.id, None)
                named[ent.id] = ent  # (in the order they were last named)
        if len(named) != counted:
            return None
        names = [e.name for e in named.values()]
        return f" {self.data.LIST_CONJUNCTIONS[0]} ".join([", ".join(names[:-1]), names[-1]])

    def counted_kind(self, token: Token) -> tuple[str, ...] | None:
        """The entity types the members a subject counts are: people for "tous deux" and a person's noun,
        countries for a country's ("les deux pays"), bodies for a body's ("les deux syndicats")."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or self.person_noun(token):
            return ("PER",)
        if lemma in self.data.GROUP_COUNTRY_NOUNS:
            return ("GPE",)
        return ("ORG",) if lemma in self.data.BODY_NOUNS else None

    @cached_property
    def kin_nouns(self) -> set[str]:
        """The nouns of a relative, a neighbour or a friend ("sa mère", "la voisine")."""
        return set(self.relatives) | self.data.NEIGHBOUR_NOUNS

    @cached_property
    def group_counts(self) -> dict[str, int]:
        """The number words a group may be counted by ("deux": 2), as the numbers pack reads them."""
        return {w: n for w, n in language_pack(self.lang).numbers.UNITS.items() if n > 1}

    @cached_property
    def countries(self) -> set[str]:
        """The entities the places stage resolved to a country."""
        return {p.entity for p in self.doc._.veille_places or [] if p.feature == "country" and p.entity}

    @cached_property
    def any_mentions(self) -> list[tuple[int, Entity]]:
        """Every entity's mentions, places included, by the token they start at, in order."""
        found = []
        for ent in self.doc._.veille_entities or []:
            for s, e in ent.mentions:
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is not None and len(span):
                    found.append((span.start, ent))
        return sorted(found, key=lambda m: m[0])

    def members_counted(self, token: Token) -> int | None:
        """How many members a plural subject counts: "les deux", "tous deux" (the figure, or "tous" where
        the parse makes it the subject), "les deux pays"; else None."""
        counts, before = self.group_counts, self.data.GROUP_COUNT_DETERMINERS
        following = self.doc[token.i + 1].lower_ if token.i + 1 < len(self.doc) else ""
        if token.lower_ in counts and (token.i and self.doc[token.i - 1].lower_ in before):
            return counts[token.lower_]
        if token.lower_ in before and following in counts and token.dep_ in SUBJECT_DEPS:
            return counts[following]
        figure = next((c for c in token.children if c.dep_ == "nummod" and c.lower_ in counts), None)
        if figure is not None and token.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in before and c.i < figure.i for c in token.children):
            return counts[figure.lower_]
        return None

    def body_noun(self, token: Token) -> bool:
        """A noun of bodies ("l'association", "le parquet")."""
        return token.lemma_.lower() in self.data.BODY_NOUNS

    def body_subject(self, token: Token) -> bool:
        """A noun of bodies that is a clause's subject ("L'Association X milite")."""
        return self.body_noun(token) and self.is_subject(token, climb=False)

    def people_subject(self, token: Token) -> bool:
        """A plural noun of people, or a count of them ("une quarantaine d'avocats", "des centaines de
        manifestants"), that is a clause's subject outside quotes and names."""
        if token.pos_ != "NOUN" or token.i in self.in_mention or token.dep_ not in SUBJECT_DEPS or \
                self.in_quote(token.idx) or self.reported(token):
            return False
        if token.lower_ in self.counts or token.lemma_.lower() in self.counts:
            # "une quarantaine d'avocats": the people the count counts
            counted = next((c for c in token.children if c.dep_ == "nmod" and c.pos_ == "NOUN"), None)
            return counted is not None and self.person_noun(counted) and "Plur" in counted.morph.get("Number")
        # "des avocats" (a definite noun is a description's: ``resolve_description``)
        return self.person_noun(token) and "Plur" in token.morph.get("Number") and not self.definite(token)

    def stands_between(self, token: Token) -> bool:
        """A pronoun that brings in someone no rule links, as a clause's subject ("l'un d'eux a", "celui
        qui"): a pronoun after it may stand for them, not for anyone named before."""
        return token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubj:pass") and \
            token.lower_ in self.data.SOMEONE_PRONOUNS and not self.in_quote(token.idx) and \
            not self.reported(token)

    def other_gender(self, head: Token, ent: Entity) -> bool:
        """Whether a description and the person named after it are known to be of other genders ("la femme
        d'affaires" is not the next man named)."""
        gender, known = self.agrees(head)[0], self.gender_of(ent.id)
        return bool(gender and known and gender != known)

    def is_latter(self, token: Token) -> bool:
        """ "ce dernier", "cette dernière": the latter, with its demonstrative."""
        return token.lemma_.lower() in self.data.LATTER_WORDS and token.dep_ in NOUN_PHRASE_DEPS and any(
            c.dep_ == "det" and c.lower_ in self.data.DEMONSTRATIVES for c in token.children)

    def qualified_by(self, token: Token) -> Entity | None:
        """The one person whom the article described with the description's noun as a word after another
        noun ("la démocrate" after "la cheffe des démocrates au Congrès Nancy X", "le socialiste" after "le
        député socialiste Y"), of its gender: what they were said to be, now said alone."""
        forms = {f.rstrip("s") for f in masculine_forms(token.lower_.rstrip("s"))}
        gender = self.agrees(token)[0]
        people = {e for said, ids in self.described_with.items() if said.rstrip("s") in forms for e in ids}
        people = {e for e in people if e in self.by_id and self.by_id[e].type == "PER" and
                  self.gender_of(e) in (None, gender) and
                  not any(d and d[0].rstrip("s") in forms for d in self.described_as.get(e, ()))}
        return self.by_id[people.pop()] if len(people) == 1 else None

    def last_people(self) -> list[str]:
        """The few people named or referred to last, the last first."""
        people: list[str] = []
        for entity_id in reversed(self.recent):
            if entity_id not in people and entity_id in self.by_id and self.by_id[entity_id].type == "PER":
                people.append(entity_id)
            if len(people) == self.weights.latter_referents:
                break
        return people

    def recent_person(self, token: Token, words: list[str]) -> Entity | None:
        """The person named or referred to last, of the few last, whose gender the article knows and a
        description's agrees with, and who was not described otherwise ("ce retraité")."""
        gender = self.agrees(token)[0]
        people = self.last_people()
        known = [p for p in people if gender and self.gender_of(p) == gender]
        return self.by_id[known[0]] if known and not self.described_otherwise(known[0], words) else None

    def named_near(self, entity_id: str, token: Token) -> bool:
        """Whether a person was named or referred to in a description's sentence or the few before it."""
        ent = self.by_id[entity_id]
        before = [s for s, _ in ent.mentions if s < token.idx] + \
            [r.span[0] for r in ent.references if r.span[0] < token.idx]
        first = self.sentence_starts[max(0, self.sentence_of(token) - self.weights.in_focus_sentences)] \
            if self.sentence_starts else 0
        return bool(before) and max(before) >= self.doc[first].idx

    def given_other_role(self, entity_id: str, token: Token) -> bool:
        """Whether the article gave a person roles or titles, none with a description's noun ("cet
        ingénieur" is not the one it made "président")."""
        roles = [self.role_words(r) for r in self.roles_of.get(entity_id, [])]
        roles += [title.split() for title in self.said_titles(entity_id)]
        return bool(roles) and not any({token.lower_, token.lemma_.lower()} & set(r) for r in roles)

    def latter(self, token: Token) -> Entity | None:
        """The person named or referred to last whose gender agrees with "ce dernier", of the few last: one
        known to agree before one whose gender is unknown."""
        gender, number = self.agrees(token)
        if number == "Plur":
            return None
        people = self.last_people()
        # the last whose gender is known to agree, else the last whose gender is unknown
        known = [p for p in people if gender and self.gender_of(p) == gender]
        unknown = [p for p in people if not (gender and self.gender_of(p))]
        return self.by_id[(known + unknown)[0]] if known + unknown else None

    def article_gender(self, ent: Entity) -> str | None:
        """The gender a definite article says right before a person's name, past adjectives ("le petit
        Pablo", "la jeune Léa"); an elided one ("l'") says none."""
        for s, _ in ent.mentions:
            token = token_covering(self.doc, s)
            i = token.i - 1 if token is not None else -1
            while i >= 0 and self.doc[i].pos_ == "ADJ":
                i -= 1
            det = self.doc[i] if i >= 0 else None
            if det is not None and det.pos_ == "DET" and det.lower_ in self.data.DEFINITES and \
                    not det.lower_.endswith(("'", "’")) and len(det.morph.get("Gender")) == 1:
                return det.morph.get("Gender")[0]
        return None

    def person_shaped(self, ent: Entity) -> bool:
        """A name the model typed an organisation's or another thing's that reads as a person's: two to four
        capitalised words of letters (or hyphenated ones: "Jean-Luc"), none a body's noun or a country's
        name, not a medium nor an actor the shipped tables know ("Tedros Adhanom Ghebreyesus")."""
        words = ent.name.split()
        parts = [p for w in words for p in w.split("-")]
        if ent.type not in ("ORG", "MISC") or not 2 <= len(words) <= self.weights.person_name_words or \
                not all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts):
            return False
        gazetteer = shared_gazetteer()
        # (a body's noun, a known medium or actor, a country's name: "Air France", "Amnesty International")
        return not any(w.lower() in self.data.BODY_NOUNS for w in words) and \
            not media_kinds().get(medium_key(ent.name)) and actor_table().find(ent.name) is None and \
            not any(c.feature == "country" for w in words for c in gazetteer.lookup(w))

    def noun_before_gender(self, ent: Entity) -> str | None:
        """The gender of a definite description of a person right before a person's name that the name is
        in apposition to, or shares its verb with ("L'ex-Première dame des Etats-Unis Michelle X a affirmé",
        "l'ancienne ministre X"): where the tagger reads the given name as the other gender, the description
        tells it."""
        for s, _ in ent.mentions:
            token = token_covering(self.doc, s)
            if token is None or self.in_quote(token.idx):
                continue
            # the noun of the phrase that ends right before the name ("dame" of "dame des Etats-Unis")
            head = next((n for n in reversed(self.doc[max(0, token.i - self.weights.title_words):token.i])
                         if n.pos_ == "NOUN" and self.person_noun(n) and
                         all(n.is_ancestor(t) for t in self.doc[n.i + 1:token.i])), None)
            if head is None or not self.definite(head) or self.agrees(head)[1] == "Plur" or \
                    "Plur" in head.morph.get("Number"):
                continue  # ("devant les sénateurs X": a name after a plural is none of theirs)
            tied = token.dep_ in NAME_DEPS and head.is_ancestor(token) or \
                token.dep_ in SUBJECT_DEPS and head.dep_ in SUBJECT_DEPS and token.head.i == head.head.i
            # (as its article says, else an adjective before it: "l'ancienne ministre", "l'ex-Première dame")
            said = [c for c in head.children if c.i < head.i and (
                c.dep_ == "det" and c.lower_ in self.data.DEFINITES and not c.lower_.endswith(("'", "’")) or
                c.dep_ == "amod" and c.pos_ == "ADJ")]
            genders = {g for c in said for g in c.morph.get("Gender")}
            if tied and len(genders) == 1:
                return genders.pop()
        return None

    def title_gender(self, ent: Entity, titles: dict[str, str]) -> str | None:
        """A person's gender by the title a mention of them starts with or follows ("Mrs.", "Congressman")."""
        for s, e in ent.mentions:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            for word in (span[0], self.doc[span.start - 1] if span.start else None):
                if word is not None and word.lower_ in titles:
                    return titles[word.lower_]
        return None

    def said_again(self, token: Token, link: Link, waiting: list[tuple[int, Token, str]],
                   described: dict[str, Link]) -> list[tuple[int, Token, str]]:
        """A headline's description still waiting for a name ("la cheffe des démocrates") is whom the body's
        description of the same noun and more words stands for ("la cheffe des démocrates au Congrès Nancy
        X"), not the next person the body names; the descriptions still waiting after that."""
        words = set(self.description_words(*link.span))
        left = []
        for item in waiting:
            _, head, key = item
            if head.idx < self.headline_end and head.lemma_.lower() == token.lemma_.lower() and \
                    set(key.split()) <= words:
                described[key] = self.add(head, "description", HEADLINE_SAID_AGAIN, self.by_id[link.entity])
            else:
                left.append(item)
        return left

    def add(self, head: Token, kind: str, rule: str, ent: Entity | None, text: str | None = None) -> Link:
        """Links the referring words at ``head`` (a description's noun phrase, a pronoun)."""
        if ent is not None and kind == "description" and RULES.on(OBJECT_NOT_SUBJECT) and \
                self.object_of(head, ent):
            ent = None
        span = self.phrase(head) if kind == "description" else (head.idx, head.idx + len(head))
        link = Link(span, kind, rule, ent.id if ent else None, ent.name if ent else (text or ""))
        self.links.append(link)
        if ent is not None:
            self.recent.append(ent.id)
        if ent is not None:
            ent.references.append(Reference(span=list(span), kind=kind, rule=rule))
            if kind == "description":
                words = tuple(self.description_words(*span))
                self.described_as.setdefault(ent.id, set()).add(words)
                if RULES.on(PERIPHRASE) and (title := self.periphrase(head)) is not None:
                    self.titled_as.setdefault(ent.id, set()).add(" ".join(title))
                    if ent.type == "PER" and RULES.on(PERIPHRASE_HOLDS) and \
                            ent.id not in self.holders.get(title[0], []):
                        self.holders.setdefault(title[0], []).append(ent.id)
                        self.roles_of.setdefault(ent.id, []).append(" ".join(title))
                for word in words:
                    self.described_with.setdefault(word, set()).add(ent.id)
            if kind == "description" and self.is_description(head):
                self.linked_head[(head.lemma_.lower(), agrees(head)[1])] = link
                if ent.type == "PER" and self.definite(head):  # ("un président en exercice": any)
                    for key in self.head_keys(head):
                        self.head_people.setdefault(key, set()).add(ent.id)
            if kind == "description" and ent.type == "PER":
                # (by the determiner only: "l'idole", "la star" say nothing of the person's gender)
                gender = next((g for c in head.children
                               if c in self.determiners(head) and not c.lower_.endswith(("'", "’"))
                               for g in c.morph.get("Gender")), None)
                if gender and ent.id not in self.gender:
                    self.gender[ent.id] = gender
        return link

    def resolve_description(self, token: Token, sentence: int, described: dict[str, Link],
                            waiting: list[tuple[int, Token, str]], focus: list[Focus],
                            quoted: bool = False) -> Link | None:
        """The link of a description; ``quoted`` (in a quote's words), only to a person the article gave
        that role or description, else None."""
        # a name in apposition: "la ministre Marie Dupont", "le porte-parole, John Dorrian"
        if RULES.on(APPOSITION) and not (RULES.on(PLURAL_NOT_ONE) and "Plur" in token.morph.get("Number")):
            for c in list(token.children) + [token.head]:
                ent = self.in_mention.get(c.i)
                # (a name after "de" is the description's complement, not who it is: "l'avocat de X")
                near = c.head.i == token.i and (c.dep_ in NAME_DEPS or c.dep_ == "nmod" and not any(
                    g.dep_ == "case" for g in c.children) or self.apposed(c)) or \
                    c.i == token.head.i and (token.dep_ in NAME_DEPS or token.dep_ == "nsubj" and any(
                        g.dep_ == "cop" for g in c.children))  # ("le directeur est Marc Lenoir")
                # (a name's word the tagger leaves without a part of speech, "le jihadiste X": a name)
                if ent is not None and ent.type == "PER" and near and c.pos_ in ("PROPN", "X"):
                    self.hold(token, ent)
                    return self.add(token, "description", APPOSITION, ent)
            after = token.i + 1
            while RULES.on(ADJECTIVE_BEFORE_NAME) and after < len(self.doc) and \
                    self.doc[after].dep_ == "amod" and self.doc[after].head.i == token.i:
                after += 1  # "le sociologue tunisien Mohamed Jouili": past the noun's adjectives
            right = self.mention_at.get(after)
            # (a name of two words or more after adjectives, the tagger may read its first as a noun)
            if right is not None and right[1].type == "PER" and (
                    self.doc[after].pos_ == "PROPN" or after > token.i + 1 and right[0] - after > 1):
                # "l'activiste Marie Dupont" where the parse hangs the name elsewhere: the name right after
                self.hold(token, right[1])
                return self.add(token, "description",
                                ADJECTIVE_BEFORE_NAME if after > token.i + 1 else APPOSITION, right[1])
            named, rule = self.named_after_complement(token), APPOSITION
            if named is None and (titled := self.titled_with_complement(token)) is not None:
                named, rule = titled
                self.hold(token, named)
            elif named is None and (named := self.named_after_comma(token)) is not None:
                self.hold(token, named)
            if named is not None:
                return self.add(token, "description", rule, named)
        s, e = self.phrase(token)
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if RULES.on(UNKNOWN_NAME) and nxt is not None and nxt.pos_ == "PROPN" and nxt.head.i == token.i and \
                nxt.i not in self.in_mention and nxt.text[:1].isupper() and self.definite(token):
            # "la chanteuse Nicoletta", a name the entities missed: someone of their own, whom the same
            # description stands for after
            link = Link((s, e), "description", UNKNOWN_NAME, None, self.text[s:e], (s, e))
            self.described_head[(token.lemma_.lower(), agrees(token)[1])] = link
            described[" ".join(self.description_words(s, e))] = link
            return link
        words = self.description_words(s, e)
        if RULES.on(OFFICE_HOLDER) and (holder := self.office_holder(token, words)) is not None:
            return self.add(token, "description", OFFICE_HOLDER, holder)
        role = token.lower_.removeprefix(self.data.FORMER_PREFIX)
        lemma = token.lemma_.lower()
        periphrased = False
        if RULES.on(PERIPHRASE) and (title := self.periphrase(token)) is not None:
            words, role, lemma = title, title[0], title[0]  # "le chef de l'État": "président de ..."
            periphrased = True
        holders = self.holders.get(role) or self.holders.get(lemma) or (
            self.given.get(role) or self.given.get(lemma) or [] if self.definite(token) else [])
        if holders and RULES.on(HOLDER_GENDER) and (gender := self.marked_gender(token)) is not None:
            # "l'ancien ministre" is not the one the article calls "la ministre"
            holders = [h for h in holders if not self.other_gender_holder(h, token, gender)]
        held, role_holders = bool(holders), holders
        if holders and len(words) > 1 and RULES.on(ROLE_OTHER_WORDS):
            # "le président américain" is not the one the article made "président lituanien"; a title said in
            # other words ("le chef de l'État": "président de la république") is not a holder whose role has
            # other words where they are named only after it, or where the same words stood for someone else
            # before
            before = self.linked_head.get((token.lemma_.lower(), agrees(token)[1])) if periphrased else None

            # (the side a label in capitals gives: "la candidate LR")
            labels = {t.lower_ for t in token.rights if t.is_upper and len(t) > 1} if RULES.on(PARTY_LABEL) \
                else set()

            def said_otherwise(h: str) -> bool:
                if not periphrased:
                    return self.role_said_otherwise(h, [w for w in words if w not in labels] or words)
                return self.role_said_otherwise(h, words, in_words=True) and (
                    self.first_seen.get(h, len(self.doc)) > token.i or
                    before is not None and before.entity not in (None, h))
            holders = [h for h in holders if not said_otherwise(h)]
        plural = "Plur" in (token.morph.get("Number") + [agrees(token)[1]])
        if not holders and not plural and RULES.on(ROLE_KIND) and self.definite(token) and \
                (kind := self.kind_holder(token, sentence, focus, words)) is not None:
            return self.add(token, "description", ROLE_KIND, kind)
        if holders and RULES.on(OTHER_TITLE):
            holders = [h for h in holders if not self.other_title(h, role, token)]
        if holders and self.has_complement(token):
            # "le président de la République" is not the one the article made "président de la fédération"
            holders = [h for h in holders if not self.other_complement(h, role, words)]
        body = self.named_complement(token) if RULES.on(NAMED_COMPLEMENT) else set()
        if body:
            # "le porte-parole du parti X" is not the one the article made "porte-parole" of another body
            holders = [h for h in holders if self.given_complement(h, body)]
        qualifiers = self.qualifiers(token)
        if holders and RULES.on(ROLE) and not plural:
            best = self.best_holder(holders, words, token.i)
            if best is None:
                best = self.holder_in_focus(holders, token, sentence, focus, words)
            elif RULES.on(HOLDER_IN_FOCUS) and len(alike := self.fitting_holders(holders, words)) > 1:
                best = self.holder_in_focus(alike, token, sentence, focus, words) or best
            before = self.described_head.get((token.lemma_.lower(), agrees(token)[1]))
            if best is not None and before is not None and before.rule == UNKNOWN_NAME and \
                    self.first_seen.get(best, len(self.doc)) > token.i:
                best = None  # (the one named with it before, not a holder the article names only after)
            later = best is not None and self.first_seen.get(best, len(self.doc)) > token.i
            fitting = self.qualified_holder(token, qualifiers, kin=not later) if best is not None else None
            if fitting is not None and fitting.id != best and (
                    later or self.qualified_holder(token, qualifiers, [best]) is None):
                # a holder the article names only after, or whose roles lack the words after the noun ("le
                # policier antiterroriste"): the one named before whose role has them
                self.qualified_as[" ".join(words)] = fitting.id
                return self.add(token, "description", ROLE_QUALIFIER, fitting)
            same = self.qualified_as.get(" ".join(words))
            if best is not None and same is not None and same != best:
                # the same words again: whom they were tied to by their qualifiers, not a holder without them
                return self.add(token, "description", ROLE_QUALIFIER, self.by_id[same])
            if best is not None and self.first_seen.get(best, len(self.doc)) > token.i:
                # a holder the article names only after: the one the same noun was linked to before
                same = self.linked_head.get((lemma, agrees(token)[1]))
                if same is not None and same.entity and same.entity != best and not qualifiers and \
                        self.by_id[same.entity].type == "PER":
                    best = same.entity
            if best is not None:
                return self.add(token, "description", ROLE, self.by_id[best])
        key = " ".join(words)
        if quoted:
            same = described.get(key) or self.linked_head.get((lemma, agrees(token)[1]))
            ent = self.by_id.get(same.entity) if same is not None and same.entity else None
            if ent is None or not set(words) <= set(self.description_words(*same.span)) or \
                    not RULES.on(SAME_DESCRIPTION):
                return None
            return self.add(token, "description", SAME_DESCRIPTION, ent)
        # a description with a complement of its own ("le commissaire de permanence") names someone new;
        # one with none, or only a circumstance ("la dirigeante dans un entretien"), may be someone before
        qualified = any(c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in self.data.CHANNEL_LINKS
                                                 for g in c.children) for c in token.children)
        # the same words again, or the bare noun of a description before ("le commissaire" after "le
        # commissaire de permanence"): the same referent
        # (a demonstrative, "ce policier de Lyon", points back even with a complement of its own)
        demonstrative = any(c.dep_ == "det" and c.lower_ in self.data.DEMONSTRATIVES for c in token.children)
        before = described.get(key) or (self.described_head.get((token.lemma_.lower(), agrees(token)[1]))
                                        if not qualified or demonstrative else None)
        linked = self.linked_head.get((token.lemma_.lower(), agrees(token)[1]))
        if before is None and linked is not None and self.bare(words) <= self.bare(
                self.description_words(*linked.span)):
            before = linked  # "l'assaillant" after "l'assaillant à son épouse", the person it was
        if before is not None and RULES.on(OTHER_TITLE) and \
                (set(self.description_words(*before.span)) & self.data.TITLE_MAKING_WORDS) - set(words):
            before = None  # "le ministre" after "le Premier ministre": another title
        if before is not None and RULES.on(SAME_DESCRIPTION):
            ent = self.by_id.get(before.entity) if before.entity else None
            if ent is None and before.antecedent is not None and not plural and RULES.on(NAMED_SINCE) and \
                    self.definite(token) and (since := self.named_since(token, before.antecedent[0])):
                return self.add(token, "description", NAMED_SINCE, since)
            if ent is None and demonstrative and not plural and RULES.on(DEMONSTRATIVE_RECENT) and \
                    (recent := self.recent_person(token, words)) is not None:
                # "un retraité" (headline) ... Lucien X ... "il" ... "ce retraité": the one just spoken of
                return self.add(token, "description", DEMONSTRATIVE_RECENT, recent)
            link = self.add(token, "description", SAME_DESCRIPTION, ent, before.text)
            link.antecedent = before.antecedent
            if ent is None and before.antecedent is not None and qualified:
                self.fuller_words(before.antecedent, (s, e))
            if ent is None:
                self.repeated.setdefault(key, []).append(link)
            return link
        fitting = self.qualified_holder(token, qualifiers, kin=True) if not plural else None
        if fitting is not None:
            self.qualified_as[key] = fitting.id
            described[key] = self.add(token, "description", ROLE_QUALIFIER, fitting)
            return described[key]
        if not plural and RULES.on(SAME_HEAD) and self.definite(token) and \
                (same_head := self.same_head(token, holders, words if periphrased else None)) is not None:
            described[key] = self.add(token, "description", SAME_HEAD, same_head)
            return described[key]
        if not plural and not held and RULES.on(QUALIFIER_AS_NOUN) and self.definite(token) and \
                (qualified_by := self.qualified_by(token)) is not None:
            described[key] = self.add(token, "description", QUALIFIER_AS_NOUN, qualified_by)
            return described[key]
        if body and demonstrative and RULES.on(DEMONSTRATIVE_TELLS_MORE):
            body = set()  # "cette diplômée de l'ENS": new of the one just spoken of, not of someone new
        if body and RULES.on(FORMER_TELLS_MORE) and any(former for *_, former in self.head_keys(token)):
            body = set()  # "l'ex-ouvrier de Ford": what the one just spoken of was
        if self.definite(token) and RULES.on(IN_FOCUS):
            # "l'élu", "le magistrat": the person last the subject, if of its gender, a sentence or two before
            gender, number = self.agrees(token)
            subject = self.is_subject(token)
            for f in reversed(focus):
                if sentence - f.sentence > self.weights.in_focus_sentences:
                    break
                if f.sentence == sentence and not subject or f.cited or f.people:
                    continue  # "il a jugé les propos du chef de l'État": not the subject of its own sentence
                    # (nor people a plural noun named: "les enquêteurs" are not "ses avocats")
                ent = self.by_id.get(f.entity) if f.entity else None
                if gender not in (None, self.focus_gender(f) or gender) or \
                        f.number is not None and number is not None and f.number != number:
                    continue
                if ent is not None and ent.type == "PER" and self.described_otherwise(ent.id, words):
                    continue  # "le président français" is not the one described as "le président américain"
                if ent is not None and qualified and self.other_complement(ent.id, role, words):
                    continue  # "le président de la République" is not the "président de la fédération"
                if ent is not None and qualified and self.untitled(ent.id) and \
                        ({role, token.lemma_.lower()} & self.roles):
                    continue  # "le chef de l'Etat" is not the one the article calls "l'homme", "l'assaillant"
                if ent is not None and ent.type == "PER" and self.holds_other_title(ent.id, role_holders):
                    continue  # "le chef de l'État" is not the one the article made "Premier ministre"
                if ent is not None and self.title_said_otherwise(ent.id, periphrased, words, role):
                    continue  # ... nor the one described as "le chef du gouvernement italien"
                if ent is not None and body and not self.given_complement(ent.id, body):
                    continue  # "le correspondant de l'AFP" is no one the article tied to the AFP
                if ent is not None and ent.type == "PER":
                    described[key] = self.add(token, "description", IN_FOCUS, ent)
                    return described[key]
                if ent is None and f.person and f.span is not None and not qualified and \
                        self.first_noun.get(lemma, token.idx) >= f.span[0]:
                    # "un policier ... a témoigné. Le fonctionnaire ...": the person described before, unless
                    # the article used the description's own noun before that one ("le pasteur ... un
                    # policier ... le pasteur": not the policeman)
                    described[key] = self.add(token, "description", IN_FOCUS, None, f.text)
                    described[key].antecedent = f.span
                    return described[key]
            if RULES.on(OWN_COMPLEMENT) and self.own_complement(token):
                named, main = None, None
            else:
                named = self.named_before(token, sentence, words)
                main = self.main_person(token, sentence, role, words, qualified, focus)
            if named is not None and (qualified and self.other_complement(named.id, role, words) or
                                      qualified and self.untitled(named.id) and {role, lemma} & self.roles or
                                      self.holds_other_title(named.id, role_holders) or
                                      self.title_said_otherwise(named.id, periphrased, words, role) or
                                      body and not self.given_complement(named.id, body)):
                named = None
            if named is not None and RULES.on(NAMED_BEFORE):
                described[key] = self.add(token, "description", NAMED_BEFORE, named)
                return described[key]
            if main is not None and not self.holds_other_title(main.id, role_holders) and not (
                    body and not self.given_complement(main.id, body)) and \
                    not self.title_said_otherwise(main.id, periphrased, words, role):
                described[key] = self.add(token, "description", MAIN_PERSON, main)
                return described[key]
        if periphrased and not held and not plural and RULES.on(UNTITLED) and \
                (untitled := self.only_untitled(token)) is not None:
            described[key] = self.add(token, "description", UNTITLED, untitled)
            return described[key]
        recent = self.recent_person(token, words) if demonstrative and not plural and \
            RULES.on(DEMONSTRATIVE_PERSON) else None
        if recent is not None and self.named_near(recent.id, token) and \
                not (self.person_noun(token) and self.given_other_role(recent.id, token)):
            # "Il est l'époux de Mélina X. Cette jeune Française a été condamnée": the one just named
            described[key] = self.add(token, "description", DEMONSTRATIVE_PERSON, recent)
            return described[key]
        link = Link((s, e), "description", SAME_DESCRIPTION, None, self.text[s:e], (s, e))
        if not any(d.dep_ == "det" for d in self.determiners(token)):
            return link  # ("la cote du président français": a complement, no referent of its own to take up)
        described[key] = link
        self.described_head[(token.lemma_.lower(), agrees(token)[1])] = link
        waiting.append((sentence, token, key))
        return link

    def head_keys(self, token: Token) -> set[tuple[str, str | None, bool]]:
        """A description's noun as written and as its lemma, past "ex-", with its number and whether it says
        a former role ("l'ex-ministre", "l'ancienne ministre": not "la ministre")."""
        number = agrees(token)[1]
        former = token.lower_.startswith(self.data.FORMER_PREFIX) or any(
            c.dep_ == "amod" and c.lower_ in self.data.FORMER_WORDS for c in token.lefts)
        return {(w.removeprefix(self.data.FORMER_PREFIX), number, former)
                for w in (token.lower_, token.lemma_.lower())}

    def same_head(self, token: Token, holders: list[str], title: list[str] | None = None) -> Entity | None:
        """The one person the descriptions with this noun were linked to before, where no one else holds it
        as a role, of its gender, and given the adjectives after the noun ("le président américain" is not
        the one only ever called "le président français"); for a periphrase that says ``title``, one whose
        periphrases said it too ("le chef de l'État" is not "le chef du gouvernement italien")."""
        people = set().union(*(self.head_people.get(k, set()) for k in self.head_keys(token)))
        if len(people) != 1:
            return None
        ent = self.by_id[next(iter(people))]
        if holders and ent.id not in holders:
            return None
        if title is not None and RULES.on(PERIPHRASE_NOT_HEAD) and \
                " ".join(title) not in self.said_titles(ent.id):
            return None
        gender = self.agrees(token)[0]
        if gender not in (None, self.gender_of(ent.id) or gender):
            return None
        known = {w for d in self.described_as.get(ent.id, ()) for w in d}
        known |= {w for r in self.roles_of.get(ent.id, []) for w in self.role_words(r)}
        adjectives = [c.lower_ for c in token.rights if c.dep_ == "amod" and c.pos_ == "ADJ"]
        if RULES.on(SAME_HEAD_ADJECTIVE):
            # an adjective of origin said of no one before ("français" after "le président américain") tells
            # someone else, as one said of another person does; another ("le pasteur originaire de
            # Brooklyn") only says more of the same one
            adjectives = [a for a in adjectives if a.endswith(self.origin_endings) or
                          self.described_with.get(a, set()) - {ent.id}]
        return ent if all(a in known for a in adjectives) else None

    def kind_holder(self, token: Token, sentence: int, focus: list[Focus], words: list[str]) -> Entity | None:
        """The one person named before whose role is of the kind a description's noun says ("le militaire"
        for "le colonel X"), of its gender; of several, the one last in focus."""
        kinds = {k for w in (token.lower_, token.lemma_.lower()) for k in masculine_forms(w)}
        covered = set().union(*(self.role_kinds.get(k, set()) for k in kinds))
        if not covered or self.qualifiers(token) or any(c.dep_ == "amod" for c in token.children):
            return None  # ("le jeune militaire", "le militaire iranien": someone of their own, or a role's)
        gender = self.agrees(token)[0]
        found = [h for key, held in self.holders.items() if masculine_forms(key) & covered for h in held
                 if self.first_seen.get(h, len(self.doc)) < token.i and
                 gender in (None, self.gender_of(h) or gender) and not self.described_otherwise(h, words)]
        found = list(dict.fromkeys(found))
        if len(found) > 1:
            best = self.holder_in_focus(found, token, sentence, focus, words)
            return self.by_id[best] if best is not None else None
        return self.by_id[found[0]] if found else None

    def own_complement(self, token: Token) -> bool:
        """Whether a description's complement names a body or a place ("le gouverneur du Nevada", "le chef
        de la Ligue Y") that none of the roles the article gave its people has: it says who it is, someone
        the article does not name."""
        names = [c for c in token.rights if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.text[:1].isupper()
                 and c.ent_type_ != "PER" and not self.person_named(c) and
                 any(g.dep_ == "case" and g.lower_ in self.data.CHANNEL_LINKS for g in c.children)]
        if not names:
            return False
        stems = {c.lower_[:STEM + 1] for c in names}
        return not any(w[:STEM + 1] in stems for roles in self.roles_of.values() for r in roles
                       for w in self.role_words(r))

    def name_follows(self, token: Token) -> bool:
        """Whether a person's name stands in a description's words or right after them, past a comma."""
        doc, edge = self.doc, token.right_edge.i
        for j in range(token.i + 1, min(edge + 3, len(doc))):
            ent = self.in_mention.get(j)
            if ent is not None and ent.type == "PER" or doc[j].ent_type_ == "PER" and doc[j].pos_ == "PROPN":
                return True
            if j > edge and doc[j].text != ",":
                break
        return False

    def qualifiers(self, token: Token) -> list[str]:
        """The words that qualify a description's noun after it: its adjectives and its complements' nouns
        ("le militaire iranien", "le juge d'instruction", "le président de LR")."""
        found = []
        for c in token.rights:
            if c.dep_ == "amod" and c.pos_ == "ADJ" or c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and \
                    any(g.dep_ == "case" and g.lower_ in self.data.CHANNEL_LINKS for g in c.children):
                found.append(c.lower_.replace("’", "'"))
        return found

    def qualified_holder(self, token: Token, qualifiers: list[str],
                         among: list[str] | None = None, kin: bool = False) -> Entity | None:
        """The one person named before a definite description whose roles hold its noun's qualifiers
        ("iranien" for "le militaire iranien": "X, général iranien"), of its gender; several or none: None.
        With ``kin``, only a role with the description's noun or one of the kind it says ("général" for
        "militaire"). None where a name follows the description: it says who it is."""
        if not qualifiers or not self.definite(token) or not RULES.on(ROLE_QUALIFIER) or \
                self.name_follows(token):
            return None
        stems = [q[:max(STEM + 1, len(q) - 2)] for q in qualifiers]
        heads = {f for w in (token.lower_, token.lemma_.lower()) for f in masculine_forms(w)}
        heads |= set().union(*(self.role_kinds.get(h, set()) for h in set(heads)))
        if kin:
            roles_of = {e: [r for r in roles if any(masculine_forms(w) & heads for w in self.role_words(r))]
                        for e, roles in self.roles_of.items()}
        else:
            roles_of = self.roles_of
        gender = self.agrees(token)[0]
        found = [entity_id for entity_id, roles in roles_of.items()
                 if (among is None or entity_id in among) and
                 self.first_seen.get(entity_id, len(self.doc)) < token.i and
                 gender in (None, self.gender_of(entity_id) or gender) and
                 any(all(any(w.startswith(st) for w in self.role_words(r)) for st in stems) for r in roles)]
        return self.by_id[found[0]] if len(found) == 1 else None

    def known_person(self, f: Focus) -> bool:
        """A focus that is a named person whose gender is known."""
        ent = self.by_id.get(f.entity) if f.entity else None
        return ent is not None and ent.type == "PER" and self.gender_of(ent.id) is not None

    def holder_in_focus(self, holders: list[str], token: Token, sentence: int,
                        focus: list[Focus], words: list[str]) -> str | None:
        """Among several people who hold a role and fit a description alike ("le président" where the article
        names two), the one last a clause's subject, a sentence or two before, of its gender, not described
        otherwise ("le président français" is not the one described as "le président américain")."""
        gender = self.agrees(token)[0]
        for f in reversed(focus):
            if sentence - f.sentence > self.weights.in_focus_sentences:
                break
            if f.entity in holders and gender in (None, self.focus_gender(f) or gender) and not (
                    self.described_otherwise(f.entity, words) or any(
                        r[:1] == words[:1] and not (set(r) <= set(words) or set(words) <= set(r))
                        for r in map(self.role_words, self.roles_of.get(f.entity, [])))):
                return f.entity
        return None

    def role_said_otherwise(self, entity_id: str, words: list[str], in_words: bool = False) -> bool:
        """Whether every role of a person with a description's noun says other words than it, words one adds
        to the other being no conflict ("président lituanien", "président de la CCIA" for "le président
        américain"), unless the role is a state's title of no other country ("président de la République" for
        "le président français"); with ``in_words``, whatever the role."""
        # (without determiners: "ministre des affaires étrangères", as a periphrase says it, has "des")
        said = set(words) - self.data.DETERMINERS
        given = map(self.role_words, self.roles_of.get(entity_id, []))
        roles = [set(r) - self.data.DETERMINERS for r in given if r[:1] == words[:1]]
        if in_words:
            return bool(roles) and all(not (r <= said or said <= r) for r in roles)
        table = demonyms()
        countries = {table[k] for k in map(name_key, said) if k in table}
        # (a state's title, which a periphrase names, says its country in other words: "président de la
        # République" for "le président français")
        # (but an adjective of nationality on a noun that heads no state only says whose the role is)
        heads_state = words[0] in self.data.STATE_HEAD_NOUNS
        plain = {w for w in said if name_key(w) not in table} \
            if countries and not heads_state and RULES.on(NATIONALITY_QUALIFIER) else said

        def other(r: set[str]) -> bool:
            own = {table[k] for k in map(name_key, r) if k in table}
            return bool(own and countries and not own & countries) or \
                not (r <= said or said <= r or plain <= r) and r not in self.state_titles
        return bool(roles) and all(other(r) for r in roles)

    def holds_other_title(self, entity_id: str, holders: list[str]) -> bool:
        """Whether a person the article gives a title is not among those who hold the description's role,
        where someone does ("le chef de l'État" after "le président X" and "le Premier ministre Y")."""
        return bool(holders) and entity_id not in holders and any(
            w in self.roles for r in self.roles_of.get(entity_id, []) for w in self.role_words(r))

    def named_since(self, token: Token, start: int) -> Entity | None:
        """The one person first named, outside quotes, between ``start`` and a description, of its gender,
        where everyone named there has a gender known."""
        gender = self.agrees(token)[0]
        named = [e for e, i in self.first_seen.items() if start < self.doc[i].idx < token.idx and
                 self.by_id[e].type == "PER" and not self.in_quote(self.doc[i].idx)]
        if not gender or not named or any(self.gender_of(e) is None for e in named):
            return None
        same = [e for e in named if self.gender_of(e) == gender]
        return self.by_id[same[0]] if len(same) == 1 else None

    def only_untitled(self, token: Token) -> Entity | None:
        """The one person named so far outside quotes whom the article gave no role nor description, where
        their gender does not disagree with the description's."""
        gender = self.agrees(token)[0]
        found = [self.by_id[i] for i, n in self.named_count.items() if n and self.by_id[i].type == "PER" and
                 not self.roles_of.get(i) and not self.described_as.get(i)]
        if len(found) != 1 or gender not in (None, self.gender_of(found[0].id) or gender):
            return None
        if RULES.on(UNTITLED_APPOSITION) and self.apposition_nouns(found[0].id):
            return None  # ("par Chérif Chekatt, un délinquant radicalisé": not "le chef de l'État")
        return found[0]

    def apposition_nouns(self, entity_id: str) -> list[str]:
        """The nouns the article sets off after a person's name to describe them ("Chérif Chekatt, un
        délinquant radicalisé de 29 ans": "délinquant"), lower-cased."""
        if entity_id in self.appositions or entity_id not in self.by_id:
            return self.appositions.get(entity_id, [])
        nouns = self.appositions[entity_id] = []
        for s, _ in self.by_id[entity_id].mentions:
            name = token_covering(self.doc, s)
            while name is not None and name.dep_ in NAME_DEPS and name.head.i < name.i:
                name = name.head
            nouns += [c.lower_ for c in (name.children if name is not None else ()) if c.dep_ == "appos" and
                      c.pos_ == "NOUN" and c.i > name.i and self.doc[c.left_edge.i - 1].text == ","]
        return nouns

    def hold(self, token: Token, ent: Entity) -> None:
        """ "la ministre Marie Dupont", "le maire de X, Paul Girard": the role the person holds, for "la
        ministre" after (its words up to the name)."""
        self.holders.setdefault(token.lower_, []).append(ent.id)
        end = self.phrase(token)[1]
        end = min([end] + [s for s, _ in ent.mentions if token.idx < s < end])
        # (from the word that makes another title of it, if any: "Premier ministre")
        start = min([token.idx] + [c.idx for c in token.lefts if c.lower_ in self.data.TITLE_MAKING_WORDS])
        self.roles_of.setdefault(ent.id, []).append(" ".join(self.description_words(start, end)))

    def named_after_complement(self, token: Token) -> Entity | None:
        """ "le directeur de campagne de X, Y": the person named after a comma that closes a description
        with a complement, where the parse hangs the name on the description's words (as an apposition
        or a conjunct of the complement's name): that name says who the description is, not X."""
        doc = self.doc
        _, end = self.phrase(token)
        # the first comma in the description's words or just after them (the parse may take the name in)
        comma = next((t for t in doc[token.i + 1:] if t.text == "," or t.idx >= end), None)
        if comma is None or comma.text != "," or comma.i + 1 >= len(doc) or comma.i - 1 == token.i:
            return None
        ent = self.in_mention.get(comma.i + 1)
        if ent is None or ent.type != "PER" or self.in_mention.get(comma.i - 1) is ent:
            return None
        words = range(token.i, comma.i)
        i = comma.i + 1
        while i < len(doc) and self.in_mention.get(i) is ent:  # the name's words, one by one
            if doc[i].head.i in words and doc[i].dep_ in ("appos", "conj", *NAME_DEPS):
                return ent
            i += 1
        return None

    def titled_with_complement(self, token: Token) -> tuple[Entity, str] | None:
        """ "le ministre de l'Intérieur Paul Girard": a person's name right after a title's complement that
        is written with a capital (a ministry, a place) or is a noun of no person ("le maire de la ville
        François Bayrou"), which the parse hangs on the complement ("l'avocat de la victime Marc Leroy"
        names the victim, and so does "l'avocat de l'enfant Lucas Martin"). With the rule that read it."""
        doc = self.doc
        end = token.right_edge.i + 1
        for child in token.rights:
            if child.dep_ != "nmod" or any(t.is_punct for t in doc[token.i + 1:child.i]):
                break
            for t in doc[child.i + 1:end]:
                ent = self.in_mention.get(t.i)
                if t.is_punct or ent is not None and ent is self.in_mention.get(child.i):
                    break
                # (or a body's noun, which a person's name cannot be: "la présidente du groupe public X")
                body = child.lemma_.lower() in self.data.BODY_NOUNS
                thing = RULES.on(THING_COMPLEMENT) and child.pos_ == "NOUN" and not self.person_noun(child) \
                    and child.lemma_.lower() not in self.relatives and child.lower_ not in self.relatives
                if ent is not None and ent.type == "PER" and t.head.i == child.i and (
                        t.dep_ in NAME_DEPS or body and t.dep_ == "nmod" and not any(
                            g.dep_ == "case" for g in t.children)) \
                        and (child.text[:1].isupper() or body or thing) \
                        and self.in_mention.get(t.i - 1) is not ent:
                    return ent, (APPOSITION if child.text[:1].isupper() or body else THING_COMPLEMENT)
        named = self.named_after_capitalised(token)
        return (named, APPOSITION) if named is not None else None

    def named_after_capitalised(self, token: Token) -> Entity | None:
        """ "le préfet de Seine-Maritime Paul Girard", "le délégué de la Commission européenne Paul
        Girard": a person's name right after a description's complement that ends with another
        entity's name or a capitalised word, where the parse hangs the name deeper in the complement or
        makes it a second subject of the description's verb."""
        doc = self.doc
        edge = token.right_edge.i
        start = next((j for j in range(token.i + 1, min(edge + 2, len(doc)))
                      if (e := self.in_mention.get(j)) is not None and e.type == "PER"), None)
        if start is None or start <= token.i + 1 or any(t.is_punct and t.text != "-"
                                                        for t in doc[token.i + 1:start]):
            return None
        if RULES.on(PAST_CONJUNCTION) and any(t.pos_ == "CCONJ" for t in doc[token.i + 1:start]):
            return None  # ("le ministre et son conseiller X": X is the adviser)
        ent, before = self.in_mention[start], doc[start - 1]
        other = self.in_mention.get(before.i)
        if doc[start].pos_ != "PROPN" or not (other is not None and other is not ent and other.type != "PER"
                                              or before.ent_type_ and before.ent_type_ != doc[start].ent_type_
                                              or before.pos_ == "PROPN" and before.text[:1].isupper()):
            return None
        name = doc[start]
        if start > edge and not (name.dep_ == token.dep_ and name.head.i == token.head.i) and not (
                RULES.on(NAME_RIGHT_AFTER) and start == edge + 1 and doc[edge].whitespace_ == " " and
                name.dep_ not in SUBJECT_DEPS and name.dep_ not in NOUN_PHRASE_DEPS):
            # (past the description's words only as a second subject of its verb, or right after them where
            # the parse hangs the name on nothing it could be: "le ministre de la Défense Naftali Bennett")
            return None
        return ent

    def named_after_comma(self, token: Token) -> Entity | None:
        """ "a déclaré le maire de X, Paul Girard.": a person's name right after the comma that closes a
        description (its words, or all it governs: "le secrétaire d'État chargé des Relations avec le
        Parlement, X"), where the name ends its clause and is no subject of a verb after it."""
        doc = self.doc
        _, end = self.phrase(token)
        comma = next((t for t in doc[token.i + 1:] if t.idx >= end), None)
        edge = token.right_edge.i + 1
        if comma is not None and comma.text != "," and edge < len(doc) and doc[edge].text == "," and \
                not any(t.is_punct for t in doc[comma.i:edge]):
            comma = doc[edge]
        if comma is None or comma.text != "," or comma.i + 1 >= len(doc):
            return None
        ent = self.in_mention.get(comma.i + 1)
        if ent is None or ent.type != "PER" or self.in_mention.get(comma.i - 1) is ent:
            return None
        last = comma.i + 1
        while last + 1 < len(doc) and self.in_mention.get(last + 1) is ent:
            last += 1
        after = doc[last + 1] if last + 1 < len(doc) else None
        name = doc[comma.i + 1:last + 1]
        root = next((t for t in name if not comma.i < t.head.i <= last), name[0])
        if after is not None and not (after.is_punct or after.is_space) or \
                root.dep_ in SUBJECT_DEPS and root.head.i > last:
            return None  # ("le maire, Paul Girard a dit": Paul Girard speaks of the mayor)
        return ent

    def apposed(self, token: Token) -> bool:
        """A name the parse reads as a conjunct with no "et" after a comma ("le directeur, Paul Girard"):
        an apposition."""
        return token.dep_ == "conj" and token.i > 0 and self.doc[token.i - 1].text == "," and \
            not any(c.dep_ == "cc" for c in token.children)

    def medium(self, token: Token, sentence: int) -> Entity | None:
        """The medium a singular definite medium's noun stands for ("rapporte La Voix du Nord. Le
        quotidien précise ..."), where it has no complement of its own."""
        # (what the parse hangs on it past a comma is the sentence's: "Selon le quotidien, de la ...")
        comma = next((c.i for c in token.rights if c.text == ","), len(self.doc))
        if token.lemma_.lower() not in self.data.MEDIA_NOUNS or token.pos_ != "NOUN" or \
                token.i in self.in_mention or "Plur" in token.morph.get("Number") or \
                not self.definite(token) or any(c.dep_ in ("nmod", *NAME_DEPS) and not self.person_named(c)
                                                and c.i < comma and not self.kind_complement(c)
                                                for c in token.children):
            return None  # (a person's name the parse hangs on it is none of its own: "selon le journal, X")
        return self.medium_before(token, sentence) or self.organisation_near(token, sentence)

    def named_medium(self, entity_id: str | None) -> bool:
        """Whether the article, or the shipped table, gives an organisation a medium's noun ("le quotidien
        X"): one a body's noun that names no medium ("l'entreprise") does not stand for."""
        return RULES.on(BODY_NOT_MEDIUM) and entity_id is not None and bool(self.media_nouns.get(entity_id))

    def kind_complement(self, token: Token) -> bool:
        """A complement that says a noun's kind, not whose it is: a common noun with no determiner after
        "de" ("la chaîne d'information", "le syndicat de police"; not "le parquet de Lyon", "le site du
        journal", nor "le site d'informations Tut.by", whose name follows)."""
        return RULES.on(KIND_COMPLEMENT) and token.dep_ == "nmod" and token.pos_ == "NOUN" and \
            not any(c.dep_ == "det" or c.pos_ == "PROPN" for c in token.children) and \
            any(c.dep_ == "case" and c.lower_ in self.data.KIND_LINKS for c in token.children)

    def titled_singular(self, token: Token) -> bool:
        """A name in the singular after a singular definite article, or a preposition that holds one ("le
        Parisien", "du Parisien"; not "les Parisiens")."""
        return "Plur" not in token.morph.get("Number") and any(
            (c.lower_ in self.data.DEFINITES or c.lower_ in self.data.CONTRACTED_ARTICLES) and
            "Plur" not in c.morph.get("Number") for c in self.determiners(token))

    def person_named(self, token: Token) -> bool:
        """A word of a person's name."""
        ent = self.in_mention.get(token.i)
        return ent is not None and ent.type == "PER"

    def body_or_medium(self, token: Token, sentence: int) -> tuple[str, Entity] | None:
        """The medium or else the organisation a description of a body stands for, with the rule."""
        if token.pos_ != "NOUN":
            return None  # (both are nouns: the other words are let go at once)
        if RULES.on(BODY_NAMED_AFTER) and (named := self.body_named_after(token)) is not None:
            return BODY_NAMED_AFTER, named
        if RULES.on(MEDIUM) and (medium := self.medium(token, sentence)) is not None:
            return (ORGANISATION_NEAR if self.near_at == token.i else MEDIUM), medium
        body = self.body(token, sentence) if RULES.on(BODY) else None
        return ((ORGANISATION_NEAR if self.near_at == token.i else BODY), body) if body is not None else None

    def body_named_after(self, token: Token) -> Entity | None:
        """The organisation named right after a singular definite noun and its adjectives ("La compagnie
        aérienne American Airlines", "l'association professionnelle The Broadway League", whose "The" the
        parse may hang anywhere)."""
        after = token.i + 1
        while after < len(self.doc) and self.doc[after].dep_ == "amod" and self.doc[after].head.i == token.i:
            after += 1
        right = self.mention_at.get(after)
        if right is None or right[1].type != "ORG" or not self.definite(token) or \
                "Plur" in token.morph.get("Number"):
            return None
        return right[1]

    def body(self, token: Token, sentence: int) -> Entity | None:
        """The organisation a singular definite description of a body stands for, where the article names
        it: by a name that holds the noun ("le parquet de Lyon"), else the one that spoke last."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in self.data.BODY_NOUNS or token.i in self.in_mention or \
                "Plur" in token.morph.get("Number") or \
                any(c.dep_ in ("nmod", *NAME_DEPS) and not self.kind_complement(c)
                    for c in token.children) or \
                not self.definite(token):
            return None  # (a complement of its own, "le parquet d'Albi", says who it is)
        if self.body_names is None:
            self.body_names = {}
            for ent in self.entities:
                for word in ent.name.lower().split() if ent.type == "ORG" else []:
                    if word in self.data.BODY_NOUNS:
                        self.body_names.setdefault(word, []).append(ent)
            for noun, ent in self.bodies_beside():
                self.body_names.setdefault(noun, []).append(ent)
        named = [e for e in self.body_names.get(lemma, [])
                 if self.first_seen.get(e.id, len(self.doc)) < token.i]
        if named:
            return max(named, key=lambda e: self.first_seen[e.id])
        if lemma not in self.data.NAMED_BODY_NOUNS or \
                lemma in self.data.MEDIA_NOUNS and RULES.on(MEDIUM_OF_KIND):
            return None  # (a medium's noun stands for a medium, or no one: ``medium``)
        if self.last_body is None or sentence - self.last_body[0] > self.weights.body_sentences:
            return self.organisation_near(token, sentence)
        if lemma not in self.data.MEDIA_NOUNS and self.named_medium(self.last_body[1]):
            return None  # ("rapporte La Nouvelle République ... indique l'entreprise": not the newspaper)
        return self.by_id.get(self.last_body[1])

    def organisation_near(self, token: Token, sentence: int) -> Entity | None:
        """The one organisation the article names in the few sentences before a body's or a medium's noun
        that nothing else resolves ("des militants de Greenpeace ... d'après l'ONG"); several: none."""
        if not RULES.on(ORGANISATION_NEAR):
            return None
        if self.organisations is None:
            self.organisations = sorted((i, ent) for i, (_, ent) in self.mention_at.items()
                                        if ent.type == "ORG")
        near: list[str] = []
        of_medium = token.lemma_.lower() in self.data.MEDIA_NOUNS
        for at, ent in reversed(self.organisations[:bisect_left(self.organisations, (token.i,))]):
            if sentence - self.sentence_of(self.doc[at]) > self.weights.body_sentences:
                break
            if ent.id not in near and (of_medium or not self.named_medium(ent.id)):
                near.append(ent.id)  # (not a medium, for a noun that names none: "l'entreprise")
        if len(near) != 1 or near[0] in self.unsure_media:
            return None
        self.near_at = token.i  # (the rule that found it, for the link)
        return self.by_id[near[0]]

    def named_before(self, token: Token, sentence: int, words: list[str]) -> Entity | None:
        """The person named last before a definite description, a sentence or two before, where their
        gender and the descriptions they were given agree with it."""
        if self.last_named is None or sentence - self.last_named[0] > self.weights.in_focus_sentences:
            return None
        ent = self.last_named[1]
        gender = self.agrees(token)[0]
        known = self.gender_of(ent.id)
        if gender and known and gender != known or "Plur" in (token.morph.get("Number") + [agrees(token)[1]]):
            return None  # ("les porte-parole": the determiner says the number the noun may not)
        if self.described_otherwise(ent.id, words):
            return None  # "le président français" is not the one described as "le président américain"
        return ent

    def fuller_words(self, antecedent: tuple[int, int], span: tuple[int, int]) -> None:
        """A described referent's words, kept the fullest its descriptions give ("ce policier de Lyon")."""
        known = self.fullest.get(antecedent[0], antecedent)
        if len(self.description_words(*span)) > len(self.description_words(*known)):
            self.fullest[antecedent[0]] = span

    def words_of(self, antecedent: tuple[int, int]) -> tuple[int, int]:
        """Where the fullest words of the described referent first described at ``antecedent`` stand."""
        return self.fullest.get(antecedent[0], antecedent)

    def office_holder(self, token: Token, words: list[str]) -> Entity | None:
        """The person an office named with its country stands for ("le président américain"): its holder on
        the article's day (any holder named, if it has none), where the article names that one person."""
        if not self.definite(token) or "Plur" in token.morph.get("Number"):
            return None
        bare = past_elision(words)
        said = name_key(" ".join(bare))  # (accents aside: "chef de l'Etat")
        seat = self.seats.get(said)
        if seat is not None:  # "l'hôte de la Maison Blanche": the whole of it
            return self.holder_named(*seat)
        table = demonyms()
        titles = self.office_titles.findall(said)
        inside = None
        if not titles and RULES.on(DEMONYM_INSIDE_TITLE):
            # "le ministre russe des Affaires étrangères": the title around its demonym
            inside = next((w for w in bare[1:-1] if name_key(w) in table), None)
            titles = self.office_titles.findall(name_key(" ".join(w for w in bare if w != inside))) \
                if inside else []
        if not titles or set(bare) & self.data.OFFICE_NOT_HELD:
            return None
        title = max(titles, key=len)
        office = self.office_of_title[title]
        if inside is not None:
            return self.holder_named(table[name_key(inside)], office)
        # the country: a demonym right after the title ("président américain") or right before it ("the
        # American president"), else the one the office goes without ("le pape")
        at = said.index(title)
        before, after = said[:at].split(), said[at + len(title):].split()
        # (a compound demonym is two words as ``name_key`` writes it: "neo zelandaise")
        near = [w for w in (" ".join(after[:2]), " ".join(after[:1]), " ".join(before[-2:]),
                            " ".join(before[-1:])) if w and name_key(w) in table]
        country = table[name_key(near[0])] if near else self.data.OFFICE_COUNTRIES.get(office)
        if not near and RULES.on(COUNTRY_AFTER_TITLE):
            country = self.country_named_in(*self.phrase(token)) or country  # "le roi du Maroc"
        return self.holder_named(country, office) if country else None

    def country_named_in(self, start: int, end: int) -> str | None:
        """The country a description's words name, as the places stage resolved it ("du Maroc")."""
        mentions = self.country_mentions
        for i in range(bisect_left(mentions, (start,)), len(mentions)):
            s, e, iso2 = mentions[i]
            if s >= end:
                return None
            if e <= end:
                return iso2
        return None

    @cached_property
    def country_mentions(self) -> list[tuple[int, int, str]]:
        """The mentions of the places resolved to a country, in the text's order, with its code."""
        return sorted((s, e, p.country) for p in self.doc._.veille_places or []
                      if p.feature == "country" and p.country for s, e in p.mentions)

    @cached_property
    def office_of_title(self) -> dict[str, str]:
        """The pack's titles of offices in the words ``description_words`` leaves of them, past elided
        articles, as ``name_key`` writes them ("chef de l'État": "chef etat") -> the office."""
        return {self.office_key(title): office for title, office in self.data.OFFICE_TITLES.items()}

    def office_key(self, said: str) -> str:
        """An office's words as a description's are looked up: past determiners and elided articles, as
        ``name_key`` writes them ("l'hôte de la Maison Blanche": "hote maison blanche")."""
        return name_key(" ".join(past_elision([w for w in re.findall(r"[\w'-]+", said)
                                               if w not in self.data.DETERMINERS])))

    @cached_property
    def office_titles(self) -> re.Pattern:
        """The pack's titles of offices as whole words, the longest first."""
        titles = sorted(self.office_of_title, key=len, reverse=True)
        return re.compile(r"(?<![\w'-])(?:" + "|".join(map(re.escape, titles)) + r")(?![\w'-])")

    def seat_of(self, token: Token) -> tuple[str, str] | None:
        """The office a noun phrase names by its seat ("l'hôte de la Maison Blanche"), by the pack's
        periphrases of offices."""
        head = name_key(token.lower_).split()
        if not head or head[0] not in self.seat_heads:
            return None
        return self.seats.get(name_key(" ".join(past_elision(self.description_words(*self.phrase(token))))))

    @cached_property
    def seats(self) -> dict[str, tuple[str, str]]:
        """The pack's periphrases of offices, by their words as ``description_words`` leaves them, past
        elided articles ("hôte maison blanche")."""
        return {self.office_key(said): seat for said, seat in self.data.OFFICE_PERIPHRASES.items()}

    @cached_property
    def seat_heads(self) -> set[str]:
        """The first words of the periphrases of offices ("hôte", "locataire"): the nouns they open with."""
        return {key.split()[0] for key in self.seats}

    def holder_named(self, country: str, office: str) -> Entity | None:
        """The one person the article names who held a country's office on its day (any who held it, for
        an article of no day)."""
        holders = office_holders().get((country, office), [])
        day = str(self.doc._.veille_published or "")[:10]
        if day:
            holders = [h for h in holders if h[1] <= day and (not h[2] or day < h[2])]
        found = {ent.id: ent for names, _, _ in holders for name in names
                 for ent in self.people_by_last_word.get(last_word(name), [])}
        return next(iter(found.values())) if len(found) == 1 else None

    @cached_property
    def people_by_last_word(self) -> dict[str, list[Entity]]:
        """The people of the article by the last word of their name ("assad" for "Bachar al-Assad")."""
        people: dict[str, list[Entity]] = {}
        for ent in self.by_id.values():
            if ent.type == "PER":
                people.setdefault(last_word(ent.name), []).append(ent)
        return people

    def description_words(self, start: int, end: int) -> list[str]:
        """A description's words without its determiners: "président américain"."""
        return [w for w in re.findall(r"[\w'-]+", self.text[start:end].lower().replace("’", "'"))
                if w not in self.data.DETERMINERS and w.removeprefix(self.data.FORMER_PREFIX)]

    def bare(self, words: list[str]) -> set[str]:
        """A description's words past an elided article and out of parentheses, as another description of
        the same person may write them ("trésorier de l'UDP" within "trésorier de l'Union des pêcheurs
        (UDP)")."""
        if not RULES.on(BARE_WORDS):
            return set(words)
        return {w.rsplit("'", 1)[-1].strip("()") for w in words}

    def has_complement(self, token: Token) -> bool:
        """A description with a complement of its own ("le maire de Lyon")."""
        return any(c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in self.data.CHANNEL_LINKS
                                            for g in c.children) for c in token.children)

    def named_complement(self, token: Token) -> set[str]:
        """The first letters of the words of the body a description's complement names ("le correspondant
        de l'AFP", "le trésorier du Parti socialiste"): the description says whose it is."""
        for c in token.children:
            if c.dep_ == "nmod" and c.i > token.i and c.pos_ == "PROPN" and c.ent_type_ in BODY_TAGS:
                name = [c] + [g for g in c.children if g.dep_ in NAME_DEPS and g.pos_ == "PROPN"]
                return {t.lower_[:STEM] for t in name if len(t) > 2}
        return set()

    def given_complement(self, entity_id: str, stems: set[str]) -> bool:
        """Whether the article gave a person a role that names that body ("X, correspondant de l'AFP")."""
        ent = self.by_id.get(entity_id)
        roles = list(self.roles_of.get(entity_id, [])) + list(getattr(ent, "roles", None) or [])
        return any(w[:STEM] in stems for r in roles for w in re.findall(r"\w+", r.lower()))

    def other_complement(self, entity_id: str, role: str, words: list[str]) -> bool:
        """Whether each of a person's roles with the noun ``role`` has a complement of its own and none
        of the description's other words."""
        roles = [self.role_words(r) for r in self.roles_of.get(entity_id, [])]
        held = [r for r in roles if role in r]
        return bool(held) and all(self.complemented(r, role) and not any(w in r for w in words if w != role)
                                  for r in held)

    def described_otherwise(self, entity_id: str, words: list[str]) -> bool:
        """Whether a person was described with the same noun and other words ("le président américain" for
        "le président français"); words that one description adds to the other ("la ministre de
        l'Environnement" after "la ministre") are no conflict."""
        return any(d[0] == words[0] and not (set(d) <= set(words) or set(words) <= set(d))
                   for d in self.described_as.get(entity_id, ()))

    def main_person(self, token: Token, sentence: int, role: str, words: list[str], qualified: bool,
                    focus: list[Focus]) -> Entity | None:
        """The person the article is about so far, for a definite singular description nothing else
        resolves: named outside quotes more often than anyone (at least twice, and twice as often as the
        next), of its gender, given no other description of that noun, and not the subject of its own
        sentence."""
        if not RULES.on(MAIN_PERSON) or "Plur" in (token.morph.get("Number") + [agrees(token)[1]]):
            return None
        ranked = self.named_count.most_common(2)
        if not ranked or ranked[0][1] < self.weights.main_person_names or len(ranked) > 1 and \
                ranked[0][1] < self.weights.main_person_names * ranked[1][1]:
            return None
        ent = self.by_id[ranked[0][0]]
        gender = self.agrees(token)[0]
        if gender not in (None, self.gender_of(ent.id) or gender) or self.described_otherwise(ent.id, words) \
                or qualified and (self.other_complement(ent.id, role, words) or self.untitled(ent.id)) \
                or any(f.entity == ent.id and f.sentence == sentence for f in focus[-3:]):
            return None
        return ent

    def said_titles(self, entity_id: str) -> set[str]:
        """The titles a person's roles and descriptions said in other words ("chef du gouvernement
        italien": "premier ministre")."""
        titles = set(self.titled_as.get(entity_id, ()))
        for role in self.by_id[entity_id].roles:
            key = name_key(role)
            titles |= {title for said, title in self.periphrases
                       if key.startswith(said) and not key[len(said):len(said) + 1].isalnum()}
        return titles

    def other_title_said(self, entity_id: str, title: list[str]) -> bool:
        """Whether a person's roles or descriptions said a title in other words, and none said ``title``
        ("le chef de l'État" is not the one described as "le chef du gouvernement italien")."""
        said = self.said_titles(entity_id) if RULES.on(PERIPHRASE_NOT_HEAD) else set()
        return bool(said) and " ".join(title) not in said

    def title_said_otherwise(self, entity_id: str, periphrased: bool, words: list[str],
                             role: str | None) -> bool:
        """Whether a description's title is not a person's, the article having titled them in other words:
        a title it says in other words by ``other_title_said``, a bare one ("le président") by
        ``titled_otherwise``."""
        if periphrased:
            return self.other_title_said(entity_id, words)
        return self.titled_otherwise(entity_id, role)

    def titled_otherwise(self, entity_id: str, role: list[str] | str | None) -> bool:
        """Whether a person's roles or descriptions said a title in other words, none of which holds all the
        words of ``role`` ("le président" is not the one described as "le chef du gouvernement italien")."""
        if not role or not RULES.on(TITLE_SAID_OTHERWISE) or entity_id not in self.by_id:
            return False  # (an entity merged away since is no one's here)
        words = {role} if isinstance(role, str) else set(role)
        said = self.said_titles(entity_id)
        return bool(said) and not any(words <= set(title.split()) for title in said)

    def periphrase(self, token: Token) -> list[str] | None:
        """The title a description says in other words ("le chef de l'État": "président de la
        république"), where its words from the noun on start with one of the pack's periphrases."""
        key = name_key(self.text[token.idx:token.right_edge.idx + len(token.right_edge)])
        for said, title in self.periphrases:
            if key.startswith(said) and not key[len(said):len(said) + 1].isalnum():
                return title.split()
        return None

    def untitled(self, entity_id: str) -> bool:
        """A person the article gives no role and describes only by nouns that are none ("l'homme")."""
        given = [self.role_words(r) for r in self.roles_of.get(entity_id, [])]
        given += list(self.described_as.get(entity_id, set()))
        return bool(given) and not any(w in self.roles for words in given for w in words)

    def complemented(self, words: list[str], noun: str) -> bool:
        """Whether a role's noun has a complement after it ("président de la fédération")."""
        after = words[words.index(noun) + 1:words.index(noun) + 2]
        return bool(after) and (after[0] in self.data.CHANNEL_LINKS or after[0].startswith(("d'", "d’")))

    def other_title(self, entity_id: str, role: str, token: Token) -> bool:
        """Whether each of a holder's roles with the description's noun makes another title of it with the
        word before ("Premier ministre"), which the description lacks ("le ministre")."""
        makers = self.data.TITLE_MAKING_WORDS
        if any(c.i < token.i and c.lower_ in makers for c in token.children):
            return False
        roles = [self.role_words(r) for r in self.roles_of.get(entity_id, [])]
        roles = [words for words in roles if role in words]
        def made_other(words: list[str]) -> bool:
            return any(i > 0 and words[i - 1] in makers for i, w in enumerate(words) if w == role)
        return bool(roles) and all(made_other(words) for words in roles)

    def role_fit(self, entity_id: str, words: list[str]) -> int:
        """How many of a description's words one of a person's roles has."""
        return max(sum(w in self.role_words(r) for w in words) for r in self.roles_of[entity_id])

    def fitting_holders(self, holders: list[str], words: list[str]) -> list[str]:
        """The holders of a role whose roles have the most of a description's words."""
        top = max(self.role_fit(h, words) for h in holders)
        return [h for h in dict.fromkeys(holders) if self.role_fit(h, words) == top]

    def best_holder(self, holders: list[str], words: list[str], before: int) -> str | None:
        """Among the people who hold a role, the one the description's words fit best ("le ministre de
        l'Intérieur"), and of those the last one named before it, else the first named after."""
        top = max(self.role_fit(h, words) for h in holders)
        if len(words) > 1 and top < min(len(words), self.weights.role_words_agree) and len(set(holders)) > 1:
            return None  # "le ministre de l'Intérieur" and two ministers, neither of the Interior
        fitting = self.fitting_holders(holders, words)
        seen = [h for h in fitting if self.first_seen.get(h, len(self.doc)) < before]
        return seen[-1] if seen else fitting[0]

    def resolve_pronoun(self, token: Token, sentence: int, focus: list[Focus], rule: str = PRONOUN) -> None:
        if self.emphatic(token) and (ent := self.emphasised(token)) is not None:
            self.add(token, "pronoun", PRONOUN, ent)
            return
        if RULES.on(EMPHATIC_BEFORE) and self.set_apart(token) and self.subjects_before(token):
            return  # "le président a quant à lui": its subject, whom no name here gives; not one before
        if RULES.on(EMPHATIC_POSTPOSED) and self.emphatic(token) and self.after_incise_verb(token):
            # "« ... », a quant à lui réagi X": the subject comes after the verb, not before the quote
            ent = self.named_after_verb(token)
            if ent is not None:
                self.add(token, "pronoun", EMPHATIC_POSTPOSED, ent)
            return
        if RULES.on(GLUED_EMPHATIC) and self.glued_emphatic(token) and self.subjects_before(token):
            return  # "le ministre a lui-même": its subject, whom no name here gives; not one before
        gender = next(iter(token.morph.get("Gender")), None) or \
            self.data.PRONOUN_GENDERS.get(self.pronoun(token))  # "-elle", which the tagger may leave unread
        number = "Plur" if self.data.PRONOUNS[self.pronoun(token)] == "plur" else "Sing"
        for f in reversed(focus):
            if sentence - f.sentence > self.weights.pronoun_sentences:
                break
            if f.group and number == "Sing":
                # "X et Y ont dit ... Il": either of the two, or someone before; no one sure, none named
                # (no antecedent: what those subjects said is the two's, not the pronoun's); but "elle" after
                # a man and a woman is the woman
                one = [m for m in f.members if self.gender_of(m) in (None, gender)] if gender else []
                if len(one) == 1 and RULES.on(GROUP_MEMBER) and all(
                        self.gender_of(m) not in (None, gender) for m in f.members if m != one[0]):
                    self.add(token, "pronoun", GROUP_MEMBER, self.by_id.get(one[0]), f.text)
                    return
                self.add(token, "pronoun", rule, None, f.text)
                return
            if f.place and (f.sentence != sentence or self.inverted(token)):
                continue  # (a place that was a subject before this sentence is no pronoun's now, nor the
                # speaker an inverted clitic after a quote stands for)
            if (f.number or "Sing") != number or gender not in (None, self.focus_gender(f) or gender):
                continue
            if f.source and not token.lower_.startswith("-"):
                continue  # "X a accepté, indique Le Parisien. Il a plaidé": X, not the source
            if f.source and RULES.on(SOURCE_OF_PERSON) and \
                    (reported := self.reported_person(f, focus, gender)) is not None:
                f = reported  # "X a refusé, indique le journal. « ... », a-t-il dit": X, whom it reports
            if f.cited and not self.inverted(token):
                continue  # "selon X, le suspect a fui. Il ...": not X
            ent = self.by_id.get(f.entity) if f.entity else None  # (an entity merged away is no one's)
            if RULES.on(BODY_IN_ITS_SENTENCE) and ent is not None and ent.type != "PER" and \
                    f.sentence != sentence and not self.inverted(token) and \
                    not (f.body and sentence - f.sentence == 1):
                return  # "Le journal a publié l'enquête. Il ...": the paper, or someone; no one sure

            self.add(token, "pronoun", rule, ent, f.text).antecedent = f.span
            if ent is not None and ent.type == "PER" and gender and ent.id not in self.gender:
                self.gender[ent.id] = gender
            if self.is_subject(token):
                focus.append(Focus(sentence, f.entity, f.text, f.span, f.gender or gender, number,
                                   person=f.person))
            return
        # none agrees: the last subject, a sentence or less before, where only the tagger's reading of the
        # given name said the other gender ("Alexandre" read as feminine); the pronoun says it now
        last = focus[-1] if focus and RULES.on(GIVEN_NAME_GUESS) and rule == PRONOUN else None
        ent = self.by_id.get(last.entity) if last is not None and last.entity else None
        if ent is not None and ent.type == "PER" and gender and ent.id not in self.gender and \
                sentence - last.sentence <= 1 and (last.number or "Sing") == number and not last.group and \
                not (last.cited and not self.inverted(token)) and not last.source:
            self.gender[ent.id] = gender
            self.add(token, "pronoun", GIVEN_NAME_GUESS, ent, last.text)
            if self.is_subject(token):
                focus.append(Focus(sentence, ent.id, ent.name, None, gender, number))
        elif gender and rule == PRONOUN and RULES.on(CLITIC_PERSON_NOUN) and (self.inverted(token) or (
                RULES.on(SUBJECT_PERSON_NOUN) and token.dep_ in SUBJECT_DEPS and
                not self.in_quote(token.idx))) and \
                (noun := self.person_noun_before(token, sentence, gender, number)) is not None:
            words = self.phrase(noun)
            link = next((k for k in reversed(self.links) if k.span == words), None)  # (the noun's own)
            ent = self.by_id.get(link.entity) if link is not None and link.entity else None
            s, e = (link.antecedent or words) if link is not None and ent is None else words
            self.add(token, "pronoun", CLITIC_PERSON_NOUN, ent, self.text[s:e]).antecedent = (s, e)

    def person_noun_before(self, token: Token, sentence: int, gender: str, number: str) -> Token | None:
        """The nearest person's noun before ``token`` (a relative's or a neighbour's too: "sa mère") with a
        determiner, of ``gender`` and ``number``, in its sentence or the one before, outside quotes and
        names."""
        first = self.sentence_starts[max(0, sentence - 1)]
        for t in reversed(self.doc[first:token.i]):
            if t.pos_ == "NOUN" and t.i not in self.in_mention and not self.in_quote(t.idx) and (
                    self.person_noun(t) or {t.lemma_.lower(), t.lower_} & self.kin_nouns) and \
                    any(c.dep_ == "det" for c in t.children) and \
                    gender in t.morph.get("Gender") and number in t.morph.get("Number"):
                return t
        return None


class CoreferenceResolver:
    """Pipeline component: ``doc._.veille_coref``, and ``Entity.references`` filled."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        for ent in doc._.veille_entities or []:
            ent.references = []
        doc._.veille_coref = Coreference(doc, self.nlp.lang)
        return doc


@Language.factory("veille_coref", assigns=["doc._.veille_coref"],
                  requires=["doc._.veille_entities", "token.pos", "token.dep", "token.lemma", "token.morph"])
def make_coreference_resolver(nlp: Language, name: str) -> CoreferenceResolver:
    return CoreferenceResolver(nlp, name)

"""Speakers: who said each statement, resolved to the article's entities.

The statement finder (``statements``) finds what is said and where the speaker's words stand; this
module reads those words (a cue's subject, an inverted subject, "-t-il") and resolves them: to an
entity mentioned at their head, through roles ("un porte-parole de la coalition" that the article names
next "le colonel John Dorrian"), through pronouns to the last speaker; a quote with no speaker's words
continues the last speaker. Each mechanism is a named rule, recorded in the statement's ``rules``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..data import demonyms
from ..geo.names import name_key
from ..nlp.lang import language_pack
from ..records import Entity
from .docs import (
    SpanIndex,
    hyphen_in_word,
    marked_by,
    phrase_root,
    set_beside,
    tagged,
    token_covering,
    token_from,
    verb_group_start,
)
from .rules import RULES

if TYPE_CHECKING:
    from .coref import Coreference
    from .statements import StatementCandidate, StatementFinder

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}
SPEAKER_TYPES = ("PER", "ORG", "GPE", "NORP")
PLACE_TYPES = ("GPE", "LOC", "FAC")  # the tagger's types of a place
NAME_DEPS = ("flat", "flat:name", "appos", "compound")  # the words of a name with its head
AGENT_DEPS = ("obl:agent", "agent")  # the agent of a passive ("déploré par le maire")
NOT_NAME_TYPES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")  # tagger's types
NOUN_PHRASE_DEPS = ("amod", "nmod", *NAME_DEPS, "nummod", "fixed")  # a speaker's words after its head
# the links a verb of saying with no subject hangs on another by ("by saying", "able to tout", "an opportunity
# to remind"): the English parse's
GOVERNED_DEPS = ("pcomp", "prep", "xcomp", "advcl", "acomp", "acl", "dobj", "pobj", "conj")
AUTHOR_DEPS = ("poss", "nmod:poss", "nmod", "compound")  # a document's author: "his", "du parquet"
OBJECT_DEPS = ("dobj", "obj")  # the object of a verb that an infinitive's subject may be ("forced X to")
RELATIVE_DEPS = ("relcl",)  # a relative clause where the parse does not name it "acl:..." (English)


@cache
def aside_pattern(lang: str) -> re.Pattern[str] | None:
    """The words between an inverted cue and its speaker that are not the speaker's (``SPEAKER_ASIDES``)."""
    asides = language_pack(lang).statements.SPEAKER_ASIDES
    return re.compile(asides) if asides else None  # (in small letters: "a affirmé Le Matin" names a paper)


def present_participle(token: Token) -> bool:
    """Whether ``token`` is a present participle ("ajoutant", "saying")."""
    return "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")


@dataclass(frozen=True)
class SpeakerWeights:
    """The numbers that bound speaker resolution, set by hand (the others are in ``StatementWeights``)."""

    continued_paragraphs: int = 1  # paragraph breaks a quote with no cue may follow its speaker's across
    body_sentences: int = 4  # sentences before "le syndicat" where the body that spoke last may be
    governing_steps: int = 4  # links up the parse from a cue with no subject to the verb whose subject speaks
    incise_tokens: int = 12  # words an incise beside a quote may hold ("Senate Leader Jane Doe, R-Ky., said")
    said_after_tokens: int = 6  # words after a quote where "Les mots de X" may start
    told_again_statements: int = 8  # statements after a quote with no cue where it may be told again
    told_again_share: float = 0.8  # share of its words a quote told again holds
    told_again_words: int = 3  # words a quote needs to be known again
    same_source_sentences: int = 1  # sentences back where the last source is "la même source", any noun
    again_chars: int = 1500  # characters back to the quote whose speaker a description "again" may be
    relative_reach: int = 12  # words after a name where the relative pronoun of its clause may stand


SPEAKER_WEIGHTS = SpeakerWeights()

SPEAKER_MENTION = RULES.define(
    "statements.speaker_mention", "the entity mentioned at the head of the speaker's words")
SPEAKER_PRONOUN = RULES.define(
    "statements.speaker_pronoun", "a pronoun ('il', 'they'): the last speaker of its number, else the last "
    "person who was a clause's subject")
SUBJECT_SAID_OF = RULES.define(
    "statements.subject_said_of", "the subject of what a source reports, outside quotation marks ('Selon "
    "l'enregistrement, Laurent Wauquiez n'a épargné personne'), may be the one a description names next "
    "('le président de LR')")
SPEAKER_ROLE = RULES.define(
    "statements.speaker_role", "a role ('un porte-parole', 'le ministre'): the person with that role, "
    "named next or named before")
GROUP_INCLUDING = RULES.define(
    "statements.group_including", "a group and one of its members set off ('Plusieurs ONG, dont Oxfam, "
    "ont dénoncé'): the group spoke, not the member")
DOCUMENT_AGENT = RULES.define(
    "statements.document_agent", "a document with a participle's agent ('le communiqué diffusé par la "
    "Maison Blanche'): the agent wrote it, not the last speaker")
HYPHENATED_WORDS = RULES.define(
    "statements.hyphenated_words", "a speaker's words run through a name the tokenizer cut at its hyphen "
    "('Fan Shih-ping')")
NO_ONE = RULES.define(
    "statements.speaker_no_one", "speaker's words that name no one ('à l'AFP', 'Dans une digression', a "
    "time) are dropped")
SPEAKER_NEW_SUBJECT = RULES.define(
    "statements.speaker_new_subject", "a quote with no speaker's words after another person became a "
    "clause's subject: that person")
PARTICIPLE_AFTER_QUOTE = RULES.define(
    "statements.participle_after_quote", "a present participle's cue after a quote ('« ... », ont déclaré Y, "
    "précisant que'): words inside the quote are not its speaker's; the last speaker's are")
SPEAKER_WHOLE_NAME = RULES.define(
    "statements.speaker_whole_name", "speaker's words that end inside the name they name ('rapporte vendredi "
    "France Bleu', cut at 'France' by the parse) run on to the name's end")
SPEAKER_AGAIN = RULES.define(
    "statements.speaker_again", "a description speaking 'again' after a quote ('« ... », a encore expliqué "
    "l'ancien ministre'), which no name, apposition or role ties to anyone: the last quote's speaker, a "
    "person of its gender")
SUBJECT_ON_ADVERB = RULES.define(
    "statements.subject_on_adverb", "a subject the parse hangs on an adverb before the cue ('X a d'abord "
    "expliqué que'): the cue's")
SUBJECT_NOT_IN_PHRASE = RULES.define(
    "statements.subject_not_in_phrase", "a subject the parse gives a preposition of its own ('A la cérémonie "
    "samedi, le gouvernement afghan a appelé'): the noun phrase right before the verb, hung elsewhere")
INCISE_SUBJECT = RULES.define(
    "statements.incise_subject", "a cue right after a quote and its comma ('X « ... », a tweeté Y') has its "
    "subject after it: a noun before the quote the parse also reads as one is none")
NARRATIVE_INFINITIVE = RULES.define(
    "statements.narrative_infinitive", "the noun of a narrative infinitive ('Et Olivier Faure d'ajouter', "
    "'Et le ministre de faire un comparatif') is its subject: the speaker of its cue, the one spoken of")
SAID_AT = RULES.define(
    "statements.said_at", "a cue whose subject is the pronoun of no one, said at a body ('indique-t-on à "
    "l'Élysée', 'précise-t-on dans l'entourage du ministre'): that body speaks")
SPEAKER_CONTINUES = RULES.define(
    "statements.speaker_continues", "a quote or a cue with no speaker's words: the last speaker")
SPEAKER_SAME_SENTENCE = RULES.define(
    "statements.speaker_same_sentence", "a quote with no cue and no speaker, in the sentence of a statement "
    "that has one ('X confie « A » : « B »'), or right before the one that opens the next ('« A ». X a "
    "écrit ...'): that speaker")
SPEAKER_BODY = RULES.define(
    "statements.speaker_body", "a body described ('le syndicat', 'la chaîne', 'le parquet'): the "
    "organisation whose name holds the noun, else the body that spoke last")
PARTICIPLE = RULES.define(
    "statements.speaker_participle", "a present participle of saying after a name or a person's noun ('X "
    "annonçant que'): that name or person")
PARTICIPLE_OF_CLAUSE = RULES.define(
    "statements.participle_of_clause", "a present participle of saying after a comma that the parse hangs on "
    "a thing's noun ('Le maire a reçu les familles, une présence pour sa ville, disant ...'): the clause's "
    "subject")
PARTICIPLE_OF_SPEAKER = RULES.define(
    "statements.speaker_participle_up", "a present participle of saying hung on what was said ('a précisé "
    "que ..., ajoutant que') or on a document ('a publié un communiqué demandant'): the reporting verb's "
    "subject")
PARTICIPLE_SUBJECT_AFTER = RULES.define(
    "statements.participle_subject_after", "a present participle of saying has no subject after it: a noun "
    "the parse hangs there ('..., rappelant que X avait été condamné, quelques jours avant les faits') is "
    "part of what is said")
PERSON_BY_LEMMA = RULES.define(
    "statements.person_by_lemma", "a noun is a person's by the ending of its lemma too, for a plural ('les "
    "manifestants dénonçant ...': 'manifestant')")
RELATIVE_INVERTED = RULES.define(
    "statements.relative_inverted", "a relative pronoun the parse hangs on a verb stands for that verb's "
    "subject only where it comes after its verb ('a dit l'Elysée, qui ...'); else for the noun right before "
    "it ('cette explosion a attisé la colère de la population, qui fustige ...': the population)")
RELATIVE_PAST_CHANNEL = RULES.define(
    "statements.relative_past_channel", "the noun right before a relative pronoun stands for it, past a "
    "complement or a channel only ('l'Elysée dans un communiqué, qui'), not past an agent or a place "
    "('avancée devant le préfet par certains jeunes du quartier, qui ...': the young)")
RELATIVE_NUMBER = RULES.define(
    "statements.relative_number", "a relative clause the parse hangs on a noun of another number is not that "
    "noun's ('avancée mercredi ... par certains jeunes du quartier, qui ont assuré': not Wednesday)")
RELATIVE_PERSON_HEAD = RULES.define(
    "statements.relative_person_head", "a relative clause of saying the parse hangs on the complement of a "
    "person's noun ('la présidente de la Chambre des représentants, qui affirme'): the person speaks, not "
    "the body their title names")
RELATIVE_PEOPLE_HEAD = RULES.define(
    "statements.relative_people_head", "a plural relative clause of saying the parse hangs on the complement "
    "of a plural noun of people ('ces anciens élèves de toutes générations qui disent'): those people speak")
CONJUNCT_NUMBER = RULES.define(
    "statements.conjunct_number", "a cue joined to a verb before it shares that verb's subject only where "
    "their numbers agree ('le système est débordé et les professionnels craignent ...': not the system); "
    "else the noun right before the cue, if it agrees")
SUBJECT_MISREAD = RULES.define(
    "statements.speaker_subject_misread", "a subject the parse misread: a fronted phrase a preposition leads "
    "('Dans un communiqué, le ministre a dit'): the noun after its comma; a description after a name that "
    "opens the sentence ('X, une étudiante, a déclaré'): the name")
SURNAME_AFTER_ROLE = RULES.define(
    "statements.speaker_surname_after_role", "a role and a surname no mention covers ('le colonel Wagué'): "
    "the one person of the article whose name ends with it")
BODY_NAMED_AT_END = RULES.define(
    "statements.body_named_at_end", "a body's noun whose words end with a name right after their nouns "
    "or adjectives ('l'agence de presse iranienne Tasnim', 'l'organisation de défense des droits humains "
    "Amnesty International'): that name speaks, wherever the parse hangs it")
SPEAKER_SAME_WORDS = RULES.define(
    "statements.speaker_same_words", "a description whose fuller words named a person when they spoke "
    "before ('Pour l'éditorialiste' after 'L'éditorialiste du Figaro, X, a dit'): that person")
SPEAKER_DEMONSTRATIVE = RULES.define(
    "statements.speaker_demonstrative", "a demonstrative description of one ('cette grand-mère de 43 ans'): "
    "the person named last, a sentence or two before, of its gender")
SPEAKER_SAME_SOURCE = RULES.define(
    "statements.speaker_same_source", "'la même source', 'the same source': the source named before")
SPEAKER_DOCUMENT = RULES.define(
    "statements.speaker_document", "a document as the speaker's words ('selon le communiqué', 'the "
    "statement'): its author named in it ('du parquet'), else the last speaker")
DOCUMENT_ISSUER = RULES.define(
    "statements.document_issuer", "'le communiqué' as the speaker's words, where a sentence or two before "
    "someone spoke through a document of that noun ('Dans un communiqué, la mairie a ...'): that clause's "
    "subject")
DOCUMENT_JUST_BEFORE = RULES.define(
    "statements.document_just_before", "'selon un communiqué' with no author named, right after a sentence "
    "in which someone spoke ('La Cédéao a condamné le putsch. L'organisation \"condamne ...\", selon un "
    "communiqué'): that speaker's document")
NAMED_NEXT_NEW = RULES.define(
    "statements.named_next_new", "someone an indefinite description brings in ('une journaliste de "
    "Franceinfo') is the next speaker named only where that person is new to the article there and of the "
    "description's gender")
SAME_QUOTE_PHRASE = RULES.define(
    "statements.same_quote_phrase", "a quote of two words with no cue (an intertitle, '« Alternatives "
    "politiques »') that a statement after it, with a cue and a speaker of its own, holds as a phrase: that "
    "statement's speaker")
RELATIVE_NAME_BEFORE = RULES.define(
    "statements.relative_name_before", "a relative clause of saying right after a person's name ('au "
    "militant et auteur Mark King, qui a écrit'): that person, not a noun the parse hangs the clause on")
SPEAKER_FRONTED_NAME = RULES.define(
    "statements.speaker_fronted_name", "a cue with no subject, a person's name set off by commas just before "
    "it that the parse hung on a fronted phrase ('Lors du procès, X, avocat de Y, a jugé'): that person")
SPEAKER_RELATIVE = RULES.define(
    "statements.speaker_relative", "a relative pronoun as the speaker's words ('selon laquelle', 'X, "
    "qui ... explique'): the noun phrase its clause hangs on")
CHARGED_NOT_SPEAKER = RULES.define(
    "statements.charged_not_speaker", "the subject of a passive verb of saying ('X a été accusé d'avoir "
    "déserté') is the one spoken of: no new speaker for a quote with no cue after it")
RELATIVE_LAST_CONJUNCT = RULES.define(
    "statements.relative_last_conjunct", "a relative pronoun whose verb is singular, after names joined by a "
    "conjunction ('à X et Y, qui avait déclaré'): the conjunct right before it, not the first")
SOURCE_IN_CUE = RULES.define(
    "statements.source_in_cue", "'de sources concordantes': the cue's noun and its words are the speaker's")
SPEAKER_SAME_QUOTE = RULES.define(
    "statements.speaker_same_quote", "a quote with no speaker that the article tells again with one (the "
    "headline's): that speaker")
SPEAKER_INCISE = RULES.define(
    "statements.speaker_incise", "a quote with no cue beside an incise whose subject comes first ('“A,” "
    "she said, “B.”'): the incise's reporting verb is its cue, and that verb's subject its speaker")
SPEAKER_GOVERNING_SUBJECT = RULES.define(
    "statements.speaker_governing_subject", "a cue with no speaker's words ('by saying', 'avoids "
    "condemning', '“Q,” X said'): its own subject, else the subject of the verb it hangs on, a few steps up")
SPEAKER_SAID_AFTER = RULES.define(
    "statements.speaker_said_after", "a quote with no speaker right before 'Les mots de X', 'X's words': X")
SPEAKER_SUBJECT_AFTER_QUOTE = RULES.define(
    "statements.speaker_subject_after_quote", "a quote with no speaker that opens its paragraph and ends its "
    "sentence ('« Nous sommes honorés et fiers. » Un an après, Cédric Dupuy garde en mémoire ...'): the "
    "person the next sentence, in the same paragraph, has as its main subject")
SPEAKER_SAME_SENTENCE_WORDS = RULES.define(
    "statements.speaker_same_sentence_words", "a quote with no speaker before a statement of its sentence "
    "whose speaker only words name ('Si « ... », le président de la fédération estime que ...'): those words "
    "(not in the headline, whose quotes its people say)")
SPEAKER_SAME_QUOTE_WORDS = RULES.define(
    "statements.speaker_same_quote_words", "a quote with no cue that a statement after it tells again, "
    "whose speaker only words name ('- « Loin d'être finie » - ... « est loin d'être finie », a averti le "
    "patron de l'OMS'): those words")
SPEAKER_ANAPHOR = RULES.define(
    "statements.speaker_anaphor", "a description that only points back ('l'intéressée', 'ce dernier'): the "
    "person named last of its gender, a sentence or two before, else the last speaker of its gender")
RELATIVE_SUBJECT = RULES.define(
    "statements.relative_subject", "a person set off before a relative pronoun that is its clause's subject "
    "('Olivier Faure en tête, le député de Seine-et-Marne, qui pointe du doigt ...'): that person becomes "
    "the one a quote with no cue after it may be said by")
SPEAKER_SUBJECT_AFTER = RULES.define(
    "statements.speaker_subject_after", "a quote with no cue in a sentence whose subject, named after it, is "
    "another person ('C'est en « ... » que X a retrouvé'): that person's, not the last speaker's")
SPEAKER_NOT_SAID = RULES.define(
    "statements.speaker_not_said", "a name within what is said is no speaker, though the parse hangs it on "
    "the speaker's words ('Selon les indications de la radio, X, 31 ans, aurait ...')")
SPEAKER_NAME_JUST_AFTER = RULES.define(
    "statements.speaker_name_just_after", "a description's words followed at once by a person's name, past "
    "an adjective ('le directeur du tramway régional X'): that person")
SPEAKER_AGREES = RULES.define(
    "statements.speaker_agrees", "a pronoun or a description stands only for a person of its gender and "
    "number ('l'historienne' is not the man named before, 'les experts' not one person): else no one")
SPEAKER_CLITIC_WORDS = RULES.define(
    "statements.speaker_clitic_words", "an inverted clitic just after a statement whose speaker's words name "
    "one person no entity holds ('« ... », dénonce X. « ... », ajoute-t-il'): those words, not a person "
    "coreference reads farther back")
SPEAKER_PRONOUN_NOT_SAID = RULES.define(
    "statements.speaker_pronoun_not_said", "a pronoun that coreference reads as words within what a "
    "statement says, words that name no person ('dénoncer la lenteur des soins ... déplore-t-il'): not "
    "those words")
SPEAKER_FULLER_NOT_HEADING = RULES.define(
    "statements.speaker_fuller_not_heading", "the fuller words of a description are never those of a "
    "heading or a headline, a line of its own ('scandaient les manifestantes' after a headline on 'près de "
    "50 000 manifestants à Paris')")
SPEAKER_WORDS_TRIMMED = RULES.define(
    "statements.speaker_words_trimmed", "a speaker's words end before the marks after them and start after a "
    "participle phrase the parse hung on them ('Invité de France Inter, le premier adjoint ..., a estimé')")
SPEAKER_DESCRIBED_LAST = RULES.define(
    "statements.speaker_described_last", "a definite description of a person that coreference only guessed "
    "from an older subject is the person who spoke right before, of its gender, where no one else became a "
    "subject since ('« ... », a assuré X, adjoint au maire. L'élu a appelé ...')")
DESCRIBED_NOT_OF_GROUP = RULES.define(
    "statements.described_not_of_group", "a description of one person is not the first of several people who "
    "spoke together right before ('X et Y ont pointé ..., le député a assuré'): they spoke as a group")
GENERIC_NOT_CONTINUED = RULES.define(
    "statements.generic_not_continued", "a quote with no cue does not go on with words of anyone in general "
    "('X a tancé ceux qui ont critiqué son choix. « ... »': X's, not theirs)")
SPEAKER_NOT_QUOTED = RULES.define(
    "statements.speaker_not_quoted", "a direct quote's speaker is no words of the quote itself, which the "
    "parse may make the cue's subject ('Avant de le blâmer : « Je suis ... »')")
PARTICIPLE_AFTER_INCISE = RULES.define(
    "statements.participle_after_incise", "a participle cue right after an inverted cue's speaker, in the "
    "same sentence, is that speaker's ('..., a indiqué l'Observatoire en affirmant que'), not the subject of "
    "the clause the parse hangs it on")
SPEAKER_WHOLE_WORD = RULES.define(
    "statements.speaker_whole_word", "a speaker's words that end inside a hyphenated word run on to its end "
    "('s'est félicité l'état-major', where the parse cut 'état' from 'major')")
SPEAKER_SAYER_WITHIN = RULES.define(
    "statements.speaker_sayer_within", "a body's noun within what a statement says that is the subject of a "
    "verb of saying ('Le parquet estime ..., a appris l'AFP. Il demande ...') speaks: a pronoun may stand "
    "for it")
SPEAKER_NAME_CUT = RULES.define(
    "statements.speaker_name_cut", "a person's name that starts at the end of a role's words and runs on "
    "past them, after no preposition ('le ministre des Sports Paul | Le Moal'): that person, whose name the "
    "parse cut")
SPEAKER_OTHER_COUNTRY = RULES.define(
    "statements.speaker_other_country", "a description whose adjective of nationality ('le ministre russe') "
    "names another country than the person's own roles and apposed descriptions do ('le ministre "
    "allemand X'): not that person, unattributed")
SPEAKER_I_IS_A_PERSON = RULES.define(
    "statements.speaker_i_is_a_person", "a pronoun that coreference reads as an organisation or a medium, "
    "for a quote in the first person singular ('« Moi, je ... », a-t-il dit'): not them")
SPEAKER_HEADLINE = RULES.define(
    "statements.speaker_headline", "a quote with no speaker in the headline: the person the headline names "
    "before it who speaks in the article, else the person named there who speaks most")
SPEAKER_PERSON_IN_ROLE = RULES.define(
    "statements.speaker_person_in_role", "a role's noun whose words name a body and a person ('l'eurodéputé "
    "EELV Paul Martin', 'le député LFI du Nord X'): the person speaks, the body only qualifies the role")
SPEAKER_PRONOUN_SPOKEN_OF = RULES.define(
    "statements.speaker_pronoun_spoken_of", "a pronoun that coreference reads as a person last named within "
    "what a statement before says ('X a affirmé que Y ... « ... », a-t-il estimé'): that statement's "
    "speaker, if a person it may stand for, else no one")
SPEAKER_PLURAL_CUE = RULES.define(
    "statements.speaker_plural_cue", "a cue with no speaker's words whose verb is plural ('« ... », ont "
    "ajouté à la radio des témoins'): not the one person who spoke last")
SPEAKER_GLUED_END = RULES.define(
    "statements.speaker_glued_end", "a speaker's words that run over a sentence's end glued to the next "
    "sentence, quote or heading ('selon la juge.« Le ...', 'selon ses dires.► Paul ...'): they end there")
SPEAKER_POSSESSED = RULES.define(
    "statements.speaker_possessed", "a speaker's words with a possessive, no one named ('son entourage', "
    "'ses services'): the words with whose they are, as coreference reads the possessive ('entourage "
    "d'Alain Juppé')")
SPEAKER_NAME_BESIDE_TITLE = RULES.define(
    "statements.speaker_name_beside_title", "a person's name in apposition to the head of the speaker's "
    "words is who speaks, before a title the entities read as a body ('Le Garde des Sceaux Eric "
    "Dupond-Moretti')")
SPEAKER_NOT_BRACKETED = RULES.define(
    "statements.speaker_not_bracketed", "a name in brackets that the parse hangs on the head of the "
    "speaker's words labels a name before it ('Une tribune de Julien Borowczyk (LREM, Loire)'): it is not "
    "who speaks")
SPEAKER_ONE_WHO = RULES.define(
    "statements.speaker_one_who", "'celle qui', 'celui qui' after an inverted cue open the speaker's words "
    "('a poursuivi celle qui est la représentante de la reine'), as a noun would, not a word passed")
SPEAKER_PLACE_AFTER_PREPOSITION = RULES.define(
    "statements.speaker_place_after_preposition", "a place a preposition leads, which the parse hangs on the "
    "head of the speaker's words ('Des médias implantés à Hong Kong ont affirmé'), is where, not who speaks")
DOCUMENT_AUTHOR_NOT_PLACE = RULES.define(
    "statements.document_author_not_place", "the author a document's complement names by a common noun is "
    "not the place in its words ('selon un tweet de la préfecture de police de Paris': not Paris)")
SPEAKER_OWN_WORDS = RULES.define(
    "statements.speaker_own_words", "a source that is someone's own words ('selon ses propres mots', 'selon "
    "ses dires', 'toujours selon son récit'): the one the possessive stands for speaks")
SPEAKER_OWN_DOCUMENT = RULES.define(
    "statements.speaker_own_document", "a source that is someone's document ('selon son rapport', 'son "
    "réquisitoire indique'): who spoke just before, else the one coreference says the possessive stands for")
SPEAKER_ASIDE_WORDS = RULES.define(
    "statements.speaker_aside_words", "words between an inverted cue and its speaker that set the speaker "
    "aside or say when ('a indiqué de son côté le parquet', 'a déclaré le soir même sur Twitter le "
    "gouverneur') are passed, as a channel or a day is")
SPEAKER_FULLER_NOT_QUOTED = RULES.define(
    "statements.speaker_fuller_not_quoted", "a description's fuller words are the article's, not a quote's "
    "('selon ses propres mots' is not 'des mots de trop' someone said)")
SPEAKER_DESCRIPTION_NAMED = RULES.define(
    "statements.speaker_description_named", "a definite description of one person left unresolved ('le "
    "candidat du parti', 'la linguiste'): the one person the article gives that noun (a title, an "
    "apposition, a predicate), else the one person of its gender the headline names who speaks")
INDEFINITE_NAMED_BESIDE = RULES.define(
    "statements.indefinite_named_beside", "an indefinite description of one person left unresolved ('une "
    "policière municipale de Nice') whose noun and the word after it the article sets beside one person's "
    "name, and only one's ('une policière municipale niçoise, Sandra Bertin'), is that person")
DESCRIBED_UNNAMED = RULES.define(
    "statements.described_unnamed", "a definite description that takes up someone the article brought in "
    "unnamed ('Un expert militaire égyptien souligne ... L'expert évoque'): that unnamed person, not the "
    "one the headline names")
PARTICIPLE_SUBJECT_CONTROL = RULES.define(
    "statements.participle_subject_control", "a present participle the parse hangs on a verb as its "
    "complement ('a critiqué le préfet en l'accusant de ...', '..., l'accusant de ...') is said by that "
    "verb's subject, never by its object")
SPEAKER_MISREAD_NAME = RULES.define(
    "statements.speaker_misread_name", "an inverted speaker whose first word the tagger read as no noun "
    "('explique Nacer Zabi', 'Nacer' a verb) is the name the article's entities found there")
ARTICLE_NOT_CHANNEL = RULES.define(
    "statements.article_not_channel", "an indefinite article the tagger read as a preposition, right after a "
    "cue or the time or channel after it ('ont affirmé lundi à la radio des témoins', 'des' as 'de les'), "
    "opens the inverted speaker, not a channel")
SPEAKER_FULLER_KIND = RULES.define(
    "statements.speaker_fuller_kind", "a description whose noun says a kind of role ('l'édile du village') "
    "takes the fuller words the article gave before to a role of that kind with the same complement ('le "
    "maire du village de Lanvéoc'), where no fuller words of its own noun stand before it")
TIME_AFTER_SPEAKER = RULES.define(
    "statements.time_after_speaker", "a time the parse hangs on the speaker's noun ('a déclaré le maire "
    "mardi'): no word of the speaker's")
FRONTED_SUBJECT = RULES.define(
    "statements.fronted_subject", "a verb with no subject after a fronted phrase the parse ran the subject "
    "into ('Au conseil municipal, une élue de l'opposition, n'a pas mâché ses mots : « ... »', the elected "
    "woman read as the council's apposition, conjunct or complement with no preposition): the noun after "
    "the phrase's comma")
MULTIWORD_SUBJECT = RULES.define(
    "statements.multiword_subject", "the speaker of a two-word cue whose first verb the parse hangs on the "
    "second ('X a fait savoir que'): the first verb's subject")
SPEAKER_NOT_SOMEONE = RULES.define(
    "statements.speaker_not_someone", "speaker's words that cannot be a person, a group or a body: a "
    "fragment ('-ci'), words that open a quote, a pronoun of no one ('rien', 'cela'), a clause: dropped, "
    "for the speaker the stage takes next")
# a sentence's end glued to what follows: a word's last letter, the mark, then at once a capital, a quote or
# a heading's mark ("l'ONU.« Le", not "M. Dupont" nor "U.S.A")
QUOTE_OPENERS = ("«", '"', "“", "‘")  # the marks that open a quote
# what may stand between an incise's subject and a participle that goes on with it: the name the words
# describe ("le ministre de la Défense Naftali Bennett évoquant"), an acronym in brackets ("l'Observatoire
# (OSDH) en affirmant"), a comma
BETWEEN_INCISE_AND_PARTICIPLE = re.compile(r"(?:\s+[A-ZÀ-Ý][\w'’-]*){0,4}[\s,]*(?:\([^()]{1,12}\)[\s,]*)?")
# the rest of a hyphenated word after its first part ("-major" of "état-major")
HYPHENATED_TAIL = re.compile(r"(?:-[^\W\d_]+)+")
GLUED_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})[.!?…]+(?=[«\"“►•▶■●]|[A-ZÀ-Ý])")


class SpeakerResolver:
    """The speakers of one article's statements, for the ``StatementFinder`` that found them."""

    def __init__(self, finder: StatementFinder) -> None:
        self.finder = finder
        self.doc = finder.doc
        self.text = finder.text
        self.data = finder.data
        self.weights = finder.weights
        self.sentence_starts = finder.sentence_starts
        self.roles = language_pack(finder.lang).entities.ROLE_HEADS
        self.role_kinds = language_pack(finder.lang).entities.ROLE_KINDS
        self.person_nouns = language_pack(finder.lang).entities.PERSON_NOUNS
        self.relatives = language_pack(finder.lang).events.RELATIVES  # ("le fils", "la petite-fille")
        self.asides = aside_pattern(finder.lang) if RULES.on(SPEAKER_ASIDE_WORDS) else None
        self.entities: list[Entity] = list(self.doc._.veille_entities or [])
        self.mentions = sorted(((s, e, ent) for ent in self.entities for s, e in ent.mentions),
                               key=lambda m: m[0])
        self.mention_index = SpanIndex([(s, e) for s, e, _ in self.mentions])
        self.nouns_by_lemma: dict[str, list[int]] | None = None
        self.fuller: dict[tuple[str, int], int | None] = {}  # (lemma, words) -> the fuller noun's token
        self.by_id: dict[str, Entity] | None = None
        self.people_by_role: dict[str, list[Entity]] | None = None
        self.subject_people: list[tuple[int, int]] | None = None
        self.coref: Coreference | None = self.doc._.veille_coref
        self.new_subject: tuple[tuple[int, int], str] | None = None  # set by ``continues``
        self.new_described: tuple[int, int] | None = None  # set by ``continues``: "un élu ... explique"
        self.body_names: dict[str, list[tuple[int, Entity]]] | None = None  # a noun -> the bodies named so
        self.surnames: dict[str, set[str]] | None = None  # a person's last word -> the people it ends
        self.channel_ids: set[str] = set()  # the media named as a statement's channel ("à l'AFP")
        self.spoke_at: dict[int, StatementCandidate] = {}  # where speaker's words start -> their statement
        self.titles: dict[str, dict[str, set[str]]] | None = None  # see ``titled``
        self.left_open: set[tuple[int, int]] = set()  # speaker's words left to no one, or read as a mention
        # (see ``descriptions_named``)

    def in_quote(self, char: int) -> bool:
        return self.finder.in_quote(char)

    def is_time(self, token: Token) -> bool:
        return self.finder.is_time(token)

    def in_time(self, token: Token) -> bool:
        """A word inside a time expression ("19" of "mercredi 19 décembre"), not in a name ("Midi Libre")."""
        return self.finder.time_index.covers(token.idx) and not self.mention_index.covers(token.idx)

    def named(self, token: Token) -> bool:
        """A word the tagger reads inside a name ("20 Minutes", "Midi Libre", "France 3"), which the
        time grammar may also read as a time: the name's."""
        return bool(token.ent_type_) and token.ent_type_ not in NOT_NAME_TYPES

    # -- the speaker's words -------------------------------------------------------------------------
    def pronoun(self, token: Token) -> str | None:
        """The pronoun a word is, without the hyphen and euphonic t that join it to a verb ("-t-il")."""
        word = token.lower_.removeprefix("-").removeprefix(self.data.EUPHONIC_PREFIX)
        return word if word in self.data.PRONOUNS else None

    def subject(self, cue: Token) -> Span | None:
        """The speaker's words: "-t-il" in the cue, the cue's subject, else the subject of the clause
        it modifies."""
        doc = self.doc
        for t in doc[max(0, cue.i - self.weights.clitic_reach):cue.i]:
            if t.lower_ in self.data.SUBJECT_CLITICS:
                return doc[t.i:t.i + 1]
        # (not a pronoun after a locution's preposition, which the parse may read as one: "X a quant à elle
        # annoncé")
        subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and not (
            c.pos_ == "PRON" and c.i > 0 and doc[c.i - 1].pos_ == "ADP" and doc[c.i - 1].dep_ == "fixed")]
        if not subjects and RULES.on(MULTIWORD_SUBJECT):
            # "X a fait savoir que": the parse may hang the first verb of a two-word cue on the second, and
            # its subject on the first
            subjects = [g for c in cue.children if c.i < cue.i and (
                c.lemma_.lower(), cue.lemma_.lower()) in self.data.MULTIWORD
                for g in c.children if g.dep_ in SUBJECT_DEPS]
            head = cue.head
            if not subjects and head.i < cue.i and \
                    (head.lemma_.lower(), cue.lemma_.lower()) in self.data.MULTIWORD:
                # ... or the second on the first ("X met en garde contre": "garde" on "met")
                subjects = [g for g in head.children if g.dep_ in SUBJECT_DEPS]
        if not subjects and RULES.on(SUBJECT_ON_ADVERB):
            # "X a d'abord expliqué que": the parse may hang the subject on the adverb before the cue
            subjects = [g for c in cue.children if c.i < cue.i and c.dep_ == "advmod"
                        for g in c.children if g.dep_ in SUBJECT_DEPS and g.i < c.i]
        participle = present_participle(cue)
        if participle and RULES.on(PARTICIPLE_SUBJECT_AFTER):
            subjects = [c for c in subjects if c.i < cue.i]  # (French puts no subject after a participle)
        if participle and RULES.on(PARTICIPLE_OF_SPEAKER):
            # "X a précisé que les forces ratissaient le secteur, ajoutant que": the parse may give the
            # participle the content's subject, behind a comma: that is no subject of the participle's
            subjects = [c for c in subjects if not (c.i < cue.i and any(
                t.text == "," for t in doc[c.right_edge.i:cue.i]))]
        # the subject nearest before the cue: a fronted phrase the parse also reads as a subject ("Un an
        # après son élection, X reconnaît") comes first
        subjects = self.without_object_clitic(subjects, cue)
        subjects = self.incise_subjects(cue, subjects)
        before = [c for c in subjects if c.i < cue.i]
        if before and RULES.on(SUBJECT_NOT_IN_PHRASE) and any(
                g.dep_ == "case" and g.i < before[-1].i for g in before[-1].children):
            noun = self.noun_before_verb(cue)
            if noun is not None:
                return self.noun_phrase(noun)
        for c in before[-1:] or subjects[:1]:
            if c.i > cue.i and self.asides is not None:
                start = c.left_edge.i - (1 if c.left_edge.i > cue.i + 1 else 0)
                matches = (self.asides.match(self.text, t.idx) for t in doc[start:c.left_edge.i + 1])
                aside = next((m for m in matches if m is not None), None)
                if aside is not None and aside.end() >= c.idx + len(c):
                    # "a indiqué de son côté le parquet", which the parse reads as its subject: the one after
                    return self.inverted_subject(aside.end(), c.sent)
            if c.lower_ in self.data.EUPHONIC:
                # "insiste-t-il", which the parse reads with "-t" as the subject: the pronoun after it
                after = doc[c.i + 1] if c.i + 1 < len(doc) else None
                return doc[after.i:after.i + 1] if after is not None and self.pronoun(after) else None
            if "Rel" in c.morph.get("PronType") or c.lower_ in self.data.RELATIVE_PRONOUNS:
                if self.is_pronoun_words(c.text) and self.relative_antecedent((c.idx, c.idx + len(c))):
                    return self.doc[c.i:c.i + 1]  # "who", kept as written; resolved through its noun later
                # "la préfecture, qui appelle ...": the noun the relative clause hangs on; where the parse
                # hangs it on a verb, that verb's subject before it ("a dit l'Elysée, qui ...", "justifie
                # la préfecture dans un communiqué, qui ..."), else the noun right before the relative
                # (of nouns joined by "et", which one ``last_conjunct`` says)
                if RULES.on(RELATIVE_NAME_BEFORE) and (named := self.name_before_relative(c)) is not None:
                    return named  # "au militant et auteur Mark King, qui a écrit": the person named there
                joined = any(g.dep_ == "conj" for g in cue.head.children)
                other_number = RULES.on(RELATIVE_NUMBER) and not joined and \
                    not self.same_number(cue.head, cue)
                if cue.head.i != cue.i and cue.head.pos_ in ("NOUN", "PROPN", "PRON") and not other_number:
                    plural = RULES.on(RELATIVE_PEOPLE_HEAD) and "Plur" in cue.morph.get("Number")
                    person = self.person_over(cue.head, plural) if RULES.on(RELATIVE_PERSON_HEAD) else None
                    if person is not None:
                        end = c.i  # (the person's words up to the relative pronoun, without its comma)
                        while end > person.i + 1 and doc[end - 1].is_punct:
                            end -= 1
                        return doc[self.noun_phrase(person).start:end]
                    return self.noun_phrase(self.last_conjunct(cue.head, c, cue))
                subjects = [s for s in cue.head.children if s.dep_ in SUBJECT_DEPS and s.i < c.i and not (
                    RULES.on(RELATIVE_INVERTED) and s.i < cue.head.i)]
                if cue.head.i != cue.i and subjects:
                    return self.noun_phrase(subjects[-1])
                before = doc[c.i - 1] if c.i else None
                if before is not None and before.text == "," and c.i > 1:
                    before = doc[c.i - 2]
                while before is not None and before.dep_ in NAME_DEPS and before.head.i < before.i:
                    before = before.head
                past = RULES.on(RELATIVE_PAST_CHANNEL)
                while before is not None and before.left_edge.i > 0 and any(
                        g.dep_ == "case" and (not past or self.passed_before_relative(g, before))
                        for g in before.children):
                    before = doc[before.left_edge.i - 1]  # (not the channel's noun: "dans un communiqué")
                if before is not None and before.pos_ in ("NOUN", "PROPN"):
                    return self.noun_phrase(before)
                return self.noun_phrase(cue.head) if cue.head.i != cue.i else None
            including = any(g.lower_ in self.data.INCLUDING_WORDS for g in c.children)
            if including and RULES.on(GROUP_INCLUDING) and cue.dep_.startswith("acl") and \
                    cue.head.i < c.i and cue.head.pos_ == "NOUN":
                # "Plusieurs ONG, dont Oxfam, ont dénoncé": the group spoke, of which the name is one
                group = self.noun_phrase(cue.head)
                return doc[group.start:min(group.end, c.left_edge.i)]
            first = c.i
            while first > 0 and doc[first - 1].idx + len(doc[first - 1]) == doc[first].idx and \
                    doc[first - 1].dep_ in SUBJECT_DEPS:
                first -= 1  # "Celle-ci", which the tokenizer cuts in three subjects: the whole word
            if first == c.i and RULES.on(SUBJECT_MISREAD):
                misread = self.subject_misread(c)
                if misread is not None:
                    return misread
            return doc[first:c.i + 1] if first < c.i else self.noun_phrase(c)
        if not subjects and RULES.on(FRONTED_SUBJECT) and RULES.on(SUBJECT_MISREAD):
            for c in cue.children:
                misread = self.subject_misread(c) if c.i < cue.i and c.dep_.startswith("obl") else None
                if misread is not None:
                    return misread
        head = cue.head
        if head.i < cue.i and RULES.on(NARRATIVE_INFINITIVE) and self.narrative_infinitive(head) == cue:
            return self.noun_phrase(head)  # "Et Olivier Faure d'ajouter : « ... »"
        if participle and cue.dep_ in ("advcl", "acl", "amod", "conj") and head.i < cue.i and \
                RULES.on(PARTICIPLE_OF_SPEAKER):
            if head.dep_ == "ccomp" and head.head.i < head.i:
                # "X a précisé que les soldats fouillaient le secteur, ajoutant que ...": the participle
                # the parse hangs on the content's verb adds to what the reporting verb's subject said
                head = head.head
            elif head.pos_ == "NOUN" and head.lemma_.lower() in self.data.CHANNEL_WORDS and \
                    head.dep_ in OBJECT_DEPS and head.head.i < head.i and not any(
                        c.dep_ in AUTHOR_DEPS or c.pos_ == "PROPN" for c in head.children):
                # "X a publié un communiqué demandant ...": the author of the document, its verb's subject
                # (not where the document names its own: "quoted a Jane Miller tweet attacking")
                head = head.head
            if head is not cue.head:
                subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
                subjects = self.without_object_clitic(subjects, head)
                subjects = self.incise_subjects(head, subjects)
                for c in [c for c in subjects if c.i < head.i][-1:] or subjects[:1]:
                    return self.noun_phrase(c)
        if cue.dep_ == "acl" and head.i < cue.i and participle and RULES.on(PARTICIPLE) and (
                head.pos_ == "PROPN" and head.ent_type_ or self.is_person_noun(head)):
            # "..., Emmanuel Macron annonçant que ...": the name or the person a present participle hangs on
            return self.noun_phrase(head)
        if cue.dep_ == "acl" and head.i < cue.i and participle and head.pos_ == "NOUN" and \
                doc[cue.i - 1].text == "," and RULES.on(PARTICIPLE_OF_CLAUSE):
            # "Le maire a reçu les familles, une présence pour sa ville, disant ...": a participle set off
            # by a comma that the parse hangs on a thing's noun adds to what the clause's subject said
            verb = head  # (past the relative clauses: "les familles qui ont perdu leur maison, ..., disant")
            while verb.head.i != verb.i and (verb.pos_ not in ("VERB", "AUX") or verb.dep_.startswith("acl")):
                verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
            if verb.pos_ in ("VERB", "AUX") and subjects and not self.in_quote(subjects[-1].idx):
                return self.noun_phrase(subjects[-1])
        if cue.dep_ == "xcomp" and head is not cue and self.data.OBJECT_CONTROL and not (
                participle and RULES.on(PARTICIPLE_SUBJECT_CONTROL) and self.set_apart(cue)):
            # "forced Stumpf to admit", "led the journalist to fear": the object of the verb it hangs on
            for c in head.children:
                phrase = self.noun_phrase(c) if c.dep_ in OBJECT_DEPS and c.i < cue.i else None
                if phrase is not None and self.may_speak(c, phrase):
                    return phrase  # (someone who may speak, not "used blunt language to denounce")
        two_word = cue.dep_ in OBJECT_DEPS and (
            head.lemma_.lower(), cue.lemma_.lower()) in self.data.MULTIWORD
        if (cue.dep_ in ("advcl", "xcomp", "conj", "acl") or two_word) and head is not cue:
            # (the subject nearest before the verb it hangs on, as above; for the noun of a two-word cue,
            # "a rendu hommage", the subject of its verb)
            subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
            subjects = self.without_object_clitic(subjects, head)
            subjects = self.incise_subjects(head, subjects)
            for c in [c for c in subjects if c.i < head.i][-1:] or subjects[:1]:
                if cue.dep_ == "conj" and RULES.on(CONJUNCT_NUMBER) and not self.same_number(c, cue):
                    return self.noun_before(cue)
                return self.noun_phrase(c)
        return None

    def same_number(self, subject: Token, verb: Token) -> bool:
        """Whether a subject and a verb agree in number, where both say theirs: a finite verb or its
        auxiliary ("ont lancé ... et invité": a participle's number is not its subject's); subjects joined by
        "et" are plural."""
        said = self.finite_number(verb)
        number = ["Plur"] if any(c.dep_ == "conj" for c in subject.children) else subject.morph.get("Number")
        return not said or not number or said == number

    def noun_before(self, cue: Token) -> Span | None:
        """The noun phrase that ends right before ``cue``, if it agrees with it in number: the subject the
        parse hung elsewhere ("et les professionnels craignent")."""
        before = self.doc[cue.i - 1] if cue.i else None
        if before is None or before.pos_ not in ("NOUN", "PROPN") or not self.same_number(before, cue) or \
                self.in_quote(before.idx):
            return None
        return self.determined(before)

    def determined(self, noun: Token) -> Span:
        """A noun with the words before it that hang on it ("les professionnels")."""
        start = noun.i
        while start > 0 and self.doc[start - 1].head.i == noun.i and \
                self.doc[start - 1].dep_ in ("det", "amod"):
            start -= 1
        return self.doc[start:noun.i + 1]

    def passed_before_relative(self, case: Token, noun: Token) -> bool:
        """Whether the noun before a relative pronoun is passed for the one before it: a complement ("le
        porte-parole du ministère, qui") or a channel ("a dit l'Elysée dans un communiqué, qui"); not an
        agent nor a place ("avancée devant le préfet par certains jeunes du quartier, qui": the young)."""
        return case.lower_ in self.data.CHANNEL_LINKS or \
            case.lower_ in self.data.CHANNEL_CASES and noun.lemma_.lower() in self.data.CHANNEL_WORDS

    def set_apart(self, participle: Token) -> bool:
        """Whether a participle opens a clause of its own: after a comma or a gerund's marker, past its object
        clitics ("en l'accusant", ", lui demandant"), whose subject is the sentence's."""
        i = participle.i - 1
        while i >= 0 and self.doc[i].lower_ in self.data.OBJECT_CLITICS:
            i -= 1
        return i >= 0 and (self.doc[i].text == "," or self.doc[i].lower_ in self.data.GERUND_MARKERS)

    def without_object_clitic(self, subjects: list[Token], verb: Token) -> list[Token]:
        """A verb's subjects less a clitic before it that the parse reads as a second subject after another
        ("X lui a rendu hommage": "lui" is the verb's object)."""
        before = [c for c in subjects if c.i < verb.i]
        last = before[-1] if before else None
        if last is not None and last.pos_ == "PRON" and last.lower_ in self.data.OBJECT_CLITICS and (
                len(before) > 1 or last.text.islower() and last.lower_ not in self.data.PERSONAL_SUBJECTS):
            # (alone, written in lower case, it is the object of an inverted cue: "« ... », lui a répondu X")
            return [c for c in subjects if c.i != last.i]
        return subjects

    def subject_misread(self, subject: Token) -> Span | None:
        """The speaker where the parse took another phrase for the subject: a fronted phrase a preposition
        leads ("Dans un communiqué diffusé sur Twitter, le ministre a indiqué"): the noun after its comma;
        a description after a name that opens the sentence ("Marie Dupont, une étudiante de 19 ans, a
        déclaré"): that name (whatever type the tagger gave it: "Sierra" reads as a mountain's)."""
        doc = self.doc
        if any(c.dep_ == "case" and c.i < subject.i for c in subject.children):
            for c in subject.children:
                fronted = c.dep_ == "appos" or (RULES.on(FRONTED_SUBJECT) and (c.dep_ == "conj" or (
                    c.dep_ == "nmod" and not any(g.dep_ == "case" for g in c.children))))
                if fronted and c.i > subject.i and doc[c.left_edge.i - 1].text == "," and \
                        self.may_speak(c, self.noun_phrase(c)):
                    return self.noun_phrase(c)
                if c.dep_ == "appos" and c.i == subject.i + 1 and self.person_at(c) and \
                        not self.person_at(subject):
                    # "a indiqué à l'AFP Jean Dupont": the channel, then the person who spoke, by name
                    return self.noun_phrase(c)
            return None
        left = subject.left_edge.i
        if left < 2 or doc[left - 1].text != "," or subject.pos_ != "NOUN":
            return None
        for j in self.mention_index.overlapping(doc[left - 2].idx, doc[left - 2].idx + 1):
            s, e, ent = self.mentions[j]
            name = doc.char_span(s, e, alignment_mode="expand")
            if name is not None and name.start == subject.sent.start and \
                    name.end == left - 1:
                return name
        return None

    def may_speak(self, head: Token, phrase: Span) -> bool:
        """Whether a noun phrase may be someone who speaks: a name, a pronoun, a person's noun, or words that
        hold an entity ("many E.U. nations"); not a thing ("blunt language")."""
        return head.pos_ in ("PROPN", "PRON") or self.is_person_noun(head) or \
            bool(self.mention_index.overlapping(phrase.start_char, phrase.end_char))

    def incise_subjects(self, verb: Token, subjects: list[Token]) -> list[Token]:
        """The subjects after a verb that comes right after a quote and its comma ("X « ... », a tweeté
        Y"), where it has one: a noun before the quote the parse also reads as its subject is none."""
        if not RULES.on(INCISE_SUBJECT):
            return subjects
        first = verb_group_start(verb)
        if first < 2 or self.doc[first - 1].text != "," or self.doc[first - 2].text not in ('"', "»", "”"):
            return subjects
        return [c for c in subjects if c.i > verb.i] or subjects

    def noun_before_verb(self, cue: Token) -> Token | None:
        """The noun right before a cue and its auxiliaries ("..., le gouvernement afghan a appelé"), with
        no preposition of its own: the subject the parse hung elsewhere."""
        first = verb_group_start(cue)
        if first == 0:
            return None
        t = self.doc[first - 1]
        while t.dep_ in ("amod", "flat:name", "fixed", "appos") and t.head.i < t.i and not (
                t.dep_ == "appos" and any(x.is_punct for x in self.doc[t.head.i:t.i])):
            t = t.head  # (and a name in apposition to its title: "le Premier ministre Jean Castex")
        if t.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "case" for c in t.children):
            return None
        return t

    def noun_phrase(self, token: Token) -> Span:
        """A speaker's noun phrase, up to a comma or a relative clause."""
        doc = self.doc
        start, end = token.left_edge.i, token.i + 1
        for child in token.rights:
            if child.dep_ not in NOUN_PHRASE_DEPS or any(t.is_punct and not hyphen_in_word(t)
                                                         for t in doc[end:child.i]):
                break
            if RULES.on(TIME_AFTER_SPEAKER) and (self.is_time(child) or self.in_time(child)) and \
                    not self.named(child):
                break  # "a déclaré le maire mardi": the day the parse hangs on the speaker is not theirs
            end = child.right_edge.i + 1
        while start < token.i and (doc[start].is_punct or self.is_agent(doc[start])
                                   or doc[start].dep_ == "case" and doc[start].head.i == token.i
                                   or doc[start].pos_ == "CCONJ" and doc[start].head.i == token.i
                                   or doc[start].dep_ == "mark" and doc[start].head.i == token.i
                                   or doc[start].dep_ == "fixed" and doc[start].head.dep_ == "mark"):
            # "par le maire": the agent of a passive cue, without its preposition; "car le maire", "alors que
            # le maire": a conjunction the parse hung on the subject, no word of it
            start += 1
        while end < len(doc) and RULES.on(HYPHENATED_WORDS):  # a name the tokenizer cut at its hyphen
            if self.name_hyphen(doc[end - 1]):  # the words end on the hyphen
                end += 1
            elif end + 1 < len(doc) and self.name_hyphen(doc[end]):  # the hyphen follows them
                end += 2
            else:
                break
        return doc[start:end]

    def name_hyphen(self, token: Token) -> bool:
        """A hyphen the tokenizer cut out of a name ("Shih-ping"), not the one before a clitic ("-t-il")."""
        doc = self.doc
        return hyphen_in_word(token) and doc[token.i - 1].pos_ == "PROPN" and \
            doc[token.i + 1].lower_ not in self.data.EUPHONIC and self.pronoun(doc[token.i + 1]) is None

    def is_agent(self, token: Token) -> bool:
        """The preposition of a passive's agent ("par" of "déploré par le maire")."""
        return token.pos_ == "ADP" and token.dep_ == "case" and token.head.dep_ in AGENT_DEPS

    def is_channel(self, token: Token) -> bool:
        """The preposition of a phrase after a cue that is not its speaker ("à l'AFP", "sur Twitter",
        "dans un communiqué"): where or how it was said."""
        return token.pos_ == "ADP" and not self.is_agent(token)

    def article_opens_speaker(self, token: Token, cue_end: int, channel_end: int) -> bool:
        """Whether a word read as a preposition is an indefinite article ("des" for "de les") right after
        the cue, a time or a channel after it: "ont affirmé lundi à la radio des témoins", whose "des
        témoins" is the speaker."""
        before = self.doc[token.i - 1] if token.i else None
        return RULES.on(ARTICLE_NOT_CHANNEL) and token.lower_ in self.data.INDEFINITES and \
            before is not None and (before.idx + len(before) == cue_end or self.in_time(before)
                                    or token.i == channel_end)

    def no_one(self, span: tuple[int, int]) -> bool:
        """Speaker's words that name no one: a phrase led by a preposition ("à l'AFP", "Dans une
        digression"), a time ("Un an après son élection"), words with no noun or pronoun at their head."""
        words = self.doc.char_span(*span, alignment_mode="expand")
        if words is None or not len(words):
            return True
        root = words.root
        return words[0].pos_ == "ADP" and not self.is_agent(words[0]) or self.is_time(root) and \
            not self.named(root) or \
            root.pos_ not in ("NOUN", "PROPN", "PRON", "X") and root.lower_ not in self.data.ANAPHORIC_WORDS \
            and not self.person_at(root) and not self.counted_group(root) and not (
                RULES.on(SPEAKER_MISREAD_NAME) and self.one_name(words))
        # (person_at: a name the tagger misread in a headline, "Macron" as an adverb)

    def not_someone(self, span: tuple[int, int]) -> bool:
        """Speaker's words that cannot be a person, a group or a body: a fragment of a word ("-ci" of
        "celle-ci") or of a place's name, words that open a quote ("« Nous"), a pronoun of no one ("cela"),
        a clause of their own ("il est comme ...": a finite verb not in a relative clause)."""
        words = self.doc.char_span(*span, alignment_mode="expand")
        if words is None or not len(words):
            return False
        first, root = words[0], words.root
        # a word's end the tokenizer cut off after a hyphen ("-ci"), not a list's dash ("-L'agence") nor a
        # clitic ("-t-il")
        glued = first.i > 0 and not self.doc[first.i - 1].whitespace_ and words.text.startswith("-")
        rest = words.text.lstrip("-")
        if first.text[:1] in QUOTE_OPENERS or glued and rest[:1].islower() and \
                rest.removeprefix(self.data.EUPHONIC_PREFIX) not in self.data.PRONOUNS and \
                rest.split("-")[0] not in self.data.EUPHONIC:
            return True
        if any(self.mentions[j][0] < words.start_char < self.mentions[j][1] and
               self.mentions[j][2].type in PLACE_TYPES
               for j in self.mention_index.overlapping(words.start_char, words.start_char + 1)):
            return True  # the end of a place's name ("York" of "New York") that the parse cut off
        if len(words) == 1 and root.pos_ == "PRON" and (
                "Neg" in root.morph.get("PronType") or
                "Dem" in root.morph.get("PronType") and not root.morph.get("Gender")) and \
                self.pronoun(root) is None:
            return True
        if first.lower_ in self.data.NEUTER_PRONOUNS:
            return False  # a cleft names who spoke ("C'est le journal X qui affirme")
        for t in words:
            if t.pos_ not in ("VERB", "AUX") or "Fin" not in t.morph.get("VerbForm"):
                continue
            if RULES.on(SPEAKER_MISREAD_NAME) and t.text[:1].isupper() and \
                    self.mention_index.covers(t.idx):
                continue  # (a name's word the tagger read as a verb: "Nacer" of "Nacer Zabi")
            while not t.dep_.startswith(("acl", "relcl")) and t.head.i != t.i and \
                    words.start <= t.head.i < words.end:
                t = t.head  # (up to the words' head: a verb in a relative clause is the noun's)
            if not t.dep_.startswith(("acl", "relcl")):
                return True
        return False

    def counted_group(self, root: Token) -> bool:
        """A number with its determiner as a subject: a group ("Les deux se sont dits prêts")."""
        return root.pos_ == "NUM" and root.dep_ in SUBJECT_DEPS and any(
            c.dep_ == "det" and c.lower_ in self.data.DEFINITES for c in root.children)

    def participle_after_quote(self, f: StatementCandidate) -> bool:
        """Whether ``f``'s cue is a present participle outside quotation marks ("précisant")."""
        cue = self.cue_verb(f)
        return cue is not None and not self.in_quote(cue.idx) and present_participle(cue)

    def named_unknown(self, start: int, end: int) -> bool:
        """Speaker's words whose noun a name follows that is no person's the entities know ("la chanteuse
        Nicoletta", the name read as a work's): someone of their own, not the person named last."""
        words = self.doc.char_span(start, end, alignment_mode="expand")
        if words is None or not len(words) or words.root.pos_ != "NOUN" or words.root.i + 1 >= words.end:
            return False
        name = self.doc[words.root.i + 1]
        return name.pos_ == "PROPN" and name.head.i == words.root.i and name.dep_ in NAME_DEPS and \
            not self.person_at(name)

    def name_before_relative(self, relative: Token) -> Span | None:
        """The person's name set in apposition right before a relative pronoun and its comma ("l'auteur Mark
        King, qui ..."), not one a preposition leads ("l'avocat de Marc Dupont, qui"); else None."""
        before = self.doc[relative.i - 1] if relative.i else None
        if before is not None and before.text == "," and relative.i > 1:
            before = self.doc[relative.i - 2]
        named = self.mention_ending(before.idx + len(before)) if before is not None else None
        if named is None:
            return None
        root = token_covering(self.doc, named[0])
        while root is not None and root.dep_ in ("flat", "flat:name") and root.head.i < root.i:
            root = root.head
        if root is None or root.dep_ != "appos":
            return None
        return self.doc.char_span(named[0], named[1], alignment_mode="expand")

    def mention_ending(self, char: int) -> tuple[int, int, Entity] | None:
        """The longest of the article's person mentions that ends at ``char``, if one does."""
        ending = [self.mentions[j] for j in self.mention_index.overlapping(max(0, char - 1), char)
                  if self.mentions[j][1] == char and self.mentions[j][2].type == "PER"]
        return min(ending, key=lambda m: m[0]) if ending else None

    def mention_starting(self, char: int) -> tuple[int, int, Entity] | None:
        """The first of the article's entity mentions that starts at ``char``, if one does."""
        starting = self.mention_index.starting_within(char, char)
        return self.mentions[starting[0]] if starting else None

    def one_name(self, words: Span) -> bool:
        """Whether words are all of one name of the article's entities, not a place's ("Nacer Zabi", whose
        first word the tagger read as a verb)."""
        mention = self.mention_starting(words.start_char)
        return mention is not None and mention[1] == words.end_char and mention[2].type not in PLACE_TYPES

    def person_at(self, token: Token) -> bool:
        """Whether a person's name covers ``token``."""
        return any(self.mentions[j][2].type == "PER"
                   for j in self.mention_index.overlapping(token.idx, token.idx + len(token)))

    def inverted_subject(self, cue_end: int, sent: Span) -> Span | None:
        """The speaker after an inverted cue: "a fait savoir jeudi un porte-parole de la coalition"."""
        token = token_from(self.doc, cue_end)
        doc = self.doc
        channel_end = -1  # (the word after a channel's words, "à l'AFP", once one was passed)
        while token is not None and token.i < sent.end:
            aside = self.asides.match(self.text, token.idx) if self.asides is not None else None
            if aside is not None and aside.end() < sent.end_char:
                token = token_from(doc, aside.end())  # "a indiqué de son côté le parquet"
                continue
            if not ((self.is_time(token) or self.in_time(token)) and not self.named(token)
                    or token.pos_ in ("ADV", "PRON") and self.pronoun(token) is None and not (
                        RULES.on(SPEAKER_ONE_WHO) and token.lower_ in self.data.ONE_WHO_PRONOUNS)
                    or token.lower_ in ("-", ",") or token.lower_ in self.data.EUPHONIC
                    or self.is_channel(token) and not self.article_opens_speaker(token, cue_end, channel_end)
                    or self.aside(token)):
                break
            if self.is_channel(token) and token.head.i > token.i:
                prep = token.lower_
                # "a affirmé à l'AFP une source proche ...": the channel's words (with the adjectives after
                # its noun, "au quotidien local"), then the speaker
                after = token.head.i + 1
                while after < len(doc) and doc[after].head.i == token.head.i and doc[after].dep_ == "amod":
                    after += 1
                token = doc[after] if after < len(doc) else None
                channel_end = after if prep in self.data.CHANNEL_CASES else -1
                continue
            token = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token is not None and self.pronoun(token) is not None:
            return doc[token.i:token.i + 1]  # "a-t-il dit"
        if token is not None and token.i == sent.end and token.pos_ == "PROPN" and \
                doc[token.i - 1].idx + len(doc[token.i - 1]) == cue_end:
            sent = token.sent  # "..., précise Midi Libre.", a name the parse split from its cue
        if token is None or token.i >= sent.end:
            return None
        if token.lower_.lstrip("-") in self.data.PRONOUNS:
            return doc[token.i:token.i + 1]
        start = token.i
        while start < sent.end - 1 and self.in_time(doc[start]) and not self.named(doc[start]):
            start += 1  # "a annoncé mercredi 19 décembre le groupe": the date, which the parse may head
        end = start
        while end < sent.end and (not doc[end].is_punct or hyphen_in_word(doc[end])) and \
                doc[end].lower_ not in self.data.SPEAKER_RELATIVES:
            end += 1
        while end > start + 1 and (self.is_time(doc[end - 1]) or self.in_time(doc[end - 1])) and \
                not self.named(doc[end - 1]):
            end -= 1  # "l'ex-champion dimanche": a time after the speaker is not theirs
        if end <= start:
            return None
        words = doc[start:end]
        if RULES.on(SPEAKER_MISREAD_NAME) and words[0].pos_ not in ("NOUN", "PROPN", "PRON", "DET", "NUM"):
            # "explique Nacer Zabi": a name whose first word the tagger read as a verb
            mention = self.mention_starting(words[0].idx)
            name = doc.char_span(mention[0], mention[1], alignment_mode="expand") if mention else None
            if name is not None and len(name) > 1 and name.end <= end:
                return name
        if words[0].dep_ in NAME_DEPS and words[0].head.i < start and all(
                t.dep_ in NAME_DEPS or start <= t.head.i < end for t in words):
            # "à l'AFP Me Marie Grimaud": a name the parse hangs on the channel, in apposition
            return words
        # the first word whose head is outside the words: "le président de la région dans la soirée"
        phrase = self.noun_phrase(next((t for t in words if not start <= t.head.i < end), words.root))
        # (within the words read: not the cue, where the parse hangs it on the name; nor the time cut off
        # after them, which it may hang on a complement of the speaker's noun: "a réagi le président du club
        # dimanche soir")
        phrase = doc[max(start, phrase.start):min(phrase.end, end)]
        return self.name_after_comma(phrase, end, sent) or phrase

    def aside(self, token: Token) -> bool:
        """An adjective or a participle set off by commas between a cue and its subject: "a déclaré,
        émue, Julia X" (the subject's state, not the speaker)."""
        doc = self.doc
        before = token.i - 1
        while before > 0 and doc[before].pos_ == "ADV":
            before -= 1
        set_off = token.i + 1 < len(doc) and doc[token.i + 1].text == "," and doc[before].text == ","
        participle = token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")
        return set_off and (token.pos_ == "ADJ" or participle)

    def name_after_comma(self, words: Span, end: int, sent: Span) -> Span | None:
        """ "a réagi le référent départemental du parti (LREM), Jean Dupont.": the person named after a
        comma that closes a role's words (past a parenthesis), up to the sentence's end: their name."""
        doc = self.doc
        if not len(words) or words.root.pos_ != "NOUN":
            return None
        if end < sent.end and doc[end].text == "(":
            end = next((t.i + 1 for t in doc[end:sent.end] if t.text == ")"), sent.end)
        if end + 1 >= sent.end or doc[end].text != ",":
            return None
        for j in self.mention_index.starting_within(doc[end + 1].idx, doc[end + 1].idx):
            s, e, ent = self.mentions[j]
            name = doc.char_span(s, e, alignment_mode="expand")
            if ent.type == "PER" and name is not None and (name.end >= sent.end or doc[name.end].is_punct):
                return name
        return None

    # -- finding --------------------------------------------------------------------------------------
    def subject_pronoun(self, token: Token) -> bool:
        return token.lower_ in self.data.PRONOUNS and token.dep_ in SUBJECT_DEPS

    # -- resolving ------------------------------------------------------------------------------------
    def resolve_speakers(self, found: list[StatementCandidate]) -> None:
        """Each statement's speaker, in text order: from its speaker's words, else the last speaker."""
        last: StatementCandidate | None = None
        last_specific: StatementCandidate | None = None  # (the last whose speaker is someone in particular)
        statements = [f for f in found if f.kind != "hedge"]
        # what the statements before the one being resolved tell, kept as they are resolved
        self.said = SpanIndex([f.content for f in statements])
        self.last_by_role: dict[tuple[str | None, str | None], StatementCandidate] = {}
        self.last_person: str | None = None
        self.spoke_as: dict[str, str] = {}  # a speaker's words, lower-cased -> who they named
        self.channel_ids = {self.mentions[j][2].id for f in statements if f.channel is not None
                            for j in self.mention_index.overlapping(*f.channel)}
        last_quoted: StatementCandidate | None = None  # the last direct statement a person spoke
        again: dict[tuple[int, int], str] = {}  # speaker's words read as "again" -> the person they are
        for i, f in enumerate(statements):
            rule = None
            if i and RULES.on(PARTICIPLE_AFTER_INCISE) and (
                    words := self.incise_speaker_before(f, statements[i - 1])) is not None:
                f.speaker_span = words  # "..., a averti le ministre X évoquant un « Vietnam »": X's too
            if f.speaker_span is None and f.cue is None and RULES.on(SPEAKER_INCISE) and \
                    self.data.SUBJECT_FIRST_INCISE:
                self.incise_beside(f)
            elif f.speaker_span is None and f.cue is not None and RULES.on(SPEAKER_GOVERNING_SUBJECT) and \
                    self.data.GOVERNING_SUBJECT:
                self.governing_subject(f)
            elif f.speaker_span is not None and f.cue is not None and RULES.on(SPEAKER_INCISE) and \
                    self.data.SUBJECT_FIRST_INCISE:
                self.subject_before_cue(f)
            if f.speaker_span is None and f.cue is not None and RULES.on(SPEAKER_FRONTED_NAME) and \
                    (verb := self.cue_verb(f)) is not None and (words := self.fronted_name(verb)) is not None:
                f.speaker_span = (words.start_char, words.end_char)
            if f.kind == "according_to" and f.speaker_span is not None and \
                    self.data.WHOLE_PHRASE_IN_WORDS:
                f.speaker_span = self.up_to_head(f.speaker_span)
            if f.kind == "according_to" and RULES.on(SOURCE_IN_CUE) and (
                    f.speaker_span is None or self.source_no_one(f)):
                f.speaker_span = self.source_in_cue(f)
            if f.speaker_span is not None and f.kind == "direct" and RULES.on(SPEAKER_NOT_QUOTED) and \
                    f.content[0] <= f.speaker_span[0] and f.speaker_span[1] <= f.content[1]:
                f.speaker_span = None  # "Avant de le blâmer : « Je suis ... »": not the quote's own "Je"
            written = self.text[slice(*f.speaker_span)] if f.speaker_span is not None else None
            if f.speaker_span is not None and RULES.on(SPEAKER_RELATIVE):
                f.speaker_span = self.relative_antecedent(f.speaker_span) or f.speaker_span
            if f.speaker_span is None and RULES.on(SAID_AT):
                f.speaker_span = self.said_at(f)  # "..., indique-t-on à l'Élysée"
            if f.speaker_span is not None and self.unnamed(f.speaker_span):
                # "indique-t-on à l'Élysée": the body where it was said; "ajoute-t-on": no one named, the last
                # speaker if near
                f.speaker_span = self.said_at(f, no_one=True) if RULES.on(SAID_AT) else None
            if f.speaker_span is not None and RULES.on(PARTICIPLE_AFTER_QUOTE) and \
                    self.in_quote(f.speaker_span[0]) and self.participle_after_quote(f):
                f.speaker_span = None  # "« X ... », ont déclaré Y, précisant que": Y's, not the quote's X
            if f.channel is not None and f.speaker_span is not None and \
                    f.channel[0] < f.speaker_span[0] < f.channel[1] and self.names_someone(f.speaker_span):
                # "à l'AFP Me Marie Grimaud": the channel ends where the name in apposition starts
                f.channel = (f.channel[0], len(self.text[:f.speaker_span[0]].rstrip(" ,")))
            if f.speaker_span is not None and RULES.on(NO_ONE) and (self.source_no_one(f) or (
                    f.channel is not None and f.channel[0] <= f.speaker_span[0] < f.channel[1])):
                f.speaker_span = None  # (the channel, "sur Twitter", is where it was said, not who said it)
            if f.speaker_span is not None and RULES.on(SPEAKER_NOT_SOMEONE) and \
                    self.not_someone(f.speaker_span):
                f.speaker_span = None  # ("-ci", "« Nous", "rien"): the last speaker, if any goes on
            if f.speaker_span is not None:
                s, e = f.speaker_span
                e = s + len(self.text[s:e].rstrip())  # (not the paragraph's end after a headline's source)
                f.speaker_span = (s, e)
                if "\n" in self.text[s:e]:  # a dateline or a time stamp above the name
                    s = s + self.text[s:e].rindex("\n") + 1
                    f.speaker_span = (s, e)
                glued = GLUED_SENTENCE_END.search(self.text, s, e) if RULES.on(SPEAKER_GLUED_END) else None
                if glued is not None and glued.start() > s:
                    e = glued.start()  # "selon la juge.« Le ...": the words end with their sentence
                    f.speaker_span = (s, e)
                if RULES.on(SPEAKER_WORDS_TRIMMED):
                    s, e = f.speaker_span = self.trimmed_words(s, e)
                f.speaker_text = self.text[s:e]
                rule = self.speaker_from_words(f, statements, i)
                if rule == SPEAKER_MENTION and RULES.on(SPEAKER_WHOLE_NAME):
                    self.run_on_to_name_end(f)  # "rapporte vendredi France Bleu": the words cut at "France"
                    s, e = f.speaker_span
                if RULES.on(SPEAKER_AGAIN) and (f.speaker_span in again or last_quoted is not None and
                                                self.spoken_again(f, last_quoted)):
                    # (and the rest of the quote the incise cut, whose speaker's words are the same)
                    f.speaker = again.setdefault(f.speaker_span, last_quoted.speaker)
                    rule = SPEAKER_AGAIN
                if f.speaker is not None and rule != SPEAKER_MENTION and RULES.on(SPEAKER_AGREES) and \
                        self.disagrees(f.speaker_span, f.speaker):
                    f.speaker = None  # unattributed, not a person the words cannot stand for
                if rule == SPEAKER_MENTION or f.speaker is None and rule != SPEAKER_NOT_SAID:
                    self.left_open.add(f.speaker_span)  # (words no rule chose anyone, or no one, for)
                if f.speaker is not None and self.data.APPOSITION_IN_WORDS:
                    f.speaker_text = self.text[s:self.apposition_end(f)]
                if f.speaker_text == self.text[s:e] and self.data.WHOLE_PHRASE_IN_WORDS:
                    f.speaker_text = self.text[s:self.phrase_end(f)]
                written_end = s + len(f.speaker_text)
                if RULES.on(SPEAKER_WHOLE_WORD) and self.text.startswith(f.speaker_text, s) and \
                        written_end > s and self.text[written_end - 1].isalpha() and \
                        (tail := HYPHENATED_TAIL.match(self.text, written_end)) is not None:
                    f.speaker_text = self.text[s:tail.end()]  # "l'état-major", not "l'état"
            elif RULES.on(SPEAKER_SAME_SENTENCE) and self.cue_after(f, statements, i):
                pass  # "X « ... », poursuit Y": the speaker of the cue after it, by ``unattributed``
            elif last is not None and RULES.on(SPEAKER_CONTINUES) and self.continues(
                    source := (last_specific or last) if self.generic(last) else last, f) and \
                    not self.generic(source) and not (
                    RULES.on(SPEAKER_PLURAL_CUE) and self.plural_cue(f) and self.one_person(source)):
                # a quote with no cue, or a cue with no subject ("Et d'ajouter"): the last speaker,
                # named by the words that named them there; not anyone in general ("X a tancé ceux qui ont
                # critiqué son choix. « ... »": X's, not theirs)
                f.speaker, f.speaker_text = source.speaker, source.speaker_text
                rule = SPEAKER_CONTINUES
            elif last is not None and self.new_subject is not None and RULES.on(SPEAKER_NEW_SUBJECT):
                # "X a réagi. « ... »": the person who became the subject since the last speaker
                ent = self.entity(again.get(self.new_subject[0], self.new_subject[1]))  # (as read "again")
                f.speaker, f.speaker_text = ent.id, self.text[self.new_subject[0][0]:self.new_subject[0][1]]
                rule = SPEAKER_NEW_SUBJECT
            elif last is not None and self.new_described is not None and RULES.on(SPEAKER_NEW_SUBJECT):
                # "un élu de région explique le problème. « ... »": the described person, by their words
                f.speaker_text = self.text[slice(*self.new_described)]
            if written is not None and self.is_pronoun_words(written):
                f.speaker_text = written  # "he", "who": the words as written (the id says who)
            if f.speaker is not None or f.speaker_text:
                last = f
                if not self.generic(f):
                    last_specific = f
                if f.speaker_span is not None:
                    self.spoke_at[f.speaker_span[0]] = f
            if f.speaker is not None:
                f.rules["speaker"] = rule
                self.last_by_role[(f.role, f.speaker_text)] = f
                if f.speaker_text:
                    self.spoke_as[f.speaker_text.lower()] = f.speaker
                ent = self.entity(f.speaker)
                if ent is not None and ent.type == "PER":
                    self.last_person = f.speaker
                    if f.kind == "direct":
                        last_quoted = f
        self.unattributed(statements)
        if RULES.on(SPEAKER_DESCRIPTION_NAMED):
            self.descriptions_named(statements)
        if RULES.on(SPEAKER_SAME_QUOTE):
            self.told_again(statements)
        if RULES.on(SPEAKER_POSSESSED) and self.coref is not None:
            self.possessed(statements)

    def trimmed_words(self, start: int, end: int) -> tuple[int, int]:
        """A speaker's words without the marks after them ("la benjamine du Palais Bourbon,") nor a participle
        and its complement the parse hung on them before a comma ("Invité de France Inter, le premier
        adjoint ...")."""
        end = start + len(self.text[start:end].rstrip(" ,;:"))
        comma = self.text.find(",", start, end)
        first = token_from(self.doc, start)
        after = token_from(self.doc, comma + 1) if comma > 0 else None
        if first is None or after is None or after.idx >= end or \
                self.mention_index.starting_within(first.idx, first.idx + len(first)):
            return start, end  # (no comma inside, or a name first: "Emmanuel Macron, le président")
        # a participle, or a bare noun the tagger reads so (a capital opening the sentence makes it a proper
        # noun that is no one's name: "Invité de France Inter, le premier adjoint")
        if first.pos_ == "VERB" and "Part" in first.morph.get("VerbForm") or \
                first.pos_ in ("NOUN", "PROPN") and first.lower_.endswith(self.data.PARTICIPLE_ENDINGS) and \
                after.pos_ == "DET":
            start = after.idx
        return start, end

    def possessed(self, statements: list[StatementCandidate]) -> None:
        """Unattributed speakers' words with a possessive ("son entourage", "ses services"): written with
        whose they are, as coreference found it ("entourage d'Alain Juppé"), so that they say who; the
        speaker stays unnamed (the entourage is not Alain Juppé)."""
        for f in statements:
            if f.speaker is not None or f.speaker_span is None or not f.speaker_text:
                continue
            words = self.doc.char_span(*f.speaker_span, alignment_mode="expand")
            owner = self.coref.owner(words.root.idx) if words is not None and len(words) else None
            first = f.speaker_text.split(maxsplit=1)
            if owner is None or len(first) < 2 or first[0].lower() not in self.data.POSSESSIVE_DETERMINERS:
                continue
            if RULES.on(SPEAKER_OWN_WORDS) and words.root.lemma_.lower() in self.data.OWN_WORDS:
                f.speaker = owner.id  # "selon ses propres mots": his
                f.rules["speaker"] = SPEAKER_OWN_WORDS
                continue
            plain, elided = self.data.POSSESSED_WORDS
            initial = owner.name[:1].lower()
            form = elided if initial and initial in self.data.ELIDING_INITIALS else plain
            f.speaker_text = form.format(noun=first[1], owner=owner.name)
            f.rules["speaker_text"] = SPEAKER_POSSESSED

    def descriptions_named(self, statements: list[StatementCandidate]) -> None:
        """A statement whose speaker's words are a definite description of one person that no named person
        holds ("le candidat du parti a dit"), and those that go on with the same words: the one person the
        article gives the description's noun, else the one person of its gender the headline names who
        speaks in the article (``descriptions_named`` runs once every statement is resolved)."""
        speaks: dict[str, int] = {}
        for f in statements:
            ent = self.entity(f.speaker)
            if ent is not None and ent.type == "PER":
                speaks[ent.id] = speaks.get(ent.id, 0) + 1
        chosen: dict[tuple[str, str | None], str] = {}  # (the words, the speaker they had) -> the person
        chosen_at: dict[int, str] = {}  # where those words start -> the person
        for f in statements:
            key = (f.speaker_text, f.speaker)
            if f.speaker_text and f.speaker_span is not None and key not in chosen and \
                    self.unnamed_description(f):
                person = self.person_of_description(f, speaks)
                if person is not None:
                    chosen[key] = chosen_at[f.speaker_span[0]] = person
        for f in statements:
            # (and those that go on with the same words, or quote them again; a pronoun that coreference
            # read as those words, "« ... », dit le vieil homme. « ... », ajoute-t-il")
            link = self.coref.referent(*f.speaker_span) if f.speaker is None and f.speaker_span is not None \
                and self.coref is not None else None
            if f.speaker_text and (f.speaker_text, f.speaker) in chosen:
                f.speaker = chosen[(f.speaker_text, f.speaker)]
                f.rules["speaker"] = SPEAKER_DESCRIPTION_NAMED
            elif link is not None and link.kind == "pronoun" and link.entity is None and link.antecedent and \
                    link.antecedent[0] in chosen_at:
                f.speaker = chosen_at[link.antecedent[0]]
                f.rules["speaker"] = SPEAKER_DESCRIPTION_NAMED
            elif RULES.on(INDEFINITE_NAMED_BESIDE) and (person := self.named_beside(f)) is not None:
                f.speaker = person
                f.rules["speaker"] = INDEFINITE_NAMED_BESIDE

    def named_beside(self, f: StatementCandidate) -> str | None:
        """The one person whose name the article sets a description beside that starts with the same noun
        and word after it as ``f``'s speaker's words, an indefinite description of one person left to no
        one ("une policière municipale de Nice"); else None."""
        if f.speaker is not None or f.speaker_span is None or self.coref is None:
            return None
        words = self.doc.char_span(*f.speaker_span, alignment_mode="expand")
        if words is None or len(words) < 3 or words[0].lower_ not in self.data.INDEFINITES or \
                "Plur" in words[0].morph.get("Number") or words.root.pos_ != "NOUN":
            return None
        first_two = tuple(self.coref.description_words(*f.speaker_span)[:2])
        people = self.coref.described_beside.get(first_two, set())
        return next(iter(people)) if len(people) == 1 else None

    def description_root(self, f: StatementCandidate) -> Token | None:
        """The noun of ``f``'s speaker's words where they are a description of one person, singular, led by a
        definite article or a demonstrative ("le candidat", "cette diplômée"); else None."""
        words = self.doc.char_span(*f.speaker_span, alignment_mode="expand")
        if words is None or not len(words):
            return None
        root = words.root
        if root.pos_ != "NOUN" or not self.describes_person(root) or "Plur" in root.morph.get("Number") or \
                words[0].lower_ not in self.data.DEFINITES or "Plur" in words[0].morph.get("Number"):
            return None
        return root

    def describes_person(self, noun: Token) -> bool:
        """A noun that describes one person: a person's noun, a role, a relative ("la petite-fille de X"),
        any noun of a former state ("l'ex-chargé de mission")."""
        bare = noun.lower_.removeprefix(self.data.FORMER_PREFIX)  # ("l'ex-ministre")
        return self.is_person_noun(noun) or bare != noun.lower_ and len(bare) > 2 or bare in self.roles or \
            bare in self.person_nouns or bare in self.relatives or noun.lemma_.lower() in self.relatives

    def unnamed_description(self, f: StatementCandidate) -> bool:
        """Whether ``f``'s speaker is a description no named person holds: no entity, or one whose name is
        only the description's words ("ex-ministre de ..." read as a body's name)."""
        root = self.description_root(f) if f.speaker_span in self.left_open else None
        if root is None:
            return False
        words = f.speaker_text.split()  # (the fuller words the record gives, "la chanteuse X")
        after = words[words.index(root.text) + 1] if root.text in words[:-1] else ""
        if after.istitle() and not after.isupper():
            return False  # "la chanteuse X": a name no entity holds, not a description
        ent = self.entity(f.speaker)
        return ent is None or ent.type != "PER" and not any(w[:1].isupper() for w in ent.name.split()[:1])

    def person_of_description(self, f: StatementCandidate, speaks: dict[str, int]) -> str | None:
        """The named person a description of one person stands for (see ``descriptions_named``), or None."""
        root = self.description_root(f)
        if root is None or self.coref is None:
            return None
        # the gender its determiner or an adjective tells ("le candidat", "l'ancienne élue"), not the
        # tagger's guess for an elided one ("l'ex-ministre")
        gender = self.description_gender(root) if any(
            c.dep_ == "det" and not c.lower_.endswith(("'", "’")) or c.dep_ == "amod" and c.i < root.i
            for c in root.children) else None
        nouns = {root.lower_.removeprefix(self.data.FORMER_PREFIX), root.lemma_.lower().removeprefix(
            self.data.FORMER_PREFIX)}
        tied = {e for n in nouns for e in self.coref.holders.get(n, []) + self.coref.given.get(n, [])}
        tied |= {e for n in nouns for e in self.titled().get(n, ())}
        words = [w for w in f.speaker_text.lower().replace("’", "'").split()
                 if w not in self.data.DETERMINERS]
        role = next(iter(nouns & self.roles), None)
        given = {e for e in tied if self.may_be_described(f, root, e, gender, words, role)}
        if len(given) == 1:
            return next(iter(given))
        if tied or root.doc[root.left_edge.i].lower_ in self.data.DEMONSTRATIVES:
            return None  # (a demonstrative points back, not to the headline; an office others hold)
        if RULES.on(DESCRIBED_UNNAMED) and f.speaker_text.split()[0].lower() in self.data.INDEFINITES:
            return None  # (the words coreference gave it bring someone in unnamed: "Un expert ...")
        headline_end = self.text.find("\n")
        named = {ent.id for s, e, ent in self.mentions[:bisect_right(self.mention_index.starts, headline_end)]
                 if ent.type == "PER" and e <= headline_end and speaks.get(ent.id)
                 and not f.content[0] <= s < f.content[1] and self.gender_agrees(gender, ent.id)
                 and not self.of_another_country(f, ent.id)}
        if not named:
            return None
        most = max(speaks[e] for e in named)
        best = [e for e in named if speaks[e] == most]
        return best[0] if len(best) == 1 else None

    def may_be_described(self, f: StatementCandidate, root: Token, entity_id: str, gender: str | None,
                         words: list[str], role: str | None) -> bool:
        """Whether the person ``entity_id`` may be the one ``f``'s description (its noun ``root``, its words
        ``words``) names: of its gender and country, and, where it has a complement of its own ("le
        président de la République"), given those words too (not "X, président de la Confédération")."""
        if not self.gender_agrees(gender, entity_id) or self.of_another_country(f, entity_id):
            return False
        if not any(c.dep_ == "nmod" for c in root.children):
            return True
        phrases = [self.content_words(r) for r in self.coref.roles_of.get(entity_id, [])]
        phrases += [titled[entity_id] for titled in self.titled().values() if entity_id in titled]
        own = self.content_words(" ".join(words))
        return not self.other_office(self.entity(entity_id), role, words) and any(
            len(own & phrase) >= 2 for phrase in phrases)

    def content_words(self, words: str) -> set[str]:
        """The words of a phrase but its determiners and short words, cut at apostrophes ("d'esclave")."""
        return {w for w in re.findall(r"\w+", words.lower().replace(self.data.FORMER_PREFIX, ""))
                if len(w) > 2 and w not in self.data.DETERMINERS}

    def of_another_country(self, f: StatementCandidate, entity_id: str) -> bool:
        """Whether ``f``'s description names another country than the person's ("le ministre russe")."""
        return RULES.on(SPEAKER_OTHER_COUNTRY) and self.other_country(f.speaker_span, entity_id)

    def titled(self) -> dict[str, dict[str, set[str]]]:
        """A noun -> the people the article names right after it, as a title ("la linguiste X", "l'ancienne
        candidate aux législatives X"), or right before it in apposition ("X, fils de Y"), with the words
        of its phrase (for a description with a complement of its own)."""
        if self.titles is None:
            self.titles = {}
            doc = self.doc
            for s, e, ent in self.mentions:
                first = token_covering(doc, s) if ent.type == "PER" else None
                if first is None or self.in_quote(s):
                    continue
                nouns = []
                j = first.i - 1
                # (not past a conjunction: "le président du Sénat et X" names two people)
                while j >= max(0, first.i - 8) and not doc[j].is_punct and doc[j].pos_ not in (
                        "VERB", "AUX", "DET", "PRON", "CCONJ") and not doc[j].is_sent_start:
                    j -= 1
                # (not "la mère de X")
                if j >= 0 and doc[j].pos_ == "DET" and doc[first.i - 1].pos_ != "ADP":
                    nouns += [next((t for t in doc[j + 1:first.i] if t.pos_ == "NOUN"), None)]
                last = token_covering(doc, e - 1)
                if last is not None and last.i + 2 < len(doc) and doc[last.i + 1].text == ",":
                    after = doc[last.i + 2]  # "X, fils de Y" (past its determiner: "X, le fils de Y")
                    after = doc[after.i + 1] if after.pos_ == "DET" and after.i + 1 < len(doc) else after
                    nouns += [after] if after.head.i <= last.i or after.dep_ == "appos" else []
                for noun in nouns:
                    if noun is None or noun.pos_ != "NOUN" or not self.describes_person(noun):
                        continue
                    words = self.content_words(self.noun_phrase(noun).text)
                    for word in (noun.lower_, noun.lemma_.lower()):
                        self.titles.setdefault(word.removeprefix(self.data.FORMER_PREFIX), {}).setdefault(
                            ent.id, set()).update(words)
        return self.titles

    def told_again(self, statements: list[StatementCandidate]) -> None:
        """A quote with no cue that a statement after it tells again within its words, with a speaker of
        its own ("« X a sali son écharpe » ... « ..., X a sali son écharpe », a réagi Y", an intertitle that
        quotes ahead): that statement's speaker, not the last one's."""
        weights = SPEAKER_WEIGHTS
        # each statement's words in their order (read once), and as a set
        said = [re.findall(r"\w+", self.text[slice(*f.content)].lower()) for f in statements]
        words = [set(w) for w in said]
        for i, f in enumerate(statements):
            # a quote too short to be known again by its words: by its words in their order
            phrase = said[i] if len(said[i]) == weights.told_again_words - 1 and RULES.on(SAME_QUOTE_PHRASE) \
                else None
            if f.cue is not None or f.speaker_span is not None or \
                    len(words[i]) < weights.told_again_words and phrase is None:
                continue
            for j in range(i + 1, min(len(statements), i + 1 + weights.told_again_statements)):
                p = statements[j]
                # (a speaker of its own: another entity, or words only where no entity holds them)
                own = p.speaker != f.speaker if p.speaker is not None else \
                    RULES.on(SPEAKER_SAME_QUOTE_WORDS) and bool(p.speaker_text)
                if p.cue is None or not own:
                    continue
                if phrase is not None:
                    if any(said[j][k:k + len(phrase)] == phrase for k in range(len(said[j]))):
                        f.speaker, f.speaker_text = p.speaker, p.speaker_text
                        f.rules["speaker"] = SAME_QUOTE_PHRASE
                        break
                    continue
                if len(words[i] & words[j]) >= weights.told_again_share * len(words[i]) and \
                        len(words[j]) >= len(words[i]):
                    f.speaker, f.speaker_text = p.speaker, p.speaker_text
                    f.rules["speaker"] = SPEAKER_SAME_QUOTE
                    break

    def cue_after(self, f: StatementCandidate, statements: list[StatementCandidate], i: int) -> bool:
        """Whether a quote with no cue has, next in its sentence, a cue with speaker's words of its own
        ("X « est celui qui ... », poursuit Y"): that cue's speaker said it, not the last speaker or X."""
        after = statements[i + 1] if i + 1 < len(statements) else None
        return f.cue is None and after is not None and after.sentence == f.sentence and \
            after.cue is not None and after.speaker_span is not None and after.cue[0] >= f.content[1]

    def unattributed(self, statements: list[StatementCandidate]) -> None:
        """Quotes with no cue that nothing before gave a speaker: the speaker of the statement next to
        them in their sentence, else, in the headline, the person it names who speaks in the article."""
        speaks: dict[str, int] = {}
        for f in statements:
            ent = self.entity(f.speaker)
            if ent is not None and ent.type == "PER":
                speaks[ent.id] = speaks.get(ent.id, 0) + 1
        headline_end = self.text.find("\n")
        said_by: dict[str, StatementCandidate] = {}  # a quote's words -> a statement that gave them a speaker
        for f in statements:
            if f.speaker is not None or f.speaker_text:
                said_by.setdefault(self.quote_key(f), f)
        for i, f in enumerate(statements):
            if f.speaker is not None or f.speaker_text or f.cue is not None:
                continue
            after = statements[i + 1] if i + 1 < len(statements) else None
            again = said_by.get(self.quote_key(f))
            if again is not None and RULES.on(SPEAKER_SAME_QUOTE):
                # the headline's quote, told again in the article with its speaker
                f.speaker, f.speaker_text = again.speaker, again.speaker_text
                f.rules["speaker"] = SPEAKER_SAME_QUOTE
            elif after is not None and after.sentence == f.sentence and (
                    after.speaker is not None or RULES.on(SPEAKER_SAME_SENTENCE_WORDS) and after.speaker_text
                    and f.content[0] > headline_end) and RULES.on(SPEAKER_SAME_SENTENCE):
                f.speaker, f.speaker_text = after.speaker, after.speaker_text
                f.rules["speaker"] = SPEAKER_SAME_SENTENCE
            elif after is not None and after.sentence == f.sentence + 1 and after.speaker is not None and \
                    after.speaker_span is not None and RULES.on(SPEAKER_SAME_SENTENCE) and \
                    not re.search(r"\w", self.text[f.content[1]:after.speaker_span[0]]):
                # "« ... ». X a écrit un message de soutien": the speaker who opens the next sentence
                f.speaker, f.speaker_text = after.speaker, after.speaker_text
                f.rules["speaker"] = SPEAKER_SAME_SENTENCE
            elif (said := self.said_after(f)) is not None and RULES.on(SPEAKER_SAID_AFTER):
                f.speaker, f.speaker_text = said
                f.rules["speaker"] = SPEAKER_SAID_AFTER
            elif f.content[0] > headline_end and RULES.on(SPEAKER_SUBJECT_AFTER_QUOTE) and \
                    (said := self.subject_after_quote(f)) is not None:
                f.speaker, f.speaker_text = said
                f.rules["speaker"] = SPEAKER_SUBJECT_AFTER_QUOTE
            elif 0 <= f.content[0] < headline_end and speaks and RULES.on(SPEAKER_HEADLINE):
                named = [(s, e, ent) for s, e, ent in self.mentions[:bisect_right(
                    self.mention_index.starts, headline_end)] if ent.id in speaks and e <= headline_end]
                before = [m for m in named if m[1] <= f.content[0]]
                chosen = before[-1] if before else max(named, key=lambda m: speaks[m[2].id], default=None)
                if chosen is not None:
                    f.speaker, f.speaker_text = chosen[2].id, self.text[chosen[0]:chosen[1]]
                    f.rules["speaker"] = SPEAKER_HEADLINE

    def incise_beside(self, f: StatementCandidate) -> None:
        """ "“A,” he said, “B.”": a quote with no cue takes the reporting verb of the incise
        right after its closing mark, else right before its opening mark (up to the quote before), as its
        cue, and that verb's subject as its speaker's words."""
        doc, limit = self.doc, SPEAKER_WEIGHTS.incise_tokens
        first = token_from(doc, f.content[1])
        after: list[Token] = []
        asked = False  # "“… pay his?” a narrator asks": a question or an exclamation ends inside the quote
        while first is not None and first.is_punct and (first.text not in ".!?" or first.text != "." and
                                                          not asked and not first.is_quote):
            asked = asked or first.text in "!?"
            first = doc[first.i + 1] if first.i + 1 < len(doc) else None  # the closing mark, a comma
        for t in doc[first.i:first.i + limit] if first is not None else []:
            if t.is_quote or t.text in ".!?" or "\n" in t.text:
                break
            after.append(t)
        last = token_covering(doc, f.content[0])
        before: list[Token] = []
        if last is not None:
            i = last.i - 1
            while i >= 0 and doc[i].is_punct and doc[i].text not in ".!?":
                i -= 1  # the opening mark, a comma
            while i >= 0 and len(before) < limit and not (doc[i].is_quote or doc[i].text in ".!?"
                                                          or "\n" in doc[i].text):
                before.insert(0, doc[i])
                i -= 1
            if i < 0 or not doc[i].is_quote:
                before = []  # only an incise between two quotes: a sentence's subject is the finder's
        for words in (after, before):
            inside = {t.i for t in words}
            for verb in words:
                subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i in inside), None)
                if verb.pos_ == "VERB" and verb.lemma_.lower() in self.data.REPORTING_VERBS and \
                        subject is not None:
                    phrase = self.noun_phrase(subject)
                    f.speaker_span, f.cue = (phrase.start_char, phrase.end_char), self.finder.cue_span(verb)
                    f.rules["cue"] = SPEAKER_INCISE
                    return

    def plural_cue(self, f: StatementCandidate) -> bool:
        """Whether a statement's cue is a verb in the plural, by itself or its auxiliary ("ont indiqué")."""
        verb = self.cue_verb(f) if f.cue is not None else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return False
        return any("Plur" in w.morph.get("Number") and "Fin" in w.morph.get("VerbForm")
                   for w in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))])

    def one_person(self, f: StatementCandidate) -> bool:
        """Whether a statement's speaker is one named person."""
        ent = self.entity(f.speaker)
        return ent is not None and ent.type == "PER"

    def run_on_to_name_end(self, f: StatementCandidate) -> None:
        """Speaker's words that end inside the name of the entity they name (the parse cut "France Bleu"
        at "France"): the words run on to the name's end."""
        s, e = f.speaker_span
        ends = [self.mentions[j][1] for j in self.mention_index.overlapping(s, e)
                if self.mentions[j][2].id == f.speaker and s <= self.mentions[j][0] < e < self.mentions[j][1]]
        if not ends:
            return
        # (not past the line or the sentence, which a mention the model ran on may cross: "France 3.Douze")
        rest = re.split(r"[\n.]", self.text[e:max(ends)], maxsplit=1)[0].rstrip()
        if rest:
            f.speaker_span = (s, e + len(rest))
            f.speaker_text = self.text[s:e + len(rest)]

    def spoken_again(self, f: StatementCandidate, before: StatementCandidate) -> bool:
        """Whether ``f``'s speaker's words, a description after its quote whose cue says "again" ("« ... », a
        encore expliqué l'ancien ministre"), stand for the speaker of the direct statement ``before`` (a
        few sentences back): no name is in them, and coreference tied them to no one by apposition or role."""
        verb = self.cue_verb(f) if f.cue is not None else None
        if verb is None or f.kind != "direct" or f.cue[0] < f.content[1] or before.speaker == f.speaker or \
                f.speaker_span[0] - before.content[1] > SPEAKER_WEIGHTS.again_chars or \
                self.names_someone(f.speaker_span) or self.disagrees(f.speaker_span, before.speaker):
            return False
        if not any(c.dep_ == "advmod" and (c.lower_ in self.data.AGAIN_ADVERBS or " ".join(
                t.lower_ for t in self.doc[c.i:c.i + 2]) in self.data.AGAIN_ADVERBS) for c in verb.children):
            return False
        link = self.coref.referent(*f.speaker_span) if self.coref is not None else None
        return link is None or link.entity is None or link.guessed

    def incise_speaker_before(self, f: StatementCandidate,
                              before: StatementCandidate) -> tuple[int, int] | None:
        """The speaker's words of an inverted cue right before a participle cue of the same sentence ("...,
        a indiqué l'Observatoire (OSDH) en affirmant que"): whose the participle is, not the subject of the
        clause the parse hangs it on."""
        cue = self.cue_verb(f) if f.cue is not None else None
        if cue is None or not present_participle(cue) or before.cue is None or before.speaker_span is None \
                or before.sentence != f.sentence or not before.cue[1] <= before.speaker_span[0] < f.cue[0]:
            return None
        start = min([f.cue[0]] + [c.idx for c in cue.children if c.dep_ == "mark" and c.i < cue.i])
        between = self.text[before.speaker_span[1]:start]
        return before.speaker_span if BETWEEN_INCISE_AND_PARTICIPLE.fullmatch(between) else None

    def cue_verb(self, f: StatementCandidate) -> Token | None:
        """The word of a statement's cue the others hang on ("pointed" of "pointed out")."""
        words = self.doc.char_span(*f.cue, alignment_mode="expand")
        return words.root if words is not None and len(words) else None

    def subject_before_cue(self, f: StatementCandidate) -> None:
        """ "“Q,” Jane Doe, a professor, said at an event": where an incise puts its subject first, a cue
        with a subject of its own before it is said by that subject, not by words the finder read after it
        or elsewhere."""
        cue = self.cue_verb(f)
        if cue is None or not any(c.dep_ in SUBJECT_DEPS and c.i < cue.i for c in cue.children):
            return
        words = self.subject(cue)
        if words is not None and len(words) and not self.in_quote(words.start_char) and not (
                words.start_char < f.speaker_span[1] and f.speaker_span[0] < words.end_char):
            f.speaker_span = (words.start_char, words.end_char)

    def up_to_head(self, span: tuple[int, int]) -> tuple[int, int]:
        """Source words cut short of their head noun ("according to a new Washington Post" of "... Post-ABC
        News national poll"): up to the end of the noun phrase their words hang on, in their sentence."""
        words = self.doc.char_span(*span, alignment_mode="expand")
        if words is None or not len(words):
            return span
        head = words.root.head
        if head.i < words.end or head.pos_ not in ("NOUN", "PROPN") or head.sent != words.root.sent or any(
                not head.left_edge.i <= t.i <= head.i for t in self.doc[words.start:head.i + 1]):
            return span
        return span[0], head.idx + len(head)

    def governing_subject(self, f: StatementCandidate) -> None:
        """The speaker's words of a cue the finder gave none: the cue's subject, wherever it stands, else the
        subject of the verb it hangs on ("responded ... by saying", "was able to tout", "missed no
        opportunity to remind"), up to a few steps."""
        verb = self.cue_verb(f)
        if verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i:
            phrase = self.noun_phrase(verb.head)  # "footage of Jane Doe asking", "a tweet by X attacking"
            if verb.head.pos_ in ("NOUN", "PROPN") and self.may_speak(verb.head, phrase):
                f.speaker_span = (phrase.start_char, phrase.end_char)
                return
        for _ in range(SPEAKER_WEIGHTS.governing_steps):
            if verb is None:
                return
            words = self.subject(verb)
            if words is not None and len(words) and not (f.content[0] <= words.start_char < f.content[1]
                                                           and self.in_quote(words.start_char)):
                f.speaker_span = (words.start_char, words.end_char)
                return
            if verb.dep_ not in GOVERNED_DEPS or verb.head.i == verb.i:
                return
            verb = verb.head

    def fronted_name(self, verb: Token) -> Span | None:
        """A person's name that the parse hung, as an apposition, on a phrase fronted before ``verb``, and
        that runs, with what sets it off, up to the verb ("Lors du procès, X, avocat de Y, a jugé"): the
        verb's subject, the parse's subject being none; else None."""
        doc = self.doc
        for c in verb.children:
            if c.i > verb.i or not c.dep_.startswith("obl"):
                continue
            for a in c.subtree:
                if a.dep_ != "appos" or a.pos_ != "PROPN" or a.head.i > a.i or doc[a.i - 1].text != ",":
                    continue
                between = doc[a.right_edge.i + 1:verb.i]
                if not all(t.text == "," or t.head.i == verb.i and t.dep_.startswith("aux") for t in between):
                    continue
                found = self.mention_index.starting_within(a.idx, a.idx)
                if found and self.mentions[found[0]][2].type == "PER":
                    return self.noun_phrase(a)
        return None

    def said_after(self, f: StatementCandidate) -> tuple[str | None, str] | None:
        """ "« J'ai honte. » Les mots de ce policier sont durs": the speaker a noun of saying names as its
        complement, as the subject of the sentence right after a quote (an entity's id, else None, and
        the words)."""
        first = token_from(self.doc, f.content[1])
        if first is None:
            return None
        for t in self.doc[first.i:first.i + SPEAKER_WEIGHTS.said_after_tokens]:
            if "\n" in t.text:
                return None  # (in the quote's paragraph only)
            if t.pos_ != "NOUN" or t.dep_ not in SUBJECT_DEPS or t.lemma_.lower() not in self.data.SAID_NOUNS:
                continue
            for c in t.children:
                if c.dep_ == "nmod" and c.i > t.i and any(g.dep_ == "case" for g in c.children):
                    words = self.noun_phrase(c)
                    s, e = words.start_char, words.end_char
                    ent = self.entity_at_head(s, e)
                    link = self.coref.referent(s, e) if self.coref is not None and ent is None else None
                    return (ent.id if ent is not None else link.entity if link is not None else None,
                            self.text[s:e])
            return None
        return None

    def subject_after_quote(self, f: StatementCandidate) -> tuple[str | None, str] | None:
        """ "« Nous sommes honorés. » Un an après, Cédric Dupuy garde en mémoire ...": for a quote that opens
        its paragraph and ends its sentence, the person the next sentence, in that paragraph, has as its main
        clause's subject (a name, or a person's noun coreference resolves); their entity's id and words."""
        line = self.text.rfind("\n", 0, f.content[0]) + 1
        if self.text[line:f.content[0]].strip(" \t" + "".join(self.data.QUOTES) + "".join(
                self.data.QUOTES.values())):
            return None  # (the quote does not open its paragraph)
        first = token_from(self.doc, f.content[1])
        while first is not None and first.i + 1 < len(self.doc) and (first.is_punct or first.is_space):
            if "\n" in first.text:
                return None
            first = self.doc[first.i + 1]
        if first is None or first.sent.start <= token_from(self.doc, f.content[0]).i or first.is_punct:
            return None  # (the sentence goes on past the quote)
        subjects = [c for c in first.sent.root.children if c.dep_ in SUBJECT_DEPS]
        if any(c.pos_ == "PRON" for c in subjects):
            return None  # ("il garde en mémoire": whom the pronoun stands for says nothing here)
        for subject in subjects:  # (the parse may read "Un an après le drame, X" as two subjects)
            words = self.noun_phrase(subject)
            s, e = words.start_char, words.end_char
            ent = self.entity_at_head(s, e)
            if ent is not None and ent.type == "PER":
                return ent.id, self.text[s:e]
            if ent is None and subject.pos_ == "NOUN" and self.is_person_noun(subject) and \
                    any(c.dep_ == "det" and c.lower_ in self.data.DEFINITES for c in subject.children):
                link = self.coref.referent(s, e) if self.coref is not None else None
                return (link.entity if link is not None else None), self.text[s:e]
        return None

    def quote_key(self, f: StatementCandidate) -> str:
        """A statement's words, lower-cased, without punctuation or spacing: the same quote told twice."""
        return "".join(ch for ch in self.text[slice(*f.content)].lower() if ch.isalnum())

    def apposition_end(self, f: StatementCandidate) -> int:
        """Where a named speaker's words end with the apposition after them ("Jane Doe, a professor at
        X,"), short of the statement's cue and content; where they end without one."""
        s, e = f.speaker_span
        words = self.doc.char_span(s, e, alignment_mode="expand")
        ent = self.entity(f.speaker)
        if words is None or not len(words) or ent is None or ent.type != "PER" or words.end >= len(self.doc) \
                or self.doc[words.end].text != ",":
            return e
        limit = min([p for p in (f.content[0], f.cue[0] if f.cue else None) if p is not None and p > e],
                    default=len(self.text))
        # the apposition, and a relative clause on the name ("Jane Doe, who heads X,")
        ends = [c.right_edge.idx + len(c.right_edge) for c in words.root.children
                if c.dep_ in ("appos", "relcl", "acl:relcl") and c.i > words.end]
        return max([end for end in ends if end <= limit], default=e)

    def phrase_end(self, f: StatementCandidate) -> int:
        """Where the speaker's noun phrase ends with all its modifiers ("A 2014 study by X", "leaders who
        have opposed Y"), short of the statement's cue and content."""
        s, e = f.speaker_span
        words = self.doc.char_span(s, e, alignment_mode="expand")
        if words is None or not len(words) or words.root.pos_ not in ("NOUN", "PROPN"):
            return e
        limit = min([p for p in (f.content[0], f.cue[0] if f.cue else None) if p is not None and p > e],
                    default=len(self.text))
        right = words.root.right_edge
        while right.i > words.root.i and (right.is_punct or right.is_space):
            right = self.doc[right.i - 1]  # ("BROWN:", "Jane Doe, a professor,")
        end = right.idx + len(right)
        return e if end > limit or end < e else end

    def continues(self, last: StatementCandidate, f: StatementCandidate) -> bool:
        """Whether ``f`` may be the last speaker's still: in the same paragraph or the next, and no other
        person is a clause's subject in between."""
        start, end = last.content[1], f.content[0]
        if last.cue is not None:
            start = max(start, last.cue[1])
        if f.cue is not None and start < f.cue[0] < end:
            end = f.cue[0]  # (a subject after its own cue is inside what it says: "qui rappelle qu'X ...")
        self.new_subject = None
        for j in self.mention_index.starting_within(start, end - 1):
            s, e, ent = self.mentions[j]
            if self.described(ent, s, e):
                # "président de la République": the person the description is, where coreference knows
                link = self.coref.referent(s, e)
                ent = self.entity(link.entity) if link is not None else None
                if ent is None:
                    continue
            if ent.type == "PER" and ent.id != last.speaker and not self.in_quote(s) and (
                    self.is_subject(s) or RULES.on(RELATIVE_SUBJECT) and self.relative_subject(e)) \
                    and not (RULES.on(CHARGED_NOT_SPEAKER) and self.charged_subject(s)):
                self.new_subject = ((s, e), ent.id)  # the last one
        if self.new_subject is None and f.cue is None and RULES.on(SPEAKER_SUBJECT_AFTER):
            self.new_subject = self.subject_after(last, f)
        self.new_described = None
        if self.text.count("\n\n", start, end) > SPEAKER_WEIGHTS.continued_paragraphs:
            return False
        self.new_described = self.described_speaker(start, end, last) if self.new_subject is None else None
        if self.first_person_singular(f) and not self.may_say_i(last):
            return False  # "je" is no organisation's, medium's or group's word
        return self.new_subject is None and self.new_described is None

    def relative_subject(self, end: int) -> bool:
        """Whether a name ending at ``end`` is set off before a relative pronoun that is the subject of its
        clause, with no verb between them ("X, le député de Y, qui pointe du doigt")."""
        token = token_covering(self.doc, end)
        if token is None:
            return False
        for t in self.doc[token.i:min(token.sent.end, token.i + SPEAKER_WEIGHTS.relative_reach)]:
            if t.pos_ in ("VERB", "AUX") or self.in_quote(t.idx):
                return False
            if t.lower_ in self.data.RELATIVE_PRONOUNS and t.dep_ in SUBJECT_DEPS and \
                    self.doc[t.i - 1].text == ",":
                return True
        return False

    def charged_subject(self, char: int) -> bool:
        """Whether the name at ``char`` is the subject of a passive verb of saying ("X a été accusé de")."""
        token = token_covering(self.doc, char)
        while token is not None and token.dep_ in NAME_DEPS and token.head.i != token.i:
            token = token.head
        return token is not None and token.dep_ in ("nsubj:pass", "nsubjpass") and \
            self.finder.passive_saying(token.head)

    def subject_after(self, last: StatementCandidate,
                      f: StatementCandidate) -> tuple[tuple[int, int], str] | None:
        """The person other than ``last``'s speaker who is the subject of the sentence that runs on after
        ``f``'s quote ("C'est en « ... » que X a retrouvé le registre"): their words and id, else None."""
        following = f.sentence + 1
        end = self.sentence_starts[following] if following < len(self.sentence_starts) else len(self.text)
        for j in self.mention_index.starting_within(f.content[1], end - 1):
            s, e, ent = self.mentions[j]
            token = token_covering(self.doc, s)
            while token is not None and token.dep_ in NAME_DEPS and token.head.i != token.i:
                token = token.head
            # (a clause's own subject, not the name a copula presents: "le premier « ... » fut X")
            if ent.type == "PER" and ent.id != last.speaker and not self.in_quote(s) and token is not None \
                    and token.dep_ in SUBJECT_DEPS and not self.said.overlapping(s, e):
                return (s, e), ent.id
        return None

    def described_speaker(self, start: int, end: int, last: StatementCandidate) -> tuple[int, int] | None:
        """The words of the last person described by their role or trade ("un élu de région") who is the
        subject of a verb of saying between ``start`` and ``end``, outside quotes, in the paragraph of
        ``end`` or the one before: someone new speaks. A description coreference links to a person other
        than ``last``'s speaker ("X, le maire, s'est dit ...") is that person: ``new_subject``, and None."""
        words = self.doc.char_span(start, end, alignment_mode="contract")
        found, linked = None, None
        for t in words if words is not None and self.coref is not None else []:
            lemma = t.lemma_.lower()
            if t.dep_ == "nsubj" and t.pos_ == "NOUN" and "Plur" not in t.morph.get("Number") and (
                    lemma in self.roles or lemma in self.person_nouns) and self.coref.says(t.head) and \
                    not self.in_quote(t.idx):
                phrase = self.noun_phrase(t)
                link = self.coref.referent(phrase.start_char, phrase.end_char)
                ent = self.entity(link.entity) if link is not None else None
                found = phrase if link is None else None
                linked = (phrase, ent.id) if ent is not None and ent.type == "PER" and \
                    ent.id != last.speaker else None
        last_words = found if found is not None else linked[0] if linked is not None else None
        paragraphs = self.text.count("\n\n", last_words.start_char, end) if last_words is not None else 0
        if last_words is None or paragraphs > SPEAKER_WEIGHTS.continued_paragraphs:
            return None
        if linked is not None:
            self.new_subject = ((linked[0].start_char, linked[0].end_char), linked[1])
            return None
        return found.start_char, found.end_char

    def first_person_singular(self, f: StatementCandidate) -> bool:
        """A quote in the first person singular ("je", "j'ai", "mon"): one person's words."""
        words = re.findall(r"\w+['’]?", self.text[slice(*f.content)].lower()) if f.kind == "direct" else []
        return any(w in self.data.FIRST_PERSON_SINGULAR for w in words)

    def may_say_i(self, p: StatementCandidate) -> bool:
        """Whether a statement's speaker may speak as "je": a person, not an organisation, a medium or a
        group ("les syndicats", "la préfecture")."""
        ent = self.entity(p.speaker)
        if ent is not None:
            return ent.type == "PER"
        span = self.doc.char_span(*p.speaker_span, alignment_mode="expand") if p.speaker_span else None
        if span is None or not len(span) or span.root.pos_ != "NOUN":
            return True
        root = span.root
        return "Plur" not in root.morph.get("Number") and (
            self.is_person_noun(root) or root.lemma_.lower() in self.data.SOURCE_NOUNS)

    def speaker_from_words(self, f: StatementCandidate, statements: list[StatementCandidate], i: int) -> str:
        """The speaker that ``f``'s speaker's words name: an entity's mention, a pronoun's antecedent, a
        role's holder (``f`` is ``statements[i]``); the rule that read the words."""
        s, e = f.speaker_span
        data = self.data
        words = [w.strip("-").removeprefix(data.EUPHONIC_PREFIX).removeprefix(data.FORMER_PREFIX)
                 for w in f.speaker_text.lower().replace("’", "'").split()]
        if len(words) == 1 and words[0] in data.ONE_WHO_PRONOUNS and RULES.on(SPEAKER_ONE_WHO):
            words = [data.ONE_WHO_PRONOUNS[words[0]]]  # "a poursuivi celle qui ...": "elle"
        entity = self.entity_at_head(s, e, f.content) if RULES.on(SPEAKER_MENTION) else None
        if entity is not None:
            f.speaker = entity.id
            return SPEAKER_MENTION
        if RULES.on(SPEAKER_NAME_JUST_AFTER) and (named := self.name_just_after(s, e)) is not None:
            f.speaker = named.id  # "le directeur du tramway régional X": the parse left X out of the words
            return SPEAKER_NAME_JUST_AFTER
        if RULES.on(SPEAKER_MENTION) and RULES.on(SPEAKER_NOT_SAID) and self.entity_at_head(s, e) is not None:
            return SPEAKER_NOT_SAID  # the name the words were hung on opens what is said: no one else either
        link = self.coref.referent(s, e) if self.coref is not None else None
        if link is not None and not self.at_head(link.span, s, e):
            link = None  # "un proche de l'ancien ministre": the minister is the complement, not the speaker
        if link is not None and link.entity is not None and link.kind == "description" and \
                RULES.on(SPEAKER_OTHER_COUNTRY) and self.other_country((s, e), link.entity):
            return SPEAKER_OTHER_COUNTRY  # "le ministre russe" is not the German minister: no one
        if link is not None and link.entity is None and link.kind == "pronoun" and link.antecedent and \
                RULES.on(SPEAKER_PRONOUN_NOT_SAID) and self.said_thing(link.antecedent):
            link = None  # (a pronoun stands for a speaker, not for a thing a statement spoke of)
        if link is not None and link.entity is not None and link.kind == "pronoun" and \
                RULES.on(SPEAKER_I_IS_A_PERSON) and self.first_person_singular(f) and \
                (ent := self.entity(link.entity)) is not None and ent.type != "PER":
            link = None  # "je" is no organisation's or medium's word
        if link is not None and link.entity is not None and link.kind == "pronoun" and \
                RULES.on(SPEAKER_PRONOUN_SPOKEN_OF) and (
                    sayer := self.sayer_of_antecedent(link.entity, words[0], s, statements, i)) is not None:
            # "X a affirmé que Y ... « ... », a-t-il estimé": X, who spoke of Y; not Y
            f.speaker = sayer or None
            return SPEAKER_PRONOUN_SPOKEN_OF
        clitic = len(words) == 1 and words[0] in data.PRONOUNS and f.speaker_text.startswith("-")
        last = self.last_speaker_for(f, statements, i, words[0]) if clitic else None
        if last is not None and RULES.on(SPEAKER_PRONOUN):
            # "X a indiqué que ... « ... », a-t-il ajouté": the person who spoke last, where no other person
            # became a subject since (coreference may have read the last speaker's words otherwise)
            f.speaker = last
            return SPEAKER_PRONOUN
        if clitic and RULES.on(SPEAKER_CLITIC_WORDS) and (
                seen := self.last_words_for(f, statements, i, words[0])) is not None:
            f.speaker_text = seen  # unattributed, as the statement before it was
            return SPEAKER_CLITIC_WORDS
        if RULES.on(SPEAKER_ANAPHOR) and (pointed := self.pointed_back(f, statements, i)) is not None:
            f.speaker, f.speaker_text = pointed
            return SPEAKER_ANAPHOR
        if clitic and RULES.on(SPEAKER_PRONOUN) and (link is None or link.entity is None):
            # an inverted clitic after a quote ("« ... », a-t-il dit") that coreference gives no named
            # person: the last speaker of its gender and number, if a named person
            pronoun = self.doc.char_span(s, e, alignment_mode="expand")
            gender = next(iter(pronoun[-1].morph.get("Gender")), None) if pronoun is not None else None
            gender = gender or data.PRONOUN_GENDERS.get(words[0])  # "-elle", which the tagger may not read
            previous = self.antecedent(statements[max(0, i - self.weights.pronoun_reach):i],
                                       data.PRONOUNS[words[0]], gender)
            ent = self.entity(previous.speaker) if previous is not None else None
            if ent is not None and ent.type == "PER" and f.sentence - previous.sentence <= 2:
                f.speaker = self.subject_since(previous, f, gender, data.PRONOUNS[words[0]]) or ent.id
                return SPEAKER_PRONOUN
        if link is not None and link.kind == "description" and link.guessed and \
                RULES.on(SPEAKER_DESCRIBED_LAST) and (last := self.described_last_speaker(f, statements, i)):
            # "« ... », a assuré X, adjoint au maire. L'élu a appelé ...": X, who spoke right before, not
            # the one coreference guessed from an older subject
            f.speaker = last
            return SPEAKER_DESCRIBED_LAST
        if link is not None:
            # a description or a pronoun the article's coreference resolved: to an entity, else to the
            # words that describe who it is
            f.speaker = link.entity
            spoke = self.spoke_at.get(link.antecedent[0]) if link.antecedent and link.entity is None else None
            if spoke is not None and spoke is not f and spoke.speaker is not None:
                # "informait le syndicat ... précisait-il": who those words were resolved to
                f.speaker, f.speaker_text = spoke.speaker, spoke.speaker_text
                return link.rule
            if link.kind == "group":
                f.speaker_text = link.text  # "les deux pays": the members, named one by one before
            elif link.entity is None:
                if link.kind == "pronoun" or link.antecedent not in (None, link.span):
                    words, seen = link.antecedent, link.text  # who the words before described
                else:
                    words, seen = (s, e), f.speaker_text
                f.speaker_text = (self.fuller_description(*words) if words else None) or seen
            return link.rule
        if len(words) == 1 and words[0] in data.PRONOUNS:
            if RULES.on(SPEAKER_PRONOUN):
                number = data.PRONOUNS[words[0]]
                pronoun = self.doc.char_span(s, e, alignment_mode="expand")
                gender = next(iter(pronoun[0].morph.get("Gender")), None) if pronoun is not None else None
                gender = gender or data.PRONOUN_GENDERS.get(words[0])
                previous = self.antecedent(statements[max(0, i - self.weights.pronoun_reach):i], number,
                                           gender)
                since = self.subject_since(previous, f, gender, number) if previous is not None else None
                if since is not None:
                    f.speaker = since
                elif previous is not None:
                    # the id names who it is; the words stay the pronoun, unless only words name them
                    f.speaker = previous.speaker
                    if previous.speaker is None:
                        f.speaker_text = previous.speaker_text
                elif number == "sing":
                    f.speaker = self.last_subject_person(f.content[0])
                    # (the gender a description or a pronoun gave, not a guess from the given name)
                    known = self.coref.gender.get(f.speaker) if f.speaker and self.coref is not None else None
                    if gender and known and gender != known:
                        f.speaker = None  # "elle" is not the man who was the subject last: no one, not him
                    read = self.coref.gender_of(f.speaker) if f.speaker and self.coref is not None else None
                    if gender and (f.speaker is None or read not in (None, gender)):
                        # "retweeté Marine X. « ... », a-t-elle ajouté": the last person named of its gender,
                        # where the subject is none or their given name reads as the other gender
                        f.speaker = self.last_named_of_gender(min(s, f.content[0]), f.sentence, gender,
                                                              f.speaker) or f.speaker
            return SPEAKER_PRONOUN
        if any(w in data.SAME_WORDS for w in words) and RULES.on(SPEAKER_SAME_SOURCE):
            same = self.same_source(f, statements, i)
            if same is not None:
                f.speaker, f.speaker_text = same.speaker, same.speaker_text
                return SPEAKER_SAME_SOURCE
        document = self.document_author(f, statements, i) if RULES.on(SPEAKER_DOCUMENT) else None
        if document is not None:
            f.speaker, f.speaker_text = document
            return SPEAKER_DOCUMENT
        body = self.body_of(f, statements, i) if RULES.on(SPEAKER_BODY) else None
        if body is not None:
            f.speaker, f.speaker_text = body
            return SPEAKER_BODY
        f.role = self.role_of(words)
        f.speaker = self.by_role(f, words, statements, i) if RULES.on(SPEAKER_ROLE) and \
            not self.named_unknown(s, e) else None
        if f.speaker is None:
            f.speaker_text = self.fuller_description(s, e) or f.speaker_text
            if RULES.on(SPEAKER_SAME_WORDS):
                # "Pour l'éditorialiste" after "L'éditorialiste du Figaro, X, a dit": the person those fuller
                # words named when they spoke before
                f.speaker = self.spoke_as.get(f.speaker_text.lower())
        return SPEAKER_ROLE

    def last_speaker_for(self, f: StatementCandidate, statements: list[StatementCandidate], i: int,
                         pronoun: str) -> str | None:
        """The person an inverted clitic ("-t-il") of ``f`` (``statements[i]``) stands for when the
        statement before spoke in this sentence or the two before: its speaker, a person of the clitic's
        number and gender, where no other person became a clause's subject in between; else None."""
        previous = next((p for p in reversed(statements[:i]) if p.speaker is not None or p.speaker_text),
                        None)
        ent = self.entity(previous.speaker) if previous is not None else None
        if ent is None or ent.type != "PER" or self.data.PRONOUNS[pronoun] != "sing" or \
                f.sentence - previous.sentence > 2:
            return None
        gender = self.data.PRONOUN_GENDERS.get(pronoun)
        if not self.gender_agrees(gender, ent.id) or not self.continues(previous, f):
            return None
        return ent.id

    def generic(self, f: StatementCandidate) -> bool:
        """Whether a statement is anyone's in general: unresolved words that are a pronoun of people in
        general ("ceux qui ont critiqué son choix")."""
        return RULES.on(GENERIC_NOT_CONTINUED) and f.speaker is None and \
            (f.speaker_text or "").lower() in self.data.GENERIC_PRONOUNS

    def described_last_speaker(self, f: StatementCandidate, statements: list[StatementCandidate],
                               i: int) -> str | None:
        """The person who spoke in the statement right before ``f`` (``statements[i]``), in its sentence or
        the one before, whom a singular definite description of a person as ``f``'s speaker fits by gender
        and country, where no other person became a clause's subject in between; else None."""
        previous = statements[i - 1] if i else None
        ent = self.entity(previous.speaker) if previous is not None else None
        words = self.doc.char_span(*f.speaker_span, alignment_mode="expand")
        if ent is None or ent.type != "PER" or f.sentence - previous.sentence > 1 or words is None or \
                not len(words):
            return None
        root = phrase_root(words)
        if root.pos_ != "NOUN" or not self.is_person_noun(root) or "Plur" in root.morph.get("Number") or \
                not any(c.dep_ == "det" and c.lower_ in self.data.DEFINITES for c in root.children):
            return None
        if not self.gender_agrees(self.description_gender(root), ent.id) or \
                self.of_another_country(f, ent.id):
            return None
        spoke = self.doc.char_span(*previous.speaker_span, alignment_mode="expand") \
            if previous.speaker_span is not None else None
        if RULES.on(DESCRIBED_NOT_OF_GROUP) and spoke is not None and len(spoke) and \
                any(c.dep_ == "conj" for c in phrase_root(spoke).children):
            return None  # ("Marine Le Pen et Laurent Wauquiez ont pointé": the two spoke)
        start = max(previous.content[1], previous.cue[1] if previous.cue is not None else 0)
        for j in self.mention_index.starting_within(start, f.speaker_span[0] - 1):
            s, _, other = self.mentions[j]
            if other.type == "PER" and other.id != ent.id and not self.in_quote(s) and self.is_subject(s):
                return None  # (someone else became a subject in between)
        return ent.id

    def last_words_for(self, f: StatementCandidate, statements: list[StatementCandidate], i: int,
                       pronoun: str) -> str | None:
        """The words of the last speaker when an inverted clitic of ``f`` (``statements[i]``) follows, in
        this sentence or the two before, a statement whose speaker no entity holds though its words name one
        person: a proper noun, or a person's noun of the clitic's gender; where no other person became a
        clause's subject in between. Else None."""
        previous = next((p for p in reversed(statements[:i]) if p.speaker is not None or p.speaker_text),
                        None)
        if previous is None or previous.speaker is not None or previous.speaker_span is None or \
                self.data.PRONOUNS[pronoun] != "sing" or f.sentence - previous.sentence > 2:
            return None
        words = self.doc.char_span(*previous.speaker_span, alignment_mode="expand")
        if words is None or not len(words):
            return None
        root = phrase_root(words)
        if root.morph.get("Number") == ["Plur"]:
            return None
        gender = self.data.PRONOUN_GENDERS.get(pronoun)
        if root.pos_ == "PROPN":
            pass  # a name the entities missed: its gender is unknown
        elif root.pos_ != "NOUN" or not self.is_person_noun(root) or \
                any(c.dep_ == "det" and c.lower_ in self.data.DEFINITES for c in root.children) or \
                gender not in (None, self.description_gender(root)):
            return None
        return previous.speaker_text if self.continues(previous, f) else None

    def sayer_of_antecedent(self, entity_id: str, pronoun: str, before: int,
                            statements: list[StatementCandidate], i: int) -> str | None:
        """For a singular pronoun at ``before`` that coreference reads as ``entity_id``, where that person
        was last named, before it, within what one of the few statements before ``statements[i]`` says,
        not as its subject ("les excuses de Y", "inspiré par Y"), and that statement's speaker is another
        person: that person, unless coreference knows them of the pronoun's other gender ("": no one);
        else None."""
        window = statements[max(0, i - self.weights.pronoun_reach):i]
        if self.data.PRONOUNS.get(pronoun) != "sing" or not window:
            return None
        named = [j for j in self.mention_index.starting_within(window[0].content[0], before)
                 if self.mentions[j][2].id == entity_id and self.mentions[j][1] <= before]
        if not named:
            return None
        at = max(self.mentions[j][0] for j in named)
        if self.is_subject(at):
            return None  # (the subject of what was said may be whom the pronoun takes up: "X a fui, selon Y")
        sayer = next((p for p in reversed(window) if p.content[0] <= at < p.content[1]), None)
        ent = self.entity(sayer.speaker) if sayer is not None else None
        if ent is None or ent.type != "PER" or ent.id == entity_id:
            return None  # (what a medium or a body reports is about whom the pronoun may take up)
        gender = self.data.PRONOUN_GENDERS.get(pronoun)
        known = self.coref.gender.get(ent.id) if self.coref is not None else None
        return "" if gender and known and gender != known else ent.id

    def said_thing(self, span: tuple[int, int]) -> bool:
        """Whether the words at ``span`` are what is said, within a statement or as the object of a verb of
        saying in a clause of purpose, which finding statements leaves out ("pour dénoncer la lenteur des
        soins"), and name no person: neither a proper noun nor a person's noun at their head."""
        words = self.doc.char_span(*span, alignment_mode="expand")
        if words is None or not len(words):
            return False
        root, verb = words.root, words.root.head
        spoken_of = root.dep_ == "obj" and verb.lemma_.lower() in self.data.REPORTING_VERBS and \
            marked_by(verb, self.data.PURPOSE_MARKS)
        if not (self.said.overlapping(*span) or spoken_of):
            return False
        if RULES.on(SPEAKER_SAYER_WITHIN) and root.dep_ in ("nsubj", "nsubj:pass") and \
                root.lemma_.lower() in self.data.BODY_NOUNS and self.coref is not None and \
                self.coref.says(verb):
            return False  # "Le parquet estime ..., a appris l'AFP": a body that speaks within what is said
        return root.pos_ != "PROPN" and not self.is_person_noun(root)

    def subject_since(self, previous: StatementCandidate, f: StatementCandidate, gender: str | None,
                      number: str) -> str | None:
        """The person who became a clause's subject between the last speaker's statement and ``f``, for
        ``f``'s pronoun, if of its gender: "X a dit ... Y retient la thèse ... « ... », explique-t-il" is
        Y's, not X's; else None."""
        if number != "sing" or not RULES.on(SPEAKER_NEW_SUBJECT):
            return None
        self.continues(previous, f)
        new = self.new_subject[1] if self.new_subject is not None else None
        fits = new is not None and new != previous.speaker and self.gender_agrees(gender, new)
        return new if fits else None

    def pointed_back(self, f: StatementCandidate, statements: list[StatementCandidate],
                     i: int) -> tuple[str | None, str | None] | None:
        """Who a description that only points back stands for ("l'intéressée", "cette dernière"): the
        person named last of the gender its words give, outside quotes, in its sentence or the two before;
        else the last speaker of that gender (named, or described by a person's noun), a few statements
        before. Their id and words, or None; a person whose gender is read two ways is none."""
        words = self.doc.char_span(*f.speaker_span, alignment_mode="expand")
        if words is None or not 1 < len(words) <= 3 or words[0].lower_ not in self.data.DEFINITES or \
                words[-1].lower_ not in self.data.ANAPHORIC_WORDS or self.coref is None:
            return None
        ending = [g for end, g in self.data.NOUN_GENDER_ENDINGS if words[-1].lower_.endswith(end)][:1]
        gender = next(iter(words[0].morph.get("Gender") or ending), None)
        if gender is None:
            return None
        before = min(f.speaker_span[0], f.content[0])
        start = self.sentence_starts[max(0, f.sentence - self.weights.named_before_sentences)]
        for j in reversed(self.mention_index.starting_within(start, before)):
            s, e, ent = self.mentions[j]
            if ent.type == "PER" and e <= before and not self.in_quote(s) and self.of_gender(ent.id, gender):
                return ent.id, f.speaker_text
        for p in reversed(statements[max(0, i - self.weights.pronoun_reach):i]):
            ent = self.entity(p.speaker)
            span = self.doc.char_span(*p.speaker_span, alignment_mode="expand") if p.speaker_span else None
            if ent is not None and ent.type == "PER" and self.of_gender(ent.id, gender):
                return ent.id, f.speaker_text
            if ent is None and p.speaker_text and span is not None and len(span) and \
                    self.is_person_noun(span.root) and self.description_gender(span.root) == gender:
                return None, p.speaker_text  # "le commissaire ... Selon ce dernier": those words
        return None

    def of_gender(self, entity_id: str, gender: str) -> bool:
        """Whether a person is of ``gender`` as coreference reads them, and not of the other as their given
        name reads."""
        read = (self.coref.gender.get(entity_id), self.coref.given_name_gender.get(entity_id))
        return gender in read and all(g in (None, gender) for g in read)

    def source_in_cue(self, f: StatementCandidate) -> tuple[int, int] | None:
        """ "de sources concordantes": a cue that ends with a noun holds the speaker's words from it."""
        cue = self.doc.char_span(*f.cue, alignment_mode="expand") if f.cue else None
        if cue is None or not len(cue) or cue[-1].pos_ != "NOUN":
            return None
        phrase = self.noun_phrase(cue[-1])
        return cue[-1].idx, phrase.end_char

    def relative_antecedent(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """Where the noun phrase stands that a relative pronoun, alone as speaker's words, stands for."""
        words = self.doc.char_span(*span, alignment_mode="expand")
        if words is None or len(words) != 1 or not (
                "Rel" in words[0].morph.get("PronType") or words[0].lower_ in self.data.RELATIVE_PRONOUNS):
            return None
        verb = words[0].head
        for _ in range(self.weights.clitic_reach):  # up the relative clause to the verb that opens it
            if verb.dep_.startswith("acl") or verb.dep_ in RELATIVE_DEPS or verb.head.i == verb.i:
                break
            verb = verb.head
        noun = verb.head
        relative = verb.dep_.startswith("acl") or verb.dep_ in RELATIVE_DEPS
        if not relative or noun.pos_ not in ("NOUN", "PROPN") or noun.i > words[0].i:
            return None
        if RULES.on(RELATIVE_NAME_BEFORE) and (named := self.name_before_relative(words[0])) is not None:
            return named.start_char, named.end_char  # "au militant et auteur Mark King, qui a écrit"
        phrase = self.noun_phrase(self.last_conjunct(noun, words[0], verb))
        return phrase.start_char, phrase.end_char

    def last_conjunct(self, noun: Token, relative: Token, verb: Token) -> Token:
        """The noun a relative pronoun stands for: of nouns joined by a conjunction before it ("à X et Y,
        qui avait déclaré"), the one right before it where its verb is singular; else ``noun``."""
        joined = [c for c in noun.children if c.dep_ == "conj" and noun.i < c.i < relative.i and
                  c.pos_ in ("NOUN", "PROPN")]
        if joined and RULES.on(RELATIVE_LAST_CONJUNCT) and self.singular_verb(verb):
            return joined[-1]
        return noun

    @staticmethod
    def singular_verb(verb: Token) -> bool:
        """Whether a clause's finite verb, or its finite auxiliary, is singular ("qui avait déclaré")."""
        return SpeakerResolver.finite_number(verb) == ["Sing"]

    @staticmethod
    def finite_number(verb: Token) -> list[str]:
        """The number a clause's finite verb, or its finite auxiliary, says ("ont lancé ... et invité": a
        participle's is not its subject's); none where neither is finite."""
        finite = [t for t in (verb, *verb.children) if "Fin" in t.morph.get("VerbForm") and
                  (t is verb or t.dep_.startswith("aux"))]
        return finite[0].morph.get("Number") if finite else []

    def is_pronoun_words(self, words: str) -> bool:
        """Speaker's words that are one pronoun or relative pronoun ("he", "who")."""
        return words.strip(" -").lower() in self.data.WRITTEN_PRONOUNS

    def document_author(self, f: StatementCandidate, statements: list[StatementCandidate],
                        i: int) -> tuple[str | None, str | None] | None:
        """ "selon le communiqué du parquet": the author its complement names; "selon le communiqué": the
        last speaker, a sentence or two before. The speaker's id and words, or None."""
        span = self.doc.char_span(*f.speaker_span, alignment_mode="expand")
        lemma = span.root.lemma_.lower() if span is not None and len(span) else ""
        # (a document, or what was said or told: "les informations de X")
        written = lemma in self.data.CHANNEL_WORDS or lemma in self.data.SAID_NOUNS

        def determined_by(words: set[str] | dict[str, str]) -> bool:  # the document's own determiner
            return any(d.dep_ == "det" and d.lower_ in words for d in span.root.children)

        # (a document of the one a possessive stands for: "selon son rapport", "son réquisitoire")
        owned = span is not None and len(span) > 0 and lemma in self.data.OWN_DOCUMENTS \
            and determined_by(self.data.POSSESSIVE_DETERMINERS) and RULES.on(SPEAKER_OWN_DOCUMENT)
        if span is None or span.root.pos_ != "NOUN" or not (written or owned) or \
                lemma in self.data.BODY_NOUNS:  # (a medium, "le quotidien", is a body that speaks)
            return None
        author = next((c for c in span.root.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")),
                      None)
        if author is None and RULES.on(DOCUMENT_AGENT):
            # "le communiqué diffusé par la Maison Blanche": the participle's agent wrote it
            author = next((a for c in span.root.children if c.dep_.startswith("acl") and c.i > span.root.i
                           and "Part" in c.morph.get("VerbForm") for a in c.children
                           if a.dep_ in AGENT_DEPS and a.pos_ in ("NOUN", "PROPN")), None)
        if author is not None:
            phrase = self.noun_phrase(author)
            end = phrase.end
            while end < len(self.doc) and self.doc[end].pos_ in ("PROPN", "NUM") and \
                    self.doc[end].idx == self.doc[end - 1].idx + len(self.doc[end - 1]) + 1:
                end += 1  # the rest of a name the parse cut short ("France 3 Midi"), up to a mark
            ent = self.entity_at_head(phrase.start_char, phrase.end_char) or \
                self.entity_in(phrase.start_char, phrase.end_char)
            if ent is not None and ent.type in PLACE_TYPES and author.pos_ == "NOUN" and \
                    RULES.on(DOCUMENT_AUTHOR_NOT_PLACE) and not self.mention_index.covers(author.idx):
                ent = None  # "un tweet de la préfecture de police de Paris": the prefecture, not Paris
            words = self.doc[phrase.start:end]
            if ent is not None and end > phrase.end and not any(
                    s <= words.start_char and words.end_char <= e for s, e in ent.mentions):
                ent = None  # (unsure: the entity names part of the name)
            return (ent.id if ent is not None else None), words.text
        if not owned and not determined_by(self.data.DEFINITES):
            if not RULES.on(DOCUMENT_JUST_BEFORE) or lemma not in self.data.CHANNEL_WORDS or \
                    "Plur" in span.root.morph.get("Number") or not determined_by(self.data.INDEFINITES):
                return None
            # (an indefinite one, no one's named: the speaker of the sentence just before, if any)
            before = statements[i - 1] if i else None
            if before is None or not 0 <= f.sentence - before.sentence <= 1 or \
                    before.speaker is None and not before.speaker_text:
                return None
            return before.speaker, before.speaker_text
        if lemma not in self.data.CHANNEL_WORDS and not owned and "Plur" in span.root.morph.get("Number"):
            return None  # "selon les premiers témoignages": what many said, not the last speaker's
        issuer = self.document_issuer(span, f, statements[:i]) if RULES.on(DOCUMENT_ISSUER) else None
        if issuer is not None:
            return issuer
        for p in reversed(statements[:i]):
            if f.sentence - p.sentence > self.weights.named_before_sentences:
                break
            if p.speaker is not None or p.speaker_text:
                return p.speaker, p.speaker_text
        owner = self.coref.owner(span.root.idx) if owned and self.coref is not None else None
        if owner is not None:
            return owner.id, f.speaker_text  # (no one spoke just before: whose coreference found it is)
        return None

    def document_issuer(self, document: Span, f: StatementCandidate,
                        earlier: list[StatementCandidate]) -> tuple[str | None, str] | None:
        """Who spoke through the document last named by ``document``'s noun, outside quotes, in its sentence
        or the ones just before and after the ``earlier`` statements ("Dans un communiqué, la mairie a
        annoncé ...", "X a publié un rapport"): the subject of the verb the noun hangs on, its id and
        words; else None."""
        lemma = document.root.lemma_.lower()
        start = self.sentence_starts[max(0, f.sentence - self.weights.named_before_sentences)]
        before = self.doc.char_span(start, document.start_char, alignment_mode="contract")
        # (a document named before the last statement is the last speaker's, as read otherwise)
        last = max((max(p.content[1], p.cue[1] if p.cue else 0) for p in earlier
                    if p.speaker is not None or p.speaker_text), default=0)
        for t in reversed(before or []):
            if t.idx < last:
                return None
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or self.in_quote(t.idx):
                continue
            if not (t.dep_ == "obj" or any(c.dep_ == "case" and c.lower_ in self.data.THROUGH_WORDS
                                           for c in t.children)):
                return None  # (not spoken through: "X a réagi à un communiqué")
            if t.dep_ in SUBJECT_DEPS:
                return None  # ("un rapport de X précise": the rule on its complement reads it)
            verb = t.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is None or subject.pos_ not in ("NOUN", "PROPN") or self.in_quote(subject.idx):
                return None
            phrase = self.noun_phrase(subject)
            ent = self.entity_at_head(phrase.start_char, phrase.end_char)
            return (ent.id if ent is not None else None), phrase.text
        return None

    def source_no_one(self, f: StatementCandidate) -> bool:
        """A statement's speaker words that name no one; a source phrase that holds a name names someone,
        however its words were tagged ("Selon La libre Belgique")."""
        return self.no_one(f.speaker_span) and not (
            f.kind == "according_to" and self.names_someone(f.speaker_span))

    def names_someone(self, span: tuple[int, int]) -> bool:
        """Words that hold a name: a person's mention starts within them, or a proper noun stands there."""
        words = self.doc.char_span(*span, alignment_mode="expand")
        return any(self.mentions[j][2].type == "PER" for j in self.mention_index.starting_within(*span)) or \
            words is not None and any(t.pos_ == "PROPN" for t in words)

    def said_at(self, f: StatementCandidate, no_one: bool = False) -> tuple[int, int] | None:
        """Where a cue with the pronoun of no one ("indique-t-on"; ``no_one``: its speaker's words are that
        pronoun) says it was said, the body that said it: "indique-t-on à l'Élysée", "précise-t-on dans
        l'entourage du ministre" (the words after the preposition)."""
        words = self.doc.char_span(f.cue[0], f.cue[1], alignment_mode="expand") if f.cue is not None else None
        if words is None or not self.data.SAID_AT_PREPOSITIONS:
            return None
        # past the pronoun, a time and adverbs ("a-t-on indiqué mercredi à Matignon"), however the parse hangs
        # the body's noun (on the cue, or on the verb of what was said)
        i, doc = words.end, self.doc
        impersonal = no_one or any(t.lower_ in self.data.IMPERSONAL_CLITICS for t in words)
        while i < len(doc) and (doc[i].lower_ in self.data.IMPERSONAL_CLITICS or doc[i].pos_ == "ADV" or
                                self.is_time(doc[i]) or doc[i].lower_ in self.data.EUPHONIC):
            impersonal = impersonal or doc[i].lower_ in self.data.IMPERSONAL_CLITICS
            i += 1
        if not impersonal or i >= len(doc) or doc[i].lower_ not in self.data.SAID_AT_PREPOSITIONS or \
                doc[i].dep_ != "case" or doc[i].head.i <= i or doc[i].head.pos_ not in ("NOUN", "PROPN"):
            return None
        end = self.noun_phrase(doc[i].head).end
        while end < len(doc) and (hyphen_in_word(doc[end]) or hyphen_in_word(doc[end - 1])):
            end += 1  # "à l'état-major", whose hyphen the tokenizer cut
        return doc[i + 1].idx, doc[end - 1].idx + len(doc[end - 1])

    def unnamed(self, span: tuple[int, int]) -> bool:
        """Speaker's words that are only an indefinite pronoun ("ajoute-t-on"), a neuter one ("C'est ...,
        estimant que"), or only its hyphen."""
        word = self.text[span[0]:span[1]].lower().strip(" -").removeprefix(self.data.EUPHONIC_PREFIX)
        return word in self.data.INDEFINITE_PRONOUNS or word in self.data.NEUTER_PRONOUNS or \
            not word.strip("-")

    def same_source(self, f: StatementCandidate, statements: list[StatementCandidate],
                    i: int) -> StatementCandidate | None:
        """ "la même source": the source of the sentence just before; further back, the last statement whose
        speaker's words hold the same noun, else the last one with a speaker."""
        span = self.doc.char_span(*f.speaker_span, alignment_mode="expand")
        noun = span.root.lemma_.lower() if span is not None and len(span) else ""
        before = [p for p in statements[:i] if p.speaker is not None or p.speaker_text]
        if before and f.sentence - before[-1].sentence <= SPEAKER_WEIGHTS.same_source_sentences:
            return before[-1]  # the source cited just before, whatever the noun that named it
        for p in reversed(before):
            if noun and noun in (p.speaker_text or "").lower() and not any(
                    w in self.data.SAME_WORDS for w in (p.speaker_text or "").lower().split()):
                return p
        return before[-1] if before else None

    def body_of(self, f: StatementCandidate, statements: list[StatementCandidate],
                i: int) -> tuple[str | None, str | None] | None:
        """A definite description of a body ("le syndicat", "le site de la chaîne"): the organisation
        named with that noun ("le parquet de Lyon"), else the body that spoke last, a few sentences
        before: a statement's speaker who is not a person, or an organisation a verb of saying had as
        subject. The speaker's id and words, or None."""
        span = self.doc.char_span(*f.speaker_span, alignment_mode="expand")
        if span is None or not len(span):
            return None
        nouns = [t for t in [span.root, *(c for c in span.root.children if c.dep_ == "nmod")]
                 if t.pos_ == "NOUN" and t.lemma_.lower() in self.data.BODY_NOUNS
                 and any(d.dep_ == "det" and d.lower_ in self.data.DEFINITES for d in t.children)]
        if len(nouns) > 1 and nouns[1].head.i == nouns[0].i:
            nouns = nouns[1:]  # "le site de la chaîne": the body is the channel
        if not nouns or any(c.dep_ in ("nmod", *NAME_DEPS) and c.i < span.end for c in nouns[0].children) or \
                "Plur" in nouns[0].morph.get("Number"):
            return None  # (a description with its own complement, "le parquet d'Albi", says who it is)
        noun = nouns[0].lemma_.lower()
        named = self.bodies_named(noun)
        if named:
            before = [ent for start, ent in named if start < f.speaker_span[0]]
            return (before[-1] if before else named[0][1]).id, f.speaker_text
        if noun not in self.data.NAMED_BODY_NOUNS:
            return None
        # (a medium's noun, which coreference left: a medium that spoke this sentence or the one before,
        # where one many sentences before may be another kind of medium, "la radio" for "le quotidien")
        reach = 1 if noun in self.data.MEDIA_NOUNS else SPEAKER_WEIGHTS.body_sentences
        start = self.sentence_starts[max(0, f.sentence - reach)]
        best: tuple[int, str | None, str | None] | None = None
        for p in reversed(statements[:i]):
            where = p.speaker_span[0] if p.speaker_span else p.content[0]
            if where < start:
                break
            if (p.speaker is not None or p.speaker_text) and not self.is_person_speaker(p) and \
                    self.is_named_body(p) and not self.other_than_medium(noun, p.speaker):
                best = (where, p.speaker, p.speaker if p.speaker is not None else p.speaker_text)
                break
        bodies = self.coref.bodies if self.coref is not None else []
        j = bisect_right(bodies, (f.speaker_span[0], "")) - 1
        if j >= 0 and bodies[j][0] >= start and (best is None or bodies[j][0] > best[0]) and \
                not self.other_than_medium(noun, bodies[j][1]):
            best = (bodies[j][0], bodies[j][1], bodies[j][1])
        if best is None:
            # (an organisation named this sentence or the one before, none having spoken)
            near = self.sentence_starts[max(0, f.sentence - 1)]
            named_near = self.organisation_near(near, f.speaker_span[0]) \
                if noun not in self.data.MEDIA_NOUNS else None
            if named_near is not None and self.other_than_medium(noun, named_near.id):
                named_near = None
            return (named_near.id, f.speaker_text) if named_near is not None else None
        ent = self.entity(best[1])
        return best[1], f.speaker_text if ent is not None else best[2]

    def other_than_medium(self, noun: str, entity_id: str | None) -> bool:
        """Whether a body's noun that names no medium ("l'entreprise") would stand for a medium the article
        named as a statement's channel ("à l'AFP") or gave a medium's noun: another body, never the
        medium."""
        return noun not in self.data.MEDIA_NOUNS and (entity_id in self.channel_ids or (
            self.coref is not None and self.coref.named_medium(entity_id)))

    def organisation_near(self, start: int, end: int) -> Entity | None:
        """The one organisation named between ``start`` and ``end`` outside quotes ("des militants de
        Greenpeace ... d'après l'ONG"); None where none or several are."""
        named = (self.mentions[j] for j in self.mention_index.starting_within(start, end))
        found = {ent.id: ent for s, _, ent in named if ent.type == "ORG" and not self.in_quote(s)}
        return next(iter(found.values())) if len(found) == 1 else None

    def bodies_named(self, noun: str) -> list[tuple[int, Entity]]:
        """The organisations whose name holds ``noun`` ("parquet de Lyon"), by their first mention."""
        if self.body_names is None:
            self.body_names = {}
            for ent in self.entities:
                if ent.type == "ORG" and ent.mentions:
                    for word in {w for w in ent.name.lower().split() if w in self.data.BODY_NOUNS}:
                        self.body_names.setdefault(word, []).append((ent.mentions[0][0], ent))
            for named in self.body_names.values():
                named.sort(key=lambda m: m[0])
        return self.body_names.get(noun, [])

    def is_named_body(self, p: StatementCandidate) -> bool:
        """A statement's speaker that is an organisation, or words that hold a name ("La Voix du Nord")."""
        ent = self.entity(p.speaker)
        if ent is not None and ent.type not in SPEAKER_TYPES:
            return True  # a medium's name of no kind ("La Voix du Nord")
        if ent is not None:
            return ent.type in ("ORG", "NORP")
        span = self.doc.char_span(*p.speaker_span, alignment_mode="expand") if p.speaker_span else None
        return span is not None and (any(t.pos_ == "PROPN" for t in span) or any(
            self.mentions[j][2].type != "PER" for j in self.mention_index.starting_within(*p.speaker_span)))

    def is_person_speaker(self, p: StatementCandidate) -> bool:
        """Whether a statement's speaker is a person (named, described or a pronoun), not a body."""
        ent = self.entity(p.speaker)
        if ent is not None:
            return ent.type == "PER"
        span = self.doc.char_span(*p.speaker_span, alignment_mode="expand") if p.speaker_span else None
        if span is None or not len(span):
            return True
        root = span.root
        return root.pos_ == "PRON" or self.is_person_noun(root) or \
            root.lemma_.lower() in self.data.SOURCE_NOUNS

    def entity_in(self, start: int, end: int):
        candidates = [self.mentions[i][2] for i in self.mention_index.overlapping(start, end)
                      if self.mentions[i][2].type in SPEAKER_TYPES]
        for kind in SPEAKER_TYPES:
            for ent in candidates:
                if ent.type == kind:
                    return ent
        return None

    def name_just_after(self, start: int, end: int) -> Entity | None:
        """The person named right after a description's words, past an adjective or two and no punctuation
        ("le président de l'Assemblée X", "le directeur du tramway régional X"), whom the parse did not
        hang on them nor made a subject of its own; else None."""
        words = self.doc.char_span(start, end, alignment_mode="expand")
        if words is None or not len(words) or words.root.pos_ != "NOUN" or self.names_someone((start, end)) \
                or not any(c.dep_ == "det" for c in words.root.children):
            return None
        i = words.end
        while i < len(self.doc) and i - words.end < 2 and self.doc[i].pos_ in ("ADJ", "X") and \
                self.doc[i].is_lower:
            i += 1
        if i >= len(self.doc) or self.doc[i].dep_ in SUBJECT_DEPS and self.doc[i].head != words.root.head:
            return None  # (the subject of a verb of its own: someone else)
        found = self.mention_index.starting_within(self.doc[i].idx, self.doc[i].idx + 1)
        ent = self.mentions[found[0]][2] if found else None
        return ent if ent is not None and ent.type == "PER" else None

    def other_country(self, span: tuple[int, int], entity_id: str) -> bool:
        """Whether the description at ``span`` names by an adjective of nationality ("le ministre russe")
        only countries that the person's roles and the descriptions set beside their name ("le ministre
        allemand X") do not, while these name one."""
        ent = self.entity(entity_id)
        if ent is None or ent.type != "PER":
            return False
        said = self.countries_named(*span)
        if not said:
            return False
        # (a description set right beside one of the person's names: "le ministre allemand X", "X, ministre")
        beside = [r.span for r in ent.references
                  if r.kind == "description" and set_beside(r.span, ent.mentions)]
        own = {c for span in beside for c in self.countries_named(*span)}
        own |= {c for role in ent.roles for c in self.countries_in(role.split())}
        return bool(own) and not own & said

    def countries_named(self, start: int, end: int) -> set[str]:
        """The countries the adjectives of nationality at ``start``..``end`` name ("ministre allemand")."""
        words = self.doc.char_span(start, end, alignment_mode="expand")
        # (lower-case: "suisse" as the tagger may read it, a noun, but not "la Suisse")
        return self.countries_in([t.text for t in words or () if t.pos_ in ("ADJ", "NOUN") and t.is_lower])

    @staticmethod
    def countries_in(words: list[str]) -> set[str]:
        """The country codes of the demonyms among ``words``."""
        table = demonyms()
        return {table[key] for key in map(name_key, words) if key in table}

    def entity_at_head(self, start: int, end: int, said: tuple[int, int] | None = None):
        """The entity the speaker's words are about: the one at the head of the noun phrase
        ("le colonel John Dorrian", "M. Johnson"), not one in its modifiers ("un porte-parole ... en
        Irak"), nor one in what is ``said`` that the parse hangs on words that name no person ("Selon
        les indications de la radio, X, 31 ans, aurait ...": X is spoken of)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        root = span.root
        if said is not None and self.is_person_noun(root):
            said = None  # "Pour le ministre de la Santé, X, ...": the person the description names
        # (a person's name the parse hangs on a medium's noun is none of its: "selon le journal, X a dit")
        medium = root.lemma_.lower() in self.data.MEDIA_NOUNS and self.coref is not None
        heads = {root.i} | {c.i for c in root.children if c.dep_ in NAME_DEPS and not (
            medium and self.coref.person_named(c)) and not (
            said is not None and said[0] <= c.idx < said[1] and RULES.on(SPEAKER_NOT_SAID)) and not (
            RULES.on(SPEAKER_NOT_BRACKETED) and c.left_edge.i > 0 and
            self.doc[c.left_edge.i - 1].text == "(")}
        # the first mention, in the article's order, over one of the head words
        over_heads = sorted({m for i in heads for m in self.mention_index.overlapping(
            self.doc[i].idx, self.doc[i].idx + len(self.doc[i]))})
        # (of the mentions that start together, the longest: "France 3", not "France")
        over_heads.sort(key=lambda m: (self.mentions[m][0], self.mentions[m][0] - self.mentions[m][1]))
        if RULES.on(SPEAKER_PLACE_AFTER_PREPOSITION):
            # "Des médias implantés à Hong Kong", "Kong" hung on the head: a place a preposition leads is
            # where, not who
            over_heads = [m for m in over_heads if not self.place_after_preposition(m, root)]
        if RULES.on(SPEAKER_PERSON_IN_ROLE) and root.pos_ == "NOUN" and \
                not self.mention_index.covers(root.idx):
            # "l'eurodéputé EELV Paul Martin", the name hung on the body's: the person named with the role
            # first, before the body
            named = [t.i for i in heads if i != root.i for t in self.doc[i].subtree
                     if t.i != i and t.dep_ in NAME_DEPS and start <= t.idx < end]
            over_heads = sorted(set(over_heads) | {m for i in named for m in self.mention_index.overlapping(
                self.doc[i].idx, self.doc[i].idx + len(self.doc[i]))},
                key=lambda m: (self.mentions[m][2].type != "PER", self.mentions[m][0],
                               self.mentions[m][0] - self.mentions[m][1]))
        over = [self.mentions[m] for m in over_heads]
        if RULES.on(SPEAKER_NAME_BESIDE_TITLE) and any(
                ent.type == "PER" and not s <= root.idx < e for s, e, ent in over):
            # "Le Garde des Sceaux Eric Dupond-Moretti", whose title the entities read as a body's name: the
            # person named beside the head, before the title
            over_heads.sort(key=lambda m: self.mentions[m][2].type != "PER")
        coref = self.coref
        for m in over_heads:
            s, e, ent = self.mentions[m]
            if (ent.type in SPEAKER_TYPES or self.whole_name(s, e, span)) and not (coref is not None and (
                    self.described(ent, s, e) or ent.type != "PER" and coref.is_description(root))):
                # (an "entity" named by a description, "président de la République", is not; nor an
                # organisation in the words of a person's role, "le député LREM de l'Isère")
                return ent
        return self.name_after_role(span) or (self.surname_after_role(span) if RULES.on(SURNAME_AFTER_ROLE)
                                              else None) or self.body_named_at_end(span)

    def body_named_at_end(self, span: Span) -> Entity | None:
        """The organisation named at the end of a body's words ("l'agence de presse iranienne Tasnim"), right
        after a noun or an adjective of theirs, not a preposition or a conjunction ("le parquet de Lyon", "le
        New York Times et NBC" name others); else None."""
        root = span.root
        if not RULES.on(BODY_NAMED_AT_END) or root.pos_ != "NOUN" or \
                root.lemma_.lower() not in self.data.BODY_NOUNS or \
                not any(c.dep_ == "det" for c in root.children):
            return None
        found = [m for m in self.mention_index.overlapping(span[-1].idx, span.end_char)
                 if self.mentions[m][1] == span.end_char]
        for m in found:
            first = token_covering(self.doc, self.mentions[m][0])
            if first is not None and root.i < first.i and self.doc[first.i - 1].pos_ in ("NOUN", "ADJ"):
                return self.mentions[m][2]
        return None

    def place_after_preposition(self, m: int, root: Token) -> bool:
        """Whether a mention is a place's, led by a preposition, away from the head word ``root``."""
        s, e, ent = self.mentions[m]
        first = token_from(self.doc, s)
        return ent.type in PLACE_TYPES and first is not None and first.i > 0 and not s <= root.idx < e and \
            self.doc[first.i - 1].pos_ == "ADP"

    def surname_after_role(self, span: Span) -> Entity | None:
        """ "le colonel Wagué" where the entities hold only "Ismaël Wagué": a surname no mention covers, at
        the end of a role's words, that ends the name of one person of the article, and of one only."""
        last = span[-1]
        if len(span) < 2 or last.pos_ != "PROPN" or span.root.i == last.i or \
                self.mention_index.overlapping(last.idx, last.idx + len(last)) or not (
                    span.root.lemma_.lower() in self.roles or span.root.lower_ in self.roles):
            return None
        if self.surnames is None:
            self.surnames = {}
            for ent in self.entities:
                words = ent.name.split()
                if ent.type == "PER" and len(words) > 1:
                    self.surnames.setdefault(words[-1], set()).add(ent.id)
        found = self.surnames.get(last.text, set())
        return self.entity(next(iter(found))) if len(found) == 1 else None

    def whole_name(self, start: int, end: int, span: Span) -> bool:
        """A mention of another type ("France 3 Midi-Pyrénées", a medium the tagger reads as a name of no
        kind) that starts with the speaker's words, with their determiner or past it ("La Voix du Nord", "le
        Parisien"), and covers them all: what speaks."""
        words = [t for t in span if t.dep_ != "det"]
        return bool(words) and start in (span.start_char, words[0].idx) and \
            words[-1].idx + len(words[-1]) <= end

    def described(self, ent: Entity, start: int, end: int) -> bool:
        """An entity whose mention from ``start`` to ``end`` is only a description ("président de la
        République"): not one whose words hold a proper noun ("cardinal Dupont"), a name with its title."""
        if self.coref is None or not self.coref.is_described(ent):
            return False
        words = self.doc.char_span(start, end, alignment_mode="expand")
        return words is None or not any(t.pos_ == "PROPN" for t in words)

    def name_after_role(self, span: Span) -> Entity | None:
        """ "le président de LR Christian Jacob": the person named at the end of a role's words, which the
        parse may hang on the role's complement, or whose name they cut; not a name after "de" ("l'avocat
        de X")."""
        if span.root.lemma_.lower() not in self.roles and span.root.lower_ not in self.roles:
            return None
        words = span.text
        if words.endswith(")") and "(" in words:
            # the name last before a parenthesis: "le ministre X (MoDem)"
            end = span.start_char + len(words[:words.rindex("(")].rstrip())
            span = self.doc.char_span(span.start_char, end, alignment_mode="contract")
            if span is None or not len(span):
                return None
        found = self.mention_index.overlapping(span[-1].idx, span.end_char)
        for m in found:
            s, e, ent = self.mentions[m]
            first = token_covering(self.doc, s)
            # (or runs on past them, where the parse cut the name: "le ministre des Sports Paul | Le Moal")
            ends = e == span.end_char or e > span.end_char and RULES.on(SPEAKER_NAME_CUT)
            if ent.type == "PER" and ends and first is not None and span.start < first.i and \
                    self.doc[first.i - 1].pos_ not in ("ADP", "DET") and \
                    not self.described(ent, s, e):
                return ent
        return None

    def at_head(self, words: tuple[int, int], start: int, end: int) -> bool:
        """Whether ``words`` cover the head word of the speaker's words from ``start`` to ``end``."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return True
        lemma = span.root.lemma_.lower()  # ("les propos du ministre": his)
        return words[0] <= span.root.idx < words[1] or lemma in getattr(self.data, "SAID_NOUNS", ()) or \
            lemma in self.data.CHANNEL_WORDS

    def entity(self, entity_id: str | None):
        if self.by_id is None:
            self.by_id = {}
            for e in self.entities:
                self.by_id.setdefault(e.id, e)
        return self.by_id.get(entity_id)

    def antecedent(self, before: list[StatementCandidate], number: str,
                   gender: str | None = None) -> StatementCandidate | None:
        """ "il" is the last one who spoke, named or not ("un conseiller ... a estimé"), of its gender as
        coreference knows it; "ils" a group."""
        for p in reversed(before[-self.weights.pronoun_reach:]):
            if p.speaker is None and not p.speaker_text:
                continue
            ent = self.entity(p.speaker)
            known = self.coref.gender_of(ent.id) if ent is not None and self.coref is not None else None
            if gender and known and gender != known:
                continue  # "-t-elle" is not the man who spoke last
            words = (p.speaker_text or "").lower().split()
            span = self.doc.char_span(*p.speaker_span, alignment_mode="expand") if p.speaker_span else None
            root = phrase_root(span) if span is not None and len(span) else None
            if gender and ent is None and root is not None and root.pos_ == "NOUN" and \
                    self.description_gender(root) not in (None, gender):
                continue  # "-t-elle" is not "l'élu" who spoke last
            plural = ent.type != "PER" if ent is not None else \
                bool(words and words[0] in self.data.PLURAL_DETERMINERS)
            if ent is not None and ent.type != "PER" and root is not None and \
                    root.pos_ == "NOUN" and "Sing" in root.morph.get("Number"):
                plural = False  # "le syndicat", resolved to the union: "il"
            if number == "sing" and ent is None:
                if root is None or not (self.is_person_noun(root) or root.lemma_.lower() in (
                        self.data.SOURCE_NOUNS) or root.lemma_.lower() in self.roles or
                        root.pos_ == "PRON" and p.speaker_text != span.text):
                    continue  # "il" is a person: not "l'Élysée" (a pronoun that stood for a person is one)
            if (number == "plur") == plural:
                return p
        return None

    def last_subject_person(self, before: int) -> str | None:
        """The last person who was the subject of a clause before ``before``: who "il" most likely is."""
        if self.subject_people is None:
            self.subject_people = self.people_and_subjects()
        # the mentions that end by ``before``: all those that start early enough, and some in a last window
        index = self.mention_index
        lo, hi = bisect_right(index.starts, before - index.longest), bisect_right(index.starts, before)
        last, fallback = self.subject_people[lo]
        for j in range(lo, hi):
            s, e, ent = self.mentions[j]
            if e > before or ent.type != "PER" or self.in_quote(s):
                continue  # (a person named inside a quote is spoken of)
            fallback = j
            if self.is_subject(s):
                last = j
        found = last if last >= 0 else fallback
        return self.mentions[found][2].id if found >= 0 else None

    def last_named_of_gender(self, before: int, sentence: int, gender: str,
                             subject: str | None = None) -> str | None:
        """The person named last before ``before``, in this sentence or the two before, outside quotes,
        whose gender (as coreference, else the given name, gives it) is ``gender``; named after the
        ``subject`` it would replace (a given name may read as the other gender: "Jean")."""
        if self.coref is None:
            return None
        start = self.sentence_starts[max(0, sentence - self.weights.named_before_sentences)]
        for j in reversed(self.mention_index.starting_within(start, before)):
            s, e, ent = self.mentions[j]
            if ent.type != "PER" or e > before or self.in_quote(s):
                continue
            if ent.id == subject:
                return None
            if self.coref.gender_of(ent.id) == gender:
                return ent.id
        return None

    def is_subject(self, char: int) -> bool:
        """Whether the word at ``char`` is a clause's subject, or the name a copula presents ("L'un d'eux
        est Marc Dupuis"), who becomes the one spoken of."""
        token = token_covering(self.doc, char)
        if token is not None and self.coref is not None and self.coref.bare_verb_subject(token):
            return True  # ("Dans l'assistance, René Martinet, ancien pilote, tenait à": the parse's miss)
        while token is not None and token.dep_ in NAME_DEPS and token.head.i != token.i:
            token = token.head
        return token is not None and (token.dep_ in SUBJECT_DEPS or token.pos_ == "PROPN" and any(
            c.dep_ == "cop" and c.i < token.i for c in token.children) or RULES.on(NARRATIVE_INFINITIVE)
            and self.narrative_infinitive(token) is not None)

    def narrative_infinitive(self, noun: Token) -> Token | None:
        """The infinitive whose subject a noun is in a narrative infinitive ("Et Olivier Faure d'ajouter",
        "Et la maire de conclure"): one marked by "de", hung on the noun, in a sentence that "Et" opens."""
        opener = noun.left_edge.i  # (the parse may hang "Et" on the noun)
        if self.doc[opener].lower_ not in self.data.NARRATIVE_OPENERS:
            opener -= 1
        if opener < 0 or self.doc[opener].lower_ not in self.data.NARRATIVE_OPENERS or not (
                opener == 0 or self.doc[opener].is_sent_start or self.doc[opener - 1].is_punct):
            return None
        return next((c for c in noun.rights if "Inf" in c.morph.get("VerbForm") and c.dep_ in (
            "acl", "xcomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in self.data.NARRATIVE_MARKS
                                              for m in c.children)), None)

    def people_and_subjects(self) -> list[tuple[int, int]]:
        """For each mention position j: the last person's mention before j that is a clause's subject,
        and the last person's mention before j (-1 where none)."""
        out = [(-1, -1)]
        for s, _e, ent in self.mentions:
            last, fallback = out[-1]
            if ent.type == "PER" and not self.in_quote(s):
                fallback = len(out) - 1
                if self.is_subject(s):
                    last = fallback
            out.append((last, fallback))
        return out

    def fuller_description(self, start: int, end: int) -> str | None:
        """ "la préfecture" named before as "la préfecture du Pas-de-Calais": the fuller words."""
        if self.coref is not None and self.coref.words_of((start, end)) != (start, end):
            # the fullest words coreference gave the same referent ("un policier" ... "ce policier de Lyon")
            return self.words_at(*self.coref.words_of((start, end)))
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or span.root.pos_ != "NOUN":
            return None
        if self.nouns_by_lemma is None:
            # nouns with a complement ("la préfecture du Pas-de-Calais", "une source proche du dossier"), by
            # lemma, in the article's order
            self.nouns_by_lemma = {}
            for t in (self.doc[i] for i, noun in enumerate(tagged(self.doc, "NOUN")) if noun):
                if RULES.on(SPEAKER_FULLER_NOT_QUOTED) and self.in_quote(t.idx):
                    continue
                if any(c.dep_ == "nmod" or c.dep_ == "amod" and any(g.dep_ in ("nmod", "obl", "obl:arg")
                                                                    for g in c.children) for c in t.rights):
                    self.nouns_by_lemma.setdefault(t.lemma_.lower(), []).append(t.i)
        # the first of them whose phrase is longer, found once per lemma and length (not a scan per call)
        key = (span.root.lemma_.lower(), len(span))
        if key not in self.fuller:
            self.fuller[key] = next((i for i in self.nouns_by_lemma.get(key[0], [])
                                     if len(self.noun_phrase(self.doc[i])) > key[1]), None)
        i = self.fuller[key]
        if (i is None or i >= span.start) and RULES.on(SPEAKER_FULLER_KIND):
            i = self.fuller_of_kind(span)
        if i is None or i >= span.start:
            return None
        fuller = self.noun_phrase(self.doc[i])
        if RULES.on(SPEAKER_FULLER_NOT_HEADING) and "\n" in self.text[fuller.start_char:fuller.end_char + 1]:
            return None  # ("13.000 chaises devant le Reichstag": a heading's words, which describe no one)
        if fuller.root.lemma_.lower() != key[0]:
            # (a role of the description's kind: "l'édile du village", its mayor)
            return self.words_at(fuller.start_char, fuller.end_char)
        # (an office is the same words and more: "le président de la République" is not "le président de
        # la fédération")
        own = [t.lower_ for t in span if t.dep_ != "det"]
        if key[0] in self.roles and [t.lower_ for t in fuller if t.dep_ != "det"][:len(own)] != own:
            return None
        return self.words_at(fuller.start_char, fuller.end_char)

    def words_at(self, start: int, end: int) -> str:
        """The words at these characters, trimmed as a speaker's are (``trimmed_words``)."""
        if RULES.on(SPEAKER_WORDS_TRIMMED):
            start, end = self.trimmed_words(start, end)
        return self.text[start:end]

    def fuller_of_kind(self, span: Span) -> int | None:
        """The last noun before ``span`` of a role of the kind its noun says ("l'édile": "maire") whose phrase
        holds all of the description's other words ("du village")."""
        kinds = self.role_kinds.get(span.root.lemma_.lower()) or self.role_kinds.get(span.root.lower_)
        own = {t.lower_ for t in span if t.dep_ != "det" and t.i != span.root.i and not t.is_punct}
        if not kinds or not own:
            return None
        before = [i for kind in kinds for i in self.nouns_by_lemma.get(kind, []) if i < span.start]
        for i in sorted(before, reverse=True):
            if own <= {t.lower_ for t in self.noun_phrase(self.doc[i])}:
                return i
        return None

    def role_of(self, words: list[str]) -> str | None:
        """The role the speaker's words give, before any complement: "un proche de l'ancien ministre"
        gives none (the minister is someone else)."""
        for i, w in enumerate(words):
            if i and (w in self.data.CHANNEL_LINKS or w.startswith(("d'", "d’"))):
                return None
            if w in self.roles:
                return w
        return None

    def people_with_role(self, role: str) -> list:
        """The people, in the article's order, one of whose roles holds the word ``role``."""
        if self.people_by_role is None:
            self.people_by_role = {}
            for ent in self.entities:
                if ent.type == "PER":
                    for word in {w for r in ent.roles for w in self.role_words(r)}:
                        self.people_by_role.setdefault(word, []).append(ent)
        return self.people_by_role.get(role, [])

    def role_words(self, role: str) -> list[str]:
        """The words of a role, "ex-" left out ("l'ex-ministre" holds "ministre")."""
        return role.lower().replace(self.data.FORMER_PREFIX, "").split()

    def by_role(self, f: StatementCandidate, words: list[str], statements: list[StatementCandidate],
                i: int) -> str | None:
        """ "un porte-parole de la coalition": the person the article gives that role, or names next;
        "le président français": the person with that title, else the person named just before.
        ``f`` is ``statements[i]``; those before it are resolved."""
        content_words = [w for w in words if w not in self.data.DETERMINERS]
        if f.role is not None:
            for ent in self.people_with_role(f.role):
                if self.of_another_country(f, ent.id):
                    continue  # ("le ministre néerlandais de la Défense" is not the German one)
                if any(f.role in self.role_words(r) and (
                        len(content_words) == 1 or sum(w in r.lower().split() for w in content_words) >= 2)
                        for r in ent.roles):
                    return ent.id
            same = self.last_by_role.get((f.role, f.speaker_text))  # the same words, given a speaker before
            if same is not None:
                return same.speaker
        if words and words[0] in self.data.INDEFINITES:
            if f.role is None:
                return None
            span = self.doc.char_span(*f.speaker_span, alignment_mode="expand") if f.speaker_span else None
            gender = self.description_gender(span.root) if span is not None and len(span) else None
            for p in statements[i + 1:]:
                if p.sentence > f.sentence + self.weights.named_next_sentences:
                    break
                if p.speaker_span is not None:
                    entity = self.entity_in(*p.speaker_span)
                    if entity is not None and entity.type == "PER" and RULES.on(NAMED_NEXT_NEW) and (
                            not self.gender_agrees(gender, entity.id) or
                            min(s for s, _ in entity.mentions) < f.speaker_span[0]):
                        return None  # (someone named before, or of the other gender, is not the one "une
                        # journaliste" brings in)
                    if entity is not None and entity.type == "PER":
                        return entity.id
            return None
        if not words or words[0] not in self.data.DEFINITES:
            return None
        # a definite description of a person: the one named last, in this sentence or the two before
        span = self.doc.char_span(*(f.speaker_span or f.content), alignment_mode="expand")
        pointing = span is not None and len(span) and self.demonstrative_person(span)
        if span is None or span.root.pos_ != "NOUN" or not (
                f.role in (span.root.lower_, span.root.lemma_.lower()) or self.is_person_noun(span.root) or
                pointing):
            return None  # (a role's word that only qualifies the noun is none: "le parquet général")
        if "Plur" in span.root.morph.get("Number") or any(
                c.dep_ == "det" and "Plur" in c.morph.get("Number") for c in span.root.children):
            return None  # "les responsables", "les porte-parole" are not the one person named last
        gender = self.description_gender(span.root)
        if self.coref is not None and self.coref.named_complement(span.root):
            return None  # "le correspondant de l'AFP": someone of that body, whom no one named has been
        start = self.sentence_starts[max(0, f.sentence - self.weights.named_before_sentences)]
        for j in reversed(self.mention_index.starting_within(start, span.start_char)):
            s, e, ent = self.mentions[j]
            token = token_covering(self.doc, s)
            acted_on = self.coref is not None and token is not None and \
                self.coref.acted_on(token, complement=False)
            # (a demonstrative points at the one named last: their gender as the article told it, not as
            # a foreign given name may read, "cette grand-mère" after "Cheikha X")
            agrees = self.gender_agrees(gender, ent.id) if not pointing else not (
                gender and self.coref is not None and self.coref.gender.get(ent.id) not in (None, gender))
            inside = self.said_inside(s, i) and not (RULES.on(SUBJECT_SAID_OF) and self.subject_said_of(s))
            if e <= span.start_char and ent.type == "PER" and not inside and not acted_on \
                    and agrees and not self.other_office(ent, f.role, content_words) \
                    and not self.of_another_country(f, ent.id) and not self.titled_otherwise(ent.id, f, span):
                # the last one named, not as the one an action befalls ("ont arrêté X"); a title only to
                # someone the article gives no description that is none ("le chef de l'État" is not the
                # one it calls "l'assaillant")
                return None if self.described_without_title(ent.id, f.role) else ent.id
        # the last person who spoke before, unless of the other gender ("le coiffeur" is not Karine)
        last = self.entity(self.last_person)
        if last is not None and (self.other_office(last, f.role, content_words) or
                                 self.titled_otherwise(last.id, f, span)):
            return None
        previous = next((p for p in reversed(statements[:i]) if p.speaker is not None or p.speaker_text),
                        None)
        if last is not None and previous is not None and previous.speaker != last.id and \
                self.described_without_title(last.id, f.role):
            return None  # (a title, and another source spoke since the one the article never titled)
        if last is not None and self.of_another_country(f, last.id):
            return None  # ("le président américain" is not "le ministre allemand X" who spoke last)
        return self.last_person if self.gender_agrees(gender, self.last_person) else None

    def demonstrative_person(self, span: Span) -> bool:
        """A demonstrative description that points back to a person ("cette grand-mère de 43 ans", "ce
        quinquagénaire"): not a body, a document or words ("ce communiqué"), nor someone of another named
        person ("ce fils de X")."""
        root = span.root
        lemma = root.lemma_.lower()
        return RULES.on(SPEAKER_DEMONSTRATIVE) and span[0].lower_ in self.data.DEMONSTRATIVES and \
            "Plur" not in root.morph.get("Number") and not (
                lemma in self.data.CHANNEL_WORDS or lemma in self.data.BODY_NOUNS or
                lemma in self.data.SAID_NOUNS or lemma in self.data.SOURCE_NOUNS) and not any(
                c.dep_ == "nmod" and self.person_at(c) for c in root.children)

    def other_office(self, ent, role: str | None, content_words: list[str]) -> bool:
        """Whether the article gives a person the role of a description with another complement: "le président
        de la République" is not "Francis Martin, président de la Confédération"."""
        return role is not None and len(content_words) > 1 and any(
            role in self.role_words(r) and sum(w in r.lower().split() for w in content_words) < 2
            and len([w for w in self.role_words(r) if w not in self.data.DETERMINERS]) > 1
            for r in getattr(ent, "roles", None) or [])

    def titled_otherwise(self, entity_id: str, f: StatementCandidate, words: Span) -> bool:
        """Whether the article titled a person in other words than a description's title ("le président",
        "le chef de l'État" for "le chef du gouvernement italien X")."""
        if self.coref is None:
            return False
        title = self.coref.periphrase(words.root) or ([f.role] if f.role else None)
        return title is not None and self.coref.titled_otherwise(entity_id, title)

    def described_without_title(self, entity_id: str, role: str | None) -> bool:
        """Whether a title (``role``) cannot be a person's: the article describes them ("l'assaillant",
        "X, agent administratif") and never by a title."""
        if role is None or self.coref is None:
            return False
        given = [w for r in self.coref.roles_of.get(entity_id, []) for w in self.role_words(r)]
        given += [w for d in self.coref.described_as.get(entity_id, ()) for w in d]
        if RULES.on("coref.untitled_apposition"):
            given += self.coref.apposition_nouns(entity_id)  # "X, un délinquant radicalisé"
        return bool(given) and not any(w in self.roles for w in given)

    def description_gender(self, noun: Token) -> str | None:
        """A description's gender: its determiner's ("la ministre"), else its noun's ("l'élue")."""
        dets = [c for c in noun.children if c.dep_ == "det"]
        det = next((c for c in dets if not c.lower_.endswith(("'", "’"))), None)
        found = det.morph.get("Gender") if det is not None else []
        if not found and dets and det is None:
            # "l'ancienne ministre": an adjective before the noun says, where the article is elided
            found = next((a.morph.get("Gender") for a in noun.lefts if a.dep_ == "amod" and a.pos_ == "ADJ"
                          and a.morph.get("Gender")), [])
        if not found and dets and det is None and self.data.NOUN_GENDER_ENDINGS:
            # "l'ex-champion": the ending says, where the tagger only guesses
            found = [g for end, g in self.data.NOUN_GENDER_ENDINGS if noun.lower_.endswith(end)][:1]
        return next(iter(found or noun.morph.get("Gender")), None)

    def disagrees(self, span: tuple[int, int], entity_id: str) -> bool:
        """Whether the words at ``span``, a pronoun or a description naming no one, cannot stand for the
        person ``entity_id``: plural ("les experts"), or of the other gender as the words and the person's
        name or descriptions tell it ("l'historienne", "-elle" for a man)."""
        ent = self.entity(entity_id)
        words = self.doc.char_span(*span, alignment_mode="expand")
        if ent is None or ent.type != "PER" or words is None or not len(words) or self.names_someone(span):
            return False
        head = words.root
        word = head.lower_.strip("-").removeprefix(self.data.EUPHONIC_PREFIX)
        if word in self.data.PRONOUNS:
            number = self.data.PRONOUNS[word]
            gender = self.data.PRONOUN_GENDERS.get(word) or next(iter(head.morph.get("Gender")), None)
        elif head.pos_ == "NOUN" and head.lemma_.lower() not in self.data.GENDER_FIXED_NOUNS:
            number = "plur" if head.morph.get("Number") == ["Plur"] else "sing"
            gender = self.description_gender(head)
        else:
            return False
        # (the gender a description, an article or a title gave, not a guess from the given name)
        known = self.coref.gender.get(entity_id) if self.coref is not None else None
        return number == "plur" or bool(gender and known and gender != known)

    def gender_agrees(self, gender: str | None, entity_id: str | None) -> bool:
        """Whether a person may be of ``gender``, as coreference knows their gender (else as their given
        name reads)."""
        known = self.coref.gender_of(entity_id) if entity_id and self.coref is not None else None
        return not (gender and known and gender != known)

    def subject_said_of(self, char: int) -> bool:
        """Whether the name at ``char`` is the subject of what is reported, outside quotation marks ("Selon
        l'enregistrement, Laurent Wauquiez n'a épargné personne"): the one the article is telling of."""
        token = token_covering(self.doc, char)
        if token is None or self.in_quote(char):
            return False
        while token.dep_ in ("flat", "flat:name", "compound") and token.head.i != token.i:
            token = token.head
        return token.dep_ in ("nsubj", "nsubj:pass")

    def said_inside(self, char: int, i: int) -> bool:
        """Whether ``char`` lies in a quotation or in what one of the first ``i + 1`` statements says:
        someone named inside what is said is spoken of, not speaking."""
        return self.in_quote(char) or any(j <= i for j in self.said.overlapping(char, char + 1))

    def person_over(self, noun: Token, plural: bool = False) -> Token | None:
        """The person's noun a noun that names no person is the complement of, directly or through other
        complements ("la présidente" over "la Chambre des représentants"); people's, ``plural``, for a
        plural verb ("ces anciens élèves de toutes générations, qui disent"); else None."""
        if noun.pos_ not in ("NOUN", "PROPN") or self.person_at(noun) or \
                noun.pos_ == "NOUN" and self.is_person_noun(noun):
            return None
        while noun.dep_ == "nmod" and noun.head.i != noun.i and noun.head.pos_ == "NOUN":
            noun = noun.head
            if self.is_person_noun(noun) and ("Plur" in noun.morph.get("Number")) == plural:
                return noun
        return None

    def is_person_noun(self, token: Token) -> bool:
        """A noun that names a person by what they do ("le dirigeant", "le locataire de l'Élysée")."""
        lemma = token.lemma_.lower()
        # (the ending as written or, for a plural, of its lemma: "les manifestants")
        ending = token.lower_.endswith(self.data.PERSON_SUFFIXES) or \
            RULES.on(PERSON_BY_LEMMA) and lemma.endswith(self.data.PERSON_SUFFIXES)
        return lemma in self.roles or lemma in self.person_nouns or token.lower_ in self.person_nouns or \
            ending and not (
                lemma in self.data.CHANNEL_WORDS or lemma in self.data.BODY_NOUNS)  # ("le quotidien")

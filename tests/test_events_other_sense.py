"""Words of an event's kind that name none: a move of play, "manifeste" as an adjective or a noun, a strike
named as a right, a singer who attacks, an organisation's name, a show of cars or fashion, the verb that
says a quote; and an accident the headline names, which is the primary event with no type, not a reaction
to it."""
from __future__ import annotations

import pytest

# a goal scored with a shot: a game, no strike
GAME = ("Football : une frappe du milieu offre la victoire à Lens\n\nMardi, une frappe du milieu de terrain "
        "a donné la victoire à Lens face à Nantes.")
# "manifeste" as an adjective and as a noun
MANIFEST = ("Le ministre et un soutien manifeste\n\nLe ministre a reçu mardi à Paris le soutien manifeste "
            "des syndicats pour son texte.")
# the right to strike, talked of
RIGHT = ("Retraites : le ministre veut limiter le droit de grève\n\nLe ministre a dit mardi à Paris qu'il "
         "voulait limiter le droit de grève.")
# a train crash the headline names; a minister reacts in the body
CRASH = ("Belgique : accident de train près de Namur, dix blessés\n\nUn train de voyageurs a percuté mardi "
         "un convoi de marchandises près de Namur. Le mécanicien a tenté en vain de freiner le convoi. Le "
         "ministre des Transports a réagi dans un communiqué.")
# a singer attacks with words; a word of violence in an organisation's name
SINGER = ("Le chanteur attaque son ancien producteur\n\nLe chanteur a vivement attaqué mardi son ancien "
          "producteur sur un plateau de télévision.")
BODY = ("Un groupe en ligne visé par la justice\n\nLe Collectif féministe contre le viol a porté plainte "
        "mardi contre les administrateurs du groupe.")


def types(article) -> list[str | None]:
    return [e.type for e in article.events]


def rule_removes(analyse_text, rules_off, rule: str, plover: str, text: str, lang: str = "fr") -> bool:
    """Whether the event type is absent from the text's events with the rule on, and present with it off."""
    absent = plover not in types(analyse_text(text, lang, "2021-03-16"))
    rules_off(rule)
    return absent and plover in types(analyse_text(text, lang, "2021-03-16"))


@pytest.mark.parametrize("text, plover, rule", [
    (GAME, "ASSAULT", "events.sport_figure"),  # a move of play
    (MANIFEST, "PROTEST", "events.manifest_word"),  # "manifeste" as an adjective
    (RIGHT, "PROTEST", "events.strike_in_policy"),  # the right to strike
    (SINGER, "ASSAULT", "events.party_figure"),  # a fight of words
    (BODY, "ASSAULT", "events.body_name"),  # a name
])
def test_a_word_of_an_events_kind_that_names_none(analyse_text, rules_off, text, plover, rule):
    assert plover not in types(analyse_text(text, "fr", "2021-03-16"))
    rules_off(rule)
    assert plover in types(analyse_text(text, "fr", "2021-03-16"))


def test_an_accident_in_the_headline_is_the_primary(analyse_text, rules_off):
    primary = next(e for e in analyse_text(CRASH, "fr", "2021-03-16").events if e.primary)
    assert primary.type is None and primary.acled is None
    assert primary.trigger.text == "accident"
    rules_off("events.accident_headline")
    primary = next(e for e in analyse_text(CRASH, "fr", "2021-03-16").events if e.primary)
    assert primary.trigger.text != "accident"


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les Bentley à l'honneur\n\nPlus de quarante modèles du constructeur ont défilé samedi devant le "
           "château de Blenheim."),  # the maker's cars
    ("fr", "Un couturier hors norme\n\nLe couturier organisait des défilés spectaculaires au Grand Palais."),
    ("en", "Vintage cars\n\nA rally of vintage cars gathered hundreds of models on Sunday in Brighton."),
])
def test_a_show_of_things_is_no_protest(analyse_text, rules_off, lang, text):
    assert "PROTEST" not in types(analyse_text(text, lang, "2021-03-16"))
    rules_off("events.show_not_protest", "events.gathering_claim")  # (a gathering with no claim is none)
    assert "PROTEST" in types(analyse_text(text, lang, "2021-03-16"))


@pytest.mark.parametrize("lang, text", [
    ("fr", "Une danse géante\n\nQuelque 300 danseurs se sont rassemblés samedi sur la place de la Comédie "
           "à Montpellier. Ils ont dansé pendant une heure."),
    ("fr", "Témoins\n\nLes témoins défilaient lundi devant les gendarmes de Saint-Florentin."),
    ("en", "Residents gathered on the beach in Banda Aceh on Monday as the boats came in."),
])
def test_a_gathering_with_no_claim_is_no_protest(analyse_text, rules_off, lang, text):
    assert rule_removes(analyse_text, rules_off, "events.gathering_claim", "PROTEST", text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nantes\n\nDes chauffeurs de taxi ont défilé avec leurs voitures contre la réforme samedi."),
    ("fr", "Paris\n\nDes milliers de personnes ont défilé samedi à Paris pour un nouveau modèle de société."),
    ("en", "London\n\nThousands rallied for fair pay in London on Saturday."),
    # a gathering whose next sentence voices the claim, or that gathers for a purpose
    ("fr", "Montpellier\n\nQuelque 300 enseignants se sont rassemblés samedi sur la place de la Comédie à "
           "Montpellier. Ils réclament des moyens."),
    ("en", "Leeds\n\nDozens of nurses gathered outside the hospital in Leeds on Monday to call for more "
           "pay."),
])
def test_a_parade_with_a_claim_or_of_people_is_a_protest(analyse_text, lang, text):
    assert "PROTEST" in types(analyse_text(text, lang, "2021-03-16"))


def test_the_verb_that_says_a_quote_is_no_protest(analyse_text, rules_off):
    text = "Marseille\n\n« On nous oublie complètement », proteste l'enseignant marseillais."
    assert "PROTEST" not in types(analyse_text(text, "fr", "2021-03-16"))
    rules_off("events.saying_cue_no_deed")
    assert "PROTEST" in types(analyse_text(text, "fr", "2021-03-16"))
    crowd = "Marseille\n\nDes centaines d'enseignants ont protesté mardi devant le rectorat contre la loi."
    assert "PROTEST" in types(analyse_text(crowd, "fr", "2021-03-16"))


def test_a_word_of_an_actor_s_name_is_no_event(analyse_text, rules_off):
    text = ("Rassemblement national : un tiers des permanences fermées faute de fonds\n\nAffaibli par ses "
            "dettes, le Rassemblement national ferme ses permanences dans plusieurs départements.")
    assert not analyse_text(text, "fr", "2021-03-04").events
    marched = "Des militants du Rassemblement national ont manifesté samedi à Lyon contre une fermeture."
    assert [e.type for e in analyse_text(marched, "fr", "2021-03-04").events] == ["PROTEST"]
    # an armed force's name stays for the reading: militants against a force fight a battle
    fought = ("On 3 May 2022, IS militants attacked a Popular Mobilization Forces patrol near Tikrit. The "
              "attack was repelled. There were no fatalities.")
    primary = next(e for e in analyse_text(fought, "en", "2022-05-04").events if e.primary)
    assert primary.acled is not None and primary.acled.sub_event_type == "Armed clash"
    rules_off("events.trigger_in_actor_name", "events.gathering_claim")  # (a gathering with no claim is none)
    assert [e.type for e in analyse_text(text, "fr", "2021-03-04").events] == ["PROTEST"]


def test_the_dead_of_an_accident_are_no_violence(analyse_text, rules_off):
    texts = {"fr": "Neuf soldats ont été tués mardi au Tchad dans la collision accidentelle de deux "
                   "camions.",
             "en": "Two soldiers were killed in a helicopter crash near Kandahar on Monday."}

    def coded(lang: str) -> list[str | None]:
        article = analyse_text(texts[lang], lang, "2021-03-04")
        return [e.acled.event_type if e.acled else None for e in article.events if e.type == "ASSAULT"]

    assert coded("fr") == [None] and coded("en") == [None]
    ambush = analyse_text("Two soldiers were killed in an ambush near Kandahar on Monday.", "en",
                          "2021-03-04")
    assert [e.acled is not None for e in ambush.events] == [True]
    rules_off("events.died_in_accident")
    assert coded("fr") != [None] and coded("en") != [None]


@pytest.mark.parametrize("text", [
    "Coronavirus\n\nLe Mexique a déploré jeudi plus de 25.000 morts du virus.",
    "Coronavirus\n\nPlusieurs maisons de retraite ont déjà déploré des morts.",
])
def test_dead_deplored_are_a_toll_no_accusation(analyse_text, rules_off, text):
    assert "ACCUSE" not in types(analyse_text(text, "fr", "2020-06-26"))
    # a death deplored by name is a blame
    blamed = "Incendie\n\nLe maire a déploré jeudi la mort de trois pompiers."
    assert "ACCUSE" in types(analyse_text(blamed, "fr", "2020-06-26"))
    rules_off("events.toll_deplored")
    assert "ACCUSE" in types(analyse_text(text, "fr", "2020-06-26"))


@pytest.mark.parametrize("rule, plover, other_sense, kept", [
    # a blow of no means of hurting is an idiom; one of a knife is a blow
    ("events.blow_means", "ASSAULT",
     "Les gestes barrières\n\nAvant la pandémie, Daniel, pêcheur à Marseille, saluait ses amis de deux "
     "bises, mais \"maintenant on se donne un coup de coude\", explique-t-il.",
     "Lyon\n\nUn homme a reçu un coup de couteau mardi soir à Lyon."),
    # a plea is a request only for something; arguing is none
    ("events.plea_for", "REQUEST",
     "Paris\n\n« Il faut nous protéger de la Chine », a plaidé mardi le président.",
     "Paris\n\nLe ministre a plaidé mardi pour une accélération des procédures."),
])
def test_a_word_in_its_other_sense_is_no_event(analyse_text, rules_off, rule, plover, other_sense, kept):
    assert plover in types(analyse_text(kept, "fr", "2021-03-16"))
    assert rule_removes(analyse_text, rules_off, rule, plover, other_sense)


@pytest.mark.parametrize("text", [
    "Mali\n\nLes deux soldats blessés ont été évacués mardi par hélicoptère vers l'hôpital de Gao.",
    "Paris\n\nLes forces de l'ordre ont fait évacuer la place de la République mardi soir.",
])
def test_people_or_places_evacuated_are_no_aid(analyse_text, text):
    assert "AID" not in types(analyse_text(text, "fr", "2020-06-26"))


@pytest.mark.parametrize("text", [
    "Le match a été tendu dimanche à Marseille. Le timing de ce geste du défenseur a alors interpellé.",
    "Le chiffre interpelle : 40 % des élèves ont quitté l'école avant 16 ans, selon le rapport publié mardi.",
])
def test_a_thing_that_draws_attention_is_no_arrest(analyse_text, rules_off, text):
    assert rule_removes(analyse_text, rules_off, "events.draws_attention", "COERCE", text)


@pytest.mark.parametrize("text", [
    "Le lendemain, le parti a rectifié le tir sur le réseau social en attaquant la secrétaire d'État : "
    "\"Quand Marx parle de la religion, il parle du peuple.\"",
    "Le député a attaqué la ministre : « Vous avez menti aux Français sur la réforme. »",
])
def test_an_attack_in_the_words_quoted_after_it_is_no_assault(analyse_text, rules_off, text):
    assert rule_removes(analyse_text, rules_off, "events.attack_then_quote", "ASSAULT", text)


def test_an_armed_attack_told_by_a_quote_after_it_stays(analyse_text):
    text = "Des hommes armés ont attaqué le convoi : « Ils ont tiré sans prévenir », raconte un survivant."
    assert "ASSAULT" in types(analyse_text(text, "fr", "2021-03-16"))


def test_a_train_stuck_on_its_track_is_no_blockade(analyse_text):
    stuck = analyse_text("Un accident a eu lieu lundi matin près de Lyon. Le train impliqué dans l'accident "
                         "était toujours bloqué sur la voie à 13h15.", "fr", "2021-03-16")
    assert "PROTEST" not in types(stuck)
    blocked = analyse_text("Des dizaines de chauffeurs de taxi ont bloqué la voie rapide lundi à Lyon.", "fr",
                           "2021-03-16")
    assert "PROTEST" in types(blocked)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Yémen\n\nLa coalition a frappé lundi les rebelles Houthis, soutenus par l'Iran, près de Sanaa."),
    ("en", "Yemen\n\nThe coalition struck Houthi rebels, backed by Iran, near Sanaa on Monday."),
])
def test_a_participle_of_backing_is_a_bond_no_support(analyse_text, rules_off, lang, text):
    assert rule_removes(analyse_text, rules_off, "events.backed_by", "SUPPORT", text, lang)


@pytest.mark.parametrize("text", [
    "Des centaines de personnes se sont retrouvées mardi à Tarbes pour rendre hommage aux onze marins de "
    "la frégate tués au large du Yémen.",
    "À Lyon, un hommage a également été rendu aux quatre pompiers tués dans l'incendie.",
    "À Lille, la cérémonie s'est déroulée en l'honneur des policiers tués.",
    "Le 9 mai, les habitants sont allés déposer des fleurs devant le monument aux soldats tués.",
])
def test_the_dead_honoured_are_no_deed_of_their_own(analyse_text, rules_off, text):
    assert rule_removes(analyse_text, rules_off, "events.commemorated_dead", "ASSAULT", text)


@pytest.mark.parametrize("text", [
    "Trois soldats tués au Mali ont été rapatriés mardi lors d'une cérémonie.",
    "Le soldat tué mardi au Niger par un engin explosif recevra un hommage lundi à Lyon.",
    "Le président rendra hommage mercredi aux six ingénieurs tués dimanche au Niger.",
])
def test_the_dead_of_a_deed_told_here_stay_whatever_the_honours(analyse_text, text):
    # (named before their honours, as the subject, or dated: the deed is the news)
    assert "ASSAULT" in [e.type for e in analyse_text(text, "fr", "2020-08-12").events]


# a ruler overthrown: a coup, a force's coercion, ACLED's strategic development
OVERTHROW = ("Bantala : des militaires renversent le président\n\nDes militaires ont renversé mardi le "
             "président de la Bantala, Paul Ouédi, a annoncé la radio nationale.")
# someone knocked down by a car: no coup, no assault
KNOCKED = ("Lyon : un piéton blessé\n\nUn piéton a été renversé mardi par une voiture à Lyon.")


def test_a_coup_is_coercion_acled_codes_as_a_strategic_development(analyse_text, rules_off):
    events = analyse_text(OVERTHROW, "fr", "2020-08-19").events
    assert ("COERCE", "Other") in [(e.type, e.acled and e.acled.sub_event_type) for e in events]
    rules_off("events.coup")
    events = analyse_text(OVERTHROW, "fr", "2020-08-19").events
    assert ("COERCE", "Other") not in [(e.type, e.acled and e.acled.sub_event_type) for e in events]


def test_someone_knocked_down_is_no_coup(analyse_text):
    assert "COERCE" not in types(analyse_text(KNOCKED, "fr", "2020-08-19"))

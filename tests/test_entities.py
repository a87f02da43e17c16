"""Entities on the reference article and on short cases in both languages."""
from __future__ import annotations

import pytest


def _by_name(article):
    return {e.name: e for e in article.entities}


def test_entities_short_forms_join_full_names(example_article):
    ents = _by_name(example_article)
    dorrian = ents["John Dorrian"]
    assert dorrian.type == "PER"
    assert {example_article.text[s:e] for s, e in dorrian.mentions} == {"John Dorrian", "Dorrian"}
    ei = ents["Etat islamique"]
    assert "EI" in {example_article.text[s:e] for s, e in ei.mentions}


def test_entities_roles_from_titles_and_appositions(example_article):
    ents = _by_name(example_article)
    assert "colonel" in ents["John Dorrian"].roles
    assert "lieutenant général" in ents["Stephen Townsend"].roles
    assert any("commandant de la coalition" in r for r in ents["Stephen Townsend"].roles)
    assert any(r.startswith("général") for r in ents["Joe Votel"].roles)
    assert "chef du commandement militaire américain au Moyen-Orient" in ents["Joe Votel"].roles


@pytest.mark.parametrize("text, name, role", [
    ("Le ministre de l'Intérieur Paul Girard a annoncé des mesures.", "Paul Girard",
     "ministre de l'Intérieur"),
    ("La réforme a été défendue par le secrétaire général du syndicat Marc Leroy.", "Marc Leroy",
     "secrétaire général du syndicat"),
])
def test_entities_a_title_before_a_name_keeps_its_complement(analyse_text, rules_off, text, name, role):
    def roles() -> list[str]:
        return next(e.roles for e in analyse_text(text, "fr", "2020-05-05").entities if e.name == name)

    assert roles() == [role]
    rules_off("entities.title_complement")
    assert role not in roles()


def test_entities_repair_demonyms_and_all_caps_headline(example_article):
    ents = _by_name(example_article)
    assert ents["Irakiens"].type == "NORP"
    text = example_article.text
    mossoul = ents["Mossoul"]
    assert [40, 47] in mossoul.mentions and text[40:47] == "MOSSOUL"
    assert not any(e.type == "MISC" and e.name.isupper() for e in example_article.entities)


def test_entities_surname_after_a_civility_or_title_joins_the_full_name(analyse_text):
    text = ("Le procureur Rémy Lanier a ouvert une enquête lundi. Selon M. Lanier, les faits sont graves. "
            "Le juge Paul Girard a été saisi ; le juge Girard rendra sa décision jeudi. Sophie Mala\xadgré "
            "a témoigné, puis Sophie Malagré est partie.")
    ents = {e.name.replace("\xad", ""): e for e in analyse_text(text, "fr").entities if e.type == "PER"}
    assert {text[s:e] for s, e in ents["Rémy Lanier"].mentions} == {"Rémy Lanier", "M. Lanier"}
    assert len(ents["Paul Girard"].mentions) == 2
    assert len(ents["Sophie Malagré"].mentions) == 2


def test_entities_english_acronym_in_parentheses(analyse_text):
    a = analyse_text("The Islamic State in Iraq and Syria (ISIS) claimed the attack. ISIS fighters fled "
                     "toward Raqqa.", "en")
    groups = [e for e in a.entities if any(a.text[s:t] == "ISIS" for s, t in e.mentions)]
    assert len(groups) == 1 and len(groups[0].mentions) >= 2


def test_entities_ids_are_unique_and_spans_index_text(example_article):
    ids = [e.id for e in example_article.entities] + [p.id for p in example_article.places]
    assert len(ids) == len(set(ids))
    for e in example_article.entities:
        for s, t in e.mentions:
            assert 0 <= s < t <= len(example_article.text)


def _recognised(monkeypatch, text: str, lang: str, off: str = "", **weights):
    """The entities of a text, by a recognizer built while the rules ``off`` are switched off (its matchers
    hold only the rules that are on), with the weights given."""
    from veille.extractors.entities import EntityRecognizer, EntityWeights
    from veille.extractors.pipeline import VEILLE_COMPONENTS, load_pipeline

    nlp = load_pipeline(lang)
    monkeypatch.setenv("VEILLE_RULES_OFF", off)
    recognizer = EntityRecognizer(nlp, "veille_entities", EntityWeights(**weights))
    with nlp.select_pipes(disable=VEILLE_COMPONENTS):
        doc = nlp(text)
    return {e.name: e for e in recognizer(doc)._.veille_entities}


TOWNSEND = "Le lieutenant général Stephen Townsend, commandant de la coalition, a parlé aux Irakiens."


def test_entities_trace_the_rules_of_their_type_and_roles(monkeypatch):
    ents = _recognised(monkeypatch, TOWNSEND, "fr")
    townsend = ents["Stephen Townsend"]
    assert townsend.roles == ["lieutenant général", "commandant de la coalition"]
    assert townsend.rules == {"type": "entities.model_label", "roles[0]": "entities.title",
                              "roles[1]": "entities.apposition"}
    assert (ents["Irakiens"].type, ents["Irakiens"].rules["type"]) == ("NORP", "entities.demonym")


def test_entities_rules_switched_off_produce_nothing(monkeypatch):
    ents = _recognised(monkeypatch, TOWNSEND, "fr", off="entities.title,entities.demonym")
    townsend = ents["Stephen Townsend"]
    assert townsend.roles == ["commandant de la coalition"]
    assert townsend.rules == {"type": "entities.model_label", "roles[0]": "entities.apposition"}
    assert ents["Irakiens"].type == "LOC" and ents["Irakiens"].rules["type"] == "entities.model_label"


def test_entities_read_their_weights(monkeypatch):
    # no token before a name is looked at for its title
    ents = _recognised(monkeypatch, TOWNSEND, "fr", title_window_tokens=0)
    assert ents["Stephen Townsend"].roles == ["commandant de la coalition"]


def test_entities_cues_of_every_language_are_read_in_each(analyse_text):
    # an English civility belongs to a person's mention in a French text too
    a = analyse_text("Selon Mr. Hagenbeck, l'armée recule.", "fr")
    assert any(a.text[s:e] == "Mr. Hagenbeck" for ent in a.entities for s, e in ent.mentions)


def test_entities_name_after_a_described_role_is_a_person(analyse_text):
    a = analyse_text("Une barque a été retrouvée vide sur la plage, a précisé la procureure adjointe de "
                     "Calvi, Caroline Varzay.D'après un témoin, elle dérivait.", "fr")
    ents = _by_name(a)
    assert ents["Caroline Varzay"].type == "PER"


def test_entities_given_name_alone_joins_the_one_person_named_in_full(analyse_text):
    text = ("Hugo Marchal a ouvert son atelier de reliure en 1990. Plus tard, Hugo a formé une dizaine "
            "d'apprentis. Le maire Paul Girard et Paul Lemoine ont salué son travail ; Paul a promis une "
            "médaille.")
    ents = {e.name: e for e in analyse_text(text, "fr").entities if e.type == "PER"}
    assert {text[s:e] for s, e in ents["Hugo Marchal"].mentions} == {"Hugo Marchal", "Hugo"}
    # two people named in full share the given name: it joins neither
    assert [text[s:e] for s, e in ents["Paul Girard"].mentions] == ["Paul Girard"]
    assert [text[s:e] for s, e in ents["Paul Lemoine"].mentions] == ["Paul Lemoine"]
    # a word after a civility is a surname, never a given name
    text = "Hugo Marchal a ouvert son atelier en 1990. Plus tard, M. Hugo, un voisin, a racheté le local."
    ents = {e.name: e for e in analyse_text(text, "fr").entities if e.type == "PER"}
    assert [text[s:e] for s, e in ents["Hugo Marchal"].mentions] == ["Hugo Marchal"]


def test_entities_person_glued_to_the_body_before_is_a_person(analyse_text, rules_off):
    text = "« Le dossier avance lentement », a tranché le chef de l'Otan Lars Henriksen."
    names = _by_name(analyse_text(text, "fr"))
    assert names["Lars Henriksen"].type == "PER" and names["Otan"].type == "ORG"
    rules_off("entities.glued_person")
    assert "Lars Henriksen" not in _by_name(analyse_text(text, "fr"))


def test_entities_acronym_the_model_ran_into_a_name_is_a_body_then_a_person(analyse_text, rules_off):
    text = "« Le pays doit agir », a abondé le porte-parole du RN Jordan Lefèvre, sur LCI."
    a = analyse_text(text, "fr")
    assert _by_name(a)["Jordan Lefèvre"].type == "PER"
    assert {e.name for e in a.entities if e.id == a.statements[0].speaker} == {"Jordan Lefèvre"}
    rules_off("entities.acronym_before_name")
    assert "Jordan Lefèvre" not in _by_name(analyse_text(text, "fr"))


def test_entities_a_name_the_model_ended_on_de_runs_on_and_takes_its_acronym(analyse_text, rules_off):
    text = ("Les cadets ont défilé lundi. L'Etat-major des Armées a salué leur tenue. Ils partiront en mer "
            "en juin, ajoute l'EMA.")
    staff = _by_name(analyse_text(text, "fr"))["Etat-major des Armées"]
    assert len(staff.mentions) == 2  # the acronym by the parts of the hyphenated word: E-M-A
    assert "Armées" not in _by_name(analyse_text(text, "fr"))
    rules_off("entities.name_cut_at_preposition")
    assert "Etat-major des" in _by_name(analyse_text(text, "fr"))


def test_entities_a_name_found_again_in_pieces_is_that_name(analyse_text, rules_off):
    # the model reads the second "Radio Nova Bretagne" as "Radio" and a place, "Nova Bretagne"
    text = ("Contacté par Radio Nova Bretagne, le maire a confirmé. « Un agent a été blessé à la main », "
            "précise Radio Nova Bretagne.")
    names = {e.name: [text[s:end] for s, end in e.mentions] for e in analyse_text(text, "fr").entities}
    assert names["Radio Nova Bretagne"] == ["Radio Nova Bretagne"] * 2 and "Nova Bretagne" not in names
    rules_off("entities.name_in_pieces")
    assert "Nova Bretagne" in _by_name(analyse_text(text, "fr"))


def test_entities_a_name_the_model_missed_between_commas_after_a_title(analyse_text, rules_off):
    text = ("Le ministre turc de la Culture, Abdulhamit Kaya, a refusé de commenter les chiffres. Il a "
            "toutefois indiqué que trois musées avaient été fermés.")
    minister = _by_name(analyse_text(text, "fr"))["Abdulhamit Kaya"]
    assert minister.type == "PER" and minister.roles == ["ministre turc de la Culture"]
    rules_off("entities.name_after_title_comma")
    minister = _by_name(analyse_text(text, "fr")).get("Abdulhamit Kaya")
    assert minister is None or minister.roles != ["ministre turc de la Culture"]


def test_entities_a_quote_s_first_word_glued_to_its_mark_is_no_one(analyse_text, rules_off):
    text = "La ministre a reçu les syndicats mardi.\"Cela doit cesser au plus vite\", a-t-elle déclaré."
    assert not any("Cela" in e.name for e in analyse_text(text, "fr").entities)
    rules_off("entities.glued_quote")
    assert any("Cela" in e.name for e in analyse_text(text, "fr").entities)


def test_entities_name_runs_on_past_a_word_read_as_a_determiner(analyse_text, rules_off):
    text = "Kim Jong Un a déclaré que le pays était prêt à discuter."
    a = analyse_text(text, "fr")
    assert "Kim Jong Un" in _by_name(a)
    assert {e.name for e in a.entities if e.id == a.statements[0].speaker} == {"Kim Jong Un"}
    rules_off("entities.name_runs_on")
    assert "Kim Jong Un" not in _by_name(analyse_text(text, "fr"))


def _mentions_of(article, name):
    return sorted(article.text[s:e] for e in article.entities if e.name == name for s, e in e.mentions)


@pytest.mark.parametrize("text, name, short, rule", [
    # initials
    ("Jean-Paul Vernadet a quitté la mairie en 1995. Pour JPV, la ville devait changer, a-t-il dit.",
     "Jean-Paul Vernadet", "JPV", "entities.person_initials"),
    # a surname alone the model missed
    ("Le cuisinier Anselme Trouvé ouvre un restaurant. Trouvé a longtemps travaillé à Lyon.",
     "Anselme Trouvé", "Trouvé", "entities.surname_recurrence"),
    # a surname the model typed MISC
    ("Ismaïl Zarkani dirigeait l'unité. Zarkani était très populaire en Iran.",
     "Ismaïl Zarkani", "Zarkani", "entities.short_form_misc"),
])
def test_entities_a_short_form_of_a_person_joins_them(analyse_text, rules_off, text, name, short, rule):
    assert _mentions_of(analyse_text(text, "fr"), name) == sorted([name, short])
    rules_off(rule)
    assert _mentions_of(analyse_text(text, "fr"), name) == [name]


def test_entities_alias_after_a_cue_joins_the_person(analyse_text, rules_off):
    text = "Bernard Morel, dit Nono, tenait le café du port. Nono a fermé boutique l'an dernier."
    assert _mentions_of(analyse_text(text, "fr"), "Bernard Morel") == ["Bernard Morel", "Nono", "Nono"]
    # a cue with no name before it: the last person named
    text = ("Le tribunal a jugé Samir Oulhadj. Parti de Lyon en 2014, celui qui se faisait appeler "
            "Abou Zoheir a rejoint la Syrie.")
    assert _mentions_of(analyse_text(text, "fr"), "Samir Oulhadj") == ["Abou Zoheir", "Samir Oulhadj"]
    # "dit" after a quotation is a verb of saying, no alias
    text = "« J'ai vu Bernard Morel hier », dit Paul Girard."
    assert _mentions_of(analyse_text(text, "fr"), "Bernard Morel") == ["Bernard Morel"]
    rules_off("entities.alias")
    text = "Bernard Morel, dit Nono, tenait le café du port. Nono a fermé boutique l'an dernier."
    assert _mentions_of(analyse_text(text, "fr"), "Bernard Morel") == ["Bernard Morel"]




def _entities_with_model_names(text: str, names: list[tuple[str, str]]):
    """The entity stage on ``text`` where the model found ``names`` (words, label) and nothing else."""
    from spacy.tokens import Span

    from veille.extractors.pipeline import load_pipeline

    nlp = load_pipeline("fr")
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "veille_entities":
            break
        doc = proc(doc)
    ents, taken = [], 0
    for words, label in names:
        start = next(t.i for t in doc if t.i >= taken and doc[t.i:t.i + len(words.split())].text == words)
        taken = start + len(words.split())
        ents.append(Span(doc, start, taken, label))
    doc.ents = ents
    return {e.name: e for e in nlp.get_pipe("veille_entities")(doc)._.veille_entities}


def test_entities_name_cut_short_runs_to_the_next_capitalised_word(rules_off):
    text = "La linguiste Clélia Pellerin a critiqué la réforme. Selon Clélia Pellerin, le texte est confus."
    # the model cut the name after its given name, read once as MISC and once as a person
    names = [("Clélia", "MISC"), ("Clélia", "PER")]
    found = _entities_with_model_names(text, names)
    assert found["Clélia Pellerin"].type == "PER" and len(found["Clélia Pellerin"].mentions) == 2
    rules_off("entities.name_cut_short")
    assert "Clélia Pellerin" not in _entities_with_model_names(text, names)
    # a MISC word the model read as no one's name stays as it is
    rules_off()
    assert "Clélia Pellerin" not in _entities_with_model_names(text, [("Clélia", "MISC")])


def test_entities_former_title_and_glued_heading_are_no_names(analyse_text, rules_off):
    text = "L'ex-ministre de la Culture a parlé hier. LA SUITEIl a ensuite quitté la salle."
    assert set(_by_name(analyse_text(text, "fr"))) == set()
    rules_off("entities.former_title")
    assert set(_by_name(analyse_text(text, "fr"))) == {"ex-ministre de la Culture"}
    rules_off("entities.former_title", "entities.glued_heading")
    assert set(_by_name(analyse_text(text, "fr"))) == {"ex-ministre de la Culture", "SUITEIl"}


def test_entities_name_after_a_noun_of_a_body_is_an_organisation(analyse_text, rules_off):
    text = "Le syndicat Solstice appelle à la grève jeudi. La société Marcello a fermé son usine."
    assert {n: e.type for n, e in _by_name(analyse_text(text, "fr")).items()} == {"Solstice": "ORG",
                                                                                  "Marcello": "ORG"}
    rules_off("entities.body_named")
    assert {e.type for e in analyse_text(text, "fr").entities} != {"ORG"}


def test_entities_title_run_into_a_name_is_cut_off(analyse_text, rules_off):
    text = "Le vice-ministre letton de la Défense Ilmars Kalns à Riga a salué la décision."
    assert "Ilmars Kalns" in _by_name(analyse_text(text, "fr"))
    rules_off("entities.title_in_name")
    assert "Ilmars Kalns" not in _by_name(analyse_text(text, "fr"))


def test_entities_surname_of_several_words_after_a_civility_joins_the_person(analyse_text, rules_off):
    text = "Pierre Dupont de Verville a parlé hier. Selon M. Dupont de Verville, la ville doit changer."
    assert _mentions_of(analyse_text(text, "fr"), "Pierre Dupont de Verville") == [
        "M. Dupont de Verville", "Pierre Dupont de Verville"]
    rules_off("entities.short_form")
    assert _mentions_of(analyse_text(text, "fr"), "Pierre Dupont de Verville") == [
        "Pierre Dupont de Verville"]


def test_entities_name_ending_like_an_inverted_pronoun_keeps_it(analyse_text, rules_off):
    text = "Pour Lee Min-il, un ancien diplomate, le régime est fragile."
    assert "Lee Min-il" in _by_name(analyse_text(text, "fr"))
    rules_off("entities.name_cut_short")
    assert "Lee Min-il" not in _by_name(analyse_text(text, "fr"))


def test_a_capital_article_inside_a_sentence_belongs_to_the_name(analyse_text):
    # "N'" is tagged a determiner, but a capital inside a sentence is the name's own
    article = analyse_text("Le ministre se rendra jeudi à N'Djamena pour rencontrer les soldats.", "fr",
                           "2021-03-10")
    place = next(p for p in article.places if p.name.startswith("N'"))
    assert place.country == "TD" and place.geonameid == 2427123
    # at a sentence's start the article is no part of the name
    article = analyse_text("La Belgique a voté mardi.", "fr", "2021-03-10")
    assert [p.name for p in article.places] == ["Belgium"]


def test_a_person_named_with_an_article_then_a_small_word_is_a_title(analyse_text, rules_off):
    # (an article then a capital stays a person: "Le Drian")
    text = ("L'explosion n'a fait aucune autre victime, selon La libre Belgique. Le ministre Jean-Yves "
            "Le Drian a réagi mardi soir dans un communiqué.")
    types = {e.name: e.type for e in analyse_text(text, "fr", "2021-03-10").entities}
    assert types.get("La libre Belgique") == "ORG" and types.get("Jean-Yves Le Drian") == "PER"
    rules_off("entities.title_name")
    types = {e.name: e.type for e in analyse_text(text, "fr", "2021-03-10").entities}
    assert types.get("La libre Belgique") == "PER"


@pytest.mark.parametrize("name, model_type", [("Samer Djabi", "MISC"), ("Nacer Tabi", "LOC")])
def test_entities_a_name_with_a_persons_function_after_it_is_a_person(monkeypatch, name, model_type):
    # the model types these names otherwise; the function in apposition says who they are
    text = f"\"Les familles se voient moins ces temps-ci\", décrit {name}, chercheur à l'Université d'Oran."
    ents = _recognised(monkeypatch, text, "fr")
    assert ents[name].type == "PER" and ents[name].rules["type"] == "entities.role_after_name"
    assert ents[name].roles == ["chercheur à l'Université d'Oran"]
    off = _recognised(monkeypatch, text, "fr", off="entities.role_after_name")
    assert off[name].type == model_type


def test_entities_a_holder_of_the_office_table_is_a_person(monkeypatch):
    # the model types this name as a place; the office table knows it as a president's
    text = ("Le Kazakhstan reconfine. Kassym-Jomart Tokaïev a ordonné que de nouvelles dispositions soient "
            "définies.")
    name = "Kassym-Jomart Tokaïev"
    ents = _recognised(monkeypatch, text, "fr")
    assert ents[name].type == "PER" and ents[name].rules["type"] == "entities.known_leader"
    assert _recognised(monkeypatch, text, "fr", off="entities.known_leader")[name].type != "PER"


def test_entities_a_place_before_the_title_of_another_name_stays_a_place(monkeypatch):
    # "In Mount Carmel, Judge Lee Martin": the function is the title of the name after it, not the place's
    text = ("A town court will not accept new cases. In Mount Carmel, Judge Lee Martin, of the county court, "
            "said so.")
    ents = _recognised(monkeypatch, text, "en")
    assert ents["Mount Carmel"].type != "PER" and ents["Lee Martin"].type == "PER"


def test_a_participle_and_its_complement_after_a_glued_heading_is_no_name(analyse_text, rules_off):
    text = ("Une arme a été découverte. Incohérent et confusEntendu par les enquêteurs, l'assaillant de "
            "Villeurbanne a reconnu \"partiellement les faits\".")
    a = analyse_text(text, "fr", "2020-08-10")
    assert not any(e.name.startswith("Entendu") for e in a.entities)
    assert [s.speaker_text for s in a.statements] == ["l'assaillant de Villeurbanne"]
    rules_off("entities.participle_phrase")
    assert any(e.name.startswith("Entendu") for e in analyse_text(text, "fr", "2020-08-10").entities)


def test_entities_the_words_an_acronym_in_parentheses_spells_are_one_body(analyse_text, rules_off):
    text = ("La Française des jeux (FDJ) a lancé un appel jeudi à un gagnant. « Le gain sera remis en jeu "
            "samedi », précise la FDJ.")
    a = analyse_text(text, "fr")
    fdj = _by_name(a)["Française des jeux"]
    assert fdj.type == "ORG" and [text[s:e] for s, e in fdj.mentions] == ["Française des jeux", "FDJ", "FDJ"]
    assert a.statements[0].speaker == fdj.id
    rules_off("entities.name_before_acronym")
    assert "Française des jeux" not in _by_name(analyse_text(text, "fr"))


def test_entities_a_name_an_acronym_spells_replaces_the_pieces_the_model_read(analyse_text, rules_off):
    text = "Le chef d'Al Qaïda au Maghreb islamique (AQMI) a été tué au Mali, selon l'armée."
    names = _by_name(analyse_text(text, "fr"))
    assert "AQMI" in {text[s:e] for s, e in names["Al Qaïda au Maghreb islamique"].mentions}
    assert "Maghreb" not in names and "Al Qaïda" not in names
    rules_off("entities.name_before_acronym")
    assert "Maghreb" in _by_name(analyse_text(text, "fr"))


@pytest.mark.parametrize("lang, text, kept", [
    # the places an acronym joins stay places; words of small letters first are no body's name
    ("en", "Sales in the Middle East and Africa (MEA) rose by a third in March, the firm said.", "Africa"),
    ("fr", "Un tir de lanceur de balles de défense (LBD) a blessé un homme à Nantes.", "Nantes"),
    # a country's name stays a place's
    ("fr", "Des milices de la République démocratique du Congo (RDC) ont attaqué un village.",
     "République démocratique du Congo"),
])
def test_entities_an_acronym_after_no_body_s_name_makes_none(analyse_text, lang, text, kept):
    names = _by_name(analyse_text(text, lang))
    assert kept in names and not any(" " in n and "(" not in n and names[n].type == "ORG" for n in names)


def test_entities_a_military_operation_the_model_read_as_a_person_is_a_force(analyse_text, rules_off):
    text = ("La force Barkhane a tué un chef jihadiste au Mali\n\nLes soldats ont mené plusieurs opérations "
            "ces dernières semaines.")
    assert {e.name: e.type for e in analyse_text(text, "fr").entities}["Barkhane"] == "ORG"
    rules_off("entities.operation_name")
    assert {e.name: e.type for e in analyse_text(text, "fr").entities}["Barkhane"] == "PER"


def test_entities_a_given_name_that_is_also_an_operation_s_stays_a_person(analyse_text):
    text = "Titre\n\nSophia, une habitante du quartier, a tout vu. « J'ai eu très peur », raconte Sophia."
    assert {e.name: e.type for e in analyse_text(text, "fr").entities}["Sophia"] == "PER"



REAL_NAME = ("Procès : Kolo témoigne\n\nLe dessinateur Kolo a témoigné mercredi devant la cour d'assises "
             "de Lyon. \"Je n'ai rien oublié\", a déclaré le dessinateur, Paul Vernier de son vrai nom, "
             "auditionné pendant deux heures.")


def test_entities_a_real_name_joins_the_person_named_before(analyse_text, rules_off):
    people = [e for e in analyse_text(REAL_NAME, "fr").entities if e.type == "PER"]
    assert [e.name for e in people] == ["Paul Vernier"]
    assert len(people[0].mentions) == 3  # (the headline's "Kolo", the body's, the real name)
    rules_off("entities.real_name")
    assert sorted(e.name for e in analyse_text(REAL_NAME, "fr").entities if e.type == "PER") == \
        ["Kolo", "Paul Vernier"]


def test_entities_a_real_name_is_not_a_complement_s(analyse_text):
    text = ("Le dessinateur Kolo a défendu mercredi les portraits de Gaston Pelletier publiés en 2006. \"Je "
            "n'ai rien oublié\", a déclaré le dessinateur, Paul Vernier de son vrai nom.")
    people = {e.name: e for e in analyse_text(text, "fr").entities if e.type == "PER"}
    assert "Gaston Pelletier" in people and len(people["Paul Vernier"].mentions) == 2


def test_entities_a_misspelt_surname_after_a_civility_joins_its_person(analyse_text, rules_off):
    text = ("Eric Lecoudre dirige la maison de retraite de Sillingy. « Il faut poursuivre le combat », a "
            "déclaré mardi M. Lacoudre.")
    assert [(e.name, len(e.mentions)) for e in analyse_text(text, "fr").entities if e.type == "PER"] == \
        [("Eric Lecoudre", 2)]
    rules_off("entities.misspelt_surname")
    assert sorted(e.name for e in analyse_text(text, "fr").entities if e.type == "PER") == \
        ["Eric Lecoudre", "M. Lacoudre"]


@pytest.mark.parametrize("text", [
    # two people whose surnames are one letter apart, each named in full
    "Paul Durand et Marie Durant ont signé mardi. M. Durand a salué l'accord.",
    # a surname too short to tell a slip from another name
    "Jean Marin a parlé lundi. M. Martin a répondu mardi.",
])
def test_entities_a_surname_one_letter_apart_is_not_always_misspelt(analyse_text, text):
    people = {e.name for e in analyse_text(text, "fr").entities if e.type == "PER"}
    assert len(people) == 2


def test_entities_a_name_typed_misc_and_per_is_one_person(analyse_text, rules_off):
    # the model types the headline's "Nolwenn" MISC and the body's PER: one person, three mentions
    text = ("Nolwenn topless : elle sort du silence\n\nNolwenn répond aux polémiques. L'ancienne candidate "
            "de \"The Voice\" était apparue seins nus en juin dernier. \"Je n'ai pas envie d'en parler\", "
            "a-t-elle expliqué. \"Elle tweete ce qu'elle veut, je m'en fiche\", a déclaré Nolwenn.")
    named = [e for e in analyse_text(text, "fr", "2016-07-22").entities if e.name == "Nolwenn"]
    assert [(e.type, len(e.mentions)) for e in named] == [("PER", 3)]
    rules_off("entities.same_name_person")
    named = [e for e in analyse_text(text, "fr", "2016-07-22").entities if e.name == "Nolwenn"]
    assert sorted(e.type for e in named) == ["MISC", "PER"]


def test_entities_a_weekday_the_model_ran_into_a_name_is_not_the_name_s(analyse_text, rules_off):
    text = ("Des fromages ont été rappelés, rapporte La Nouvelle République lundi 11 juin. Selon le Journal "
            "du dimanche, deux lots sont suspects.")
    names = _by_name(analyse_text(text, "fr"))
    assert "La Nouvelle République" in names and "Journal du dimanche" in names
    rules_off("entities.day_at_end")
    assert "La Nouvelle République" not in _by_name(analyse_text(text, "fr"))

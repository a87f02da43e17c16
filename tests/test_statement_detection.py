"""Statement detection: quotes, cues, contents, kinds, continued quotes and channels (fr and en)."""
from __future__ import annotations

import pytest


def _find(article, words):
    for s in article.statements:
        if words in s.content.text:
            return s
    raise AssertionError(f"no statement holds {words!r}: {[s.content.text for s in article.statements]}")


def test_statements_straight_quotes_where_paragraphs_run_together(analyse_text):
    # paragraphs glued to the closing marks: each mark opens or closes as the pairing wants
    a = analyse_text('Le maire Jean Dupont a parlé aux habitants."Nous allons rouvrir la piscine cet été", '
                     'a déclaré Jean Dupont."Les travaux sont finis depuis mars."La ville paiera.', "fr")
    first = _find(a, "Nous allons rouvrir la piscine cet été")
    second = _find(a, "Les travaux sont finis depuis mars")
    assert first.kind == second.kind == "direct"
    assert first.content.text == "Nous allons rouvrir la piscine cet été"
    assert not any("La ville paiera" in s.content.text for s in a.statements)


def test_statements_sentences_glued_after_an_acronym_a_year_or_a_bracket(analyse_text):
    # a full stop with no space after it, after capitals, figures or a bracket, still ends a sentence
    a = analyse_text("La frappe a été confirmée par l'ONG.Le porte-parole Jean Dupont a déclaré que l'équipe "
                     "était saine et sauve.", "fr")
    said = _find(a, "l'équipe était saine et sauve")
    assert said.speaker_text == "Le porte-parole Jean Dupont"
    a = analyse_text("Le pont est fermé depuis 2019.Le maire Paul Martin (LR).Il a promis que les travaux "
                     "commenceraient en mai.- Une attente -La préfecture a indiqué que le budget était prêt.",
                     "fr")
    assert _find(a, "les travaux commenceraient en mai").content.text == "les travaux commenceraient en mai"
    assert _find(a, "le budget était prêt").speaker_text == "La préfecture"


def test_statements_a_dash_heading_glued_to_a_quote_is_not_said(analyse_text):
    a = analyse_text("Le budget manque, regrette Paul Martin, président du club.- "
                     "\"Longues\" discussions -\"Depuis l'hiver, les réunions se succèdent sans "
                     "résultat\", ajoute Marie Dupont.", "fr")
    said = _find(a, "Depuis l'hiver, les réunions")
    assert said.content.text == "Depuis l'hiver, les réunions se succèdent sans résultat"


def test_statements_a_noun_object_without_quote_says_nothing(analyse_text):
    a = analyse_text("Le groupe Durand a lancé un appel d'offres pour la nouvelle gare de Lyon.", "fr")
    assert not a.statements  # a thing done, not something said
    a = analyse_text("L'opposant Paul Martin a nié toute implication dans l'attaque du convoi.", "fr")
    assert _find(a, "toute implication dans l'attaque").kind == "indirect"  # "nier" says its object
    a = analyse_text("Le maire Jean Dupont a appelé les habitants au calme. Le groupe s'appelait les Lions.",
                     "fr")
    assert [s.content.text for s in a.statements] == ["les habitants au calme"]  # "appeler à": said
    a = analyse_text("La préfecture a confirmé ce survol.", "fr")
    assert [s.content.text for s in a.statements] == ["ce survol"]  # (the parse reads the noun as a clause)
    a = analyse_text("The company told reporters in the hall. The minister denied all the charges "
                     "against him.", "en")
    assert [s.content.text for s in a.statements] == ["all the charges against him"]


def test_statements_straight_quote_cut_by_an_incise_is_two(analyse_text):
    a = analyse_text('Le maire Jean Dupont était furieux. "C\'est un scandale absolu pour la ville, '
                     's\'est insurgé le maire. Nous porterons plainte dès demain."La mairie est fermée.',
                     "fr")
    first = _find(a, "C'est un scandale absolu pour la ville")
    second = _find(a, "Nous porterons plainte dès demain")
    assert first.kind == second.kind == "direct"
    assert first.cue.text == "s'est insurgé" and second.cue is None
    assert "insurgé" not in first.content.text + second.content.text


def test_statements_continued_quote_points_to_the_statement_it_continues(analyse_text):
    from veille.extractors.pipeline import load_pipeline
    from veille.extractors.statements import StatementFinder, StatementRecognizer

    nlp = load_pipeline("fr")
    doc = nlp("« Nous ne céderons pas », a déclaré le ministre Jean Dupont. « Les réformes seront "
              "menées jusqu'au bout. »\n\nLa séance est levée. « Le vote aura lieu mardi prochain. »")
    finder = StatementFinder(doc, "fr", StatementRecognizer(nlp, "s").cue_matcher())
    found = finder.find()
    said = {finder.text[slice(*f.content)]: f for f in found}
    assert said["Les réformes seront menées jusqu'au bout"].continues is \
        said["Nous ne céderons pas"]


def test_statements_channel_found_after_the_cue(analyse_text):
    a = analyse_text("Le ministre Jean Dupont a estimé sur France Inter que la réforme passerait.", "fr")
    s = _find(a, "la réforme passerait")
    assert s.channel.text == "sur France Inter" and s.content.text == "la réforme passerait"
    a = analyse_text("Un suspect a été interpellé mercredi à Lyon, a indiqué jeudi le parquet de Lyon à "
                     "l'AFP.", "fr")
    s = _find(a, "Un suspect a été interpellé")
    assert s.channel.text == "à l'AFP" and "AFP" not in s.speaker_text
    a = analyse_text("La préfecture a précisé dans un communiqué que la route restait fermée.", "fr")
    assert _find(a, "la route restait fermée").channel.text == "dans un communiqué"
    a = analyse_text("Senator Mary Smith said on Twitter that the bill would pass next week.", "en")
    assert _find(a, "the bill would pass").channel.text == "on Twitter"
    a = analyse_text("Le ministre Jean Dupont a déclaré à Paul Martin que la route restait fermée.", "fr")
    s = _find(a, "la route restait fermée")
    assert s.channel is None and s.content.text == "la route restait fermée"  # a person is no channel


def test_statements_cue_in_a_relative_clause_and_two_word_cue(analyse_text):
    a = analyse_text('Le député Paul Martin, qui a dénoncé "une grossière provocation du gouvernement", '
                     "sera présent au rassemblement, selon son entourage.", "fr")
    said = {s.content.text: s for s in a.statements}
    assert said["une grossière provocation du gouvernement"].kind == "direct"
    assert _find(a, "sera présent au rassemblement").kind == "according_to"
    a = analyse_text("L'Élysée a fait savoir que le président ne participera pas à la marche.", "fr")
    assert _find(a, "le président ne participera pas").cue.text == "a fait savoir"


def test_statements_a_question_asked_states_nothing_and_a_present_participle_does(analyse_text):
    a = analyse_text("Le ministre Jean Dupont s'est demandé si la réforme passerait un jour.", "fr")
    assert not a.statements
    a = analyse_text("Le maire Jean Dupont a annoncé la création d'une commission, appelant à combattre le "
                     "racisme partout.", "fr")
    assert _find(a, "la création d'une commission").content.text == "la création d'une commission"
    assert _find(a, "combattre le racisme partout").cue.text == "appelant"


def test_statements_as_the_source_tells(analyse_text):
    a = analyse_text("Comme le relaye la radio locale, le maire Jean Dupont a fermé toutes les plages.", "fr")
    s = _find(a, "le maire Jean Dupont a fermé toutes les plages")
    assert s.kind == "according_to" and s.cue.text == "relaye"
    a = analyse_text("La digue a cédé pendant la nuit, comme l'a raconté le maire Jean Dupont.", "fr")
    s = _find(a, "La digue a cédé pendant la nuit")
    assert s.kind == "according_to" and "comme" not in s.content.text


def test_statements_english_topic_of_a_preposition_and_a_clause_that_only_adds(analyse_text):
    a = analyse_text("Senator Mary Smith complained about the new tax on small farms.", "en")
    assert _find(a, "the new tax on small farms").content.text == "the new tax on small farms"
    a = analyse_text("Governor Paul Brown acknowledged the cost of the new bridge, which angered many of the "
                     "residents of the town.", "en")
    assert _find(a, "the cost of the new bridge").content.text == "the cost of the new bridge"
    a = analyse_text("The union endorsed the plan to build a new hospital downtown.", "en")
    assert _find(a, "the plan to build a new hospital").cue.text == "endorsed"


def test_statements_english_cue_between_commas_in_mid_sentence(analyse_text):
    a = analyse_text("Too often, Mayor Paul Brown said, the city council ignores the voters of the east "
                     "side.", "en")
    s = _find(a, "the city council ignores the voters")
    assert s.cue.text == "said" and s.content.text == "the city council ignores the voters of the east side"


def test_statements_english_quote_run_is_one_statement_french_two(analyse_text):
    a = analyse_text("“We will not give up,” Mayor Paul Brown said. “The city deserves a new school for all "
                     "of its children.”", "en")
    longer = "The city deserves a new school for all of its children"
    assert [s.content.text for s in a.statements] == [longer]
    assert a.statements[0].cue.text == "said" and a.statements[0].kind == "direct"
    a = analyse_text("« Nous ne céderons pas », a déclaré le maire Jean Dupont. « La ville mérite une "
                     "nouvelle école pour tous ses enfants. »", "fr")
    assert len(a.statements) == 2


def test_statements_a_paragraph_labelled_with_its_speaker(analyse_text):
    a = analyse_text("SMITH: We have to talk about the budget of the county today.\n\nBROWN: The budget is "
                     "fine and the county is doing well.\n\nUpdate: The article was changed on Monday "
                     "afternoon.\n\nThe Vote Goes On: the council met again on Monday.", "en")
    said = {s.content.text: s for s in a.statements}
    assert set(said) == {"We have to talk about the budget of the county today",
                         "The budget is fine and the county is doing well"}
    assert said["The budget is fine and the county is doing well"].speaker_text == "BROWN"


def test_statements_a_clause_holding_a_partial_quote_is_indirect(analyse_text):
    a = analyse_text("Le maire Jean Dupont a estimé que les habitants « sont vraiment très patients ».", "fr")
    s = _find(a, "sont vraiment très patients")
    assert s.kind == "indirect" and s.content.text.startswith("les habitants")
    a = analyse_text("Le maire Jean Dupont a dénoncé des « faits très graves et inacceptables ».", "fr")
    s = _find(a, "faits très graves et inacceptables")
    assert s.kind == "direct" and s.content.text == "faits très graves et inacceptables"


def test_statements_english_stance_verbs_negated_cues_and_one_word_objects(analyse_text):
    a = analyse_text("The senator attacked the new tax plan of the governor. The mayor did not deny the "
                     "reports about the bridge. The union endorsed Smith.", "en")
    assert _find(a, "the new tax plan of the governor").cue.text == "attacked"
    assert _find(a, "the reports about the bridge").kind == "indirect"  # a negated cue is attributed
    assert _find(a, "Smith").cue.text == "endorsed"  # one word is enough in English
    a = analyse_text("The committee met on Monday. The mayor wants a new car.", "en")
    assert not a.statements  # "want" with a thing for object: nothing said


def test_statements_english_double_apostrophes_are_quotation_marks(analyse_text):
    a = analyse_text("''We will rebuild the bridge before winter,'' said Jane Smith, the mayor. "
                     "The council agreed.", "en")
    s = _find(a, "We will rebuild the bridge before winter")
    assert s.kind == "direct" and s.content.text == "We will rebuild the bridge before winter"
    assert s.cue.text == "said"


def test_statements_french_inverted_subject_is_no_passive_and_two_word_cue(analyse_text):
    a = analyse_text('Le ministre Jean Dupont a parlé. "Nous paierons pour tous ou pour personne", '
                     'a-t-il poursuivi.', "fr")
    assert _find(a, "Nous paierons pour tous ou pour personne").cue.text == "a-t-il poursuivi"
    a = analyse_text("Les avocats des familles mettent en avant des conditions de détention indignes.", "fr")
    assert _find(a, "des conditions de détention indignes").cue.text == "mettent en avant"


def test_statements_french_quote_after_cue_source_with_relative_and_afternoon(analyse_text):
    a = analyse_text("Devant la mairie, les grévistes ont crié « Nous ne lâcherons rien » aux élus, "
                     "alors que la séance commençait.", "fr")
    s = _find(a, "Nous ne lâcherons rien")
    assert s.kind == "direct" and s.content.text == "Nous ne lâcherons rien" and s.cue.text == "ont crié"
    a = analyse_text("Selon Le Courrier qui publie ce mardi une enquête de l'institut, la moitié des "
                     "habitants veulent partir en août.", "fr")
    s = _find(a, "la moitié des habitants veulent partir en août")
    assert s.kind == "according_to" and not s.content.text.startswith("publie")
    a = analyse_text("Les premiers heurts ont éclaté en début d'après-midi place de la Bastille.", "fr")
    assert not a.statements  # "d'après-midi" names no source


def test_statements_english_hope_read_through_its_misread_lemma(analyse_text):
    a = analyse_text("The mayor hoped that the new bridge would open in May.", "en")
    assert _find(a, "the new bridge would open in May").cue.text == "hoped"  # the tagger's lemma is "hop"


def test_statements_colon_quote_after_a_described_speaker_and_a_witness(analyse_text):
    a = analyse_text("Le préfet de la Somme ne décolère pas : « C'est une honte pour tout le "
                     "département ».", "fr")
    s = _find(a, "C'est une honte pour tout le département")
    assert s.kind == "direct" and s.cue.text == ":" and "préfet" in s.speaker_text
    a = analyse_text("Le bilan est lourd : « au moins dix maisons sont à reconstruire ».", "fr")
    assert _find(a, "au moins dix maisons sont à reconstruire").cue is None  # a thing says nothing
    a = analyse_text("Un habitant témoigne : « On a tout perdu dans l'incendie de la nuit ».", "fr")
    assert _find(a, "On a tout perdu dans l'incendie de la nuit").cue.text == "témoigne"


def test_statements_colon_quote_after_a_subject_the_parse_ran_into_a_fronted_phrase(analyse_text,
                                                                                      rules_off):
    said = "« Nous ne lâcherons rien », a déclaré l'avocat Paul Girard. "
    quotes = {"Au conseil municipal, une élue de l'opposition, n'a pas mâché ses mots": "une élue de "
              "l'opposition",
              "Dans la caserne, un gradé du régiment, a voulu rassurer les familles": "un gradé du régiment"}
    quote = "Les blessés sont tous pris en charge"
    for clause, speaker in quotes.items():  # (a rank's noun is a person's: "un gradé")
        s = _find(analyse_text(said + f"{clause} : « {quote} ».", "fr"), quote)
        assert s.cue.text == ":" and s.speaker_text == speaker
    rules_off("statements.fronted_subject")
    first = said + f"{next(iter(quotes))} : « {quote} »."
    assert _find(analyse_text(first, "fr"), quote).speaker_text == "l'avocat Paul Girard"


def test_statements_english_noun_of_saying_and_its_that_clause(analyse_text):
    a = analyse_text("The council met after a Daily Post report that the old bridge would close in "
                     "May.", "en")
    s = _find(a, "the old bridge would close in May")
    assert s.cue.text == "report" and s.kind == "indirect" and "Daily Post" in (s.speaker_text or "")
    a = analyse_text("The claim that he made in the hall was false.", "en")
    assert not any(s.cue and s.cue.text == "claim" for s in a.statements)  # a relative clause: nothing said


def test_statements_what_was_said_hung_on_the_channel(analyse_text):
    # the parse hangs the object, or the infinitive's clause, on the channel's noun
    a = analyse_text("Le gouverneur du Var, Paul Martin, a confirmé à CNN la mort de trois randonneurs.",
                     "fr")
    assert [s.content.text for s in a.statements] == ["la mort de trois randonneurs"]
    a = analyse_text("Le parquet de Lyon a annoncé dans un communiqué avoir ouvert une enquête pour vol.",
                     "fr")
    assert [s.content.text for s in a.statements] == ["avoir ouvert une enquête pour vol"]


def test_statements_source_phrases_of_an_owned_estimate_and_after_a_link(analyse_text):
    a = analyse_text("Selon le bilan des pompiers, trois personnes sont blessées dans l'incendie.", "fr")
    assert [(s.kind, s.content.text) for s in a.statements] == [
        ("according_to", "trois personnes sont blessées dans l'incendie")]  # the pompiers' figure
    a = analyse_text("Selon les premières estimations, trois personnes sont blessées dans l'incendie.", "fr")
    assert [(s.kind, s.speaker, s.content.text) for s in a.statements] == [
        ("according_to", None, "trois personnes sont blessées dans l'incendie")]  # a count of no one named
    a = analyse_text("Par ailleurs, selon le maire Jean Dupont, la piscine rouvrira en juin.", "fr")
    assert [s.content.text for s in a.statements] == ["la piscine rouvrira en juin"]


def test_statements_a_viewpoint_opens_its_sentence(analyse_text):
    a = analyse_text("Pour le maire Jean Dupont, la piscine doit rouvrir en juin.", "fr")
    assert [(s.kind, s.content.text) for s in a.statements] == [
        ("according_to", "la piscine doit rouvrir en juin")]
    a = analyse_text("Pour la rentrée, la piscine doit rouvrir en juin.", "fr")
    assert not a.statements  # a time, no one who holds it


def test_statements_a_quoted_subheading_where_paragraphs_run_together(analyse_text):
    a = analyse_text('Le maire Jean Dupont a parlé aux habitants de la piscine. "Un été sans baignade""La '
                     'piscine ne rouvrira pas avant septembre", a dit Jean Dupont. La ville paiera.', "fr")
    heading = _find(a, "Un été sans baignade")
    assert heading.content.text == "Un été sans baignade" and heading.kind == "direct" and heading.cue is None
    a = analyse_text('Le maire Jean Dupont a visité "la piscine municipale" de la ville.', "fr")
    assert not a.statements  # a quoted phrase inside a sentence


def test_statements_a_verb_that_reports_only_a_quote(analyse_text):
    a = analyse_text("Les habitants de la rue Victor Hugo ont lancé une pétition pour sauver le vieux marché "
                     "couvert.", "fr")
    assert not a.statements  # a thing done
    a = analyse_text("Le maire Jean Dupont a lancé : « Nous sauverons le marché ».", "fr")
    assert [(s.kind, s.content.text) for s in a.statements] == [("direct", "Nous sauverons le marché")]


def test_statements_a_verb_that_reports_only_a_quote_cuts_no_content(analyse_text):
    a = analyse_text("Les voisins de Paul Martin, un boulanger, ont lancé une collecte après l'incendie de "
                     "sa boutique, raconte Le Progrès.", "fr")
    assert [s.content.text for s in a.statements] == [
        "Les voisins de Paul Martin, un boulanger, ont lancé une collecte après l'incendie de sa boutique"]


def test_statements_inviter_a_and_its_passive(analyse_text):
    a = analyse_text("Le syndicat des enseignants a invité les parents à manifester devant la mairie.", "fr")
    assert [s.content.text for s in a.statements] == ["les parents à manifester devant la mairie"]
    a = analyse_text("Les éventuels témoins sont invités à contacter la gendarmerie de Pau.", "fr")
    assert not a.statements  # a passive: the one called on speaks of nothing


def test_statements_a_passive_subject_with_the_active_auxiliary_still_speaks(analyse_text):
    # the parse may give "Le syndicat" a passive subject's label; with "avoir" the verb is active
    a = analyse_text("Le syndicat a aussi assuré que la \"priorité\" restait la hausse des salaires.", "fr")
    assert _find(a, "la hausse des salaires").kind == "indirect"
    a = analyse_text("Les habitants sont invités à fermer leurs volets pendant la tempête de neige.", "fr")
    assert not a.statements  # "être": a passive, the ones spoken to


def test_statements_source_phrase_inside_its_clause_keeps_the_clause(analyse_text):
    a = analyse_text("Paul Martin a parlé de sa soeur. Elle reste, selon lui, sous la garde des rebelles "
                     "avec son fils.", "fr")
    said = _find(a, "sous la garde des rebelles")
    assert said.kind == "according_to" and said.content.text.startswith("Elle reste")
    a = analyse_text("Le pont a été détruit dans la nuit, selon la police.", "fr")
    assert _find(a, "Le pont").content.text == "Le pont a été détruit dans la nuit"


def test_statements_a_clause_before_a_source_phrase_ends_there(analyse_text):
    # the verb's clause ends before ", selon": it no longer holds the source phrase, which says the sentence
    a = analyse_text("Le musée rouvrira le 6 juillet.La ville, elle, où la crue a fait dix morts, assure "
                     "qu'elle a pris toutes les mesures pour protéger les habitants, selon le maire Paul "
                     "Martin.", "fr")
    said = _find(a, "protéger les habitants")
    assert said.kind == "according_to" and said.content.text.endswith("protéger les habitants")


def test_statements_selon_with_a_relative_pronoun_is_no_source(analyse_text):
    a = analyse_text("Le ministre a montré une étude récente, selon laquelle la moitié des habitants "
                     "approuvent la réforme.", "fr")
    assert not any(s.kind == "according_to" for s in a.statements)


def test_statements_whom_it_was_said_to_is_not_what_was_said(analyse_text):
    a = analyse_text("Le témoin Paul Durand a dit au tribunal être revenu à temps pour quitter la ville "
                     "avant l'attaque du convoi.", "fr")
    said = _find(a, "quitter la ville")
    assert said.content.text.startswith("être revenu")


def test_statements_a_heading_glued_to_a_sentence_ends_what_was_said(analyse_text):
    a = analyse_text("Le témoin Paul Durand a reconnu avoir été membre de la \"milice\" du quartier.► Jean "
                     "Martin : le boulangerIl avait ouvert sa boutique en 2010 avec son frère.", "fr")
    said = _find(a, "membre de la")
    assert said.content.text.endswith("du quartier")


def test_statements_quotes_listed_before_a_cue_are_each_said(analyse_text):
    a = analyse_text("Le maire Paul Martin a parlé longtemps. \"Ce sera un grand chantier pour tous\" et "
                     "\"il faudra que nous choisissions ensemble nos priorités\", a-t-il affirmé.", "fr")
    first = _find(a, "Ce sera un grand chantier")
    second = _find(a, "il faudra que nous choisissions")
    assert first.kind == second.kind == "direct" and first.cue.text == second.cue.text
    assert first.content.text == "Ce sera un grand chantier pour tous"


def test_statements_verbs_of_judging_say_their_object_with_its_attribute(analyse_text):
    a = analyse_text("Des économistes considèrent les résultats de la réforme comme décevants.", "fr")
    assert _find(a, "les résultats de la réforme comme décevants").kind == "indirect"
    a = analyse_text("Le maire Paul Martin a jugé les propos du préfet sur la fermeture des écoles très "
                     "blessants.", "fr")
    assert _find(a, "très blessants").speaker_text == "Le maire Paul Martin"
    a = analyse_text("Le jury a jugé le dossier du candidat.", "fr")
    assert not a.statements  # no attribute: a thing done


def test_statements_two_word_cue_of_reporting_says_its_nouns_and_their_conjuncts(analyse_text):
    a = analyse_text("Dans un communiqué, la marine a fait état de 12 morts et 30 blessés lors d'un "
                     "exercice.", "fr")
    assert _find(a, "12 morts").content.text == "12 morts et 30 blessés"


def test_statements_passive_of_accusing_says_what_follows_by_its_agent(analyse_text):
    a = analyse_text("Le directeur du port est accusé par une employée de la mairie d'avoir fait pression "
                     "pour qu'elle modifie son rapport sur la sécurité du quai.", "fr")
    said = _find(a, "avoir fait pression")
    assert said.speaker_text == "une employée de la mairie"  # the agent, not the one accused
    a = analyse_text("Paul Durand, accusé d'avoir aidé les deux frères à quitter le pays avant le procès. "
                     "Il sera jugé en mai.", "fr")
    said = _find(a, "avoir aidé les deux frères")
    assert said.content.text.endswith("avant le procès") and said.speaker_text is None


def test_statements_source_phrase_in_a_sentence_the_parse_split_runs_on(analyse_text):
    # (the parse ends a sentence inside the source's name)
    a = analyse_text("Le film sortira en 2024. Selon les informations de Radio Star ce jeudi 31 mai, la "
                     "chanteuse est apparue à l'aéroport de Lyon dans une tenue de pilote.", "fr")
    said = _find(a, "la chanteuse est apparue")
    assert said.kind == "according_to"
    a = analyse_text("Une apparition scrutée par tous les nostalgiques. Comme le précise par ailleurs Radio "
                     "Star, Paul Durand incarnera le héros tandis que Marie Dupont jouera le rôle de la "
                     "voisine.", "fr")
    assert _find(a, "Paul Durand incarnera le héros").speaker_text == "Radio Star"


def test_statements_a_cue_of_purpose_with_a_noun_object_says_nothing(analyse_text):
    a = analyse_text("Les infirmières du quartier se rassemblent pour dénoncer la fermeture du service.",
                     "fr")
    assert not a.statements  # what they act for
    a = analyse_text("La chaîne a écrit au maire Paul Martin pour lui demander des explications sur le "
                     "budget.", "fr")
    assert _find(a, "des explications sur le budget").kind == "indirect"  # asked of someone: said


def test_statements_impersonal_incise_of_learning_is_said_by_its_source(analyse_text, rules_off):
    text = ("Un entrepôt de meubles a brûlé dans la nuit, a-t-on appris jeudi auprès du maire de la commune. "
            "Le gardien a été entendu, apprend-on auprès de son avocat. Paul a appris que sa sœur viendrait.")
    a = analyse_text(text, "fr")
    burnt = _find(a, "Un entrepôt de meubles a brûlé dans la nuit")
    assert burnt.content.text == "Un entrepôt de meubles a brûlé dans la nuit"
    assert burnt.kind == "indirect" and burnt.speaker_text == "maire de la commune"
    assert _find(a, "Le gardien a été entendu").speaker_text == "son avocat"
    assert not any("sa sœur viendrait" in s.content.text for s in a.statements)  # learning, not saying
    rules_off("statements.learned_from")
    assert not analyse_text(text, "fr").statements


def test_statements_quote_after_a_colon_belongs_to_the_last_cue_before_it(analyse_text, rules_off):
    text = ("La directrice, qui affirmait que les gants étaient superflus, dénonçait alors : "
            "\"Les infirmiers travaillent sans aucune protection.\"")
    a = analyse_text(text, "fr")
    said = _find(a, "les gants étaient superflus")
    assert said.content.text == "les gants étaient superflus" and said.cue.text == "affirmait"
    quoted = _find(a, "Les infirmiers travaillent")
    assert quoted.kind == "direct" and quoted.cue.text == "dénonçait"
    rules_off("statements.nearer_cue")
    off = analyse_text(text, "fr")
    assert not any("les gants étaient superflus" in s.content.text for s in off.statements)


def test_statements_cue_with_its_own_speaker_inside_a_clause_is_two_statements(analyse_text, rules_off):
    text = ("Le procureur Paul Martin a expliqué que l'accusé Jean Dupont a affirmé vouloir venger son "
            "frère tué l'an dernier. L'accusé Jean Dupont a confié au tribunal \"déplorer\" d'être parti en "
            "Espagne avec ses complices, selon l'instruction. Le procureur a indiqué que l'enquête a relevé "
            "\"douze vols commis dans la région\".")
    a = analyse_text(text, "fr")
    inner = [s for s in a.statements if s.content.text == "vouloir venger son frère tué l'an dernier"]
    assert len(inner) == 1 and "Dupont" in inner[0].speaker_text
    assert "Martin" in _find(a, "l'accusé Jean Dupont a affirmé").speaker_text  # the outer one stays
    assert _find(a, "a confié au tribunal").kind == "according_to"
    assert any(s.cue.text == "a confié" and s.content.text.startswith("déplorer") for s in a.statements)
    assert not any(s.content.text.startswith("douze vols") for s in a.statements)  # (a thing's words)
    rules_off("statements.nested_clause")
    assert not any(s.content.text.startswith("vouloir venger") for s in analyse_text(text, "fr").statements)


def test_statements_thinking_needs_its_clause_and_a_wish_says_nothing(analyse_text, rules_off):
    text = ("Le gardien pense alors rentrer chez lui avant la nuit. La directrice a cru bon de répondre sur "
            "son blog. Le club de rugby souhaite que le grand débat national soit ouvert. Le maire pense que "
            "la ville doit agir vite.")
    a = analyse_text(text, "fr")
    assert [s.content.text for s in a.statements] == ["la ville doit agir vite"]
    rules_off("statements.thinking_clause", "statements.intent_not_said")
    off = [s.content.text for s in analyse_text(text, "fr").statements]
    assert any("rentrer chez lui" in c for c in off) and any("soit ouvert" in c for c in off)


def test_statements_sentence_ending_with_a_figure_before_a_quote(analyse_text, rules_off):
    # (the parse runs the two sentences together: the figure's full stop still ends the first)
    text = ("\"Ça fait des années que les musées ferment sans que jamais nos alertes aient été lues\", "
            "a regretté de son côté la sénatrice Marie Dupont sur France 3. \"Actuellement les artistes sont "
            "en train de vivre (...) une crise profonde\", a poursuivi Marie Dupont.")
    a = analyse_text(text, "fr")
    said = _find(a, "les artistes sont en train")
    assert said.kind == "direct" and said.cue.text == "a poursuivi"
    assert said.content.text == "Actuellement les artistes sont en train de vivre (...) une crise profonde"
    rules_off("statements.figure_end")
    assert not any(s.cue and s.cue.text == "a poursuivi" for s in analyse_text(text, "fr").statements)


def test_statements_quote_glossed_in_brackets_is_no_statement(analyse_text, rules_off):
    text = ("Le festival projettera des classiques comme \"Le Grand Voyage\" ou \"Leave and Never Return\" "
            "(\"Partir pour ne jamais revenir\").")
    assert not analyse_text(text, "fr").statements
    rules_off("statements.glossed_quote", "statements.work_in_brackets")  # (alone in brackets: a title too)
    assert any("Partir pour ne jamais revenir" in s.content.text for s in analyse_text(text, "fr").statements)


def test_statements_channel_before_a_noun_object_is_where_it_was_said(analyse_text, rules_off):
    text = ("La mairie du village a fait part mardi sur Twitter d'un risque de crue dans la vallée pour la "
            "nuit.")
    said = [s.content.text for s in analyse_text(text, "fr").statements]
    assert said == ["un risque de crue dans la vallée pour la nuit"]
    rules_off("statements.channel_before_object")
    assert not any(s.content.text.startswith("un risque") for s in analyse_text(text, "fr").statements)


def test_statements_quoted_short_noun_object_is_said(analyse_text, rules_off):
    text = "Le maire a fait part de sa « lassitude » devant ce « triste spectacle »."
    assert any("lassitude" in s.content.text for s in analyse_text(text, "fr").statements)
    rules_off("statements.quoted_short_object")
    assert not analyse_text(text, "fr").statements


def test_statements_contrast_ends_the_outer_clause(analyse_text, rules_off):
    text = ("Selon les organisateurs, environ 4.000 coureurs sont partis tandis que la préfecture estime "
            "que seulement 900 coureurs étaient présents.")
    said = {s.cue.text: s.content.text for s in analyse_text(text, "fr").statements}
    assert said["Selon"] == "environ 4.000 coureurs sont partis"
    assert said["estime"] == "seulement 900 coureurs étaient présents"
    rules_off("statements.contrast_cut")
    off = {s.cue.text: s.content.text for s in analyse_text(text, "fr").statements}
    assert "tandis que" in off["Selon"]


def test_statements_participle_with_no_comma_says_its_own(analyse_text, rules_off):
    text = ("Le Canada a affirmé que des chalutiers avaient pêché dans ses eaux au large de Terre-Neuve "
            "accusant la France de « pillage organisé » en mer.")
    said = {s.cue.text: s for s in analyse_text(text, "fr").statements}
    assert said["a affirmé"].content.text.endswith("au large de Terre-Neuve")
    assert said["accusant"].content.text.startswith("la France de")
    assert "Canada" in said["accusant"].speaker_text
    rules_off("statements.participle_cut")
    assert [s.cue.text for s in analyse_text(text, "fr").statements] == ["a affirmé"]


def test_statements_what_a_speaker_did_not_say_is_not_their_words(analyse_text, rules_off):
    texts = {"fr": "Le ministère a annoncé que trois soldats avaient été tués dans une embuscade, sans en "
                   "dire davantage.",
             "en": "The ministry said three soldiers had been killed in an ambush, without saying more."}
    said = {"fr": "trois soldats avaient été tués dans une embuscade",
            "en": "three soldiers had been killed in an ambush"}
    for lang, text in texts.items():
        assert [s.content.text for s in analyse_text(text, lang).statements] == [said[lang]]
    rules_off("statements.without_saying_cut")
    assert analyse_text(texts["fr"], "fr").statements[0].content.text.endswith("davantage")


def test_statements_a_verb_of_saying_after_a_word_of_lack_says_nothing(analyse_text, rules_off):
    texts = {"fr": "La police a arrêté un homme sans préciser qu'il était armé.",
             "en": "The ministry said three soldiers had been killed in an ambush, without explaining how "
                   "the attack unfolded."}
    assert not analyse_text(texts["fr"], "fr").statements
    assert [s.cue.text for s in analyse_text(texts["en"], "en").statements] == ["said"]
    rules_off("statements.unsaid")
    assert [s.cue.text for s in analyse_text(texts["fr"], "fr").statements] == ["préciser"]


def test_statements_a_verb_of_wondering_with_se_reports_and_without_it_does_not(analyse_text, rules_off):
    text = ("« Qui paiera les dégâts de la crue ? », s'est interrogée la maire du village, Lucie Perrin. "
            "Interrogé sur les travaux, le préfet a visité les digues. La crue a ému toute la vallée.")
    said = analyse_text(text, "fr").statements
    cues = [s.cue.text if s.cue else None for s in said]
    assert cues == ["s'est interrogée"]  # not "Interrogé" (the one asked), nor "a ému"
    assert said[0].content.text.startswith("Qui paiera") and "Perrin" in said[0].speaker_text
    rules_off("statements.self_reporting")
    off = analyse_text(text, "fr").statements
    assert not any(s.cue and "interrog" in s.cue.text for s in off)


def test_statements_two_reports_holding_each_others_cue_keep_the_first(analyse_text, rules_off):
    text = ("Selon plusieurs médias dont Le Parisien et RTL, les gendarmes ont participé à l'enquête. "
            "Selon Le Parisien, les gendarmes ont \"joué un rôle\" dans le coup de filet au cours duquel "
            "Marc Dubois, considéré comme un chef clé du réseau, a été arrêté.")
    said = analyse_text(text, "fr").statements
    assert [s.speaker_text for s in said] == ["plusieurs médias dont Le Parisien et RTL", "Le Parisien"]
    assert said[1].content.text.startswith("les gendarmes ont \"joué un rôle\"")
    rules_off("statements.mutual_cues")
    assert len(analyse_text(text, "fr").statements) == 1  # (each read held the other's cue: both were lost)


def test_statements_a_negation_word_in_a_name_negates_nothing(analyse_text, rules_off):
    text = "Trois radars ont été volés près de Rodez la semaine dernière, rapporte Le Point."
    said = analyse_text(text, "fr").statements
    assert [(s.speaker_text, s.content.text) for s in said] == [
        ("Le Point", "Trois radars ont été volés près de Rodez la semaine dernière")]
    assert not analyse_text("Le préfet n'a point dit que les radars seraient remplacés.", "fr").statements
    rules_off("statements.negation_in_name")
    assert not analyse_text(text, "fr").statements


def test_statements_an_adverb_opened_by_de_in_a_cue_keeps_its_quote_and_subject(analyse_text, rules_off):
    quote = "« Je ne reviendrai pas sur ce vote », a-t-elle d'abord expliqué, avant de quitter la salle."
    text = "La sénatrice Claire Vidal a répondu aux journalistes. " + quote
    said = analyse_text(text, "fr").statements
    assert [(s.cue.text, s.speaker_text) for s in said if s.cue] == [("a-t-elle d'abord expliqué", "-elle")]
    clause = "Le ministre a d'abord expliqué que la réforme serait reportée."
    assert [s.speaker_text for s in analyse_text(clause, "fr").statements] == ["Le ministre"]
    rules_off("statements.adverb_phrase_in_cue", "statements.inverted_compound_past",
              "statements.subject_on_adverb")
    assert not any(s.cue for s in analyse_text(text, "fr").statements)
    assert [s.speaker_text for s in analyse_text(clause, "fr").statements] == [None]


def test_statements_inverted_elles_is_cut_off_its_verb(analyse_text):
    text = "Les deux associations ont manifesté. « Ce tri est absurde », ont-elles ajouté."
    assert [s.cue.text for s in analyse_text(text, "fr").statements if s.cue] == ["ont-elles ajouté"]


def test_statements_the_en_of_a_two_word_cue_makes_no_gerund(analyse_text, rules_off):
    text = "« Ce barrage va céder avant l'hiver », a mis en garde jeudi Hélène Marchal, hydrologue."
    said = analyse_text(text, "fr").statements
    assert [(s.cue.text, s.speaker_text) for s in said] == [("a mis en garde", "Hélène Marchal")]
    rules_off("statements.locution_not_gerund")
    assert not any(s.speaker_text == "Hélène Marchal" for s in analyse_text(text, "fr").statements)


def test_statements_words_before_a_cue_with_a_relative_set_off_may_be_its_subject(analyse_text, rules_off):
    text = ("Avant la cérémonie, d'anciens élèves de l'école navale, qui a formé des générations "
            "d'officiers, ont mis en garde dans une lettre ouverte les jeunes marins contre toute obéissance "
            "aveugle.")
    said = analyse_text(text, "fr").statements
    assert not any(s.content.text.startswith("Avant la cérémonie") for s in said)
    rules_off("statements.relative_set_off")
    said = analyse_text(text, "fr").statements
    assert any(s.content.text.startswith("Avant la cérémonie") for s in said)


def test_statements_a_reflexive_cue_in_the_imperfect_after_a_quote(analyse_text):
    text = ("La réforme a été votée. « Ce sera une catastrophe », s'alarmaient mardi les syndicats "
            "d'infirmiers.")
    said = analyse_text(text, "fr").statements
    assert [(s.cue.text, s.speaker_text) for s in said if s.cue] == [
        ("s'alarmaient", "les syndicats d'infirmiers")]


def test_statements_an_auxiliary_the_parse_misreads_stays_in_the_cue(analyse_text, rules_off):
    # (the tagger reads "twitté" as a present tense and hangs it on "avait": the quote was not found)
    text = ("Le débat a tourné court. \"Écoutez plutôt votre radio, ça vous occupera\" avait twitté le "
            "chanteur Paul Marchal.")
    said = analyse_text(text, "fr").statements
    assert [(s.cue.text if s.cue else None, s.content.text.startswith("Écoutez")) for s in said] == [
        ("avait twitté", True)]
    rules_off("statements.auxiliary_by_form")
    assert not any(s.cue for s in analyse_text(text, "fr").statements)


def test_statements_a_clause_ends_where_a_quote_is_glued_to_its_sentence_s_end(analyse_text, rules_off):
    text = ('Le ministre a dénoncé la "lâcheté" des auteurs de ces attaques depuis le début de la crise du '
            'Covid-19."C\'est ce que nous aurons à combattre dans les semaines qui viennent", a-t-il ajouté.')
    a = analyse_text(text, "fr")
    assert _find(a, "la crise du Covid-19").content.text.endswith("du Covid-19")
    quote = _find(a, "C'est ce que nous aurons à combattre")
    assert quote.kind == "direct" and quote.content.text.startswith("C'est ce que")
    rules_off("statements.glued_quote_cut")
    off = analyse_text(text, "fr")
    assert not any(s.content.text.startswith("C'est ce que") for s in off.statements)


# the parse hangs the main clause on "défaillance": what was denounced still ends at the comma
CLAUSE_AFTER_COMMA = ('Alors que Jeanne Morel et Paul Girard ont dénoncé la "défaillance" des autorités, le '
                      'député des Bouches-du-Rhône a assuré au contraire qu\'il était certain que le '
                      'gouvernement avait fait son possible.')


@pytest.mark.parametrize("text, words, content, next_content, runs_into", [
    (CLAUSE_AFTER_COMMA, "des autorités", 'la "défaillance" des autorités', None, "le député"),
    ('La présidente du parti Claire Morin a notamment critiqué une "erreur grave" du gouvernement tandis '
     'que Paul Durand a dénoncé une "légèreté coupable" du ministre de la Santé.',
     "erreur grave", 'une "erreur grave" du gouvernement', ("légèreté coupable", 'une "légèreté coupable"'),
     "Paul Durand"),
])
def test_statements_a_noun_object_ends_where_the_next_clause_opens(analyse_text, rules_off, text, words,
                                                                  content, next_content, runs_into):
    a = analyse_text(text, "fr")
    assert _find(a, words).content.text == content
    if next_content is not None:
        assert _find(a, next_content[0]).content.text.startswith(next_content[1])
    rules_off("statements.subject_clause_cut")
    assert runs_into in _find(analyse_text(text, "fr"), words).content.text


def test_statements_a_conjunction_hung_on_the_subject_is_no_word_of_the_speaker_s(analyse_text):
    a = analyse_text(CLAUSE_AFTER_COMMA, "fr")
    assert _find(a, "des autorités").speaker_text == "Jeanne Morel"  # (not "Alors que Jeanne Morel")


def test_statements_praise_and_pointing_out_say_their_noun_object(analyse_text):
    a = analyse_text("La ministre des Armées a loué le travail des soldats de l'opération Sentinelle. Le "
                     "député Paul Girard a pointé une défaillance grave des services de renseignement.", "fr")
    assert _find(a, "le travail des soldats").speaker_text == "La ministre des Armées"
    assert _find(a, "une défaillance grave des services").speaker_text == "Le député Paul Girard"


def test_statements_an_offence_named_in_quotation_marks_is_no_statement(analyse_text, rules_off):
    text = ("« Les faits sont graves », a déclaré le procureur Paul Martin. Il devrait être poursuivi pour "
            "\"coup ayant entraîné la mort sans intention de la donner\".")
    assert not any("coup ayant entraîné" in s.content.text for s in analyse_text(text, "fr").statements)
    rules_off("statements.charge_quote")
    assert _find(analyse_text(text, "fr"), "coup ayant entraîné").kind == "direct"


@pytest.mark.parametrize("text, rule", [
    ("Il a reçu le prix Roger Nimier pour \"L'été anglais\" (Robert Laffont) en 1977.",
     "statements.work_in_brackets"),
    ("Elle a débuté avec Sacha Guitry (\"Si Versailles m'était conté\", 1953), puis a joué au théâtre.",
     "statements.work_in_brackets"),
    ("Son premier single \"Comme je t'aime\" a bien fonctionné.", "statements.quoted_title"),
    ("Sous un titre ravageur, \"Un président ne devrait pas dire ça\", deux journalistes ont écrit un livre.",
     "statements.quoted_title"),
])
def test_statements_a_work_s_title_in_quotation_marks_is_no_statement(analyse_text, rules_off, text, rule):
    assert not analyse_text(text, "fr").statements
    rules_off(rule)
    assert analyse_text(text, "fr").statements

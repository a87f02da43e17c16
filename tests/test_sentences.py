"""Sentence starts news copy lost: a heading glued to the paragraph after it is cut from it, at the exact
characters, where the word after the join opens a sentence or is glued to small letters only; words
written in camel case stay whole."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def parse():
    from veille.extractors.pipeline import load_pipeline

    def run(text: str, lang: str):
        doc = load_pipeline(lang)(text)
        assert "".join(t.text_with_ws for t in doc) == text
        return doc

    return run


def _starts(doc) -> list[str]:
    return [s[0].text for s in doc.sents]


@pytest.mark.parametrize("text, heading, opener", [
    ("La grève contre le nouveau plan de transportLes syndicats ont appelé à manifester jeudi.",
     "transport", "Les"),
    ("Un rapport sur le port publié en 2016En 2016, l'agence a refusé le projet de digue.", "2016", "En"),
    ("Un accord encore en questionL'accord sur les quotas a été signé mardi soir.", "question", "L'"),
    ("Des heurts dans la nuit à ToulouseA Toulouse, la police a interpellé six personnes.", "Toulouse", "A"),
    ("Un débat tendu sur la sécurité en coursFrançois Dupont a pris la parole au conseil.", "cours",
     "François"),
    # any capitalised word glued to a chunk of small letters, not only a word that opens sentences
    ("Le bilan de la nuitVianney Dubois, le maire, a salué le travail des pompiers.", "nuit", "Vianney"),
    ("Trois questions au ministreInterpellé sur la réforme, Paul Girard a répondu mardi.", "ministre",
     "Interpellé"),
])
def test_a_heading_glued_to_its_paragraph_ends_before_it(parse, text, heading, opener):
    doc = parse(text, "fr")
    at = text.index(heading) + len(heading)
    cut = next(t for t in doc if t.idx == at)
    assert cut.text == opener and cut.is_sent_start
    assert doc[cut.i - 1].idx + len(doc[cut.i - 1]) == at and doc[cut.i - 1].text.endswith(heading)
    assert not doc[cut.i + 1].is_sent_start


def test_the_sentence_after_a_glued_heading_runs_to_its_stop(parse):
    doc = parse("Le bilan de la nuitVianney Dubois, le maire, a salué le travail des pompiers. "
                "Il est reparti.", "fr")
    assert _starts(doc) == ["Le", "Vianney", "Il"]


def test_a_name_glued_to_a_heading_speaks(analyse_text):
    a = analyse_text("Le bilan de la nuitVianney Dubois, le maire, a salué le travail des pompiers. "
                     "« Ils ont été formidables », a-t-il dit.", "fr")
    names = {e.id: e.name for e in a.entities}
    assert [names.get(s.speaker) for s in a.statements] == ["Vianney Dubois"]


def test_a_glued_heading_is_not_the_subject_of_the_next_verb(analyse_text):
    a = analyse_text("Plan de transportLe ministre Paul Martin a déclaré que la réforme serait votée "
                     "avant l'été.", "fr")
    assert [s.speaker_text for s in a.statements] == ["Le ministre Paul Martin"]
    a = analyse_text("Un débat tendu en coursFrançois Dupont a estimé que le projet était mauvais pour la "
                     "ville.", "fr")
    assert [s.speaker_text for s in a.statements] == ["François Dupont"]


@pytest.mark.parametrize("lang, text, whole", [
    ("fr", "Il a déjeuné chez McDonald avec LeBron, puis a regardé YouTube sur son iPhone et sa PlayStation.",
     ["McDonald", "LeBron", "YouTube", "iPhone", "PlayStation"]),
    ("fr", "La fondation Ronald McDonald House a ouvert une maison près de l'hôpital.", ["McDonald"]),
    ("fr", "Une vidéo de la boutique DeGaulle a circulé sur WhatsApp toute la semaine.",
     ["WhatsApp", "DeGaulle"]),
    ("en", "She posts on LinkedIn and YouTube, and he plays on a PlayStation at McDonald's.",
     ["LinkedIn", "YouTube", "PlayStation"]),
])
def test_words_written_in_camel_case_stay_whole(parse, lang, text, whole):
    doc = parse(text, lang)
    tokens = [t.text for t in doc]
    for word in whole:
        assert word in tokens
    assert _starts(doc) == [tokens[0]]


def test_an_english_heading_glued_to_its_paragraph_ends_before_it(parse):
    text = "Talks on the pension reformThe unions called a strike for Monday, the organisers said."
    doc = parse(text, "en")
    assert _starts(doc) == ["Talks", "The"]
    assert next(t for t in doc if t.text == "The" and t.i > 0).idx == text.index("The unions")


def test_a_given_name_glued_to_a_word_not_followed_by_a_name_starts_nothing(parse):
    doc = parse("Le comité a salué le travail du groupe de la rue SaintJean pour la fête.", "fr")
    assert len(list(doc.sents)) == 1


def test_a_dashed_heading_glued_after_a_year_and_before_an_elided_word_is_its_own_sentence(parse):
    text = ("Le festival a été reporté à l'édition 2021.- Salon virtuel -L'édition 2020 du salon se tiendra "
            "en ligne, a annoncé la mairie.")
    doc = parse(text, "fr")
    starts = {t.idx for t in doc if t.is_sent_start}
    assert text.index("- Salon") in starts and text.index("L'édition") in starts
    last = next(s for s in doc.sents if s.start_char <= text.index("se tiendra") < s.end_char)
    assert last.text.startswith("L'édition 2020")


def test_no_sentence_starts_after_an_elided_word(parse):
    # the parser, after a heading, once read "L'" as a sentence of its own
    doc = parse("Cher : ce Poilu fusillé en 1914 à qui l'on veut rendre les honneurs\n\nL'Amicale des "
                "Anciens combattants du Cher milite pour l'inscription d'un poilu.", "fr")
    assert _starts(doc) == ["Cher", "L'"]


@pytest.mark.parametrize("lang, text, word, held", [
    ("fr", "Il pleut.\n\nL'Amicale des anciens milite.", "Amicale", True),
    # the closing quote of American copy is no elided word: the parser reads on from it as it will
    ("en", "Why the affiliation? ''They pay us a lot of money,'' he said.", "They", False),
])
def test_only_a_word_elided_before_its_apostrophe_holds_the_next(lang, text, word, held):
    from veille.extractors.pipeline import load_pipeline
    from veille.nlp.sentences import glued_sentences

    doc = glued_sentences(load_pipeline(lang).make_doc(text))
    token = next(t for t in doc if t.text == word)
    assert (token.is_sent_start is False) == held


@pytest.mark.parametrize("text, figure", [
    # the parser once made "5.996" a sentence of its own, cutting the figure from what it counts
    ("Le Nevada a rapporté mardi 5.996 nouveaux cas de grippe, un nouveau record.", "5.996"),
    ("Le virus a fait 7.797 morts dans la République islamique.", "7.797"),
    ("La Russie compte 379.051 cas de grippe avérés et 4.142 morts.", "379.051"),
])
def test_a_figure_with_dotted_thousands_stays_in_its_sentence(parse, text, figure):
    doc = parse(text, "fr")
    token = next(t for t in doc if t.text == figure)
    assert token.sent == doc[token.i + 1].sent == doc[token.i - 1].sent


@pytest.mark.parametrize("text", [
    "Le ministre a parlé. 5.996 personnes ont été testées mardi.",
    "Le ministre a parlé.\n\n1.500 manifestants ont défilé mardi.",
])
def test_a_figure_with_dotted_thousands_may_open_a_sentence(parse, text):
    assert _starts(parse(text, "fr"))[-1][0].isdigit()


@pytest.mark.parametrize("text, word", [
    # the cut of the glued stop once split the word after it at its hyphen: "Jean", "-", "Luc"
    ("Le débat a duré lundi.Jean-Luc Mercier a réagi.", "Jean-Luc"),
    ("Elle a quitté le parti (FN).L'ex-députée a dit non.", "ex-députée"),
])
def test_a_hyphenated_word_after_a_glued_stop_stays_whole(parse, text, word):
    assert word in [t.text for t in parse(text, "fr")]


def test_a_word_the_tokenizer_splits_alone_stays_split(parse):
    tokens = [t.text for t in parse("« Non », a-t-il dit.Al-Qaïda a réagi.", "fr")]
    assert tokens[4:12] == ["a", "-t", "-il", "dit", ".", "Al", "-", "Qaïda"]


@pytest.mark.parametrize("text, first", [
    ("Le maire a porté plainte en 2019.L'association a réagi lundi.", "L'"),
    ("Le texte a été transmis à l'ONG.D'après elle, rien ne bouge.", "D'"),
])
def test_a_stop_glued_to_an_elided_capital_ends_the_sentence(parse, text, first):
    assert _starts(parse(text, "fr")) == ["Le", first]


@pytest.mark.parametrize("text", [
    # the parser once started sentences at "Moscou"'s verb and at the comma after it
    "Titre\n\nMoscou poursuivra ses manœuvres en mer Noire tant que l'Otan restera, a averti mardi le "
    "ministre de la Défense Sergueï Volkine évoquant une provocation.",
    # ... and at a name's second word
    "Titre\n\nL'épidémiologiste Ravindra Joshi a exposé ses résultats devant la presse mardi.",
])
def test_no_sentence_starts_at_a_word_right_after_a_word(parse, text):
    assert len(_starts(parse(text, "fr"))) == 2


@pytest.mark.parametrize("text", [
    'Titre\n\n"Nous jugeons que la base navale reste utile", a affirmé M. Varga jeudi.',
    'Le conseil a voté.\n\n"Rien ne sera plus comme avant", a dit la présidente.',
])
def test_a_quote_that_opens_a_paragraph_opens_its_sentence(parse, text):
    assert _starts(parse(text, "fr"))[-1] == '"'


def test_a_title_after_a_heading_in_capitals_opens_its_sentence(parse):
    text = "AVANT L'ASSAUT DE L'ARMÉE SUR MOSSOUL Plus de 400 militaires en renfort\n\nLe texte suit."
    assert "Plus" in _starts(parse(text, "fr"))

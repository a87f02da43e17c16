"""Entities on the reference article and on short cases in both languages."""
from __future__ import annotations


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


def test_entities_repair_demonyms_and_all_caps_headline(example_article):
    ents = _by_name(example_article)
    assert ents["Irakiens"].type == "NORP"
    text = example_article.text
    mossoul = ents["Mossoul"]
    assert [40, 47] in mossoul.mentions and text[40:47] == "MOSSOUL"
    assert not any(e.type == "MISC" and e.name.isupper() for e in example_article.entities)


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

"""Grouping mentions into entities looks a group up by what a mention may join it on, and answers exactly
what a scan of every group made so far would (issue 19, item 5: no scan of the article per mention)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extractors.entities import ENTITY_WEIGHTS, EntityGroup, MentionCandidate, _GroupIndex, _initials


def _scanned_owner(text: str, acronym: str, groups: list[EntityGroup]) -> EntityGroup | None:
    """The owner of an acronym as a scan of every group and every mention finds it."""
    for g in groups:
        if g.type not in ("ORG", "MISC", "LOC") or g.name == acronym or len(g.name) <= len(acronym):
            continue
        if _initials(g.name).upper() == acronym.upper():
            return g
        for _s, e in g.mentions:
            if re.match(r"\s*\(\s*" + re.escape(acronym) + r"\s*\)",
                        text[e:e + len(acronym) + ENTITY_WEIGHTS.parenthesis_slack]):
                return g
    return None


TEXT = st.lists(st.sampled_from(["EI", "ei", "AB", "(", ")", " ", "x", " (EI)", "(ei)", " ( EI )", "  (AB)",
                                 "(E I)", "(EI))", "((EI)", "\u00a0(EI)", "(EI ", '"']), max_size=20)
GROUP = st.tuples(st.sampled_from(["ORG", "ORG", "LOC", "PER", "MISC"]),
                  st.sampled_from(["Etat Islamique", "Amis Bons", "EI", "E", "groupe", "groupe armé"]),
                  st.lists(st.integers(0, 30), min_size=1, max_size=4))  # mentions end after these pieces


@settings(max_examples=600, deadline=None)
@given(TEXT, st.lists(GROUP, max_size=6), st.sampled_from(["EI", "AB", "E I", "EI)", "(EI", " EI", "EI "]))
def test_acronym_owner_is_that_of_a_scan_of_every_group(pieces, made, acronym):
    text = "".join(pieces)
    index = _GroupIndex(text, ENTITY_WEIGHTS)
    groups = []
    for kind, name, after in made:
        g = EntityGroup(kind, name)
        groups.append(g)
        index.add_group(g)
        for k in after:
            end = len("".join(pieces[:k]))
            g.mentions.append([max(0, end - 2), end])
            index.add_mention(g, end)
    found = index.acronym_owner(MentionCandidate(0, len(acronym), "ORG", acronym))
    assert found is _scanned_owner(text, acronym, groups)


def test_acronym_in_parentheses_after_a_mention_joins_it():
    text = "Le groupe Etat islamique  ( EI ) a revendiqué. L'EI menace."
    index = _GroupIndex(text, ENTITY_WEIGHTS)
    org = EntityGroup("ORG", "Etat islamique")
    index.add_group(org)
    index.add_mention(org, text.index(" ( EI"))
    assert index.acronym_owner(MentionCandidate(0, 2, "ORG", "EI")) is org
    # an acronym the model read with a bracket and a quote: looked for where parentheses stand
    odd = 'Le groupe Etat du Sahara (EIGS)") a frappé.'
    weird = _GroupIndex(odd, ENTITY_WEIGHTS)
    sahara = EntityGroup("ORG", "Etat du Sahara")
    weird.add_group(sahara)
    weird.add_mention(sahara, odd.index(" (EIGS"))
    assert weird.acronym_owner(MentionCandidate(0, 6, "ORG", 'EIGS)"')) is sahara
    # a mention that ends elsewhere, or a person, owns nothing
    other = _GroupIndex(text, ENTITY_WEIGHTS)
    person = EntityGroup("PER", "Etat islamique")
    other.add_group(person)
    other.add_mention(person, text.index(" ( EI"))
    assert other.acronym_owner(MentionCandidate(0, 2, "ORG", "EI")) is None


def test_first_group_made_answers_for_a_surname_and_an_actor():
    index = _GroupIndex("", ENTITY_WEIGHTS)
    first, second = EntityGroup("PER", "John Dorrian"), EntityGroup("PER", "Ann Dorrian")
    for g in (first, second):
        index.add_group(g)
    assert index.by_surname["dorrian"] is first
    actor = object()
    second.actor = actor
    index.add_actor(second)
    first.actor = actor
    index.add_actor(first)  # given its actor later, the group made first still answers
    assert index.by_actor[id(actor)] is first

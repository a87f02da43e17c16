"""One event per happening within an article: which event an anaphoric noun tells."""
from __future__ import annotations

import pytest

# an attack, victims told two sentences on (their own mention), then "l'attaque" again
ATTACK_TOLD_AGAIN = ("Une attaque au couteau a eu lieu vendredi à Lyon. Le maire s'est rendu sur place "
                     "dans la soirée. Trois personnes ont été blessées. Le préfet a salué le courage des "
                     "policiers. L'attaque a choqué la ville.")


def mention_starts(event) -> list[int]:
    return [m.span[0] for m in event.mentions]


@pytest.mark.parametrize("off, joins_first", [("", True), ("events.anaphor_names", False)])
def test_an_anaphoric_noun_tells_the_happening_named_so_before(analyse_text, monkeypatch, off, joins_first):
    monkeypatch.setenv("VEILLE_RULES_OFF", off)
    article = analyse_text(ATTACK_TOLD_AGAIN, "fr", "2021-03-15")
    anaphor = ATTACK_TOLD_AGAIN.index("L'attaque") + 2
    first = next(e for e in article.events if e.trigger.span[0] == ATTACK_TOLD_AGAIN.index("attaque"))
    assert (anaphor in mention_starts(first)) is joins_first
    assert sum(anaphor in mention_starts(e) for e in article.events) == 1


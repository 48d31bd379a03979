import pytest

from coder.inflect import all_forms, forms


@pytest.mark.parametrize(
    "lemma,s,past,ing",
    [
        ("fire", "fires", "fired", "firing"),
        ("launch", "launches", "launched", "launching"),
        ("carry", "carries", "carried", "carrying"),
        ("stop", "stops", "stopped", "stopping"),
        ("commit", "commits", "committed", "committing"),
        ("visit", "visits", "visited", "visiting"),
        ("meet", "meets", "met", "meeting"),
        ("die", "dies", "died", "dying"),
        ("shoot", "shoots", "shot", "shooting"),
    ],
)
def test_inflections(lemma, s, past, ing):
    f = forms(lemma)
    assert f["s"] == (s,) and f["past"] == (past,) and f["ing"] == (ing,)


def test_irregular_participle_and_be():
    assert forms("take")["pp"] == ("taken",)
    assert {"was", "were", "been"} <= set(all_forms("be"))

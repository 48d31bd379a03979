import pytest

from coder.numbers import fatalities, parse_number


@pytest.mark.parametrize(
    "text,n",
    [
        ("a huge blast early on Saturday killed a member of an Iraqi security force", 1),
        ("at least five people were killed", 5),
        ("the strike killed 3 civilians", 3),
        ("more than 20 soldiers died", 20),
        ("a dozen civilians were killed", 12),
        ("two soldiers and three civilians were killed", 5),
        ("the attack killed two soldiers and three civilians", 5),
        ("the death toll rose to 45", 45),
        ("between 10 and 15 people were killed", 10),
        ("twenty-one people were killed", 21),
        ("leaving 7 dead", 7),
        ("1,200 people have been killed", 1200),
        ("no one was killed", 0),
        ("five killed in the blast", 5),
        ("rockets were fired at the base", None),
    ],
)
def test_fatalities(text, n):
    assert fatalities(text) == n


@pytest.mark.parametrize("text,n", [("two hundred and five", 205), ("one thousand", 1000), ("3 million", 3_000_000), ("dozens", 24), ("several", 3)])
def test_parse_number(text, n):
    assert parse_number(text) == n

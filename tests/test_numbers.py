import pytest

from coder.numbers import fatalities, injuries, parse_number

# 40+ phrasings of deaths; ACLED takes the lower bound of ranges and hedges
FATALITIES = [
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
    ("nobody was killed in the attack", 0),
    ("five killed in the blast", 5),
    ("rockets were fired at the base", None),
    ("killing 14 people", 14),
    ("killing at least 14 people", 14),
    ("killed nearly 30 people", 30),
    ("killed about 60 militants", 60),
    ("some 40 people were killed", 40),
    ("up to 9 people may have died", 9),
    ("as many as 12 people had been taken hostage and four were killed", 4),
    ("dozens of people were killed", 24),
    ("several soldiers were killed", 3),
    ("a soldier was killed", 1),
    ("one policeman was killed", 1),
    ("the gunmen killed a civilian", 1),
    ("two people died", 2),
    ("three protesters were shot dead", 3),
    ("at least 100 people have died", 100),
    ("the bombing claimed the lives of 18 people", 18),
    ("seven children were among the dead", 7),
    ("the blast left 11 dead", 11),
    ("the death toll stood at 73", 73),
    ("four soldiers were killed and six wounded", 4),
    ("eleven fighters were killed in the clashes", 11),
    ("hundreds of civilians were killed", 200),
    ("killed 5 and wounded 12", 5),
    ("killed two policemen and a civilian", 3),
    ("an unknown number of people were killed", None),
    ("killed thirty-two people", 32),
]


@pytest.mark.parametrize("text,n", FATALITIES)
def test_fatalities(text, n):
    assert fatalities(text) == n


@pytest.mark.parametrize("text,n", [("four soldiers were killed and six wounded", 6), ("at least 12 people were injured", 12), ("three people were hurt", 3)])
def test_injuries_are_kept_apart(text, n):
    assert injuries(text) == n


@pytest.mark.parametrize("text,n", [("two hundred and five", 205), ("one thousand", 1000), ("3 million", 3_000_000), ("dozens", 24), ("several", 3)])
def test_parse_number(text, n):
    assert parse_number(text) == n

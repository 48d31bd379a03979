import datetime as dt

import pytest

from coder.dates import event_date, find_dates

SUNDAY = dt.date(2024, 4, 21)


@pytest.mark.parametrize(
    "text,day,precision",
    [
        ("rockets were fired on Sunday", dt.date(2024, 4, 21), "day"),
        ("a blast early on Saturday killed", dt.date(2024, 4, 20), "day"),
        ("Tuesday's attack", dt.date(2024, 4, 16), "day"),
        ("troops withdrew yesterday", dt.date(2024, 4, 20), "day"),
        ("On 9 May 2020, clashes erupted", dt.date(2020, 5, 9), "day"),
        ("the attack on Dec. 25, 2023", dt.date(2023, 12, 25), "day"),
        ("on April 3 troops", dt.date(2024, 4, 3), "day"),
        ("police said last week", dt.date(2024, 4, 14), "week"),
    ],
)
def test_dates_resolve_against_the_article_date(text, day, precision):
    (hit,) = find_dates(text, SUNDAY)
    assert (hit.day, hit.precision) == (day, precision)


def test_since_does_not_date_the_event():
    assert find_dates("the first attack since early February", SUNDAY) == []


def test_no_date_falls_back_to_the_article():
    assert event_date([], 0, SUNDAY) == (SUNDAY, "day", None)


def test_dates_never_after_the_article():
    for hit in find_dates("on May 30 and on Monday and on December 1", SUNDAY):
        assert hit.day <= SUNDAY


@pytest.mark.parametrize("text,coded", [
    ("Soviet troops invaded Afghanistan in 1979, starting a decade-long war.", False),  # history
    ("Iraq invaded Kuwait in August 1990.", False),
    ("Russia attacked Ukraine, the worst attack since the invasion in 2022.", True),  # a year elsewhere
    ("Israel attacked Gaza on Tuesday.", True),
])
def test_events_the_text_dates_years_back_are_history(project_dicts, text, coded):
    from tests.conftest import code_text

    assert bool(code_text(text, project_dicts, dt.date(2024, 5, 1))) is coded

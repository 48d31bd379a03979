import pytest

from .conftest import code_text

# (sentence, expected [(source, code, target)], mode of the first event)
CASES = [
    ("Iraqi troops attacked Syria.", [("IRQMIL", "190", "SYR")], "actual"),
    ("Israeli troops were attacked by Hamas.", [("PSEREB", "190", "ISRMIL")], "actual"),
    ("Iran and Turkey condemned Israel.", [("IRN", "111", "ISR"), ("TUR", "111", "ISR")], "actual"),
    ("Police did not arrest the protesters.", [("---COP", "173", "---CVL")], "negated"),
    ("Turkey may attack Syria.", [("TUR", "190", "SYR")], "hypothetical"),
    ("At least five rockets were launched from Iraq towards U.S. troops in Syria.", [("IRQ", "190", "USAMIL")], "actual"),
    ("Turkey said Hamas attacked Israel.", [("PSEREB", "190", "ISR")], "actual"),
    ("An aircraft from the U.S.-led coalition in Iraq and Syria carried out a strike against Hamas.", [("IMGMIL", "195", "PSEREB")], "actual"),
    ("Israel condemned the World Cup decision by Turkey.", [], None),  # discard phrase
    ("Biden met Turkey's president.", [("USAGOV", "040", "TURGOV")], "actual"),
    ("Turkey and Israel held talks on Monday.", [("TUR", "046", "ISR"), ("ISR", "046", "TUR")], "actual"),  # symmetric
    ("Turkey attack helicopters flew over Syria.", [], None),  # a null pattern blocks {attack}
    ("Turkey accused Israel of attacking Syria.", [("TUR", "112", "ISR")], "actual"),  # the accusation, not the alleged attack
    ("Turkey condemned Israel to attack Hamas.", [("TUR", "111", "ISR")], "actual"),  # the infinitive belongs to the first verb
    ("Turkey said Israel must stop attacking Hamas.", [("TUR", "100", "ISR")], "actual"),  # an obligation is a demand
    ("Talks between Turkey and Israel resumed.", [("TUR", "046", "ISR"), ("ISR", "046", "TUR")], "actual"),
    ("Iraqi troops, which had attacked Syria, condemned Turkey.", [("IRQMIL", "190", "SYR"), ("IRQMIL", "111", "TUR")], "actual"),
]


@pytest.mark.parametrize("text,expected,mode", CASES)
def test_who_did_what_to_whom(mini, text, expected, mode):
    events = code_text(text, mini)
    got = [(e["source_code"], e["cameo_code"], e["target_code"]) for e in events]
    assert got == expected
    if expected:
        assert events[0]["mode"] == mode
        assert events[0]["negated"] == (mode == "negated")


def test_statement_without_addressee_is_not_an_event(mini):
    assert code_text("Turkey said on Monday it was ready.", mini) == []


def test_require_dyad_setting_drops_one_sided_events(mini):
    from dataclasses import replace

    from coder.dictionary import Settings

    strict = replace(mini, settings=Settings(require_dyad=True))
    assert code_text("Israeli troops were attacked.", mini) and not code_text("Israeli troops were attacked.", strict)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hamas fired rockets at Israel. The group said it attacked Israeli troops.", ("PSEREB", "190", "ISRMIL")),
        ("Mohammed Shia al-Sudani returned to Baghdad. He met with Joe Biden on Monday.", ("IRQGOV", "040", "USAGOV")),
        ("Turkey condemned Israel. It also condemned Hamas.", ("TUR", "111", "PSEREB")),
    ],
)
def test_references_resolve_to_a_compatible_earlier_actor(mini, text, expected):
    events = code_text(text, mini)
    assert (events[-1]["source_code"], events[-1]["cameo_code"], events[-1]["target_code"]) == expected

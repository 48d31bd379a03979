from coder.model import Article
from coder.text import find_dateline, split_sentences, tokenize


def test_dateline_is_split_off_and_kept():
    text = "MOSUL, Iraq (Reuters) -At least five rockets were launched on Sunday."
    dl = find_dateline(text)
    assert (dl.place, dl.region, dl.agency) == ("Mosul", "Iraq", "Reuters")
    sents, _ = split_sentences(Article("a", text, None))
    assert sents[0].text.startswith("At least five rockets")
    assert text[sents[0].start : sents[0].end] == sents[0].text


def test_abbreviations_do_not_end_sentences():
    text = "Gen. Mark Milley met Mr. Jones in the U.S. Senate on Tuesday. He said no."
    sents, _ = split_sentences(Article("a", text, None))
    assert [s.text for s in sents] == ["Gen. Mark Milley met Mr. Jones in the U.S. Senate on Tuesday.", "He said no."]


def test_token_offsets_point_into_the_text():
    text = "Iraq's PM didn't meet U.S. envoys."
    toks = tokenize(text)
    assert [t.norm for t in toks] == ["iraq", "'s", "pm", "did", "n't", "meet", "u.s.", "envoys", "."]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_bare_capital_dateline():
    dl = find_dateline("BAGHDAD - Iraqi troops clashed with militants.")
    assert dl is not None and dl.place == "Baghdad"


def test_dateline_without_a_dash_after_a_run_of_spaces():
    assert find_dateline("ANKARA     More than 20 people were killed.").place == "Ankara"
    assert find_dateline("KABUL\tTaliban fighters attacked a checkpoint.").place == "Kabul"
    # one or two spaces after a capitals word is text, not a dateline
    assert find_dateline("NATO said on Monday it would send more jets.") is None
    assert find_dateline("NATO  said on Monday it would send more jets.") is None

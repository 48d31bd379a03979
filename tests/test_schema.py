from coder.codebook import OUT, render
from coder.schema import table


def test_codebook_is_generated_from_schemas():
    assert OUT.read_text(encoding="utf-8") == render(), "run: python -m coder.codebook"


def test_required_event_columns_exist():
    names = set(table("events").names)
    required = {"event_id", "article_id", "sentence_index", "event_date", "date_precision", "source_code", "source_country", "source_text",
                "target_code", "target_country", "target_text", "cameo_code", "cameo_root", "quad_class", "goldstein", "verb_text", "negated",
                "fatalities", "location", "country_iso3", "latitude", "longitude", "dictionary_version", "coder_version"}
    assert required <= names

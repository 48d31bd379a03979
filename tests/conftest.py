import datetime as dt
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def mini():
    """Compiled mini dictionary (tests/fixtures/dictionaries/mini)."""
    from coder.dictionary import load_compiled

    return load_compiled(FIXTURES / "dictionaries" / "mini")


@pytest.fixture(scope="session")
def project_dicts():
    from coder.dictionary import load_compiled

    return load_compiled()


def code_text(text, comp, date=dt.date(2024, 4, 21)):
    """Events coded from one text with a compiled dictionary (no validation, no write)."""
    from coder.model import Article
    from coder.pipeline import Config, code_articles

    cfg = Config(dictionaries=Path(comp.directory), locations=False)
    return code_articles([Article("t", text, date)], cfg, comp).events

"""coder: news articles in, CAMEO/ACLED-style political events out."""

__version__ = "0.1.0"

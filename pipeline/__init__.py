"""newsclaims: news articles in, Parquet tables of mentions, entities and claims out."""

__version__ = "0.1.0"

"""newsclaims: news articles in, Parquet tables of mentions, entities and claims out."""

from pipeline import _compiled

__version__ = "0.1.0"

# The modules compiled with mypyc (`make compile`), when built from this very source.
_compiled.install()

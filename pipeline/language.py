"""Offline language identification (py3langid: its model ships inside the package)."""

from __future__ import annotations

import lzma
import threading
from collections.abc import Callable, Sequence
from io import BytesIO
from typing import Any, Final

# (text) -> (ISO 639-1 code, probability between 0 and 1)
LanguageIdentifier = Callable[[str], tuple[str, float]]


# Words frequent in English prose that are not words of other Latin-script languages (so not
# "in", "an", "on", "was", "will", "is", "die": German, Dutch or French words too).
_ENGLISH_MARKERS: Final = frozenset({
    "the", "and", "of", "to", "that", "for", "with", "said", "from", "this", "have", "has", "were", "which",
    "but", "they", "their", "would", "been", "had", "who", "its", "after", "about", "by", "at", "he", "his",
    "she", "her", "are", "be", "not", "there", "what", "when", "could", "should", "than", "more", "also",
    "because", "into", "over",
})
# At this share of marker words a text is English without asking py3langid (about a millisecond
# per line; four lines in five reach it). Measured on 3,457 English news records (BBC, Wikinews,
# PolNeAR, the seeds, data/raw): ingest gave identical articles but one, a Wikinews quote ending
# in "((fa))" that py3langid had dropped as another language.
_ENGLISH_MIN_SHARE: Final = 0.2
_ENGLISH_MIN_WORDS: Final = 8


def plainly_english(words: Sequence[str]) -> bool:
    """Whether these words (of one line or text) are English prose by their share of common English words."""
    if len(words) < _ENGLISH_MIN_WORDS:
        return False
    return sum(map(_ENGLISH_MARKERS.__contains__, map(str.lower, words))) >= _ENGLISH_MIN_SHARE * len(words)


def load_language_identifier() -> LanguageIdentifier:
    """py3langid's model with normalised probabilities, loaded once (about half a second)."""
    return language_identifier_from_arrays(read_py3langid_model())


def language_identifier_from_arrays(arrays: tuple[Any, ...]) -> LanguageIdentifier:
    """py3langid's identifier (normalised probabilities) built from its model's arrays."""
    from py3langid.langid import LanguageIdentifier as Py3LangId

    ptc, pc, classes, nextmove, row, output = arrays
    model = Py3LangId(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)

    def identify(text: str) -> tuple[str, float]:
        language, probability = model.classify(text)
        return str(language), float(probability)

    return identify


def read_py3langid_model() -> tuple[Any, ...]:
    """What py3langid 0.4's `modelio.load_model` returns, decompressed in one call: the GIL is
    released for all of it (py3langid streams 1 MB chunks, each waiting for the GIL while the
    model of spaCy loads in the other thread)."""
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import _to_array

    raw = lzma.decompress((MODEL_DIR / MODEL_FILE).read_bytes())
    with np.load(BytesIO(raw), allow_pickle=False) as data:
        return (np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(), _to_array(data["nextmove"]),
                _to_array(data["nextmove_row"]), data["out_feat"].tolist())


def py3langid_model_version() -> str:
    """The installed py3langid's version: what its model's arrays depend on."""
    from importlib.metadata import version

    return version("py3langid")


def model_arrays_to_bytes(arrays: tuple[Any, ...]) -> bytes:
    """The model's arrays as zstd-compressed .npy records, to store between runs: they load in a
    fifth of the time of py3langid's LZMA-compressed zip (zstd decompresses ten times faster
    and the DFA tables are copied, not read through a zip member)."""
    import numpy as np
    import pyarrow as pa

    ptc, pc, classes, nextmove, row, output = arrays
    buffer = BytesIO()
    for array in (ptc, pc, np.array(classes), np.asarray(nextmove), np.asarray(row), np.asarray(output, dtype=np.int64)):
        np.save(buffer, array, allow_pickle=False)
    raw = buffer.getvalue()
    compressed: bytes = pa.compress(raw, codec="zstd", asbytes=True)
    return _STORED_MAGIC + len(raw).to_bytes(8, "little") + compressed


def model_arrays_from_bytes(data: bytes) -> tuple[Any, ...]:
    """The arrays `model_arrays_to_bytes` stored (ValueError when `data` is not such a record)."""
    import numpy as np
    import pyarrow as pa
    from py3langid.modelio import _to_array

    header = len(_STORED_MAGIC)
    size = int.from_bytes(data[header:header + 8], "little")
    if not data.startswith(_STORED_MAGIC) or not 0 < size <= _MAX_STORED_SIZE:
        raise ValueError("not a stored language model: unknown header")
    try:
        raw = BytesIO(pa.decompress(data[header + 8:], decompressed_size=size, codec="zstd", asbytes=True))
        ptc, pc, classes, nextmove, row, output = (np.load(raw, allow_pickle=False) for _ in range(6))
    except (OSError, EOFError, ValueError, pa.ArrowException) as exc:
        raise ValueError(f"not a stored language model: {exc}") from exc
    return ptc, pc, classes.tolist(), _to_array(nextmove), _to_array(row), output.tolist()


_STORED_MAGIC: Final = b"newsclaims-langid-1\n"
_MAX_STORED_SIZE: Final = 1 << 30  # py3langid 0.4's model is 68 MB


class LazyLanguageIdentifier:
    """`load_language_identifier`'s function, loaded on the first call or, after `start_loading`,
    in a background thread: a re-run whose every record is in the ingest cache never loads it,
    and a run about to annotate loads it beside the spaCy model (two thirds of the load is LZMA
    decompression, which releases the GIL: 0.45 s on its own, ~0.1 s more than the model alone)."""

    def __init__(self, load: Callable[[], LanguageIdentifier] = load_language_identifier) -> None:
        self._load = load
        self._loaded: LanguageIdentifier | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start_loading(self) -> None:
        """Load the model in a background thread (no-op when loaded or loading)."""
        with self._lock:
            if self._loaded is None and self._thread is None:
                self._thread = threading.Thread(target=self._load_in_thread, name="language-identifier", daemon=True)
                self._thread.start()

    def _load_in_thread(self) -> None:
        try:
            self._loaded = self._load()
        except BaseException as exc:  # re-raised by the caller that needs the model
            self._error = exc

    def wait(self) -> None:
        """Block until a background load has finished: call before forking (no thread may be mid-load then)."""
        thread = self._thread
        if thread is not None:
            thread.join()

    def __call__(self, text: str) -> tuple[str, float]:
        """The language of `text` and its probability."""
        if self._loaded is None:
            self.wait()
            with self._lock:
                if self._error is not None:
                    error, self._error, self._thread = self._error, None, None
                    raise error
                if self._loaded is None:
                    self._loaded = self._load()
        return self._loaded(text)

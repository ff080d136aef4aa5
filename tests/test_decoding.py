"""pipeline.decoding: UTF-8 first, byte-order marks, detected legacy encodings, binary and undecodable bytes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.decoding import decode

CAFE = "Café owners said prices rose “sharply” – by 5€ – in 2024."
RUSSIAN = "Министр иностранных дел заявил во вторник, что переговоры продолжатся в Москве на следующей неделе."


@pytest.mark.parametrize(
    ("content", "text", "encoding"),
    [
        pytest.param(CAFE.encode(), CAFE, "utf-8", id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + CAFE.encode(), CAFE, "utf-8-sig", id="utf-8-bom"),
        pytest.param(CAFE.encode("utf-16"), CAFE, "utf-16", id="utf-16-bom"),
        pytest.param(CAFE.encode("cp1252"), CAFE, "cp1252", id="cp1252-short-western"),
        pytest.param("Grüße aus Köln, sagte der Bürgermeister.".encode("latin-1"), "Grüße aus Köln, sagte der Bürgermeister.", "cp1252",
                     id="latin-1-read-as-cp1252"),
        pytest.param(RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251", id="cp1251-cyrillic"),
    ],
)
def test_decodes(content: bytes, text: str, encoding: str) -> None:
    assert decode(content) == (text, encoding)


@pytest.mark.parametrize(
    ("content", "why"),
    [
        pytest.param(b"PK\x03\x04\x00\x00zip", "binary", id="nul-bytes"),
        pytest.param(bytes(range(128, 256)), "undecodable", id="no-encoding-fits"),
    ],
)
def test_not_text(content: bytes, why: str) -> None:
    assert decode(content) == (None, why)


@settings(max_examples=200, deadline=None)
@given(content=st.binary(max_size=300))
def test_arbitrary_bytes_decode_or_say_why(content: bytes) -> None:
    text, how = decode(content)
    assert (text is None) == (how in ("binary", "undecodable"))

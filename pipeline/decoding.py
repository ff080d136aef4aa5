"""Bytes to text: UTF-8 first (with or without a byte-order mark), else a detected encoding."""

from __future__ import annotations

import hashlib
from typing import Final

from charset_normalizer import from_bytes

from pipeline.boilerplate import latin_share

# Byte-order marks name their encoding; checked before anything else (UTF-16 text holds NULs).
_BOMS: Final = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Only the head of a long file is looked at for NUL bytes and handed to the detector.
_SNIFF_BYTES: Final = 64 * 1024


def decode(content: bytes) -> tuple[str | None, str]:
    """The text of `content` and the encoding used, or (None, "binary"/"undecodable").

    UTF-8 is tried first. Otherwise charset-normalizer guesses; when its guess is a Latin-script
    code page and the bytes are valid cp1252, cp1252 wins: on short Western text the detector
    cannot tell cp1252 from cp1250 or cp775, and cp1252 is what Western pages that are not
    UTF-8 nearly always are.
    """
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            try:
                return content.decode(encoding), encoding
            except UnicodeDecodeError:
                return None, "undecodable"
    if b"\x00" in content[:_SNIFF_BYTES]:
        return None, "binary"
    try:
        return content.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(content[:_SNIFF_BYTES]).best()
    if best is None:
        return None, "undecodable"
    try:
        text = content.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None, "undecodable"
    if best.encoding != "cp1252" and latin_share(text) >= 0.9:
        try:
            return content.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return text, best.encoding


def sha256_hex(content: bytes | str) -> str:
    """SHA-256 of bytes, or of a text's UTF-8 encoding."""
    return hashlib.sha256(content if isinstance(content, bytes) else content.encode("utf-8")).hexdigest()


def short_digest(*parts: str) -> str:
    """A 16-hex-digit SHA-256 of parts joined by "|": cache keys and settings fingerprints."""
    return sha256_hex("|".join(parts))[:16]

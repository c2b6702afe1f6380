"""Bytes to text: the content checks (empty, binary), decoding, and line-ending normalisation.

Every reader that needs a ``str`` decodes through :func:`decode`, so all formats agree on which
inputs are text and which are not.
"""

from __future__ import annotations

import codecs

import charset_normalizer

from sitrep.ingest.base import IngestFailure

DECODE_ERROR = "cannot decode text (not UTF-8 and no other encoding fits)"
_HEAD = 8192
# Control bytes that never appear in text; tab, newlines, form feed and escape are left out.
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
_CONTROL_RATIO = 0.10
# Checked in this order: the UTF-32 LE BOM begins with the UTF-16 LE one.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# charset-normalizer often scores several single-byte code pages equally on short Western text;
# news in a legacy encoding is far more often Windows-1252 than Windows-1250 or ISO-8859-10.
_PREFERRED_ON_TIE = ("cp1252", "latin_1", "iso8859_15")


def prepare(data: bytes) -> bytes:
    """Check raw input and return it as bytes the sniffer can read.

    UTF-16/32 input (with a BOM) is re-encoded as UTF-8 first, since its NUL bytes would otherwise
    look binary. Raises :class:`IngestFailure` for empty or binary input.
    """
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                data = data.decode(encoding).encode("utf-8")
            except UnicodeDecodeError as exc:
                raise IngestFailure(DECODE_ERROR) from exc
            break
    if not data.removeprefix(codecs.BOM_UTF8).strip():
        raise IngestFailure("empty input")
    head = data[:_HEAD]
    if b"\x00" in head or sum(byte in _CONTROL for byte in head) > _CONTROL_RATIO * len(head):
        raise IngestFailure("binary file, not text")
    return data


def decode(data: bytes) -> str:
    """UTF-8 (a BOM is dropped) if it is valid; UTF-8 with the stray bytes read as Windows-1252 if
    it is mostly UTF-8 (text pasted together from two encodings); else charset-normalizer's guess."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    mixed = _mixed_utf8(data)
    if mixed is not None:
        return mixed
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise IngestFailure(DECODE_ERROR)
    for match in matches:
        if (
            match.encoding in _PREFERRED_ON_TIE
            and match.chaos <= best.chaos
            and match.coherence >= best.coherence
        ):
            best = match
            break
    return str(best)


def clean_text(text: str) -> str:
    """The only normalisation article text gets: Unix line endings, no NUL characters (which
    PostgreSQL cannot store and no text needs) and no outer whitespace.

    Anything more would shift the character offsets the extractor computes into the text.
    """
    return text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n").strip()


def _stray_byte_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    byte = error.object[error.start : error.start + 1]
    return byte.decode("cp1252", errors="ignore") or byte.decode("latin-1"), error.start + 1


codecs.register_error("sitrep-cp1252", _stray_byte_as_cp1252)


def _mixed_utf8(data: bytes) -> str | None:
    """Decode mostly-UTF-8 bytes, or ``None`` when the input shows no sign of being UTF-8.

    The sign is well-formed multi-byte sequences, at least one for every four stray bytes: legacy
    single-byte text almost never forms valid UTF-8 sequences by chance.
    """
    lenient = data.decode("utf-8-sig", errors="surrogateescape")
    stray = sum(1 for char in lenient if "\udc80" <= char <= "\udcff")
    wide = sum(1 for char in lenient if char > "\x7f") - stray
    if wide == 0 or wide * 4 < stray:
        return None
    return data.decode("utf-8-sig", errors="sitrep-cp1252")


def decode_text(data: bytes) -> str:
    """Decode and clean; ``IngestFailure("empty input")`` if only whitespace is left."""
    text = clean_text(decode(data))
    if not text:
        raise IngestFailure("empty input")
    return text

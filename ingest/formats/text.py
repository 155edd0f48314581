"""Bytes to text in whatever encoding the file uses: BOMs, UTF-8, then charset-normalizer's guess."""
from __future__ import annotations

import codecs

from chatbot.errors import BadInput

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
# Where the detector finds several single-byte code pages equally plausible (short files often
# are), Windows-1252 is the one our users' legacy files are in; Latin-1 text decodes the same in it.
_PREFERRED = ("cp1252",)
_PREFERENCE_MARGIN = 0.05


def _by_bom(data: bytes) -> str | None:
    for bom, codec in _BOMS:  # UTF-32 LE first: its BOM begins with UTF-16 LE's
        if data.startswith(bom):
            return codec
    return None


def _guess(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise BadInput(f"{name}: not text in any encoding we know (a binary file?)")
    best = min(match.chaos for match in matches)
    for match in matches:
        if match.encoding in _PREFERRED and match.chaos <= best + _PREFERENCE_MARGIN:
            return str(match)
    return str(matches[0])


def decode(data: bytes, name: str) -> str:
    codec = _by_bom(data)
    if codec:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            raise BadInput(f"{name}: starts like {codec.upper()} text but is not valid {codec.upper()}") from None
    elif b"\x00" in data[:8192]:
        raise BadInput(f"{name}: looks like a binary file, not text")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _guess(data, name)
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 8192) + 2:
        raise BadInput(f"{name}: looks like a binary file, not text")
    return text

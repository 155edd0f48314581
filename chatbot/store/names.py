"""Document names that look the same are one name.

`аrticle.txt` (a Cyrillic а), `article.TXT` and a decomposed `café.txt` read as `article.txt` and
`café.txt` to a visitor choosing which document to trust, so a new name that looks like an existing
different one is refused. The comparison key: Unicode NFKC (composed forms, compatibility letters),
invisible format characters dropped, case folded, and the common Cyrillic and Greek homoglyphs
mapped to the Latin letters they imitate (a small table: the confusables that matter in names).
"""
from __future__ import annotations

import unicodedata
from typing import Iterable

from chatbot.errors import BadInput

# Capitals first: a Greek capital nu looks like N, its small letter like v.
_CAPITALS = str.maketrans(dict(zip("АВЕКМНОРСТХУІЈЅ" "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
                                   "ABEKMHOPCTXYIJS" "ABEZHIKMNOPTYX")))
_SMALL = str.maketrans(dict(zip("аеорсухіјѕԁԛԝӏ" "οαικρτυχν" "ıɡ",
                                "aeopcyxijsdqwl" "oaikptuxv" "ig")))


def look_alike_key(name: str) -> str:
    """What a name looks like: equal keys, indistinguishable names."""
    name = unicodedata.normalize("NFKC", name)
    name = "".join(c for c in name if unicodedata.category(c) != "Cf")  # zero-width joiners, bidi marks
    return name.translate(_CAPITALS).casefold().translate(_SMALL)


def refuse_look_alikes(new: Iterable[str], existing: Iterable[str]) -> None:
    """BadInput when a name in `new` is not an existing name but looks like one, or like another new
    one; the exact same name is an update and passes."""
    known = set(existing)
    seen = {look_alike_key(name): name for name in known}
    for name in new:
        if name in known:
            continue
        twin = seen.setdefault(look_alike_key(name), name)
        if twin != name:
            raise BadInput(f"a document named {twin} already exists and looks the same; rename the file")
        known.add(name)

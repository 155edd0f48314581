"""Build the English word list the spelling corrector leaves alone (chatbot/text/data/english_words.txt.gz).

    python -m tools.build_word_list

From pyspellchecker's English frequency list (MIT; 160,000 words from OpenSubtitles, misspellings
taken out; requirements-dev.txt pins it): its words of four letters or more (shorter ones are never
corrected) that are not already whole words of the reader's vocabulary, in ASCII letters (perhaps with an
apostrophe: a question's words are read so), one a line. Shipped
as a file of our own so that a question neither imports the package nor parses its 2.8 MB of JSON.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from importlib import resources

from chatbot.text.spelling import MIN_CHARS, WORD_LIST, english


def main() -> int:
    with resources.files("spellchecker").joinpath("resources", "en.json.gz").open("rb") as raw:
        words = json.loads(gzip.decompress(raw.read()))
    vocabulary = english()
    # As a question's words are read (`_WORD`, lower-cased): ASCII letters, perhaps one apostrophe.
    kept = sorted(w for w in words if re.fullmatch(r"[a-z]+(?:'[a-z]+)?", w) and len(w) >= MIN_CHARS
                  and w not in vocabulary)
    WORD_LIST.write_bytes(gzip.compress("\n".join(kept).encode("ascii") + b"\n", mtime=0))
    print(f"{WORD_LIST.name}: {len(kept)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())

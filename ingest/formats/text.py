"""Plain text: bytes to text in whatever encoding the file uses (BOMs, UTF-8, then charset-normalizer's
guess), and the structure people give it (`text_structure`)."""
from __future__ import annotations

import codecs
import re
from collections import Counter
from typing import Optional

from chatbot.errors import BadInput

from .html import table_lines
from .structure import MID_PHRASE, Built, TextBuilder, add_row

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


# ---- structure: plain text as people write it (hard-wrapped paragraphs, underlined or numbered
# headings, bullets, a label with an indented block under it) ----

MAX_UNWRAPPED_WIDTH = 100  # lines mostly this short are wrapped paragraphs; longer ones are a paragraph a line
MIN_WRAP_WIDTH = 60  # narrower text is short lines, each its own (wrapping tools default to 70-80)
# A paragraph of MIN_WRAPPED_LINES or more whose longest line is this long or longer was wrapped at that
# width, whatever wider lines (a table's) set the document's: its lines go on where the next word would not
# have fit ("…every 2 years. The Site Safety" then "Manager checks 10 permits…", wrapped at 57; at 60 such
# paragraphs were cut before each capital that ended up first on a line). Narrower runs are lists.
MIN_BLOCK_WRAP = 50
MAX_HEADING_CHARS = 80
MAX_LABEL_CHARS = 60
MAX_HEADING_WORDS = 10
_UNDERLINE = re.compile(r"^\s*([=\-~^*#+_])\1{2,}\s*$")
_BULLET = re.compile(r"^([-*•+–]|\d{1,3}[.)]|[a-z][.)]|\(\w{1,3}\))\s+(?=\S)")
_SYMBOL = re.compile(r"^[-*•+–]\s+")  # a bullet's mark, dropped (a number stays: "2. Roll back")
_NUMBERED = re.compile(r"^(?:(?:section|chapter|part|article)\s+)?(\d+(?:\.\d+)*)\.?\s+\S", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.!?;,:]$")
_LEADER = re.compile(r"(?<=\S) ?\.{4,} ?(?=\S)")  # "Head of Engineering ....... Maarten": a label and its value
# Among records with dotted leaders, a name too long for its dots keeps one to three of them, or only spaces
# ("Harwick Water Networks duty engineer  01632 960 480"): a leader where its value starts in the column the
# others' values start in, or where two dots or more stand between words ("Out-of-hours ... 01632 960 490").
_WEAK_LEADER = re.compile(r"(?<=\S)(?: \.{1,3} | {2,})(?=\S)")
_ENDS_PARAGRAPH = re.compile(r"[.!?:]$")
# A line that ends a record ("…maintenance (24 hours) .. 0113 496 0177", "Owner: Dr Rao (equipment)"):
# the next, however it would have fit, is another.
_CLOSED = re.compile(r"(?:\s\.{2,}\s.*|\))$")
# "Applies to: …", "Duty Manager: …": a line of its own
_LABELLED = re.compile(r"^[\w'’()/&-]+(?:\s+[\w'’()/&-]+){0,3}:(?:\s|$)")
MAX_SIGN_OFF_WORDS = 3
_SIGNATURE = re.compile(r"^(?:--\s*$|(?:from|sent|on .{3,80} wrote)\s*:)", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"^[ \t]*>(?:[ \t]?>)*[ \t]?")
MIN_QUOTED_LINES = 3  # a lone "> 5 minutes" is text; an email's quoted reply has many such lines
_COLUMN_RULE = re.compile(r"^\s*([-=])\1{2,}(?:\s+\1{3,})+\s*$")  # "------  ----  -----" under a table's header
# An email's or a memo's header fields ("From: …", "Subject: …"), two or more in a run: each a line of its own,
# none of them setting the width the body was wrapped at; the subject heads the message under it.
_HEADER_FIELD = re.compile(r"^(from|to|cc|bcc|date|sent|subject|reply-to)\s*:\s*(\S.*)$", re.IGNORECASE)
_REPLY_PREFIX = re.compile(r"^(?:(?:re|fwd?|fw)\s*:\s*)+", re.IGNORECASE)
# Two columns set apart by spaces, lined up ("Monday 2 March      First day at 2 Wellington Place"): the gap.
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
MAX_COLUMN_NAME = 40  # characters before the gap: a longer run is a sentence with two spaces in it


def _wrap_width(lines: list[str]) -> int:
    """The width the text was wrapped at (its longest line), or 0 when it is not wrapped: most
    lines longer than MAX_UNWRAPPED_WIDTH (a paragraph a line), all short, or too few to tell."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 3 or lengths[int(0.9 * (len(lengths) - 1))] > MAX_UNWRAPPED_WIDTH or lengths[-1] < MIN_WRAP_WIDTH:
        return 0
    return lengths[-1]


MIN_WRAPPED_LINES = 3  # a paragraph's own wrap width is told by its longest line from this many lines on


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _runs(lines: list[str]) -> list[range]:
    """Per line, the run of non-blank lines it is in (an empty range for a blank line), found in one pass:
    a long file may be one run."""
    out, start = [range(0)] * len(lines), 0
    for k in range(len(lines) + 1):
        if k == len(lines) or not lines[k].strip():
            if k > start:
                out[start:k] = [range(start, k)] * (k - start)
            start = k + 1
    return out


def _runs_on(line: str, following: str, width: int, block_width: int = 0) -> bool:
    """Whether `following` continues `line`'s paragraph: its first word would not have fit on the
    line (in the document's width, or in its paragraph's own: "…at 10:00 at Eastleigh\nVale and…"
    where a wider table set the document's), or the line stops mid-sentence, well into the width,
    before a word in lower case or after a comma ("…the Head of Engineering,\nMaarten Kuipers")."""
    line, word = line.rstrip(), following.split()[0]
    if len(line) + 1 + len(word) > width:
        return True
    if block_width >= MIN_BLOCK_WRAP and len(line) + 1 + len(word) > block_width and not _ENDS_PARAGRAPH.search(line) \
            and not _CLOSED.search(line) and not _LABELLED.match(following.strip()):
        return True
    return len(line) >= 0.6 * width and not _ENDS_PARAGRAPH.search(line) \
        and (not word[:1].isupper() or bool(MID_PHRASE.search(line)))


def _wraps(line: str, following: str, width: int) -> bool:
    """Whether the lined-up `following` wraps the value on `line` rather than adding another: it goes on
    in lower case, the line stops mid-phrase, or a name goes on ("…, Station" then "Parade car park")
    where the line had no room for its first word."""
    line, first = line.rstrip(), following.split()[0]
    if first[:1].islower() or MID_PHRASE.search(line):
        return True
    full = bool(width) and len(line) + 1 + len(first) > width
    return full and bool(re.search(r"(?:^|\s)[A-Z][a-z]+$", line)) and first[:1].isupper() and not first.endswith(":")


def _value_column(lines: list[str]) -> int:
    """Where the values of a run of two-column lines start ("Wednesday 18 February    Packing crates…"):
    every line's first gap of two spaces or more ends there, after a short name at the run's indent, or
    the line is indented to it (a value going on); 0 when the lines are not such columns."""
    if len(lines) < 2 or any(_COLUMN_RULE.match(line) or _UNDERLINE.match(line) for line in lines):
        return 0  # a table with its rule under the header, or a heading's underline
    gaps = [_GAP.search(line.strip()) for line in lines]
    indent = min(_indent(line) for line in lines)
    ends = {indent + gap.end() for line, gap in zip(lines, gaps) if gap and _indent(line) == indent}
    if len(ends) != 1 or sum(gap is not None for gap in gaps) < 2:
        return 0
    at = ends.pop()
    for line, gap in zip(lines, gaps):
        named = gap and _indent(line) == indent and gap.start() <= MAX_COLUMN_NAME
        if not (named or _indent(line) == at):
            return 0
    return at


def _heading_like(text: str) -> bool:
    """Short, no sentence's end, a capital or a section number first, few words."""
    if len(text) > MAX_HEADING_CHARS or not any(ch.isalpha() for ch in text) or _ENDS_SENTENCE.search(text):
        return False
    return bool(_NUMBERED.match(text)) or text[0].isupper() and not _BULLET.match(text) \
        and len(text.split()) <= MAX_HEADING_WORDS


def _heading_style(text: str, underline: str) -> tuple:
    """What tells headings of one level from another's: the underline's character, capitals, the
    numbering's depth ("2.1"); levels follow the order the styles first appear in, as in reST."""
    if underline:
        return ("underline", underline)
    numbered = _NUMBERED.match(text)
    if numbered:
        return ("numbered", numbered.group(1).count(".") + 1)
    return ("capitals",) if text.isupper() else ("line",)


def text_structure(text: str) -> Optional[Built]:
    """The text's paragraphs unwrapped and its headings, labels and list items marked, or None when
    it has none of them (a paragraph a line, as the bundled article: kept exactly as it is)."""
    return _TextReader(text.splitlines()).read()


class _TextReader:
    """One pass over the lines: a paragraph's lines are gathered until it ends, then written."""

    def __init__(self, lines: list[str]) -> None:
        # An email's quoted replies ("> Ruth, Brightline quoted…", "> > Lucan, …"): their marks are no text.
        if sum(bool(_QUOTE_MARK.match(line)) for line in lines) >= MIN_QUOTED_LINES:
            lines = [_QUOTE_MARK.sub("", line) for line in lines]
        self.lines = [line.rstrip() for line in lines]
        self.runs = _runs(self.lines)
        fields = [bool(_HEADER_FIELD.match(line)) for line in self.lines]
        in_run = Counter(run for run, field in zip(self.runs, fields) if field)  # counted once per run, not per line
        self.header_fields = {k for k, run in enumerate(self.runs) if fields[k] and in_run[run] >= 2}
        self.width = _wrap_width([line for k, line in enumerate(self.lines) if k not in self.header_fields])
        # Per run: its longest line (what its lines were wrapped at), and whether it holds a dotted record
        # ("Emergency services .... 999"), whose lines are each their own however long their names.
        self.run_width = {run: max(len(self.lines[j]) for j in run) for run in set(self.runs) if run}
        self.dotted = [_LEADER.search(line) for line in self.lines]  # each line's dotted leader, once
        self.records = {run for run in self.run_width if any(self.dotted[j] for j in run)}
        # Per run of records: where their names start and where their values do (a weak leader's line must
        # line up with both: "  (Levels 2 and 3)      of collection" goes on the record above it).
        self.columns = {run: ({_indent(self.lines[j]) for j in run if self.dotted[j]},
                              {self.dotted[j].end() for j in run if self.dotted[j]})
                        for run in self.records}
        self.aligned = {run: at for run in self.run_width if run not in self.records
                        for at in [_value_column([self.lines[j] for j in run])] if at}
        self.builder = TextBuilder()
        self.styles: list[tuple] = []
        self.labels: list[tuple[int, int]] = []  # (indent, level) of the labels whose indented blocks are open
        self.paragraph: list[str] = []  # the lines of the paragraph being read, as written
        self.item = False
        self.found = False  # any structure at all

    def read(self) -> Optional[Built]:
        k = 0
        while k < len(self.lines):
            k = self._line(k)
        self._flush()
        return self.builder.build() if self.found else None

    def _flush(self) -> None:
        if self.paragraph:
            first, *rest = self.paragraph
            self.builder.line(" ".join([_SYMBOL.sub("", first.strip()), *(line.strip() for line in rest)]),
                              item=self.item)
            self.paragraph.clear()

    def _level_of(self, style: tuple) -> int:
        if style not in self.styles:
            self.styles.append(style)
        return self.styles.index(style) + 1

    def _line(self, k: int) -> int:
        """Reads the line at k (with the one after it, for an underline); returns where to go on."""
        raw = self.lines[k]
        stripped, indent = raw.strip(), _indent(raw)
        following = self.lines[k + 1] if k + 1 < len(self.lines) else ""
        if not stripped or _UNDERLINE.match(stripped):  # a blank line, or a rule drawn across
            self._flush()
            return k + 1
        while self.labels and indent <= self.labels[-1][0]:
            self._flush()
            self.builder.leave(self.labels.pop()[1])
        if k in self.header_fields:
            return self._header_field(k)
        if _COLUMN_RULE.match(following):
            return self._table(k)
        if following.strip() and k + 2 < len(self.lines) and _COLUMN_RULE.match(self.lines[k + 2]):
            return self._table(k + 1, above=raw)  # a header of two lines ("Max" over "bathers")
        if self.runs[k] in self.aligned:
            return self._aligned_record(k)
        if _UNDERLINE.match(following) and len(stripped) <= MAX_HEADING_CHARS:
            self._heading(stripped, self._level_of(_heading_style(stripped, following.strip()[0])))
            return k + 2
        leader = self._leader(k)
        if leader:  # "Millbrook .... forecourt of the hall": a record, a line of its own
            # Its name may begin on the line above ("Health and Safety Manager,\n  Aisha Bello .... 07700…").
            key = self.paragraph.pop().strip() + " " if self._name_goes_on(k) else ""
            self._flush()
            # Records in a run are a list's items ("Red ..... toilets", "Yellow ..... sinks"); one alone is not.
            in_run = any(self._leader(j) for j in self._block_around(k) if j != k)
            value_at = leader.end()
            block_width = self.run_width[self.runs[k]]  # what its lines wrap at
            value = _LEADER.sub(": ", raw[value_at:].strip())
            record, k = f"{key}{raw[:leader.start()].strip()}: {value}", k + 1
            # its value may go on, lined up under itself: another value ("Tue 12:00-15:00" then "Fri
            # 10:00-13:00") or the same one wrapped ("Point 1, front car" then "park by the gate")
            while k < len(self.lines) and self.lines[k].strip() and not self._leader(k) \
                    and _indent(self.lines[k]) >= value_at - 1:
                wrapped = _wraps(self.lines[k - 1], self.lines[k], block_width)
                record += (" " if wrapped else "; ") + self.lines[k].strip()
                k += 1
            self.builder.line(record, item=in_run)
            self.found = True
            return k
        if self._starts_section(k, stripped, indent, following):
            return k + 1
        if _BULLET.match(stripped):
            self._flush()
            self.paragraph.append(raw)
            self.item = self.found = True
        elif self.paragraph and self.width and _runs_on(self.paragraph[-1], raw, self.width, self._wrapped_at(k)):
            self.paragraph.append(raw)
            self.found = True
        else:
            self._flush()
            self.paragraph.append(raw)
            self.item = False
        return k + 1

    def _header_field(self, k: int) -> int:
        """An email's header field: a line of its own; the subject, without "Re:", the message's heading."""
        self._flush()
        field = _HEADER_FIELD.match(self.lines[k].strip())
        if field.group(1).lower() == "subject":
            self.builder.heading(_REPLY_PREFIX.sub("", field.group(2)), self._level_of(("subject",)))
        else:
            self.builder.line(self.lines[k].strip())
        self.found = True
        return k + 1

    def _aligned_record(self, k: int) -> int:
        """A line of two columns set apart by spaces: "name: value", its value going on on the lines
        indented under it; the run's lines are a list's items."""
        self._flush()
        at = self.aligned[self.runs[k]]
        raw = self.lines[k]
        name, value = raw[:at].strip(), "; ".join(_GAP.split(raw[at:].strip()))
        k += 1
        while k < len(self.lines) and self.lines[k].strip() and _indent(self.lines[k]) >= at:
            # the same value wrapped, or another ("Owner: Dr Rao (equipment)" then "Hannah Muir (samples)")
            above, line = self.lines[k - 1], self.lines[k].strip()
            wrapped = _runs_on(above, line, self.run_width[self.runs[k]]) \
                and not (_CLOSED.search(above) and line[:1].isupper())
            value += (" " if wrapped else "; ") + line
            k += 1
        name = name if not name or name.endswith(":") else name + ":"  # "Document:   OP-07" is labelled already
        self.builder.line(f"{name} {value}" if name else value, item=True)
        self.found = True
        return k

    def _name_goes_on(self, k: int) -> bool:
        """Whether the paragraph's last line, right above the record at k, begins the record's name:
        it has no leader of its own, and it stops mid-phrase or the record's line is indented under it."""
        if not self.paragraph or self.item or self.paragraph[-1] != self.lines[k - 1] or len(self.paragraph) > 1:
            return False
        above = self.lines[k - 1]
        indent = _indent(above)
        deeper = _indent(self.lines[k]) > indent
        return indent > 0 and (deeper or bool(MID_PHRASE.search(above)))

    def _wrapped_at(self, k: int) -> int:
        """The width line k's paragraph was wrapped at, when its lines tell (0 otherwise: too few, or
        records with dotted leaders, whose lines are each their own however long their names)."""
        run = self.runs[k]
        return self.run_width[run] if len(run) >= MIN_WRAPPED_LINES and run not in self.records else 0

    def _block_around(self, k: int) -> range:
        """The indices of the run of non-blank lines that line k is in."""
        return self.runs[k] or range(k, k + 1)

    def _leader(self, k: int) -> Optional[re.Match]:
        """The dotted leader of the line at k: four dots or more, or a weak one among lines that have them."""
        line, strong = self.lines[k], self.dotted[k]
        if strong or self.runs[k] not in self.records:
            return strong
        names, values = self.columns[self.runs[k]]
        if _indent(line) not in names:
            return None
        return next((m for m in _WEAK_LEADER.finditer(line) if m.end() in values or m.group().count(".") >= 2), None)

    def _table(self, k: int, above: str = "") -> int:
        """A table laid out in columns, its header over a rule of dashes per column: each row a line
        of its own, every cell named by its column ("Site: Eastfield; Parcels: 9,610"), as tables
        of the other formats are read. Returns the line after the table."""
        starts = [m.start() for m in re.finditer(r"[-=]+", self.lines[k + 1])]

        def cells(line: str) -> list[str]:
            return [line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line) + 1])]
        self._flush()
        header = cells(self.lines[k])
        # The header's first line, when it has two, with no word cut by a column's start.
        if above and all(a >= len(above) or " " in above[a - 1:a + 1] for a in starts[1:]):
            header = [f"{a} {b}".strip() for a, b in zip(cells(above), header)]
        elif above:
            self.builder.line(above.strip())
        rows, k = [], k + 2
        while k < len(self.lines) and self.lines[k].strip() and not _COLUMN_RULE.match(self.lines[k]):
            add_row(rows, cells(self.lines[k]))
            k += 1
        for line, _ in table_lines(header, rows):  # written as HTML's and Word's rows are
            self.builder.line(line)
        self.found = True
        return k + 1 if k < len(self.lines) and _COLUMN_RULE.match(self.lines[k]) else k

    def _starts_section(self, k: int, stripped: str, indent: int, following: str) -> bool:
        """A heading alone between blank lines, or a label over an indented block ("SEV1 - Critical",
        then what it is): written as a heading; whether the line was one."""
        after_blank = not following.strip()
        under = _indent(following)
        deeper = not after_blank and under > indent
        if self.paragraph or (k and self.lines[k - 1].strip()) or k + 1 >= len(self.lines) \
                or not (after_blank or deeper and len(stripped) <= MAX_LABEL_CHARS) or not _heading_like(stripped) \
                or self._signs_off(k):
            return False
        marker = _BULLET.match(stripped)
        if deeper and (marker and under == indent + marker.end() or following.strip()[:1].islower()):
            return False  # a list item wrapped under its own text ("1. Do not use switches, phones or anything"
            #               over "   that could make a spark."), or a line going on: not a label over a block
        if deeper:
            level = self.builder.depth + 1
            self._heading(stripped, level)
            self.labels.append((indent, level))
        else:
            self._heading(stripped, self._level_of(_heading_style(stripped, "")))
        return True

    def _signs_off(self, k: int) -> bool:
        """Whether the short line at k is a letter's sign-off ("Ruth", "Thanks, Lucan"): what follows it is
        a signature ("--"), a quoted message's header ("From: …", "On Monday, … wrote:") or nothing."""
        if len(self.lines[k].split()) > MAX_SIGN_OFF_WORDS:
            return False
        after = next((self.lines[j].strip() for j in range(k + 1, len(self.lines)) if self.lines[j].strip()), "")
        return not after or bool(_SIGNATURE.match(after))

    def _heading(self, text: str, level: int) -> None:
        self._flush()
        self.builder.heading(text, level)
        self.found = True

"""Pairing quote marks in messy news text.

Scraped news mixes curly and straight marks (`“…"`), drops closing marks, and runs quotes over
several paragraphs (each new paragraph reopens, only the last one closes). Marks are classified
by their context first (a mark after a space and before a letter opens, whatever its glyph,
because smart-quote converters get glyphs wrong) and by their glyph only when the context says
nothing. An unbalanced article never fails: an unclosed quote ends at its paragraph's end (or at
the next opening mark), a fragment opened inside a sentence at that sentence's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

DOUBLE_MARKS = "\"“”„«»‟"
_DOUBLE_MARK = re.compile(f"[{re.escape(DOUBLE_MARKS)}]")  # (found by the regex engine: a Python loop over every character costs more)
_OPEN_GLYPHS = "“„«‟"
_CLOSE_GLYPHS = "”»"
_OPEN_CONTEXT = "([{—–-/:"
_CLOSE_CONTEXT = ".,;:!?)]}—–-…"

Role = Literal["open", "close"]
# Two-character marks (''…'' in NYT copy, ``…'' from LaTeX-ish converters) are paired as one
# mark: the text is copied with the pair as a mark plus this filler, so offsets do not move.
_FILLER = "\x02"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation in marks: `start` is the opening mark, `end` is just past the closing mark
    (or past the paragraph's last character when the quote is never closed)."""

    start: int
    end: int
    closed: bool
    n_paragraphs: int


def _mark_width(text: str, pos: int) -> int:
    """Characters taken by the mark at `pos`: two for a paired mark (''…'' copied with a filler)."""
    return 2 if pos + 1 < len(text) and text[pos + 1] == _FILLER else 1


def _role(text: str, pos: int, inside: bool) -> Role:
    before = text[pos - 1] if pos > 0 else "\n"
    step = _mark_width(text, pos)
    after = text[pos + step] if pos + step < len(text) else "\n"
    opens = before.isspace() or before in _OPEN_CONTEXT or before in DOUBLE_MARKS
    closes = after.isspace() or after in _CLOSE_CONTEXT or after in DOUBLE_MARKS
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    mark = text[pos]
    if mark in _OPEN_GLYPHS:
        return "open"
    if mark in _CLOSE_GLYPHS:
        return "close"
    return "close" if inside else "open"


def _closes_previous(text: str, pos: int, paragraph_start: int) -> bool:
    """Whether an opening-looking mark really closes the open quote: `"We go, "he said`. Not
    after a full stop and before a capital: `"We go. "Next week we …` is a quote running over
    paragraphs that a scraper joined into one line (the next paragraph reopens)."""
    j = pos - 1
    while j >= paragraph_start and text[j] == " ":
        j -= 1
    if not (j >= paragraph_start and j < pos - 1 and text[j] in ",.!?"):
        return False
    step = _mark_width(text, pos)
    return not (text[j] in ".!?" and text[pos + step:pos + step + 1].isupper())


def _nested(text: str, following: list[int]) -> bool:
    """Whether the next two marks of the paragraph (`following`) both close: the first then closes
    a quotation opened inside another, the second the outer one."""
    return len(following) == 2 and all(_role(text, pos, True) == "close" for pos in following)


# The end of a sentence inside a quotation fragment: after a word of three lower-case letters or more
# (not "U.S. Senate", "Mr. Smith"), before a capital.
_FRAGMENT_SENTENCE_END = re.compile(r"(?<=[a-z]{3})[.!?](?=[ \t]+[A-Z])")
# An attribution after a comma inside an unclosed quotation (`"Freedom of navigation is not
# negotiable, she said in a statement.`): the closing mark was lost before it.
_ATTRIBUTION_AFTER_COMMA = re.compile(
    r"(?<=\w)[,.!?](?= (?:he|she|they) (?:said|says|added|adds|told|wrote|writes|explained|warned|insisted|stressed|noted)\b"
    r"| said (?:[A-Z]|the |a |an ))")


def _unclosed(text: str, start: int, end: int, n_paragraphs: int) -> QuoteSpan:
    """An unclosed quotation opened at `start`: it ends at `end` (the next opening mark, the
    paragraph's end), unless it opened inside a sentence of its only paragraph, after a word and in
    lower case, as a fragment does: `had "never intended for anyone to be hurt. He claimed …` lost
    its closing mark at the end of its sentence, and what follows is the writer's; or its only
    paragraph goes on with an attribution after a comma (`"… not negotiable, she said …`)."""
    after_mark = start + _mark_width(text, start)
    if n_paragraphs == 1 and start >= 2 and text[start - 1] == " " and text[start - 2].isalnum() and \
            text[after_mark:after_mark + 1].islower() and (found := _FRAGMENT_SENTENCE_END.search(text, start, end)) is not None:
        end = found.end()
    elif n_paragraphs == 1 and (found := _ATTRIBUTION_AFTER_COMMA.search(text, after_mark, end)) is not None:
        end = found.end()  # (it ends with the comma, as a closed quotation's would)
    return QuoteSpan(start, end, False, n_paragraphs)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line; scraped news puts one paragraph on a line."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        start = end + 1
    return spans


def _single_quotes(text: str, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quotations in curly single marks (‘…’, British style) outside double-mark quotations.

    Straight single marks are left alone: they are apostrophes far more often than quotes. A
    closing ’ must not be followed by a letter, so "Russia’s" never closes a quotation.
    """
    spans: list[QuoteSpan] = []
    for paragraph_start, paragraph_end in paragraphs(text):
        pos = paragraph_start
        while pos < paragraph_end:
            start = text.find("‘", pos, paragraph_end)
            if start < 0:
                break
            pos = start + 1
            if start > paragraph_start and not (text[start - 1].isspace() or text[start - 1] in _OPEN_CONTEXT):
                continue
            if any(q.start <= start < q.end for q in taken):
                continue
            end = start + 1
            while True:
                end = text.find("’", end, paragraph_end)
                if end < 0:
                    break
                after = text[end + 1] if end + 1 < len(text) else " "
                if not after.isalpha():
                    break
                end += 1
            if end < 0 or any(q.start < end + 1 and start < q.end for q in taken):
                continue
            spans.append(QuoteSpan(start, end + 1, True, 1))
            pos = end + 1
    return spans


# A quotation in straight single marks as the main marks ('We are thrilled,' she said), as British
# tabloids and South Asian papers print them: it opens with a capital after a space, a colon or the
# paragraph's start, and closes right after the sentence's punctuation, before a space or the
# paragraph's end. An apostrophe does neither ("don't", "the Smiths' house", "rock 'n' roll").
_STRAIGHT_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s:(—–-]))'(?=[A-Z])[^'\n]*?(?:(?:'[a-zA-Z]|(?<=s)'(?= [a-z]))[^'\n]*?)*?[.,!?…]'"
                              r"(?=[\s)—–-]|$)", re.MULTILINE)
# A fragment in such marks inside a sentence ("described the weekend as 'simply unacceptable' and"):
# two words or more, opening after a space before a lower-case letter, closing after a letter
# other than the "s" of a plural's possessive ("the players' union") or after punctuation, before a
# space or punctuation.
_STRAIGHT_SINGLE_FRAGMENT = re.compile(r"(?<=[\s(])'(?=[a-z])(?:[^'\n]|'(?=[a-z]))*?\w \w(?:[^'\n]|'(?=[a-z]))*?(?<=[a-rt-z.,!?])'"
                                       r"(?=[\s,.;:!?)—–-]|$)", re.MULTILINE)


# ... and one left open at its paragraph's end, the next paragraph reopening it (`A source told
# MailOnline: 'It's been coming for a while. …` / `'His football comes first …'`): from a mark at
# the paragraph's start or after a colon, with no closing mark after it.
_STRAIGHT_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=:[ \t]))'(?=[A-Z])(?:[^\n](?![.,!?…]'(?=[\s)—–-]|$)))*[.!?…]$", re.MULTILINE)
_REOPENS = re.compile(r"'(?=[A-Z])")


def _straight_single_quotes(text: str, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quotations in straight single marks as the main marks, outside other quotations and in a
    paragraph without double marks (where they nest)."""
    spans: list[QuoteSpan] = []
    bounds = paragraphs(text)
    for index, (paragraph_start, paragraph_end) in enumerate(bounds):
        if "'" not in text[paragraph_start:paragraph_end] or _DOUBLE_MARK.search(text, paragraph_start, paragraph_end):
            continue
        if index + 1 < len(bounds) and _REOPENS.match(text, bounds[index + 1][0]) and \
                (found := _STRAIGHT_SINGLE_OPEN.search(text, paragraph_start, paragraph_end)) is not None and \
                not any(q.start < found.end() and found.start() < q.end for q in (*taken, *spans)):
            spans.append(QuoteSpan(found.start(), found.end(), False, 1))
        for pattern in (_STRAIGHT_SINGLE, _STRAIGHT_SINGLE_FRAGMENT):
            for found in pattern.finditer(text, paragraph_start, paragraph_end):
                if not any(q.start < found.end() and found.start() < q.end for q in (*taken, *spans)):
                    spans.append(QuoteSpan(found.start(), found.end(), True, 1))
    return sorted(spans, key=lambda q: q.start)


def _mark_pairs(text: str) -> str:
    return text.replace("''", '"' + _FILLER).replace("``", "“" + _FILLER)


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation in `text`, in order, never overlapping: double marks of any style, and
    single marks outside them (straight ones only as a paragraph's main marks)."""
    double = _double_quotes(_mark_pairs(text)) if ("''" in text or "``" in text) else _double_quotes(text)
    taken = double + _single_quotes(text, double)
    return sorted(taken + _straight_single_quotes(text, taken), key=lambda q: q.start)


def _double_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation in double marks in `text`, in order, never overlapping."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    open_paragraphs = 0
    previous_end = 0
    for paragraph_start, paragraph_end in paragraphs(text):
        marks = [match.start() for match in _DOUBLE_MARK.finditer(text, paragraph_start, paragraph_end)]
        if open_at is not None:
            # (a straight mark left open and a curly one opening the next paragraph, or the other
            # way round, are two quotations: a stray mark scraped in, not one quotation's style)
            reopens = bool(marks) and marks[0] == paragraph_start and _role(text, paragraph_start, False) == "open" and \
                (text[open_at] == '"') == (text[paragraph_start] == '"')
            if reopens and open_paragraphs == 1 and (attributed := _ATTRIBUTION_AFTER_COMMA.search(
                    text, open_at + _mark_width(text, open_at), previous_end)) is not None and previous_end - attributed.end() <= 60:
                # (not when the paragraph left open ends with its attribution, `"I rang 999 straight
                # away, he told the Courier.`: its closing mark was lost, and the next paragraph's
                # quotation is one of its own)
                reopens = False
            if reopens:
                # A quote that runs on: the new paragraph reopens without the old one closing.
                marks = marks[1:]
                open_paragraphs += 1
            else:
                spans.append(_unclosed(text, open_at, previous_end, open_paragraphs))
                open_at = None
        inner_close: int | None = None  # the closing mark of a quotation nested in the open one
        for index, pos in enumerate(marks):
            if pos == inner_close:
                continue
            if open_at is None:
                if _role(text, pos, False) == "open":
                    open_at, open_paragraphs = pos, 1
                # A stray closing mark with nothing open is ignored.
                continue
            role = _role(text, pos, True)
            if role == "close" or _closes_previous(text, pos, paragraph_start):
                end = pos + _mark_width(text, pos)
                spans.append(QuoteSpan(open_at, end, True, open_paragraphs))
                open_at = None
            elif text[open_at + _mark_width(text, open_at):pos].strip() and _nested(text, marks[index + 1:index + 3]):
                # `“… what he calls “hell” than …”`: a quotation inside the open one, in the same
                # marks (the two closing marks that follow it tell it from a lost closing mark).
                # Not one opening right after it: `"“We go,” Ann said."` is a stray mark before a
                # quotation and its attribution.
                inner_close = marks[index + 1]
            else:
                # A second opening mark: the previous quote lost its closing mark.
                end = pos
                while end > open_at + 1 and text[end - 1].isspace():
                    end -= 1
                spans.append(_unclosed(text, open_at, end, open_paragraphs))
                open_at, open_paragraphs = pos, 1
        previous_end = paragraph_end
    if open_at is not None:
        spans.append(_unclosed(text, open_at, previous_end, open_paragraphs))
    return spans

"""Quote-mark pairing in messy news text: pipeline.quotes.find_quotes and paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.quotes import DOUBLE_MARKS, QuoteSpan, find_quotes, paragraphs


def quoted(text: str) -> list[tuple[str, bool]]:
    """Each span as (exact substring, closed)."""
    return [(text[span.start:span.end], span.closed) for span in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('He said "we will win" today.', [('"we will win"', True)], id="straight"),
        pytest.param("He said “we will win” today.", [("“we will win”", True)], id="curly"),
        pytest.param('He said “we will win" today.', [('“we will win"', True)], id="mixed-curly-open-straight-close"),
        pytest.param('He said "we will win” today.', [('"we will win”', True)], id="mixed-straight-open-curly-close"),
        pytest.param('"We go, "he said.', [('"We go, "', True)], id="closing-mark-that-looks-like-an-opener"),
        pytest.param('"We go," he said.', [('"We go,"', True)], id="closing-after-comma"),
        # A scraper that joined a quote's paragraphs into one line leaves each reopening mark after a full stop.
        pytest.param('Ann Lee said: "We go on Monday. "Next week we start again," she said.',
                     [('"We go on Monday.', False), ('"Next week we start again,"', True)], id="reopening-after-full-stop"),
        pytest.param('"We go on Monday. "she said.', [('"We go on Monday. "', True)], id="closing-before-lower-case"),
        pytest.param(
            'She said: "this never ends\nNext paragraph.',
            [('"this never ends', False)],
            id="unclosed-ends-at-paragraph",
        ),
        pytest.param(
            'He warned: "we are not done.   \n\nThe talks resumed.',
            [('"we are not done.', False)],
            id="unclosed-ends-at-last-non-blank-char",
        ),
        pytest.param(
            'He called it "bad" and then "much worse" at once.',
            [('"bad"', True), ('"much worse"', True)],
            id="two-quotes-in-one-sentence",
        ),
        pytest.param(
            "He said \"the word 'bad' is wrong\" today.", [("\"the word 'bad' is wrong\"", True)], id="nested-single"
        ),
        pytest.param(
            "He said “the word ‘bad’ is wrong” today.", [("“the word ‘bad’ is wrong”", True)], id="nested-curly-single"
        ),
        pytest.param("He said \"it's Tom's car\" today.", [("\"it's Tom's car\"", True)], id="apostrophes"),
        pytest.param(
            "He is 5'11\" tall and said \"I am tall\" then.", [('"I am tall"', True)], id="inches-mark-ignored"
        ),
        pytest.param(
            'Nothing open" here and "then a quote" there.', [('"then a quote"', True)], id="stray-close-ignored"
        ),
        pytest.param("Nothing open” here.", [], id="stray-curly-close-only"),
        pytest.param("No quotes at all.", [], id="no-marks"),
        pytest.param(
            'He said "first quote and "second quote" here.',
            [('"first quote and', False), ('"second quote"', True)],
            id="second-opener-ends-unclosed-quote",
        ),
        # An unclosed fragment (opened after a word, in lower case) ends with its sentence ...
        pytest.param('His lawyer said he had "never meant to hurt anyone. He claimed the builders had let him down and called it '
                     '"a business failure".',
                     [('"never meant to hurt anyone.', False), ('"a business failure"', True)], id="unclosed-fragment-ends-with-its-sentence"),
        pytest.param('The mayor had "never read the report. Nobody asked her to.',
                     [('"never read the report.', False)], id="unclosed-fragment-at-the-paragraph-end"),
        # ... not at an abbreviation's full stop, and a quotation of whole sentences runs on.
        pytest.param('He vowed to "win in the U.S. Senate and beyond', [('"win in the U.S. Senate and beyond', False)],
                     id="unclosed-fragment-past-an-abbreviation"),
        pytest.param('He said "We will win. We will fight.', [('"We will win. We will fight.', False)],
                     id="unclosed-sentences-run-on"),
        # A quotation inside another in the same marks: two closing marks follow it.
        pytest.param("“As a young woman I’d rather live in what he calls “hell” than in a world he runs.” ― Ana Ruiz",
                     [("“As a young woman I’d rather live in what he calls “hell” than in a world he runs.”", True)],
                     id="nested-same-marks"),
        pytest.param('She said "he called it "fake" news," and left.', [('"he called it "fake" news,"', True)],
                     id="nested-straight-marks"),
        pytest.param('"“We will win the county,” Ruiz said before adding that she needs the city too."',
                     [('"', False), ("“We will win the county,”", True)], id="a-stray-mark-before-a-quotation-is-no-nesting"),
        pytest.param('He said "first and "second" then "third" here.', [('"first and', False), ('"second"', True), ('"third"', True)],
                     id="an-opener-after-a-closed-inner-quote-is-no-nesting"),
        pytest.param("«Nous partons», a-t-il dit.", [("«Nous partons»", True)], id="guillemets"),
        # A straight mark scraped in at a paragraph's start, never closed, does not run on into the
        # curly quotation opening the next paragraph (a quotation's own paragraphs reopen alike).
        pytest.param('"Maria thought the whole thing was absurd.\n\n“It never crossed my mind,” she said.',
                     [('"Maria thought the whole thing was absurd.', False), ("“It never crossed my mind,”", True)],
                     id="stray-straight-mark-before-a-curly-quotation"),
        pytest.param('“We go on Monday.\n\n“Next week we start again,” she said.',
                     [('“We go on Monday.\n\n“Next week we start again,”', True)], id="curly-run-on"),
        # An unclosed quotation that goes on with its attribution after a comma lost its mark there.
        pytest.param('Kallas also expressed concern. "Freedom of navigation is not negotiable, she said in a statement.',
                     [('"Freedom of navigation is not negotiable,', False)], id="unclosed-before-she-said"),
        pytest.param('"We will not be moved, said Ana Ruiz, the union leader.',
                     [('"We will not be moved,', False)], id="unclosed-before-said-a-name"),
        # (not a pronoun that is the quotation's own subject: "… and she said no more")
        pytest.param('"We asked her twice and she said no more.', [('"We asked her twice and she said no more.', False)],
                     id="unclosed-with-she-said-inside"),
        # ... also when the next paragraph opens a quotation: that one is no run-on of it.
        pytest.param('"I ran out and saw the carriage on its side. I rang 999 straight away, he told the Courier.\n'
                     '"The fire brigade were here within ten minutes."',
                     [('"I ran out and saw the carriage on its side. I rang 999 straight away,', False),
                      ('"The fire brigade were here within ten minutes."', True)], id="unclosed-with-its-attribution-then-another"),
        # Straight single marks as the main marks, left open at a paragraph's end that the next reopens.
        pytest.param("A source told MailOnline: 'It's been coming for a while. Dane just wasn't there yet.\n"
                     "'His football comes first and she's accepted that.'",
                     [("'It's been coming for a while. Dane just wasn't there yet.", False),
                      ("'His football comes first and she's accepted that.'", True)], id="straight-single-run-on"),
        pytest.param("The Smiths' house was sold.\n'We are thrilled,' she said.", [("'We are thrilled,'", True)],
                     id="straight-single-after-a-possessive-paragraph"),
    ],
)
def test_find_quotes(text: str, expected: list[tuple[str, bool]]) -> None:
    assert quoted(text) == expected


def test_quote_over_three_paragraphs_is_one_span() -> None:
    text = (
        'The minister spoke at length.\n'
        '"We will rebuild the harbour.\n'
        '"We will pay for it ourselves.\n'
        '"And we will finish by spring," she said.\n'
        'The opposition disagreed.'
    )
    spans = find_quotes(text)
    assert len(spans) == 1
    span = spans[0]
    assert text[span.start:span.end] == (
        '"We will rebuild the harbour.\n"We will pay for it ourselves.\n"And we will finish by spring,"'
    )
    assert span.closed is True
    assert span.n_paragraphs == 3


def test_unclosed_quote_over_two_paragraphs_ends_at_the_second_paragraph() -> None:
    text = '"First part of it.\n"Second part of it.\nThen narration.'
    assert find_quotes(text) == [QuoteSpan(0, text.index("\nThen"), closed=False, n_paragraphs=2)]


def test_span_offsets_are_exact() -> None:
    text = 'He said "yes" twice.'
    assert find_quotes(text) == [QuoteSpan(start=8, end=13, closed=True, n_paragraphs=1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("one", [(0, 3)]),
        ("one\ntwo", [(0, 3), (4, 7)]),
        ("  one  \n\n\n two\n", [(2, 5), (11, 14)]),
        ("\n \n\t\n", []),
    ],
)
def test_paragraphs(text: str, expected: list[tuple[int, int]]) -> None:
    assert paragraphs(text) == expected
    for start, end in expected:
        assert text[start:end] == text[start:end].strip()


_ALPHABET = st.sampled_from([*DOUBLE_MARKS, "'", "’", "‘", " ", " ", "\n", "\n", "\t", ".", ",", ":", "!", "?",
                             "-", "—", "(", ")", "…", "a", "b", "W", "5"])


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80) | st.text(max_size=80))
def test_find_quotes_properties(text: str) -> None:
    spans = find_quotes(text)
    previous_end = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= previous_end
        assert text[span.start] in DOUBLE_MARKS + "‘'`"  # ' and ` only as halves of '' and ``
        assert span.n_paragraphs >= 1
        if span.closed:
            assert text[span.end - 1] in DOUBLE_MARKS + "’'"
        previous_end = span.end


@pytest.mark.parametrize(("text", "expected"), [
    ("‘We were promised a normal year,’ she said.", ["‘We were promised a normal year,’"]),
    ("Russia’s view is that ‘talks must go on’.", ["‘talks must go on’"]),
    ("He called it “a ‘nested’ quote” today.", ["“a ‘nested’ quote”"]),
    ("It's the farmers' land, he said.", []),
])
def test_curly_single_quotes(text: str, expected: list[str]) -> None:
    assert [text[q.start:q.end] for q in find_quotes(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Straight single marks as a paragraph's main marks (British tabloids, South Asian papers).
    ("A source close to the couple told The Sun: 'They are thrilled and just want to enjoy this time.'",
     ["'They are thrilled and just want to enjoy this time.'"]),
    ("'We won't stop,' said Ali Khan. 'Never.'", ["'We won't stop,'", "'Never.'"]),
    # A plural's possessive inside one closes nothing.
    ("'I share residents' concerns,' she said. 'The roads can't cope.'", ["'I share residents' concerns,'", "'The roads can't cope.'"]),
    # Apostrophes open and close nothing: contractions, possessives, "rock 'n' roll", "the '90s".
    ("He loves rock 'n' roll and the '90s, and the Smiths' old house. Don't ask.", []),
    # A scare quote in single marks is no sentence: no punctuation before its closing mark.
    ("The word 'Brexit' entered the dictionary in 2016.", []),
    # A fragment of two words or more inside a sentence, not a plural's possessive nor "'n'".
    ("Ms Baikie described the weekend as 'simply unacceptable' and said islanders deserved better.", ["'simply unacceptable'"]),
    ("She said the players' 'team spirit' was the key, and the fans' mood had lifted.", ["'team spirit'"]),
    ("Locals called it 'the best day ever,' said his daughter.", ["'the best day ever,'"]),
    # Inside a paragraph with double marks single marks nest, and are left to them.
    ('"The word \'Brexit\' is ugly," she said. It\'s true.', ['"The word \'Brexit\' is ugly,"']),
])
def test_straight_single_quotes(text: str, expected: list[str]) -> None:
    assert [text[q.start:q.end] for q in find_quotes(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("''This isn't tax reform,'' said Douglas Holtz-Eakin.", ["''This isn't tax reform,''"]),
    ("``Quoted the old way,'' he said, and it's done.", ["``Quoted the old way,''"]),
])
def test_two_character_marks(text: str, expected: list[str]) -> None:
    assert [text[q.start:q.end] for q in find_quotes(text)] == expected

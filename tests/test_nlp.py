from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from pipeline.config import Config
from pipeline.nlp import model_identity


@pytest.mark.parametrize(("text", "expected_sentences"), [
    pytest.param("The fraud caused losses of more than $4m. Prosecutor Ann Lee said three men had been held.",
                 ["The fraud caused losses of more than $4m.", "Prosecutor Ann Lee said three men had been held."],
                 id="amount-in-millions-ends-a-sentence"),
    pytest.param("Stockpiles fell to 294.3m. On top of that, the refinery closed.",
                 ["Stockpiles fell to 294.3m.", "On top of that, the refinery closed."], id="decimal-millions"),
    # ... while the other abbreviations stay whole.
    pytest.param("The vote closes at 5 p.m. Monday in St. Louis.", ["The vote closes at 5 p.m. Monday in St. Louis."],
                 id="other-abbreviations"),
])
def test_a_sentence_ending_in_an_amount_ends_there(text: str, expected_sentences: list[str], nlp: Language) -> None:
    assert [sentence.text for sentence in nlp(text).sents] == expected_sentences


def test_only_the_millions_abbreviation_is_split(nlp: Language) -> None:
    assert [token.text for token in nlp.make_doc("He paid £5m. Then a. b. and Sept. 5")] == \
        ["He", "paid", "£", "5", "m", ".", "Then", "a.", "b.", "and", "Sept.", "5"]


@pytest.mark.parametrize(("text", "expected_tokens"), [
    pytest.param("said M&S.", ["said", "M&S", "."], id="ampersand-name-ends-a-sentence"),
    pytest.param("shares in AT&T. Then", ["shares", "in", "AT&T", ".", "Then"], id="ampersand-name-before-a-sentence"),
    # ... while other suffixes are the model's own.
    pytest.param("the U.S. and B&Q's rock'n'roll.", ["the", "U.S.", "and", "B&Q", "'s", "rock'n'roll", "."], id="other-suffixes"),
])
def test_the_full_stop_after_a_name_with_an_ampersand_is_split(text: str, expected_tokens: list[str], nlp: Language) -> None:
    assert [token.text for token in nlp.make_doc(text)] == expected_tokens


@pytest.mark.parametrize(("text", "expected_tokens"), [
    pytest.param('to different audiences,"Katie Packer said', ["to", "different", "audiences", ",", '"', "Katie", "Packer", "said"],
                 id="straight-mark-after-a-comma"),
    pytest.param("the prejudice and paranoia,”Clinton said", ["the", "prejudice", "and", "paranoia", ",", "”", "Clinton", "said"],
                 id="curly-mark-after-a-comma"),
    pytest.param("I love Hispanics!”Former candidate", ["I", "love", "Hispanics", "!", "”", "Former", "candidate"],
                 id="after-an-exclamation"),
    # (only before a capital, after a lower-case word: a mark in a word is left alone)
    pytest.param('he said "hello" to me', ["he", "said", '"', "hello", '"', "to", "me"], id="spaced-marks"),
    pytest.param('they said "no,"then left', ["they", "said", '"', 'no,"then', "left"], id="not-before-lower-case"),
])
def test_a_closing_quote_mark_glued_to_the_next_word_is_split(text: str, expected_tokens: list[str], nlp: Language) -> None:
    assert [token.text for token in nlp.make_doc(text)] == expected_tokens


@pytest.mark.parametrize(("text", "expected_tokens"), [
    pytest.param("Ryan said,“Look, the images have no place here.",
                 ["Ryan", "said", ",", "“", "Look", ",", "the", "images", "have", "no", "place", "here", "."], id="after-a-comma"),
    pytest.param("He said:“Look here.”", ["He", "said", ":", "“", "Look", "here", ".", "”"], id="after-a-colon"),
    # (only before a capital: a mark in a word is left alone)
    pytest.param("a,“b", ["a,“b"], id="not-before-lower-case"),
])
def test_an_opening_curly_quote_mark_glued_to_the_word_before_is_split(text: str, expected_tokens: list[str], nlp: Language) -> None:
    assert [token.text for token in nlp.make_doc(text)] == expected_tokens


@pytest.mark.parametrize(("text", "expected_sentences"), [
    pytest.param('Ana Ruiz said the name would place "a stigma on the people who are the victims[.]" She went on to say more.',
                 ['Ana Ruiz said the name would place "a stigma on the people who are the victims[.]"', "She went on to say more."],
                 id="bracketed-stop-before-the-mark"),
    # (not a bracketed word inside the quotation)
    pytest.param('He called it "a [very] bad idea" and left.', ['He called it "a [very] bad idea" and left.'], id="bracketed-word"),
])
def test_a_quotation_closed_by_a_bracketed_stop_ends_its_sentence(text: str, expected_sentences: list[str], nlp: Language) -> None:
    assert [sentence.text for sentence in nlp(text).sents] == expected_sentences


@pytest.mark.parametrize(("text", "expected_tokens"), [
    pytest.param("-Michelle Marks, Philadelphia.", ["-", "Michelle", "Marks", ",", "Philadelphia", "."], id="signature"),
    # (not a hyphen inside a word, before a number or before a capital not opening a word)
    pytest.param("well-Known e-Mail -3 -US", ["well", "-", "Known", "e", "-", "Mail", "-3", "-US"], id="other-hyphens"),
])
def test_a_hyphen_glued_to_a_capitalised_word_is_split_off(text: str, expected_tokens: list[str], nlp: Language) -> None:
    assert [token.text for token in nlp.make_doc(text)] == expected_tokens


def test_the_news_tokenizer_keeps_the_models_other_settings(nlp: Language, config: Config) -> None:
    # The tokenizer is rebuilt in one go: everything but the three affixes and "m." is the model's.
    model_tokenizer = spacy.load(model_identity(config.model).split()[0], exclude=nlp.component_names).tokenizer
    ours = nlp.tokenizer
    assert set(model_tokenizer.rules) - set(ours.rules) == {"m."}

    def pattern(match: object) -> object:  # (a regular expression compiled anew is another object)
        return getattr(getattr(match, "__self__", None), "pattern", match)

    assert (pattern(ours.token_match), pattern(ours.url_match), ours.faster_heuristics, ours.max_cache_size) == \
        (pattern(model_tokenizer.token_match), pattern(model_tokenizer.url_match), model_tokenizer.faster_heuristics,
         model_tokenizer.max_cache_size)
    text = "Don't visit https://example.com/news?id=3 :) — the U.K.'s PM said it's 5 a.m. at No. 10, c'mon!"
    assert [t.text for t in ours(text)] == [t.text for t in model_tokenizer(text)]

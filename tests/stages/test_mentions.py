from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.schema import Claim
from pipeline.stages.mentions import extract_mentions

LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")


@pytest.mark.parametrize(("text", "expected"), [
    ("Sergey Lavrov's visit to Moscow was short.", {("Sergey Lavrov", "PERSON"), ("Moscow", "GPE")}),
    ("The talks in Geneva ended on Monday.", {("Geneva", "GPE")}),
    # The small model runs these names into the next word: the conjunction is not part of the name.
    ("Supporters of the Organisation for Economic Co-operation and Development met.",
     {("Organisation for Economic Co-operation", "ORG")}),
    ("The Bank of England said rates would rise.", {("Bank of England", "ORG")}),
    ("Figures from the British Bankers' Association (BBA) showed lending was weaker.", {("British Bankers' Association", "ORG")}),
])
def test_mentions_are_trimmed_names(text: str, expected: set[tuple[str, str]], nlp: Language) -> None:
    mentions = extract_mentions(nlp(text), "a", LABELS)
    assert {(m.text, m.label) for m in mentions} == expected
    for m in mentions:
        assert text[m.start_char:m.end_char] == m.text
        assert m.mention_id.startswith("a:m")


def test_untagged_speaker_becomes_a_mention(nlp: Language) -> None:
    text = "The Russian foreign ministry said on Tuesday that talks would go on."
    start = text.index("Russian foreign ministry")
    claim = Claim("a:c0", "a", "indirect", "that talks would go on", 47, 69, (), "said", 29, 33,
                  "The Russian foreign ministry", 0, 28, "nominal", start, start + 24, 0, antecedent_label="ORG")
    mentions = extract_mentions(nlp(text), "a", LABELS, [claim])
    assert ("Russian foreign ministry", "ORG") in {(m.text, m.label) for m in mentions}
    assert "Russian" not in {m.text for m in mentions}  # the part spaCy saw is replaced by the whole

"""Records and their conversion to Arrow columns."""

from __future__ import annotations

import dataclasses

import pytest

from pipeline.schema import Claim, ClaimSpeaker, Entity, Mention, Span, records_to_columns, with_changes

MENTION = Mention("a1:m0", "a1", "Sergey Lavrov", "PERSON", 120, 133, 3)
CLAIM = Claim(
    claim_id="a1:c0", article_id="a1", kind="mixed", quote_text="the talks were “useful”", start_char=140, end_char=163,
    fragments=(Span(140, 163),), cue="said", cue_start=134, cue_end=138, speaker_text="Lavrov", speaker_start=120,
    speaker_end=126, attribution="explicit", antecedent_start=120, antecedent_end=133, sentence_index=3,
    speakers=(ClaimSpeaker("a1:c0", "a1", 0, "Lavrov", 120, 126, 120, 133, "PERSON"),),
)
ENTITY = Entity("E1", "PERSON", "Sergey Lavrov", ("Lavrov", "Sergei Lavrov"), 4, 2, 3)


@pytest.mark.parametrize(("record", "changes"), [
    (MENTION, {"entity_id": "E1"}),
    (MENTION, {"start_char": 121, "text": "ergey Lavrov"}),
    (CLAIM, {"speaker_entity_id": "E1", "speakers": ()}),
    (CLAIM.speakers[0], {"speaker_entity_id": "E1"}),
    (ENTITY, {}),
])
def test_with_changes_is_dataclasses_replace(record: object, changes: dict[str, object]) -> None:
    changed = with_changes(record, **changes)
    assert changed == dataclasses.replace(record, **changes)  # type: ignore[type-var]
    assert type(changed) is type(record)


def test_with_changes_refuses_a_field_the_record_does_not_have() -> None:
    with pytest.raises(TypeError, match="Mention has no field 'entity'"):
        with_changes(MENTION, entity="E1")


def test_columns_nest_only_tuples_of_records() -> None:
    columns = records_to_columns([CLAIM], ["claim_id", "fragments", "speakers", "start_char"])
    assert columns["claim_id"] == ["a1:c0"]
    assert columns["start_char"] == [140]
    assert columns["fragments"] == [[{"start": 140, "end": 163}]]
    assert columns["speakers"][0][0]["speaker_text"] == "Lavrov"
    assert records_to_columns([ENTITY], ["aliases"]) == {"aliases": [("Lavrov", "Sergei Lavrov")]}
    assert records_to_columns([], ["claim_id"]) == {"claim_id": []}

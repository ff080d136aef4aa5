from __future__ import annotations

import pytest

from pipeline.io import read_resource
from pipeline.lexicon import NO_FRAMES, CueEntry, FrameModel, parse_frame_model, parse_noun_cues, select_cues, verb_stem


@pytest.mark.parametrize(("forms", "stem"), [
    (("vow", "vows", "vowed", "vowing"), "vow"),
    (("plan", "plans", "planned", "planning"), "plan"),
    (("note", "notes", "noted", "noting"), "not"),
    (("criticize", "criticizes", "criticized", "criticizing"), "criticiz"),
])
def test_forms_of_a_verb_share_a_stem(forms: tuple[str, ...], stem: str) -> None:
    assert {verb_stem(form) for form in forms} == {stem}


def test_short_words_keep_their_ending() -> None:
    # "is" and "has" are not "i" and "ha": a stem keeps at least three letters.
    assert (verb_stem("is"), verb_stem("has"), verb_stem("said")) == ("is", "has", "said")


def test_probability_is_the_logistic_of_the_summed_weights() -> None:
    model = FrameModel({"form:vowed:xcomp": 2.0, "subject:PERSON": 1.0}, -1.0)
    assert model.probability(["form:vowed:xcomp", "subject:PERSON"]) == pytest.approx(1 / (1 + 2.718281828 ** -2.0))
    # A repeated feature counts once; an unknown one weighs nothing.
    assert model.probability(["form:vowed:xcomp", "form:vowed:xcomp", "unknown"]) == pytest.approx(0.7310586)
    assert NO_FRAMES.probability(["form:vowed:xcomp"]) < 1e-12


def test_parse_frame_model_reads_bias_and_weights() -> None:
    model = parse_frame_model("# comment\nfeature\tweight\n__bias__\t-2.5\nform:said:ccomp\t3.25\n")
    assert model == FrameModel({"form:said:ccomp": 3.25}, -2.5)


def test_parse_frame_model_rejects_another_table() -> None:
    with pytest.raises(ValueError, match="feature<TAB>weight"):
        parse_frame_model("form\tframe\tn\n")


def test_packaged_model_ranks_stances_above_actions() -> None:
    model = parse_frame_model(read_resource("frame_model.tsv"))
    vowed = model.probability(["form:vowed:xcomp", "stem:vow:xcomp", "stem:vow", "frame:xcomp", "subject:PERSON"])
    walked = model.probability(["form:walked:prep:into", "stem:walk:prep", "stem:walk", "frame:prep:into", "subject:PERSON"])
    assert vowed > 0.5 > walked


def test_select_cues_holds_other_verbs_to_their_own_threshold() -> None:
    entries = [CueEntry("said", "speech", 0.92, 4469), CueEntry("remarks", "speech", 0.08, 10),
               CueEntry("vowed", "other", 0.6, 40), CueEntry("allow", "other", 0.08, 4), CueEntry("thinks", "belief", 0.3, 20)]
    assert select_cues(entries, 0.05, ("speech", "other"), 0.1) == {"said": "speech", "remarks": "speech", "vowed": "other"}
    assert select_cues(entries, 0.05, ("speech", "other")) == {"said": "speech", "remarks": "speech", "vowed": "other", "allow": "other"}


def test_noun_cues_are_the_words_before_that_clauses_often_enough_attributions() -> None:
    table = "form\tn_cue\tn_text\tprecision\nstatement\t12\t17\t0.7059\nclaim\t9\t22\t0.4091\nidea\t8\t35\t0.2286\n"
    assert parse_noun_cues(table, 0.4) == {"statement", "claim"}
    assert parse_noun_cues(table, 0.5) == {"statement"}
    packaged = parse_noun_cues(read_resource("cue_nouns.tsv"), 0.4)
    assert {"statement", "claim", "warning", "assertion"} <= packaged and "idea" not in packaged

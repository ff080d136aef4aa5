"""Entities: group mentions across the corpus into entities with stable ids, and link claims'
speakers to them.

Rules, in order:
1. a mention's name is normalised (accents, case, possessive, a leading "the" dropped);
2. in one article, a one-word person name ("Lavrov") joins the article's full name that ends with
   it ("Sergey Lavrov"), whatever label spaCy gave the short form, when that full name is unique;
3. across the corpus, mentions with the same normalised name and type group join one entity.
The entity id is a hash of the type group and the normalised full name, so it does not depend
on which articles are in the run or in what order.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from pipeline.schema import ArticleResult, Claim, Entity, Mention

# spaCy's place labels are confused with each other often enough that they group together.
_TYPE_GROUP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "NORP": "NORP"}
_POSSESSIVE = re.compile(r"['’]s?$")
_NON_WORD = re.compile(r"[^\w\s-]")


def normalise_name(name: str) -> str:
    """A comparison key for a name: no accents, case, possessive, punctuation or leading 'the'."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold().strip()
    folded = _POSSESSIVE.sub("", folded)
    folded = _NON_WORD.sub(" ", folded)
    words = folded.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def type_group(label: str) -> str:
    """The coarse type a label belongs to when grouping mentions."""
    return _TYPE_GROUP.get(label, label)


def entity_id_for(group: str, key: str) -> str:
    """Stable entity id from the type group and the normalised name."""
    return "E" + hashlib.sha256(f"{group}|{key}".encode()).hexdigest()[:12]


def _article_keys(mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """(type group, name key) for each mention of one article, with surnames joined to full names."""
    keys = [(type_group(m.label), normalise_name(m.text)) for m in mentions]
    person_words = {key for group, key in keys if group == "PERSON" and " " not in key}
    full_by_last: dict[str, set[str]] = defaultdict(set)
    for (group, key) in keys:
        words = key.split()
        # A two- or three-word name spaCy called an ORG ("Helena Marsh") is a person's full name
        # when its last word also stands alone as a PERSON in the same article.
        if len(words) >= 2 and (group == "PERSON" or (group == "ORG" and len(words) <= 3 and words[-1] in person_words)):
            full_by_last[words[-1]].add(key)
    full_names = {key for fulls in full_by_last.values() for key in fulls}
    out = []
    for (group, key) in keys:
        words = key.split()
        if key in full_names:
            out.append(("PERSON", key))
            continue
        fulls = full_by_last.get(key) if len(words) == 1 else None
        if fulls is not None and len(fulls) == 1 and group in ("PERSON", "ORG", "PLACE", "NORP"):
            out.append(("PERSON", next(iter(fulls))))
        else:
            out.append((group, key))
    return out


def resolve_entities(results: Sequence[ArticleResult]) -> tuple[list[ArticleResult], list[Entity]]:
    """Results with `entity_id` on mentions and `speaker_entity_id` on claims, and the entities."""
    members: dict[str, list[Mention]] = defaultdict(list)
    groups: dict[str, str] = {}
    linked: list[ArticleResult] = []
    for result in results:
        keys = _article_keys(result.mentions)
        mentions = []
        for mention, (group, key) in zip(result.mentions, keys, strict=True):
            if not key:
                mentions.append(mention)
                continue
            entity_id = entity_id_for(group, key)
            groups[entity_id] = group
            mention = replace(mention, entity_id=entity_id)
            members[entity_id].append(mention)
            mentions.append(mention)
        by_offsets = {(m.start_char, m.end_char): m.entity_id for m in mentions}
        claims = tuple(_link_speaker(claim, by_offsets, mentions) for claim in result.claims)
        linked.append(replace(result, mentions=tuple(mentions), claims=claims))

    # A claim counts once for each entity among its speakers ("Putin and Macron said" counts for both).
    speaker_counts = Counter(entity_id for r in linked for c in r.claims
                             for entity_id in {s.speaker_entity_id for s in c.speakers} | {c.speaker_entity_id} if entity_id)
    entities = []
    for entity_id in sorted(members):
        mentions = members[entity_id]
        labels = Counter(m.label for m in mentions)
        names = Counter(m.text for m in mentions)
        # The canonical name is the fullest spelling, the most frequent among equally full ones,
        # then the shortest (no possessive or stray punctuation), then the first alphabetically.
        canonical = min(names, key=lambda n: (-len(normalise_name(n).split()), -names[n], len(n), n))
        entities.append(Entity(
            entity_id=entity_id,
            label=_majority_label(labels, groups[entity_id]),
            canonical_name=canonical,
            aliases=tuple(sorted(names)),
            n_mentions=len(mentions),
            n_articles=len({m.article_id for m in mentions}),
            n_claims_as_speaker=speaker_counts.get(entity_id, 0),
        ))
    return linked, entities


def _majority_label(labels: Counter[str], group: str) -> str:
    if group == "PERSON":
        return "PERSON"
    return max(labels, key=lambda label: (labels[label], label))


def _entity_at(start: int | None, end: int | None, by_offsets: dict[tuple[int, int], str | None],
               mentions: Sequence[Mention]) -> str | None:
    """The entity of the mention at these offsets, else of the first mention overlapping them."""
    if start is None or end is None:
        return None
    entity_id = by_offsets.get((start, end))
    if entity_id is None:
        entity_id = next((m.entity_id for m in mentions if m.start_char < end and start < m.end_char), None)
    return entity_id


def _link_speaker(claim: Claim, by_offsets: dict[tuple[int, int], str | None], mentions: Sequence[Mention]) -> Claim:
    speakers = tuple(
        replace(s, speaker_entity_id=_entity_at(s.antecedent_start, s.antecedent_end, by_offsets, mentions))
        for s in claim.speakers
    )
    entity_id = _entity_at(claim.antecedent_start, claim.antecedent_end, by_offsets, mentions)
    return replace(claim, speaker_entity_id=entity_id, speakers=speakers)

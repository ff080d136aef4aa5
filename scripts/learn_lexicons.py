#!/usr/bin/env python3
"""Learn attribution lexicons for the quote extractor from the PolNeAR training split.

What it does
------------
Reads ``polnear_train.jsonl`` (one article a line; every attribution annotated with cue,
source/speaker and content spans) and writes four small TSV resources that the rule-based
extractor in ``pipeline`` uses instead of hand-maintained word lists:

* ``cue_verbs.tsv``     single-word cue forms (``said``, ``told``, ``according`` ...): the head
  word of each annotated cue, with how often it heads a cue (``n_cue``), how often the word
  occurs at all in the training texts (``n_text``), their ratio (``precision``: how much a bare
  occurrence of the word signals an attribution), the share of cue occurrences whose speaker
  starts before the cue (``speaker_before``; occurrences without a speaker count as "not
  before"), the share whose content starts at or after the cue end (``content_after``), and a
  coarse ``category`` (speech / belief / other) from a hand list in this file.
* ``cue_phrases.tsv``   recurring multiword cue expressions (``according to``, ``said in a
  statement``, ``went on to say`` ...).
* ``cue_nouns.tsv``     cue words whose content is a "that" clause right after them, as in "his
  claim that …", "warnings from his attorney that …": ``n_cue`` such attributions, ``n_text``
  how often the word stands before "that" in the training texts (a relative "the claim that he
  made" counts too), and their ratio ``precision``. Verbs are listed as well ("said that"); the
  extractor reads the table only for words the tagger calls nouns.
* ``speaker_nouns.tsv`` head nouns of common-noun speakers (``spokesman``, ``officials``,
  ``poll``, ``report`` ...), which tell the extractor that a non-name noun phrase can be a source.

Why
---
The annotation defines what counts as a cue far more broadly and consistently than a guessed word
list would; counting against the raw texts also gives a precision estimate per form, so the
extractor can weigh ``said`` (almost always a cue) differently from ``called`` or ``found``.
Only the training split is read: the dev split is kept for evaluation and no test split is used.

The script is stdlib-only, deterministic (all outputs sorted with full tie-breaking) and runs in a
few seconds. ``--stats`` additionally prints corpus figures useful when writing the extractor.

Usage::

    python scripts/learn_lexicons.py [--train PATH] [--out-dir DIR] [--stats]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TRAIN = REPO_ROOT.parent / "shared" / "eval" / "polnear_train.jsonl"
DEFAULT_OUT = REPO_ROOT / "pipeline" / "resources"

MIN_CUE = 3  # minimum n_cue for cue_verbs.tsv and cue_phrases.tsv
MIN_SPEAKER = 3  # minimum n for speaker_nouns.tsv

# Tokeniser shared by cue heads and text counts, so that n_cue and n_text count the same units.
# Contractions are split ("doesn't" -> "does" + "n't", "she's" -> "she" + "'s"); hyphenated
# words stay whole.
_TOKEN_RE = re.compile(r"[a-z]+(?=n't\b)|n't|'[a-z]+|[a-z]+(?:-[a-z]+)*")

# Words that never head a cue: auxiliaries and modals, negation, infinitival "to", particles and
# prepositions, determiners and pronouns, temporal/degree adverbs, weekdays ("said Tuesday").
# Dropping them leaves the content word(s) of the cue ("has repeatedly said" -> said).
AUXILIARIES = {
    "be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m", "'ve", "'d", "'ll",
    "has", "have", "had", "having", "do", "does", "did", "doing", "will", "would", "shall",
    "should", "can", "could", "may", "might", "must", "ca", "wo", "sha", "get", "gets", "got",
    "cannot",
}
NEGATION = {"not", "n't", "no", "never"}
FUNCTION_WORDS = {
    "to", "that", "for", "of", "on", "in", "at", "by", "with", "about", "as", "from", "into",
    "onto", "upon", "over", "after", "against", "out", "up", "off", "back", "down", "away",
    "than", "whether", "if", "when", "while", "what", "how", "why", "where", "which",
    "who", "whom", "whose", "and", "or", "but", "so", "a", "an", "the", "this", "these", "those",
    "it", "its", "he", "him", "his", "she", "her", "they", "them", "their", "we", "us", "our",
    "i", "me", "my", "you", "your", "himself", "herself", "itself", "themselves", "there",
    "one", "all", "some", "any", "each", "both", "such", "own", "s", "under", "among",
    "without", "within", "toward", "towards", "before", "during", "through", "around", "amid",
}
ADVERBS = {
    "also", "then", "later", "further", "repeatedly", "recently", "previously", "now", "still",
    "just", "initially", "first", "often", "even", "always", "already", "since", "once", "again",
    "ever", "only", "yet", "too", "publicly", "privately", "openly", "directly", "immediately",
    "widely", "frequently", "last", "earlier", "ago", "subsequently", "originally", "finally",
    "simply", "actually", "really", "quickly", "long", "strongly", "flatly", "explicitly",
    "specifically", "clearly", "sharply", "hotly", "largely", "generally", "usually", "routinely",
    "sometimes", "ultimately", "eventually", "apparently", "reportedly", "allegedly",
    "here", "today", "yesterday", "tonight", "week", "month", "year", "time", "well", "very",
    "much", "more", "most", "less", "least", "far", "little", "quite", "rather", "especially",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}
# Attributive adjectives that precede the noun that is the real cue ("strong support").
ADJECTIVES = {
    "strong", "deep", "full", "new", "public", "common", "best", "general", "broad", "recent",
    "harsh", "bitter", "negative", "positive", "overwhelming", "widespread", "growing", "stern",
    "free", "open", "direct", "sharp", "renewed", "vehement", "fierce", "own",
}
NON_HEAD = AUXILIARIES | NEGATION | FUNCTION_WORDS | ADVERBS | ADJECTIVES

# Category hand list (lemmas).  "speech": verbs of saying, writing and other communication acts
# (including evaluative speech acts such as criticize/praise/accuse, and "according" because
# "according to X" attributes a statement to X).  "belief": cognition, attitude and intention
# verbs whose complement is a thought rather than an utterance.  Anything else ("called for",
# "support", "found", "show", "seemed" ...) is "other".  Inflected forms are mapped to these
# lemmas by `lemma_candidates` plus the irregular table below.
SPEECH_LEMMAS = {
    "according", "accuse", "acknowledge", "add", "admit", "advise", "allege", "announce", "answer",
    "argue", "ask", "assert", "assure", "attack", "blame", "blast", "boast", "brag", "call",
    "caution", "charge", "cite", "claim", "comment", "complain", "concede", "conclude", "confirm",
    "contend", "continue", "criticize", "declare", "decry", "deny", "describe", "disclose",
    "dismiss", "emphasize", "explain", "insist", "inform", "joke", "lament", "mention", "note",
    "observe", "pledge", "point", "post", "praise", "predict", "proclaim", "promise", "propose",
    "question", "quip", "recall", "recount", "remark", "repeat", "reply", "report", "respond",
    "retort", "reveal", "say", "shout", "slam", "speak", "state", "stress", "suggest", "talk",
    "tell", "testify", "threaten", "tweet", "underscore", "urge", "vow", "warn", "write", "yell",
}
BELIEF_LEMMAS = {
    "assume", "believe", "consider", "desire", "doubt", "expect", "fear", "feel", "figure",
    "guess", "hope", "imagine", "intend", "know", "plan", "prefer", "realize", "reckon", "regard",
    "suppose", "suspect", "think", "understand", "view", "want", "wish", "wonder", "worry",
}
IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
    "spoke": "speak", "spoken": "speak", "thought": "think", "knew": "know", "known": "know",
    "felt": "feel", "understood": "understand",
}


def tokens(text: str) -> list[str]:
    """Lowercased word tokens, curly apostrophes normalised."""
    return _TOKEN_RE.findall(text.lower().replace("\u2019", "'").replace("\u2018", "'"))


def lemma_candidates(form: str) -> Iterator[str]:
    """Possible lemmas of a form under regular English inflection (over-generating is fine:
    candidates are only looked up in the hand lists)."""
    if form in IRREGULAR:
        yield IRREGULAR[form]
    yield form
    for suffix in ("ing", "ed", "es", "s", "d"):
        if form.endswith(suffix) and len(form) > len(suffix) + 1:
            stem = form[: -len(suffix)]
            yield stem
            yield stem + "e"
            if len(stem) > 2 and stem[-1] == stem[-2]:  # stopped -> stop
                yield stem[:-1]
            if stem.endswith("i"):  # replied -> reply, cries -> cry
                yield stem[:-1] + "y"


def category(form: str) -> str:
    for lemma in lemma_candidates(form):
        if lemma in SPEECH_LEMMAS:
            return "speech"
        if lemma in BELIEF_LEMMAS:
            return "belief"
    return "other"


def cue_head(cue_text: str | None) -> str | None:
    """Head word of a cue: its content word, preferring a listed speech/belief verb.

    "has repeatedly said" -> said; "went on to say" -> say; "issued a statement saying" ->
    saying; "according to" -> according; "called for" -> called; ":" -> None.
    """
    if not cue_text:
        return None
    toks = tokens(cue_text)
    if "according" in toks:
        return "according"
    # -ly words are manner adverbs ("flatly denied", "publicly said") unless nothing else is left.
    content = [t for t in toks
               if t not in NON_HEAD and not t.startswith("'") and not t.endswith("ly")]
    if not content:
        # Adverb/adjective cues such as "reportedly", "allegedly", "is likely" head themselves.
        rest = [t for t in toks if t.endswith("ly") and t not in AUXILIARIES | FUNCTION_WORDS]
        return rest[-1] if rest else None
    listed = [t for t in content if category(t) != "other"]
    # Catenative chains ("went on to say", "declined to comment") end in the speech verb.
    return listed[-1] if listed else content[0]


def read_articles(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def iter_quotes(articles: Iterable[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    for art in articles:
        for q in art.get("quotes") or []:
            yield art, q


# ---------------------------------------------------------------------------------------------
# Speaker head nouns
# ---------------------------------------------------------------------------------------------
PRONOUNS = {
    "i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "his", "hers",
    "its", "their", "theirs", "our", "ours", "my", "mine", "your", "yours", "who", "whom", "which",
    "that", "this", "these", "those", "one", "ones", "some", "many", "most", "few", "several",
    "all", "both", "each", "either", "neither", "none", "any", "another", "other", "others",
    "someone", "somebody", "everyone", "everybody", "anyone", "anybody", "nobody", "himself",
    "herself", "themselves", "itself", "myself", "ourselves", "yourself", "what", "whoever",
}
# Quantifier heads of partitives: for "some of his advisers" the noun of interest is "advisers";
# they are never heads themselves ("47 percent", "a majority", "a third").
QUANTIFIERS = {
    "one", "some", "many", "most", "few", "several", "all", "both", "each", "none", "any", "much",
    "more", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
    "half", "third", "quarter", "percent", "majority", "minority", "plurality", "number", "lot",
    "handful", "share", "dozens", "hundreds", "thousands", "millions", "rest", "bulk", "part",
}
# Words after which a noun phrase's head is complete: prepositions, relative pronouns and
# post-nominal modifiers ("a spokesman for X", "voters in the state", "a person familiar with").
POSTMODIFIER_START = {
    "for", "of", "in", "at", "from", "on", "with", "to", "by", "over", "out", "who", "which",
    "that", "whose", "including", "like", "familiar", "close", "involved", "working", "based",
    "and", "or",
}
NOT_SPEAKER_HEAD = (PRONOUNS | QUANTIFIERS | FUNCTION_WORDS | ADVERBS
                    | {"said", "says", "self", "left", "right", "night"})
_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019.-]*")


def speaker_noun(speaker_text: str | None) -> str | None:
    """Head noun of a common-noun speaker phrase, or None for names and pronouns.

    "a spokesman for the campaign" -> spokesman; "The poll" -> poll; "some of his aides" ->
    aides; "Democratic voters in all five states" -> voters; "Mr. Trump" / "he" / "Sen. Bernie
    Sanders (I-Vt.)" / "47 percent" -> None.
    """
    if not speaker_text:
        return None
    text = re.sub(r"\([^)]*\)", " ", speaker_text)  # party/state parentheticals
    text = re.sub(r"[\"\u201c\u201d\u2018]", " ", text)
    text = re.split(r"[,;:\n\u2014\u2013]| -- ", text)[0]  # head NP before any appositive
    words = [w.strip(".'\u2019-") for w in _WORD_RE.findall(text)]
    words = [re.sub(r"['\u2019]s$", "", w) for w in words if w]
    lowered = [w.lower() for w in words]
    # Partitive "some of his aides", "a majority of voters": continue in the complement.
    while len(lowered) >= 3 and "of" in lowered[1:] and not (
        set(lowered[: lowered.index("of", 1)]) - QUANTIFIERS - {"a", "an", "the"}
    ):
        k = lowered.index("of", 1) + 1
        words, lowered = words[k:], lowered[k:]
    for i, w in enumerate(lowered):
        if w in POSTMODIFIER_START and i > 0:
            words = words[:i]
            break
    if not words:
        return None
    head = words[-1]
    if not (head.isalpha() and head.islower()) or head in NOT_SPEAKER_HEAD:
        return None
    if head.endswith("ed") and len(head) > 4:  # "those surveyed", "those polled"
        return None
    return head


# ---------------------------------------------------------------------------------------------
# Main computation
# ---------------------------------------------------------------------------------------------
def fmt(x: float) -> str:
    return f"{x:.4f}"


def learn(articles: list[dict[str, Any]]) -> dict[str, Any]:
    text_counts: Counter[str] = Counter()
    before_that: Counter[str] = Counter()  # word → how often "that" follows it
    for art in articles:
        words = tokens(art.get("text") or "")
        text_counts.update(words)
        before_that.update(w for w, nxt in itertools.pairwise(words) if nxt == "that")

    n_cue: Counter[str] = Counter()
    spk_before: Counter[str] = Counter()
    cont_after: Counter[str] = Counter()
    phrases: Counter[str] = Counter()
    nouns: Counter[str] = Counter()
    that_cues: Counter[str] = Counter()  # cue head → its attributions whose content starts with "that"
    n_quotes = n_head = 0

    for art, q in iter_quotes(articles):
        n_quotes += 1
        cue_text = q.get("cue_text")
        if cue_text:
            norm = " ".join(cue_text.lower().replace("\u2019", "'").split()).strip(" :,.")
            if len(norm.split()) >= 2:
                phrases[norm] += 1
        last = [t for t in tokens(cue_text or "") if t not in NON_HEAD][-1:]
        if last and re.match(r"that\b", q.get("quote_text") or "", re.I) and \
                tokens(art["text"][q.get("cue_end") or 0:q["start"]]) == []:
            # "his claim that …", "expressed concern that …": the last word of the cue, right before the clause
            that_cues[last[0]] += 1
        head = cue_head(cue_text)
        noun = speaker_noun(q.get("speaker_text"))
        if noun:
            nouns[noun] += 1
        if head is None:
            continue
        n_head += 1
        n_cue[head] += 1
        cue_spans = q.get("cue_spans") or []
        cue_start = min((s["start"] for s in cue_spans), default=q.get("cue_start"))
        cue_end = max((s["end"] for s in cue_spans), default=q.get("cue_end"))
        spk_start = q.get("speaker_start")
        if spk_start is None and q.get("speaker_spans"):
            spk_start = min(s["start"] for s in q["speaker_spans"])
        if spk_start is not None and cue_start is not None and spk_start < cue_start:
            spk_before[head] += 1
        c_start = q.get("start")
        if c_start is not None and cue_end is not None and c_start >= cue_end:
            cont_after[head] += 1

    verb_rows = []
    for form, n in n_cue.items():
        if n < MIN_CUE:
            continue
        n_text = max(text_counts[form], n)  # a cue head always occurs in the text
        verb_rows.append((
            form, n, n_text, fmt(n / n_text), fmt(spk_before[form] / n),
            fmt(cont_after[form] / n), category(form),
        ))
    verb_rows.sort(key=lambda r: (-r[1], r[0]))
    phrase_rows = sorted(((p, n) for p, n in phrases.items() if n >= MIN_CUE),
                         key=lambda r: (-r[1], r[0]))
    noun_rows = sorted(((w, n) for w, n in nouns.items() if n >= MIN_SPEAKER),
                       key=lambda r: (-r[1], r[0]))
    that_rows = sorted(((w, n, max(before_that[w], n), fmt(n / max(before_that[w], n)))
                        for w, n in that_cues.items() if n >= MIN_CUE), key=lambda r: (-r[1], r[0]))
    return {
        "verbs": verb_rows, "phrases": phrase_rows, "nouns": noun_rows, "that_cues": that_rows,
        "n_quotes": n_quotes, "n_head": n_head,
    }


def write_tsv(path: Path, header: list[str], rows: Iterable[tuple[Any, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(header) + "\n")
        for row in rows:
            fh.write("\t".join(str(v) for v in row) + "\n")


# ---------------------------------------------------------------------------------------------
# Optional corpus statistics (--stats)
# ---------------------------------------------------------------------------------------------
QUOTE_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019"


def print_stats(articles: list[dict[str, Any]], result: dict[str, Any]) -> None:
    out = sys.stdout
    qs = list(iter_quotes(articles))
    print(f"quotes: {result['n_quotes']}  cue head identified: {result['n_head']} "
          f"({result['n_head'] / result['n_quotes']:.1%})", file=out)
    types = Counter(q.get("type") for _a, q in qs)
    print("type:", dict(sorted(types.items(), key=lambda kv: -kv[1])), file=out)
    nspans = Counter(min(len(q.get("content_spans") or []), 3) for _a, q in qs)
    print("content_spans (3 = 3+):", dict(sorted(nspans.items())), file=out)

    # (a) direct quotes: do start/end include the quote marks?
    a = Counter()
    for art, q in qs:
        if q.get("type") != "direct":
            continue
        qt = art["text"][q["start"]:q["end"]]
        a["n"] += 1
        a["starts_with_mark"] += qt[:1] in QUOTE_MARKS
        a["ends_with_mark"] += qt.rstrip()[-1:] in QUOTE_MARKS
        a["mark_just_before_start"] += art["text"][max(0, q["start"] - 1):q["start"]] in QUOTE_MARKS \
            and q["start"] > 0
        a["mark_just_after_end"] += art["text"][q["end"]:q["end"] + 1] in QUOTE_MARKS \
            and q["end"] < len(art["text"])
    print("(a) direct:", dict(a), file=out)

    # (b) indirect quotes introduced with "that"
    b = Counter()
    for art, q in qs:
        if q.get("type") != "indirect":
            continue
        qt = art["text"][q["start"]:q["end"]]
        before = art["text"][max(0, q["start"] - 6):q["start"]]
        if re.match(r"that\b", qt, re.I):
            b["span_starts_with_that"] += 1
        elif re.search(r"\bthat\s+$", before, re.I):
            b["that_just_before_span"] += 1
    print("(b) indirect + that:", dict(b), file=out)

    # (c) inverted attribution ("CONTENT, X said." / "“CONTENT,” X said."): the content is
    # followed, within a few characters, by the speaker or cue, with a comma in between (either
    # just inside the span, before any closing quote mark, or just outside it).
    c = Counter()
    for art, q in qs:
        spk = q.get("speaker_start")
        cue = q.get("cue_start")
        if spk is None or cue is None or not (q["end"] <= spk and q["end"] <= cue):
            continue
        t = art["text"]
        gap = t[q["end"]:min(spk, cue)]
        qt = t[q["start"]:q["end"]]
        inner = qt.rstrip(QUOTE_MARKS + " ")
        comma_in, comma_out = inner.endswith(","), gap.strip() == ","
        if len(gap) > 3 or not (comma_in or comma_out):
            continue
        key = q.get("type")
        c[(key, "n")] += 1
        c[(key, "comma_inside_span")] += comma_in
        c[(key, "comma_outside_span")] += comma_out
        c[(key, "span_ends_with_quote_mark")] += qt[-1:] in QUOTE_MARKS
    print("(c) inverted:", {f"{k[0]}.{k[1]}": v for k, v in sorted(c.items())}, file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="PolNeAR train JSONL")
    ap.add_argument("--out-dir", type=Path, default=DEFAULT_OUT, help="where to write the TSVs")
    ap.add_argument("--stats", action="store_true", help="print corpus statistics")
    args = ap.parse_args(argv)
    if "test" in args.train.name.lower() or "dev" in args.train.name.lower():
        ap.error("learn only from the training split")

    articles = read_articles(args.train)
    result = learn(articles)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    write_tsv(args.out_dir / "cue_verbs.tsv",
              ["form", "n_cue", "n_text", "precision", "speaker_before", "content_after",
               "category"], result["verbs"])
    write_tsv(args.out_dir / "cue_phrases.tsv", ["phrase", "n_cue"], result["phrases"])
    write_tsv(args.out_dir / "speaker_nouns.tsv", ["noun", "n"], result["nouns"])
    write_tsv(args.out_dir / "cue_nouns.tsv", ["form", "n_cue", "n_text", "precision"], result["that_cues"])
    print(f"{len(articles)} articles, {result['n_quotes']} quotes; wrote "
          f"{len(result['verbs'])} cue forms, {len(result['that_cues'])} cue forms before a clause, {len(result['phrases'])} phrases, "
          f"{len(result['nouns'])} speaker nouns to {args.out_dir}", file=sys.stderr)
    if args.stats:
        print_stats(articles, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

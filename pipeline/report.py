"""A self-contained static HTML report of a run, built from its output tables.

`build_report(tables)` returns the pages (relative path → HTML); `pipeline.io.write_report`
writes them. No external assets: CSS, the small script and the charts (inline SVG) are in each
page, so the folder can be zipped, mailed or opened offline.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from html import escape
from typing import Any, Final

import pyarrow as pa

from pipeline.article_view import ArticleView, ClaimView, Segment, article_views, entity_names, rows

INDEX_PAGE: Final = "index.html"
TOP_N: Final = 15

CSS: Final = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d232a;background:#fafafa}
header{background:#22313f;color:#fff;padding:14px 28px}header a{color:#cfe3ff}h1{margin:0;font-size:22px}
main{padding:18px 28px;max-width:1280px}h2{font-size:18px;margin:26px 0 8px;border-bottom:1px solid #ddd}
table{border-collapse:collapse;background:#fff;margin:6px 0}th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef1f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 16px;min-width:110px}
.card b{display:block;font-size:24px}.muted{color:#66707a}.cols{display:flex;flex-wrap:wrap;gap:28px}
.layout{display:flex;gap:24px;align-items:flex-start}.text{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:16px 20px;
flex:1 1 auto;max-width:780px;line-height:1.7}aside{position:sticky;top:10px;flex:0 0 320px;background:#fff;border:1px solid #ddd;padding:10px 14px}
.r-mention{border-bottom:2px dotted #7a869a}.r-antecedent{border-bottom:2px solid #2b6cb0}
.r-content{background:#fff0a0}.r-speaker{background:#a9d8ff}.r-cue{background:#ffb3b3}
[data-claims]{cursor:pointer}.selected{outline:2px solid #d9480f}tr.selected td{background:#fff4e6}
.legend span{padding:1px 6px;margin-right:8px}dl{margin:0}dt{font-weight:600;margin-top:6px}dd{margin:0}
svg text{font:11px system-ui,sans-serif;fill:#444}
"""

SCRIPT: Final = """
const claims = JSON.parse(document.getElementById('claims-data').textContent);
function show(n) {
  document.querySelectorAll('.selected').forEach(e => e.classList.remove('selected'));
  const panel = document.getElementById('details');
  const c = claims[n - 1];
  if (!c) return;
  document.querySelectorAll('[data-claims~="' + n + '"]').forEach(e => e.classList.add('selected'));
  const row = document.getElementById('claim-' + n);
  if (row) row.classList.add('selected');
  panel.replaceChildren();
  panel.dataset.claim = String(n);
  const h = document.createElement('h3'); h.textContent = 'Claim ' + n; panel.append(h);
  const dl = document.createElement('dl');
  for (const [label, value] of c.fields) {
    const dt = document.createElement('dt'); dt.textContent = label;
    const dd = document.createElement('dd'); dd.textContent = value; dd.dataset.field = label;
    dl.append(dt, dd);
  }
  panel.append(dl);
}
function fromHash() {
  const m = /^#claim-(\\d+)$/.exec(location.hash);
  if (!m) return;
  show(Number(m[1]));
  // bring the claim's text (not its table row) into view, beside the details panel
  const first = document.querySelector('.text .selected');
  if (first) first.scrollIntoView({block: 'center'});
}
document.querySelector('.text').addEventListener('click', e => {
  const target = e.target.closest('[data-claims]');
  if (!target) return;
  const numbers = target.dataset.claims.split(' ').map(Number);
  const current = Number(document.getElementById('details').dataset.claim || 0);
  const next = numbers[(numbers.indexOf(current) + 1) % numbers.length];
  history.replaceState(null, '', '#claim-' + next);
  show(next);
});
window.addEventListener('hashchange', fromHash);
fromHash();
"""


def article_page_name(article_id: str) -> str:
    """Relative path of an article's page: `articles/<id>.html` (id made filename-safe)."""
    return f"articles/{re.sub(r'[^A-Za-z0-9_-]', '_', article_id)}.html"


def _page(title: str, header: str, body: str, script: str = "") -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{escape(title)}</title><style>{CSS}</style></head>\n"
        f"<body><header>{header}</header><main>\n{body}\n</main>{script}</body></html>\n"
    )


def _table(headers: Sequence[str], body_rows: Iterable[Sequence[str]], numeric: Sequence[bool] = (), attrs: str = "") -> str:
    """An HTML table; cells are HTML already (escape before), numeric columns right-aligned."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    lines = []
    for cells in body_rows:
        tds = "".join(f"<td{' class=n' if i < len(numeric) and numeric[i] else ''}>{c}</td>" for i, c in enumerate(cells))
        lines.append(f"<tr>{tds}</tr>")
    if not lines:
        return "<p class=muted>None.</p>"
    return f"<table{attrs}><thead><tr>{head}</tr></thead><tbody>{''.join(lines)}</tbody></table>"


def _date(value: Any) -> str:
    return value.strftime("%Y-%m-%d") if isinstance(value, datetime) else ""


def _or_dash(value: Any) -> str:
    return "—" if value is None or value == "" else escape(str(value))


# --------------------------------------------------------------------------- index page
def _counts_cards(tables: Mapping[str, pa.Table]) -> str:
    cards = []
    for name in ("articles", "claims", "mentions", "entities", "rejects"):
        table = tables.get(name)
        if table is not None:
            cards.append(f"<div class=card data-count=\"{name}\"><b>{table.num_rows}</b>{name}</div>")
    return f"<div class=cards>{''.join(cards)}</div>"


def _breakdown(title: str, counts: Counter[str]) -> str:
    body = ((escape(k), str(v)) for k, v in counts.most_common())
    return f"<div>{_table((title, 'claims'), body, (False, True))}</div>"


def claims_over_time_svg(dates: Sequence[datetime]) -> str:
    """An inline SVG bar chart of claims per day (or per month when the dates span over 92 days)."""
    if not dates:
        return "<p class=muted>No claim is in an article with a publication date.</p>"
    by_month = (max(dates) - min(dates)).days > 92
    fmt = "%Y-%m" if by_month else "%Y-%m-%d"
    counts = Counter(d.strftime(fmt) for d in dates)
    keys = sorted(counts)
    width, height, bar_gap, top, bottom = max(240, 46 * len(keys)), 190, 6, 18, 40
    bar_width = width / len(keys) - bar_gap
    peak = max(counts.values())
    parts = [f"<svg class=chart role=img aria-label=\"claims over time\" width=\"{width}\" height=\"{height}\" "
             f"viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">"]
    for i, key in enumerate(keys):
        bar_height = (height - top - bottom) * counts[key] / peak
        x = i * (bar_width + bar_gap) + bar_gap / 2
        y = height - bottom - bar_height
        parts.append(f"<rect x=\"{x:.1f}\" y=\"{y:.1f}\" width=\"{bar_width:.1f}\" height=\"{bar_height:.1f}\" fill=\"#4c78a8\">"
                     f"<title>{key}: {counts[key]} claims</title></rect>")
        parts.append(f"<text x=\"{x + bar_width / 2:.1f}\" y=\"{y - 4:.1f}\" text-anchor=\"middle\">{counts[key]}</text>")
        parts.append(f"<text x=\"{x + bar_width / 2:.1f}\" y=\"{height - bottom + 14}\" text-anchor=\"end\" "
                     f"transform=\"rotate(-35 {x + bar_width / 2:.1f} {height - bottom + 14})\">{key}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _index(tables: Mapping[str, pa.Table], views: Sequence[ArticleView]) -> str:
    names = entity_names(tables)
    claims = [c for v in views for c in v.claims]  # already converted, once, by article_views
    entities = rows(tables.get("entities"))
    rejects = rows(tables.get("rejects"))
    run_info = _run_info(tables)

    sections = [_counts_cards(tables)]
    if run_info:
        sections.append("<p class=muted>" + " · ".join(f"{escape(k)}: {escape(str(v))}" for k, v in run_info.items()) + "</p>")
    sections.append("<div class=cols>" + _breakdown("kind", Counter(c.kind for c in claims))
                    + _breakdown("attribution", Counter(c.attribution for c in claims)) + "</div>")

    sections.append("<h2 id=rejects>Rejected input, by reason</h2>")
    sections.append(_table(("reason", "items"), ((escape(k), str(v)) for k, v in Counter(r["reason"] for r in rejects).most_common()),
                           (False, True)))
    sections.append(_table(("source", "stage", "reason", "detail"),
                           ((escape(r["source_id"]), escape(r["stage"]), escape(r["reason"]), escape(r["detail"])) for r in rejects)))

    # Every speaker of a claim counts ("X and Y said"): from claim_speakers when the run has that table.
    speaker_rows = rows(tables["claim_speakers"]) if "claim_speakers" in tables else \
        [{"speaker_entity_id": c.entity_id, "article_id": v.article["article_id"]} for v in views for c in v.claims]
    speakers = Counter(c["speaker_entity_id"] for c in speaker_rows if c.get("speaker_entity_id"))
    articles_of: defaultdict[str, set[str]] = defaultdict(set)
    for c in speaker_rows:
        if c.get("speaker_entity_id"):
            articles_of[c["speaker_entity_id"]].add(c["article_id"])
    unresolved = sum(1 for c in claims if not c.entity_id)
    sections.append("<div class=cols><div><h2 id=speakers>Top speakers</h2>")
    sections.append(_table(("speaker", "claims", "articles"),
                           ((escape(names.get(e, e)), str(n), str(len(articles_of[e]))) for e, n in speakers.most_common(TOP_N)),
                           (False, True, True), " id=top-speakers"))
    sections.append(f"<p class=muted>{unresolved} claims have no resolved speaker.</p></div>")
    top_entities = sorted(entities, key=lambda e: (-e["n_mentions"], e["canonical_name"]))[:TOP_N]
    sections.append("<div><h2 id=entities>Most mentioned entities</h2>")
    sections.append(_table(("entity", "type", "mentions", "articles", "claims as speaker"),
                           ((escape(e["canonical_name"]), escape(e["label"]), str(e["n_mentions"]), str(e["n_articles"]),
                             str(e.get("n_claims_as_speaker", ""))) for e in top_entities),
                           (False, False, True, True, True), " id=top-entities"))
    sections.append("</div></div>")

    dates = [d for v in views if isinstance(d := v.article.get("published_at"), datetime) for _ in v.claims]
    sections.append("<h2 id=time>Claims over time</h2>" + claims_over_time_svg(dates))
    if len(dates) < len(claims):
        sections.append(f"<p class=muted>{len(claims) - len(dates)} claims are in articles without a publication date.</p>")

    sections.append("<h2 id=articles>Articles</h2>")
    sections.append(_table(
        ("article", "outlet", "published", "claims", "mentions", "source"),
        ((f"<a href=\"{article_page_name(v.article['article_id'])}\">{escape(v.article.get('title') or v.article['article_id'])}</a>",
          _or_dash(v.article.get("outlet")), _date(v.article.get("published_at")), str(len(v.claims)), str(len(v.mentions)),
          escape(v.article["source_id"])) for v in views),
        (False, False, False, True, True, False), " id=article-list"))
    header = "<h1>newsclaims report</h1><span>what a run extracted: counts, speakers, entities, and every article with its claims</span>"
    return _page("newsclaims report", header, "\n".join(sections))


def _run_info(tables: Mapping[str, pa.Table]) -> dict[str, Any]:
    for table in tables.values():
        raw = (table.schema.metadata or {}).get(b"newsclaims.run")
        if raw:
            info = json.loads(raw)
            return {k: info[k] for k in ("model", "input", "schema_version") if k in info}
    return {}


# --------------------------------------------------------------------------- article pages
def claim_fields(claim: ClaimView) -> list[tuple[str, str]]:
    """The details shown for a claim (label, value), in the page's side panel and tooltips."""
    entity = f"{claim.entity_name} ({claim.entity_id})" if claim.entity_name else (claim.entity_id or "unresolved")
    if len(claim.speaker_entities) > 1:
        entity = "; ".join(claim.speaker_entities)
    return [
        ("kind", claim.kind),
        ("attribution", claim.attribution),
        ("speaker as written", claim.speaker_text or "—"),
        ("resolved entity", entity),
        ("cue", claim.cue or "—"),
        ("via", claim.via or "—"),
        ("medium", claim.medium or "—"),
        ("quote", claim.quote_text),
        ("claim_id", claim.claim_id),
    ]


def _segment_html(text: str, segment: Segment, view: ArticleView) -> str:
    piece = escape(text[segment.start:segment.end])
    if not segment.marks:
        return piece
    classes = sorted({f"r-{m.role}" for m in segment.marks})
    titles = []
    for number in segment.claims:
        claim = view.claims[number]
        fields = dict(claim_fields(claim))
        titles.append(f"claim {claim.number}: {claim.kind} · {claim.attribution} · speaker {fields['speaker as written']}"
                      f" → {fields['resolved entity'] if claim.entity_name else 'unresolved'}")
    for mark in segment.marks:
        if mark.mention is not None:
            mention = view.mentions[mark.mention]
            titles.append(f"{mention.label}: {mention.entity_name or mention.text}")
    attrs = f" class=\"{' '.join(classes)}\" title=\"{escape(chr(10).join(titles))}\""
    if segment.claims:
        attrs += f" data-claims=\"{' '.join(str(view.claims[n].number) for n in segment.claims)}\""
    return f"<span{attrs}>{piece}</span>"


def _article_page(view: ArticleView) -> str:
    article = view.article
    text = view.text
    marked = "".join(_segment_html(text, s, view) for s in view.segments())
    meta = [f"<b>{escape(article['outlet'])}</b>"] if article.get("outlet") else []
    meta += [_date(article.get("published_at")) or "no date",
            f"source {escape(article['source_path'])}", f"id {escape(article['article_id'])}"]
    if article.get("url"):
        meta.append(f"<a href=\"{escape(article['url'])}\">{escape(article['url'])}</a>")
    legend = ("<p class=legend><span class=r-content>content</span><span class=r-cue>cue</span>"
              "<span class=r-speaker>speaker</span><span class=r-antecedent>resolved to</span>"
              "<span class=r-mention>entity mention</span> click a highlight for the claim's details</p>")
    claim_rows = []
    for claim in view.claims:
        fields = dict(claim_fields(claim))
        claim_rows.append(
            f"<tr id=\"claim-{claim.number}\"><td class=n><a href=\"#claim-{claim.number}\">{claim.number}</a></td>"
            f"<td>{escape(claim.kind)}</td><td>{escape(claim.attribution)}</td><td>{escape(fields['speaker as written'])}</td>"
            f"<td>{escape('; '.join(claim.speaker_entities) or claim.entity_name or '—')}</td><td>{escape(fields['cue'])}</td>"
            f"<td>{escape(fields['via'])}</td><td>{escape(fields['medium'])}</td>"
            f"<td>{escape(claim.quote_text)}</td></tr>")
    claims_table = ("<table id=claims><thead><tr><th>#</th><th>kind</th><th>attribution</th><th>speaker</th><th>resolved entity</th>"
                    f"<th>cue</th><th>via</th><th>medium</th><th>quote</th></tr></thead><tbody>{''.join(claim_rows)}</tbody></table>"
                    if claim_rows else "<p class=muted>No claims found in this article.</p>")
    data = [{"number": c.number, "fields": claim_fields(c)} for c in view.claims]
    # "<" escaped so that no text can end the script element or open a comment inside it
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    body = (f"<p>{' · '.join(meta)}</p>{legend}<div class=layout><div class=text id=article-text>{marked}</div>"
            "<aside id=details><p class=muted>Click a highlighted passage to see the claim's kind, attribution and speaker.</p></aside></div>"
            f"<h2>Claims ({len(view.claims)})</h2>{claims_table}"
            f"<script type=\"application/json\" id=\"claims-data\">{payload}</script>")
    title = str(article.get("title") or article["article_id"])
    header = f"<a href=\"../{INDEX_PAGE}\">← report</a><h1>{escape(title)}</h1>"
    return _page(title, header, body, f"<script>{SCRIPT}</script>")


def build_report(tables: Mapping[str, pa.Table]) -> dict[str, str]:
    """The report's pages, relative path → HTML: `index.html` and one page per article."""
    views = article_views(tables)
    pages = {INDEX_PAGE: _index(tables, views)}
    for view in views:
        pages[article_page_name(view.article["article_id"])] = _article_page(view)
    return pages

"""`kb coverage --html FILE`: one self-contained page showing, for each source, every sentence coloured
by whether a quote covers it, with links to the entries that quote it.

Sentences are the ones `kb check` counts (`bot.qa.kb.source_sentences`), so the page and the check
agree. Everything taken from the knowledge base is HTML-escaped.
"""

from __future__ import annotations

from html import escape

from bot.curator.sentences import covering, quoting_entries
from bot.qa.kb import Entry, KnowledgeBase, source_sentences

_STYLE = """
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto;
       max-width: 60rem; padding: 0 1rem; color: #1d232a; background: #fafbfc; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2.5rem; }
.meta { color: #5b6672; margin-top: -.5rem; }
.legend span, .s { padding: .1rem .25rem; border-radius: .25rem; }
.covered { background: #d9f2dd; } .draft { background: #fff1c2; } .uncovered { background: #fbd5d5; }
.s { display: block; margin: .35rem 0; }
.s a { font-size: .8rem; margin-left: .4rem; color: #245a9b; }
.count { font-weight: 600; }
.entries dt { font-weight: 600; margin-top: 1rem; } .entries dd { margin-left: 1rem; }
.tag { font-size: .75rem; background: #eef0f3; border-radius: .25rem; padding: 0 .3rem; }
"""


def coverage_stats(kb: KnowledgeBase) -> tuple[int, int]:
    """(sentences covered by a quote, all sentences) over every source."""
    covered = total = 0
    for source_id, source in kb.sources.items():
        quotes = quoting_entries(kb, source_id)
        for sentence in source_sentences(source.text):
            total += 1
            covered += bool(covering(sentence, quotes))
    return covered, total


def coverage_html(kb: KnowledgeBase) -> str:
    covered, total = coverage_stats(kb)
    drafts = {entry.id for entry in kb.drafts}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ru"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Покрытие источников цитатами</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>Покрытие источников цитатами</h1>",
        f'<p class="count">Покрыто {covered} из {total} предложений.</p>',
        '<p class="legend"><span class="covered">цитируется записью</span> '
        '<span class="draft">только черновиком</span> '
        '<span class="uncovered">не цитируется — нужна запись</span></p>',
    ]
    for source_id, source in kb.sources.items():
        meta = source.meta
        parts.append(f'<h2 id="src-{escape(source_id)}">{escape(meta.title)}</h2>')
        parts.append(
            f'<p class="meta">{escape(meta.kind)}, {meta.date:%d.%m.%Y} · '
            f"<code>seeds/{escape(source_id)}.txt</code></p>"
        )
        quotes = quoting_entries(kb, source_id)
        sentences = source_sentences(source.text)
        done = sum(bool(covering(sentence, quotes)) for sentence in sentences)
        parts.append(f'<p class="count">Покрыто {done} из {len(sentences)} предложений.</p>')
        for sentence in sentences:
            ids = covering(sentence, quotes)
            css = "uncovered" if not ids else ("draft" if set(ids) <= drafts else "covered")
            links = " ".join(f'<a href="#e-{escape(eid)}">{escape(eid)}</a>' for eid in ids)
            parts.append(f'<span class="s {css}">{escape(sentence)} {links}</span>')
    parts.append('<h2>Записи</h2><dl class="entries">')
    for entry in (*kb.entries, *kb.drafts):
        parts.append(_entry_html(kb, entry, draft=entry.id in drafts))
    parts.append("</dl></body></html>")
    return "\n".join(parts) + "\n"


def _entry_html(kb: KnowledgeBase, entry: Entry, *, draft: bool) -> str:
    tag = ' <span class="tag">черновик</span>' if draft else ""
    quotes = "".join(
        f'<dd>«{escape(quote.text)}» — <a href="#src-{escape(quote.source.id)}">'
        f"{escape(quote.source.title)}</a></dd>"
        for quote in kb.quotes_of(entry)
    )
    return (
        f'<dt id="e-{escape(entry.id)}">{escape(entry.id)}{tag}: {escape(entry.canonical_question)}</dt>'
        f"<dd>{escape(entry.answer)}</dd>{quotes}"
    )

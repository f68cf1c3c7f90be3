"""A question asking the bot's own opinion («Как вы считаете…», "in your opinion", «Сіздің
ойыңызша…»): the documents hold what their authors and speakers said, not the bot's view, so no
entry answers it; the bot says it found nothing and offers the nearest entries (the document's own
assessment, where it has one)."""

from __future__ import annotations

from collections.abc import Sequence

# The phrases asking the one asked for their view, as words in a row (text.words: «по-вашему» is two).
# Not a bare "do you think", «вы считаете, что…»: a polite way of asking a fact as often («Do you think
# the Prosecutor General spoke…?»), which the text may tell.
OPINION_PHRASES: tuple[tuple[str, ...], ...] = (
    ("как", "вы", "считаете"),
    ("как", "ты", "считаешь"),
    ("как", "вы", "думаете"),
    ("как", "ты", "думаешь"),
    ("по", "вашему"),
    ("по", "твоему"),
    ("по", "вашему", "мнению"),
    ("на", "ваш", "взгляд"),
    ("на", "твой", "взгляд"),
    ("ваше", "мнение"),
    ("твоё", "мнение"),
    ("твое", "мнение"),
    ("in", "your", "opinion"),
    ("in", "your", "view"),
    ("your", "opinion"),
    ("сіздің", "ойыңызша"),
    ("ойыңызша",),
    ("сенің", "ойыңша"),
    ("ойыңша",),
    ("қалай", "ойлайсыз"),
    ("қалай", "ойлайсың"),
    ("сіздің", "пікіріңіз"),
)
PHRASES = frozenset(OPINION_PHRASES)
LONGEST = max(len(p) for p in OPINION_PHRASES)


def asks_opinion(found: Sequence[str]) -> bool:
    """Whether the question's words (lower case) hold a phrase asking the bot's own view."""
    return any(tuple(found[i : i + n]) in PHRASES for i in range(len(found)) for n in range(1, LONGEST + 1))

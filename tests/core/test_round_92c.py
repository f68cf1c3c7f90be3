"""Round 92c: the piece read named as what the asker believes («если верить пресс-релизу», «если
верить тексту») is where the answer is read, as «согласно тексту» and «судя по релизу» are, and no
subject an entry must hold; Kazakh «хабарламада» (in the message) as «құжатта» is. Questions about
the piece itself (its author, its paragraphs, its headline) and about what it never says still
decline (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Модель какого государства должна сложиться в итоге, если верить релизу?", "fair_kazakhstan"),
        (
            "Какие ключевые слова появятся во вводной части новой Конституции, если верить пресс-релизу?",
            "law_and_order_preamble",
        ),
        ("Если верить тексту, какую модель государства формирует реформа?", "fair_kazakhstan"),
        ("Если верить этому документу, какие цели у реформы?", "reform_aims"),
        ("Если верить релизу, кто выступил?", "speaker"),
        ("Заң алдындағы теңдік хабарламада қалай түсіндірілген?", "equality_before_law"),
        ("Хабарламада цифрлық шешімдер туралы не айтылған?", "digital_solutions"),
    ],
)
def test_the_piece_believed_is_where_the_answer_is_read(engine, question: str, entry_id: str) -> None:
    """«если верить пресс-релизу» frames the question; what is asked is the rest."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Если верить тексту, назовите автора пресс-релиза.",
        "Назовите автора пресс-релиза, если верить тексту.",
        "Если верить пресс-релизу, назовите автора пресс-релиза.",
        "Если верить пресс-релизу, сколько в нём абзацев?",
        "Сколько абзацев в пресс-релизе?",
        "Кто автор пресс-релиза?",
        "Если верить релизу, какой заголовок у пресс-релиза?",
        "Если верить релизу, когда вступит в силу новая Конституция?",
        "Если верить материалу, какие налоги повысят?",
        "Хабарламада салықтар туралы не айтылған?",
    ],
)
def test_the_piece_itself_and_what_it_never_says_decline(engine, question: str) -> None:
    """The piece's own author, paragraphs and headline, which no entry gives, and what it never
    says (taxes, the date the Constitution comes into force) still decline."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)

"""Rendering: everything escaped, every message within 4096 characters, quotes shortened gracefully."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.qa.engine import Engine
from bot.qa.models import Quote, Reply, SourceRef, Suggestion
from bot.telegram.keyboards import reply_keyboard
from bot.telegram.render import EXPANDABLE_FROM, render_reply
from bot.telegram.routers.inline import results_for
from bot.telegram.texts import UiTexts, load_texts
from tests.telegram.html_strict import check_html

SOURCE = SourceRef(id="doc", title="Круглый стол <по> проекту & «Конституции»", date=dt.date(2026, 2, 27))
TEXTS = load_texts()
nasty = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from("<>&\"';/👍😀"),
    max_size=300,
)


def reply_with(answer: str, quotes: list[str], kind: str = "answer") -> Reply:
    return Reply(
        query="?",
        kind=kind,  # type: ignore[arg-type]
        answer=answer,
        quotes=tuple(Quote(text=q, source=SOURCE) for q in quotes),
        entry_id="some_entry",
        suggestions=(Suggestion(entry_id="other", question="Другой вопрос?"),),
    )


@settings(max_examples=300, deadline=None)
@given(
    kind=st.sampled_from(["answer", "clarify", "smalltalk", "none"]),
    answer=nasty,
    quotes=st.lists(nasty.filter(str.strip), min_size=1, max_size=3),
    compact=st.booleans(),
)
def test_any_kb_or_user_text_renders_to_valid_telegram_html(
    kind: str, answer: str, quotes: list[str], compact: bool
) -> None:
    text = render_reply(reply_with(answer or "x", quotes, kind), TEXTS, compact=compact)
    plain = check_html(text)
    if kind == "answer":
        assert plain.startswith(answer or "x")
        assert SOURCE.title in plain


@settings(max_examples=50, deadline=None)
@given(
    answer=st.text(alphabet="аб <&> вг", min_size=1, max_size=6000),
    quote_len=st.integers(1, 9000),
    count=st.integers(1, 3),
)
def test_every_message_fits_4096(answer: str, quote_len: int, count: int) -> None:
    quotes = [("цитата & <текст> " * 600)[:quote_len].strip() or "ц" for _ in range(count)]
    for compact in (False, True):
        check_html(render_reply(reply_with(answer, quotes, "answer"), TEXTS, compact=compact))


@settings(max_examples=100, deadline=None)
@given(preface=nasty.filter(str.strip), answer=nasty.filter(str.strip), quote_len=st.integers(1, 9000))
def test_a_preface_renders_first_in_italics_and_the_message_still_fits(
    preface: str, answer: str, quote_len: int
) -> None:
    quotes = [("цитата & <текст> " * 600)[:quote_len].strip() or "ц"]
    reply = reply_with(answer, quotes).model_copy(update={"preface": preface})
    for compact in (False, True):
        text = render_reply(reply, TEXTS, compact=compact)
        plain = check_html(text)  # valid Telegram HTML within 4096 characters
        assert text.startswith("<i>")
        assert plain.startswith(f"{preface}\n\n")  # (at most 300 characters: never shortened)


def test_long_quotes_are_shortened_not_the_answer() -> None:
    answer = "Короткий ответ по существу."
    quotes = ["Первая цитата " + "очень длинная " * 150, "Вторая цитата " + "слово " * 500, "Третья."]
    text = render_reply(reply_with(answer, quotes), TEXTS)
    plain = check_html(text)
    assert len(text) <= 4096
    assert plain.startswith(answer)
    assert "…" in plain
    assert SOURCE.title in plain, "the source line survives shortening"


def test_long_quotes_are_collapsed(engine: Engine, texts: UiTexts) -> None:
    short = render_reply(reply_with("Ответ.", ["Короткая цитата."]), texts)
    long = render_reply(reply_with("Ответ.", ["Длинная цитата. " * (EXPANDABLE_FROM // 10)]), texts)
    assert "<blockquote>" in short
    assert "<blockquote expandable>" in long


def test_every_kb_answer_renders(engine: Engine, texts: UiTexts) -> None:
    for entry in engine.kb.entries:
        reply = engine.reply_for_entry(entry.id)
        assert reply is not None
        for compact in (False, True):
            plain = check_html(render_reply(reply, texts, compact=compact))
            assert entry.answer in plain
            assert entry.quotes[0] in plain


user_text = (
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))
        | st.sampled_from(list("<>&\"'`*_[]()/@#👍😀\u200b\u200d\ufeff\u202e\x00\x07 \nкторуглыйстол")),
        max_size=500,
    )
    | st.builds(
        lambda piece, n: piece * n, st.sampled_from(["а", "😀", "<b>", "&amp;", "кто "]), st.integers(1, 1100)
    )
    | st.sampled_from(["Кто участвовал в круглом столе?", "что сказал генеральный прокурор", "Привет!"])
)


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(text=user_text)
def test_any_user_text_through_the_engine_renders_to_valid_telegram_html(engine: Engine, text: str) -> None:
    """Engine + renderer for any text: every message, keyboard and inline result is what Telegram takes."""
    reply = engine.answer(text)
    for compact in (False, True):
        check_html(render_reply(reply, TEXTS, compact=compact))
        markup = reply_keyboard(reply, TEXTS, compact=compact)
        for row in markup.inline_keyboard if markup else []:
            for button in row:
                assert 1 <= len(button.text) <= 64
                assert button.callback_data is None or len(button.callback_data.encode()) <= 64
    for result in results_for(reply, engine, TEXTS, "faq_test_bot"):
        check_html(result.input_message_content.message_text)
        assert len(result.id.encode()) <= 64

"""Properties over arbitrary text: the engine always returns a sound Reply, and the same one."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.qa.layout import from_qwerty
from bot.qa.text import MAX_QUERY_CHARS, clean, fold, words

from ._support import KINDS, ROOT, check_reply, to_qwerty

PROPERTY = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
PUNCT = " .,;:!?-—«»\"'()[]{}&`~@#$^/\\\n\t\u200b\u00a0"

VOCABULARY = [
    "кто", "когда", "где", "сколько", "что", "как", "ли", "и", "в", "о", "не",
    "круглый", "стол", "круглом", "столе", "участвовал", "участники", "генпрокурор", "Асылов",
    "Конституция", "проекта", "реформа", "Токаев", "президент", "парламент", "омбудсмен",
    "правосознание", "закон", "порядок", "преамбула", "искусственный", "интеллект", "ИИ",
    "персональные", "данные", "юридическое", "образование", "направления", "итоги",
    "референдум", "погода", "привет", "спасибо", "пока", "бот", "rfr", "kto", "qwerty",
    "учасники", "интелект", "?", "!", "«", "»", "2026",
]  # fmt: skip

mixed_text = st.text(alphabet=st.sampled_from(CYRILLIC + LATIN + PUNCT + "0123456789"), max_size=80)
kb_like_text = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=8).map(" ".join)
any_text = st.one_of(st.text(max_size=120), mixed_text, kb_like_text)


@PROPERTY
@given(text=any_text)
def test_answer_is_always_a_sound_reply(engine, kb, text: str) -> None:
    reply = engine.answer(text)
    assert reply.kind in KINDS
    assert 0 <= reply.score <= 100
    assert reply.query == text
    assert not check_reply(kb, reply)


@PROPERTY
@given(text=kb_like_text)
def test_answers_from_kb_words_quote_the_source(engine, kb, text: str) -> None:
    """Texts made of the knowledge base's words often reach real answers: check them all."""
    reply = engine.answer(text)
    if reply.kind == "answer":
        entry = kb.by_id[reply.entry_id]
        source = " ".join(kb.sources[entry.source].text.split())
        assert reply.quotes
        assert all(" ".join(q.text.split()) in source for q in reply.quotes)


@PROPERTY
@given(text=any_text, other=kb_like_text)
def test_engine_is_deterministic_and_stateless(engine, text: str, other: str) -> None:
    first = engine.answer(text)
    engine.answer(other)  # nothing carries over from one question to the next
    assert engine.answer(text) == first


@PROPERTY
@given(text=st.one_of(mixed_text, kb_like_text))
def test_case_and_surrounding_blanks_do_not_change_the_decision(engine, text: str) -> None:
    plain = engine.answer(text)
    for variant in (text.upper(), text.lower(), f"  \u200b{text}\n "):
        reply = engine.answer(variant)
        assert (reply.kind, reply.entry_id) == (plain.kind, plain.entry_id), variant


@PROPERTY
@given(text=st.text(alphabet=st.sampled_from(CYRILLIC + " .,?"), max_size=60))
def test_wrong_layout_round_trip(text: str) -> None:
    assert from_qwerty(to_qwerty(text)) == text


@PROPERTY
@given(text=st.text(max_size=2 * MAX_QUERY_CHARS))
def test_clean_output_is_bounded_and_visible(text: str) -> None:
    out = clean(text)
    assert len(out) <= MAX_QUERY_CHARS
    assert "  " not in out
    assert not any(ch in out for ch in "\n\t\r\x00\u200b\ufeff")
    assert words(out) == words(clean(out))
    assert fold(fold(out)) == fold(out)


@pytest.mark.slow
def test_same_answers_in_fresh_processes_with_other_hash_seeds() -> None:
    """Restarting the bot must not change its answers (set/dict order depends on PYTHONHASHSEED)."""
    script = (
        "import json, sys\n"
        "from bot.qa.engine import load_engine\n"
        "e = load_engine()\n"
        "out = [(r.kind, r.entry_id, r.score, [s.entry_id for s in r.suggestions])"
        " for r in map(e.answer, json.load(sys.stdin))]\n"
        "print(json.dumps(out))\n"
    )
    questions = [*VOCABULARY, "кто участвовал", "участие", "обсуждать", "правовой", "защищать", "гражданин"]
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONIOENCODING": "utf-8"}
        done = subprocess.run(
            [sys.executable, "-c", script],
            input=json.dumps(questions),
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
            env=env,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("text", ["", "\ud7ff", "\U0001f600" * 50, "\x00" * 10])
def test_edge_characters(engine, kb, text: str) -> None:
    assert not check_reply(kb, engine.answer(text))

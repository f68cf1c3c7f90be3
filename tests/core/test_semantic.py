"""The semantic signal: vectors cached on disk and never trusted when stale or corrupt; the
engine with and without the embedding model."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from bot.qa.engine import Engine
from bot.qa.semantic import QUESTION_VECTORS, Vectors, entry_vectors, load_embedder

from ._support import describe


class HashEmbedder:
    """A stand-in for the external model: deterministic unit vectors from character trigrams,
    counting how many texts it was asked to embed."""

    version = "hash-trigrams-1"

    def __init__(self) -> None:
        self.embedded = 0

    def queries(self, texts: Sequence[str]) -> Vectors:
        return self._embed(texts)

    def passages(self, texts: Sequence[str]) -> Vectors:
        return self._embed(texts)

    def _embed(self, texts: Sequence[str]) -> Vectors:
        self.embedded += len(texts)
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for row, text in enumerate(texts):
            padded = f" {text.casefold()} "
            for i in range(len(padded) - 2):
                out[row, hashlib.md5(padded[i : i + 3].encode()).digest()[0] % 64] += 1.0
            out[row] /= max(float(np.linalg.norm(out[row])), 1e-9)
        return out


QUESTIONS = [("a", "Кто участвовал?"), ("a", "участники"), ("b", "Что сказал прокурор?")]
ANSWERS = [("a", "Представители Парламента."), ("b", "Генеральный прокурор сказал…")]


def test_vectors_are_cached_and_reused(tmp_path: Path) -> None:
    embedder = HashEmbedder()
    first = entry_vectors(embedder, QUESTIONS, ANSWERS, tmp_path)
    assert embedder.embedded == len(QUESTIONS) + len(ANSWERS)
    assert len(list(tmp_path.glob("vectors-*.npz"))) == 1
    second = entry_vectors(embedder, QUESTIONS, ANSWERS, tmp_path)
    assert embedder.embedded == len(QUESTIONS) + len(ANSWERS)  # nothing embedded again
    assert np.array_equal(first.questions, second.questions)
    assert second.owners == ("a", "a", "b")


def test_a_changed_knowledge_base_embeds_only_what_changed(tmp_path: Path) -> None:
    embedder = HashEmbedder()
    entry_vectors(embedder, QUESTIONS, ANSWERS, tmp_path)
    first = embedder.embedded
    changed = [*QUESTIONS, ("b", "Кто такой Асылов?")]
    vectors = entry_vectors(embedder, changed, ANSWERS, tmp_path)
    assert embedder.embedded == first + 1
    assert vectors.questions.shape[0] == len(changed)
    assert np.allclose(vectors.questions[-1], HashEmbedder().queries(["Кто такой Асылов?"])[0])


@pytest.mark.parametrize("damage", [b"", b"not a numpy file", b"PK\x03\x04broken zip"])
def test_a_corrupt_cache_is_rebuilt(tmp_path: Path, damage: bytes, caplog: pytest.LogCaptureFixture) -> None:
    embedder = HashEmbedder()
    good = entry_vectors(embedder, QUESTIONS, ANSWERS, tmp_path)
    (path,) = tmp_path.glob("vectors-*.npz")
    path.write_bytes(damage)
    with caplog.at_level(logging.WARNING):
        again = entry_vectors(embedder, QUESTIONS, ANSWERS, tmp_path)
    assert np.allclose(again.questions, good.questions)
    assert embedder.embedded == 2 * (len(QUESTIONS) + len(ANSWERS))
    assert "rebuilding" in caplog.text


def test_an_inconsistent_cache_is_rebuilt(tmp_path: Path) -> None:
    embedder = HashEmbedder()
    entry_vectors(embedder, QUESTIONS, ANSWERS, tmp_path)
    (path,) = tmp_path.glob("vectors-*.npz")
    with path.open("wb") as file:
        np.savez(file, keys=np.array(["x", "y"]), vectors=np.zeros((1, 64), np.float32))
    vectors = entry_vectors(embedder, QUESTIONS, ANSWERS, tmp_path)
    assert vectors.questions.shape == (len(QUESTIONS), 64)
    assert np.isclose(np.linalg.norm(vectors.questions[0]), 1.0)


def test_semantic_switched_off_by_environment(monkeypatch: pytest.MonkeyPatch, caplog) -> None:
    monkeypatch.setenv("QA_SEMANTIC", "0")
    with caplog.at_level(logging.INFO):
        assert load_embedder() is None
    assert len(caplog.records) == 1
    assert "lexical" in caplog.text


def test_without_the_model_the_engine_answers_lexically(kb, caplog) -> None:
    with caplog.at_level(logging.WARNING):
        engine = Engine(kb, semantic=False)
    assert engine.semantic is None
    reply = engine.answer("Кто участвовал в круглом столе?")
    assert (reply.kind, reply.entry_id) == ("answer", "participants"), describe(reply)
    assert engine.answer("Как похудеть к лету?").decline == "off_topic"


def test_an_engine_with_a_stand_in_model_uses_it(kb, tmp_path: Path) -> None:
    QUESTION_VECTORS.clear()  # the questions' vectors are shared by every engine of the process
    embedder = HashEmbedder()
    engine = Engine(kb, semantic=embedder, cache_dir=tmp_path)
    assert engine.semantic is not None
    built = embedder.embedded
    assert engine.answer("Кто участвовал в круглом столе?").entry_id == "participants"
    assert embedder.embedded == built  # the lexical signal was sure: no embedding needed
    # a paraphrase the lexical signal nearly answers: the embedding can still change the decision
    engine.answer("Что думают предпринять с юридическим образованием?")
    assert embedder.embedded == built + 1
    # a question with no word the knowledge base knows: the embedding could only choose a decline
    engine.answer("Расскажите что-нибудь про погоду")
    assert embedder.embedded == built + 1


@pytest.fixture(scope="module")
def real_model():
    embedder = load_embedder()
    if embedder is None:
        pytest.skip("the embedding model cannot load on this platform")
    return embedder


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Who took part in the discussion?", "participants"),
        ("Which principle should be written into the preamble?", "law_and_order_preamble"),
    ],
)
def test_the_real_model_finds_english_paraphrases(engine, real_model, question: str, entry_id: str) -> None:
    """Without translations in the knowledge base the embedding alone reaches the entry: as the
    answer, or at least among the close candidates or nearby topics offered."""
    reply = engine.answer(question)
    assert reply.lang == "en"
    reached = {reply.entry_id, *(s.entry_id for s in reply.suggestions)}
    assert entry_id in reached, describe(reply)

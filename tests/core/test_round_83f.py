"""Round 83f: a question's vector depends only on the model and the text, so one bounded cache
serves every semantic index of the process (a reloaded knowledge base, the second engine of the
tests) and a question is embedded once (bot/qa/semantic.py, QuestionVectors)."""

from __future__ import annotations

import numpy as np

from bot.qa.engine import Engine
from bot.qa.semantic import QUESTION_VECTORS, QuestionVectors, SemanticIndex, entry_vectors

from .test_semantic import ANSWERS, QUESTIONS, HashEmbedder


class OtherModel(HashEmbedder):
    """Another model's version: its vectors are never taken for the first one's."""

    version = "hash-trigrams-2"

    def _embed(self, texts):  # type: ignore[no-untyped-def]
        return -super()._embed(texts)


def _index(embedder: HashEmbedder, questions: QuestionVectors, tmp_path) -> SemanticIndex:  # type: ignore[no-untyped-def]
    return SemanticIndex(embedder, entry_vectors(embedder, QUESTIONS, ANSWERS, tmp_path), questions)


def test_two_indexes_embed_a_question_once(tmp_path) -> None:
    """The second index (another knowledge base, a reload, another instance of the same model)
    scores with the vector the first one made, and scores exactly as if it had embedded it."""
    shared = QuestionVectors()
    first_model, second_model = HashEmbedder(), HashEmbedder()
    first, second = _index(first_model, shared, tmp_path), _index(second_model, shared, tmp_path)
    built = second_model.embedded
    scores = first.scores("Кто участвовал в обсуждении?")
    assert second.scores("Кто участвовал в обсуждении?") == scores
    assert second_model.embedded == built  # not embedded again
    alone = _index(HashEmbedder(), QuestionVectors(), tmp_path)
    assert alone.scores("Кто участвовал в обсуждении?") == scores


def test_the_shared_vector_is_the_models_and_read_only(tmp_path) -> None:
    shared = QuestionVectors()
    model = HashEmbedder()
    vector = shared.get(model, "Что сказал прокурор?")
    assert np.array_equal(vector, HashEmbedder().queries(["Что сказал прокурор?"])[0])
    assert shared.get(HashEmbedder(), "Что сказал прокурор?") is vector
    assert not vector.flags.writeable  # one index cannot spoil it for the others


def test_another_model_does_not_share_the_vectors() -> None:
    shared = QuestionVectors()
    first, other = HashEmbedder(), OtherModel()
    vector = shared.get(first, "Кто участвовал?")
    assert np.array_equal(shared.get(other, "Кто участвовал?"), -vector)
    assert other.embedded == 1
    assert len(shared) == 2


def test_the_cache_is_bounded_and_drops_the_least_recently_used() -> None:
    shared = QuestionVectors(size=3)
    model = HashEmbedder()
    for question in ["один", "два", "три"]:
        shared.get(model, question)
    shared.get(model, "один")  # used again: now the most recent
    shared.get(model, "четыре")  # drops «два»
    assert len(shared) == 3
    asked = model.embedded
    shared.get(model, "один")
    shared.get(model, "три")
    assert model.embedded == asked  # kept
    shared.get(model, "два")
    assert model.embedded == asked + 1  # dropped, embedded again
    assert len(shared) == 3


def test_the_real_engines_share_one_vector(engine: Engine) -> None:
    """Both engines of the suite (one source, two sources) read the process-wide cache, and what it
    holds is what the model gives for the text."""
    assert engine.semantic is not None
    question = "Чем поможет юридическое образование простым людям?"
    engine.semantic.scores(question)
    vector = QUESTION_VECTORS.get(engine.semantic.embedder, question)
    assert np.allclose(vector, engine.semantic.embedder.queries([question])[0], atol=1e-6)

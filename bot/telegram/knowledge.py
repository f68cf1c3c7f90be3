"""What the bot answers from, swappable at run time: the engine and the UI texts behind one holder.

Handlers never keep an Engine: a middleware puts `holder.current.engine` / `.texts` into every
update's data, so each update is answered from one consistent snapshot. A reload (`/reload` from an
admin, SIGHUP) builds a complete new snapshot off the event loop and swaps the reference in one
assignment; the old engine is never mutated, so updates in flight finish on the version they began
with. An invalid knowledge base (or ui.yaml) is rejected with its report and the old one keeps serving.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.qa import memory
from bot.qa.kb import KnowledgeBaseError
from bot.telegram.texts import TextsError, UiTexts, load_texts

if TYPE_CHECKING:
    from bot.qa.engine import Engine
    from bot.settings import Settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Knowledge:
    engine: Engine
    texts: UiTexts

    @property
    def entries(self) -> int:
        return len(self.engine.kb.entries)

    @property
    def questions(self) -> int:
        return sum(len(entry.questions) for entry in self.engine.kb.entries)


@dataclass(frozen=True)
class ReloadResult:
    """`knowledge` is what serves now; `problems` is the report of a rejected reload (else empty)."""

    knowledge: Knowledge
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def _problems(settings: Settings) -> tuple[Knowledge | None, tuple[str, ...]]:
    """Both files are checked even when the first fails, so the report lists everything at once."""
    from bot.qa.engine import load_engine

    problems: list[str] = []
    engine = texts = None
    try:
        engine = load_engine(settings.knowledge_dir, settings.seeds_dir)
    except KnowledgeBaseError as exc:
        problems += [str(problem) for problem in exc.problems]
    try:
        texts = load_texts(settings.knowledge_dir / "ui.yaml")
    except TextsError as exc:
        problems += str(exc).splitlines()
    if engine is None or texts is None:
        return None, tuple(problems) or ("не удалось загрузить базу знаний",)
    return Knowledge(engine, texts), ()


class KnowledgeHolder:
    """The current Knowledge; `reload` swaps it atomically, one reload at a time."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._current = knowledge
        self._lock = asyncio.Lock()

    @classmethod
    def of(cls, engine: Engine, texts: UiTexts) -> KnowledgeHolder:
        return cls(Knowledge(engine, texts))

    @property
    def current(self) -> Knowledge:
        return self._current

    def swap(self, knowledge: Knowledge) -> Knowledge:
        """Serve `knowledge` from the next update on; returns the previous one (left untouched)."""
        previous, self._current = self._current, knowledge
        return previous

    async def reload(self, settings: Settings) -> ReloadResult:
        """Load settings.knowledge_dir / seeds_dir in a worker thread; swap only when it is valid."""
        async with self._lock:
            try:
                return await self._reload(settings)
            finally:
                # the engine it replaced, or the one it rejected (frozen at its load, as every
                # loaded engine is), may be garbage once its updates are answered
                memory.release()

    async def _reload(self, settings: Settings) -> ReloadResult:
        try:
            loaded, problems = await asyncio.to_thread(_problems, settings)
        except Exception as exc:  # an unreadable directory, a bug in a loader: keep serving
            logger.exception("Reload failed unexpectedly; the previous knowledge base stays")
            return ReloadResult(self._current, (f"{type(exc).__name__}: {exc}",))
        if loaded is None:
            logger.error(
                "Reload rejected, the previous knowledge base keeps serving (%d problems):\n%s",
                len(problems),
                "\n".join(problems),
            )
            return ReloadResult(self._current, problems)
        self.swap(loaded)
        logger.info("Knowledge base reloaded: %d entries, %d questions", loaded.entries, loaded.questions)
        return ReloadResult(loaded)

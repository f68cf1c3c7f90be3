"""Python's cyclic garbage collector and a loaded knowledge base.

Loading and indexing a large knowledge base allocates millions of objects that all stay alive; the
collector would traverse them again and again while they are made (a third of a 10,000-entry cold
start) and then every so many allocations of a question. So loading pauses it, and once the engine
is ready everything alive is frozen out of its sight (`gc.freeze`): it lives as long as the engine
serves. A reload gives the frozen objects back (`release`), so the engine it replaces can be
collected once the last update answered from it is done.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pause:
    """Nested or concurrent pauses: the collector resumes when the last one ends, if it was running."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.was_enabled = True


_pause = _Pause()


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic collection inside (reference counting still frees what is dropped)."""
    with _pause.lock:
        if _pause.depth == 0:
            _pause.was_enabled = gc.isenabled()
            gc.disable()
        _pause.depth += 1
    try:
        yield
    finally:
        with _pause.lock:
            _pause.depth -= 1
            if _pause.depth == 0 and _pause.was_enabled:
                gc.enable()


def keep() -> None:
    """Everything alive now stays alive (the engine just loaded): out of the collector's sight."""
    gc.freeze()


def release() -> None:
    """What `keep` froze may be garbage now (a reload replaced the engine): collectable again."""
    gc.unfreeze()

"""The one error a curator's command raises: a Russian sentence saying what to do, and an exit code."""

from __future__ import annotations


class CuratorError(Exception):
    def __init__(self, message: str, *, code: int = 1) -> None:
        super().__init__(message)
        self.code = code

"""Greetings, thanks and the like: recognised apart from the FAQ, never confused with it."""

from __future__ import annotations

from rapidfuzz import fuzz

from bot.qa.analyzer import Analysis, Analyzer
from bot.qa.kb import SmalltalkIntent

WHOLE_MATCH_SCORE = 85.0


class SmalltalkMatcher:
    def __init__(self, intents: tuple[SmalltalkIntent, ...], analyzer: Analyzer) -> None:
        self._patterns: list[tuple[str, SmalltalkIntent]] = []
        for intent in intents:
            for pattern in intent.patterns:
                text = analyzer.analyse(pattern).text
                if text:
                    self._patterns.append((text, intent))
        self._patterns.sort(key=lambda item: len(item[0]), reverse=True)

    def match(self, analysis: Analysis) -> tuple[SmalltalkIntent | None, bool]:
        """The intent of small talk in the text and whether it is the whole text
        (or else only its opening words: «спасибо, а кто участвовал?»)."""
        text = analysis.text
        if not text:
            return None, False
        best_score, best_intent = 0.0, None
        for pattern, intent in self._patterns:
            score = fuzz.ratio(text, pattern)
            if score > best_score:
                best_score, best_intent = score, intent
        if best_score >= WHOLE_MATCH_SCORE:
            return best_intent, True
        for pattern, intent in self._patterns:
            if text.startswith(pattern + " "):
                return intent, False
        return None, False

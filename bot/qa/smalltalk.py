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

    def match(self, analysis: Analysis) -> tuple[SmalltalkIntent | None, str]:
        """The small-talk intent of the text and what follows it: "" when the whole text is small
        talk, the rest when small talk only opens it («добрый день, кто участвовал?»)."""
        text = analysis.text
        if not text:
            return None, ""
        best_score, best_intent = 0.0, None
        for pattern, intent in self._patterns:
            score = fuzz.ratio(text, pattern)
            if score > best_score:
                best_score, best_intent = score, intent
        if best_score >= WHOLE_MATCH_SCORE:
            return best_intent, ""
        for pattern, intent in self._patterns:  # longest first
            if text.startswith(pattern + " "):
                return intent, text[len(pattern) + 1 :]
        return None, ""

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

    def match(self, analysis: Analysis) -> SmalltalkIntent | None:
        """The intent when the whole text is small talk, or it opens with small talk and
        says nothing the knowledge base knows about."""
        text = analysis.text
        if not text:
            return None
        best_score, best_intent = 0.0, None
        for pattern, intent in self._patterns:
            score = fuzz.ratio(text, pattern)
            if score > best_score:
                best_score, best_intent = score, intent
        if best_score >= WHOLE_MATCH_SCORE:
            return best_intent
        if any(term.known for term in analysis.terms):
            return None
        for pattern, intent in self._patterns:
            if text == pattern or text.startswith(pattern + " "):
                return intent
        return None

"""Greetings, thanks and the like: recognised apart from the FAQ, never confused with it."""

from __future__ import annotations

import bisect

from rapidfuzz import fuzz, process

from bot.qa.analyzer import Analysis, Analyzer
from bot.qa.kb import SmalltalkIntent
from bot.qa.morph import shared_morphology
from bot.qa.text import QUESTION_OPENERS

WHOLE_MATCH_SCORE = 85.0
# Words that carry on the phrase before them rather than start a question of their own: «ты бот или
# человек» asks one small-talk question, not «человек».
ALTERNATIVES = frozenset({"или", "либо", "or", "әлде", "немесе"})
# What thanks are for: «спасибо за подробное разъяснение» thanks for the explanation, it does not ask
# about it (unless a question follows: «спасибо за ответ, а кто выступал?»).
THANKED_FOR = frozenset({"за", "for"})
# "Whom do I have the pleasure of speaking with?", «С кем я сейчас общаюсь?»: who the user speaks
# with is the bot (SmalltalkMatcher.speaking_with): a who-word, the first person, a verb of conversing
WHO_ARE_YOU = "who_are_you"
WHO_WORDS = frozenset({"кто", "кем", "who", "whom"})
FIRST_PERSON = frozenset({"i", "me", "я", "мной", "мне", "меня"})
CONVERSING = frozenset(
    {"speak", "talk", "chat", "говорить", "разговаривать", "общаться", "беседовать", "переписываться"}
)

# «Как к вам обращаться?», «Как тебя зовут?», "What should I call you?": a verb or noun of naming
# or addressing whose person is the bot (the second person) asks the bot's name
SECOND_PERSON = frozenset({"вас", "вам", "тебя", "тебе", "you", "your"})
ADDRESSING = frozenset({"обращаться", "звать", "называть", "call", "address", "name", "имя"})


class SmalltalkMatcher:
    def __init__(self, intents: tuple[SmalltalkIntent, ...], analyzer: Analyzer) -> None:
        patterns: list[tuple[str, SmalltalkIntent]] = []
        for intent in intents:
            for pattern in intent.patterns:
                text = analyzer.folded(pattern)
                if text:
                    patterns.append((text, intent))
        patterns.sort(key=lambda item: len(item[0]), reverse=True)  # longest first
        self._is_content_word = analyzer.is_content_word
        self._is_stopword = analyzer.is_stopword
        self._analyzer = analyzer
        self._who_are_you = next((i for i in intents if i.id == WHO_ARE_YOU), None)
        self._texts = [text for text, _ in patterns]
        self._shortest_first = [-len(text) for text in self._texts]  # ascending, for bisect
        self._intents = [intent for _, intent in patterns]
        self._by_first_word: dict[str, list[int]] = {}
        for position, text in enumerate(self._texts):
            self._by_first_word.setdefault(text.split(" ", 1)[0], []).append(position)

    def match(self, analysis: Analysis) -> tuple[SmalltalkIntent | None, str]:
        """The small-talk intent of the text and what follows it: "" when the whole text is small
        talk («рахмет, түсінікті», «ты бот или человек» too), the rest when small talk only opens
        it («добрый день, кто участвовал?»)."""
        return self._match_text(analysis.text)

    def _match_text(self, text: str) -> tuple[SmalltalkIntent | None, str]:
        if not text:
            return None, ""
        whole = self._whole_or_core(text)
        if whole is not None:
            return whole, ""
        for position in self._by_first_word.get(text.split(" ", 1)[0], ()):
            pattern = self._texts[position]
            if text.startswith(pattern + " "):
                rest = text[len(pattern) + 1 :]
                first = rest.split(" ", 1)[0]
                carried_on = first in ALTERNATIVES or (
                    first in THANKED_FOR and QUESTION_OPENERS.isdisjoint(rest.split(" "))
                )
                if not carried_on and self._continues(pattern, rest):
                    continue
                small_talk_too = carried_on or self._all_small_talk(rest)
                return self._intents[position], "" if small_talk_too else rest
        return None, ""

    def speaking_with(self, analysis: Analysis) -> SmalltalkIntent | None:
        """ "Whom do I have the pleasure of speaking with?", «Кто со мной разговаривает?»: a who-question
        whose verb of conversing has the user (the first person) for its subject or partner asks who
        the bot is; its «speak» is not the speech the documents report («Кто выступал?»). Only when no
        other word the knowledge base knows is asked ("Who am I talking to about the preamble?")."""
        found = analysis.words
        if self._who_are_you is not None and (named := self._naming_the_bot(analysis)):
            return named
        if self._who_are_you is None or not (
            WHO_WORDS.intersection(found) and FIRST_PERSON.intersection(found)
        ):
            return None
        morphology = shared_morphology()
        asking = next(i for i, w in enumerate(found) if w in WHO_WORDS)
        verb = next((i for i, w in enumerate(found) if morphology.info(w).lemma in CONVERSING), -1)
        # the user between the who-word and the verb: "am I speaking", «со мной говорит»; not
        # "could you tell me who spoke", which asks who spoke
        if not FIRST_PERSON.intersection(found[asking + 1 : verb]):
            return None
        verbs = self._analyzer.analyse(found[verb]).values
        if any(t.known and t.value not in verbs for t in analysis.terms):
            return None
        return self._who_are_you

    def _naming_the_bot(self, analysis: Analysis) -> SmalltalkIntent | None:
        """«Добрый день, как к вам обращаться?», «Как тебя зовут?»: a word of naming or addressing
        with the bot (the second person) beside it asks who the bot is, not who the documents name
        («Как зовут спикера?» has no «вас»); only when no other word the knowledge base knows is
        asked («Как к вам обращаться по поводу реформы?» asks of the reform)."""
        found = analysis.words
        if SECOND_PERSON.isdisjoint(found):
            return None
        morphology = shared_morphology()
        naming = [w for w in found if morphology.info(w).lemma in ADDRESSING]
        if not naming:
            return None
        own = {v for w in naming for v in self._analyzer.analyse(w).values}
        if any(t.known and t.value not in own for t in analysis.terms):
            return None
        return self._who_are_you

    def _all_small_talk(self, rest: str) -> bool:
        """Small talk after small talk is small talk too: "good morning, bye for now" greets and
        takes leave, it asks nothing about "now"."""
        if self._whole_or_core(rest) is not None:
            return True
        intent, after = self._match_text(rest)
        return intent is not None and not after

    @staticmethod
    def _continues(pattern: str, rest: str) -> bool:
        """«Сколько времени продлится обсуждение?», «как дела с персональными данными»: a small-talk
        question followed by words that ask nothing new is one longer question that begins like
        small talk, not small talk before a question."""
        asks = QUESTION_OPENERS.intersection
        return bool(asks(pattern.split(" "))) and not asks(rest.split(" "))

    def _whole_or_core(self, text: str) -> SmalltalkIntent | None:
        """The intent of the whole text, or of its words without the function words around them
        («ну всё, понятно» is «понятно»; «а кто ты» stays as typed), or without its fillers and
        familiar addresses only («бро как дела» is «как дела», whose «как» the core would lose)."""
        whole = self._whole(text)
        if whole is not None:
            return whole
        core = " ".join(w for w in text.split(" ") if self._is_content_word(w))
        if core and core != text and (found := self._whole(core)) is not None:
            return found
        unfilled = " ".join(w for w in text.split(" ") if not self._is_stopword(w))
        return self._whole(unfilled) if unfilled and unfilled not in (text, core) else None

    def _whole(self, text: str) -> SmalltalkIntent | None:
        # fuzz.ratio is at most 100 * (1 - |a - b| / (a + b)) for lengths a, b: only patterns of a length
        # within this band can reach the cutoff (a slightly wider band: the scorer decides)
        band = (100 - WHOLE_MATCH_SCORE + 1) / 100
        low = bisect.bisect_left(self._shortest_first, -len(text) * (1 + band) / (1 - band))
        high = bisect.bisect_right(self._shortest_first, -len(text) * (1 - band) / (1 + band))
        found = process.extractOne(
            text, self._texts[low:high], scorer=fuzz.ratio, score_cutoff=WHOLE_MATCH_SCORE
        )
        return self._intents[low + found[2]] if found is not None else None

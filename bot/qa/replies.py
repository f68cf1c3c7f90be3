"""Building a Reply: an entry's answer, a question asking which of two entries is meant, a decline,
small talk; and the entries they suggest and match, in the asker's language."""

from __future__ import annotations

from collections.abc import Sequence

from bot.qa.candidates import Candidate
from bot.qa.kb import Entry, KnowledgeBase, SmalltalkIntent
from bot.qa.models import DeclineKind, Lang, Match, Reply, Suggestion
from bot.qa.thresholds import MAX_SUGGESTIONS


class ReplyBuilder:
    """The replies of the engine over one knowledge base (its entries and its reply texts)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    @staticmethod
    def smalltalk(query: str, intent: SmalltalkIntent, lang: Lang) -> Reply:
        return Reply(
            query=query,
            kind="smalltalk",
            answer=intent.reply.get(lang),
            note=f"smalltalk:{intent.id}",
            lang=lang,
        )

    def entry_reply(
        self, query: str, entry: Entry, top: Candidate | None, runner_up: Candidate | None, lang: Lang
    ) -> Reply:
        translation = entry.translations.get(lang) if lang != "ru" else None
        return Reply(
            query=query,
            kind="answer",
            answer=translation.answer if translation else entry.answer,
            quotes=self.kb.quotes_of(entry),
            entry_id=entry.id,
            score=round(min(top.score, 100.0), 1) if top else 100.0,
            suggestions=self.suggest(entry.related, lang),
            matched=self.match(top)
            if top
            else Match(entry_id=entry.id, question=entry.canonical_question, score=100),
            runner_up=self.match(runner_up) if runner_up else None,
            lang=lang,
        )

    def clarify(self, query: str, top: Candidate, runner_up: Candidate, lang: Lang) -> Reply:
        return Reply(
            query=query,
            kind="clarify",
            answer=self.kb.replies.clarify.get(lang),
            score=round(min(top.score, 100.0), 1),
            suggestions=self.suggest([top.entry_id, runner_up.entry_id], lang),
            matched=self.match(top),
            runner_up=self.match(runner_up),
            note="close candidates",
            lang=lang,
        )

    def decline(
        self,
        query: str,
        kind: DeclineKind,
        candidates: Sequence[Candidate],
        close: list[Candidate],
        lang: Lang,
    ) -> Reply:
        nearest = [c.entry_id for c in close]
        replies = self.kb.replies
        text = {
            "off_topic": replies.off_topic,
            "not_in_document": replies.not_in_document,
            "not_found": replies.not_found_nearby if nearest else replies.not_found,
        }[kind]
        top = candidates[0] if candidates else None
        return Reply(
            query=query,
            kind="none",
            answer=text.get(lang),
            score=round(min(top.score, 100.0), 1) if top else 0.0,
            suggestions=self.suggest(nearest, lang),
            matched=self.match(top) if top else None,
            runner_up=self.match(candidates[1]) if len(candidates) > 1 else None,
            note=DECLINE_NOTES[kind],
            lang=lang,
            decline=kind,
        )

    def suggest(self, entry_ids: list[str] | tuple[str, ...], lang: Lang) -> tuple[Suggestion, ...]:
        out = []
        for entry_id in entry_ids[:MAX_SUGGESTIONS]:
            entry = self.kb.by_id[entry_id]
            out.append(Suggestion(entry_id=entry.id, question=question_in(entry, lang)))
        return tuple(out)

    def match(self, candidate: Candidate) -> Match:
        question = candidate.question or self.kb.by_id[candidate.entry_id].canonical_question
        return Match(
            entry_id=candidate.entry_id, question=question, score=round(min(candidate.score, 100.0), 1)
        )


DECLINE_NOTES: dict[DeclineKind, str] = {
    "off_topic": "not about the document",
    "not_found": "no entry covers the question",
    "not_in_document": "the subject is in the document, the detail asked is not",
}


def question_in(entry: Entry, lang: Lang) -> str:
    translation = entry.translations.get(lang) if lang != "ru" else None
    return translation.questions[0] if translation and translation.questions else entry.canonical_question


def asked(part: str) -> str:
    """A question as the reply names it: from a capital letter, ending in its question mark
    («кто там выступал» of «Когда был круглый стол и кто там выступал?» → «Кто там выступал?»)."""
    text = part.strip().rstrip(".,;:!?—– ")
    return f"{text[:1].upper()}{text[1:]}?" if text else text

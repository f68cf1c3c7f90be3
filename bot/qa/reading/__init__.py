"""How a question is read before it is ranked: which kinds of question it asks (who, when, what
someone said…) and which of its words are what it asks about. Each pass reads one construction
(«кроме X», «X или Y», «в двух словах», the document's own date…) and returns the analysis the engine
ranks; none of them looks at entries or scores (bot/qa/engine.py decides).

The passes, by concern: people.py (who, whom, whose, which members or bodies), claims.py (claims
checked, how a thing is described or judged), sayings.py (what someone said), dangers.py (what is
feared, warned of or avoided), form.py (requests, brevity, items of a list, a term's length), piece.py
(the piece being read), scope.py (what is left out, the documents' whole), alternatives.py («X или Y»),
dates.py (when), asker.py (the asker's own sentence before the question), kazakh_nouns.py,
frames.py; reader.py applies them in order over the shared
context.py; splitting.py tells the clauses of a question asking several things."""

from bot.qa.reading.claims import checks_claim
from bot.qa.reading.context import WHICH_WORDS
from bot.qa.reading.piece import place_in_piece, place_phrases
from bot.qa.reading.reader import QuestionReader
from bot.qa.reading.splitting import (
    after_leading_doubt,
    asks_nothing,
    asks_several,
    clauses,
    coordinated_nouns,
    coordinated_phrases,
    elaborates,
    relative_clause,
)

__all__ = [
    "WHICH_WORDS",
    "QuestionReader",
    "after_leading_doubt",
    "asks_nothing",
    "asks_several",
    "checks_claim",
    "clauses",
    "coordinated_nouns",
    "coordinated_phrases",
    "elaborates",
    "place_in_piece",
    "place_phrases",
    "relative_clause",
]

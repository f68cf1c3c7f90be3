"""The decision's thresholds: the lexical score, the semantic one and the two combined, calibrated on
rows that include near-miss questions (docs/quality-history.md). The engine (bot/qa/engine.py), the
semantic rescue (rescue.py), the candidates (candidates.py), the declines (declines.py) and the
replies (replies.py) read them.
"""

# Lexical decision thresholds on the 0..100 score, calibrated on rows that include near-miss
# questions (see docs/quality-history.md): below ANSWER_MIN the lexical signal alone declines.
ANSWER_MIN = 52.0
# A question must be mostly about things the knowledge base knows (see Index.rank).
COVERAGE_MIN = 0.55
# Two different entries this close, neither of them sure: ask instead of guessing.
CLARIFY_MARGIN = 4.0
# Above this the lexical signal is sure on its own: no embedding is computed.
SURE = 80.0
# Two entries that both could answer and are this close on the lexical score: the embedding is
# asked which one the question means, and decides when it prefers one by PREFER_MARGIN (cosine).
TIE_MARGIN = 10.0
PREFER_MARGIN = 0.02
# ... unless the first one's best question matches the question's words this much more closely
# (weighted F1): «На чём сосредоточились участники?» is the first entry's question less the
# place, the runner-up's «На каких направлениях…» asks of something the question does not name.
WORDING_LEAD = 0.1
WORDED_AS = 0.85
# A question asking what an entry cannot answer (когда, где, сколько, кто, names, «кто ещё, кроме…»:
# every kind asked must be among the entry's question_kinds) keeps this share of its score, and
# never answers, whatever its score (index.KindMismatched): lowered, it is still offered and read by
# the declines, and the answering thresholds need not stay above a perfect match lowered (50).
KIND_MISMATCH_FACTOR = 0.5
SUGGESTION_MIN = 25.0
MAX_SUGGESTIONS = 3

# The semantic signal: cosine of e5 vectors. Its scale is narrow (unrelated questions reach 0.8),
# so it is mapped onto 0..100 between SEM_FLOOR and SEM_CEIL before it is combined.
SEM_FLOOR = 0.82
SEM_CEIL = 0.95
# The hybrid score: the lexical score and the semantic one, weighted.
LEX_WEIGHT = 0.5
SEM_WEIGHT = 0.5
HYBRID_ANSWER_MIN = 52.0
# When both signals put the same entry first, the lexical side need cover less of the question
# (generic verbs: «что ждёт…», «что планируют сделать с…»).
AGREE_COVERAGE_MIN = 0.4
# ... and the embedding must put that entry clearly first: this far above any other entry.
AGREE_MARGIN = 0.03
# ... or first by less, when the lexical signal too puts it clearly first (this far ahead of the
# next entry that answers otherwise): two signals each ranking the same entry first. Round 6
# measured 0.01 -> 0: two more right answers, no near-miss answered (docs/quality-history.md, round 6).
LEXICAL_LEAD = 10.0
AGREE_MARGIN_WITH_LEAD = 0.0
# ... and when each signal puts it first clearly (the lexical one LEXICAL_LEAD ahead, the embedding
# AGREE_MARGIN ahead), the lexical side need cover only this much: two independent signals agree
# («дата кр стола», «Is crime prevention part of the plans?»). Calibrated on every row set: the
# same answers gained from 0.1 to 0.3, none lost (docs/quality-history.md, round 6).
STRONG_COVERAGE_MIN = 0.25
# The embedding is computed for a readable question only when it can still change the decision:
# a lexical candidate within reach of answering (this score, AGREE_COVERAGE_MIN, subject, kind).
RESCUE_LEX_MIN = 42.0
# Alone (no lexical evidence at all, e.g. Kazakh or English before their translations), the
# semantic signal answers only when it is clearly above the rest.
SEM_ALONE_MIN = 0.90
SEM_MARGIN = 0.015
# Close enough to offer as "did you mean" / nearby topics.
SEM_CLOSE = 0.86
# Below this the question is unlike anything in the knowledge base.
SEM_ON_TOPIC = 0.84

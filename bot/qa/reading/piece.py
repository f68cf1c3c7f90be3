"""The piece being read (the press release, «материал», «текст»): a place in it, what the asker
judges by, the piece framing a question, and the wording of another thing («текст Преамбулы»)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.qa.analyzer import ENGLISH_ARTICLES, Analysis, Term
from bot.qa.morph import PREDICATE_POS, shared_morphology
from bot.qa.reading.context import ADJECTIVE_POS, ASKING_WHICH, ReaderContext
from bot.qa.reading.edits import less

# «судя по финалу текста», «если судить по релизу», "judging by the release": what the asker judges
# by (without_judged_by); so «если верить пресс-релизу», only of the piece read («если верить
# генпрокурору» names whose words are asked)
_PIECE = r"(?:сообщени|текст|релиз|пресс-релиз|материал|документ|публикаци)\w*"
_JUDGED_BY = re.compile(
    r"(?:судя\s+по|(?:если\s+)?судить\s+по|judging\s+(?:by|from))\s+[^,?.!;—–]+"
    rf"|если\s+верить\s+(?:(?:этому|данному)\s+)?{_PIECE}",
    re.IGNORECASE,
)
# «в заключительной (итоговой) части сообщения», «в конце текста», "at the end of the release": a place in the
# piece being read says where the answer is (without_judged_by), not what is asked; «в
# начале Основного закона» is the preamble, so «в начале» only of the piece itself
# («в самом начале текста»), and «в конце» alone only closing the question («что там было в конце?»:
# the end of what is read, with no whole of its own after it); so is how the piece opens or ends
# («Чем заканчивается пресс-релиз — …»),
# and its closing or opening paragraph ("according to the closing paragraph")
_ENGLISH_PIECE = r"(?:text|release|press\s+release|message|document)"
_PLACE_IN_PIECE = re.compile(
    r"\b(?:заключительн|завершающ|итогов|последн|финальн|конечн|перв|начальн)\w*\s+(?:част|абзац|строк)\w*"
    rf"(?:\s+{_PIECE})?"
    rf"|\bв\s+(?:самом\s+)?(?:конце|начале|финале|завершении)\s+{_PIECE}"
    # (closing the question with no whole after it, «…там было в конце?»: the end of what is read)
    r"|\bв\s+(?:самом\s+)?(?:конце|финале)(?=\s*[?.!…]*\s*$)"
    rf"|\b(?:заканчива|заверша|начина|открыва)\w*\s+{_PIECE}"
    rf"|\b(?:at|in)\s+the\s+(?:very\s+)?(?:end|beginning|final\s+part|closing\s+part|last\s+paragraph)\s+of\s+"
    rf"the\s+{_ENGLISH_PIECE}"
    r"|\b(?:closing|final|last|opening|first|concluding)\s+(?:paragraph|lines?|sentences?)"
    rf"(?:\s+of\s+the\s+{_ENGLISH_PIECE})?",
    re.IGNORECASE,
)
# a word naming the piece itself, after a part of it («в первой части текста»)
_PIECE_WORD = re.compile(_PIECE, re.IGNORECASE)
# a part named with its whole after it in the genitive, singular or plural (_places)
GENITIVE_CASES = frozenset({("gent", False), ("gent", True)})
# the words of a place in the piece that name its opening (the rest name its end): see place_in_piece
_OPENING_PLACE = re.compile(r"перв|начал|начина|открыва|beginning|opening|first", re.IGNORECASE)
# «Говорит ли что-нибудь материал о правах человека?», «какой президент упоминается в документе?»: a
# word for the piece being read, in the singular, frames a question that names something else (see
# without_the_piece); in the plural they are things of their own («архивные материалы, документы»).
# «Текст» only with no noun after it («согласно тексту», «в тексте»): «текст преамбулы» is the wording
# of something else; so «статья» («в статье», «по статье»: the piece read as an article), which with a
# noun or a number after it is an article of a law («в статье Конституции», «в статье 5»), and so is
# one about a thing («в статье о защите данных», see _article_referred_to). Each lemma
# with the term it gives («релиз» is read as the press release).
PIECE_WORDS = {
    "материал": ("материал",),
    "документ": ("документ",),
    "док": ("документ",),  # the chat word («в доке»), as synonyms.yaml reads «доки»
    "релиз": ("пресс релиз",),
    "пресс-релиз": ("пресс релиз",),
    "сообщение": ("сообщить",),
    "текст": ("текст",),
    "статья": ("статья",),
    # «как в оригинале сформулировано…»: the original, the source's own text (referred to alone)
    "оригинал": ("оригинал",),
    "releas": ("releas", "пресс релиз"),
    "document": ("document",),
}
_TOKEN = re.compile(r"\w+")
WORDING_PIECE = "текст"
WORDING_PIECE_EN = "text"
# "the wording of the Preamble": the English noun of a thing's words, asked as its text is; not of a
# thing named in quotes ("the wording of the "Law and Order" principle" is that name, which is quoted)
WORDINGS_EN = frozenset({WORDING_PIECE_EN, "wording"})
QUOTE_MARKS = frozenset('«"“')
# the piece words that name it only when referred to alone (_text_referred_to)
ARTICLE = "статья"
REFERRED_PIECES = frozenset({WORDING_PIECE, ARTICLE, "оригинал"})
WHICH_PIECE = frozenset({"какой", "который", "which"})
# «согласно тексту», «по тексту», «в тексте»: the prepositions that refer to the text being read
# (and «если верить тексту», as «согласно тексту»)
REFERRING = frozenset({"согласно", "по", "в", "во", "верить"})
PLURAL_ENDINGS = ("ы", "ов", "ам", "ами", "ах")
# those who wrote the piece, right before its name («авторы пресс-релиза», «составители текста»)
AUTHOR_LEMMAS = frozenset({"автор", "составитель"})
PRESS = "пресс"
# «Заң алдындағы теңдік құжатта қалай түсіндірілген?»: the Kazakh locative of the piece read («in the
# document», «in the text», «хабарламада»: in the message, the press release), which frames a question
# as «в документе» does (see without_the_piece)
KAZAKH_PIECE_PLACES = frozenset({"құжатта", "мәтінде", "хабарламада"})


def _places(question: str) -> list[re.Match[str]]:
    """The places in the piece the question names: not a part named with a whole of its own after
    it, in the genitive («в начальной части Конституции», «в последней части обсуждения»: a part of
    the Constitution, of the discussion, which is no place in the piece read)."""
    morphology = shared_morphology()
    places = []
    for found in _PLACE_IN_PIECE.finditer(question):
        after = _TOKEN.search(question, found.end())
        gap = question[found.end() : after.start()] if after is not None else ""
        whole = after is not None and not gap.strip() and not _PIECE_WORD.fullmatch(after.group())
        if whole and after is not None and morphology.case_of(after.group().casefold()) in GENITIVE_CASES:
            continue
        places.append(found)
    return places


def place_in_piece(question: str) -> str | None:
    """«в самом конце пресс-релиза», «Кто перечислен в начале текста?», "the closing paragraph":
    "start" or "end" when the question places its answer at the opening or the end of the piece
    read (the answer is what that paragraph says), else None."""
    found = next(iter(_places(question)), None)
    if found is None:
        return None
    return "start" if _OPENING_PLACE.search(found.group()) else "end"


def place_phrases(question: str) -> str:
    """The words of the places in the piece the question names («в заключительной части
    сообщения»), for telling whether it names anything else."""
    return " ".join(m.group() for m in _places(question))


def without_judged_by(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Какой должна стать модель, судя по финалу текста?», "judging by the release, …": what the
    asker judges by is where the answer is read, not what is asked (the words after «судя по» up
    to the clause's end); so is a place in the piece («в заключительной части сообщения», «в
    конце текста»). Only when a word the documents use is left; the verb of «если верить тексту» goes
    even when none is («Если верить тексту, назовите автора пресс-релиза»: the infinitive, left
    alone with the piece, would be read as what is asked of it)."""
    judged = _JUDGED_BY.search(question)
    found = [m.group() for m in (judged, *_places(question)) if m]
    if not found:
        return analysis
    if judged is not None and judged.group().casefold().startswith(IF_BELIEVED):
        believed = ctx.analyzer.analyse(BELIEVING).values
        kept = tuple(t for t in analysis.terms if t.value not in believed)
        if kept and len(kept) < len(analysis.terms):
            analysis = replace(analysis, terms=kept, values=frozenset(t.value for t in kept))
    frame = ctx.analyzer.analyse(" ".join(found)).values
    return less(analysis, frame)


# «если верить пресс-релизу» (_JUDGED_BY): its opening and its verb
IF_BELIEVED = "если"
BELIEVING = "верить"


def without_the_piece(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Говорит ли материал о правах человека?»: the piece being read («материал», «документ»,
    «релиз», «согласно тексту», in the singular) frames a question that names a noun or a concept
    of its own; what is asked about is that. «О чём сообщается в материале?» keeps it: nothing
    else is named, nor does «Какого числа опубликован пресс-релиз о круглом столе?»: a date asked
    with a verb the documents never use (опубликован, вышел) is the piece's own, when it came out
    («Когда в документе говорится о правах человека?» is about those). The piece's authors right
    before its name («по оценке авторов пресс-релиза») are its voice, the piece too."""
    morphology = shared_morphology()
    found = analysis.words
    if any(_which_discussed(found, i) for i in range(len(found))) and _only_the_discussion(ctx, analysis):
        return ctx.analyzer.analyse(WHICH_DOCUMENT)
    piece = {
        value
        for i, word in enumerate(found)
        if (lemma := morphology.info(word).lemma) in PIECE_WORDS
        and (not word.endswith(PLURAL_ENDINGS) or _of_the_event(ctx, found, i))
        # («проект какого документа»: which document a thing named is of, is asked)
        and not (
            i > 1
            and morphology.info(found[i - 1]).lemma in WHICH_PIECE
            and morphology.info(found[i - 2]).pos == "NOUN"
        )
        and (lemma not in REFERRED_PIECES or _text_referred_to(found, i))
        and (lemma != ARTICLE or _article_referred_to(found, i))
        # ("which document was discussed?": the document itself is asked)
        and not (i > 0 and found[i - 1] in ASKING_WHICH)
        and not _which_discussed(found, i)
        for value in PIECE_WORDS[lemma]
    }
    piece |= _authors_of_the_piece(ctx, found)
    piece |= _kazakh_piece_place(ctx, found)
    if not piece or ("when" in analysis.kinds and any(_unknown_verb(t) for t in analysis.terms)):
        return analysis
    kept = tuple(t for t in analysis.terms if t.value not in piece)
    if not any(t.known and t.pos in {"NOUN", None} for t in kept):
        return analysis
    return replace(analysis, terms=kept, values=frozenset(t.value for t in kept))


def _kazakh_piece_place(ctx: ReaderContext, found: tuple[str, ...]) -> set[str]:
    """«құжатта», «мәтінде»: the values of the Kazakh locative of the piece read, where the answer is
    read, not what is asked (only the locative: «құжат» as a subject, «қандай құжат», stays)."""
    places = [word for word in found if word in KAZAKH_PIECE_PLACES]
    return set(ctx.analyzer.analyse(" ".join(places)).values) if places else set()


# how many words after a plural piece word may name the event it is of («в материалах круглого стола»)
EVENT_OF_PIECE_SPAN = 2


def _of_the_event(ctx: ReaderContext, found: tuple[str, ...], i: int) -> bool:
    """«в материалах круглого стола», «по материалам мероприятия»: the plural of a piece word with the
    event right after it, in the genitive, names the pieces the event left (the press release), not
    things of their own («архивные материалы» stay)."""
    after = found[i + 1 : i + 1 + EVENT_OF_PIECE_SPAN]
    if not after or shared_morphology().case_of(after[0]) not in GENITIVE_CASES:
        return False
    return bool(ctx.analyzer.analyse(" ".join(after)).values & ctx.event)


# «Какой документ обсуждается?», «какой документ рассматривали»: the lemmas of discussing a thing
DISCUSSING = frozenset({"обсуждаться", "обсуждать", "рассматриваться", "рассматривать", "рассмотреть"})
DISCUSSED_SPAN = 3
DOCUMENT = "документ"
# what else a question of which document was discussed may name: its being discussed or talked of,
# and by whom; and the question it asks then (an about_document one: the draft the event discussed)
DISCUSSION_FRAME = "обсуждать обсуждаться рассматривать рассматриваться идти речь участник"
WHICH_DOCUMENT = "О чём был круглый стол?"


def _which_discussed(found: tuple[str, ...], i: int) -> bool:
    """«Какой документ обсуждается?», «Какой документ обсуждали на круглом столе?»: the piece's name
    after «какой», before a verb of discussing, asks which document was discussed (the draft), as
    "which document was discussed?" does, not what the piece being read says. «Какой документ
    подписали?» asks of no discussion: the piece there frames the question."""
    morphology = shared_morphology()
    return (
        i > 0
        and morphology.info(found[i]).lemma == DOCUMENT
        and morphology.info(found[i - 1]).lemma == "какой"
        and any(morphology.info(w).lemma in DISCUSSING for w in found[i + 1 : i + 1 + DISCUSSED_SPAN])
    )


def _only_the_discussion(ctx: ReaderContext, analysis: Analysis) -> bool:
    """«Какой документ обсуждается и о каком проекте идёт речь?»: nothing named but the discussion,
    the event, the documents' whole and the piece: the question is which document that is. «Какой
    документ обсуждали в прошлом году?» names a time of its own."""
    frame = ctx.analyzer.analyse(DISCUSSION_FRAME).values | ctx.event | ctx.wholes | ctx.pieces
    return analysis.values <= frame | ctx.collective


# «блок о равенстве перед законом», «раздел про цифровые решения»: a part of the piece read named by
# what it is about (a lemma of these, then «о», «об», «про»), see part_about
def _authors_of_the_piece(ctx: ReaderContext, found: tuple[str, ...]) -> set[str]:
    """«по оценке авторов пресс-релиза», «по словам составителей текста»: the piece's authors right
    before its name are its voice, the piece itself: the values of both (not the authors of the text
    of another thing: «автор текста проекта»)."""
    morphology = shared_morphology()
    values: set[str] = set()
    for i, word in enumerate(found[:-1]):
        if morphology.info(word).lemma not in AUTHOR_LEMMAS:
            continue
        named = found[i + 2] if found[i + 1] == PRESS and i + 2 < len(found) else found[i + 1]
        at = found.index(named, i)
        lemma = morphology.info(named).lemma
        if lemma in PIECE_WORDS and not (lemma in REFERRED_PIECES and _wording_of(found, at)):
            values |= ctx.analyzer.analyse(" ".join(found[i : at + 1])).values
    return values


PART_LEMMAS = frozenset({"блок", "раздел", "пункт", "параграф", "абзац"})
PART_ABOUT = frozenset({"о", "об", "обо", "про"})
PART_IN = frozenset({"в", "во"})  # «в разделе о…»: where a thing is read (_place_of_mention)


def part_about(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Расскажите подробнее про блок о равенстве всех перед законом»: a part of the piece read
    named by what it is about (a block, a section, a point «о X») asks about X; the part's noun is
    no subject of its own. Only when X is all the question names besides the part: «раздел о
    равенстве в Конституции» (a section of another text, which the documents do not describe) keeps
    its noun, and so does a part about what the documents never name («раздел о выборах»)."""
    found = analysis.words
    morphology = shared_morphology()
    parts = [
        i
        for i, word in enumerate(found[:-1])
        if morphology.info(word).lemma in PART_LEMMAS and found[i + 1] in PART_ABOUT
    ]
    if len(parts) != 1:
        return analysis
    frame = ctx.analyzer.analyse(found[parts[0]]).values
    about = ctx.analyzer.analyse(" ".join(found[parts[0] + 2 :])).terms
    # (the piece read, or its text, beside it is where the part is: «Как назван в тексте раздел о …?»)
    read = ctx.pieces | ctx.analyzer.analyse(WORDING_PIECE).values
    rest = [t for t in analysis.terms if t.value not in frame and t.value not in read]
    if not about or not all(t.known for t in about):
        return analysis
    alone = {t.value for t in rest} == {t.value for t in about}
    if not alone and not _place_of_mention(ctx, found, parts[0], about):
        return analysis
    return less(analysis, frame)


def _place_of_mention(ctx: ReaderContext, found: Sequence[str], at: int, about: Sequence[Term]) -> bool:
    """«Какие аналитические инструменты упоминаются в разделе о цифровых решениях?», «Что за
    гарантии названы в пункте о защите данных?»: the part, after «в», is where what is asked is
    read, named by a subject of the documents' own, so it is no subject either, whatever else the
    question asks (asked as itself: «Какие налоги упоминаются в разделе о цифровых решениях?»
    keeps its unknown tax). Not a part about their whole («в разделе о Конституции»: a section of
    another text)."""
    return at > 0 and found[at - 1] in PART_IN and not {t.value for t in about} & ctx.wholes


# «В каком из блоков говорится о X?», «Под каким заголовком…», «К какому тематическому блоку
# относится X?», "Under which heading…": a part of the piece read asked by a which-word (with «из»
# and adjectives between), see part_asked; the verb of belonging to it is no word of what is asked
PART_ASKED = PART_LEMMAS | frozenset(
    {"заголовок", "подзаголовок", "рубрика", "heading", "headings", "block", "blocks", "section", "sections"}
)
PART_WHICH = frozenset({"какой", "который", "which", "what"})
PART_WHICH_SPAN = 3
PART_OF = frozenset({"из", "of"})  # «в каком из блоков», "in which of the sections"
# the texts a part may be of besides the piece: the text itself and its list («пункт перечня»)
OWN_TEXTS = f"{WORDING_PIECE} список перечень"
BELONGING = "относится belongs"
MENTIONING = "говорится упоминается сказано написано mentioned deals covers"


def part_asked(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«В каком из блоков говорится о качестве юридического образования?», «К какому тематическому
    блоку относится профилактика?»: which part of the piece read (a block, a heading, a point) says
    X is what the piece says of X, whose entry names its part; the part's noun, its adjectives,
    the verb of belonging and of mentioning are no subject, nor is the place (kind `where`). Not a
    part of another text («В каком разделе Конституции…»: a noun in the genitive after it, other
    than the piece), and only when a noun the documents use is left, other than the piece, the
    event or the reform it reports («Под каким заголовком вышел пресс-релиз?», "Under which heading
    is the round table described?" ask the piece's own title, which no entry gives)."""
    found = analysis.words
    morphology = shared_morphology()
    for i, word in enumerate(found):
        if morphology.info(word).lemma not in PART_ASKED and word not in PART_ASKED:
            continue
        between = _asked_by_which(found, i)
        if between is None or _of_another_text(ctx, found, i):
            continue
        frame = " ".join((*between, word, BELONGING, MENTIONING))
        own = ctx.pieces | ctx.collective | ctx.wholes
        kept = less(analysis, ctx.analyzer.analyse(frame).values)
        if kept is analysis or not any(
            t.known and t.pos in {"NOUN", None} and t.value not in own for t in kept.terms
        ):
            return analysis
        return replace(kept, kinds=kept.kinds - {"where"})
    return analysis


def _asked_by_which(found: tuple[str, ...], i: int) -> tuple[str, ...] | None:
    """The adjectives between a which-word and the noun at `i` («к какому тематическому блоку»),
    when such a word asks it within PART_WHICH_SPAN words («в каком из блоков»), else None."""
    morphology = shared_morphology()
    between: list[str] = []
    for j in range(i - 1, max(i - 1 - PART_WHICH_SPAN, -1), -1):
        word = found[j]
        if word in PART_WHICH or morphology.info(word).lemma in PART_WHICH:
            return tuple(between)
        if word in PART_OF or word in ENGLISH_ARTICLES or morphology.info(word).pos in ADJECTIVE_POS:
            between.append(word)
            continue
        return None
    return None


def _of_another_text(ctx: ReaderContext, found: tuple[str, ...], i: int) -> bool:
    """«в каком разделе Конституции», «какой пункт из закона»: a noun in the genitive right after
    the part (or after «из») names the text it is a part of, other than the piece read or its list
    («в каком блоке пресс-релиза», «какой пункт перечня» are the piece's)."""
    at = i + 2 if i + 1 < len(found) and found[i + 1] in PART_OF else i + 1
    if at >= len(found) or not shared_morphology().genitive_noun(found[at]):
        return False
    own = ctx.pieces | ctx.analyzer.analyse(OWN_TEXTS).values
    return not ctx.analyzer.analyse(found[at]).values <= own


def wording_of(ctx: ReaderContext, question: str, analysis: Analysis) -> Analysis:
    """«Каков полный текст новой Преамбулы Конституции?», "the full text of the Preamble": the
    text of a thing other than the piece being read is that thing's wording, which the
    documents never give (they report what was said of it): «текст» there is no word they use,
    not the text an entry calls itself («Что это за текст?»), and the question is declined.
    «в тексте пресс-релиза», «согласно тексту» keep the piece read (without_the_piece); so does
    «включение в текст Конституции» (_put_into: putting a thing into the text of X puts it into X,
    which the documents do tell)."""
    found = analysis.words
    morphology = shared_morphology()
    for i, word in enumerate(found):
        english = word in WORDINGS_EN
        if not english and morphology.info(word).lemma != WORDING_PIECE:
            continue
        if english and word != WORDING_PIECE_EN and not QUOTE_MARKS.isdisjoint(question):
            continue
        if _put_into(ctx, found, i):
            return less(analysis, ctx.analyzer.analyse(word).values)
        after = list(found[i + 1 :])
        if english:
            if after[:1] != ["of"]:
                continue
            after = after[1:]
        # the noun it is the text of, after the adjectives («новой Преамбулы», "the new Preamble")
        at = next(
            (
                j
                for j, w in enumerate(after)
                if w not in ENGLISH_ARTICLES and morphology.info(w).pos not in ADJECTIVE_POS
            ),
            None,
        )
        # (a Russian noun in the genitive: «упоминается ли в тексте президент» names the president;
        # an abbreviation in capitals shows no case: «в тексте ИИ» names artificial intelligence)
        if at is None or not (
            morphology.genitive_noun(after[at]) and not _abbreviation(question, after[at])
            if not english
            else morphology.info(after[at]).pos in {"NOUN", None}
        ):
            continue
        if ctx.analyzer.analyse(" ".join(after[at : at + 2])).values & ctx.pieces:
            continue  # «текст пресс-релиза»: the piece read itself
        wording = {WORDING_PIECE, WORDING_PIECE_EN} | ctx.analyzer.analyse(word).values
        # (as a noun: the English stem of "wording" is read as the verb "word")
        terms = tuple(
            replace(t, known=False, pos="NOUN") if t.value in wording else t for t in analysis.terms
        )
        return replace(analysis, terms=terms)
    return analysis


# «включение в текст Конституции», «внести в текст»: «в» and a verb or noun of putting a thing in a
# text (synonyms.yaml reads them as the text's «закрепить») right before it (_put_into)
INTO = frozenset({"в", "во", "into"})
PUTTING = "закрепить"


def _put_into(ctx: ReaderContext, found: tuple[str, ...], i: int) -> bool:
    """«после его включения в текст Конституции»: «текст» after «в» and a word of putting a thing
    in: what is put into the text of X is put into X («текст» names no wording asked)."""
    if i < 2 or found[i - 1] not in INTO:
        return False
    return bool(ctx.analyzer.analyse(found[i - 2]).values & ctx.analyzer.analyse(PUTTING).values)


def _abbreviation(question: str, word: str) -> bool:
    """The word is written in the question in capitals («ИИ», «СМИ»): an abbreviation, which
    Russian does not inflect, so its ending (read as «Ии», a name, in the genitive) tells no case."""
    return any(
        token.isupper() and len(token) > 1 and token.casefold() == word for token in _TOKEN.findall(question)
    )


def _text_referred_to(found: tuple[str, ...], i: int) -> bool:
    """«согласно тексту», «в тексте»: «текст» after a preposition that refers to it, with no noun after
    it («в тексте преамбулы» is the wording of something else)."""
    after = i + 1 == len(found) or (
        shared_morphology().info(found[i + 1]).pos != "NOUN" and not found[i + 1][0].isdigit()
    )
    return i > 0 and found[i - 1] in REFERRING and (after or _subject_after(found, i))


def _wording_of(found: tuple[str, ...], i: int) -> bool:
    """«автор текста проекта Конституции», «текста Основного Закона»: «текст» (or «статья») with a
    genitive after it is the wording of that thing, another text than the piece read."""
    return i + 1 < len(found) and shared_morphology().case_of(found[i + 1]) in GENITIVE_CASES


def _article_referred_to(found: tuple[str, ...], i: int) -> bool:
    """«в статье» as the piece read: not «в статье о защите данных», an article (of a law) on a
    thing."""
    return i + 1 == len(found) or found[i + 1] not in PART_ABOUT


def _subject_after(found: tuple[str, ...], i: int) -> bool:
    """«Упоминаются ли в тексте нейросети…?»: a noun after «текст» that may be the plural subject of
    the question's plural verb before it, when no later noun may be a plural nominative the verb could
    take instead («Упоминаются ли в тексте преамбулы права человека?» keeps the Preamble's wording)."""
    morphology = shared_morphology()
    verb = any(morphology.plural_verb(word) for word in found[:i])
    later = any(morphology.may_be_plural_subject(word) for word in found[i + 2 :])
    return verb and not later and morphology.may_be_plural_subject(found[i + 1])


def _unknown_verb(term: Term) -> bool:
    """A verb (or its participle) the knowledge base never uses, a real word."""
    return not term.known and term.real_word and term.pos in PREDICATE_POS


# «согласно материалу», «по тексту», «в релизе»: the word right before a piece word that refers to
# the piece read, left out with it (without_the_piece_words)
_REFERRING_TO_PIECE = REFERRING | {
    *("судя", "опираясь", "на", "этот", "этом", "этому", "данный", "данном", "данному"),
    "если",  # «если верить пресс-релизу» (_JUDGED_BY)
}


def without_the_piece_words(analysis: Analysis) -> tuple[str, ...]:
    """The question's words less the piece read where a reading took it out as a frame («Что,
    согласно материалу, требуется…»: without «согласно материалу»), for the embedding: the frame
    says where the answer is read, and the words of a piece move a question towards the entries
    about the press release. A piece word still asked about (a value of the analysis) stays, and so
    does one not referred to by a word before it («Каков полный текст пресс-релиза?»: its owner)."""
    morphology = shared_morphology()
    found = analysis.words
    dropped: set[int] = set()
    for i, word in enumerate(found):
        lemma = morphology.info(word).lemma
        if lemma not in PIECE_WORDS or word.endswith(PLURAL_ENDINGS):
            continue
        if not analysis.values.isdisjoint(PIECE_WORDS[lemma]):
            continue
        j = i - 1 if i > 0 and found[i - 1] == PRESS else i
        if j == 0 or found[j - 1] not in _REFERRING_TO_PIECE:
            continue
        while j > 0 and found[j - 1] in _REFERRING_TO_PIECE:
            j -= 1
        dropped.update(range(j, i + 1))
    return tuple(w for i, w in enumerate(found) if i not in dropped) if dropped else found

"""Which language a question is written in: Russian, Kazakh or English, when the text tells.

Kazakh-specific letters (ә ғ қ ң ө ұ ү һ і) or Kazakh function words (in Cyrillic or Latin) mean
Kazakh; Latin text is English when it reads as English words rather than transliterated Russian or
Russian typed on the wrong keyboard layout (the analyzer tells these apart: it turns the latter
into Cyrillic). None means the text does not say (digits, a name, punctuation).
"""

from __future__ import annotations

import re

from bot.qa.kazakh import YES_NO_PARTICLES, closing_past_verb, closing_present_future
from bot.qa.models import Lang
from bot.qa.morph import shared_morphology
from bot.qa.text import RUSSIAN_ASKING, fold, words
from bot.qa.translit import to_cyrillic


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһі]")
# «q» is not among them: English has it too (equality, question).
_KAZAKH_LATIN_LETTERS = re.compile(r"[äğñöūüıș]")
# Kazakh typed without its own letters (қорғау -> коргау), as people on a Russian keyboard do.
PLAIN_KAZAKH = str.maketrans("әғқңөұүһі", "агкноуухи")
# Frequent Kazakh words that are spelt with Russian letters only (or in the Latin alphabet).
_KAZAKH_WORDS = _word_set(
    """
    деді туралы қандай кім қашан неге неліктен қалай бойынша және мен мен бе ма ме па пе ба
    турали кандай нелiктен калай айтты айтылды болды болады жок жоқ ол бұл осы сол керек
    турасында жайлы жайында кимдер кімдер неше канша өзі үшін қайда қанша деген емес арқылы қатысты
    жазылады жазылды қай
    turaly qandai qandaı kim qashan nege qalai boiynsha jane zhane dedi aitty bar joq kerek
    """
)
# («қай», which: the asking word of «қай күні», «қай жерде», as «қандай» is)
# ... and each as typed without its Kazakh letters («деді» as «деди», «өзі» as «ози»), but «кім»:
# typed so it is the surname Ким («Кто такой Ким?»)
_KAZAKH_WORDS |= frozenset(w.translate(PLAIN_KAZAKH) for w in _KAZAKH_WORDS) - {"ким"}
# Kazakh verbs that close a question and spell no Russian word («Асылов не деди?»: one tells Kazakh)
# («Преамбулаға не жазылады?»: what is written into it)
_KAZAKH_CLOSING_VERBS = _word_set("деді айтты айтылды болды болады жазылады жазылды dedi aitty")
_KAZAKH_CLOSING_VERBS |= frozenset(w.translate(PLAIN_KAZAKH) for w in _KAZAKH_CLOSING_VERBS)
# «кім» typed as «ким» closing a question after another word («Бас прокурор ким?»: Kazakh puts its
# asking word last) is Kazakh, unless a Russian asking word says the «Ким» is the surname («Кто такой
# Ким?») (_closing_who)
PLAIN_WHO = "ким"
_RUSSIAN_ASKING = _word_set(RUSSIAN_ASKING) | _word_set("что какое такой такая")
# «Зейнеткерлер не алады?» (what will pensioners get): a Kazakh present-future closing the question
# (kazakh.closing_present_future), no Russian word, with Kazakh «не» (what) or another word no Russian
# dictionary knows before it (closing_present)
KAZAKH_WHAT = "не"
_ENGLISH_WORDS = _word_set(
    """
    the a an of to in on at by for with about from what who whom whose when where why how which
    is are was were be been do does did will would can could should has have had it its this that
    these those there their they he she his her we you i me my our your and or not no yes any
    tell said say says about main why round table took take place held part prosecutor general
    president parliament constitution reform rights law order data digital personal public
    """
)


def detect(text: str, repaired: str, kazakh_words: frozenset[str] = frozenset()) -> Lang | None:
    """The language of `text`; `repaired` is the analyzer's reading of it (Latin turned into
    Cyrillic where it was transliterated Russian or the wrong layout); `kazakh_words` are more
    Kazakh words, also as typed without Kazakh letters (the knowledge base's translations)."""
    folded = fold(text)
    if _KAZAKH_LETTERS.search(folded) or _KAZAKH_LATIN_LETTERS.search(folded):
        return "kk"
    tokens = [w for w in words(folded) if not w.isdigit()]
    if not tokens:
        return None
    kazakh = sum(w in _KAZAKH_WORDS or w in kazakh_words for w in tokens)
    latin = [w for w in tokens if w.isascii()]
    cyrillic = len(tokens) - len(latin)
    if latin and len(latin) >= cyrillic:
        kept = set(words(fold(repaired)))
        still_latin = [w for w in latin if w in kept]
        # a lone «i» or «a» is as likely a transliterated Russian «и», «а»
        english = sum(w in _ENGLISH_WORDS and len(w) > 1 for w in latin)
        if kazakh and kazakh * 3 >= len(latin) and english <= kazakh:
            return "kk"
        # Kazakh in informal Latin letters («Bas prokurordyn aty-zhoni kim?»): read back in Cyrillic
        # as a transliteration is, it is the Kazakh typed without its letters that _plain_kazakh tells
        if english * 4 < len(latin) and _plain_kazakh([to_cyrillic(w) for w in tokens], kazakh_words):
            return "kk"
        if english * 4 >= len(latin) or len(still_latin) * 2 > len(latin):
            return "en"
        return "ru"
    if _plain_kazakh(tokens, kazakh_words):
        return "kk"
    # one Cyrillic word (a name, a term: «Асылов», «генпрокурор») does not tell the language
    return "ru" if cyrillic > 1 else None


def _plain_kazakh(tokens: list[str], kazakh_words: frozenset[str]) -> bool:
    """Kazakh typed on a Russian keyboard, whose plain spellings read as Russian words too («жана»
    for «жаңа»): Kazakh puts its verb last, so a Kazakh word closing the question («…туралы не
    деди?») with another before it tells it, as do a third of its words being Kazakh, a closing
    yes/no particle, «ким» or a Kazakh present-future."""
    kazakh = sum(w in _KAZAKH_WORDS or w in kazakh_words for w in tokens)
    last_kazakh = tokens[-1] in _KAZAKH_WORDS or tokens[-1] in kazakh_words
    if kazakh and (
        kazakh * 3 >= len(tokens)
        or tokens[-1] in YES_NO_PARTICLES
        or (kazakh >= 2 and last_kazakh)
        or tokens[-1] in _KAZAKH_CLOSING_VERBS
    ):
        return True
    return _closing_who(tokens) or closing_present(tokens) or (kazakh > 0 and _closing_past(tokens))


# the endings of the Kazakh future of intent («енгізілмек»: is to be put in), also as typed without
# Kazakh letters («-мак» for «-мақ»): see _closing_past
INTENDED_ENDINGS = ("мақ", "мек", "бақ", "бек", "пақ", "пек", "мак", "бак", "пак")
MIN_INTENDED_STEM = 3


def _closing_past(tokens: list[str]) -> bool:
    """«Бас прокурор кандай бастама котерди?»: a Kazakh past verb closes the question («көтерді»
    typed «котерди»), or one of what is meant to be done («енгізілмек», typed «енгизилмек»), no
    word of the Russian dictionary (not «пойди», «найди»); with a Kazakh word before it, it tells
    Kazakh, as a closing present-future does (closing_present)."""
    last = tokens[-1]
    closing = bool(closing_past_verb(tokens)) or (
        last.endswith(INTENDED_ENDINGS) and len(last) - 3 >= MIN_INTENDED_STEM
    )
    return closing and not shared_morphology().is_russian(last)


def _closing_who(tokens: list[str]) -> bool:
    """«Бас прокурор ким?»: «ким» (the Kazakh «кім» without its letter) last, after another word, with
    no Russian asking word in the question: Kazakh asks who last, Russian asks «кто» first."""
    return len(tokens) > 1 and tokens[-1] == PLAIN_WHO and _RUSSIAN_ASKING.isdisjoint(tokens)


def closing_present(tokens: list[str]) -> bool:
    """«Зейнеткерлер не алады?»: a Kazakh present-future («алады») closes the question, spelt with
    Russian letters only, no word of the Russian dictionary (but see below for «береди»); and before
    it Kazakh «не» (what) or another word that dictionary does not know («зейнеткерлер»): Kazakh
    typed without its own letters, whose words read as Russian nouns («алда») otherwise."""
    if len(tokens) < 2:
        return False
    last, before = tokens[-1], tokens[:-1]
    if not closing_present_future(tokens):
        return False
    morphology = shared_morphology()
    unknown = [w for w in before if w.isalpha() and not morphology.is_russian(w)]
    if morphology.is_russian(last):
        # «…карапайым адамдарга не береди?»: a verb that is also a Russian form («береди»), right
        # after «не» (Kazakh asks what right before its verb), with a word no Russian dictionary
        # knows before them: Russian «не береди» (do not stir) has Russian words around it
        return before[-1] == KAZAKH_WHAT and bool(unknown)
    return KAZAKH_WHAT in before or bool(unknown)

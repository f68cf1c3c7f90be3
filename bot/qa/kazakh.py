"""A light Kazakh stemmer: inflectional endings stripped, so that a question's word forms meet the
knowledge base's («қатысушылар», «қатысушыларға», «қатысты» -> «қатыс»; «кімнің» -> «кім»).

Kazakh is agglutinative: a noun takes plural, possessive and case endings one after another, a verb
tense and person endings. No maintained Kazakh stemmer is on PyPI (Snowball has none; the FST
analysers need resources downloaded at run time), so this strips the common endings from the end of
the word, longest first, while a stem of at least MIN_STEM letters remains. It over-stems now and
then; both sides of a match are stemmed alike, which is what matching needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

KAZAKH_LETTERS = re.compile(r"[әғқңөұүһі]")
# the particles closing a Kazakh yes-or-no question («…болды ма?», «…мақұлдады ма?»)
YES_NO_PARTICLES = frozenset({"ма", "ме", "ба", "бе", "па", "пе"})
# the endings of the Kazakh present-future a verb takes before that particle («көше ме», «бола ма»,
# «жасай ма»): see verbs_before_particle
PRESENT_ENDINGS = ("а", "е", "й")
MIN_STEM = 3
# the endings of the Kazakh past a verb closing a question takes («берді», «айтты»), also as typed
# without Kazakh letters («берди», «айтти»): see closing_past_verb
PAST_ENDINGS = ("ды", "ді", "ди", "ты", "ті", "ти")
# ... not the present-future's («енеді», «болады»: it will)
FUTURE_ENDINGS = ("еді", "еди", "ады", "йды", "йді", "йди")
# the participle of «while» («талқылағанда»: while discussing), a verb inside the question, its object
# before it (scope.event_topic, kazakh_nouns.kazakh_object)
KAZAKH_WHILE = ("ғанда", "генде", "қанда", "кенде")
# «бұзушылықтарға» (to offences) takes five endings (-у -шы -лық -тар -ға): four left «бұзу», which
# the dative singular «бұзушылыққа» (four) does not share
MAX_STRIPS = 5


def _listed(*groups: str) -> tuple[str, ...]:
    return tuple(word for group in groups for word in group.split())


# Endings, longest tried first.
_SUFFIXES = tuple(
    sorted(
        set(
            _listed(
                # case: genitive, dative, accusative, locative, ablative, instrumental
                "ның нің дың дің тың тің",
                "ға ге қа ке на не ына іне",
                "ны ні ды ді ты ті ын ін",
                "да де та те нда нде ында інде",
                "дан ден тан тен нан нен ынан інен",
                "мен бен пен менен бенен пенен",
                # the locative made an attribute («тізімдегі», "in the list"; «Конституциядағы»)
                "дағы дегі тағы тегі ндағы ндегі",
                # possessive (the first person's «-ым/-ім» only after the plural: see _MY)
                "ым ім ың ің ы і сы сі мыз міз ымыз іміз ңыз ңіз ыңыз іңіз",
                # plural
                "лар лер дар дер тар тер",
                # verbs: past, participles, present, verbal noun, conditional
                "ды ді ты ті дық дік тық тік ған ген қан кен атын етін йтын йтін",
                "ады еді йды йді а е й у уы уі уға уге са се",
                # the conditional with its person («түсіндірсем», if I explain; «айтсаңыз»)
                "сам сем саң сең саңыз сеңіз",
                # derivation that keeps the meaning close: agent, abstract noun, "with"
                "шы ші лық лік дық дік тық тік лы лі",
            )
        ),
        key=len,
        reverse=True,
    )
)
# Question words, postpositions and conjunctions are matched as they are (their endings are not
# inflections: «қайда» is "where", not a case of «қай», "which").
_KEPT = frozenset(
    _listed(
        "қайда қашан қанша неше қандай қалай неліктен кімдер туралы бойынша жөнінде және үшін дейін кейін"
    )
)


def verbs_before_particle(found: Iterable[str]) -> frozenset[str]:
    """«…сервистік модельге көше ме?»: Kazakh puts the verb last, right before the yes/no particle,
    and its present-future ends in a vowel or «й». Typed without Kazakh letters («коше ме») it may
    read as a Russian noun («кош»), which it is not."""
    return frozenset(
        word
        for word, after in pairwise(found)
        if after in YES_NO_PARTICLES and word.endswith(PRESENT_ENDINGS)
    )


def closing_past_verb(found: Sequence[str]) -> frozenset[str]:
    """«…қандай нәтиже берди»: the past verb closing a Kazakh question («берді» typed without its
    letter) may read as a Russian noun («бердь»), which it is not; not the present-future («енеді»:
    see verbs_before_particle)."""
    last = found[-1] if found else ""
    if last.endswith(PAST_ENDINGS) and not last.endswith(FUTURE_ENDINGS) and len(last) - 2 >= MIN_STEM:
        return frozenset({last})
    return frozenset()


def closing_verbs(found: Sequence[str]) -> frozenset[str]:
    """The past («…не берди») or the present-future («…қайда жазылады», where is it written) verb
    closing a Kazakh question: a verb, whatever Russian noun its letters may spell. The
    present-future only when spelt without Kazakh letters (a Russian misreading): with them, «-еді»
    may be the past of a root in «-е» («әзірле-ді», drafted), which the analyzer reads as Kazakh."""
    last = found[-1] if found else ""
    future = closing_present_future(found) and not is_kazakh(last)
    return frozenset({last}) if future else closing_past_verb(found)


# the shortest root before a present-future ending («ен-еді», «өт-еді»)
MIN_FUTURE_STEM = 2


def closing_present_future(found: Sequence[str]) -> bool:
    """«…қашан қабылданады», «…қашан өтеді»: the present-future closing a Kazakh question («-ады»,
    «-еді», «-йды», «-йді», typed with or without Kazakh letters) tells what will happen, not what
    happened («өтті», «болды»)."""
    last = found[-1] if found else ""
    return last.endswith(FUTURE_ENDINGS) and len(last) - 3 >= MIN_FUTURE_STEM


def is_kazakh(word: str) -> bool:
    """Spelt with a letter only Kazakh uses (ә ғ қ ң ө ұ ү һ і)."""
    return KAZAKH_LETTERS.search(word) is not None


# a case after the possessive «-сы/-сі» of a noun ending in a vowel («мәртебесін»: its status, in the
# accusative; «мәртебесіне», «жобасында»): both come off, as «-ы» and a case do after a consonant
# («жұмысын» is «жұмыс» and «-ын»: «с» after «ы» or «і» stays)
_POSSESSED_CASE = re.compile(r"(?<=\w{2}[аеәоөұүу])с[ыі](?:н|на|не|нда|нде|нан|нен)$")


# the passive «-н» of a verb in «-ла/-ле» in the participle of «while» («талқыланғанда»: while it was
# discussed): the clause frames the question as the active one does («талқылағанда», while discussing
# it), so both are one word. Not the finite passive («не талқыланды?», what was discussed, asks the
# content, not the discussion)
_PASSIVE_WHILE = re.compile(r"(?<=\w{3}л[ае])н(?=[ғг][ае]нд[ае]$)")


# the endings only a verb takes (present-future, participle, verbal noun, conditional): a
# passive «-ыл/-іл» before one is the verb's voice, not part of its root (see _active)
# (past «-ды/-ді» too: the accusative of a noun in «-ыл/-іл» long enough is rare, «қызылды»)
_VERB_ENDINGS = frozenset(
    _listed("ады еді йды йді ды ді ты ті ған ген қан кен атын етін а е у уы уі уға уге са се")
)
# the passive of a verb whose root ends in a consonant («бекіт-іл-еді», «енгіз-іл-ген», «жаз-ыл-ады»)
_PASSIVE = ("ыл", "іл")
# the shortest root the passive is taken from («жаз-ыл»: three letters would cut «көңіл» to «көң»)
MIN_PASSIVE_ROOT = 4


def _active(word: str, stripped: Sequence[str]) -> str:
    """«бекітіледі», «бекітілген», «енгізілді» (it is enshrined, was, was put in): the passive
    voice of «бекіту», «енгізу», read as the verb itself, as the Russian «закрепляется» is «закрепить»
    («ұсынылған өзгерістер», the changes proposed, are those «ұсыну», to propose, names). Only before
    an ending a verb alone takes, so a noun ending so («көңілді», «ауылды») keeps its letters."""
    passive = bool(stripped) and stripped[0] in _VERB_ENDINGS and word.endswith(_PASSIVE)
    return word[:-2] if passive and len(word) - 2 >= MIN_PASSIVE_ROOT else word


# «-ым/-ім» ends a possessive ("my") and many nouns made from verbs («шешім», a decision, of «шешу»;
# «ұсыным», a recommendation, of «ұсыну», to propose; «білім», «ұйым», «тізім», «ғалым»): a question
# asks of the noun far more often than of the asker's own one thing, so the ending comes off only
# after the plural («деректерім», my data), which it follows as a possessive and never as a noun's
# own ending
_MY = frozenset(_listed("ым ім"))
# the participle «-атын/-етін» («болатын», «берілетін») follows a verb root ending in a consonant, and
# no Kazakh verb root ends in a voiced «б, в, г, д» or in a vowel (one in a vowel takes «-йтын»): after
# one, the word is a noun in «-ат/-ет» with its accusative «-ын/-ін» («қағидатын», the principle;
# «міндетін», «мәдениетін», «қасиетін»)
_PARTICIPLE = frozenset(_listed("атын етін"))
_NO_VERB_END = frozenset("бвгдаеәиоөуұүыіэюя")
_PLURAL = _listed("лар лер дар дер тар тер")


def _strips(word: str, suffix: str) -> bool:
    """The ending comes off the word: the stem left is long enough, a «-ым/-ім» only after the
    plural (see _MY)."""
    if not word.endswith(suffix) or len(word) - len(suffix) < MIN_STEM:
        return False
    if suffix in _PARTICIPLE and word[-len(suffix) - 1] in _NO_VERB_END:
        return False  # «қағидатын», «міндетін»: a noun in «-ат/-ет» and its accusative (see _NO_VERB_END)
    return suffix not in _MY or word[: -len(suffix)].endswith(_PLURAL)


def stem(word: str) -> str:
    """The word without its inflectional endings (at most MAX_STRIPS of them), a passive verb as
    its active (see _active); a final consonant voiced before a vowel ending as it is written
    without one (see _devoiced)."""
    if word in _KEPT:
        return word
    word = _PASSIVE_WHILE.sub("", _POSSESSED_CASE.sub("", word))
    word, stripped = _stripped(word)
    if stripped and (plain := _devoiced(word, stripped[-1])) != word:
        word, more = _stripped(plain)
        stripped += more
    return _active(word, stripped[::-1])


def _stripped(word: str) -> tuple[str, list[str]]:
    """The word without its endings (at most MAX_STRIPS), and the endings taken off, last first."""
    stripped: list[str] = []
    for _ in range(MAX_STRIPS):
        for suffix in _SUFFIXES:
            if _strips(word, suffix):
                word = word[: -len(suffix)]
                stripped.append(suffix)
                break
        else:
            break
    return word, stripped


# «құқығы», «теңдігі», «басымдығы» (its right, equality, priority): a final «қ/к» is voiced to «ғ/г»
# before a vowel ending, so the stem left is «құқығ» where the bare word and its other forms give
# «құқық» («құқықтары»). Only «г» after a front vowel: a back-vowel word in «-г» is a loanword written
# so («диалогы»)
_VOICED = re.compile(r"ғ$|(?<=[әеіөүи])г$")
_UNVOICED = {"ғ": "қ", "г": "к"}


def _devoiced(word: str, ending: str) -> str:
    """The stem as written without a vowel ending («құқығ» -> «құқық»), when the ending taken off
    next to it begins with a vowel."""
    if ending[0] not in _VOWELS or len(word) <= MIN_STEM or not _VOICED.search(word):
        return word
    return word[:-1] + _UNVOICED[word[-1]]


def shorter_forms(word: str) -> tuple[str, ...]:
    """The word with its Kazakh endings taken off one at a time, longest form first
    («преамбуласына» -> «преамбула», «преамбул»): a Russian loanword the ending is joined to is
    among them (see Engine._kazakh_loans)."""
    forms = []
    cut = _POSSESSED_CASE.sub("", word)
    if cut != word:
        forms.append(cut)
    word = cut
    for _ in range(MAX_STRIPS):
        suffix = next((s for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= MIN_STEM), None)
        if suffix is None:
            break
        word = word[: -len(suffix)]
        forms.append(word)
    return tuple(forms)


# «Құқық бұзушылықтарға қатысты қандай ұстаным айтылды?»: after a noun in the dative, «қатысты»
# ("regarding") and «байланысты» ("in connection with") are postpositions, like «туралы», when a
# word other than a question particle follows; at the end of the clause «қатысты» is the verb "took
# part" («Талқылауға кімдер қатысты?», «…қатысты ма?»). So is «қарсы» ("against": «Заң бұзушылыққа
# қарсы қандай ұстаным айтылды?», the stance against offences), which the stemmer would cut to «қар».
_POSTPOSITION = re.compile(
    r"(?<=[ғгқкнш][аеә]) (?:қатысты|байланысты|қарсы)(?= (?!(?:ма|ме|ба|бе|па|пе|ғой)\b)\w)"
)


# «заң бұзушылық» (a breach of the law) is the documents' «құқық бұзушылық» (an offence, a breach of a
# right), as the Russian «нарушение закона» is «правонарушение»: read as it (not as a synonym group,
# which would weigh the documents' two words as one concept and move their entries' ranking)
_LAW_BREACH = re.compile(r"\bзаң(?= бұзушылы)")


def as_offence(text: str) -> str:
    """The folded text with «заң бұзушылық» in any form read as «құқық бұзушылық» (see _LAW_BREACH)."""
    return _LAW_BREACH.sub("құқық", text) if "заң бұз" in text else text


# «ұсынылып отыр», «айтып жатыр», «талқылап жүр» (is being proposed, is saying, keeps discussing): a
# converb in «-ып/-іп/-п» before the finite auxiliary of a lasting action («отыр», «жатыр», «тұр», «жүр»)
# is the verb itself in the present («ұсынылады»), the auxiliary no word of its own: the question asks
# what «Қандай өзгерістер ұсынылады?» asks. Not the auxiliary's participle before a noun («ұсынылып
# отырған өзгерістер»: the changes proposed, a name of the thing), nor «болып жатыр» (what is going on
# now: the lasting action is what is asked)
_AUXILIARIES = ("отыр", "жатыр", "тұр", "жүр")
_CONTINUOUS = re.compile(rf"\b(?!болып\b)(\w{{2,}}?)(ы|і)?п (?:{'|'.join(_AUXILIARIES)})(?![ғгқк][аеә]н)\w*")
_BACK_VOWELS = frozenset("аоұы")


def as_present(text: str) -> str:
    """The folded text with each converb and auxiliary of a lasting action read as the verb in the
    present (see _CONTINUOUS)."""
    if not any(aux in text for aux in _AUXILIARIES):
        return text
    return _CONTINUOUS.sub(_present, text)


def _present(found: re.Match[str]) -> str:
    """The verb of the converb found in the present: «-ады/-еді» after a consonant root, «-йды/-йді»
    after a vowel one («қорғап» -> «қорғайды»), by the harmony of its last vowel."""
    root = found.group(1)
    vowels = [letter for letter in root if letter in _VOWELS]
    back = not vowels or vowels[-1] in _BACK_VOWELS
    if found.group(2) is None and root[-1] in _VOWELS:
        return root + ("йды" if back else "йді")
    return root + ("ады" if back else "еді")


def without_postpositions(text: str) -> str:
    """The folded text without its postpositions «қатысты», «байланысты», «қарсы» (see _POSTPOSITION)."""
    if "ысты" not in text and "қарсы" not in text:  # most questions need no regular expression run
        return text
    return _POSTPOSITION.sub("", text)


# Kazakh typed without its own letters, on a Russian keyboard («кукыктык» for «құқықтық»): each is
# typed as the Russian letter nearest to it.
PLAIN = str.maketrans("әғқңөұүһі", "агкноуухи")
# «ә» is also typed as «э» («нэтиже» for «нәтиже»): a word not restored as typed is tried with «а»
PLAIN_SCHWA = "э"
# and «і» as «ы», its back pair («коныл» for «көңіл»): a word not restored as typed is tried with «и»
PLAIN_I = "ы"
# and «ң» as «нг», the Latin "ng" spelt in Cyrillic («алангка» for «алаңқа»): a word not restored as
# typed is tried with «н»
PLAIN_NG = "нг"
# and «ө» as «у» or «е», the rounded back and the plain front vowel nearest it («Дунгелек», «кенил» for
# «Дөңгелек», «көңіл»): a word not restored as typed is tried with one of them as «о», its plain letter
PLAIN_O = "уе"
# and «ш» as «ч», as the south and the Kyrgyz-speaking border say it («качан» for «қашан»): a word not
# restored as typed is tried with «ш», the whole word only
PLAIN_SH = "ч"
# a Latin «i» typed inside a Cyrillic word («кунi» for «күні»): the Kazakh «і» it looks like, which
# the Kazakh keyboard puts where the Latin one is; read as «и», its plain letter
_LATIN_I = re.compile(r"(?<=[а-яёәғқңөұүһі])[iI]|[iI](?=[а-яёәғқңөұүһі])", re.IGNORECASE)
MIN_PLAIN_STEM = 4  # a shorter stem, restored inside a longer word, would be a guess
_FRONT_VOWELS = frozenset("әеіөүи")
_VOWELS = frozenset("әеіөүиаоұыу")
_WORD = re.compile(r"\w+")


def _harmonised(ending: str, stem: str) -> str:
    """An ending typed without Kazakh letters, as it is spelt after the stem: a front stem takes «і»
    where «и» was typed; a back one «қ», «ғ» where «к», «г» were (vowel harmony)."""
    last = next((c for c in reversed(stem) if c in _VOWELS), "")
    if last in _FRONT_VOWELS:
        return ending.replace("и", "і")
    return ending.replace("к", "қ").replace("г", "ғ")


def _kazakh_root(word: str) -> str | None:
    """The stem by which a word typed without Kazakh letters is restored: its stem, or, when that
    has lost every Kazakh letter or is too short to tell («бостандықтарының» stems to «бос», its
    derivation «-тан-дық» taken off too), the shortest of its shorter forms that keeps them
    («бостандық»), so «бостандыктары» is read as the knowledge base's word; None when none does."""
    root = stem(word)
    if is_kazakh(root) and len(root) >= MIN_PLAIN_STEM:
        return root
    kept = [form for form in shorter_forms(word) if is_kazakh(form) and len(form) >= MIN_PLAIN_STEM]
    return kept[-1] if kept else None


class Spellings:
    """The Kazakh words of the knowledge base, as they are typed without Kazakh letters: a question
    so typed («Талкылауга Президент Акимшилигинен окилдер катысты ма») is read with its letters
    restored («талқылауға… әкімшілігінен өкілдер қатысты ма»), as the stemmer and the synonyms need.
    A word is restored whole when one knowledge-base word is typed so; else its start, when it is
    the stem (MIN_PLAIN_STEM letters or more) of one such word, its ending by vowel harmony. Forms
    two words share when typed plain («кол»: «қол», «көл») are left as typed."""

    def __init__(self, texts: Iterable[str]) -> None:
        whole: dict[str, set[str]] = {}
        stems: dict[str, set[str]] = {}
        spelt_plain: set[str] = set()
        for text in texts:
            for word in _WORD.findall(text.casefold()):
                if not is_kazakh(word):
                    spelt_plain.add(word)
                    continue
                whole.setdefault(word.translate(PLAIN), set()).add(word)
                root = _kazakh_root(word)
                if root is not None:
                    stems.setdefault(root.translate(PLAIN), set()).add(root)
        self._words = frozenset(w for found in whole.values() for w in found)
        # the knowledge base's words spelt with no Kazakh letter («болды»): never a typing of another
        self._spelt_plain = frozenset(spelt_plain)
        self._roots = frozenset(stem(w) for w in self._words)
        self._whole = {plain: next(iter(found)) for plain, found in whole.items() if len(found) == 1}
        self._stems = {plain: next(iter(found)) for plain, found in stems.items() if len(found) == 1}
        self._longest = max(map(len, self._stems), default=0)
        # the stems of its words spelt with no Kazakh letter («адам» of «адамдар»), whose ending a
        # question may type plain («адамдарга»: see _plain_ending)
        self._plain_roots = frozenset(r for w in spelt_plain if len(r := stem(w)) >= MIN_PLAIN_STEM)

    def restore(self, text: str) -> str:
        """The text with each word typed without Kazakh letters spelt as the knowledge base spells it."""
        if not self._whole:
            return text
        # (a text typed partly with Kazakh letters, «Асылов кандай кызмет атқарады?»: its words typed
        # without them are restored alike; a word with them is as typed)
        return _WORD.sub(lambda found: self._word(found.group(0)), text)

    def apart(self, text: str) -> str:
        """The text with each Kazakh word the knowledge base does not spell, but that is two of its
        words written together («құқықбұзушылықтарға»: «құқық бұзушылықтарға»), written apart: a
        word of the knowledge base whole, then a word whose stem is one of its own. Only one such
        split, each part MIN_PLAIN_STEM letters or more (the stem of the second, MIN_STEM)."""
        if not self._words or not KAZAKH_LETTERS.search(text):
            return text
        return _WORD.sub(lambda found: self._apart(found.group(0)), text)

    def _apart(self, typed: str) -> str:
        word = typed.casefold()
        if not is_kazakh(word) or word in self._words or stem(word) in self._roots:
            return typed
        splits = [
            f"{word[:i]} {word[i:]}"
            for i in range(MIN_PLAIN_STEM, len(word) - MIN_PLAIN_STEM + 1)
            if word[:i] in self._words and stem(word[i:]) in self._roots
        ]
        return splits[0] if len(splits) == 1 else typed

    def _word(self, typed: str) -> str:
        word = _LATIN_I.sub("и", typed.casefold())
        if KAZAKH_LETTERS.search(word):
            return typed
        spelt = self._plain(word)
        if spelt is None and PLAIN_SCHWA in word:
            spelt = self._plain(word.replace(PLAIN_SCHWA, "а"))  # «нэтиже»: «ә» typed as «э»
        if spelt is None and PLAIN_I in word and word not in self._spelt_plain:
            spelt = self._plain(word.replace(PLAIN_I, "и"))  # «коныл»: «і» typed as «ы»
        if PLAIN_NG in word and word not in self._spelt_plain and not self._rooted(spelt):
            # «алангка»: «ң» typed as «нг» (as typed, «алаңғқа», no word of the knowledge base's stems)
            spelt = self._plain(word.replace(PLAIN_NG, "н")) or spelt
        if spelt is None and word not in self._spelt_plain:
            spelt = self._rounded(word)
        if spelt is None and PLAIN_SH in word and word not in self._spelt_plain:
            spelt = self._whole.get(word.replace(PLAIN_SH, "ш"))  # «качан»: «ш» said as «ч»
        if spelt is None and word not in self._spelt_plain:
            spelt = self._plain_ending(word)
        if spelt is None and word != typed.casefold():
            return word  # (a Latin «i» read as «и», though the word is none of the knowledge base's)
        return typed if spelt is None else spelt

    def _rounded(self, word: str) -> str | None:
        """The knowledge base's spelling of a word whose «ө» was typed as «у» or «е» (PLAIN_O): one
        such letter read as «о», when exactly one knowledge-base word is so spelt."""
        found = {
            spelt
            for i, letter in enumerate(word)
            if letter in PLAIN_O and (spelt := self._plain(f"{word[:i]}о{word[i + 1 :]}")) is not None
        }
        return found.pop() if len(found) == 1 else None

    def _plain_ending(self, word: str) -> str | None:
        """«адамдарга»: a stem the knowledge base spells with no Kazakh letter («адам»), its Kazakh
        endings typed without them («-дарга» for «-дарға»): the endings spelt by vowel harmony, when
        the word so spelt stems back to that stem (a Russian word sharing its start does not)."""
        for size in range(len(word) - 1, MIN_PLAIN_STEM - 1, -1):
            root = word[:size]
            if root in self._plain_roots:
                spelt = root + _harmonised(word[size:], root)
                return spelt if spelt != word and stem(spelt) == root else None
        return None

    def _rooted(self, spelt: str | None) -> bool:
        """The word as restored has the stem of a knowledge-base word."""
        return spelt is not None and stem(spelt) in self._roots

    def _plain(self, word: str) -> str | None:
        """The knowledge base's spelling of a word typed without Kazakh letters: the whole word, or
        its stem and the ending by vowel harmony; None when it spells no such word."""
        if (spelt := self._whole.get(word)) is not None:
            return spelt
        for size in range(min(len(word), self._longest), MIN_PLAIN_STEM - 1, -1):
            root = self._stems.get(word[:size])
            if root is not None:
                return root + _harmonised(word[size:], root)
        return None

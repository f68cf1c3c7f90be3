"""The question's subject (the people, institutions and rare concepts it names, the nouns the
documents never use) and whether an entry covers it: an entry that lacks what a question is about
cannot answer it, however many other words it shares (a confident answer resting on filler words is
the worst failure)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from bot.qa import kazakh
from bot.qa.analyzer import Analysis, Analyzer, Term
from bot.qa.index import Index
from bot.qa.kb import MEMBER_LINKS, KnowledgeBase
from bot.qa.morph import PREDICATE_POS, shared_morphology
from bot.qa.text import CLAUSE_BREAK, GERUND_ENDING, WHOLE_WORDS, focus, has_latin, words

# Parts of speech of an unknown word that name a subject (a noun, a name), not a predicate.
SUBJECT_POS = frozenset({"NOUN", None})
# ... and of one that qualifies who was there, in a question whether someone was (Subjects.attendance)
QUALIFIER_POS = frozenset({"ADJF"})
# ... and of one that says how something is or was done, in a question whether it is («Проходил ли
# круглый стол онлайн?»: the manner is the very detail asked)
MANNER_POS = frozenset({"ADVB"})
# Unknown nouns name the question's subject, except in a long message (this many terms) where they
# are under this share of its terms: there they are its surroundings («я студент юрфака…»).
LONG_QUESTION_TERMS = 8
UNKNOWN_SUBJECT_SHARE = 0.25
# «теорию или практику?»: the words joining two alternatives, and how many words each side may span
# before its nearest term.
ALTERNATIVE_WORDS = frozenset({"или", "либо", "or", "әлде", "немесе"})
ALTERNATIVE_SPAN = 3
# «…или нет?», "…or not?": a yes/no question's tail, offering no second side (Subjects.which_of_two)
YES_NO_TAILS = frozenset({"нет", "not", "no", "жоқ"})
# «X — часть реформы?», «Входит ли X в проект?», "Is X part of the reform?": whether the document's
# reform or draft (the whole) has X in it, which is whether the document names X (see
# scope.without_the_whole); no thing of an alternative (named_alternative)
PART_WORDS = ("часть", "входить", "part", "бөлігі")
# «Затрагивает ли реформа юридическое образование?», «Касается ли проект прав граждан?», "Does the
# reform cover legal education?", "Does the draft address personal data?": whether the whole touches X
# is whether the document names X, as whether X is part of it (scope.without_the_whole); verbs only
# there, not in an alternative
TOUCHING_WORDS = (
    "затрагивать", "затронуть", "касаться", "коснуться",
    "cover", "covers", "touch", "touches", "address", "addresses", "tackle", "tackles",
)  # fmt: skip
# «Касалась ли дискуссия юридического образования?», «Затрагивают ли изменения экономику?», "Did the
# discussion cover legal education?": the event and the changes proposed touch a thing as the whole
# does (the participants too: context.ReaderContext.touchers)
TOUCHERS = ("круглый стол", "изменение", "discussion", "changes")
# The speakers of a whole event: everything a press release reports is what was said there, so
# «что участники сказали про X» asks what the document says about X (see sayings.said_by_all).
COLLECTIVE_SPEAKERS = (
    "участники",
    "participants",
    "қатысушылар",
    "круглый стол",
    "round table",
    "дөңгелек үстел",
)
# A term of a source's title or topics names that source's subject when at least this share of the
# entries holding it are that source's (synonyms may lend it to a stray entry of another source).
SOURCE_TERM_SHARE = 0.8
# A noun most entries hold (конституция, проект) frames a question rather than naming its subject.
SUBJECT_MAX_SHARE = 0.5
# A term this share of entries hold (круглый стол, участник, проект, конституция) names what the whole
# document is about: a question made only of such terms and a verb the documents never use asks
# about that verb («Голосовали ли участники круглого стола?»).
FRAME_SHARE = 0.4
# ... and their reform by its full name (Subjects._whole_named)
WHOLE_REFORM = "конституционная реформа"
# A Russian adjective (not a participle: «обсуждаемая реформа» is the reform being discussed)
KIND_POS = frozenset({"ADJF"})
# the stems of the documents' whole in any case and language («Конституцияда», «жобада»)
WHOLE_STEMS = ("реформ", "проект", "конституц", "жоба", "reform", "draft", "constitution")
# «в прежней / старой Конституции», "the old / previous constitution", «бұрынғы / ескі Конституцияда»: a
# word of an earlier time before the documents' whole names the one before theirs, even a word they use
# elsewhere («прежние инициативы», «бұрынғы бастамалар»); Russian by lemma, others as typed
EARLIER_ONE = frozenset(
    {"прежний", "прошлый", "старый", "бывший", "предыдущий", "old", "previous", "former", "бұрынғы", "ескі"}
)
# «на следующем круглом столе», "the next round table", «келесі дөңгелек үстелде»: a word of a later
# time before the documents' event names another one, yet to come, which they never tell of
LATER_ONE = frozenset({"следующий", "next", "келесі"})
# «другие мероприятия», "other events", «какие ещё круглые столы»: a word of another one before their
# event names other events, which they never tell of (the documents tell of one event); by lemma,
# English as typed; «ещё» only right after a which-word (as scope.which_other reads it) or before the
# event in the plural («Будут ли ещё круглые столы?»)
OTHER_ONE = frozenset({"другой", "иной", "остальной", "other", "another"})
STILL_OTHER = frozenset({"ещё", "еще"})
WHICH_OTHER = frozenset({"какой", "который"})
# «Какие разъяснительные мероприятия запланированы?»: a which-word in the plural before their event
# asks which of several events, and the documents tell of one (as typed)
WHICH_PLURAL = frozenset({"какие", "каких", "какими"})
EVENT = "круглый стол"
EVENT_SPAN = 2
# ... or a present active participle (its suffix and case ending), see _in_force
PRESENT_ACTIVE = re.compile(r"(?:ущ|ющ|ащ|ящ)(?:ий|ая|ее|ие|ей|его|ему|им|ем|ую|их|ими|ое|ого|ому)(?:ся)?$")
# Kazakh endings of a possessive after the whole's stem («салық реформасы», «Өзбекстан
# Конституциясында»): the word before it is a noun naming whose or which the whole is (izafet)
KAZAKH_POSSESSED = ("реформасы", "жобасы", "конституциясы")
# the documents' model («современная конституционная модель», "the new constitutional model"): a word
# they never use before it names another one («налоговая модель», "the tax model"), as before the whole,
# in a question asking what or which (MODEL_ASKING); not in a yes/no claim of another model, which the
# documents' own model answers («Правоохранительные органы переходят к карательной модели?»: the service one)
MODEL_WORDS = ("модель", "model")
MODEL_ASKING = frozenset(
    words("что чем какой какая какое какие какую каков какова what which how қандай не неге")
)
# Taking part, and the past of «быть» in each language («Был ли X на круглом столе?»): see
# Subjects.asks_presence.
PRESENCE = "принять участие"
# speaking at the event (the synonyms' «выступить» group): see Subjects.spoke
SPEAKING = "выступить"
# «выступать за / против X», "speak for / against X": to take a side, not to speak at the event
TAKING_SIDES = frozenset({"за", "против", "for", "against"})
# a gerund or participle of speaking tells when something else was done («Что сказал Асылов, выступая
# на круглом столе?», "when speaking": what he said is asked, not whether he spoke)
CIRCUMSTANCE_POS = frozenset({"GRND", "PRTF", "PRTS"})
# «Какие новые предметы…»: the asking word, how many words after it its noun may come, and what may
# come between (adjectives, participles, «именно»): see Subjects.asked_parts
ASKING_WHICH = "какой"
ASKED_SPAN = 4
ASKED_QUALIFIER_POS = frozenset({"ADJF", "PRTF"})
ASKED_PARTICLES = frozenset({"именно", "конкретно", "же"})
# «Жасанды интеллектінің қандай жүйесі…»: the Kazakh possessive after a vowel, or after a plural,
# marks the head noun of the phrase a which-word asks for (Subjects.which_heads)
KAZAKH_HEAD = re.compile(r"(?:[аеәоөұүу]с[ыі]|[лдт][ае]р[ыі])$")
KAZAKH_GENITIVE = re.compile(r"[ндт][ыі]ң$")
# «значение изменений для прав граждан», "the importance of the changes for citizens' rights": words
# of significance or benefit, and the preposition of whom it is for within so many words after
# (Subjects.benefited)
SIGNIFICANCE_WORDS = "значение важность значимость польза смысл significance importance benefit benefits"
BENEFIT_PREPOSITIONS = frozenset({"для", "for"})
SIGNIFICANCE_SPAN = 5
# «право граждан на собрания»: the noun of a right, its owners (at most two words: «каждого
# человека») and the preposition of what it is a right to (Subjects.right_to); «на» of a place
# takes these cases
RIGHT_LEMMA = "право"
# the terms of rights in each language (Subjects.owns_rights)
RIGHTS_TERMS = frozenset({RIGHT_LEMMA, "right", "құқық"})
RIGHT_OWNER_SPAN = 2
RIGHT_PREPOSITION = "на"
PLACE_CASES = frozenset({"loct", "loc2", "datv", "ablt"})
# whose rights the documents speak of (citizens, people, the population: «прав граждан», «законных
# интересов населения», «уважения к правам человека»), as the analyzer reads them: owners of rights no
# entry need name to answer of them (Subjects.rights_owners)
RIGHTS_HOLDERS_AT_LARGE = frozenset({"гражданин", "человек", "население"})
# "the term of the President", "the President's term": a thing a person or body has, asked in
# English by "of" (past an article) or the possessive's "s" (as words() splits "President's"), the
# owner within so many words (Subjects._owned_parts)
OWNED_OF = "of"
OWNED_S = "s"
ENGLISH_ARTICLES = frozenset({"the", "a", "an"})
OWNER_SPAN = 3
# «с точки зрения общества»: the side a question asks from (Subjects.viewpoint), as typed
VIEWPOINT = ("с", "точки", "зрения")
# the words naming the kind of a concept named right after them («принцип верховенства права»: see
# Subjects._kinds_of_named)
KIND_OF_NAMED = "принцип"
# the words saying a person or body is the one now («нынешний генпрокурор»): the one the documents
# name, no subject of its own (Subjects._kinds_of_named)
CURRENT_ONE = "нынешний"
# ... and the Constitution, whose present one is in force, not their draft («нынешняя Конституция»)
CONSTITUTION_WORDS = ("конституция", "constitution")
# The draft's changes named as a whole (Subjects.another_whole)
CHANGE_WORDS = "изменения поправки новеллы преобразования нововведения новшества changes amendments"
# «закон о персональных данных», «кодекс об…», "the law on personal data", «дербес деректер туралы
# заң»: a law named by its topic (a law's noun, as a lemma or an English word, right before a
# preposition of topic; the Kazakh noun after «туралы»): see Subjects.laws_by_topic
LAW_LEMMAS = frozenset({"закон", "кодекс", "указ", "law", "laws", "code", "act"})
TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо", "про", "on", "about"})
KAZAKH_TOPIC = "туралы"
# English "law" also names the legal domain ("AI in law", "before the law"), which entries use; a
# law named by its topic is an act, the Russian «закон» (laws_by_topic)
ENGLISH_ACTS = {"law": "закон", "laws": "закон", "act": "закон"}
KAZAKH_LAW_STEMS = ("заң", "кодекс")
# («…туралы қандай заң…»: the asking word between)
KAZAKH_LAW_ASKING = frozenset({"қандай", "қай", "жаңа"})
# «Какой закон будет регулировать защиту данных?», "Which law will govern…": a law's noun right after
# an asking word is a particular act too, whatever its topic is joined by (laws_by_topic); the
# asking words as lemmas (English as typed), and the principle «Закон и порядок», which is no act
LAW_ASKING = frozenset({"какой", "который", "which", "what", "қандай", "қай"})
LAW_AND_ORDER = (("и", "порядок"), ("and", "order"))
# «какие новые законы», "which main laws": adjectives between the asking word and the law's noun (so
# many), not «основной» («Основной закон» is the Constitution); English ones as typed
LAW_QUALIFIER_SPAN = 2
ENGLISH_LAW_QUALIFIERS = frozenset({"main", "key", "new", "specific", "particular", "other"})
CONSTITUTION_ADJECTIVE = "основной"
# The event's taking place (synonyms.yaml: состояться, проходить, пройти…), and its being held
# («проводился ли круглый стол…»): see Subjects._of_the_event
TAKING_PLACE = "состояться проводиться проводить провести"
BE_PAST = frozenset({"был", "была", "были", "было", "was", "were", "болды", "болған"})
# «Кто из X», «кто-то от X», "which of the X", "anyone from X": a question asking which member of a
# group (synonyms.yaml, `members`). The asking word, then one of the linking words.
# «главный надзорный орган страны в лице его руководителя»: the group acting through its member, as
# someone from it («от»)
THROUGH_MEMBER = ("в", "лице")
THROUGH_MEMBER_LINK = "от"
# What is yet to be done (Subjects.to_come): English words of the future; Russian finite verbs and
# short participles, whose tense tells
ENGLISH_FUTURE = frozenset({"will", "shall", "going"})
# "Is the Senate being abolished?": a present passive under way (to_come), opening the question
ENGLISH_BEING = "being"
ENGLISH_PRESENT_BE = frozenset({"is", "are", "am"})
FINITE_POS = frozenset({"VERB", "PRTS"})
# Prepositions of the means a thing is done by («по видеосвязи», «через Zoom», "via Zoom")
MEANS_PREPOSITIONS = frozenset({"по", "через", "via", "over", "through"})
# generic words for a body, which say what a body named is (Subjects._only_takers)
INSTITUTION_WORDS = "институт институция орган ведомство institution institute body"
# What will become of a thing (Subjects.fate), as words in a row
FATE_PHRASES = (
    ("что", "будет", "с"),
    ("что", "станет", "с"),
    ("what", "will", "happen", "to"),
    ("what", "happens", "to"),
    ("what", "will", "become", "of"),
)
# words asking which, what or how (Subjects.whether_there)
ASKING_WORDS = frozenset(
    {"какой", "каков", "что", "как", "which", "what", "how", "қандай", "қай", "не", "қалай"}
)
# «Правда ли, что…», «Верно, что…», "Is it true that…": a yes/no question checking a statement; the
# «что» within so many words after the checking word is its conjunction, no asking word
CHECKING_WORDS = frozenset({"правда", "верно", "true", "рас"})
CHECKED_THAT_SPAN = 2
MEMBER_ASKING = frozenset(
    {"кто", "кто-то", "кто-нибудь", "кто-либо", "who", "which", "anyone", "anybody", "someone", "somebody"}
)
# «кто из представителей АП», "which of the representatives of…", «какие члены Парламента», "which
# members of Parliament": the group's delegates or members, before it (by lemma)
DELEGATES = frozenset({"представитель", "repres", "член", "member"})
# «Какой (высокопоставленный) представитель правоохранительной системы…», "Which representative of
# law enforcement…": the which-word (by lemma) may stand so many words before the delegate noun
WHICH_DELEGATE = WHICH_OTHER | {"which"}
WHICH_DELEGATE_SPAN = 3


@dataclass(frozen=True, slots=True)
class Subject:
    """What a question asks about, as far as an entry must hold it to answer."""

    known: tuple[str, ...]  # rare terms the knowledge base knows
    unknown: tuple[str, ...]  # nouns and names it never uses
    any_known: bool  # the question has at least one term the knowledge base knows
    sources: frozenset[str] = frozenset()  # sources whose own event or topic the question names
    # its nouns and names the knowledge base knows (in some document); candidates: those that are no
    # dictionary noun (_is_noun) do not count
    nouns: tuple[str, ...] = ()
    # its only unknown words are verbs beside terms most entries hold: a verb may be a paraphrase
    # (пришёл, пригласили), so the bot declines with its own finding, not «not in the document»
    framed: bool = False
    # a group asked which member of (Subjects.member_groups) -> the members that stand for it
    members: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # a body named -> the spheres it works in (Subjects.whether_there)
    spheres: tuple[tuple[str, tuple[frozenset[str], ...]], ...] = ()
    # people or bodies offered as alternatives («Президента или Парламента?»): an entry holding one
    # of them answers which (Subjects.alternatives)
    alternatives: tuple[frozenset[str], ...] = ()
    # words asked for that the knowledge base uses only inside phrases -> those phrases' values, of
    # which an entry must hold one (Subjects.asked_parts)
    asked: tuple[frozenset[str], ...] = ()
    # its Kazakh words a reading found to be nouns (the owner of «тіл мәртебесі»): nouns, though no
    # dictionary tells (as `nouns` are for Russian)
    kazakh_nouns: tuple[str, ...] = ()
    # laws asked which of, as acts (Subjects.laws_by_topic): an entry answers only if its quotes
    # name such an act (Subjects.answers)
    acts: tuple[frozenset[str], ...] = ()
    # the kind of a thing a which-word asks for (Subjects.which_heads), each with its family: an
    # entry must tell one in its answer or quotes
    heads: tuple[frozenset[str], ...] = ()
    # whose rights are asked (Subjects.rights_owners), each with its phrases: an entry must name one
    # beside rights (Subjects.owns_rights)
    owners: tuple[frozenset[str], ...] = ()
    # speaking asked of someone named (Subjects.spoke): an entry must hold it to answer, though a
    # decline still counts the entry naming him as about him («не говорится»)
    spoken: tuple[frozenset[str], ...] = ()

    def either(self, value: str) -> frozenset[str]:
        """The value and the alternatives offered beside it."""
        return frozenset({value}).union(*(a for a in self.alternatives if value in a))

    def within(self, value: str) -> tuple[frozenset[str], ...]:
        """The spheres a body named works in, when the question asks whether something is there."""
        return dict(self.spheres).get(value, ())

    def standing_for(self, value: str) -> tuple[str, ...]:
        """The value or, for a group asked which member of, its members: «Был ли кто-то от
        президента?» asks for someone from his office, not about him."""
        return dict(self.members).get(value, (value,))


class Subjects:
    """The subjects of questions over one knowledge base and its index."""

    def __init__(self, kb: KnowledgeBase, index: Index, analyzer: Analyzer, base: Analyzer) -> None:
        """`base`: the analyzer without the index's vocabulary (curated phrases read as written)."""
        self.kb = kb
        self.index = index
        self.analyzer = analyzer
        synonyms = kb.synonyms
        # the people and institutions the documents name (synonyms.yaml, `subjects`)
        self.named = frozenset(v for phrase in synonyms.subjects for v in base.analyse(phrase).values)
        # those whose view «с точки зрения» may report (viewpoint): the people and bodies named, and
        # the speakers of the whole event
        self._voices = self.named | base.analyse(" ".join(COLLECTIVE_SPEAKERS)).values
        # (taking part: asks_presence; speaking: spoke)
        self.presence, self._speaking = base.analyse(PRESENCE).values, base.analyse(SPEAKING).values
        self.taking_place = base.analyse(TAKING_PLACE).values
        self.whole = frozenset(base.analyse(" ".join(WHOLE_WORDS)).values)
        # the documents' reform by its full name («конституционная реформа», «конст реформа»): as
        # the reform alone, what every entry is about, no subject an entry must hold (Subjects.of)
        self._whole_named = base.analyse(WHOLE_REFORM).values
        self._part_words = frozenset(base.analyse(" ".join(PART_WORDS)).values)  # see named_alternative
        # (see another_whole; _kinds_of_named)
        self._models, self._named_kinds, self._current = (
            frozenset(base.analyse(" ".join(MODEL_WORDS)).values),
            base.analyse(KIND_OF_NAMED).values,
            base.analyse(CURRENT_ONE).values,
        )
        self._event = frozenset(base.analyse(EVENT).values)  # see another_whole
        # the changes the draft makes, named as a whole (another_whole): «налоговые изменения» are
        # another set of changes, as «налоговая реформа» is another reform
        # ... and with their reform and draft, what a word of the present says are theirs («нынешняя
        # реформа»); not the Constitution, the one in force (_kinds_of_named)
        self._changes, self._theirs_now = self._changes_and_theirs(base)
        self._institutions = frozenset(base.analyse(INSTITUTION_WORDS).values)  # see _only_takers
        # the stems of the Kazakh words for taking part («қатысты»: «қатыс»), see kazakh_predicate
        self._kazakh_presence = tuple(
            kazakh.stem(w)
            for group in synonyms.groups
            if base.analyse(group[0]).values == self.presence
            for phrase in group
            for w in words(phrase)
            if kazakh.is_kazakh(w)
        )
        self._source_terms = self._distinctive_source_terms()
        self._entry_number = {entry_id: i for i, entry_id in enumerate(index.compiled.entry_ids)}
        self._entry_statistics: list[int] = index.compiled.entry_statistics.tolist()
        self._source_statistics = {
            kb.by_id[entry_id].source: statistics
            for entry_id, statistics in zip(index.compiled.entry_ids, self._entry_statistics, strict=True)
        }
        self._statistics_using: dict[str, frozenset[int]] = {}  # see _using
        # a subject that is a word of longer ones (президент of администрация президента) -> those
        # longer ones: see only_within
        self._parted: dict[str, tuple[str, ...]] = {}
        for value in self.named:
            wholes = tuple(p for p in self.named if p != value and value in p.split())
            if wholes:
                self._parted[value] = wholes
        # an entry's terms read from some of its texts, once: (entry, "standalone" or "told") -> terms
        self._entry_terms: dict[tuple[str, str], frozenset[str]] = {}
        self._presence_told: dict[str, bool] = {}  # see _tells_presence
        self._asked_only: dict[tuple[str, str], bool] = {}  # see _only_asked_of
        self._taking_part: dict[str, bool] = {}  # see _named_as_taking_part
        self._through_member: dict[str, bool] = {}  # see named_through_member
        self.concepts = self._rare_concepts()
        self._source_sizes: dict[str, int] = {}
        for entry in kb.entries:
            self._source_sizes[entry.source] = self._source_sizes.get(entry.source, 0) + 1
        self._frames: dict[str, frozenset[str]] = {}  # see _framing
        self._people = self._people_concepts()  # see _acted_by_named
        # the people among the members: see members_beside_group
        self._groups, self._members, self._person_members = self._member_relation(base)
        # a body -> the spheres it works in (synonyms.yaml `spheres`)
        # (each sphere as the terms an entry speaking of it holds: «правовой», «сфера»)
        self._spheres: dict[str, tuple[frozenset[str], ...]] = {}
        for item in kb.synonyms.spheres:
            sphere = base.analyse(item.sphere).values
            for body in item.bodies:
                for value in base.analyse(body).values:
                    self._spheres[value] = (*self._spheres.get(value, ()), sphere)
        # words the knowledge base uses only inside a phrase («порядок» of «закон и порядок»,
        # «часть» of «вступительная часть»): not a subject the documents never name
        morphology = shared_morphology()
        self._significance = frozenset(morphology.info(w).lemma for w in words(SIGNIFICANCE_WORDS))
        phrases = [words(p) for group in synonyms.groups for p in group]
        self._phrase_words = frozenset(
            morphology.info(word).lemma for phrase in phrases if len(phrase) > 1 for word in phrase
        )
        # each such word -> the values of the phrases it is a word of (see asked_parts)
        phrase_of: dict[str, set[str]] = {}
        for group in synonyms.groups:
            values = base.analyse(group[0]).values
            for phrase in (words(p) for p in group):
                for word in phrase if len(phrase) > 1 else ():
                    phrase_of.setdefault(morphology.info(word).lemma, set()).update(values)
        self._phrase_of = {word: frozenset(values) for word, values in phrase_of.items()}
        self._kind_heads = _kind_heads(phrases, index.vocabulary.terms)
        self._acts = {entry.id: self._acts_quoted(entry.quotes) for entry in kb.entries}  # see answers

    def _other_kinds(self, terms: tuple[Term, ...]) -> tuple[Term, ...]:
        """The adjectives the documents never use right before a noun they use only as the head of
        one of their own kinds («система» only in «правоохранительная система»): «в избирательной
        системе», «пенсионная система» name another kind of it, which the documents do not tell.
        Not before a noun they also use on its own («мелкие нарушения» are the text's offences)."""
        return tuple(
            t
            for t, after in pairwise(terms)
            if not t.known and t.real_word and t.pos in QUALIFIER_POS and after.value in self._kind_heads
        )

    def another_whole(self, analysis: Analysis) -> tuple[str, ...]:
        """«Какие цели у налоговой реформы?», "the tax reform", «салық реформасы»: a word the
        documents never use, right before their reform, draft or constitution, says which one is
        meant (a Russian adjective, an English noun or adjective before it, a Kazakh noun before
        its possessive): another one than theirs, a subject they never name. Their own adjectives
        (конституционная, новая) and a participle («обсуждаемая реформа») are not such words; a word
        of an earlier time («прежней Конституции», "the old constitution") is, even one they use
        elsewhere (EARLIER_ONE); a word of a later time before their event names another event
        (LATER_ONE: «на следующем круглом столе»). So does one before their model, asked what or
        which of («На чём строится налоговая модель?», "What is the tax model built on?": MODEL_WORDS)."""
        found = analysis.words
        if (
            all(t.known for t in analysis.terms)
            and not any(map(_earlier_one, found))
            and not any(map(_later_one, found))
            and not any(self._another_event(found, i) for i in range(len(found)))
        ):
            return ()  # no word it could name (each word analysed alone costs a fifth of a question)
        kinds: list[str] = []
        heads = self.whole | self._models if not MODEL_ASKING.isdisjoint(found) else self.whole
        for i, (first, second) in enumerate(pairwise(found)):
            if self._another_event(found, i):
                kinds.append(first)  # (a word of other-ness, no term of its own: as typed)
                continue
            if (
                _later_one(first)
                and self._event & self.analyzer.analyse(" ".join(found[i + 1 : i + 1 + EVENT_SPAN])).values
            ):
                kinds.extend(t.value for t in self.analyzer.analyse(first).terms)
                continue
            if _earlier_one(first) and second.startswith(WHOLE_STEMS):
                kinds.extend(t.value for t in self.analyzer.analyse(first).terms)
                continue
            possessed = second.lower().startswith(KAZAKH_POSSESSED)
            if not possessed and not (heads | self._changes) & self.analyzer.analyse(second).values:
                continue
            terms = self.analyzer.analyse(first).terms
            if len(terms) != 1 or terms[0].known or terms[0].value in self._phrase_words:
                continue
            term = terms[0]
            adjective = term.real_word and term.pos in KIND_POS
            if possessed or has_latin(first) or adjective or self._in_force_asked(first, term, analysis):
                kinds.append(term.value)
        return tuple(kinds)

    def _another_event(self, found: tuple[str, ...], i: int) -> bool:
        """«Кроме круглого стола, какие ещё мероприятия прошли?», "Besides the round table, what
        other events were held?", «Что обсуждали на других круглых столах?»: the word at `i` says
        another one (OTHER_ONE, or «ещё» right after a which-word) of the documents' event named
        right after it (past an adjective of its own name, «круглые»): events they never tell of.
        Not before another noun («другие темы обсуждения»: other topics, of their discussion). So does
        a which-word in the plural («Какие разъяснительные мероприятия запланированы?»: several events)."""
        morphology = shared_morphology()
        word = found[i]
        lemma = word if word.isascii() else morphology.info(word).lemma
        after = found[i + 1 : i + 1 + EVENT_SPAN]
        if not after:
            return False
        # («Будут ли ещё круглые столы?»: «ещё» before the event in the plural, more events to come)
        more = len(after) == EVENT_SPAN and (morphology.case_of(after[-1]) or ("", False))[1]
        still = word in STILL_OTHER and (
            (i > 0 and morphology.info(found[i - 1]).lemma in WHICH_OTHER) or more
        )
        if lemma not in OTHER_ONE and not still and word not in WHICH_PLURAL:
            return False
        if self._event & self.analyzer.analyse(after[0]).values:
            return True  # «мероприятия», "events", «обсуждения»
        # «круглые столы»: an adjective of its name first, not another noun («темы обсуждения»)
        head = morphology.info(after[0]).pos
        return head != "NOUN" and bool(self._event & self.analyzer.analyse(" ".join(after)).values)

    def _in_force_asked(self, word: str, term: Term, analysis: Analysis) -> bool:
        """«Что записано в Преамбуле действующей Конституции?»: the one in force (_in_force), where
        the question asks what is in it (with an asking word), neither whether the documents are
        about it («Круглый стол был посвящён действующей Конституции?»: their draft answers,
        correcting) nor which of two («…к действующей Конституции или о проекте новой?»)."""
        if not _in_force(word, term):
            return False
        return not self.whether_there(analysis) and ALTERNATIVE_WORDS.isdisjoint(analysis.words)

    def spoke(self, analysis: Analysis) -> tuple[frozenset[str], ...]:
        """«Выступал ли сам Уполномоченный?», "Did the ombudsman speak?": a verb of speaking asked
        of someone named is the act asked, which an entry must tell (hold its word): one saying
        only that his institution took part does not tell that he spoke."""
        if self._speaking.isdisjoint(analysis.values) or self.named.isdisjoint(analysis.values):
            return ()
        morphology = shared_morphology()
        found = analysis.words
        verbs = (
            w
            for w, after in zip(found, (*found[1:], ""), strict=True)
            if morphology.info(w).pos in PREDICATE_POS - CIRCUMSTANCE_POS
            and after not in TAKING_SIDES
            and not (w.isascii() and w.endswith(GERUND_ENDING))
        )
        if not any(self._speaking & self.analyzer.analyse(w).values for w in verbs):
            # «в своём выступлении», «выступая»: what he said, where; «выступает за диалог»: he backs it
            return ()
        return (self._speaking,)

    def viewpoint(self, analysis: Analysis) -> tuple[frozenset[str], ...]:
        """«Что даёт включение принципа в Основной Закон с точки зрения общества?»: the word after
        «с точки зрения» (past its adjectives) is the side asked about, which the answer must speak
        of: an entry not holding it cannot answer (as a part asked for, asked_parts), though its
        other words match. Only a word the documents use (another one is a subject already), and
        no one whose view it is («с точки зрения участников» reports theirs, as «по мнению»)."""
        found = analysis.words
        morphology = shared_morphology()
        for i in range(len(found) - len(VIEWPOINT)):
            if found[i : i + len(VIEWPOINT)] != VIEWPOINT:
                continue
            for after in found[i + len(VIEWPOINT) : i + len(VIEWPOINT) + ASKED_SPAN]:
                if morphology.info(after).pos in ASKED_QUALIFIER_POS:
                    continue
                terms = self.analyzer.analyse(after).terms
                if len(terms) != 1 or not terms[0].known or terms[0].value in self._voices:
                    return ()  # «с точки зрения участников»: whose view, as «по мнению участников»
                # (the side may be a word of a phrase an entry holds: «с точки зрения прав граждан»
                # is answered by one on «права и свободы граждан»; the phrase's own word, not a
                # synonym's: «сознание граждан» is «правосознание», no side of citizens)
                value = terms[0].value
                phrases = (v for v in self._phrase_of.get(value, ()) if value in v.split())
                return (frozenset({value, *phrases}),)
        return ()

    def benefited(self, analysis: Analysis) -> tuple[frozenset[str], ...]:
        """«Подчёркивали ли участники значение изменений для прав граждан?», "the importance of the
        changes for citizens' rights": the nouns after «для», "for" (past adjectives), following a
        word of significance or benefit, name who or what it matters to, the side asked about (as
        viewpoint): an entry must hold each of them, or a phrase with it (an entry on the changes'
        significance for the state does not tell of it for citizens' rights). Only nouns the
        documents use (another one is a subject already)."""
        found = analysis.words
        morphology = shared_morphology()
        lemmas = [morphology.info(w).lemma for w in found]
        parts: list[frozenset[str]] = []
        for i, lemma in enumerate(lemmas):
            if lemma not in self._significance:
                continue
            span = found[i + 1 : i + 1 + SIGNIFICANCE_SPAN]
            if not BENEFIT_PREPOSITIONS & set(span):
                continue
            start = i + 1 + next(j for j, w in enumerate(span) if w in BENEFIT_PREPOSITIONS) + 1
            parts.extend(self._benefit_nouns(found[start : start + ASKED_SPAN]))
            break
        return tuple(parts)

    def right_to(self, analysis: Analysis) -> tuple[frozenset[str], ...]:
        """«Изменятся ли права граждан на собрания?»: «право (чьё) на X» names one particular right,
        X, which an entry must hold (as the side benefited, `benefited`): one on citizens' rights in
        general does not tell of the right to assembly. Not «на» of a place («права человека на
        круглом столе»: the prepositional case)."""
        found = analysis.words
        morphology = shared_morphology()
        for i in _rights_named(found):
            at = i + 1
            while at < min(len(found), i + 1 + RIGHT_OWNER_SPAN) and (
                morphology.genitive_noun(found[at]) or morphology.genitive_adjective(found[at])
            ):
                at += 1
            if at + 1 >= len(found) or found[at] != RIGHT_PREPOSITION:
                continue
            after = found[at + 1 : at + 1 + ASKED_SPAN]
            noun = next((w for w in after if morphology.info(w).pos not in ASKED_QUALIFIER_POS), None)
            case = morphology.case_of(noun) if noun is not None else None
            if case is None or case[0] in PLACE_CASES:
                continue
            return tuple(self._benefit_nouns(after))
        return ()

    def rights_owners(self, analysis: Analysis) -> tuple[frozenset[str], ...]:
        """«Что предлагают для защиты прав работников?»: the genitive nouns after «права» name whose
        rights are asked of; an owner the knowledge base knows, other than people at large
        (RIGHTS_HOLDERS_AT_LARGE), is the side asked about, which an entry must hold (as `right_to`):
        one on the protection of citizens' rights does not tell of workers'. An owner the documents
        never use is an unknown subject already."""
        found = analysis.words
        morphology = shared_morphology()
        for i in _rights_named(found):
            after = found[i + 1 : i + 1 + RIGHT_OWNER_SPAN]
            noun = next((w for w in after if morphology.info(w).pos not in ASKED_QUALIFIER_POS), None)
            if noun is None or not morphology.genitive_noun(noun):
                continue
            # (the owner only, not a noun of his: «прав граждан Казахстана»)
            owners = self._benefit_nouns(after)[:1]
            return tuple(part for part in owners if part.isdisjoint(RIGHTS_HOLDERS_AT_LARGE))
        return ()

    def _benefit_nouns(self, after: tuple[str, ...]) -> list[frozenset[str]]:
        """The known nouns of the phrase opening `after` (adjectives skipped, a noun and those of
        it: «прав граждан», "citizens' rights"), each with the phrases it is a word of."""
        morphology = shared_morphology()
        parts: list[frozenset[str]] = []
        for word in after:
            info = morphology.info(word)
            if info.pos in ASKED_QUALIFIER_POS or word == OWNED_S:
                continue
            if info.pos != "NOUN":
                break
            terms = self.analyzer.analyse(word).terms
            if len(terms) != 1 or not terms[0].known:
                break
            value = terms[0].value
            phrases = (v for v in self._phrase_of.get(value, ()) if value in v.split())
            parts.append(frozenset({value, *phrases}))
        return parts

    def asked_parts(self, analysis: Analysis) -> tuple[frozenset[str], ...]:
        """«Какие новые предметы введут в юридическое образование?»: the noun a «какой» asks for
        (past its adjectives), when it is a word the knowledge base uses only inside a phrase
        («предмет» of «предмет обсуждения»), is not a subject the documents never name, but is
        what the answer must give: an entry holding none of that word's phrases («тема») cannot
        answer. «Каких ошибок помогает избежать обсуждение?» is answered by the entry holding the
        phrase of «ошибка» («ошибка в восприятии»: неточная интерпретация)."""
        morphology = shared_morphology()
        found = analysis.words
        unknown = {t.value for t in analysis.terms if not t.known}
        parts = list(self.laws_by_topic(analysis))
        if unknown.isdisjoint(self._phrase_of):  # nothing to look for (most questions): no word read
            return tuple(parts)
        parts.extend(self._owned_parts(found, unknown))
        for i, word in enumerate(found):
            if morphology.info(word).lemma != ASKING_WHICH:
                continue
            for after in found[i + 1 : i + 1 + ASKED_SPAN]:
                info = morphology.info(after)
                if info.pos == "NOUN":
                    terms = self.analyzer.analyse(after).terms
                    if len(terms) == 1 and terms[0].value in unknown and terms[0].value in self._phrase_of:
                        parts.append(self._phrase_of[terms[0].value])
                    break
                if info.pos not in ASKED_QUALIFIER_POS and after not in ASKED_PARTICLES:
                    break
        return tuple(parts)

    def which_heads(self, analysis: Analysis) -> tuple[frozenset[str], ...]:
        """«Какая система ИИ будет использоваться?», "Which AI system will be used?», «Жасанды
        интеллектінің қандай жүйесі қолданылады?»: a which-word asking for a kind of a thing named
        beside it (a system, service or model of AI) asks what the answer must name: an entry that
        tells of the thing only as a whole («элементы ИИ»), without that noun (or its family) in
        its answer or quotes, cannot say which. The head is the first noun past adjectives before
        a genitive in Russian, the last of a run of nouns in English ("AI system"), the
        possessive-marked word after a genitive or another noun in Kazakh; not of a person or body
        named («какую мысль генпрокурора»: his), and only a word the documents use."""
        found = analysis.words
        morphology = shared_morphology()
        parts: list[frozenset[str]] = []
        for i, word in enumerate(found):
            if word not in LAW_ASKING and morphology.info(word).lemma not in LAW_ASKING:
                continue
            after = found[i + 1 : i + 1 + ASKED_SPAN]
            if kazakh.is_kazakh(word):
                head = self._kazakh_head(found[max(0, i - 2) : i], after)
            else:
                head = self._which_head(after)
            if head is not None:
                parts.append(frozenset({head, *self._family(head)}))
        return tuple(parts)

    def _things(self, text: str) -> list[Term]:
        """The terms of the text the documents use that name no person or body."""
        return [t for t in self.analyzer.analyse(text).terms if t.known and t.value not in self.named]

    def _which_head(self, after: tuple[str, ...]) -> str | None:
        """The English head noun of a kind of a thing after a which-word (which_heads): read over
        the run of words up to the first one that is no noun or adjective ("did", "will"). Russian
        puts the thing after its kind, in the genitive («система ИИ»), which as often names what is
        asked («сферы развития», «органы власти»): not read."""
        if not after or not has_latin(after[0]):
            return None
        run: list[str] = []
        for word in after:
            terms = self.analyzer.analyse(word).terms
            if not terms or any(t.pos in PREDICATE_POS or t.pos == "ADVB" for t in terms):
                break
            run.append(word)
        return self._english_head(self.analyzer.analyse(" ".join(run)).terms)

    def _english_head(self, terms: tuple[Term, ...]) -> str | None:
        """ "Which AI system": the last noun of a run of nouns (past adjectives), owned by a thing
        named before it in the run."""
        head: str | None = None
        owned = owner = False
        for term in terms:
            if term.pos in ASKED_QUALIFIER_POS:
                continue
            if term.pos != "NOUN" and " " not in term.value:
                break
            owned = owner  # a thing before it in the run
            owner = owner or (term.known and term.value not in self.named)
            head = term.value if term.known and term.pos == "NOUN" else None
        return head if owned else None

    def _kazakh_head(self, before: tuple[str, ...], after: tuple[str, ...]) -> str | None:
        """The Kazakh possessive-marked head after a which-word, owned by a genitive before it
        («интеллектінің қандай жүйесі») or by words between («қандай жасанды интеллект жүйесі»)."""
        owned = bool(before) and bool(KAZAKH_GENITIVE.search(before[-1]))
        owned = owned and bool(self._things(" ".join(before)))
        for at, word in enumerate(after):
            if KAZAKH_HEAD.search(word):
                if not (owned or self._things(" ".join(after[:at]))):
                    return None
                terms = self.analyzer.analyse(word).terms
                return terms[0].value if len(terms) == 1 and terms[0].known else None
        return None

    def _owned_parts(self, found: tuple[str, ...], unknown: Collection[str]) -> list[frozenset[str]]:
        """ "Will the reform change the term of the President?", "the powers of Parliament", "the
        President's term": an English word the knowledge base uses only inside a phrase ("term" of
        "long term", "power" of "branch of power"), asked as what a person or body it names has,
        is what the answer must give, as a part asked for (asked_parts): only an entry holding one
        of that word's phrases answers ("the Prosecutor General's title": his job title, «должность»);
        one merely naming the owner («инициативы Президента») does not tell the President's term."""
        parts: list[frozenset[str]] = []
        for i, word in enumerate(found):
            owner: tuple[str, ...] = ()
            if i + 1 < len(found) and found[i + 1] == OWNED_OF:
                after = found[i + 2 : i + 2 + OWNER_SPAN]
                owner = after[1:] if after and after[0] in ENGLISH_ARTICLES else after
            elif i >= 2 and found[i - 1] == OWNED_S:
                owner = found[max(0, i - 1 - OWNER_SPAN) : i - 1]
            if not owner or not has_latin(word):
                continue
            terms = self.analyzer.analyse(word).terms
            if len(terms) != 1 or terms[0].value not in unknown or terms[0].value not in self._phrase_of:
                continue
            if self.named & self.analyzer.analyse(" ".join(owner)).values:
                parts.append(self._phrase_of[terms[0].value])
        return parts

    def laws_by_topic(self, analysis: Analysis) -> tuple[frozenset[str], ...]:
        """«Какой закон о персональных данных примут вслед за новой Конституцией?», "Which law on
        personal data will be adopted?": a law named by its topic is a particular act, which only an
        entry that speaks of a law by that noun can tell; one about the topic alone («усиление
        конституционных гарантий защиты персональных данных») says nothing of such a law. The law's
        own term is what the answer must hold (not the phrases the noun is a word of: «нарушение
        закона» is no act). Not where the law is offered as the alternative («…о проекте новой
        Конституции или о поправках к закону о прокуратуре?»), which the other answers. An English
        law's noun is read as «закон»: "law" alone is the legal domain too ("AI in law"), no act."""
        found = analysis.words
        if not ALTERNATIVE_WORDS.isdisjoint(found):
            return ()
        morphology = shared_morphology()
        laws = [
            word
            for i, word in enumerate(found)
            if (
                i + 1 < len(found)
                and found[i + 1] in TOPIC_PREPOSITIONS
                and (word in LAW_LEMMAS or morphology.info(word).lemma in LAW_LEMMAS)
            )
            or (word.startswith(KAZAKH_LAW_STEMS) and _after_kazakh_topic(found, i))
            or _law_asked_by_which(found, i)
        ]
        parts = []
        for word in laws:
            act = ENGLISH_ACTS.get(word, word)
            values = frozenset(t.value for t in self.analyzer.analyse(act).terms if t.known)
            if values:
                parts.append(values)
        return tuple(parts)

    def acts_asked(self, analysis: Analysis) -> tuple[frozenset[str], ...]:
        """The laws asked which of as acts (laws_by_topic; Subject.acts), beside a word the documents
        never use («Какие законы примут?»: what is done to them, which they never tell);
        «Какие законы будут применяться единообразно?» asks of what they say of the law as a whole."""
        if not any(not t.known and t.real_word for t in analysis.terms):
            return ()
        return self.laws_by_topic(analysis)

    def _acts_quoted(self, quotes: Sequence[str]) -> frozenset[str]:
        """The values of the laws' nouns these quotes name as acts, by their topic («закон о
        прокуратуре», "the law on…", «…туралы заң»), as laws_by_topic reads a question."""
        acts: set[str] = set()
        for quote in quotes:
            found = words(quote)
            for i, word in enumerate(found):
                by_topic = (i + 1 < len(found) and found[i + 1] in TOPIC_PREPOSITIONS) or (
                    i > 0 and found[i - 1] == KAZAKH_TOPIC
                )
                if by_topic and _law_noun(word):
                    act = ENGLISH_ACTS.get(word, word)
                    acts.update(t.value for t in self.analyzer.analyse(act).terms if t.known)
        return frozenset(acts)

    def asks_presence(self, analysis: Analysis) -> bool:
        """«Присутствовал ли Токаев?», «Был ли президент (лично) на круглом столе?»: whether someone
        was there, which an entry merely naming them (the reform continues his initiatives) does not
        answer. A past «быть» with nothing but people, the event and adverbs asks that too."""
        if self.presence & analysis.values:
            return True
        if not BE_PAST & set(analysis.words):
            return False
        rest = [t for t in analysis.terms if t.value not in self.named and (t.known or t.pos != "ADVB")]
        return bool(rest) and all(t.known and self._framing(t.value) for t in rest)

    def attendance(self, analysis: Analysis) -> bool:
        """«Были ли иностранные эксперты?», «Участвовали ли молодые учёные?»: whether someone was
        there (a past «быть», taking part). A word the documents never use that qualifies who
        («иностранные», «молодые») is then the very detail asked, as a noun would be."""
        return bool(self.presence & analysis.values or BE_PAST & set(analysis.words))

    def _member_relation(
        self, base: Analyzer
    ) -> tuple[
        tuple[tuple[tuple[str, ...], str, frozenset[str]], ...], dict[str, frozenset[str]], frozenset[str]
    ]:
        """synonyms.yaml `members`: the lemmas of each phrase naming a group with the group's value,
        and each group's members, with the members of those (the Prosecutor General, of the
        prosecution, is one of the law-enforcement bodies); and the members who are people."""
        morphology = shared_morphology()
        groups: list[tuple[tuple[str, ...], str, frozenset[str]]] = []
        direct: dict[str, set[str]] = {}
        for relation in self.kb.synonyms.members:
            members = base.analyse(relation.member).values
            links = frozenset(relation.via or MEMBER_LINKS)
            for phrase in relation.of:
                lemmas = tuple(morphology.info(w).lemma for w in words(phrase))
                for whole in base.analyse(phrase).values:
                    groups.append((lemmas, whole, links))
                    direct.setdefault(whole, set()).update(members)
        closed: dict[str, frozenset[str]] = {}
        for whole, first in direct.items():
            seen: set[str] = set()
            todo = list(first)
            while todo:
                member = todo.pop()
                if member not in seen and member != whole:
                    seen.add(member)
                    todo.extend(direct.get(member, ()))
            closed[whole] = frozenset(seen)
        return tuple(groups), closed, self._members_who_are_people(base)

    def _members_who_are_people(self, base: Analyzer) -> frozenset[str]:
        """synonyms.yaml `members` whose phrase names a person (its first noun animate: «генеральный
        прокурор», not «администрация президента»): a person is no body of a group."""
        morphology = shared_morphology()
        out: set[str] = set()
        for relation in self.kb.synonyms.members:
            nouns = [w for w in words(relation.member) if morphology.info(w).pos == "NOUN"]
            if nouns and morphology.animate_noun(nouns[0]):
                out |= base.analyse(relation.member).values
        return frozenset(out)

    @staticmethod
    def whether_there(analysis: Analysis) -> bool:
        """A question whether something is or will be (no asking word: «ИИ в прокуратуре будет?»,
        «Правда ли, что прокуратуру ликвидируют?»: its «что» is a conjunction; «ИИ в прокуратуре будет
        что ли?»: the spoken yes/no particle «что ли» asks no what), not which one («Какую систему ИИ
        внедрят?») nor who, when, why."""
        morphology = shared_morphology()
        found = analysis.words
        asking = any(
            morphology.info(w).lemma in ASKING_WORDS
            and not checked_that(found, i)
            and not (w == "что" and found[i + 1 : i + 2] == ("ли",))
            and not _or_what(found, i)
            for i, w in enumerate(found)
        )
        return not analysis.kinds and not asking

    @staticmethod
    def to_come(analysis: Analysis) -> bool:
        """The question's verbs speak of what is yet to be done: an English "will" / "going" or a
        present passive under way ("Is Parliament being reformed?"),
        Russian finite verbs none of them in the past («Упразднят ли Сенат?», «Сенат ликвидируют?»;
        not «Приглашали ли учёных?»), or a Kazakh verb in the present-future before the yes/no
        particle («Сенат сақтала ма?», «Сенат жойыла ма?»; not the past «Сенат қатысты ма?»)."""
        found = analysis.words
        if not ENGLISH_FUTURE.isdisjoint(found) or kazakh.verbs_before_particle(found):
            return True
        if ENGLISH_BEING in found[1:] and found[0] in ENGLISH_PRESENT_BE:
            return True  # "Is Parliament being reformed?": what is under way, not yet done
        morphology = shared_morphology()
        finite = [i for i, w in enumerate(found) if not w.isascii() and morphology.info(w).pos in FINITE_POS]
        return bool(finite) and not any(
            morphology.past_predicate(found[i]) and not _future_passive(found, i) for i in finite
        )

    @staticmethod
    def which_of_two(analysis: Analysis) -> bool:
        """«ИИ будет в судах или в полиции?», "in courts or in the police?": the question offers two
        sides to choose from (a word of alternatives between words), asking which, not whether;
        not «…или нет?», "…or not?", a yes/no question's tail."""
        found = analysis.words
        return any(
            word in ALTERNATIVE_WORDS
            and 0 < i < len(found) - 1
            and found[i + 1] not in YES_NO_TAILS
            and not _or_what(found, i + 1)
            for i, word in enumerate(found)
        )

    @staticmethod
    def foretold(analysis: Analysis) -> bool:
        """A verb of the question is in the future tense (an English "will" / "going", a Russian
        future: «сократят», «подпишет», «будут»): what it asks is yet to be done, which the
        documents, telling of a discussion held, may only foretell in their own words. Unlike
        to_come, not a verb that may be a present («Как его зовут?», «Какую роль отводят
        Президенту?»), which may tell what the documents say in other words."""
        found = analysis.words
        if not ENGLISH_FUTURE.isdisjoint(found):
            return True
        return any(map(shared_morphology().surely_future, found))

    def kazakh_predicate(self, analysis: Analysis) -> frozenset[str]:
        """«Парламент бір палаталы бола ма?»: a Kazakh yes/no question of what is yet to be puts its
        subject first and its predicate last, before the particle (kazakh.verbs_before_particle): the
        values of the words after the first up to that verb are what is asked of the subject, not
        other things named («бір палаталы», "one-chambered", is no body). Empty for any other question."""
        found = analysis.words
        verbs = kazakh.verbs_before_particle(found)
        if not verbs or len(found) < 3 or any(v.startswith(self._kazakh_presence) for v in verbs):
            # («Омбудсмен дөңгелек үстелге қатыса ма?»: whether it takes part, the tense loose)
            return frozenset()
        end = max(i for i, word in enumerate(found) if word in verbs)
        if not ALTERNATIVE_WORDS.isdisjoint(found):
            # «қысқа мерзімге ме, әлде ұзақ мерзімге арналған ба?»: each side of «әлде» closes on its
            # particle, and the predicate runs through the last side, to the word before its particle
            end = max(i for i in range(len(found) - 1) if found[i + 1] in kazakh.YES_NO_PARTICLES)
        return self.analyzer.analyse(" ".join(found[1 : end + 1])).values

    @staticmethod
    def yet_to_be(analysis: Analysis) -> bool:
        """What the question asks of is yet to be: its verbs speak of what is yet to be done
        (to_come), or one of them is a future and none a past finite verb («Парламент будет
        распущен?»: a future passive, whose participle is past in form; not «Приходили ли на встречу
        депутаты?», where «встречу» may read as a future verb, but the question's verb is past)."""
        if Subjects.to_come(analysis):
            return True
        morphology = shared_morphology()
        past = any(
            morphology.past_predicate(w) and morphology.info(w).pos == "VERB"
            for w in analysis.words
            if not w.isascii()
        )
        return Subjects.foretold(analysis) and not past

    @staticmethod
    def fate(analysis: Analysis) -> tuple[str, ...]:
        """«Что будет с Сенатом?», «Что станет с Парламентом?», "What will happen to the Senate?":
        the words asking what will become of what follows them; empty when the question has none."""
        found = analysis.words
        for phrase in FATE_PHRASES:
            n = len(phrase)
            if any(found[i : i + n] == phrase for i in range(len(found) - n + 1)):
                return phrase
        return ()

    def _only_takers(self, terms: tuple[Term, ...]) -> bool:
        """Every term of the question (but a verb the documents use) names one they name only as
        taking part (Subjects._named_as_taking_part), and there is one; a generic word for a body
        («институт омбудсмена», "the Ombudsman's institution") and the frame of the documents
        ("under the new Constitution") say which one and when, and are no others."""
        named = [
            t
            for t in terms
            if t.pos not in PREDICATE_POS
            and not (t.known and (t.value in self._institutions or t.pos == "ADJF" or self.frames(t.value)))
        ]
        return bool(named) and all(t.known and self._named_as_taking_part(t.value) for t in named)

    def _becoming_of_takers(self, terms: tuple[Term, ...], predicate: frozenset[str]) -> tuple[str, ...]:
        """In a question whether something is yet to be, that names nothing but people and bodies the
        documents name only as taking part (Subjects._named_as_taking_part; one at least), a generic
        noun for a body and nouns of the frame: the other words, what it asks they will be or have
        («Будет ли Парламент однопалатным по проекту?», «Парламент будет распущен?», "Will
        Parliament have one chamber?", «Будет ли омбудсмен конституционным органом?»). An entry
        saying they took part in the discussion held does not tell what is to become of them.
        Empty when they are asked of taking part themselves («Будут ли депутаты участвовать?»: the
        tense may be loose), when nothing else is asked («Будет ли Сенат?»), or when a word of it is
        no real word (a typo may be one of taking part). The words of a Kazakh question's predicate
        (`predicate`: «бір палаталы бола») are asked, whatever they read as."""
        setting = [
            t
            for t in terms
            if t.pos in SUBJECT_POS and t.known and (t.value in self._institutions or self.frames(t.value))
        ]
        named = [t for t in terms if t.pos in SUBJECT_POS and t not in setting and t.value not in predicate]
        if not named or not all(t.known and self._named_as_taking_part(t.value) for t in named):
            return ()
        # (an adjective of the frame is asked too: «конституционным органом» is what it will be)
        asked = [t for t in terms if t not in named and t not in setting]
        if any(
            t.value in self.presence or not (t.known or t.real_word or t.value in predicate) for t in asked
        ):
            return ()
        return tuple(dict.fromkeys(t.value for t in asked))

    def member_groups(self, analysis: Analysis) -> frozenset[str]:
        """«Кто из руководителей правоохранительной системы выступал?», «Был ли кто-то от главы
        государства?», "Which of the law-enforcement officials spoke?": the groups (synonyms.yaml
        `members`) named after such an opener, by one of the phrases for them there; and «X в лице
        его руководителя» (X acting through its member): X, before «в лице», as from «от». «Кто
        руководит правоохранительной системой?» asks no member: none."""
        found = analysis.words
        start = next(
            (i + 1 for i, (a, b) in enumerate(pairwise(found)) if a in MEMBER_ASKING and b in MEMBER_LINKS),
            None,
        )
        if start is not None:
            return self._groups_named(found[start], found[start + 1 :])
        if (delegate := self._which_delegate(found)) is not None:
            return self._groups_named(THROUGH_MEMBER_LINK, found[delegate + 1 :])
        through = next((i for i, pair in enumerate(pairwise(found)) if pair == THROUGH_MEMBER), None)
        if through is not None:
            return self._groups_named(THROUGH_MEMBER_LINK, found[:through])
        return frozenset()

    @staticmethod
    def _which_delegate(found: tuple[str, ...]) -> int | None:
        """«Какой высокопоставленный представитель правоохранительной системы выступал?»: a
        which-word shortly before a delegate noun asks which member of the group after it, as «кто
        из / кто-то от» does; the position of that noun, or None."""
        morphology = shared_morphology()
        for i, word in enumerate(found):
            if morphology.info(word).lemma in DELEGATES and any(
                morphology.info(w).lemma in WHICH_DELEGATE for w in found[max(0, i - WHICH_DELEGATE_SPAN) : i]
            ):
                return i
        return None

    def named_alternative(self, analysis: Analysis) -> tuple[frozenset[str], ...]:
        """«Реформа — это разовая акция или часть курса на цифровизацию?», «…общим идеям или
        прикладным вопросам?»: beside an alternative the documents never name, the one they name
        is answered only by an entry holding the whole of it, which tells which of the two holds:
        each of its things is a part asked (Subject.asked). An entry on the digital solutions alone
        does not tell whether the reform is part of a course toward them; one on the directions,
        never on general ideas, does not tell that the talk was of those. After an unknown word
        ending the words before «или»: the nouns after it, when there are several (one is what
        any entry answering must hold anyway), and an adjective before a noun too general to be a
        term («общим идеям»); before an unknown word opening those after it: only such an adjective
        (a noun there may be the side the documents do not hold, under a word of theirs they never
        use: «в главу о прокуратуре или во вступление?»). Not the part words («часть») nor the
        frame of the documents."""
        found = analysis.words
        at = next((i for i, w in enumerate(found) if w in ALTERNATIVE_WORDS and 0 < i < len(found) - 1), None)
        if at is None:
            return ()
        before = self.analyzer.analyse(" ".join(found[max(0, at - ALTERNATIVE_SPAN) : at])).terms
        after = self.analyzer.analyse(" ".join(found[at + 1 :])).terms
        if before and not before[-1].known and before[-1].real_word:
            nouns = [
                t.value
                for t in after
                if t.known and (t.pos == "NOUN" or t.value in self.concepts) and self._a_thing(t.value)
            ]
            named = (nouns if len(nouns) > 1 else []) + self._kinds_named(found[at + 1 :])
        elif after and not after[0].known and after[0].real_word:
            named = self._kinds_named(found[max(0, at - 2) : at])
        else:
            return ()
        return tuple(frozenset({v}) for v in dict.fromkeys(named))

    def _a_thing(self, value: str) -> bool:
        """Not a part word («часть») nor the frame of the documents (named_alternative)."""
        return value not in self._part_words and not self.frames(value)

    def _kinds_named(self, span: Sequence[str]) -> list[str]:
        """A known adjective before a noun that is no term («общим идеям», «вопросам»): the kind
        the words name by the adjective alone (named_alternative)."""
        morphology = shared_morphology()
        out: list[str] = []
        for word, noun in pairwise(span):
            terms = self.analyzer.analyse(word).terms
            if (
                len(terms) == 1
                and terms[0].known
                and terms[0].pos in QUALIFIER_POS
                and morphology.info(noun).pos == "NOUN"
                and not self.analyzer.analyse(noun).terms
                and self._a_thing(terms[0].value)
            ):
                out.append(terms[0].value)
        return out

    def alternatives(self, analysis: Analysis) -> tuple[frozenset[str], ...]:
        """«Чьи инициативы продолжает реформа — Президента или Парламента?»: people or bodies the
        documents name (synonyms.yaml `subjects`) on both sides of «или», or one of them and the
        participants as a whole («генпрокурор или участники?»), are offered as the possible answers;
        an entry holding either tells which (the nearest term on each side)."""
        found = analysis.words
        offered = []
        for i, word in enumerate(found):
            if word not in ALTERNATIVE_WORDS or not 0 < i < len(found) - 1:
                continue
            before = self.analyzer.analyse(" ".join(found[max(0, i - ALTERNATIVE_SPAN) : i])).terms
            after = self.analyzer.analyse(" ".join(found[i + 1 : i + 1 + ALTERNATIVE_SPAN])).terms
            sides = (before[-1].value, after[0].value) if before and after else ()
            # (one side may be the event's speakers as a whole: «— генпрокурор или участники?»)
            if sides and set(sides) <= self._voices and not self.named.isdisjoint(sides):
                offered.append(frozenset({before[-1].value, after[0].value}))
        return tuple(offered)

    def _groups_named(self, link: str, span: tuple[str, ...]) -> frozenset[str]:
        """The groups a phrase for which (as `members` gives it, for that linking word) the words hold."""
        morphology = shared_morphology()
        lemmas = tuple(morphology.info(w).lemma for w in span)
        return frozenset(
            whole
            for phrase, whole, links in self._groups
            if link in links
            and any(lemmas[i : i + len(phrase)] == phrase for i in range(len(lemmas) - len(phrase) + 1))
        )

    def of(
        self,
        terms: tuple[Term, ...],
        presence: bool = False,
        *,
        attendance: bool = False,
        groups: frozenset[str] = frozenset(),
        whether: bool = False,
        alternatives: tuple[frozenset[str], ...] = (),
        kinds_of_whole: tuple[str, ...] = (),
        parts: tuple[frozenset[str], ...] = (),
        to_come: bool = False,
        fate: tuple[str, ...] = (),
        means: frozenset[str] = frozenset(),
        foretold: bool = False,
        two_sides: bool = False,
        yet_to_be: bool = False,
        predicate: frozenset[str] = frozenset(),
        acts: tuple[frozenset[str], ...] = (),
        heads: tuple[frozenset[str], ...] = (),
        format_asked: bool = False,
        said: bool = False,
        owners: tuple[frozenset[str], ...] = (),
        spoken: tuple[frozenset[str], ...] = (),
    ) -> Subject:
        """The question's subject: the people and institutions it names (synonyms.yaml,
        `subjects`: генпрокурор, Парламент, президент, омбудсмен…), and unknown nouns or names
        (a real word the document never uses: зарплата, голосование, референдум). `groups`: those
        the question asks which member of (member_groups), which an entry about a member covers.
        `kinds_of_whole`: the words naming another reform, draft or constitution (another_whole).
        `parts`: the phrase words asked for (asked_parts). `to_come`: its verbs speak of what is
        yet to be done (Subjects.to_come). `fate`: the words asking what will become of the thing
        named (Subjects.fate). `means`: the words after a preposition of means (Subjects.means).
        `foretold`: a verb of it is in the future tense (Subjects.foretold). `two_sides`: it offers
        two sides to choose from (Subjects.which_of_two). `yet_to_be`: what it asks of is yet to be
        (Subjects.yet_to_be). `predicate`: a Kazakh yes/no question's predicate (kazakh_predicate).
        `acts`: the laws asked which of as acts (acts_asked). `format_asked`: it asks in what format
        the event went («в каком формате прошёл круглый стол — онлайн или очно?»), so an adverb
        beside the event's words is the format guessed, as in a yes/no question (_manners). `said`:
        it asks what was said, so a person it names is the one who said it (members_beside_group)."""
        named = (self.named | self.concepts) - self._whole_named
        # (a kind word before a concept named: «принцип верховенства права», _kinds_of_named)
        of_concepts = named - kinds if (kinds := self._kinds_of_named(terms, named)) else named
        known = self._without_named_members(
            tuple(dict.fromkeys(t.value for t in terms if t.known and t.value in of_concepts)), said=said
        )
        if presence and any(t.value in self.named for t in terms):
            # whether someone was there: only an entry saying who took part can tell
            known += tuple(v for v in self.presence if v not in known)
        qualifiers = _qualifiers(terms) if attendance else self._other_kinds(terms)
        if said:
            # «Как оценили проект международные эксперты?», "What did foreign experts say?": a word
            # the documents never use that qualifies who said it is the very detail asked (which
            # speakers), as in whether they were there
            qualifiers += _qualifiers(terms, of=self.named)
        of_the_event = (whether or format_asked) and self._of_the_event(terms)
        hows = self._manners(terms, of_the_event=of_the_event, means=means)
        unknown = tuple(
            t.value
            for t in terms
            if not t.known
            and ((t.real_word and (t.pos in SUBJECT_POS or t in qualifiers)) or t.value in hows)
            and t.value not in self._phrase_words
        )
        # only a manner («онлайн», «успешно», «по видеосвязи»; «реально» may only stress the
        # question): the bot declines with its own finding, not «not in the document», as for a
        # verb (framed below)
        manner_only = bool(unknown) and not kinds_of_whole and all(v in hows for v in unknown)
        unknown = tuple(dict.fromkeys((*unknown, *kinds_of_whole)))
        # whether each is a dictionary noun (not a Kazakh stem read as Russian) is asked only where
        # it would decide (see _covers): the morphology of a new lemma is a parse of its own
        nouns = tuple(
            t.value
            for t in terms
            if t.known
            and not t.repaired  # a typo read as another document's word («конст» as «конт»)
            and t.value not in self._phrase_words
            and t.pos in SUBJECT_POS
        )
        framed = False
        frame = self._only_frame(terms) if not unknown else None
        if frame is not None:
            # the event, the draft, its participants and a verb the documents never use (or only
            # another document uses): what is asked is that verb (голосовать, проголосовать, vote)
            unknown = tuple(
                t.value
                for t in terms
                # (not a typo read as some word: «юзать» is no verb the bot can say is absent)
                if t.real_word
                and not t.repaired
                and t.pos in PREDICATE_POS
                and (not t.known or t.value in frame)
            )
            framed = bool(unknown)
        elif not unknown:
            # the people and bodies the documents name, the frame, and a verb they never use
            # («Упразднят ли Сенат?», "Did Parliament approve the draft?"): what is asked is that
            # verb, which an entry naming them as participants does not tell
            # (or in one asking which of them it will befall: «Какие госорганы сократят?»)
            unknown = self._acted_by_named(terms, to_come=to_come) if whether or foretold else ()
            if fate and not unknown and self._only_takers(terms):
                unknown = fate  # «Что будет с Сенатом?»: its fate, which no entry tells
            if not unknown and whether and yet_to_be:
                unknown = self._becoming_of_takers(terms, predicate)  # «Будет ли Парламент однопалатным?»
            framed = bool(unknown)
        framed = framed or manner_only
        if len(terms) >= LONG_QUESTION_TERMS:  # a long message: «я студент юрфака…» is not its subject
            if len(unknown) < UNKNOWN_SUBJECT_SHARE * len(terms):
                unknown = ()
            nouns = ()
        sources = frozenset().union(*(self._source_terms.get(t.value, frozenset()) for t in terms))
        asked = groups & self._members.keys()
        members = tuple((v, tuple(sorted(self._members[v]))) for v in known if v in asked)
        # (not between two sides: «ИИ будет в судах или в полиции?» asks which, and what is said of
        # the sphere both work in does not tell)
        spheres = tuple(
            (v, self._spheres[v]) for v in known if whether and not two_sides and v in self._spheres
        )
        offered = tuple(a for a in alternatives if a & self.named <= set(known))
        return Subject(
            known,
            unknown,
            # «Какая погода сейчас?»: an adverb the documents use (сейчас, now) beside a noun they
            # never name says when or how, not what about: the question is not about them
            any(t.known and (t.pos != "ADVB" or not unknown) for t in terms),
            sources,
            nouns,
            framed,
            members,
            spheres,
            offered,
            parts,
            tuple(t.value for t in terms if t.known and t.pos == "NOUN" and kazakh.is_kazakh(t.value)),
            acts=acts,
            heads=heads,
            owners=owners,
            spoken=spoken,
        )

    def _changes_and_theirs(self, base: Analyzer) -> tuple[frozenset[str], frozenset[str]]:
        """The changes named as a whole, and those with the documents' reform and draft: the things
        a word of the present says are theirs (not the Constitution, whose present one is in force)."""
        changes = frozenset(base.analyse(CHANGE_WORDS).values)
        constitution = base.analyse(" ".join(CONSTITUTION_WORDS)).values
        return changes, (self.whole | self._whole_named | changes) - constitution

    def _present_one(self, word: Term, after: Term) -> bool:
        """A word of the present (CURRENT_ONE) before a person or body named, or before the
        documents' reform, draft or changes: the one they tell of."""
        return word.value in self._current and (after.value in self.named or after.value in self._theirs_now)

    def _kinds_of_named(self, terms: tuple[Term, ...], named: frozenset[str]) -> frozenset[str]:
        """«в рамках принципа равенства перед законом», «с принципом верховенства права»: a word
        naming the kind of the concept named right after it (KIND_OF_NAMED) asks of that concept,
        which an entry holding it covers, whatever the documents call it (equality before the law
        is one of their directions, no «principle»); «Какой принцип обсуждали?» asks the principle.
        So does a word of the present before a person or body named («нынешний генпрокурор»:
        CURRENT_ONE), which says the one they tell of, or before their reform, draft or changes
        («нынешняя реформа», «текущие изменения»: theirs); not before the Constitution («нынешняя
        Конституция» is the one in force, not their draft)."""
        return frozenset(
            t.value
            for t, after in pairwise(terms)
            if after.known
            and (
                (
                    after.value in named
                    and after.value not in self._named_kinds
                    and t.value in self._named_kinds
                )
                or self._present_one(t, after)
            )
        )

    def _without_named_members(self, known: tuple[str, ...], *, said: bool = False) -> tuple[str, ...]:
        """«Как будут работать полиция и прокуратура?»: a body named beside a group it is a member
        of (synonyms.yaml `members`: the prosecution is a law-enforcement body) is asked about as
        one of that group; an entry speaking of the group covers it."""
        beside = self.members_beside_group(known, said=said)
        return tuple(v for v in known if v not in beside)

    def members_beside_group(
        self, values: Collection[str], *, bodies: bool = False, said: bool = False
    ) -> frozenset[str]:
        """The values that name a member of a group another value names (Subjects._without_named_members).
        `bodies`: only members of a group the documents name as such (law enforcement), not of a
        word a phrase for a group lends ("office" of "the prosecutor's office", which the Prosecutor
        General is read as a member of: "who spoke for the prosecutor's office" asks of him).
        `said`: the question asks what was said, so a person beside a group the documents name is
        the one who said it, not one of the group («Что генпрокурор сказал про полицию?» asks of
        his words, which are not of the police; "the service model for police and prosecutors" asks
        of them as law enforcement)."""
        return frozenset(
            v
            for v in values
            if any(
                v in self._members.get(whole, ())
                and (not bodies or whole in self.named)
                and not (said and whole in self.named and v in self._person_members)
                for whole in values
                if whole != v
            )
        )

    def _of_the_event(self, terms: tuple[Term, ...]) -> bool:
        """«Проходил ли круглый стол онлайн?», «Обсуждение прошло успешно?»: every word of the
        question the documents use names what a document is about as a whole (the event, the
        draft, those who took part) or the event's taking place: an adverb beside them says how it
        went, the very detail asked («Искусственный интеллект — это всерьёз?» is about AI)."""
        known = [t for t in terms if t.known]
        return bool(known) and all(t.value in self.taking_place or self.frames(t.value) for t in known)

    @staticmethod
    def _manners(terms: tuple[Term, ...], *, of_the_event: bool, means: frozenset[str]) -> frozenset[str]:
        """In a question whether the event went some way (`of_the_event`: Subjects._of_the_event),
        the words the documents never use that say how: its adverbs («онлайн»), and the word after
        a preposition of means, whatever the dictionary makes of it («по видеосвязи», «по Zoom»,
        "via Zoom": Subjects.means), since every other word names the event. Empty otherwise; a
        word the dictionary does not know is no manner by itself (a Kazakh month, «наурызда»)."""
        if not of_the_event:
            return frozenset()
        return frozenset(
            t.value
            for t in terms
            if not t.known and not t.repaired and ((t.real_word and t.pos in MANNER_POS) or t.value in means)
        )

    def means(self, analysis: Analysis) -> frozenset[str]:
        """The values of the unknown words right after a preposition of means («по видеосвязи»,
        «через Zoom», "via Zoom"). Only an unknown word of the question can be one (_manners), so
        a question with none reads no word alone."""
        if all(t.known for t in analysis.terms):
            return frozenset()
        found = analysis.words
        return frozenset(
            t.value
            for word, after in pairwise(found)
            if word in MEANS_PREPOSITIONS
            for t in self.analyzer.analyse(after).terms
            if not t.known
        )

    def _only_frame(self, terms: tuple[Term, ...]) -> frozenset[str] | None:
        """Every known term of the question is one most entries of a source hold (FRAME_SHARE),
        the same source for all, and there are some: then the verbs among them that this source
        never uses, though another document does (None when the question is not only the frame)."""
        known = [t for t in terms if t.known]
        framing = [t for t in known if not (t.pos in PREDICATE_POS and self._framing(t.value) == frozenset())]
        if not framing:
            return None
        common = self._framing(framing[0].value)
        for term in framing[1:]:
            if not common:
                break
            common = common & self._framing(term.value)
        if not common:
            return None
        verbs = [t.value for t in known if t not in framing]
        foreign = frozenset(v for v in verbs if all(self._foreign_to_source(s, v) for s in common))
        return foreign if len(foreign) == len(verbs) else None

    def _acted_by_named(self, terms: tuple[Term, ...], *, to_come: bool) -> tuple[str, ...]:
        """In a question whether (no asking word), the verbs the documents never use (real words,
        not a typo read as one) beside nothing but the people and bodies they name as taking part
        (one at least) and what they are about as a whole: what is asked is that verb, which an
        entry naming them as participants does not tell. Only a verb of what is yet to be done to
        or by them («Упразднят ли Сенат?», «Сенат ликвидируют?», "Will the Mazhilis be dissolved?"),
        or of what they did with the draft itself («Парламент проголосовал за проект?», "Did
        Parliament approve the draft?"): a past verb beside the event is their coming there in
        other words («Приглашали ли учёных на круглый стол?», «Приходили ли депутаты?»). Of the
        people and bodies they name otherwise (the President), only a verb of what is yet to be
        done."""
        verbs = [t for t in terms if t.pos in PREDICATE_POS and not t.known]
        rest = [t for t in terms if t not in verbs]
        if not verbs or not all(t.real_word and not t.repaired for t in verbs):
            return ()
        takers = [t for t in rest if t.known and self._named_as_taking_part(t.value)]
        # others they name (the President, the Prosecutor General): only what is yet to be done
        # to them («Will the reform weaken the President?»); what they did may be told in other
        # words («реформа это токаев придумал?»: his initiatives)
        others = [
            t
            for t in rest
            if t not in takers and t.known and (t.value in self.named or t.value in self._people)
        ]
        framing = [
            t for t in rest if t not in takers and t not in others and t.known and self.frames(t.value)
        ]
        if not (takers or others) or len(takers) + len(others) + len(framing) != len(rest):
            return ()
        if others and not to_come:
            return ()
        on_the_whole = any(t.value in self.whole for t in framing) and all(
            t.value in self.whole or t.value in self.presence for t in framing
        )
        return tuple(dict.fromkeys(t.value for t in verbs)) if on_the_whole or to_come else ()

    def _people_concepts(self) -> frozenset[str]:
        """The curated concepts that name people (every one-word Russian synonym of theirs is an
        animate noun, and there is one: «должностное лицо» of «чиновник»): what is yet to be done
        by or to them is asked as of the people the documents name («Какое официальное лицо
        подпишет Конституцию?»)."""
        morphology = shared_morphology()
        out: set[str] = set()
        for group in self.kb.synonyms.groups:
            values = self.analyzer.analyse(group[0]).values & self.concepts
            single = [p for p in group if len(words(p)) == 1 and not p.isascii() and not kazakh.is_kazakh(p)]
            if values and single and all(morphology.animate_noun(p) for p in single):
                out |= values
        return frozenset(out)

    def _named_as_taking_part(self, value: str) -> bool:
        """Every entry holding the term says who took part (its answer or quotes: «Парламент»,
        «Сенат» of «Участвовали ли депутаты Мажилиса или Сената?»): the documents name it as a
        participant and nothing more (not Tokayev, whose initiatives the reform continues, nor
        the Prosecutor General, who spoke)."""
        found = self._taking_part.get(value)
        if found is None:
            compiled = self.index.compiled
            term_id = compiled.term_ids.get(value)
            rows = compiled.entry_postings.row(term_id).tolist() if term_id is not None else []
            found = bool(rows) and all(self._says_presence(compiled.entry_ids[p]) for p in rows)
            self._taking_part[value] = found
        return found

    def named_through_member(self, value: str) -> bool:
        """A body the documents name only through a member of it: every entry holding it names, in
        its answer and quotes, not the body but its member (the prosecution, through the Prosecutor
        General who spoke). What they tell of it is what he said and that he was there; nothing of
        the body itself (its role, its status)."""
        found = self._through_member.get(value)
        if found is None:
            compiled = self.index.compiled
            term_id = compiled.term_ids.get(value)
            rows = compiled.entry_postings.row(term_id).tolist() if term_id is not None else []
            members = self._members.get(value, frozenset())
            found = bool(rows and members) and all(
                value not in (said := self._said(compiled.entry_ids[p])) and not said.isdisjoint(members)
                for p in rows
            )
            self._through_member[value] = found
        return found

    def _said(self, entry_id: str) -> frozenset[str]:
        """The values of the entry's answer and quotes."""
        entry = self.kb.by_id[entry_id]
        return frozenset().union(*(self.analyzer.analyse(t).values for t in (entry.answer, *entry.quotes)))

    def _says_presence(self, entry_id: str) -> bool:
        """The entry's answer or quotes say that someone took part."""
        entry = self.kb.by_id[entry_id]
        said = frozenset().union(*(self.analyzer.analyse(t).values for t in (entry.answer, *entry.quotes)))
        return self.presence <= said

    def _foreign_to_source(self, source: str, value: str) -> bool:
        """The source never uses the term though another document does (as _foreign, for a source)."""
        statistics = self._source_statistics.get(source, 0)
        return statistics != 0 and statistics not in self._using(value)

    def frames(self, value: str) -> bool:
        """The term is one most entries of some source hold: what its document is about as a whole."""
        return bool(self._framing(value))

    def _framing(self, value: str) -> frozenset[str]:
        """The sources most of whose entries hold the term (FRAME_SHARE): what their document is
        about as a whole. A word for their reform, draft or constitution frames what any of them
        frames: the English "draft" is the Russian text's «проект», though the knowledge base holds
        it only in its English questions and answers («Did the participants vote on the draft?»)."""
        if value in self.whole:
            return frozenset().union(*(self._held_by_most(v) for v in self.whole))
        return self._held_by_most(value)

    def _held_by_most(self, value: str) -> frozenset[str]:
        """The sources most of whose entries hold the term (FRAME_SHARE). Worked out once a term
        (bounded by the vocabulary)."""
        found = self._frames.get(value)
        if found is None:
            compiled = self.index.compiled
            term_id = compiled.term_ids.get(value)
            held: dict[str, int] = {}
            if term_id is not None:
                for position in compiled.entry_postings.row(term_id).tolist():
                    source = self.kb.by_id[compiled.entry_ids[position]].source
                    held[source] = held.get(source, 0) + 1
            found = frozenset(s for s, n in held.items() if n >= FRAME_SHARE * self._source_sizes[s])
            if term_id is not None:
                self._frames[value] = found
        return found

    def _rare_concepts(self) -> frozenset[str]:
        """Curated concepts of several words that few entries hold (права и свободы, нулевая
        терпимость, персональные данные): a question naming one is about it, so an answer must hold
        it too. Not the words naming the documents themselves (круглый стол, пресс-релиз), nor an
        action («принять участие»)."""
        compiled = self.index.compiled
        most = SUBJECT_MAX_SHARE * len(compiled.entry_ids)
        naming = {
            value
            for source in self.kb.sources.values()
            for text in (source.meta.title, source.meta.kind)
            for value in self.analyzer.analyse(text).values
        }
        morphology = shared_morphology()
        nominal = self._nominal_concepts()
        return frozenset(
            term
            for term, term_id in compiled.term_ids.items()
            if (" " in term or term in nominal)
            and term not in naming
            and len(compiled.entry_postings.row(term_id)) <= most
            and morphology.info(term.split()[0]).pos not in PREDICATE_POS  # not «принять участие»
        )

    def _nominal_concepts(self) -> frozenset[str]:
        """Curated single-word concepts whose synonyms are all names of things (преамбула, профилактика),
        not of actions (оценка ~ оценить)."""
        morphology = shared_morphology()
        out: set[str] = set()
        for group in self.kb.synonyms.groups:
            canonical = self.analyzer.analyse(group[0]).values
            if len(canonical) == 1 and all(
                morphology.info(word).pos not in PREDICATE_POS for phrase in group for word in words(phrase)
            ):
                out |= canonical
        return frozenset(out)

    def _sources_of(self, entry_id: str) -> frozenset[str]:
        entry = self.kb.by_id[entry_id]
        return frozenset({entry.source, *entry.quote_sources})

    def _distinctive_source_terms(self) -> dict[str, frozenset[str]]:
        """Term -> the source it names: each source's event or topic (the terms of its title and of
        its entries' topics) counts as a subject once other sources are present. A term counts only
        when nearly all entries holding it are that source's («круглый стол» for the press release,
        «выставка» for an exhibition announcement; not «документ» or «Казахстан», which both use)."""
        if len(self.kb.sources) < 2:
            return {}
        compiled = self.index.compiled
        owners_of_entry = [
            frozenset({self.kb.by_id[e].source, *self.kb.by_id[e].quote_sources}) for e in compiled.entry_ids
        ]
        topics: dict[str, list[str]] = {}
        for entry in self.kb.entries:
            topics.setdefault(entry.source, []).append(entry.topic)
        named: dict[str, set[str]] = {}
        for source_id, source in self.kb.sources.items():
            texts = [source.meta.title, *topics.get(source_id, ())]
            for text in dict.fromkeys(texts):
                for value in self.analyzer.analyse(text).values:
                    named.setdefault(value, set()).add(source_id)
        out: dict[str, frozenset[str]] = {}
        for value, sources in named.items():
            term = compiled.term_ids.get(value)
            if term is None or len(sources) != 1:
                continue
            holders = [owners_of_entry[int(p)] for p in compiled.entry_postings.row(term)]
            own = sum(1 for owners in holders if owners & sources)
            if holders and own >= SOURCE_TERM_SHARE * len(holders):
                out[value] = frozenset(sources)
        return out

    def covers(self, entry_id: str, subject: Subject) -> bool:
        if subject.sources and not subject.sources & self._sources_of(entry_id):
            return False  # the question is about another source's event or topic
        if any(
            self._foreign(entry_id, v) and (is_noun(v) or v in subject.kazakh_nouns) for v in subject.nouns
        ):
            return False  # a noun the entry's document never uses: the question is about another one
        # (as itself, not a word of its family: «законных интересов» tells of no law)
        if not all(any(self.index.holds(entry_id, v) for v in part) for part in subject.asked):
            return False  # the thing asked for (asked_parts) is not what the entry speaks of
        if not subject.known:
            return True
        return all(
            any(
                self.holds(entry_id, u)
                and not self.only_within(entry_id, u)
                and (u not in self.presence or self._tells_presence(entry_id))
                for a in subject.either(v)
                for u in subject.standing_for(a)
            )
            or any(all(self.holds(entry_id, w) for w in sphere) for sphere in subject.within(v))
            for v in subject.known
        )

    def answers(self, entry_id: str, subject: Subject) -> bool:
        """The entry covers the question's subject (covers) and tells of each person or body it
        names more than a variant of its questions does (_only_asked_of), unless the question asks
        whether they were there. A decline still counts such an entry as about the subject: the
        document names them there («Какие депутаты Мажилиса выступали?» is not in the document)."""
        if not self.covers(entry_id, subject):
            return False
        if not all(part & self._acts.get(entry_id, frozenset()) for part in subject.acts):
            # a law asked which of is an act: an entry holding the law's noun otherwise tells of
            # none («равны перед законом», «применение законов»: the law as a whole), though the
            # question is about what it speaks of (a decline says the document is silent)
            return False
        if not all(part & self.owns_rights(entry_id) for part in subject.owners):
            # whose rights are asked: the entry names them, if at all, apart from rights (the
            # ombudsman's «өкілдері», his staff, tell nothing of workers' rights)
            return False
        if not all(any(self.index.holds(entry_id, v) for v in part) for part in subject.spoken):
            return False  # speaking asked of one the entry names only as taking part
        if not all(part & self._told(entry_id) for part in subject.heads):
            # the kind asked for (which_heads) is not one the entry tells of: it speaks of the
            # thing as a whole, and a decline says the document does not say which
            return False
        if not self.presence.isdisjoint(subject.known):
            return True
        return not any(self._only_asked_of(entry_id, v) for v in subject.known)

    def _only_asked_of(self, entry_id: str, value: str) -> bool:
        """«Что в разделе о Сенате?», «На чем сосредоточились депутаты Сената?»: a person or body
        the entry's answer and quotes never name (neither it, nor a member of it, nor a word of its
        name), though a question variant of it does («Участвовали ли депутаты Мажилиса или
        Сената?»: the answer names Parliament, of which the text never names a chamber), is asked
        of there only as one who may have taken part: the entry answers of it only a question
        whether someone was there (Subjects.answers), and tells nothing else of it."""
        key = (entry_id, value)
        found = self._asked_only.get(key)
        if found is None:
            found = False
            # (a body the entry does not hold at all is covered otherwise, if at all: through the
            # sphere it works in, or as an alternative offered beside the one it holds)
            if value in self.named and self.holds(entry_id, value):
                entry = self.kb.by_id[entry_id]
                texts = (entry.answer, *entry.quotes)
                said = frozenset().union(*(self.analyzer.analyse(t).values for t in texts))
                morphology = shared_morphology()
                lemmas = {morphology.info(w).lemma for t in texts for w in words(t)}
                found = (
                    value not in said
                    and said.isdisjoint(self._members.get(value, ()))
                    and lemmas.isdisjoint(value.split())
                )
            self._asked_only[key] = found
        return found

    def _tells_presence(self, entry_id: str) -> bool:
        """«Была ли на круглом столе полиция?»: only an entry whose answer says who took part, or one
        answering «who» (the speaker), tells whether someone was there; one whose variants merely
        name the participants («На каких направлениях сосредоточились участники?») does not. One
        saying whose words it reports (kind `who_said`) names a speaker who was there."""
        told = self._presence_told.get(entry_id)
        if told is None:
            entry = self.kb.by_id[entry_id]
            said = frozenset().union(
                *(self.analyzer.analyse(t).values for t in (entry.answer, *entry.quotes))
            )
            told = bool({"who", "who_said"} & entry.question_kinds) or self.presence <= said
            self._presence_told[entry_id] = told
        return told

    def owns_rights(self, entry_id: str) -> frozenset[str]:
        """Whose rights the entry's answers (in each language) and quotes tell of: the terms side by
        side with rights in one clause («прав и свобод граждан», «правам человека», «адам
        құқықтары»): read once, when first asked."""
        owners = self._entry_terms.get((entry_id, "owners"))
        if owners is None:
            entry = self.kb.by_id[entry_id]
            texts = [entry.answer, *entry.quotes, *(t.answer for t in entry.translations.values())]
            found: set[str] = set()
            for clause in (c for text in texts for c in CLAUSE_BREAK.split(text) if c.strip()):
                for a, b in pairwise(self.analyzer.analyse(clause).terms):
                    found.update(x.value for x, y in ((a, b), (b, a)) if _of_rights(y.value))
            owners = self._entry_terms[entry_id, "owners"] = frozenset(found)
        return owners

    def _told(self, entry_id: str) -> frozenset[str]:
        """The terms of the entry's answers (in each language) and quotes, not of the variants of
        its questions ("the legal system" there tells of no system): read once, when first asked."""
        told = self._entry_terms.get((entry_id, "told"))
        if told is None:
            entry = self.kb.by_id[entry_id]
            texts = [entry.answer, *entry.quotes, *(t.answer for t in entry.translations.values())]
            told = frozenset().union(*(self.analyzer.analyse(text).values for text in texts))
            self._entry_terms[entry_id, "told"] = told
        return told

    def only_within(self, entry_id: str, value: str) -> bool:
        """«Присутствовал ли лично Токаев?»: an entry that names the President only within «Администрация
        Президента» is about the Administration, not him. Its Russian texts are read (the phrase's
        inflected Kazakh forms come apart), once, when first asked."""
        wholes = self._parted.get(value)
        if wholes is None:
            return False
        holds = self.index.holds
        if holds(entry_id, value) and not any(holds(entry_id, whole) for whole in wholes):
            return False  # the name, and no longer one holding it: read it (most entries) without the texts
        standalone = self._entry_terms.get((entry_id, "standalone"))
        if standalone is None:
            entry = self.kb.by_id[entry_id]
            texts = [*entry.questions, entry.answer, *entry.quotes]
            standalone = frozenset().union(*(self.analyzer.analyse(text).values for text in texts))
            self._entry_terms[entry_id, "standalone"] = standalone
        return value not in standalone

    def _foreign(self, entry_id: str, value: str) -> bool:
        """Whether the entry's document never uses the term though another document does («суд» of
        a law beside the round table): what counts as a noun the documents never use, per document.
        Only a source large enough for its own statistics (index.OWN_STATISTICS_MIN_ENTRIES) tells."""
        statistics = self._entry_statistics[self._entry_number[entry_id]]
        if statistics == 0 or statistics in self._using(value):
            return False
        # nor a word of its family («обращение» of the laws, «обратиться» of the round table)
        return all(statistics not in self._using(relative) for relative in self._family(value))

    def _using(self, value: str) -> frozenset[int]:
        """The statistics (large sources) whose entries or text use the term, worked out once a term."""
        found = self._statistics_using.get(value)
        if found is None:
            compiled = self.index.compiled
            term_id = compiled.term_ids.get(value)
            held = compiled.own_idf.row(term_id)[0].tolist() if term_id is not None else []
            found = frozenset([*compiled.own_text_terms.get(value, ()), *held])
            if term_id is not None:  # a term of the knowledge base: bounded by its vocabulary
                self._statistics_using[value] = found
        return found

    def holds(self, entry_id: str, value: str) -> bool:
        """Whether the entry's texts hold the term, or a word of its family."""
        holds = self.index.holds
        return holds(entry_id, value) or any(holds(entry_id, r) for r in self._family(value))

    def missing(self, question: str, entry_id: str) -> tuple[str, ...]:
        """The question's subject words that the entry does not hold (directly, through a synonym
        or a word of the family): its nouns and names (by morphology, not by the curated list the
        engine decides on), leaving out those most entries hold (конституция, проект). An answer
        from an entry that lacks one rests on other words of the question. For the evaluation."""
        compiled = self.index.compiled
        shared = SUBJECT_MAX_SHARE * len(compiled.entry_ids)
        missing = []
        for term in self.analyzer.analyse(focus(question)[0]).terms:
            if not term.real_word or not is_noun(term.value):
                continue
            term_id = compiled.term_ids.get(term.value) if term.known else None
            if term_id is not None and len(compiled.entry_postings.row(term_id)) > shared:
                continue
            if not term.known or not self.holds(entry_id, term.value):
                missing.append(term.value)
        return tuple(dict.fromkeys(missing))

    def _family(self, value: str) -> tuple[str, ...]:
        return () if " " in value else self.index.vocabulary.family(value)


# how many words before a short participle its future «быть» may stand («будут ли упразднены»)
FUTURE_AUXILIARY_SPAN = 2


def _future_passive(found: Sequence[str], i: int) -> bool:
    """«будут упразднены», «будет ли ликвидирован»: a short participle after a future «быть» is a
    passive of what is yet to be done, not a past («были упразднены»)."""
    morphology = shared_morphology()
    return morphology.info(found[i]).pos == "PRTS" and any(
        morphology.surely_future(w) for w in found[max(0, i - FUTURE_AUXILIARY_SPAN) : i]
    )


def _qualifiers(terms: tuple[Term, ...], of: Collection[str] | None = None) -> tuple[Term, ...]:
    """The adjectives the documents never use right before a noun they do («иностранные эксперты»):
    what kind of those is meant («quick» of «Quick one: who…» qualifies no noun). `of`: only
    before these nouns (the people and bodies named)."""
    return tuple(
        t
        for t, after in pairwise(terms)
        if not t.known
        and t.pos in QUALIFIER_POS
        and after.known
        and (after.pos in SUBJECT_POS if of is None else after.value in of)
    )


def _kind_heads(phrases: Sequence[Sequence[str]], vocabulary: Collection[str]) -> frozenset[str]:
    """The nouns the synonym phrases hold only as their last word after an adjective and never on
    their own nor elsewhere in a phrase («система» of «правоохранительная система»), which the
    documents do not use as words of their own (see Subjects._other_kinds)."""
    morphology = shared_morphology()
    heads: set[str] = set()
    elsewhere: set[str] = set()
    for phrase in phrases:
        infos = [morphology.info(word) for word in phrase]
        for i, info in enumerate(infos):
            after_adjective = i == len(infos) - 1 and i > 0 and infos[i - 1].pos in QUALIFIER_POS
            (heads if after_adjective and info.pos == "NOUN" else elsewhere).add(info.lemma)
    return frozenset(head for head in heads - elsewhere if head not in vocabulary)


def _in_force(word: str, term: Term) -> bool:
    """A present active participle the documents never use («действующая Конституция», «ныне
    существующий закон»): the one that acts or holds now, a state of the thing named, so another one
    than their draft; not the passive of what is done to the draft («обсуждаемая», «предлагаемая»
    реформа), nor a participle of the documents' own verbs («обсуждающаяся» is known)."""
    return term.real_word and term.pos == "PRTF" and bool(PRESENT_ACTIVE.search(word.lower()))


@lru_cache(maxsize=65536)
def is_noun(value: str) -> bool:
    """A noun, or a phrase with a noun in it (a curated concept: «круглый стол», «закон и порядок»)."""
    morphology = shared_morphology()
    return any((info := morphology.info(word)).known and info.pos == "NOUN" for word in value.split())


def _later_one(word: str) -> bool:
    """A word of a later time that names the one after (LATER_ONE)."""
    return _one_of(word, LATER_ONE)


def _earlier_one(word: str) -> bool:
    """A word of an earlier time that names the one before (EARLIER_ONE)."""
    return _one_of(word, EARLIER_ONE)


def _one_of(word: str, words: frozenset[str]) -> bool:
    """The word is one of `words`, by its lemma or as typed (a Kazakh or English one)."""
    return word in words or shared_morphology().info(word).lemma in words


def _law_noun(word: str) -> bool:
    """A law's noun: a lemma or English word of LAW_LEMMAS, or a Kazakh one («заң», «кодекс»)."""
    return (
        word in LAW_LEMMAS
        or shared_morphology().info(word).lemma in LAW_LEMMAS
        or word.startswith(KAZAKH_LAW_STEMS)
    )


def _law_asked_by_which(found: tuple[str, ...], i: int) -> bool:
    """«Какой закон будет регулировать…», "which law governs…", «қандай заң»: the word at i is a
    law's noun asked for by the word before it (past its adjectives: «какие новые законы»), not the
    principle «Закон и порядок»."""
    morphology = shared_morphology()
    word = found[i]
    if not (
        word in LAW_LEMMAS or morphology.info(word).lemma in LAW_LEMMAS or word.startswith(KAZAKH_LAW_STEMS)
    ):
        return False
    for j in range(i - 1, max(i - 2 - LAW_QUALIFIER_SPAN, -1), -1):
        if morphology.info(found[j]).lemma in LAW_ASKING or found[j] in LAW_ASKING:
            return tuple(found[i + 1 : i + 3]) not in LAW_AND_ORDER
        if not _law_qualifier(found[j]):
            return False
    return False


def _law_qualifier(word: str) -> bool:
    """An adjective qualifying a law's noun after the asking word («какие новые законы»), not the
    «основной» of «Основной закон» (the Constitution)."""
    if word in ENGLISH_LAW_QUALIFIERS:
        return True
    info = shared_morphology().info(word)
    return info.pos == "ADJF" and info.lemma != CONSTITUTION_ADJECTIVE


def _after_kazakh_topic(found: tuple[str, ...], i: int) -> bool:
    """The word at i follows «туралы» (Kazakh: about), past an asking word («туралы қандай заң»)."""
    j = i - 1
    while j >= 0 and found[j] in KAZAKH_LAW_ASKING:
        j -= 1
    return j >= 0 and found[j] == KAZAKH_TOPIC


def _or_what(found: tuple[str, ...], i: int) -> bool:
    """The word at `i` is the «как» closing spoken Russian's yes/no question «…или как?» ("…or
    what?", as «…или нет?»): no asking word, and no second side offered («ИИ в полиции будут юзать
    или как?»)."""
    return i == len(found) - 1 and i > 0 and found[i] == "как" and found[i - 1] in ALTERNATIVE_WORDS


def checked_that(found: Sequence[str], i: int) -> bool:
    """The word at `i` is the «что» of «правда ли, что…», «верно, что…»: the conjunction opening the
    statement checked, not an asking word."""
    return found[i] == "что" and not CHECKING_WORDS.isdisjoint(found[max(0, i - CHECKED_THAT_SPAN) : i])


def _of_rights(value: str) -> bool:
    """A term naming rights, alone or in a phrase («право», «право свобода», "right", «құқық»)."""
    return not RIGHTS_TERMS.isdisjoint(value.split())


def _rights_named(found: tuple[str, ...]) -> Iterator[int]:
    """Where the noun «право» stands among the question's words (`right_to`, `rights_owners`)."""
    morphology = shared_morphology()
    for i, word in enumerate(found):
        info = morphology.info(word)
        if info.pos == "NOUN" and info.lemma == RIGHT_LEMMA:
            yield i

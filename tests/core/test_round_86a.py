"""Round 86a: literary-Russian questions of the fresh blind sets declined though answerable: a
which-word before a delegate noun asks a member of a group; real synonyms («непримиримость»,
«органы правопорядка», «отстаивать», «технологические решения», «новые нормы», «заострить
внимание», «работа государственного управления»); a place found for a thing; spoken particles
before the question word; «может» before an infinitive; «чем» after a comparative (real engine)."""

from __future__ import annotations

import pytest

from ._support import describe


@pytest.mark.parametrize(
    "question",
    [
        "Какой высокопоставленный представитель правоохранительной системы выступал перед участниками?",
        "Какой представитель правоохранительных органов выступил на круглом столе?",
        "Какой представитель силовых структур выступал?",
        "Which representative of law enforcement spoke at the round table?",
    ],
)
def test_which_delegate_of_a_group_is_its_member(engine, question: str) -> None:
    """«Какой представитель X выступал?»: a which-word before a delegate noun asks which member of
    the group X, as «кто из X» does; the Prosecutor General is one of the law-enforcement bodies."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "speaker"), describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какой представитель налоговой службы выступал?",
        "Какой представитель правоохранительной системы руководит ею?",
        "Which representative of the tax service spoke?",
    ],
)
def test_which_delegate_near_misses_decline(engine, question: str) -> None:
    """A group the documents never name, or a deed they never tell of a member, still declines."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Шла ли речь о непримиримом отношении к нарушениям закона?",
        "Говорилось ли о непримиримом отношении к нарушениям закона?",
        "Говорилось ли о непримиримости к правонарушениям?",
    ],
)
def test_irreconcilable_attitude_is_zero_tolerance(engine, question: str) -> None:
    """«непримиримое отношение к нарушениям» is intolerance of offences: the text's zero tolerance."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "law_and_order_meaning"), describe(reply)


def test_irreconcilable_attitude_to_another_thing_declines(engine) -> None:
    """Towards a thing the documents never name («коррупция») it is no answer."""
    reply = engine.answer("Шла ли речь о непримиримом отношении к коррупции?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я работаю в миграционной службе. Касается ли реформа того, как органы правопорядка "
        "отстаивают интересы людей?",
        "Я волонтёр НКО, которая помогает пожилым людям. Есть ли в документе что-то о том, как "
        "правоохранители будут отстаивать интересы людей?",
        "Идёт ли речь о том, чтобы органы правопорядка работали как сервис для людей?",
        "На чём должны делать акцент органы правопорядка в рамках новой модели работы?",
    ],
)
def test_bodies_of_law_and_order_are_law_enforcement(engine, question: str) -> None:
    """«органы правопорядка» are the law-enforcement bodies; standing up for interests,
    «отстаивать», is protecting them."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


def test_count_of_law_and_order_staff_declines(engine) -> None:
    """How many of their staff took part the documents never say."""
    reply = engine.answer("Сколько сотрудников органов правопорядка участвовало?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Какие технологические инструменты предлагают внедрить в правовую сферу?",
        "Какие технологические решения предлагаются?",
    ],
)
def test_technological_is_the_texts_technologies(engine, question: str) -> None:
    """Technological solutions or tools are the text's digital ones."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "digital_solutions"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Какие технологические компании участвовали?", "Какую технологическую платформу выберут?"],
)
def test_technological_near_misses_decline(engine, question: str) -> None:
    """Companies or a platform the documents never name still decline."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


def test_new_norms_are_the_new_provisions(engine) -> None:
    """«новые нормы» are the draft's new provisions, as «новые положения» are."""
    reply = engine.answer("Как генеральный прокурор относится к публичной дискуссии о новых нормах?")
    assert (reply.kind, reply.entry_id) == ("answer", "open_dialogue"), describe(reply)


def test_new_norms_on_taxes_decline(engine) -> None:
    """New norms on a thing the documents never name still decline."""
    reply = engine.answer("Какие новые нормы о налогах предлагаются?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Назовите ключевые темы, на которых заострили внимание участники.", "key_directions"),
        ("На чём заострили внимание участники круглого стола?", "practical_focus"),
    ],
)
def test_sharpened_attention_is_special_attention(engine, question: str, entry_id: str) -> None:
    """«заострить внимание на X» is to pay X special attention."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_sharpened_attention_on_taxes_declines(engine) -> None:
    """Attention to a topic the documents never name still declines."""
    reply = engine.answer("Заострили ли внимание на налогах?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Я работаю в некоммерческой организации. Нашлось ли на обсуждении место для гражданского сектора?",
        "Нашлось ли в обсуждении место для общественных организаций?",
    ],
)
def test_place_found_for_a_thing_is_room_given(engine, question: str) -> None:
    """«Нашлось ли место для X?»: room given to X there, asked as whether X took part."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "participant_public_orgs"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Нашлось ли место для налоговой реформы?", "Нашлось ли место для проведения круглого стола?"],
)
def test_place_found_near_misses_decline(engine, question: str) -> None:
    """Room for a thing the documents never name, or a venue for holding the event, declines."""
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        (
            "Я старый бухгалтер и реформ повидал немало. Ну и как там оценивают эти изменения — "
            "опять «всё прекрасно»?",
            "overall_assessment",
        ),
        ("Я старый бухгалтер. Ну и как там оценивают эти изменения?", "overall_assessment"),
        ("Я пенсионер. Ну и кто там выступал?", "speaker"),
        ("Я учитель. А когда прошёл круглый стол?", "event_date"),
    ],
)
def test_spoken_particles_before_the_question_word(engine, question: str, entry_id: str) -> None:
    """«Ну и как…», «А когда…» after the asker's sentence: the question opens past the particles."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


def test_spoken_particles_before_an_unknown_topic_decline(engine) -> None:
    reply = engine.answer("Я учитель. Ну и что там с налогами?")
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Какую роль может сыграть экспертное сообщество в конституционной реформе?", "outcome"),
        ("Какую роль могут сыграть учёные?", "participant_science"),
        ("Могут ли граждане высказаться по проекту?", "public_involvement"),
    ],
)
def test_can_before_an_infinitive_asks_the_deed(engine, question: str, entry_id: str) -> None:
    """«может сыграть» asks as «сыграет» does: the modal is no subject."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", entry_id), describe(reply)


@pytest.mark.parametrize(
    "question", ["Может ли ИИ заменить судей?", "Как может измениться налоговая система?"]
)
def test_can_near_misses_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Станут ли правоохранительные органы больше работать на предупреждение нарушений, чем на наказание?",
        "Будут ли правоохранители больше заниматься профилактикой, чем наказанием?",
    ],
)
def test_than_after_a_comparative_weighs_punishment(engine, question: str) -> None:
    """«больше X, чем Y»: «чем» after a comparative weighs Y against X, as "than" does; punishment
    against prevention asks of the documents' side."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "rights_protection_priority"), describe(reply)


@pytest.mark.parametrize(
    "question",
    ["Станут ли наказания строже, чем сейчас?", "Будут ли суды чаще оправдывать, чем осуждать?"],
)
def test_than_near_misses_decline(engine, question: str) -> None:
    reply = engine.answer(question)
    assert reply.kind == "none", describe(reply)


@pytest.mark.parametrize(
    "question",
    [
        "Что в проекте касается работы государственного управления?",
        "Как изменится работа государственного управления?",
    ],
)
def test_work_of_public_administration_is_public_administration(engine, question: str) -> None:
    """«работа государственного управления» is the text's public administration, as «работа
    госаппарата» is."""
    reply = engine.answer(question)
    assert (reply.kind, reply.entry_id) == ("answer", "overall_assessment"), describe(reply)


def test_public_administration_in_a_sphere_never_named_declines(engine) -> None:
    reply = engine.answer("Что говорится о работе госуправления в налоговой сфере?")
    assert reply.kind == "none", describe(reply)


def test_new_technologies_beside_private_data_keep_their_entry(engine) -> None:
    """«новых технологий» stays a plain word: the question of privacy keeps its entry."""
    reply = engine.answer(
        "Как в проекте соотносятся внедрение новых технологий и защита сведений о частной жизни граждан?"
    )
    assert (reply.kind, reply.entry_id) == ("answer", "personal_data_protection"), describe(reply)

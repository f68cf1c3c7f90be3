"""The reader: the passes of bot/qa/reading/ applied to a question in their order."""

from __future__ import annotations

from dataclasses import replace

from bot.qa.analyzer import Analysis, Analyzer
from bot.qa.kb import KnowledgeBase
from bot.qa.negation import asks_what_did_not_happen
from bot.qa.reading import (
    alternatives,
    asker,
    claims,
    comparison,
    dangers,
    dates,
    form,
    frames,
    kazakh_nouns,
    meaning,
    mentions,
    people,
    piece,
    sayings,
    scope,
    weighed,
)
from bot.qa.reading.context import Pass, ReaderContext

# The passes before a bare «when» is read (dates.bare_when), in the order they apply: a later pass
# reads what the earlier ones left.
PASSES_BEFORE_WHEN: tuple[Pass, ...] = (
    claims.understood_rightly,
    asker.named_before_a_pronoun,
    asker.asked_before_the_question,
    frames.number_of_things,
    people.the_gathered,
    frames.which_state,
    frames.whose_whole,
    people.other_holder,
    people.first_to_act,
    people.floor_giver,
    people.event_head,
    people.event_holder,
    claims.objectors_asked,
    scope.narrowed_after,
    scope.devoted_to,
    scope.event_topic,
    claims.yes_no_opposed,
    claims.claim_opposed,
    claims.loaded_opposed,
    claims.ended_yet,
    claims.stance_against,
    meaning.what_it_means,
    mentions.talk_of_a_thing,
    mentions.talk_of_nothing_named,
    kazakh_nouns.kazakh_topic,
    kazakh_nouns.kazakh_plural,
    kazakh_nouns.kazakh_object,
    kazakh_nouns.kazakh_attended,
    kazakh_nouns.kazakh_counted,
    kazakh_nouns.kazakh_owner,
    kazakh_nouns.kazakh_which,
    kazakh_nouns.kazakh_qualified,
    frames.for_what_of_a_noun,
    frames.grounds_of_a_name,
    frames.aimed_at_attaining,
    frames.by_design,
    frames.leading_to,
    frames.helping_to_do,
    people.possessive_phrase,
    people.without_in_the_person,
    people.attached_body,
    people.people_of_a_body,
    frames.without_place_taken,
    frames.without_function_served,
    frames.without_domain_frame,
    frames.text_of_the_draft,
    frames.attitude_to,
    frames.stance_of_named,
    frames.struggle_against,
    frames.degree_of_a_quality,
    frames.excess_weighed,
    frames.steps_asked,
    frames.primacy_of_attention,
    frames.emphasis_ahead,
    frames.forms_of_a_thing,
    frames.role_in_making,
    frames.without_manner_frame,
    frames.condition_asked,
    frames.character_of_a_thing,
    frames.held_character,
    frames.raised_to_a_rank,
    frames.level_raised,
    frames.topic_noun,
    frames.essence_of,
    frames.tasks_before_someone,
    frames.goals_of_the_changes,
    frames.given_to_people,
    frames.at_a_level,
)
# and after it
PASSES_AFTER_WHEN: tuple[Pass, ...] = (
    form.without_brevity,
    form.without_in_fact,
    form.without_information_about,
    form.without_breadth,
    form.without_request,
    form.without_audience,
    form.without_count_wanted,
    sayings.according_to_the_piece,
    sayings.stated_attributive,
    dates.held_attributive,
    sayings.what_someone_said,
    sayings.came_out_with,
    sayings.change_proposed,
    sayings.talked_of,
    sayings.voiced_whether,
    sayings.on_the_agenda,
    sayings.talked_of_before,
    sayings.thoughts_of_a_speaker,
    sayings.why_insisted,
    sayings.said_of_the_whole,
    sayings.headline_saying,
    people.gathering_not_intending,
    people.which_ones_there,
    people.which_person,
    people.involved_as_taking_part,
    people.who_was_at,
    people.disposition_of_named,
    people.who_exactly_there,
    people.who_exactly_said,
    people.who_passive,
    dates.when_future,
    dates.at_a_time_to_come,
    people.post_to_come,
    people.post_taken,
    people.holder_now,
    dates.past_period,
    dates.earlier_state,
    dates.repeat_to_come,
    frames.consequence_of_a_condition,
    people.which_of_named,
    people.which_of_members,
    people.which_bodies,
    people.name_requested,
    scope.beyond_the_list,
    scope.without_excluded,
    scope.all_by_its_kinds,
    claims.whether_on_a_date,
    comparison.difference_of_named,
    alternatives.slang_fine_or_not,
    alternatives.only_these_there,
    alternatives.without_exclusive_alternative,
    weighed.contrast_as_theirs,
    alternatives.opposed_alternative,
    alternatives.open_alternative,
    alternatives.without_unknown_alternative,
    dates.what_on_own_date,
    dates.without_own_date,
    scope.within_the_whole,
    dangers.undesirable,
    dangers.warned_to_avoid,
    dangers.without_avoided_danger,
    piece.wording_of,
    piece.without_the_piece,
    piece.part_about,
    piece.part_asked,
    scope.without_the_whole,
    form.topics_listed,
    form.practical_ones_asked,
    form.item_of_list,
    form.purpose_of_an_item,
    form.item_by_position,
    form.ranked_first,
    dangers.warned_of_danger,
    dangers.feared_without,
    scope.without_own_country,
    scope.taught_where,
    people.for_whom,
    people.whose_the_text_says,
    claims.without_hedge,
    claims.described_as,
    claims.without_judging,
    piece.without_judged_by,
    frames.role_of_the_event,
    scope.without_kind_of_named,
    sayings.where_mentioned,
    claims.named_as,
    people.whom,
    people.invited_as_taking_part,
    sayings.owner_of_a_saying,
    sayings.done_by_all,
    sayings.said_by_all,
    sayings.said_impersonally,
    sayings.said_before_a_question,
    sayings.said_of_a_thing,
    sayings.spoke_in_a_relative,
    sayings.judged_impersonally,
    scope.which_other,
    scope.without_listed_others,
    scope.reciprocal_other,
    form.term_length,
    claims.claimed_quality,
    claims.english_claimed_quality,
    claims.kazakh_claimed_quality,
)


class QuestionReader:
    """Reads a question for the engine: the passes above, in their order, over one ReaderContext
    worked out at start-up."""

    def __init__(
        self, kb: KnowledgeBase, analyzer: Analyzer, base: Analyzer, subjects: frozenset[str]
    ) -> None:
        """`base`: the analyzer without the index's vocabulary; `subjects`: the people and
        institutions the documents name (synonyms.yaml)."""
        self.context = ReaderContext(kb, analyzer, base, subjects)
        self.agents = self.context.agents  # generic words for bodies or people

    def read(self, question: str, analysis: Analysis, *, bare_when: bool = True) -> Analysis:
        """The analysis as the engine should rank it. `bare_when`: a «when» with no word of its own
        asks the document's date (not after small talk: «спасибо, когда…» is not a bare «when»)."""
        if asks_what_did_not_happen(question):  # kind `negated`: no entry tells what did not happen
            return replace(analysis, kinds=analysis.kinds | {"negated"})
        for step in PASSES_BEFORE_WHEN:
            analysis = step(self.context, question, analysis)
        if bare_when:
            analysis = dates.bare_when(self.context, question, analysis)
        for step in PASSES_AFTER_WHEN:
            analysis = step(self.context, question, analysis)
        return analysis

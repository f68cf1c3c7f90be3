"""Load test: many users, several questions each, through the REAL polling loop over loopback HTTP.

The bot is serve() itself (aiohttp session, long polling, middlewares, throttling, the analytics
store in a temporary SQLite file); the stand-in plays Telegram on 127.0.0.1. Every user sends their
messages at once (a burst of `per_user`, which the default throttling allows: burst 5), each
message a paraphrase of a different FAQ entry, so every reply can be matched to its message by its
text: the run checks that each message was answered exactly once.

The global outgoing limit (30 messages a second by default, Telegram's broadcast limit) is turned off
here: the run measures the bot, not the pace Telegram would impose. Figures include the stand-in's
own work, which shares the event loop and the CPU with the bot (so they are pessimistic).

    python -m tests.reliability.load [--users 200] [--per-user 5] [--rate 0] [--rounds 1]

By default every message is sent at once (a burst of users × per_user updates): the latency figures
then are mostly queueing behind that burst. With --rate N the messages arrive evenly at N a second,
which shows the latency of one reply at that load.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bot.analytics import AnalyticsStore
from bot.qa.engine import Engine, load_engine
from bot.telegram.texts import UiTexts, load_texts
from tests.reliability.harness import TOKEN, running, settings_for, text_of
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub, Call

FIRST_USER_ID = 3_000_000


@dataclass(frozen=True)
class LoadResult:
    users: int
    per_user: int
    seconds: float  # from the first message sent to the last reply received
    latencies_ms: tuple[float, ...]  # message pushed -> its reply arrived at the stand-in
    recorded: int  # replies the analytics store counted
    rate: float = 0.0  # messages a second sent; 0: all at once

    @property
    def messages(self) -> int:
        return self.users * self.per_user

    @property
    def updates_per_second(self) -> float:
        return self.messages / self.seconds

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]

    def summary(self) -> str:
        pace = f"at {self.rate:.0f}/s" if self.rate else "in one burst"
        return (
            f"load: {self.users} users × {self.per_user} messages = {self.messages} updates {pace}, "
            f"answered in {self.seconds:.2f} s -> {self.updates_per_second:.0f} updates/s; reply latency "
            f"p50 {self.percentile(50):.0f} ms, p99 {self.percentile(99):.0f} ms, "
            f"max {max(self.latencies_ms):.0f} ms, mean {statistics.fmean(self.latencies_ms):.0f} ms"
        )


def question_plan(engine: Engine) -> list[tuple[str, str]]:
    """(question, entry answer) pairs, one per entry, each answered with that entry; answers distinct."""
    plan: list[tuple[str, str]] = []
    seen: set[str] = set()
    for entry in engine.kb.entries:
        if entry.answer in seen:
            continue
        for question in entry.questions[1:] + entry.questions[:1]:  # paraphrases first
            reply = engine.answer(question)
            if reply.kind == "answer" and reply.entry_id == entry.id:
                plan.append((question, entry.answer))
                seen.add(entry.answer)
                break
    return plan


async def run_load(
    users: int = 200,
    per_user: int = 5,
    *,
    workdir: Path,
    engine: Engine | None = None,
    texts: UiTexts | None = None,
    within: float = 120.0,
    rate: float = 0.0,
) -> LoadResult:
    """`rate`: messages a second, spread evenly; 0 sends them all at once (a burst)."""
    engine = engine or load_engine()
    texts = texts or load_texts()
    plan = question_plan(engine)
    assert per_user <= len(plan), f"only {len(plan)} distinct answers to ask for"
    expected = users * per_user
    arrived: dict[tuple[int, str], list[float]] = {}
    pushed: dict[tuple[int, str], float] = {}
    answers_by_text = {answer: answer for _, answer in plan}
    done = asyncio.Event()
    replies: list[Call] = []

    def on_send(call: Call) -> None:  # runs as each sendMessage arrives at the stand-in
        replies.append(call)
        if len(replies) >= expected:
            done.set()

    async with BotApiStub(TOKEN) as stub:
        stub.on("sendMessage", on_send)
        settings = settings_for(
            stub,
            analytics_db=workdir / "analytics.sqlite3",
            feedback_secret="load-test-secret-0123456789",
            throttle_burst=5,  # the defaults, stated: a burst of 5 per user passes
            throttle_rate=0.5,
            global_messages_per_second=0,  # measure the bot, not Telegram's broadcast pace
        )
        with AnalyticsStore.from_settings(settings) as store:
            async with running(stub, settings, engine, texts, feedback=store, answer_log=store, stats=store):
                began = time.monotonic()
                # round robin: everyone's first message, then everyone's second, ...
                order = [(k, u) for k in range(per_user) for u in range(users)]
                for n, (k, u) in enumerate(order):
                    if rate > 0 and (wait := began + n / rate - time.monotonic()) > 0:
                        await asyncio.sleep(wait)
                    user = U.user(FIRST_USER_ID + u, f"Пользователь {u}")
                    question, answer = plan[(u + k) % len(plan)]
                    pushed[(user["id"], answer)] = time.monotonic()
                    stub.send_text(U.private_chat(user), user, question)
                await asyncio.wait_for(done.wait(), within)
                ended = max(call.at for call in replies)
            # serve() has stopped: replies in flight finished and the analytics queue is written
            recorded = store.stats().total_questions
        parse_errors = list(stub.parse_errors)

    assert not parse_errors, parse_errors
    for call in replies:
        assert call.status == 200, (call.status, call.result)
        plain = text_of(call)
        answer = next((a for a in answers_by_text if plain.startswith(a)), None)
        assert answer is not None, f"an unexpected message: {plain[:80]!r}"
        arrived.setdefault((call["chat_id"], answer), []).append(call.at)
    missing = set(pushed) - set(arrived)
    extra = set(arrived) - set(pushed)
    twice = {key: times for key, times in arrived.items() if len(times) > 1}
    assert not missing, f"{len(missing)} messages never answered, e.g. {sorted(missing)[:3]}"
    assert not extra, f"{len(extra)} replies to nothing asked, e.g. {sorted(extra)[:3]}"
    assert not twice, f"{len(twice)} messages answered more than once"
    assert len(replies) == expected
    latencies = tuple((arrived[key][0] - pushed[key]) * 1000 for key in pushed)
    return LoadResult(users, per_user, ended - began, latencies, recorded, rate)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.reliability.load", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--per-user", type=int, default=5)
    parser.add_argument("--rate", type=float, default=0.0, help="messages a second (default: all at once)")
    parser.add_argument("--rounds", type=int, default=1, help="repeat the run (the first one is cold)")
    args = parser.parse_args(argv)
    engine, texts = load_engine(), load_texts()
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory() as workdir:
            result = asyncio.run(
                run_load(
                    args.users,
                    args.per_user,
                    workdir=Path(workdir),
                    engine=engine,
                    texts=texts,
                    rate=args.rate,
                )
            )
        print(result.summary(), flush=True)
        print(f"  every message answered exactly once; analytics recorded {result.recorded} replies")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

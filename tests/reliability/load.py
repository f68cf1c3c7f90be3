"""Load test: many users, several questions each, through the REAL polling loop over loopback HTTP.

The bot is serve() itself (aiohttp session, long polling, middlewares, throttling, the analytics
store in a temporary SQLite file); the stand-in plays Telegram on 127.0.0.1. Every user sends their
messages at once (a burst of `per_user`, which the default throttling allows: burst 5), each
message a paraphrase of a different FAQ entry, so every reply can be matched to its message by its
text: the run counts the messages never answered (lost) and the replies repeated (duplicates).

The global outgoing limit (30 messages a second by default, Telegram's broadcast limit) is turned off
here: the run measures the bot, not the pace Telegram would impose. Figures include the stand-in's
own work, which shares the event loop and the CPU with the bot (so they are pessimistic).

    python -m tests.reliability.load [--users 200] [--per-user 5] [--rate 0] [--rounds 1] [--faults]

By default every message is sent at once (a burst of users × per_user updates): the latency figures
then are mostly queueing behind that burst. With --rate N the messages arrive evenly at N a second,
which shows the latency of one reply at that load. With --faults the stand-in fails a share of the
calls at random (FAULTS: 429s with retry_after, 5xx, connections dropped before or after the message
was sent, slow answers; seeded by --seed) and the bot retries with its production backoff.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import resource
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bot.analytics import AnalyticsStore
from bot.qa.engine import Engine, load_engine
from bot.telegram.texts import UiTexts, load_texts
from tests.reliability.harness import TOKEN, inbox_states, running, settings_for, text_of, until
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub, Call, RandomFaults

FIRST_USER_ID = 3_000_000


@dataclass(frozen=True)
class FaultPlan:
    """Shares of sendMessage and getUpdates calls that fail at random (RandomFaults), seeded."""

    send: dict[str, float]
    fetch: dict[str, float]
    seed: int = 1

    def install(self, stub: BotApiStub) -> tuple[RandomFaults, RandomFaults]:
        send = RandomFaults(stub, **self.send, seed=self.seed)  # type: ignore[arg-type]
        fetch = RandomFaults(stub, **self.fetch, seed=self.seed + 1)  # type: ignore[arg-type]
        stub.on("sendMessage", send)
        stub.on("getUpdates", fetch)
        return send, fetch


# What `--faults` injects: per sendMessage, 5 % 429 (retry_after 1 s), 5 % 5xx, 3 % connections
# closed before and 2 % after the message was sent (its answer lost), 10 % answers up to 1 s late;
# per getUpdates the same but 2 % 429 and no slow answers.
FAULTS = FaultPlan(
    send={"flood": 0.05, "server": 0.05, "dropped": 0.03, "lost": 0.02, "slow": 0.10, "slowest": 1.0},
    fetch={"flood": 0.02, "server": 0.05, "dropped": 0.03, "lost": 0.02},
)


@dataclass(frozen=True)
class LoadResult:
    users: int
    per_user: int
    seconds: float  # from the first message sent to the last one answered
    latencies_ms: tuple[float, ...]  # message pushed -> its first reply accepted by the stand-in
    recorded: int  # replies the analytics store counted
    lost: int  # messages never answered
    duplicates: int  # replies beyond the first to one message
    rate: float = 0.0  # messages a second sent; 0: all at once
    injected: tuple[tuple[str, int], ...] = ()  # faults injected, by kind

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
        injected = ", ".join(f"{n} {kind}" for kind, n in self.injected)
        faults = f" under faults ({injected})" if injected else ""
        return (
            f"load: {self.users} users × {self.per_user} messages = {self.messages} updates {pace}{faults}, "
            f"answered in {self.seconds:.2f} s -> {self.updates_per_second:.0f} updates/s; reply latency "
            f"p50 {self.percentile(50):.0f} ms, p99 {self.percentile(99):.0f} ms, "
            f"max {max(self.latencies_ms, default=0):.0f} ms; lost {self.lost}, duplicates {self.duplicates}"
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
    faults: FaultPlan | None = None,
    **settings: Any,
) -> LoadResult:
    """`rate`: messages a second, spread evenly; 0 sends them all at once (a burst). `faults`: the
    stand-in fails that share of calls. `settings` override the bot's. Messages still unanswered
    after `within` seconds count as lost."""
    engine = engine or load_engine()
    texts = texts or load_texts()
    plan = question_plan(engine)
    assert per_user <= len(plan), f"only {len(plan)} distinct answers to ask for"
    pushed: dict[tuple[int, str], float] = {}
    arrived: dict[tuple[int, str], list[float]] = {}
    unexpected: list[str] = []
    complete = asyncio.Event()

    def on_answered(call: Call) -> None:  # every call, as the stand-in answers it
        if call.method != "sendMessage" or call.status != 200:
            return
        plain = text_of(call)
        answer = next((a for _, a in plan if plain.startswith(a)), None)
        if answer is None:
            unexpected.append(plain[:80])
            return
        arrived.setdefault((call["chat_id"], answer), []).append(call.at)
        if len(arrived) >= len(pushed) == users * per_user:
            complete.set()

    async with BotApiStub(TOKEN) as stub:
        stub.watch(on_answered)
        injectors = faults.install(stub) if faults else ()
        inbox = workdir / "inbox.sqlite3"
        values: dict[str, Any] = {
            "analytics_db": workdir / "analytics.sqlite3",
            "inbox_db": inbox,
            "feedback_secret": "load-test-secret-0123456789",
            "throttle_burst": 5,  # the defaults, stated: a burst of 5 per user passes
            "throttle_rate": 0.5,
            "global_messages_per_second": 0,  # measure the bot, not Telegram's broadcast pace
            **settings,
        }
        bot_settings = settings_for(stub, **values)
        with AnalyticsStore.from_settings(bot_settings) as store:
            sinks = {"feedback": store, "answer_log": store, "stats": store}
            async with running(stub, bot_settings, engine, texts, **sinks):
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
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(complete.wait(), within)
                ended = max((times[0] for times in arrived.values()), default=time.monotonic())
                if complete.is_set():  # every update finished: no late repeat goes uncounted
                    await until(lambda: "pending" not in inbox_states(inbox), within=within)
            # serve() has stopped: replies in flight finished and the analytics queue is written
            recorded = store.stats().total_questions
        parse_errors = list(stub.parse_errors)

    assert not parse_errors, parse_errors
    assert not unexpected, f"{len(unexpected)} unexpected messages, e.g. {unexpected[:3]}"
    assert not set(arrived) - set(pushed), "replies to something nobody asked"
    latencies = tuple((arrived[key][0] - pushed[key]) * 1000 for key in pushed if key in arrived)
    injected: dict[str, int] = {}
    for prefix, injector in zip(("send", "getUpdates"), injectors, strict=False):
        for kind, count in injector.injected.items():
            injected[f"{prefix} {kind}"] = count
    return LoadResult(
        users,
        per_user,
        ended - began,
        latencies,
        recorded,
        lost=len(set(pushed) - set(arrived)),
        duplicates=sum(len(times) - 1 for times in arrived.values()),
        rate=rate,
        injected=tuple(sorted(injected.items())),
    )


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.reliability.load", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--per-user", type=int, default=5)
    parser.add_argument("--rate", type=float, default=0.0, help="messages a second (default: all at once)")
    parser.add_argument("--rounds", type=int, default=1, help="repeat the run (the first one is cold)")
    parser.add_argument(
        "--faults", action="store_true", help="inject 429s, 5xx, dropped connections, slowness"
    )
    parser.add_argument("--seed", type=int, default=1, help="of the injected faults")
    args = parser.parse_args(argv)
    engine, texts = load_engine(), load_texts()
    for _ in range(args.rounds):
        cpu = _cpu()
        with tempfile.TemporaryDirectory() as workdir:
            result = asyncio.run(
                run_load(
                    args.users,
                    args.per_user,
                    workdir=Path(workdir),
                    engine=engine,
                    texts=texts,
                    rate=args.rate,
                    faults=replace(FAULTS, seed=args.seed) if args.faults else None,
                    **({"retry_backoff": 0.5} if args.faults else {}),  # the production default
                )
            )
        print(result.summary(), flush=True)
        print(f"  analytics recorded {result.recorded} replies; CPU {_cpu() - cpu:.1f} s (user+sys)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

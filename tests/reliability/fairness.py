"""Fairness benchmark: while one account floods the bot (600 button presses, or 10,000 inline
queries), how long does another user wait for the answer to a plain question?

The real bot (serve(): polling, intake throttling, the inbox, middlewares) against the stand-in on
127.0.0.1. Each flood runs twice:
- at once: the whole flood is queued, then the other users ask, one question every 0.2 s; Telegram
  delivers in order, so the first question waits for the whole flood to be fetched (the worst case);
- spread: the flood is queued evenly over the time the other users ask (one question every 0.2 s),
  i.e. their replies while the flood runs.
The figure is the time from the question being queued at the stand-in to its reply arriving there;
a baseline without any flood comes from the same run. The stand-in shares the event loop and the
CPU with the bot, so the figures are pessimistic. CPU is this process's user+sys time (bot and
stand-in together). With --profile, where that CPU time went, by component. At the end, the CPU the
bot's own intake costs per batch of 100 flooded updates (decoding, throttling).

    python -m tests.reliability.fairness [--presses 600] [--inline 10000] [--questions 25] [--profile]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import itertools
import json
import pstats
import resource
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession

from bot.qa.engine import Engine, load_engine
from bot.settings import Settings
from bot.telegram.callbacks import EntryCb
from bot.telegram.intake import IntakeThrottle
from bot.telegram.polling import GetRawUpdates
from bot.telegram.texts import UiTexts, load_texts
from tests.reliability.harness import TOKEN, running, settings_for
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub, Call, Json

QUESTION = "Кто участвовал в круглом столе?"
ASK_EVERY = 0.2  # seconds between the other users' questions
FLOOD_TICK = 0.01  # a spread flood is queued in chunks this often


@dataclass(frozen=True)
class Flood:
    presses: int = 0
    inline: int = 0
    spread: bool = False  # queued while the others ask (else all before the first question)

    @property
    def size(self) -> int:
        return self.presses + self.inline

    def __str__(self) -> str:
        if not self.size:
            return "no flood (baseline)"
        what = f"{self.presses} button presses" if self.presses else f"{self.inline:,} inline queries"
        return f"{what}, {'while asking' if self.spread else 'at once'}"


@dataclass(frozen=True)
class Measured:
    flood: Flood
    waits: tuple[float, ...]  # seconds, question queued -> reply at the stand-in
    cpu: float  # user+sys seconds of the whole run (bot and stand-in)
    round_trips: int  # getUpdates calls
    stored: int  # flood updates that reached the inbox (the rest was dropped at intake)
    fetch: tuple[int, float, float]  # before the first reply: getUpdates calls, seconds in the
    # stand-in (answering them), seconds in the bot between an answer and the next call

    def percentile(self, q: float) -> float:
        ordered = sorted(self.waits)
        return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]

    def line(self) -> str:
        return (
            f"{self.flood!s:<40} n={len(self.waits):<3} p50={statistics.median(self.waits) * 1000:7.1f} ms"
            f"  p99={self.percentile(99) * 1000:7.1f} ms  first={self.waits[0] * 1000:7.1f} ms"
            f"  stored {self.stored:>5} of {self.flood.size:>5}  getUpdates {self.round_trips:>4}"
            f"  CPU {self.cpu:5.2f} s"
        )

    def fetch_line(self) -> str:
        calls, in_stand_in, in_bot = self.fetch
        return (
            f"    the first reply came after {calls} getUpdates: {in_stand_in * 1000:.0f} ms in the stand-in"
            f" answering them, {in_bot * 1000:.0f} ms in all from an answer to the next call (HTTP,"
            " decoding, intake, commit)"
        )


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _flood_pushers(
    stub: BotApiStub, flooder: Json, on: Json | None, entry_id: str, flood: Flood
) -> list[Callable[[], object]]:
    """One function per flood update, each queueing it at the stand-in."""
    pushers: list[Callable[[], object]] = []
    if flood.presses and on is not None:
        data = EntryCb(id=entry_id).pack()
        pushers += [lambda: stub.press(flooder, on, data)] * flood.presses
    pushers += [lambda n=n: stub.inline(flooder, f"что сказал {n}") for n in range(flood.inline)]
    return pushers


async def _push_spread(pushers: list[Callable[[], object]], over: float) -> None:
    chunk = max(1, round(len(pushers) * FLOOD_TICK / over))
    began = time.monotonic()
    for n in range(0, len(pushers), chunk):
        for push in pushers[n : n + chunk]:
            push()
        await asyncio.sleep(max(0.0, began + (n // chunk + 1) * FLOOD_TICK - time.monotonic()))


async def _ask(stub: BotApiStub, questions: int, first_user: int) -> list[float]:
    waits = []
    for n in range(questions):
        other = U.user(first_user + n, f"Житель{n}")
        pushed = time.monotonic()
        stub.send_text(U.private_chat(other), other, QUESTION)
        chat_id: int = other["id"]

        def to_other(call: Call, chat_id: int = chat_id) -> bool:
            return bool(call["chat_id"] == chat_id)

        (reply,) = await stub.wait_for("sendMessage", to_other, within=120)
        waits.append(reply.at - pushed)
        await asyncio.sleep(max(0.0, pushed + ASK_EVERY - time.monotonic()))
    return waits


async def measure(engine: Engine, texts: UiTexts, flood: Flood, questions: int) -> Measured:
    flooder = U.user(4_000_001, "Флудер")
    cpu = _cpu()
    with tempfile.TemporaryDirectory() as tmp:
        async with BotApiStub(TOKEN) as stub:
            inbox = Path(tmp) / "inbox.sqlite3"
            settings = settings_for(stub, inbox_db=inbox, global_messages_per_second=0)
            async with running(stub, settings, engine, texts):
                on = None
                if flood.presses:  # the flooder presses a button under an answer of its own
                    stub.send_text(U.private_chat(flooder), flooder, QUESTION)
                    (shown,) = await stub.wait_for("sendMessage", within=30)
                    on = stub.message(flooder["id"], shown.result["message_id"])
                first_flooded = stub.last_update_id + 1
                began = time.monotonic()
                pushers = _flood_pushers(stub, flooder, on, engine.kb.entries[0].id, flood)
                round_trips = len(stub.calls_of("getUpdates"))
                if flood.spread:
                    pushing = asyncio.create_task(_push_spread(pushers, questions * ASK_EVERY))
                    waits = await _ask(stub, questions, 4_100_000)
                    await pushing
                else:
                    for push in pushers:
                        push()
                    waits = await _ask(stub, questions, 4_100_000)
                await stub.wait_confirmed(stub.last_update_id, within=120)
                round_trips = len(stub.calls_of("getUpdates")) - round_trips
                fetch = _fetching(stub.calls_of("getUpdates"), began, began + waits[0])
            stored = _stored_between(inbox, first_flooded, first_flooded + flood.size)
    return Measured(flood, tuple(waits), _cpu() - cpu, round_trips, stored, fetch)


def _fetching(calls: list[Call], began: float, ended: float) -> tuple[int, float, float]:
    """getUpdates calls answered between `began` and `ended`, the time the stand-in took to answer
    them (not counting a long poll's wait for news), and the bot's time between an answer and its
    next call (storing the batch, confirming it)."""
    within = [c for c in calls if c.at >= began and c.answered_at is not None and c.answered_at <= ended]
    busy = [c for c in within if c.result]  # a long poll that waited for news is not work
    in_stand_in = sum((c.answered_at or c.at) - c.at for c in busy)
    between = sum(nxt.at - (c.answered_at or nxt.at) for c, nxt in itertools.pairwise(within))
    return len(within), in_stand_in, between


def _stored_between(inbox: Path, first: int, end: int) -> int:
    with sqlite3.connect(inbox) as conn:
        (count,) = conn.execute(
            "SELECT COUNT(*) FROM inbox WHERE update_id >= ? AND update_id < ?", (first, end)
        ).fetchone()
    return int(count)


COMPONENTS = (  # (label, substring of the code's file name), first match wins
    ("stand-in (tests/telegram/botapi_stub, tests/)", "/tests/"),
    ("intake and pump (bot/telegram/intake, polling)", "/bot/telegram/intake"),
    ("intake and pump (bot/telegram/intake, polling)", "/bot/telegram/polling"),
    ("inbox (SQLite, its thread)", "/bot/telegram/inbox"),
    ("handlers and middlewares (bot/)", "/bot/"),
    ("aiogram (dispatch, parsing, session)", "/aiogram/"),
    ("pydantic", "pydantic"),
    ("aiohttp and HTTP parsing", "aiohttp"),
    ("aiohttp and HTTP parsing", "multidict"),
    ("aiohttp and HTTP parsing", "yarl"),
    ("json", "/json/"),
    ("asyncio event loop", "/asyncio/"),
)


def by_component(profile: cProfile.Profile) -> list[tuple[str, float]]:
    """Own CPU time (tottime) per component; waiting in epoll counted apart (idle, not CPU)."""
    totals: dict[str, float] = {}
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    for (filename, _, name), (_, _, tottime, _, _) in stats.items():
        if filename == "~" and "poll" in name:
            label = "waiting for the network (epoll: idle)"
        else:
            label = next((lab for lab, part in COMPONENTS if part in filename), "other (C builtins, stdlib)")
        totals[label] = totals.get(label, 0.0) + tottime
    return sorted(totals.items(), key=lambda item: -item[1])


async def intake_cost(batches: int = 200) -> str:
    """CPU time of the bot's own part per getUpdates batch of 100 flooded inline queries: decoding and
    validating the response (aiogram's session), and the intake's verdict on each update."""
    flooder = U.user(4_000_001, "Флудер")
    batch = [{"update_id": n, "inline_query": U.inline_query(flooder, f"что сказал {n}")} for n in range(100)]
    body = json.dumps({"ok": True, "result": batch})
    session = AiohttpSession()
    bot = Bot(TOKEN, session=session)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    throttle = IntakeThrottle.from_settings(settings, me_id=bot.id, me_username="faq_test_bot", buckets=None)
    began = time.process_time()
    for _ in range(batches):
        session.check_response(bot, GetRawUpdates(), 200, body)
    decoding = (time.process_time() - began) / batches
    began = time.process_time()
    for _ in range(batches):
        for update in batch:
            await throttle.verdict(update)
    throttling = (time.process_time() - began) / batches
    await session.close()
    return (
        f"per getUpdates batch of 100 flooded updates: {decoding * 1000:.2f} ms CPU to decode and validate,"
        f" {throttling * 1000:.2f} ms to throttle at intake"
    )


async def run(presses: int, inline: int, questions: int, profile: bool) -> None:
    engine, texts = load_engine(), load_texts()
    floods = [Flood()] + [
        Flood(presses=p, inline=i, spread=spread)
        for p, i in ((presses, 0), (0, inline))
        for spread in (False, True)
        if p or i
    ]
    for flood in floods:
        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        measured = await measure(engine, texts, flood, questions)
        print(measured.line(), flush=True)
        if flood.size and not flood.spread:
            print(measured.fetch_line(), flush=True)
        if profiler:
            profiler.disable()
            for label, seconds in by_component(profiler):
                print(f"    {label:<48} {seconds:6.2f} s")
    print(await intake_cost())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--presses", type=int, default=600)
    parser.add_argument("--inline", type=int, default=10_000)
    parser.add_argument("--questions", type=int, default=25)
    parser.add_argument("--profile", action="store_true", help="CPU time by component (slower)")
    args = parser.parse_args(argv)
    asyncio.run(run(args.presses, args.inline, args.questions, args.profile))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

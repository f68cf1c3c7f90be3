"""Fairness benchmark: while one account floods the bot (600 button presses, or 10,000 inline
queries), how long does another user wait for the answer to a plain question?

The real bot (serve(): polling, the inbox, middlewares) against the stand-in on 127.0.0.1. The other
user asks one question every 0.2 s during the flood; the figure is the time from the update being
queued at the stand-in to the reply arriving there. A baseline without any flood comes from the same
run. The stand-in shares the event loop and the CPU with the bot, so the figures are pessimistic.

    python -m tests.reliability.fairness [--presses 600] [--inline 10000] [--questions 25]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from bot.qa.engine import Engine, load_engine
from bot.telegram.callbacks import EntryCb
from bot.telegram.texts import UiTexts, load_texts
from tests.reliability.harness import TOKEN, running, settings_for
from tests.telegram import updates as U
from tests.telegram.botapi_stub import BotApiStub, Call

QUESTION = "Кто участвовал в круглом столе?"


async def measure(
    engine: Engine, texts: UiTexts, *, presses: int, inline: int, questions: int
) -> list[float]:
    flooder = U.user(4_000_001, "Флудер")
    with tempfile.TemporaryDirectory() as tmp:
        async with BotApiStub(TOKEN) as stub:
            settings = settings_for(stub, inbox_db=Path(tmp) / "inbox.sqlite3", global_messages_per_second=0)
            async with running(stub, settings, engine, texts):
                on = None
                if presses:
                    stub.send_text(U.private_chat(flooder), flooder, QUESTION)
                    (shown,) = await stub.wait_for("sendMessage", within=30)
                    on = stub.message(flooder["id"], shown.result["message_id"])
                    for _ in range(presses):
                        stub.press(flooder, on, EntryCb(id=engine.kb.entries[0].id).pack())
                for n in range(inline):
                    stub.inline(flooder, f"что сказал {n}")
                waits = []
                for n in range(questions):
                    other = U.user(4_100_000 + n, f"Житель{n}")
                    pushed = time.monotonic()
                    stub.send_text(U.private_chat(other), other, QUESTION)
                    chat_id: int = other["id"]

                    def to_other(call: Call, chat_id: int = chat_id) -> bool:
                        return bool(call["chat_id"] == chat_id)

                    (reply,) = await stub.wait_for("sendMessage", to_other, within=120)
                    waits.append(reply.at - pushed)
                    await asyncio.sleep(0.2)
    return waits


def summary(name: str, waits: list[float]) -> str:
    ordered = sorted(waits)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    p50 = statistics.median(waits)
    return f"{name:<28} n={len(waits):<3} p50={p50 * 1000:7.1f} ms  p99={p99 * 1000:7.1f} ms"


async def run(presses: int, inline: int, questions: int) -> None:
    engine, texts = load_engine(), load_texts()
    print(
        summary("baseline (no flood)", await measure(engine, texts, presses=0, inline=0, questions=questions))
    )
    print(
        summary(
            f"{presses} button presses",
            await measure(engine, texts, presses=presses, inline=0, questions=questions),
        )
    )
    print(
        summary(
            f"{inline} inline queries",
            await measure(engine, texts, presses=0, inline=inline, questions=questions),
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--presses", type=int, default=600)
    parser.add_argument("--inline", type=int, default=10_000)
    parser.add_argument("--questions", type=int, default=25)
    args = parser.parse_args(argv)
    asyncio.run(run(args.presses, args.inline, args.questions))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

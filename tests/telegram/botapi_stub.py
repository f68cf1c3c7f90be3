"""A Bot API stand-in served by aiohttp on 127.0.0.1: the bot under test talks to it over real HTTP.

    async with BotApiStub(token) as stub:          # stub.base_url -> Settings(bot_api_server=...)
        stub.send_text(chat, user, "вопрос")       # queue an update; getUpdates long-polls for it
        call = await stub.wait_for("sendMessage")  # what the bot sent, parsed

Every request is recorded as a `Call` (including getUpdates). Routes follow
TelegramAPIServer.from_base: {base}/bot{token}/{method}; a wrong token gets 401, an unknown method
404, as from Telegram.

Fault injection: `inject(method, *responses)` queues one-shot responses (a StubResponse, or a
function of the Call returning one or None to fall through) used before the default behaviour;
`on(method, responder)` installs a lasting one. E.g. a flood limit on the next sendMessage:

    stub.inject("sendMessage", StubResponse.error(429, "Too Many Requests: retry after 1", retry_after=1))

`StubResponse.disconnect()` closes the connection without an answer (the client sees a network
error; the Call gets status 0); `StubResponse.lost(answer)` carries the request out (the Call gets
the answer's status, e.g. a message is sent) and then closes the connection: the answer never
arrives, as when a connection breaks after Telegram acted. `RandomFaults` is a lasting responder
that mixes 429s, 5xx, both kinds of dropped connection and slow answers at random (seeded), and
counts what it injected. `watch(callback)` sees every call once it is answered.

Like Telegram, text sent with parse_mode HTML (sendMessage, editMessageText, answerInlineQuery
results) that is not valid Telegram HTML is refused with 400 "Bad Request: can't parse entities";
the stricter checker html_strict decides, so every end-to-end test checks the bot's markup.
`stub.parse_errors` lists every such refusal.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import itertools
import json
import random
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any, Self

import aiohttp
from aiohttp import web

from tests.telegram import updates as U
from tests.telegram.html_strict import check_html

Json = dict[str, Any]
WAIT_WITHIN = 30.0  # default bound of the waits: a hang fails the test, a slow machine must not

# Form fields aiogram sends as JSON strings, and numeric ones sent as decimal strings.
JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "reply_parameters",
        "link_preview_options",
        "entities",
        "results",
        "commands",
        "scope",
        "allowed_updates",
        "button",
        "input_message_content",
    }
)
INT_FIELDS = frozenset(
    {"chat_id", "message_id", "offset", "limit", "timeout", "cache_time", "message_thread_id", "user_id"}
)


@dataclass
class Call:
    """One request the bot made, with what the stand-in answered (`status`, `result`)."""

    method: str
    params: Json
    at: float = field(default_factory=time.monotonic)
    status: int | None = None
    result: Any = None
    answered_at: float | None = None  # time.monotonic() when the stand-in answered

    def __getitem__(self, key: str) -> Any:
        return self.params[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)


@dataclass
class StubResponse:
    status: int = 200
    body: Json = field(default_factory=lambda: {"ok": True, "result": True})
    delay: float = 0.0
    drop: bool = False  # close the connection instead of answering
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def disconnect(cls, *, delay: float = 0.0) -> StubResponse:
        return cls(0, {}, delay, drop=True)

    @classmethod
    def lost(cls, answer: StubResponse) -> StubResponse:
        """Carried out (`answer` is what the Call records) but the connection closes before it."""
        return replace(answer, drop=True)

    @classmethod
    def ok(cls, result: Any, *, delay: float = 0.0) -> StubResponse:
        return cls(200, {"ok": True, "result": result}, delay)

    @classmethod
    def error(
        cls,
        code: int,
        description: str,
        *,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
        delay: float = 0.0,
    ) -> StubResponse:
        body: Json = {"ok": False, "error_code": code, "description": description}
        parameters = {"retry_after": retry_after, "migrate_to_chat_id": migrate_to_chat_id}
        if parameters := {key: value for key, value in parameters.items() if value is not None}:
            body["parameters"] = parameters
        return cls(code, body, delay)


Responder = Callable[[Call], "StubResponse | Awaitable[StubResponse | None] | None"]


def _decode(key: str, value: str) -> Any:
    if key in JSON_FIELDS:
        return json.loads(value)
    if key in INT_FIELDS:
        return int(value)
    if value in ("true", "false"):
        return value == "true"
    return value


@dataclass
class RandomFaults:
    """A lasting responder (stub.on(method, faults)) that fails a share of the calls at random:
    `flood` 429 with retry_after, `server` 500/502/503, `dropped` connections closed before the
    request is carried out, `lost` ones closed after (the message is sent, its answer never arrives)
    and `slow` answers (delayed up to `slowest` seconds). Seeded, so a run can be repeated; `injected`
    counts each kind."""

    stub: BotApiStub
    flood: float = 0.0
    server: float = 0.0
    dropped: float = 0.0
    lost: float = 0.0
    slow: float = 0.0
    retry_after: int = 1
    slowest: float = 1.0
    seed: int = 0
    injected: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)

    def _count(self, kind: str) -> None:
        self.injected[kind] = self.injected.get(kind, 0) + 1

    async def __call__(self, call: Call) -> StubResponse | None:
        draw = self._random.random()
        for kind, share in (("flood", self.flood), ("server", self.server), ("dropped", self.dropped)):
            if draw < share:
                self._count(kind)
                return self._failure(kind)
            draw -= share
        if draw < self.lost:
            self._count("lost")
            return StubResponse.lost(await self.stub.default(call))
        if draw - self.lost < self.slow:
            self._count("slow")
            await asyncio.sleep(self._random.uniform(0.1, self.slowest))
        return None

    def _failure(self, kind: str) -> StubResponse:
        if kind == "flood":
            retry = f"Too Many Requests: retry after {self.retry_after}"
            return StubResponse.error(429, retry, retry_after=self.retry_after)
        if kind == "server":
            code = self._random.choice((500, 502, 503))
            return StubResponse.error(
                code, {500: "Internal Server Error", 502: "Bad Gateway"}.get(code, "Service Unavailable")
            )
        return StubResponse.disconnect()


class BotApiStub:
    def __init__(self, token: str, *, username: str = "faq_test_bot", first_name: str = "Справочник") -> None:
        self.token = token
        self.me: Json = {
            "id": int(token.partition(":")[0]),
            "is_bot": True,
            "first_name": first_name,
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }
        self.calls: list[Call] = []
        self.parse_errors: list[tuple[str, str]] = []  # (method, why) of refused HTML
        self.webhook: Json = {"url": "", "secret_token": None}
        self.descriptions: Json = {"description": "", "short_description": ""}
        self._injected: dict[str, deque[StubResponse | Responder]] = defaultdict(deque)
        self._lasting: dict[str, Responder] = {}
        self._watchers: list[Callable[[Call], None]] = []
        self._updates: deque[Json] = deque()  # pushed, not confirmed yet; in update_id order
        self._update_ids = itertools.count(1)
        self.last_update_id = 0  # of the last update pushed
        self._confirmed = 0
        self._messages: dict[tuple[int, int], Json] = {}
        self._message_ids = itertools.count(10_000)
        self._changed = asyncio.Event()  # set and replaced on every change (see _notify/_until)
        self._runner: web.AppRunner | None = None
        self._closing = False
        self.base_url = ""
        self._defaults: dict[str, Callable[[Call], Awaitable[StubResponse]]] = {
            name.removeprefix("_m_").lower(): method
            for name, method in inspect.getmembers(self, inspect.iscoroutinefunction)
            if name.startswith("_m_")
        }

    # -- lifecycle ---------------------------------------------------------------------------------
    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        self.base_url = f"http://127.0.0.1:{port}"
        return self.base_url

    async def close(self) -> None:
        self._closing = True  # wakes pending long polls, so shutting down does not wait for them
        self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- fault injection ---------------------------------------------------------------------------
    def inject(self, method: str, *responses: StubResponse | Responder) -> None:
        """Queue one-shot responses for the next calls of `method` (FIFO)."""
        self._injected[method.lower()].extend(responses)

    def watch(self, callback: Callable[[Call], None]) -> None:
        """Call `callback` with every call once the stand-in has answered it (in this event loop)."""
        self._watchers.append(callback)

    async def default(self, call: Call) -> StubResponse:
        """What the stand-in does for `call` when nothing is injected (for responders that wrap it)."""
        handler = self._defaults.get(call.method.lower())
        return (
            StubResponse.error(404, "Not Found: method not found") if handler is None else await handler(call)
        )

    def on(self, method: str, responder: Responder | None) -> None:
        """Install (or with None remove) a lasting responder; returning None falls through."""
        if responder is None:
            self._lasting.pop(method.lower(), None)
        else:
            self._lasting[method.lower()] = responder

    # -- what the bot did --------------------------------------------------------------------------
    def calls_of(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method.lower() == method.lower()]

    def sent_to(self, chat_id: int, method: str = "sendMessage") -> list[Call]:
        return [call for call in self.calls_of(method) if call.get("chat_id") == chat_id]

    async def wait_for(
        self,
        method: str,
        where: Callable[[Call], bool] = lambda call: True,
        *,
        count: int = 1,
        within: float = WAIT_WITHIN,
        answered: bool = True,
    ) -> list[Call]:
        """Wait until at least `count` calls of `method` matching `where` were made (and, unless
        answered=False, answered by the stand-in); return them."""

        def matching() -> list[Call]:
            return [
                call
                for call in self.calls_of(method)
                if (call.status is not None or not answered) and where(call)
            ]

        await asyncio.wait_for(self._until(lambda: len(matching()) >= count), within)
        return matching()

    async def wait_answered(self, method: str, within: float = WAIT_WITHIN) -> None:
        """Wait until every call of `method` received so far has been answered: a request whose
        client went away (killed, or gave up) is still carried out, as Telegram would."""
        await asyncio.wait_for(
            self._until(lambda: all(call.status is not None for call in self.calls_of(method))), within
        )

    async def wait_confirmed(self, update_id: int, within: float = WAIT_WITHIN) -> None:
        """Wait until the bot asked getUpdates with an offset past `update_id` (it has it)."""
        await asyncio.wait_for(self._until(lambda: self._confirmed >= update_id), within)

    # -- what users do -----------------------------------------------------------------------------
    def push(self, **update: Any) -> int:
        """Queue an update (e.g. push(message={...})); returns its update_id."""
        update_id = next(self._update_ids)
        self.last_update_id = update_id
        self._updates.append({"update_id": update_id, **update})
        self._notify()
        return update_id

    def send_text(self, chat: Json, sender: Json, text: str | None, **extra: Any) -> Json:
        msg = U.message(chat, sender, text, message_id=self._next_message_id(), **extra)
        self._messages[(chat["id"], msg["message_id"])] = msg
        self.push(message=msg)
        return msg

    def press(self, sender: Json, on_message: Json, data: str) -> str:
        query = U.callback_query(sender, data, on_message)
        self.push(callback_query=query)
        return query["id"]

    def inline(self, sender: Json, query: str) -> str:
        inline_query = U.inline_query(sender, query)
        self.push(inline_query=inline_query)
        return inline_query["id"]

    def choose_inline(self, sender: Json, query: str, result_id: str) -> None:
        """The user sends one of the offered results (reported when inline feedback is on)."""
        self.push(chosen_inline_result=U.chosen_inline_result(sender, query, result_id))

    def message(self, chat_id: int, message_id: int) -> Json:
        return self._messages[(chat_id, message_id)]

    async def deliver_webhook(self, update: Json, *, secret: str | None = None) -> int:
        """POST an update to the registered webhook like Telegram does; returns the HTTP status."""
        secret = self.webhook["secret_token"] if secret is None else secret
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.webhook["url"], json=update, headers=headers) as response,
        ):
            return response.status

    # -- HTTP --------------------------------------------------------------------------------------
    def _notify(self) -> None:
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    async def _until(self, predicate: Callable[[], bool]) -> None:
        while not (predicate() or self._closing):
            await self._changed.wait()

    async def _params(self, request: web.Request) -> Json:
        if request.content_type == "application/json":
            data = await request.json()
            return data if isinstance(data, dict) else {}
        form = await request.post()
        return {key: _decode(key, value) for key, value in form.items() if isinstance(value, str)}

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        call = Call(request.match_info["method"], await self._params(request))
        self.calls.append(call)
        self._notify()
        response = await self._respond(call)
        if response.delay:
            await asyncio.sleep(response.delay)
        answer = web.json_response(response.body, status=response.status, headers=response.headers)
        call.status, call.result = response.status, response.body.get("result")
        call.answered_at = time.monotonic()
        for watcher in self._watchers:
            watcher(call)
        self._notify()
        if response.drop:
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=500)  # never written: the connection is gone
        return answer

    async def _respond(self, call: Call) -> StubResponse:
        name = call.method.lower()
        responders: list[StubResponse | Responder] = []
        if self._injected[name]:
            responders.append(self._injected[name].popleft())
        if name in self._lasting:
            responders.append(self._lasting[name])
        for responder in responders:
            response = responder if isinstance(responder, StubResponse) else responder(call)
            if inspect.isawaitable(response):
                response = await response
            if response is not None:
                return response
        return await self.default(call)

    # -- default behaviour per method (_m_<lowercase method name>) ----------------------------------
    async def _m_getme(self, call: Call) -> StubResponse:
        return StubResponse.ok(self.me)

    async def _m_getupdates(self, call: Call) -> StubResponse:
        """Long polling: offset confirms earlier updates; wait up to `timeout` s for new ones."""
        if self.webhook["url"]:
            return StubResponse.error(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(call.get("offset") or 0)
        limit = int(call.get("limit") or 100)
        if offset:
            while self._updates and self._updates[0]["update_id"] < offset:
                self._updates.popleft()
            self._confirmed = max(self._confirmed, offset - 1)
            self._notify()

        def ready() -> list[Json]:  # a negative offset (from the end) is not used by the bot
            return list(itertools.islice(self._updates, limit))

        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._until(lambda: bool(ready())), float(call.get("timeout") or 0))
        return StubResponse.ok(ready())

    def _bad_html(self, method: str, text: object, parse_mode: object) -> StubResponse | None:
        """400 as from Telegram when HTML-mode text is not valid Telegram HTML."""
        if parse_mode != "HTML" or not isinstance(text, str):
            return None
        try:
            check_html(text)
        except AssertionError as exc:
            self.parse_errors.append((method, str(exc)))
            return StubResponse.error(400, f"Bad Request: can't parse entities: {exc}")
        return None

    def _next_message_id(self) -> int:
        return next(self._message_ids)

    def _chat(self, chat_id: int) -> Json:
        for (known_chat, _), msg in self._messages.items():
            if known_chat == chat_id:
                return msg["chat"]
        return {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup", "title": "chat"}

    async def _m_sendmessage(self, call: Call) -> StubResponse:
        chat_id = int(call["chat_id"])
        text = call.get("text") or ""
        if not text.strip():
            return StubResponse.error(400, "Bad Request: message text is empty")
        if U.utf16_len(text) > 4096:  # stricter than Telegram, which counts after parsing the HTML
            return StubResponse.error(400, "Bad Request: message is too long")
        if refused := self._bad_html(call.method, text, call.get("parse_mode")):
            return refused
        msg: Json = {
            "message_id": self._next_message_id(),
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": self.me,
            "text": text,
        }
        if markup := call.get("reply_markup"):
            msg["reply_markup"] = markup
        reply_to = (call.get("reply_parameters") or {}).get("message_id")
        if reply_to and (chat_id, reply_to) in self._messages:
            msg["reply_to_message"] = self._messages[(chat_id, reply_to)]
        self._messages[(chat_id, msg["message_id"])] = msg
        return StubResponse.ok(msg)

    async def _m_editmessagetext(self, call: Call) -> StubResponse:
        if refused := self._bad_html(call.method, call.get("text"), call.get("parse_mode")):
            return refused
        if call.get("inline_message_id"):
            return StubResponse.ok(True)
        key = (int(call["chat_id"]), int(call["message_id"]))
        if key not in self._messages:
            return StubResponse.error(400, "Bad Request: message to edit not found")
        msg = self._messages[key]
        if msg.get("text") == call.get("text") and msg.get("reply_markup") == call.get("reply_markup"):
            return StubResponse.error(400, "Bad Request: message is not modified")
        msg = {**msg, "text": call.get("text"), "edit_date": int(time.time())}
        if "reply_markup" in call.params:
            msg["reply_markup"] = call["reply_markup"]
        self._messages[key] = msg
        return StubResponse.ok(msg)

    async def _m_answercallbackquery(self, call: Call) -> StubResponse:
        return StubResponse.ok(True)

    async def _m_answerinlinequery(self, call: Call) -> StubResponse:
        for result in call.get("results") or []:
            content = result.get("input_message_content") or {}
            text, mode = content.get("message_text"), content.get("parse_mode")
            if refused := self._bad_html(call.method, text, mode):
                return refused
        return StubResponse.ok(True)

    async def _m_setmycommands(self, call: Call) -> StubResponse:
        return StubResponse.ok(True)

    async def _m_deletemycommands(self, call: Call) -> StubResponse:
        return StubResponse.ok(True)

    async def _m_setmydescription(self, call: Call) -> StubResponse:
        self.descriptions["description"] = call.get("description") or ""
        return StubResponse.ok(True)

    async def _m_getmydescription(self, call: Call) -> StubResponse:
        return StubResponse.ok({"description": self.descriptions["description"]})

    async def _m_setmyshortdescription(self, call: Call) -> StubResponse:
        self.descriptions["short_description"] = call.get("short_description") or ""
        return StubResponse.ok(True)

    async def _m_getmyshortdescription(self, call: Call) -> StubResponse:
        return StubResponse.ok({"short_description": self.descriptions["short_description"]})

    async def _m_setwebhook(self, call: Call) -> StubResponse:
        self.webhook = {"url": call.get("url") or "", "secret_token": call.get("secret_token")}
        return StubResponse.ok(True)

    async def _m_deletewebhook(self, call: Call) -> StubResponse:
        self.webhook = {"url": "", "secret_token": None}
        return StubResponse.ok(True)

    async def _m_getwebhookinfo(self, call: Call) -> StubResponse:
        return StubResponse.ok(
            {"url": self.webhook["url"], "has_custom_certificate": False, "pending_update_count": 0}
        )

    async def _m_sendchataction(self, call: Call) -> StubResponse:
        return StubResponse.ok(True)

"""The webhook endpoint: Telegram's request is answered only once its update is in the inbox.

- a missing or wrong X-Telegram-Bot-Api-Secret-Token (any bytes, non-ASCII too) → 401;
- a body that is not a JSON object with an integer update_id → 400;
- the inbox cannot store it (disk full) → 503, and Telegram delivers it again later;
- otherwise 200 once it is committed (or dropped by the intake's throttling: intake.py); the update
  is handled from the inbox afterwards.
None of these logs the body (it holds the person's message) or a traceback.
"""

from __future__ import annotations

import hmac
import json
import logging

from aiohttp import web

from bot.telegram.inbox import InboxError
from bot.telegram.intake import Intake, update_id_of

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class WebhookReceiver:
    def __init__(self, intake: Intake, secret: str) -> None:
        self.intake = intake
        self._secret = secret.encode()

    def _authorised(self, request: web.Request) -> bool:
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "surrogateescape")
        return hmac.compare_digest(given, self._secret)

    async def handle(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return web.Response(status=401, text="Unauthorized")
        try:
            body = json.loads(await request.read())
        except (ValueError, UnicodeDecodeError):
            logger.warning("Webhook: a request with the right secret but no valid JSON; answered 400")
            return web.Response(status=400, text="Bad Request")
        update_id = update_id_of(body)
        if update_id is None:
            logger.warning("Webhook: a JSON body without an update_id; answered 400")
            return web.Response(status=400, text="Bad Request")
        try:
            await self.intake.take([body])
        except InboxError as exc:
            logger.warning("Webhook: the inbox cannot store update %d (%s); answered 503", update_id, exc)
            return web.Response(status=503, text="Service Unavailable")
        return web.json_response({})

# The Telegram bot in a container: python -m bot run (long polling; webhook server when WEBHOOK_URL is set).
#   docker compose up --build -d          (compose.yaml: the bot, its data volume, the health check)
#   docker build -t constitution-faq-bot . && docker run --env-file .env -v faq-data:/app/data constitution-faq-bot
# Other commands run the same way: docker run --rm -it constitution-faq-bot chat | kb check | ask "…"
#
# The base image is pinned to a patch release. To pin its digest as well (not looked up here: no
# registry access when this was written), run `docker buildx imagetools inspect python:3.11.15-slim-trixie`
# and write FROM python:3.11.15-slim-trixie@sha256:<digest>.
FROM python:3.11.15-slim-trixie

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# A fixed UID/GID (10001), so that a bind-mounted data directory can be given to it on the host:
#   sudo chown -R 10001:10001 ./data
ARG BOT_UID=10001
RUN groupadd --system --gid "${BOT_UID}" bot \
    && useradd --system --uid "${BOT_UID}" --gid bot --home-dir /app --shell /usr/sbin/nologin bot
WORKDIR /app

# Dependencies first, so that editing code or knowledge keeps this layer cached: the runtime
# dependencies of pyproject.toml at exactly the versions of requirements.lock (what the tests passed with).
COPY pyproject.toml requirements.lock ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt -c requirements.lock \
    && rm /tmp/requirements.txt

COPY . .
RUN pip install --no-deps . \
    && rm -rf build ./*.egg-info \
    && mkdir -p /app/data \
    && chown bot:bot /app/data \
    && chmod 0755 /app/docker/entrypoint.sh

# Explicit paths: the package is installed, the knowledge base and seeds stay in /app.
# DATA_DIR: the bot's own files (inbox, /lang choices, heartbeat), also when ANALYTICS_DB is PostgreSQL.
ENV KNOWLEDGE_DIR=/app/knowledge \
    SEEDS_DIR=/app/seeds \
    DATA_DIR=/app/data \
    ANALYTICS_DB=/app/data/analytics.sqlite3 \
    WEBHOOK_HOST=0.0.0.0 \
    WEBHOOK_PORT=8080

USER ${BOT_UID}:${BOT_UID}
VOLUME ["/app/data"]
EXPOSE 8080
# Liveness: the running bot touches /app/data/heartbeat every 10 s (and serves /healthz in webhook mode).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["python", "-m", "bot", "health"]
ENTRYPOINT ["/app/docker/entrypoint.sh"]
CMD ["run"]

# The Telegram bot: python -m bot run (long polling; webhook server when WEBHOOK_URL is set).
#   docker build -t constitution-faq-bot .
#   docker run --env-file .env -v faq-data:/app/data constitution-faq-bot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN groupadd --system bot && useradd --system --gid bot --home-dir /app --shell /usr/sbin/nologin bot
WORKDIR /app

# Dependencies first, read from pyproject.toml, so that editing code or knowledge keeps this layer cached.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

COPY . .
RUN pip install --no-deps . \
    && rm -rf build *.egg-info \
    && mkdir -p /app/data \
    && chown bot:bot /app/data

# Explicit paths: the package is installed, the knowledge base and seeds stay in /app.
ENV KNOWLEDGE_DIR=/app/knowledge \
    SEEDS_DIR=/app/seeds \
    ANALYTICS_DB=/app/data/analytics.sqlite3 \
    WEBHOOK_HOST=0.0.0.0 \
    WEBHOOK_PORT=8080

USER bot
VOLUME ["/app/data"]
EXPOSE 8080
CMD ["python", "-m", "bot", "run"]

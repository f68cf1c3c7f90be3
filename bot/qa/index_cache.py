"""The compiled index cached on disk, so a second start reads it instead of rebuilding it.

The cache is keyed by a hash of everything the knowledge base holds (each source's metadata and
text, each entry, synonyms, small talk, replies: the content of every file it was loaded from), of
the code that shapes the index and of the morphology dictionaries. A file whose key differs is stale
and is rebuilt; a file that cannot be read, fails its checksum or does not unpickle to a compiled
index of this version is ignored and rebuilt: the cache is never trusted. Writes go to a temporary
file renamed into place, so a reader never sees half a file.

Location: `BOT_INDEX_CACHE_DIR` (a folder; `off` disables the cache), default `.cache/index` in the
project folder (git-ignored).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import tempfile
from importlib import metadata
from pathlib import Path

from bot.qa.analyzer import Analyzer
from bot.qa.index import INDEX_VERSION, CompiledIndex, Index, compile_index
from bot.qa.kb import KnowledgeBase

log = logging.getLogger(__name__)

CACHE_ENV = "BOT_INDEX_CACHE_DIR"
DEFAULT_CACHE_DIR = Path(__file__).resolve().parents[2] / ".cache" / "index"
# Compiled indexes kept in the folder (the bot's, the tests', the benchmark's knowledge bases):
# the least recently used beyond this are removed.
KEEP_FILES = 8
_MAGIC = b"faq-index\n"
_DIGEST_SIZE = hashlib.sha256().digest_size
# Modules whose code decides what the index holds: a change to any of them changes the key.
_SHAPING_MODULES = ("index.py", "analyzer.py", "morph.py", "text.py", "layout.py", "translit.py")


def default_cache_dir() -> Path | None:
    """The folder from BOT_INDEX_CACHE_DIR (None when it says `off`), else the project's .cache/index."""
    configured = os.environ.get(CACHE_ENV, "").strip()
    if configured.lower() in {"off", "no", "0", "false", "none"}:
        return None
    return Path(configured) if configured else DEFAULT_CACHE_DIR


def cache_key(kb: KnowledgeBase) -> str:
    """A hash of the knowledge base's content and of the code and dictionaries that index it."""
    digest = hashlib.sha256(f"index v{INDEX_VERSION}\n".encode())
    here = Path(__file__).resolve().parent
    for name in _SHAPING_MODULES:
        digest.update(name.encode() + b"\0" + (here / name).read_bytes() + b"\0")
    for package in ("pymorphy3", "pymorphy3-dicts-ru", "numpy"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(f"{package}=={metadata.version(package)}\0".encode())
    for source_id in sorted(kb.sources):
        source = kb.sources[source_id]
        digest.update(source.meta.model_dump_json().encode() + b"\0" + source.text.encode() + b"\0")
    for entry in kb.entries:
        digest.update(entry.model_dump_json().encode() + b"\0")
    digest.update(kb.synonyms.model_dump_json().encode() + b"\0")
    for intent in kb.smalltalk:
        digest.update(intent.model_dump_json().encode() + b"\0")
    digest.update(kb.replies.model_dump_json().encode())
    return digest.hexdigest()


def load_index(kb: KnowledgeBase, analyzer: Analyzer, folder: Path | None) -> Index:
    """The index of `kb`: read from the cache in `folder` when a valid one is there, else built (and
    cached there). `folder=None`: no cache."""
    if folder is None:
        return Index.build(kb, analyzer)
    key = cache_key(kb)
    path = folder / f"index-{key[:32]}.pickle"
    compiled = read_cached(path, key)
    if compiled is None:
        compiled = compile_index(kb, analyzer)
        write_cached(path, key, compiled)
    return Index(compiled)


def read_cached(path: Path, key: str) -> CompiledIndex | None:
    """The compiled index stored at `path` under `key`, or None if absent, stale or damaged."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    header = _MAGIC + key.encode() + b"\n"
    body = blob[len(header) :]
    digest, payload = body[:_DIGEST_SIZE], body[_DIGEST_SIZE:]
    if not blob.startswith(header) or hashlib.sha256(payload).digest() != digest:
        log.info("index cache %s is stale or damaged: rebuilding", path.name)
        return None
    try:
        compiled = pickle.loads(payload)
    except Exception:  # a checksum-valid file from another numpy or Python: just rebuild
        log.info("index cache %s cannot be read: rebuilding", path.name)
        return None
    if not isinstance(compiled, CompiledIndex) or compiled.version != INDEX_VERSION:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # most recently used
    return compiled


def write_cached(path: Path, key: str, compiled: CompiledIndex) -> None:
    """Store atomically (temporary file, then rename); a failure only costs the next start a rebuild."""
    payload = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
    blob = _MAGIC + key.encode() + b"\n" + hashlib.sha256(payload).digest() + payload
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(blob)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except OSError as exc:
        log.warning("index cache not written to %s: %s", path.parent, exc)
        return
    _prune(path.parent)


def _prune(folder: Path) -> None:
    """Remove the least recently used compiled indexes beyond KEEP_FILES."""
    with contextlib.suppress(OSError):
        files = sorted(folder.glob("index-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEEP_FILES:]:
            old.unlink(missing_ok=True)

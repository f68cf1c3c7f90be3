"""The loaded knowledge base and its compiled index cached on disk, so a second start reads them
instead of parsing, validating and indexing again.

Three files per knowledge base, each stale as soon as its input changes:
- the validated knowledge base, keyed by a hash of the names and bytes of every file under
  knowledge/ and seeds/ and of the loader's code (`files_key`);
- the compiled index, keyed by a hash of what it is built from (each entry's questions, answer and
  quotes, the sources' texts, the synonyms) and of the code and dictionaries that build it (`cache_key`);
- the readings of the other words an engine's start-up parses (`startup_words`), under the same key.
Both keys include the library versions and the source of the modules that shape the result, so a
code change can never read an old layout. A file whose key differs is stale and is rebuilt; a file
that cannot be read, fails its checksum or does not unpickle to the expected type is ignored and
rebuilt: the cache is never trusted. Writes go to a temporary file renamed into place, so a reader
never sees half a file. Only a knowledge base that passed validation is stored.

Location: `BOT_INDEX_CACHE_DIR` (a folder; `off` disables the cache), default `.cache/index` in the
project folder (git-ignored).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import pickle
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from bot.qa.analyzer import Analyzer
from bot.qa.index import INDEX_VERSION, CompiledIndex, Index, compile_index
from bot.qa.kb import KnowledgeBase, load_knowledge_base
from bot.qa.memory import paused_gc
from bot.qa.morph import Morphology

log = logging.getLogger(__name__)
_T = TypeVar("_T")

CACHE_ENV = "BOT_INDEX_CACHE_DIR"
DEFAULT_CACHE_DIR = Path(__file__).resolve().parents[2] / ".cache" / "index"
# Files kept in the folder (a knowledge base and its index for the bot, the tests and the
# benchmark): the least recently used beyond this are removed.
KEEP_FILES = 24  # three files a knowledge base: eight of them
_MAGIC = b"faq-index\n"
_DIGEST_SIZE = hashlib.sha256().digest_size
# Modules whose code decides what the index holds: a change to any of them changes the key.
_SHAPING_MODULES = ("index.py", "analyzer.py", "morph.py", "kazakh.py", "text.py", "layout.py", "translit.py")


def default_cache_dir() -> Path | None:
    """The folder from BOT_INDEX_CACHE_DIR (None when it says `off`), else the project's .cache/index."""
    configured = os.environ.get(CACHE_ENV, "").strip()
    if configured.lower() in {"off", "no", "0", "false", "none"}:
        return None
    return Path(configured) if configured else DEFAULT_CACHE_DIR


def _code_digest(modules: tuple[str, ...]) -> hashlib._Hash:
    digest = hashlib.sha256(f"index v{INDEX_VERSION}\n".encode())
    here = Path(__file__).resolve().parent
    for name in modules:
        digest.update(name.encode() + b"\0" + (here / name).read_bytes() + b"\0")
    for package in (
        "pymorphy3",
        "pymorphy3-dicts-ru",
        "snowballstemmer",
        "lemminflect",
        "numpy",
        "pydantic",
        "PyYAML",
    ):
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(f"{package}=={metadata.version(package)}\0".encode())
    return digest


def cache_key(kb: KnowledgeBase) -> str:
    """A hash of what the index is built from (each entry's source, questions, answer and quotes, and
    its translations'; the sources' texts; the synonyms the analyzer applies) and of the code and
    dictionaries that build it."""
    digest = _code_digest(_SHAPING_MODULES)
    for source_id in sorted(kb.sources):
        digest.update(f"{source_id}\0{kb.sources[source_id].text}\0".encode())
    for entry in kb.entries:
        translated = [(lang, t.answer, *t.questions) for lang, t in sorted(entry.translations.items())]
        fields = (entry.id, entry.source, entry.questions, entry.answer, entry.quotes, translated)
        digest.update(json.dumps(fields, ensure_ascii=False).encode() + b"\0")
    digest.update(kb.synonyms.model_dump_json().encode())
    return digest.hexdigest()


def files_key(*folders: Path) -> str:
    """A hash of every file under the folders (names and bytes) and of the code that loads them."""
    digest = _code_digest((*_SHAPING_MODULES, "kb.py", "models.py"))
    for folder in folders:
        digest.update(f"{folder.resolve()}\0".encode())
        found: list[str] = []
        for root, _, names in os.walk(folder):
            found.extend(os.path.join(root, name) for name in names)
        for name in sorted(found):
            with open(name, "rb") as file:
                digest.update(f"{os.path.relpath(name, folder)}\0".encode() + file.read() + b"\0")
    return digest.hexdigest()


def cached_knowledge_base(knowledge_dir: Path, seeds_dir: Path, folder: Path | None) -> KnowledgeBase:
    """The knowledge base as loaded and validated from these files before, or loaded now (and cached).
    Only a knowledge base that passed validation is ever stored; `kb check` always loads afresh."""
    if folder is None:
        return load_knowledge_base(knowledge_dir, seeds_dir)
    key = files_key(knowledge_dir, seeds_dir)
    path = folder / f"kb-{key[:32]}.pickle"
    with paused_gc():  # bot/qa/memory.py
        kb = read_cached(path, key, KnowledgeBase)
        if kb is None:
            kb = load_knowledge_base(knowledge_dir, seeds_dir)
            write_cached(path, key, kb)
    return kb


def load_index(kb: KnowledgeBase, analyzer: Analyzer, folder: Path | None, key: str | None = None) -> Index:
    """The index of `kb`: read from the cache in `folder` when a valid one is there, else built (and
    cached there). `folder=None`: no cache. `key`: its `cache_key`, if worked out already."""
    with paused_gc():  # bot/qa/memory.py
        if folder is None:
            compiled = compile_index(kb, analyzer)
        else:
            key = key or cache_key(kb)
            path = folder / f"index-{key[:32]}.pickle"
            cached = read_cached(path, key, CompiledIndex)
            if cached is not None and cached.version == INDEX_VERSION:
                compiled = cached
            else:
                compiled = compile_index(kb, analyzer)
                write_cached(path, key, compiled)
        # the vocabulary's words are read as the index read them, without parsing them again
        analyzer.morphology.learn(compiled.surface_words, compiled.surface_readings)
        return Index(compiled)


@contextmanager
def startup_words(kb: KnowledgeBase, morphology: Morphology, folder: Path | None) -> Iterator[str | None]:
    """An engine's start-up, with the readings of the words it parses (its synonyms', question
    words', small talk's: the index's own are in the index) read from the cache before and stored
    after: a warm start parses none of them, nor loads the English dictionary for its English
    words (0.35 s; a question's new English word loads it then). Gives the knowledge base's
    `cache_key` (None without a cache), for `load_index`: hashing it takes 0.15 s at 10,000 entries."""
    if folder is None:
        yield None
        return
    key = cache_key(kb)
    path = folder / f"words-{key[:32]}.pickle"
    stored = read_cached(path, key, dict) or {}
    morphology.learn(list(stored), list(stored.values()))
    with morphology.record() as parsed:
        yield key
    if parsed:  # words parsed this time: kept with those before (a start that parsed none writes nothing)
        write_cached(path, key, {**stored, **{word: morphology.reading(word) for word in parsed}})


def read_cached(path: Path, key: str, kind: type[_T]) -> _T | None:
    """The object stored at `path` under `key`, or None if absent, stale or damaged."""
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
        stored = pickle.loads(payload)
    except Exception:  # a checksum-valid file from another numpy or Python: just rebuild
        log.info("index cache %s cannot be read: rebuilding", path.name)
        return None
    if not isinstance(stored, kind):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # most recently used
    return stored


def write_cached(path: Path, key: str, value: object) -> None:
    """Store atomically (temporary file, then rename); a failure only costs the next start a rebuild."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
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
    """Remove the least recently used cached files beyond KEEP_FILES."""
    with contextlib.suppress(OSError):
        files = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEEP_FILES:]:
            old.unlink(missing_ok=True)

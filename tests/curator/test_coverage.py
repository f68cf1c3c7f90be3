"""`kb coverage --html`: every sentence coloured by whether a quote covers it, linked, escaped."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from bot.qa.kb import load_knowledge_base, source_sentences
from tests.conftest import KbDirs

from ._support import assert_one_clean_line, dirs_args, run_bot

pytestmark = pytest.mark.slow  # real `python -m bot` subprocesses


class Sentences(HTMLParser):
    """(css classes, text, linked entry ids) of each sentence span; ids of the entry anchors."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: list[tuple[str, str, list[str]]] = []
        self.anchors: set[str] = set()
        self._open: tuple[str, list[str], list[str]] | None = None
        self._in_link = False
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "span" and "s" in (a.get("class") or "").split():
            self._open = (a["class"] or "", [], [])
        elif tag == "a" and self._open is not None:
            self._open[2].append((a.get("href") or "").removeprefix("#e-"))
            self._in_link = True
        anchor = a.get("id") or ""
        if anchor.startswith("e-"):
            self.anchors.add(anchor.removeprefix("e-"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._in_link = False
        if tag == "span" and self._open is not None:
            css, text, links = self._open
            self.spans.append((css, " ".join("".join(text).split()), links))
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None and not self._in_link:
            self._open[1].append(data)


def parse(path: Path) -> Sentences:
    parser = Sentences()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_sentence_is_shown_and_linked(kb_dirs_copy: KbDirs, tmp_path: Path) -> None:
    page = tmp_path / "coverage.html"
    done = run_bot("kb", "coverage", "--html", page, *dirs_args(kb_dirs_copy))
    assert done.returncode == 0, done.stderr
    html = parse(page)
    kb = load_knowledge_base(kb_dirs_copy.knowledge, kb_dirs_copy.seeds)
    expected = [s for source in kb.sources.values() for s in source_sentences(source.text)]
    assert [text for _, text, _ in html.spans] == expected
    assert all("covered" in css.split() for css, _, _ in html.spans)
    for _, _, links in html.spans:
        assert links
        assert set(links) <= html.anchors
    assert html.anchors == set(kb.by_id)
    assert f"{len(expected)} из {len(expected)}" in done.stdout


def test_an_uncovered_sentence_is_marked_and_text_is_escaped(kb_dirs_copy: KbDirs, tmp_path: Path) -> None:
    faq_path = next((kb_dirs_copy.knowledge / "faq").glob("*.yaml"))
    faq = yaml.safe_load(faq_path.read_text(encoding="utf-8"))
    source_path = kb_dirs_copy.seeds / f"{faq['source']}.txt"
    tricky = 'Строка с <script>alert("x")</script> & «кавычками».'
    source_path.write_text(source_path.read_text(encoding="utf-8") + "\n" + tricky + "\n", encoding="utf-8")
    page = tmp_path / "coverage.html"
    done = run_bot("kb", "coverage", "--html", page, *dirs_args(kb_dirs_copy))
    assert done.returncode == 0, done.stderr
    html = parse(page)
    assert html.scripts == 0
    css, text, links = html.spans[-1]
    assert text == tricky
    assert css.split() == ["s", "uncovered"]
    assert links == []


def test_an_unwritable_target_is_one_line(kb_dirs_copy: KbDirs, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "page.html"
    line = assert_one_clean_line(run_bot("kb", "coverage", "--html", target, *dirs_args(kb_dirs_copy)), 2)
    assert "page.html" in line

"""A strict checker for what the bot sends in HTML parse mode.

Independent of the bot's own code on purpose: it allows only Telegram's tags b, i, u, s, a, code,
pre, blockquote and tg-spoiler, requires every <, > and & outside tags to be escaped, every tag to
be closed in order, and the message to fit Telegram's 4096-character limit.
"""

from __future__ import annotations

from html.parser import HTMLParser

ALLOWED = {
    "b": set(),
    "i": set(),
    "u": set(),
    "s": set(),
    "a": {"href"},
    "code": {"class"},
    "pre": set(),
    "blockquote": {"expandable"},
    "tg-spoiler": set(),
}
ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
LIMIT = 4096


class _Strict(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.plain: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in ALLOWED, f"tag <{tag}> is not allowed"
        for name, _ in attrs:
            assert name in ALLOWED[tag], f"attribute {name} not allowed on <{tag}>"
        assert tag not in self.stack, f"<{tag}> nested in itself"
        if tag == "blockquote":
            assert "blockquote" not in self.stack
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise AssertionError(f"self-closing <{tag}/> is not Telegram HTML")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for char in "<>&":
            assert char not in data, f"unescaped {char!r} in {data[:60]!r}"
        self.plain.append(data)

    def handle_entityref(self, name: str) -> None:
        assert name in ENTITIES, f"&{name}; is not a Telegram entity"
        self.plain.append(ENTITIES[name])

    def handle_charref(self, name: str) -> None:
        self.plain.append(chr(int(name[1:], 16) if name.lower().startswith("x") else int(name)))

    def handle_comment(self, data: str) -> None:
        raise AssertionError("HTML comments are not allowed")

    def handle_decl(self, decl: str) -> None:
        raise AssertionError("declarations are not allowed")

    def unknown_decl(self, data: str) -> None:
        raise AssertionError("declarations are not allowed")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def check_html(text: str) -> str:
    """Assert `text` is valid Telegram HTML within the length limit; return its plain text."""
    assert text, "empty message"
    assert len(text) <= LIMIT, f"message is {len(text)} characters"
    assert utf16_len(text) <= LIMIT, f"message is {utf16_len(text)} UTF-16 units"
    parser = _Strict()
    parser.feed(text)
    parser.close()
    assert not parser.stack, f"unclosed <{parser.stack[-1]}>"
    assert not parser.rawdata, f"unparsed tail {parser.rawdata[:40]!r}"
    return "".join(parser.plain)

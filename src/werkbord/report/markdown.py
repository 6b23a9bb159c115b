"""The report as Markdown (CommonMark + GitHub tables), pictures as ``.svg`` files beside it.

Board text is untrusted. :func:`md_text` makes it inert: it cannot open a table cell (``|``),
end a line, start a heading, list or quote, or form a link, image, emphasis, code span or
HTML tag that was not typed as text — it then *shows* as the characters participants typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .view import Document, Figure, Heading, Items, Para, Table

# Always escaped with a backslash: these start inline constructs anywhere in a line
# (emphasis, code, links and images, strikethrough, tables, escapes themselves, and "#",
# which would also close a heading when it ends one).
_INLINE = re.compile(r"([\\`*_\[\]|~#])")
# Escaped only at the start of a line, where they would start a block: a list ("-", "+",
# "1." / "1)") or a setext underline ("="). A quote (">") is already an entity.
_BLOCK_START = re.compile(r"^([+\-=]|\d+(?=[.)]))")
_NEWLINES = re.compile(r"\r\n|[\r\n\u0085\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _escape_block_start(m: re.Match[str]) -> str:
    found = m.group(1)
    # "-" becomes a backslash and "-"; in "12." the backslash goes before the list punctuation.
    return found + "\\" if found[0].isdigit() else "\\" + found


def md_text(text: str, *, breaks: str = "<br>") -> str:
    """Escape board text for Markdown; line breaks become ``breaks`` (``<br>`` or a space)."""
    t = _CONTROL.sub("", text.replace("\t", " "))
    # Entities first, so the "<br>" inserted below is the only markup in the result.
    t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = _INLINE.sub(r"\\\1", t)
    lines = [line.strip() for line in _NEWLINES.split(t)]
    lines = [_BLOCK_START.sub(_escape_block_start, line) for line in lines]
    # Leading spaces of 4+ would make an indented code block; lines are stripped above.
    return breaks.join(line for line in lines if line)


def _inline(text: str) -> str:
    """Part of a line, escaped, keeping the space at either end that separates it from the next part."""
    inner = md_text(text, breaks=" ")
    return (" " if text[:1].isspace() else "") + inner + (" " if text[-1:].isspace() and inner else "")


def _table(t: Table) -> list[str]:
    def row(cells: list[str]) -> str:
        return "| " + " | ".join(md_text(c) or " " for c in cells) + " |"

    align = ["---:" if i in t.numeric else "---" for i in range(len(t.header))]
    return [row(t.header), "| " + " | ".join(align) + " |", *(row(r) for r in t.rows), ""]


def render_markdown(doc: Document, image_path: Callable[[Figure], str]) -> str:
    """Markdown text; ``image_path(figure)`` gives the relative file name of each picture."""
    out = [f"# {md_text(doc.title, breaks=' ')}", ""]
    if doc.review is not None:
        r = doc.review
        out += [f"## {md_text(r.title, breaks=' ')}", "", f"*{md_text(r.explain)}*", ""]
        # The suspect in bold inside its note; every piece escaped on its own, so the note
        # cannot close the bold or open anything else.
        out += [
            f"- {md_text(e.where, breaks=' ')}: {_inline(e.before)}**{md_text(e.suspect, breaks=' ')}**"
            f"{_inline(e.after)} ({md_text(e.why, breaks=' ')})"
            for e in r.entries
        ] or [md_text(r.empty)]
        if r.owners:
            out += ["", md_text(r.owners)]
        out.append("")
    for section in doc.sections:
        for b in section.blocks:
            if isinstance(b, Heading):
                out += [f"{'#' * min(b.level, 6)} {md_text(b.text, breaks=' ')}", ""]
            elif isinstance(b, Para):
                text = md_text(b.text)
                if b.kind == "warning":
                    text = f"> **⚠ {text}**"
                elif b.kind == "prompt":
                    text = f"**{text}**"
                elif b.kind in ("note", "source"):
                    text = f"*{text}*"
                out += [text, ""]
            elif isinstance(b, Items):
                out += [f"- {md_text(i) or ' '}" for i in b.items] + [""]
            elif isinstance(b, Table):
                out += _table(b)
            elif isinstance(b, Figure):
                # The path is ours (built from indices); only the alt text comes from the board.
                out += [f"![{md_text(b.caption, breaks=' ')}]({image_path(b)})", ""]
                if b.note:
                    out += [f"*{md_text(b.note)}*", ""]
    return "\n".join(out).rstrip() + "\n"

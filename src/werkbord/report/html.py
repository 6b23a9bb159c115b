"""The report as one self-contained HTML page (Jinja2, autoescaped; pictures inline as SVG).

Opens in a browser without network and prints well: no scripts, fonts, images or style sheets
from elsewhere, and a Content-Security-Policy that forbids them should one ever slip in.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from markupsafe import Markup, escape

from .view import Document, Figure, Heading, Items, Para, Table

_KINDS = {Heading: "heading", Para: "para", Items: "items", Table: "table", Figure: "figure"}


def _block_kind(block: object) -> str:
    return _KINDS[type(block)]


def _breakable(text: str) -> Markup:
    """Escaped text that may wrap after a "/" ("Schuldhulp/<wbr>bewindvoering"), never inside a word."""
    return Markup(str(escape(text)).replace("/", "/<wbr>"))


def _trusted_svg(svg: str) -> Markup:
    # The one place markup is let through: svg.py escaped every board text in it.
    return Markup(svg)


@cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("werkbord.report", "templates"),
        autoescape=True,  # every text is escaped, whatever the file name
        undefined=StrictUndefined,  # a typo in the template fails loudly, not as an empty cell
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["block_kind"] = _block_kind
    env.filters["trusted_svg"] = _trusted_svg
    env.filters["breakable"] = _breakable
    return env


def _template() -> Template:
    return _env().get_template("report.html.j2")  # compiled once (~0.01 s), then from the cache


def prepare() -> None:
    """Compile the page's template now (the command does while an online board is read)."""
    _template()


def render_html(doc: Document) -> str:
    return _template().render(doc=doc)

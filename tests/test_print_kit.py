"""The print kit as a PDF reader sees it: page sizes and counts, the texts, embedded fonts, and
a tiled poster that covers the A1 page exactly once."""

from __future__ import annotations

import io
import math
import re

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from werkbord import api
from werkbord.errors import UsageError
from werkbord.layout import layout
from werkbord.printkit.kit import render_handouts, render_posters
from werkbord.printkit.tiling import tile
from werkbord.template import load_template

MM = 72 / 25.4
A1_LANDSCAPE = (841 * MM, 594 * MM)
A3, A4 = (297 * MM, 420 * MM), (210 * MM, 297 * MM)
PARTICIPANTS = 5


def _size(page) -> tuple[float, float]:
    return float(page.mediabox.width), float(page.mediabox.height)


def _same(a, b, tol=1.0) -> bool:
    return abs(a[0] - b[0]) < tol and abs(a[1] - b[1]) < tol


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module", params=[1, 4, 12])
def kit(request, wv):
    plan = layout(wv, request.param, title="Team Noord", start="14:00", participants=PARTICIPANTS)
    handouts = PdfReader(io.BytesIO(render_handouts(wv, plan, sheet_name="s.xlsx", manifest_name="m.json")))
    posters = PdfReader(io.BytesIO(render_posters(wv, plan, paper="a1")))
    return request.param, handouts, posters


def test_page_sizes_and_counts(kit, wv):
    groups, handouts, posters = kit
    assert len(posters.pages) == groups and all(_same(_size(p), A1_LANDSCAPE) for p in posters.pages)
    assert all(_same(_size(p), A4) for p in handouts.pages)
    footers = [p.extract_text() for p in handouts.pages]
    facilitator = sum("Team Noord · Facilitator" in t for t in footers)
    cards = math.ceil((len(wv.parties) + wv.step2.blank_parties) / 18)  # 3 × 6 cards of 60 × 40 mm on A4
    forms = math.ceil(PARTICIPANTS / 2)  # two forms to a page
    assert facilitator >= 1
    assert len(handouts.pages) == facilitator + groups * (1 + cards + forms)
    for g in (1, groups):
        assert sum(f"Team Noord · Groep {g} · Stap 2 · Partijkaarten" in t for t in footers) == cards
        assert sum(f"Team Noord · Groep {g} · Stap 3" in t for t in footers) == forms


def test_every_party_definition_and_notice_is_text(kit, wv):
    groups, handouts, posters = kit
    text = [_flat(p.extract_text()) for p in handouts.pages]
    for g in sorted({1, groups}):
        cards = " ".join(t for t in text if f"Groep {g} · Stap 2 · Partijkaarten" in t).replace("/ ", "/")
        for party in wv.parties:
            assert _flat(party.label) in cards, party.label  # "Schuldhulp/" over "bewindvoering"
        step1 = next(t for t in text if f"Groep {g} · Stap 1 · Ervaring ophalen · 14:00–14:25" in t)
        assert _flat(wv.on_paper().labels.privacy_notice) in step1
        for prompt in (p for s in wv.step1.sections for p in s.prompts):
            assert _flat(prompt.text) in step1
        forms = " ".join(t for t in text if f"Groep {g} · Formulier micro-actie" in t)
        for label in ("Partij:", "Micro-actie:", "Verwacht effect:", "Wie:", "Wanneer:"):
            assert forms.count(label) == PARTICIPANTS
    facilitator = " ".join(t for t in text if "Facilitator" in t)
    paper = wv.on_paper()
    for needle in (
        wv.goal,
        paper.labels.privacy_notice,
        "14:00–14:25",
        "14:45–15:00",
        *(s.title for s in wv.sources),
        *paper.materials.physical,
    ):
        assert _flat(needle) in facilitator, needle
    for i, page in enumerate(posters.pages, start=1):
        poster = _flat(page.extract_text())
        assert f"Groep {i} · Stap 2 · Netwerk in beeld · 14:25–14:45" in poster
        for z in "ABC":
            assert _flat(wv.step2.zones[z].definition) in poster
            assert _flat(wv.step2.zones[z].label) in poster
        for q in wv.step2.key_questions:
            assert _flat(q.text) in poster


def _fonts(resources) -> list:
    found = []
    resources = resources.get_object() if resources is not None else {}
    for font in (resources.get("/Font") or {}).values():
        found.append(font.get_object())
    for xobj in (resources.get("/XObject") or {}).values():
        x = xobj.get_object()
        if x.get("/Subtype") == "/Form":
            found += _fonts(x.get("/Resources"))
    return found


def _embedded(font) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    desc = font.get("/FontDescriptor")
    return desc is not None and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_fonts_are_embedded(kit):
    _, handouts, posters = kit
    for reader in (handouts, posters):
        fonts = [f for page in reader.pages[:12] for f in _fonts(page.get("/Resources"))]
        assert fonts and all(_embedded(f) for f in fonts), {f.get("/BaseFont") for f in fonts}


@pytest.fixture(scope="module", params=["a3", "a4"])
def tiled(request, wv):
    plan = layout(wv, 2, title="Team Noord", start="14:00")
    return request.param, PdfReader(io.BytesIO(render_posters(wv, plan, paper=request.param)))


def _placement(page) -> tuple[tuple[float, float, float, float], tuple[float, float]]:
    """The clip rectangle and the translation under which the poster is drawn on a sheet."""
    ops = ContentStream(page.get_contents(), page.pdf).operations
    clip = translate = None
    for i, (operands, op) in enumerate(ops):
        if op == b"re" and clip is None and ops[i + 1][1] in (b"W", b"W*"):
            clip = tuple(float(v) for v in operands)
        if op == b"cm" and clip is not None and translate is None:
            translate = float(operands[4]), float(operands[5])
        if op == b"Do":
            break
    assert clip and translate
    return clip, translate


def test_tiled_posters_cover_the_a1_page_exactly_once(tiled):
    paper, reader = tiled
    per_poster = {"a3": 8, "a4": 15}[paper]  # A3 portrait 4 × 2; A4 portrait 5 × 3 (12 mm margin, 10 mm glue)
    sheet = {"a3": A3, "a4": A4}[paper]
    assert len(reader.pages) == 2 * per_poster
    W, H = A1_LANDSCAPE
    overlap = 10 * MM
    for g in range(2):
        pages = reader.pages[g * per_poster : (g + 1) * per_poster]
        cells = []
        for n, page in enumerate(pages, start=1):
            assert _same(_size(page), sheet)
            (x, y, w, h), (tx, ty) = _placement(page)
            shown = (x - tx, y - ty, w, h)  # in poster coordinates
            # The glue strip is on the right and at the bottom, except at the poster's edges.
            right = shown[0] + w < W - 0.5
            bottom = shown[1] > 0.5
            cell = (
                shown[0],
                shown[1] + (overlap if bottom else 0),
                w - (overlap if right else 0),
                h - (overlap if bottom else 0),
            )
            cells.append(cell)
            text = page.extract_text()
            assert re.search(rf"Groep {g + 1} · Poster · [A-Z]\d+ · blad {n} van {per_poster}", text)
            ops = ContentStream(page.get_contents(), page.pdf).operations
            dashed = any(op == b"d" and operands[0] for operands, op in ops)
            if right or bottom:
                assert "plakken" in text  # the glue strip says what goes over it
            if cell[0] > 0.5 or cell[1] + cell[3] < H - 0.5:
                assert dashed and "knippen" in text  # a cut line where it lies over a neighbour
        # Exactly once: inside the poster, no two cells overlap, and together they fill it.
        assert all(c[0] > -0.01 and c[1] > -0.01 and c[0] + c[2] < W + 0.01 and c[1] + c[3] < H + 0.01 for c in cells)
        for i, a in enumerate(cells):
            for b in cells[i + 1 :]:
                ix = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
                iy = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
                assert ix < 0.01 or iy < 0.01, (a, b)
        assert abs(sum(c[2] * c[3] for c in cells) - W * H) < 1.0


def test_tiling_geometry_fits_the_sheet():
    for paper, size in (("a3", A3), ("a4", A4)):
        t = tile(A1_LANDSCAPE, paper)
        assert sorted(t.sheet) == sorted(size)
        for tl in t.tiles:
            assert tl.shown[2] <= t.sheet[0] - 2 * 12 * MM + 0.01 and tl.shown[3] <= t.sheet[1] - 2 * 12 * MM + 0.01


def test_provision_print_writes_kit_sheet_and_manifest(tmp_path):
    done = api.provision(
        groups=4, title="Team Noord", start="14:00", out=tmp_path, backend="print", options={"paper": "a4"}
    )
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "team-noord.invulblad.csv",
        "team-noord.invulblad.xlsx",
        "team-noord.kit.pdf",
        "team-noord.poster-a4.pdf",
        "team-noord.werkbord.json",
    ]
    assert done.manifest.backend == "print" and done.manifest.complete
    assert len(PdfReader(tmp_path / "team-noord.poster-a4.pdf").pages) == 4 * 15
    # The same kit for any session, here an online one, from its manifest.
    online = api.provision(groups=2, title="Online", out=tmp_path / "online")
    files = api.print_kit(online.manifest_path, paper="a1")
    assert len(PdfReader(files.posters).pages) == 2
    assert "Facilitator · Online" in PdfReader(files.handouts).pages[0].extract_text()
    with pytest.raises(UsageError, match="--paper 'b5' is not a paper size"):
        api.print_kit(online.manifest_path, paper="b5")


def test_cli_print_and_provision(tmp_path):
    from test_cli import assert_one_line_error, run

    p = run(
        "provision",
        "--backend",
        "print",
        "--groups",
        "1",
        "--title",
        "Zaal",
        "--start",
        "09:30",
        "--paper",
        "a3",
        "--out",
        "s",
        cwd=tmp_path,
    )
    assert p.returncode == 0, p.stderr
    assert "s/zaal.poster-a3.pdf" in p.stdout and "s/zaal.invulblad.xlsx" in p.stdout
    p = run("print", "s/zaal.werkbord.json", "--out", "pdf", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "pdf" / "zaal.poster-a1.pdf").is_file() and (tmp_path / "pdf" / "zaal.kit.pdf").is_file()
    # A Dutch session: Dutch in the terminal.
    assert_one_line_error(run("provision", "--paper", "a3", "--out", "x", cwd=tmp_path), "--paper geldt alleen")
    assert_one_line_error(run("print", "s/zaal.werkbord.json", "--paper", "a0", cwd=tmp_path), "is geen papierformaat")


def test_poster_texts_are_large_enough_to_read_from_two_metres(wv_en):
    """Zone definitions and key questions at 28 pt or more (a cap height of about 7 mm), zone
    letters far larger; checked for the longer, English texts."""
    plan = layout(wv_en, 1, title="Team North")
    page = PdfReader(io.BytesIO(render_posters(wv_en, plan))).pages[0]
    sizes: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes[text.strip()] = min(sizes.get(text.strip(), 1e9), size * tm[0])

    page.extract_text(visitor_text=visit)
    for needle in [*(wv_en.step2.zones[z].definition for z in "ABC"), *(q.text for q in wv_en.step2.key_questions)]:
        first_words = " ".join(needle.split()[:3])
        found = [s for t, s in sizes.items() if first_words in t]
        assert found and min(found) >= 28, (needle, found)
    assert min(s for t, s in sizes.items() if t in "ABC") >= 100


def test_every_character_drawn_is_in_the_embedded_font(kit):
    """No empty boxes: text the font lacks (⚠, emoji) is drawn as a vector or left out."""
    from werkbord.printkit.fonts import _covered

    _, handouts, posters = kit
    text = "".join(p.extract_text() for p in [*handouts.pages[:8], posters.pages[0]])
    missing = {c for c in text if not c.isspace() and ord(c) not in _covered()}
    assert not missing
    assert "⚠" not in text and "🔒" not in text


def test_the_warning_sign_is_drawn_beside_every_privacy_notice(wv):
    """The ⚠ is a vector: a filled and stroked triangle path."""
    plan = layout(wv, 1, title="Team Noord")
    reader = PdfReader(io.BytesIO(render_handouts(wv, plan, sheet_name="s.xlsx", manifest_name="m.json")))
    for page in reader.pages:
        text = _flat(page.extract_text())
        ops = [op for _, op in ContentStream(page.get_contents(), reader).operations]
        triangles = sum(
            1 for i in range(len(ops) - 4) if ops[i : i + 4] == [b"m", b"l", b"l", b"h"] and ops[i + 4] in (b"B", b"B*")
        )
        assert triangles == (1 if _flat(wv.on_paper().labels.privacy_notice) in text else 0), text[:80]


def test_the_english_kit_and_sheet(tmp_path):
    done = api.provision(groups=2, title="Team North", start="09:00", out=tmp_path, backend="print", lang="en")
    kit = " ".join(_flat(p.extract_text()) for p in PdfReader(tmp_path / "team-north.kit.pdf").pages)
    assert "Group 2 · Party cards" in kit and "Micro-action form" in kit and "Facilitator · Team North" in kit
    from openpyxl import load_workbook

    sheet = tmp_path / "team-north.invulblad.xlsx"
    wb = load_workbook(sheet)
    assert [c.value for c in wb.worksheets[0][1]][:5] == ["Group", "Step", "Prompt or zone", "Party", "Text"]
    wb.worksheets[0].append(["Group 2", 2, "B", "the GP", ""])
    wb.save(sheet)
    h = api.harvest(done.manifest_path, scrub=False)
    assert [p.name for p in h.groups[1].zones["B"]] == ["GP"]


def test_the_kit_messages_exist_in_every_language():
    from werkbord.printkit.messages import _CATALOGUES

    nl = _CATALOGUES["nl"]
    for lang, catalogue in _CATALOGUES.items():
        assert set(catalogue) == set(nl), lang
        for key, text in catalogue.items():
            assert set(re.findall(r"{(\w+)}", text)) == set(re.findall(r"{(\w+)}", nl[key])), (lang, key)


# --- a kit for a room: cards that sit inside a ring -------------------------------------------------


def _scale(m) -> float:
    a, b, c, d = (float(v) for v in m[:4])
    return math.sqrt(abs(a * d - b * c))


def _circles(stream, reader, resources, scale: float = 1.0) -> list[tuple[float, float, float, float]]:
    """(centre x, centre y, radius, stroke width) of every stroked circle a content stream draws,
    in points on the printed sheet: a path of one moveto and four curves, measured by its box;
    a form drawn on the page (a tiled poster) is followed in, under the scale it is drawn at."""
    found = []
    stack, width, path = [scale], 1.0, []
    for operands, op in ContentStream(stream, reader).operations:
        if op == b"q":
            stack.append(stack[-1])
        elif op == b"Q":
            stack.pop()
        elif op == b"cm":
            stack[-1] *= _scale(operands)
        elif op == b"w":
            width = float(operands[0])
        elif op in (b"m", b"c", b"l"):
            path.append((op, [float(v) for v in operands]))
        elif op in (b"S", b"s", b"B", b"B*", b"b", b"b*", b"f", b"f*", b"n", b"W", b"W*"):
            if op in (b"S", b"s", b"B", b"B*", b"b", b"b*") and [o for o, _ in path] == [b"m", *[b"c"] * 4]:
                xs = [v for _, vs in path for v in vs[0::2]]
                ys = [v for _, vs in path for v in vs[1::2]]
                k = stack[-1]
                found.append(
                    ((min(xs) + max(xs)) / 2 * k, (min(ys) + max(ys)) / 2 * k, (max(xs) - min(xs)) / 2 * k, width * k)
                )
            path = []
        elif op == b"Do":
            xobj = resources["/XObject"][operands[0]].get_object()
            found += _circles(
                xobj, reader, xobj.get("/Resources") or {}, stack[-1] * _scale(xobj.get("/Matrix", [1, 0, 0, 1]))
            )
    return found


def _card_size(handouts) -> tuple[float, float]:
    """The party card as printed: the rectangle the card pages repeat most."""
    from collections import Counter

    sizes: Counter = Counter()
    for page in handouts.pages:
        if "Partijkaarten" not in page.extract_text():
            continue
        for operands, op in ContentStream(page.get_contents(), handouts).operations:
            if op == b"re":
                sizes[(round(abs(float(operands[2])), 1), round(abs(float(operands[3])), 1))] += 1
    (w, h), _count = sizes.most_common(1)[0]
    return w, h


@pytest.mark.parametrize("paper", ["a1", "a3", "a4"])
def test_every_ring_band_holds_the_kits_own_card_with_room_to_spare(wv, paper):
    """Measured from the PDFs: the clear width of each band (between the ring lines) is at least
    the party card's longer side plus 15 mm, on the A1 poster and on its A3/A4 tilings."""
    plan = layout(wv, 1, title="Team Noord")
    handouts = PdfReader(io.BytesIO(render_handouts(wv, plan, sheet_name="s.xlsx", manifest_name="m.json")))
    card = max(_card_size(handouts))
    assert card <= 60 * MM + 0.5  # the kit prints smaller cards than a 76 mm post-it
    posters = PdfReader(io.BytesIO(render_posters(wv, plan, paper=paper)))
    page = posters.pages[0 if paper == "a1" else 4]  # a tile: the model is drawn through the poster form
    circles = _circles(page.get_contents(), posters, page["/Resources"])
    centre = max(circles, key=lambda c: c[2])[:2]
    rings = [c for c in circles if math.dist(c[:2], centre) < 0.5]
    radii = sorted(c[2] for c in rings)
    assert len(radii) == 4, radii  # the patient and rings A, B, C
    line = max(c[3] for c in rings)
    bands = [(outer - inner) - line for inner, outer in zip(radii, radii[1:], strict=False)]
    assert all(b >= card + 15 * MM for b in bands), [round(b / MM, 1) for b in bands]
    assert radii[-1] * 2 <= A1_LANDSCAPE[1]  # and the model stays on the A1 page


# Words for an online board that a room with paper must not read (checked case-insensitively).
ONLINE_WORDS = {
    "nl": [
        "sleep ",
        "strook",
        "frame",
        "breakout",
        "online",
        "whiteboard",
        "videoverbinding",
        "dit bord",
        "op het bord",
        "a3-vel met drie cirkels",
        "live-sessie",
    ],
    "en": [
        "drag ",
        "lane",
        "frame",
        "breakout",
        "online",
        "whiteboard",
        "video call",
        "this board",
        "on the board",
        "a3 sheet with three circles",
        "live session",
    ],
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_text_of_the_kit_is_written_for_a_room_with_paper(lang):
    wv = load_template("terugval", lang)
    plan = layout(wv, 2, title="Team Noord", start="14:00", participants=2)
    handouts = PdfReader(io.BytesIO(render_handouts(wv, plan, sheet_name="s.xlsx", manifest_name="m.json")))
    posters = PdfReader(io.BytesIO(render_posters(wv, plan, paper="a1")))
    text = _flat(" ".join(p.extract_text() for p in [*handouts.pages, *posters.pages])).lower()
    found = [w for w in ONLINE_WORDS[lang] if w in text]
    assert not found, found
    # The materials name what the kit is: the A1 poster (or its tiles) and the cards.
    paper = wv.on_paper()
    assert _flat(paper.materials.physical[0]).lower() in text and "a1" in paper.materials.physical[0].lower()
    # The poster's instructions say to lay the cards, as the facilitator sheet does.
    assert _flat(paper.step2.instructions[1]).lower() in _flat(posters.pages[0].extract_text()).lower()


def test_a_paper_session_in_the_terminal(tmp_path):
    from test_cli import assert_one_line_error, run

    p = run("provision", "--backend", "print", "--groups", "3", "--title", "Zaal", "--out", "s", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert "items op het bord" not in p.stdout and "Printkit voor 3 groepen." in p.stdout
    assert "Schrijf niets op waarmee een patiënt herkenbaar is" in p.stderr and "dit bord" not in p.stderr
    assert p.stdout.strip().splitlines()[-1].startswith("Na de sessie, als elke post-it in het invulblad is getypt:")
    manifest = "s/zaal.werkbord.json"
    scene = run("harvest", manifest, "--scene", "x.excalidraw", "--no-scrub", "--yes", cwd=tmp_path)
    assert_one_line_error(
        scene, "--scene geldt alleen voor een Excalidraw-bord; deze sessie is op papier", "harvest leest het invulblad"
    )
    assert "online" not in scene.stderr
    room = run("links", manifest, "--room", "https://excalidraw.com/#room=a1,b2", cwd=tmp_path)
    assert_one_line_error(room, "deze sessie is op papier")
    empty = run("harvest", manifest, "--no-scrub", "--yes", "--out", "o", cwd=tmp_path)
    assert empty.returncode == 0 and "het invulblad heeft nog geen regels" in empty.stderr
    timer = run("timer", manifest, "--step", "1", "--minutes", "0.01", cwd=tmp_path)
    assert timer.returncode == 0, timer.stderr
    assert "Een sessie op papier" in timer.stderr and "Excalidraw" not in timer.stderr

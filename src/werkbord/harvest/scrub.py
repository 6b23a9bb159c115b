"""De-identifying a harvest: every participant text goes through the scrubber once.

Template party labels and aliases are protected, so "huisarts" or "FACT" survive while a
person's name does not. Texts are scrubbed once each (the same note text appears in several
places of a harvest) and replaced everywhere.

A micro-action form is scrubbed once as a whole, with each stretch treated by its field
(:mod:`werkbord.privacy.fields`: "Wanneer: 1 juni" keeps its date, a name under "Wie" stays
only when the team's privacy list keeps it); its fields are cut from that one result, so the
form as written and its fields tell the same story with the same tags.

Afterwards every note gets its *suspects* (tokens left in place that look like an identifier),
which the report lists for a person to check before sharing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..template import Werkvorm
from .followup import follow_up_texts
from .forms import FormParser, form_parser
from .line_forms import line_form_spans
from .model import Harvest, MicroAction, ReviewItem, Scrubbing
from .texts import map_texts

if TYPE_CHECKING:  # deduce is imported when a scrubber is made
    from ..privacy import Scrubber
    from ..privacy.fields import Layout
    from ..privacy.parallel import TagWorker
    from ..privacy.teamlist import TeamList


def protected_words(wv: Werkvorm) -> list[str]:
    words = set()
    for p in wv.parties:
        words.update([p.label, *p.aliases])
    for s in wv.sectors:
        words.add(s.label)
    return sorted(w for w in words if w.strip())


def _texts(h: Harvest, forms: dict[str, str]) -> set[str]:
    """Every text scrubbed as a plain note (``forms``: note id -> form text, scrubbed as a form)."""
    found = set(h.outside)
    for n in h.notes:
        if forms.get(n.id) != n.text:
            found.add(n.text)
        if n.party:
            found.add(n.party)
    for g in h.groups:
        found.update(g.other)
        for texts in (*g.step1.values(), *g.questions.values()):
            found.update(texts)
        for placements in (*g.zones.values(), g.unplaced):
            found.update(p.name for p in placements if p.key is None)
        for a in g.micro_actions:
            if a.party:
                found.add(a.party)
            if a.note_id not in forms:  # a form's fields are cut from its one scrub as a whole
                found.update(v for v in (a.action, a.expected_effect, a.owner, a.deadline, a.text) if v)
    if h.follow_up is not None:
        found |= follow_up_texts(h.follow_up)
    found.discard("")
    return found


def form_layout(a: MicroAction, forms: FormParser) -> Layout | None:
    """Which stretch of a micro-action's note is which field, or None when its fields cannot be
    found again in its text (say, a harvest put together by hand)."""
    from ..privacy.fields import Layout

    if not a.structured:  # a free note: its pieces may still say who and when ("Noor -> bellen, vr 14/3")
        return Layout(tuple(line_form_spans(a.text) or (("action", 0, len(a.text)),)), default="action")
    want = (a.action, a.expected_effect, a.owner, a.deadline)
    for strict in (False, True):  # the way it was read: a form slot (loose) or a free note (strict)
        parsed = forms.parse(a.text, strict=strict)
        if (parsed.get("action"), parsed.get("effect"), parsed.get("owner"), parsed.get("deadline")) == want:
            return Layout(tuple(parsed.spans))
    return None


def make_scrubber(
    wv: Werkvorm, *, progress: Callable[[str], None] | None = None, team: TeamList | None = None
) -> Scrubber:
    from ..privacy import Scrubber
    from ..privacy.cachefile import default_cache_dir
    from ..privacy.precompiled import precompiled

    # Its pattern of the template's party words (~0.005 s) is kept with the rules' (the team's
    # list is not in it: the team's words are read per note, never recorded).
    with precompiled(default_cache_dir(), "protected"):
        return Scrubber(protected_words(wv), progress=progress, team=team)


def ready_scrubber(
    wv: Werkvorm, *, progress: Callable[[str], None] | None = None, team: TeamList | None = None
) -> Scrubber:
    """A scrubber for this werkvorm with its engine loaded (the slow part: worth doing early)."""
    scrubber = make_scrubber(wv, progress=progress, team=team)
    scrubber.prepare()
    return scrubber


def scrub_harvest(
    h: Harvest,
    wv: Werkvorm,
    *,
    progress: Callable[[str], None] | None = None,
    scrubber: Scrubber | None = None,
    team: TeamList | None = None,
    worker: TagWorker | None = None,
    in_place: bool = False,
) -> Harvest:
    """A copy of ``h`` with every participant text de-identified, the counts per category, and
    the suspects a person should check (``in_place``: ``h`` itself, for a caller that drops the
    original).

    ``scrubber``: one made by :func:`ready_scrubber` for ``wv`` beforehand (else one is made);
    ``team``: the team's privacy list (used when a scrubber is made here); ``worker``: a second
    process that tags part of the notes (:mod:`werkbord.privacy.parallel`)."""
    from ..privacy.fields import PLAIN

    if scrubber is None:
        scrubber = make_scrubber(wv, progress=progress, team=team)
    team = scrubber.team
    parser = form_parser(wv.step3.form)
    layouts: dict[str, Layout] = {}  # note id -> its form's layout
    for g in h.groups:
        for a in g.micro_actions:
            lay = form_layout(a, parser)
            if lay is not None:
                layouts[a.note_id] = lay
    form_texts = dict(_form_texts(h, layouts))
    plain = sorted(_texts(h, form_texts))
    jobs = [(t, PLAIN) for t in plain] + [(form_texts[i], layouts[i]) for i in sorted(layouts)]
    loose = _loose_forms(h, parser)
    jobs += list(dict.fromkeys(job for job in loose.values() if job not in jobs))
    outside = list(h.outside)  # as written (``in_place`` changes them)
    # Each note is read for the review step as soon as it is scrubbed, by whichever process
    # scrubbed it (with a second one, that work is shared too).
    base = _review_base(wv, team)
    done = scrubber.scrub_many([t for t, _ in jobs], [lay for _, lay in jobs], worker=worker, review=base)
    results = dict(zip(jobs, done, strict=True))

    def s(t: str | None) -> str | None:
        return results[(t, PLAIN)].text if t else t

    def of_note(note_id: str, text: str):  # noqa: ANN202
        lay = layouts.get(note_id) or (loose[note_id][1] if note_id in loose else None)
        return results.get((text, lay)) or results[(text, PLAIN)]

    counts: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    replaced: Counter[str] = Counter()
    # Count per note (not per distinct text) so the report's figures match what was on the board.
    changed = 0
    for n in h.notes:
        r = of_note(n.id, n.text) if n.text else results.get((n.text, PLAIN))
        if r is None:
            continue
        counts.update(r.counts)
        kept.update(r.kept)
        replaced.update(r.replaced)
        changed += r.text != n.text

    def form(a) -> bool:
        """A micro-action form scrubbed as one text: its fields are cut from that one result."""
        if a.note_id not in layouts:
            return False
        r = results[(a.text, layouts[a.note_id])]
        if not a.structured:  # a free note stays one action as written, read by its pieces
            a.action = a.text = r.text
            return True
        pieces: dict[str, list[str]] = {}
        for name, piece in r.fields:
            pieces.setdefault(name, []).append(piece)
        value = {name: "\n".join(p) for name, p in pieces.items()}
        a.action, a.expected_effect = value.get("action") or None, value.get("effect") or None
        a.owner, a.deadline = value.get("owner") or None, value.get("deadline") or None
        a.text = r.text
        return True

    # What the policy kept in each note, looked up by its text as written (before it changes).
    kept_texts = {n.id: of_note(n.id, n.text).kept_texts for n in h.notes if n.text}
    data = map_texts(h, s, note_text=lambda n: of_note(n.id, n.text).text, micro_action=form, in_place=in_place)
    as_form = dict(loose.values())
    data.outside = [
        results[(t, as_form[t])].text if t in as_form else new for t, new in zip(outside, data.outside, strict=True)
    ]
    data.scrubbing = Scrubbing(
        scrubbed=True,
        counts=dict(sorted(counts.items())),
        notes_changed=changed,
        kept=dict(sorted(kept.items())),
        replaced=dict(sorted(replaced.items())),
        privacy_list=team.path.name if team is not None and team.path is not None else None,
    )
    read = {(r.text, r.kept_texts): r.suspects for r in done if r.suspects is not None}
    data.review = review_items(data, wv, team, kept_texts, read=read)
    return data


def _loose_forms(h: Harvest, forms: FormParser) -> dict[str, tuple[str, Layout]]:
    """Notes laid outside every group whose labels make them a micro-action form ("Wie: Sanne /
    Wanneer: 1 juni"), by note id: (text, layout). A form that drifted off its group's frame is
    still a form: its planned date and owner are read as a form's, not as a case note's."""
    from ..privacy.fields import Layout

    out: dict[str, tuple[str, Layout]] = {}
    for n in h.notes:
        if n.group is not None or not n.text:
            continue
        parsed = forms.parse(n.text, strict=True)
        if parsed.labelled and (parsed.get("owner") or parsed.get("deadline")):
            out[n.id] = (n.text, Layout(tuple(parsed.spans)))
    return out


def _form_texts(h: Harvest, layouts: dict[str, Layout]):  # noqa: ANN202
    for g in h.groups:
        for a in g.micro_actions:
            if a.note_id in layouts:
                yield a.note_id, a.text


def _review_base(wv: Werkvorm, team: TeamList | None) -> list[str]:
    """The words the review step keeps by design: the template's and the team's."""
    return [*protected_words(wv), *(team.keep if team is not None else ())]


def review_items(
    h: Harvest,
    wv: Werkvorm,
    team: TeamList | None,
    kept: dict[str, tuple[str, ...]] | None = None,
    *,
    read: dict[tuple[str, tuple[str, ...]], tuple[tuple[str, int, str], ...]] | None = None,
) -> list[ReviewItem]:
    """The suspects of every note of a pseudonymised harvest; what the template, the team's list
    or a field's policy keeps on purpose is not suspect. ``read``: (scrubbed text, what its
    policy kept) -> its suspects, already found while scrubbing (reasons untranslated)."""
    from ..privacy.suspects import find_suspects, translated

    base = _review_base(wv, team)
    out: list[ReviewItem] = []
    # The same sticky is often copied (3,000 notes, ~2,000 texts): each text is read once.
    suspects: dict[tuple[str, tuple[str, ...]], list] = {}
    for n in h.notes:
        if not n.text:
            continue
        own = tuple((kept or {}).get(n.id, ()))
        key = (n.text, own)
        if key not in suspects:
            ahead = (read or {}).get(key)
            suspects[key] = translated(ahead) if ahead is not None else find_suspects(n.text, protected=[*base, *own])
        for found in suspects[key]:
            if team is not None and team.decided(found.text):
                continue
            out.append(ReviewItem(note=n.id, text=found.text, why=found.why, start=found.start))
    return out

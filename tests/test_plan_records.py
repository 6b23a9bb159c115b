"""Point, Rect and PlanItem write their own __init__ (a cheaper store into a frozen dataclass's
slots); they must still behave exactly as the dataclasses the decorator would have made."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from werkbord.geometry import Point, Rect
from werkbord.plan import Kind, PlanItem, Role


def _generated(cls):
    """The same fields as ``cls``, with the decorator's own __init__."""
    fields = [
        (f.name, f.type, dataclasses.field(default=f.default, default_factory=f.default_factory))
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass(cls.__name__, fields, frozen=True, slots=True)


@pytest.mark.parametrize("cls", [Point, Rect, PlanItem])
def test_the_written_init_takes_what_the_generated_one_takes(cls):
    ours = inspect.signature(cls.__init__).parameters
    theirs = inspect.signature(_generated(cls).__init__).parameters
    assert list(ours) == list(theirs)
    for name, p in ours.items():
        q = theirs[name]
        assert p.kind == q.kind
        if name != "meta":  # a default_factory shows as a sentinel in both, not the same one
            assert p.default == q.default, name


def test_records_are_frozen_equal_hashable_and_replaceable():
    r = Rect(1.0, 2.0, 3.0, 4.0)
    assert r == Rect(x=1.0, y=2.0, w=3.0, h=4.0) and hash(r) == hash((1.0, 2.0, 3.0, 4.0))
    assert repr(r) == "Rect(x=1.0, y=2.0, w=3.0, h=4.0)" and pickle.loads(pickle.dumps(r)) == r
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.x = 5.0  # type: ignore[misc]
    assert dataclasses.replace(r, w=9.0) == Rect(1.0, 2.0, 9.0, 4.0)
    assert Point(1, 2) == Point(x=1, y=2) and Point(1, 2).moved(1, 1) == Point(2, 3)
    with pytest.raises(TypeError):
        Rect(1.0, 2.0, 3.0)  # type: ignore[call-arg]

    a = PlanItem("k", Kind.TEXT, Role.INFO, r)
    b = PlanItem(key="k", kind=Kind.TEXT, role=Role.INFO, rect=r)
    assert a == b and a.meta == {} and a.meta is not b.meta  # a new dict each, as default_factory makes
    assert (a.text, a.color, a.parent, a.group, a.text_size) == ("", None, None, None, "m")
    given = {"zone": "A"}
    c = dataclasses.replace(a, text="x", meta=given)
    assert c.text == "x" and c.meta is given and c.key == "k"
    assert PlanItem("k", Kind.TEXT, Role.INFO, r, meta=None).meta is None  # what the generated one stores
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.text = "y"  # type: ignore[misc]
    g = _generated(PlanItem)("k", Kind.TEXT, Role.INFO, r)
    assert repr(a) == repr(g).replace(g.__class__.__qualname__, "PlanItem")

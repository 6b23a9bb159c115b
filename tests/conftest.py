from __future__ import annotations

from pathlib import Path

import pytest

from werkbord.layout import layout
from werkbord.template import load_template

SPECS = Path(__file__).resolve().parents[2] / "shared" / "specs"


@pytest.fixture(scope="session")
def wv():
    return load_template("terugval", "nl")


@pytest.fixture(scope="session")
def wv_en():
    return load_template("terugval", "en")


@pytest.fixture(scope="session")
def plan4(wv):
    return layout(wv, 4, title="Team Noord", start="14:00")


@pytest.fixture
def edge():
    """Mock the vendors' HTTP with respx for the test; fakes join it through ``fakes.common.serve``."""
    from fakes.common import respx_edge

    with respx_edge() as router:
        yield router

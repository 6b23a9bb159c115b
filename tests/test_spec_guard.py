"""Tests that need the vendors' OpenAPI documents (../shared/specs) never pass without them:
under CI (which always has them) they fail, elsewhere they are skipped and say why."""

from __future__ import annotations

import pytest

from fakes import miro_app, mural_app, specs


@pytest.fixture
def no_specs(monkeypatch, tmp_path):
    monkeypatch.setattr(specs, "MIRO_SPEC", tmp_path / "miro-openapi.json")
    monkeypatch.setattr(specs, "MURAL_SPEC", tmp_path / "mural-openapi.json")


@pytest.mark.parametrize("require", [specs.require_miro_spec, specs.require_mural_spec, specs.need_spec])
def test_missing_specs_fail_under_ci_and_are_skipped_with_the_reason_elsewhere(no_specs, monkeypatch, require):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI always has the specs"):
        require()
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception, match=r"put \.\./shared/specs beside the repo"):
        require()


@pytest.mark.parametrize("fake", [miro_app.MiroApp, mural_app.MuralApp])
def test_a_fake_asked_to_validate_never_quietly_stops(no_specs, monkeypatch, fake):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        fake()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        fake()
    assert fake(validate=False).validation_skipped == "validation switched off"  # only when asked

"""The credential store on every platform, Windows' paths included (platform and keyring injected)."""

from __future__ import annotations

import json
import stat
import sys

import pytest

from werkbord.credentials import WINDOWS_ENTRY_LIMIT, CredentialStore, _config_dir


class FakeWindowsKeyring:
    """Windows Credential Manager as keyring's WinVaultKeyring meets it: a password is stored as
    UTF-16 and CredWrite refuses a blob over 2,560 bytes."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}
        self.writes = 0

    def set_password(self, service: str, name: str, value: str) -> None:
        self.writes += 1
        if len(value.encode("utf-16-le")) > WINDOWS_ENTRY_LIMIT:
            raise OSError(1783, "CredWrite", "The stub received bad data.")
        self.entries[(service, name)] = value

    def get_password(self, service: str, name: str) -> str | None:
        return self.entries.get((service, name))

    def delete_password(self, service: str, name: str) -> None:
        if (service, name) not in self.entries:
            raise KeyError(name)
        del self.entries[(service, name)]


def jwt_like(n: int, tag: str) -> str:
    return f"eyJ{tag}." + "x" * n


def record(access: str, refresh: str) -> dict:
    return {"access_token": access, "refresh_token": refresh, "expires_at": 1.0, "obtained_at": 0.0, "user": None}


def test_a_whole_record_over_the_windows_limit_is_split_per_token(tmp_path):
    kr = FakeWindowsKeyring()
    store = CredentialStore(tmp_path, keyring=kr, platform="win32")
    rec = record(jwt_like(1100, "acc"), jwt_like(1100, "ref"))  # ~4.4 KB as one UTF-16 entry
    assert len(json.dumps(rec).encode("utf-16-le")) > WINDOWS_ENTRY_LIMIT
    store.save("mural", rec)
    assert store.load("mural") == rec
    assert ("werkbord", "mural:refresh_token") in kr.entries  # the refresh token on its own
    assert all(len(v.encode("utf-16-le")) <= WINDOWS_ENTRY_LIMIT for v in kr.entries.values())
    assert not (tmp_path / "credentials.json").exists()
    assert store.location_of("mural") == "Windows Credential Manager (werkbord/mural)"


def test_a_token_too_large_even_alone_goes_to_the_owner_only_file(tmp_path):
    kr = FakeWindowsKeyring()
    store = CredentialStore(tmp_path, keyring=kr, platform="win32")
    store.save("mural", record(jwt_like(100, "acc"), jwt_like(100, "ref")))  # fits: in the keyring
    big = record(jwt_like(100, "acc2"), jwt_like(2000, "ref2"))  # 4 KB in UTF-16
    store.save("mural", big)
    assert store.load("mural") == big  # not the older record left in the keyring
    assert not any(k[1].startswith("mural") for k in kr.entries)
    f = tmp_path / "credentials.json"
    assert json.loads(f.read_text())["mural"] == big
    if sys.platform != "win32":
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
    assert store.location_of("mural") == str(f)
    # Back under the limit: the keyring again, and the file forgets the record.
    small = record(jwt_like(100, "acc3"), jwt_like(100, "ref3"))
    store.save("mural", small)
    assert store.load("mural") == small and "mural" not in json.loads(f.read_text())


def test_records_of_the_old_one_entry_layout_still_load(tmp_path):
    kr = FakeWindowsKeyring()
    old = record("acc-old-0000000000", "ref-old-0000000000")
    kr.entries[("werkbord", "miro")] = json.dumps(old)
    assert CredentialStore(tmp_path, keyring=kr, platform="linux").load("miro") == old


def test_delete_forgets_every_entry(tmp_path):
    kr = FakeWindowsKeyring()
    store = CredentialStore(tmp_path, keyring=kr, platform="win32")
    store.save("mural", record("a" * 20, "r" * 20))
    assert store.delete("mural") and store.load("mural") is None and not kr.entries


def test_windows_keeps_the_file_in_the_local_profile_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("WERKBORD_CONFIG_DIR", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    assert _config_dir("win32") == tmp_path / "AppData" / "Local" / "werkbord"
    assert CredentialStore(keyring=FakeWindowsKeyring(), platform="win32").location == "Windows Credential Manager"


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_no_entry_limit_elsewhere(tmp_path, platform):
    kr = FakeWindowsKeyring()
    kr_unlimited = type("K", (), {})()
    entries: dict = {}
    kr_unlimited.set_password = lambda s, n, v: entries.__setitem__((s, n), v)
    kr_unlimited.get_password = lambda s, n: entries.get((s, n))
    kr_unlimited.delete_password = lambda s, n: entries.pop((s, n))
    store = CredentialStore(tmp_path, keyring=kr_unlimited, platform=platform)
    big = record(jwt_like(3000, "a"), jwt_like(3000, "r"))
    store.save("miro", big)
    assert store.load("miro") == big and not (tmp_path / "credentials.json").exists()
    assert kr.writes == 0


def test_auth_status_says_where_each_platforms_tokens_are(tmp_path):
    from werkbord.auth import status
    from werkbord.settings import Settings

    kr = FakeWindowsKeyring()
    store = CredentialStore(tmp_path, keyring=kr, platform="win32")
    store.save("mural", {**record("a" * 20, "r" * 20), "expires_at": 4e9})
    store.save("miro", record("b" * 20, jwt_like(2000, "big")))  # too large: the file
    text = status(Settings(_env_file=None), store=store, now=0)
    mural_line, miro_line = text.splitlines()
    assert mural_line.endswith("stored in Windows Credential Manager (werkbord/mural).")
    assert miro_line == f"Miro: a renewed refresh token is stored in {tmp_path / 'credentials.json'}."

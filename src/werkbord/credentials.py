"""Where a user's tokens live: the OS keyring when one works, else a file only the user can read.

Never the project folder, never the manifest. ``WERKBORD_CREDENTIALS=file`` forces the file
store and ``WERKBORD_CONFIG_DIR`` moves it (tests and headless machines use both).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .fileio import write_atomic

_SERVICE = "werkbord"


def _config_dir() -> Path:
    override = os.environ.get("WERKBORD_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("werkbord"))


def _keyring():
    """The keyring module when a real backend is available, else None."""
    if os.environ.get("WERKBORD_CREDENTIALS", "").lower() == "file":
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            return None
        return keyring
    except Exception:  # no keyring installed, or a broken D-Bus session: fall back to the file
        return None


class CredentialStore:
    """A tiny key-value store of JSON records, one per platform ("miro", "mural")."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or _config_dir()
        self._kr = None if directory else _keyring()

    @property
    def location(self) -> str:
        return "the system keyring" if self._kr else str(self._file)

    @property
    def _file(self) -> Path:
        return self.directory / "credentials.json"

    def _read_file(self) -> dict[str, Any]:
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def load(self, platform: str) -> dict[str, Any] | None:
        if self._kr:
            raw = self._kr.get_password(_SERVICE, platform)
            return json.loads(raw) if raw else None
        return self._read_file().get(platform)

    def save(self, platform: str, record: dict[str, Any]) -> None:
        if self._kr:
            self._kr.set_password(_SERVICE, platform, json.dumps(record))
            return
        data = self._read_file()
        data[platform] = record
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(self._file, json.dumps(data, indent=2), mode=0o600)

    def delete(self, platform: str) -> bool:
        if self._kr:
            try:
                self._kr.delete_password(_SERVICE, platform)
                return True
            except Exception:
                return False
        data = self._read_file()
        if platform not in data:
            return False
        del data[platform]
        write_atomic(self._file, json.dumps(data, indent=2), mode=0o600)
        return True

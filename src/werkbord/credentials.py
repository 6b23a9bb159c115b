"""Where a user's tokens live: the OS keyring when one works, else a file only the user can read.

Never the project folder, never the manifest. ``WERKBORD_CREDENTIALS=file`` forces the file
store and ``WERKBORD_CONFIG_DIR`` moves it (tests and headless machines use both).

* **Keyring** (Windows Credential Manager, macOS Keychain, Secret Service on Linux): each token
  is an entry of its own (``werkbord`` / ``mural:refresh_token``), the rest of the record
  (expiry, who signed in) one more. Windows caps an entry at 2,560 bytes (UTF-16: 1,280
  characters), which a whole record of two JWTs exceeds; a token that does not fit even alone,
  or a keyring that refuses or garbles it, sends the whole record to the file instead.
* **File**: ``credentials.json`` in the user's own configuration folder, in the user's profile
  (Linux ``~/.config/werkbord``, macOS ``~/Library/Application Support/werkbord``, Windows
  ``%LOCALAPPDATA%\\werkbord``, which is not copied to other machines as a roaming profile would
  be). POSIX: mode 0600 in a 0700 folder; Windows ignores those modes, and a profile folder is
  readable only by its user (and administrators) by default.

:meth:`CredentialStore.location_of` says where a platform's record is, for ``werkbord auth status``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from .fileio import write_atomic
from .i18n import _

_SERVICE = "werkbord"
_SECRET_FIELDS = ("access_token", "refresh_token")
WINDOWS_ENTRY_LIMIT = 2560  # bytes per Credential Manager entry (CRED_MAX_CREDENTIAL_BLOB_SIZE)


class CredentialsNotSaved(Exception):
    """Neither the keyring nor the file took a record; the message says where it was tried."""


def _config_dir(platform: str | None = None) -> Path:
    override = os.environ.get("WERKBORD_CONFIG_DIR")
    if override:
        return Path(override)
    if (platform or sys.platform) == "win32":
        # The local (not roaming) application data in the user's profile.
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "werkbord"
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


def _keyring_name(platform: str) -> str:
    if platform == "win32":
        return _("Windows Credential Manager")
    if platform == "darwin":
        return _("the macOS Keychain")
    return _("the system keyring")


class CredentialStore:
    """A tiny key-value store of JSON records, one per platform ("miro", "mural").

    ``keyring`` (a module-like object with ``get_password``/``set_password``/``delete_password``)
    and ``platform`` (``sys.platform``'s value) are injectable, so the Windows paths are tested
    on any machine. An explicit ``directory`` without ``keyring`` means the file only.
    """

    def __init__(self, directory: Path | None = None, *, keyring: Any = None, platform: str | None = None) -> None:
        self.platform = platform or sys.platform
        self.directory = directory or _config_dir(self.platform)
        self._kr = keyring if keyring is not None else (None if directory else _keyring())
        self.entry_limit = WINDOWS_ENTRY_LIMIT if self.platform == "win32" else None

    @property
    def location(self) -> str:
        return _keyring_name(self.platform) if self._kr else str(self._file)

    def location_of(self, platform: str) -> str:
        """Where ``platform``'s record is kept (or would be)."""
        if self._kr and self._kr_load(platform) is not None:
            return f"{_keyring_name(self.platform)} ({_SERVICE}/{platform})"
        if platform in self._read_file():
            return str(self._file)
        return self.location

    @property
    def _file(self) -> Path:
        return self.directory / "credentials.json"

    # -- file ---------------------------------------------------------------------------------

    def _read_file(self) -> dict[str, Any]:
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _write_file(self, data: dict[str, Any]) -> None:
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(self._file, json.dumps(data, indent=2), mode=0o600)

    # -- keyring ------------------------------------------------------------------------------

    def _fits(self, value: str) -> bool:
        # Windows stores the password as UTF-16: two bytes a character.
        return self.entry_limit is None or len(value.encode("utf-16-le")) <= self.entry_limit

    def _kr_load(self, platform: str) -> dict[str, Any] | None:
        try:
            raw = self._kr.get_password(_SERVICE, platform)
        except Exception:
            return None
        if not raw:
            return None
        rec = json.loads(raw)
        if not isinstance(rec, dict):
            return None
        for f in rec.pop("_split", []):
            rec[f] = self._kr.get_password(_SERVICE, f"{platform}:{f}")
        return rec

    def _kr_save(self, platform: str, record: dict[str, Any]) -> str | None:
        """Save in the keyring; None when done, else why not."""
        meta = {k: v for k, v in record.items() if k not in _SECRET_FIELDS}
        secrets = {k: record[k] for k in _SECRET_FIELDS if isinstance(record.get(k), str) and record[k]}
        meta["_split"] = sorted(secrets)
        entries = {f"{platform}:{k}": v for k, v in secrets.items()}
        entries[platform] = json.dumps(meta)
        too_big = [name for name, v in entries.items() if not self._fits(v)]
        if too_big:
            return _("{entries} exceeds the {limit}-byte entry limit").format(
                entries=", ".join(too_big), limit=self.entry_limit
            )
        try:
            for name, v in entries.items():
                self._kr.set_password(_SERVICE, name, v)
            for name, v in entries.items():  # read back: a keyring that truncates is no store
                if self._kr.get_password(_SERVICE, name) != v:
                    return _("{entry} did not read back as written").format(entry=name)
        except Exception as e:
            return type(e).__name__
        return None

    def _kr_delete(self, platform: str) -> bool:
        found = False
        for name in (platform, *(f"{platform}:{f}" for f in _SECRET_FIELDS)):
            try:
                self._kr.delete_password(_SERVICE, name)
                found = True
            except Exception:
                pass
        return found

    # -- the store ----------------------------------------------------------------------------

    def load(self, platform: str) -> dict[str, Any] | None:
        if self._kr:
            rec = self._kr_load(platform)
            if rec is not None:
                return rec
        return self._read_file().get(platform)

    def save(self, platform: str, record: dict[str, Any]) -> None:
        """Store ``record``; raises :class:`CredentialsNotSaved` when no store took it."""
        why_not = self._kr_save(platform, record) if self._kr else None
        data = self._read_file()
        if self._kr and why_not is None:
            if platform in data:  # an older record sent to the file must not shadow this one
                del data[platform]
                self._try_write(data, platform, keyring_said=None)
            return
        data[platform] = record
        self._try_write(data, platform, keyring_said=why_not)
        if self._kr:
            self._kr_delete(platform)  # half-written entries must not be read back later

    def _try_write(self, data: dict[str, Any], platform: str, *, keyring_said: str | None) -> None:
        try:
            self._write_file(data)
        except OSError as e:
            tried = f"{_keyring_name(self.platform)}: {keyring_said}; " if keyring_said else ""
            raise CredentialsNotSaved(f"{tried}{self._file}: {e.strerror or type(e).__name__}") from None

    def delete(self, platform: str) -> bool:
        found = self._kr_delete(platform) if self._kr else False
        data = self._read_file()
        if platform in data:
            del data[platform]
            self._write_file(data)
            found = True
        return found

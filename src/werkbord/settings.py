"""Settings from the environment and a ``.env`` file (pydantic-settings).

Secrets are ``SecretStr`` so they never print by accident (repr shows '**********').
"""

from __future__ import annotations

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # Miro (REST API v2)
    miro_access_token: SecretStr | None = None
    miro_refresh_token: SecretStr | None = None
    miro_client_id: str | None = None
    miro_client_secret: SecretStr | None = None
    miro_api_url: str = "https://api.miro.com"
    miro_team_id: str | None = None

    # Mural (public API, OAuth 2.0 authorization code)
    mural_client_id: str | None = None
    mural_client_secret: SecretStr | None = None
    mural_redirect_port: int = 8765
    mural_api_url: str = "https://app.mural.co/api/public/v1"
    mural_room_id: str | None = None
    mural_scopes: str = "murals:read murals:write rooms:read workspaces:read identity:read"


def load_settings() -> Settings:
    return Settings()

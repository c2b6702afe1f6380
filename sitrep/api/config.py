"""Settings of the web server: the write token and the host names it answers to.

The token comes from the argument, then ``SITREP_API_TOKEN``, then ``api_token`` in the settings
file (``sitrep.settings.settings_file()``). Without one, every writing endpoint answers 403.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field

from sitrep.settings import settings_file

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")


def _file_token() -> str | None:
    path = settings_file()
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        value = tomllib.load(handle).get("api_token")
    return str(value) if value else None


@dataclass(frozen=True, slots=True)
class ApiSettings:
    token: str | None = None
    # Host headers accepted: loopback only by default, so a web page elsewhere cannot reach a
    # local server through DNS rebinding. ``sitrep serve --host`` adds the host it binds to.
    allowed_hosts: tuple[str, ...] = field(default=LOOPBACK_HOSTS)

    @classmethod
    def resolve(cls, *, token: str | None = None, allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS) -> ApiSettings:
        chosen = token or os.environ.get("SITREP_API_TOKEN") or _file_token()
        return cls(token=chosen or None, allowed_hosts=allowed_hosts)

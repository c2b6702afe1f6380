"""A throwaway PostgreSQL server for the tests: ``initdb`` into a temporary folder and ``pg_ctl``
on a free local port, started once per test session and shared by every test folder that asks.

Running as root (CI containers), the server runs as the ``postgres`` system user, which initdb
requires. ``SITREP_TEST_POSTGRES_URL`` (a superuser URL) uses an existing server instead.
Without the server binaries the PostgreSQL tests are skipped, saying why.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from sitrep.store import database_url

SKIP_REASON = (
    "PostgreSQL server binaries (initdb, pg_ctl) not found: install the Debian package "
    "'postgresql' (scripts/system-packages.txt) or set SITREP_TEST_POSTGRES_URL"
)


def _bin_dir() -> Path | None:
    if shutil.which("initdb") and shutil.which("pg_ctl"):
        return Path(shutil.which("pg_ctl")).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    _shared: PostgresServer | None = None

    def __init__(self, url: str, stop=None) -> None:
        self.url = url  # superuser URL of the maintenance database
        self._stop = stop

    @classmethod
    def shared(cls) -> PostgresServer:
        if cls._shared is None:
            cls._shared = cls._start()
            atexit.register(cls._shared.stop)
        return cls._shared

    @classmethod
    def _start(cls) -> PostgresServer:
        if os.environ.get("SITREP_TEST_POSTGRES_URL"):
            return cls(os.environ["SITREP_TEST_POSTGRES_URL"])
        bin_dir = _bin_dir()
        if bin_dir is None:
            pytest.skip(SKIP_REASON)
        as_user: list[str] = []
        folder = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
        if os.geteuid() == 0:  # postgres refuses to run as root
            as_user = ["runuser", "-u", "postgres", "--"]
            shutil.chown(folder, "postgres")
        data, port = folder / "data", _free_port()
        subprocess.run(
            [*as_user, str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
             "--encoding=UTF8", "--locale=C", "--no-sync"],
            check=True, capture_output=True,
        )
        options = (
            f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        subprocess.run(
            [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
             str(folder / "server.log"), "-w", "-t", "60", "start"],
            check=True, capture_output=True,
        )

        def stop() -> None:
            subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                           capture_output=True, check=False)
            shutil.rmtree(folder, ignore_errors=True)

        return cls(f"postgresql://postgres@127.0.0.1:{port}/postgres", stop)

    def stop(self) -> None:
        if self._stop is not None:
            self._stop()
            self._stop = None

    def _admin(self, statement: str) -> None:
        engine = create_engine(database_url(self.url), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text(statement))
        finally:
            engine.dispose()

    def create_database(self) -> str:
        """A new empty database; its URL."""
        name = f"sitrep_test_{uuid.uuid4().hex[:12]}"
        self._admin(f'CREATE DATABASE "{name}"')
        return self.url.rsplit("/", 1)[0] + f"/{name}"

    def drop_database(self, url: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')

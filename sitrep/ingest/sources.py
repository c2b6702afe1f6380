"""Turning the ``sources`` arguments into inputs, and loading a file's or stdin's bytes.

A source is ``-`` (stdin), an http(s) URL, an existing path (a directory is walked recursively,
files in sorted order, hidden files and directories skipped), or else a glob pattern. Sizes are
checked before reading, and no read takes more than ``max_bytes + 1`` bytes.
"""

from __future__ import annotations

import glob
import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from sitrep.ingest.base import IngestError, IngestFailure
from sitrep.ingest.fetch import too_large

STDIN_ORIGIN = "<stdin>"
_GLOB_MAGIC = re.compile(r"[*?[]")


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to read. ``origin`` is the path, URL or ``<stdin>``."""

    origin: str
    kind: Literal["file", "url", "stdin"]


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def expand(source: str) -> Iterator[Input | IngestError]:
    """The inputs one source stands for, or errors for those that stand for nothing."""
    if source == "-":
        yield Input(STDIN_ORIGIN, "stdin")
    elif is_url(source):
        yield Input(source, "url")
    elif os.path.isdir(source):
        yield from _walk(source)
    elif os.path.lexists(source) or not _GLOB_MAGIC.search(source):
        # A missing plain path is still an input: reading it reports the OS's reason.
        yield Input(source, "file")
    else:
        matches = sorted(glob.glob(source, recursive=True))
        if not matches:
            yield IngestError(source, "no files match")
        for match in matches:
            if os.path.isdir(match):
                yield from _walk(match)
            else:
                yield Input(match, "file")


def _walk(directory: str) -> Iterator[Input | IngestError]:
    problems: list[OSError] = []
    found: list[str] = []
    for root, dirs, files in os.walk(directory, onerror=problems.append):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found.extend(os.path.join(root, name) for name in files if not name.startswith("."))
    for problem in problems:
        yield IngestError(str(problem.filename or directory), os_reason(problem))
    if not found and not problems:
        yield IngestError(directory, "no files in directory")
    for path in sorted(found):
        yield Input(path, "file")


def load_file(path: str, max_bytes: int) -> bytes:
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IngestFailure("is a directory")
        # Refuse an oversized regular file before reading any of it.
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise too_large(max_bytes, info.st_size)
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise IngestFailure(os_reason(exc)) from exc
    if len(data) > max_bytes:  # a pipe, device or a file that grew after the stat
        raise too_large(max_bytes)
    return data


def load_stdin(max_bytes: int) -> bytes:
    try:
        data = sys.stdin.buffer.read(max_bytes + 1)
    except (OSError, AttributeError, ValueError) as exc:
        raise IngestFailure(f"cannot read stdin: {exc}") from exc
    if len(data) > max_bytes:
        raise too_large(max_bytes)
    return data


def os_reason(exc: OSError) -> str:
    """``no such file or directory``, ``permission denied``, …: the OS's words, lower case."""
    return (exc.strerror or str(exc)).lower()

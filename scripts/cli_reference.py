"""Regenerate the "## Reference" section of docs/cli.md from the commands' own --help.

    .venv/bin/python scripts/cli_reference.py          # rewrite docs/cli.md
    .venv/bin/python scripts/cli_reference.py --check  # exit 1 if docs/cli.md is out of date

tests/test_docs.py runs the check, so the reference cannot drift from the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "cli.md"
sys.path.insert(0, str(ROOT))  # this checkout's sitrep, not another installed copy

from sitrep.cli.main import cli  # noqa: E402
HEADING = "## Reference"


def _help(path: list[str]) -> str:
    result = CliRunner().invoke(cli, [*path, "--help"], prog_name="sitrep", terminal_width=100)
    return result.output.rstrip()


def _walk(command: click.Command, path: list[str]) -> list[list[str]]:
    found = [path]
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            found.extend(_walk(command.commands[name], [*path, name]))
    return found


def reference() -> str:
    parts = [HEADING, ""]
    for path in _walk(cli, []):
        title = " ".join(["sitrep", *path])
        parts += [f"### {title}", "```", f"$ {title} --help", _help(path), "```", ""]
    return "\n".join(parts)


def updated_document() -> str:
    text = DOC.read_text(encoding="utf-8")
    head = text.split(HEADING, 1)[0]
    return head + reference()


def main() -> int:
    new = updated_document()
    if "--check" in sys.argv:
        return 0 if DOC.read_text(encoding="utf-8") == new else 1
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Docs that cannot drift: every command, option, stage, table, linked page and mapped PLOVER type
that the code defines is named in the documentation."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from sitrep.cli.main import cli
from sitrep.extract import STAGES
from sitrep.kb.ontology import read_table
from sitrep.store.schema import metadata

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def _long_options(command: click.Command) -> list[str]:
    return [
        name
        for param in command.params
        if isinstance(param, click.Option)
        for name in (*param.opts, *param.secondary_opts)
        if name.startswith("--")
    ]


def _documentation_links() -> list[str]:
    """Paths named in the README's Documentation section, as `docs/x.md` or [text](docs/x.md)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^## Documentation\s*$(.*?)(?=^## |\Z)", readme, re.M | re.S)
    assert match, "README.md has no '## Documentation' section"
    section = match.group(1)
    links = re.findall(r"`([^`\s]+\.md)`", section) + re.findall(r"\]\(([^)\s#]+)\)", section)
    return list(dict.fromkeys(links))


def _mentions_option(text: str, option: str) -> bool:
    """``--source`` counts only as itself, not as part of ``--source-column``."""
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


def test_cli_reference_names_every_command_and_option():
    text = _read("cli.md")
    missing = [f"{name} (sitrep)" for name in _long_options(cli) if not _mentions_option(text, name)]
    for name, command in sorted(cli.commands.items()):
        if not re.search(rf"\bsitrep {re.escape(name)}\b", text):
            missing.append(f"command {name}")
        missing.extend(
            f"{option} ({name})" for option in _long_options(command) if not _mentions_option(text, option)
        )
    assert not missing, f"docs/cli.md does not mention: {', '.join(missing)}"


def test_pipeline_doc_names_every_stage():
    text = _read("pipeline.md")
    missing = [stage for stage in STAGES if f"`{stage}`" not in text]
    assert not missing, f"docs/pipeline.md does not name the stages {missing}"


def test_data_model_doc_names_every_table():
    text = _read("data-model.md")
    missing = [table for table in metadata.tables if f"`{table}`" not in text]
    assert not missing, f"docs/data-model.md does not name the tables {missing}"


def test_readme_documentation_links_exist():
    links = _documentation_links()
    assert links, "README.md's Documentation section links no files"
    missing = [link for link in links if not (ROOT / link).is_file()]
    assert not missing, f"README.md links missing files: {missing}"


def test_ontology_doc_names_every_mapped_plover_type():
    text = _read("ontology.md")
    mapped = {row["plover_type"] for row in read_table("plover_acled.tsv")}
    missing = sorted(t for t in mapped if not re.search(rf"\b{t}\b", text))
    assert not missing, f"docs/ontology.md does not name the PLOVER types {missing}"


@pytest.mark.parametrize("name", ["pipeline.md", "data-model.md", "cli.md", "ontology.md", "actors.md"])
def test_docs_link_only_to_existing_docs(name):
    """A page that names another page under docs/ names one that exists."""
    named = set(re.findall(r"docs/([\w.-]+\.md)", _read(name)))
    missing = sorted(page for page in named if not (DOCS / page).is_file())
    assert not missing, f"docs/{name} names missing pages {missing}"


def test_cli_reference_is_generated_from_the_commands():
    import importlib.util

    script = Path(__file__).resolve().parent.parent / "scripts" / "cli_reference.py"
    spec = importlib.util.spec_from_file_location("cli_reference", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = module.DOC.read_text(encoding="utf-8")
    assert current == module.updated_document(), "docs/cli.md is out of date: run scripts/cli_reference.py"

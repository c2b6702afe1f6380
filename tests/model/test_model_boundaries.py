"""The architecture's boundaries: the model imports nothing of the project, and only ``nlp`` and
``extract`` import spaCy."""

import ast
from pathlib import Path

import sitrep

PACKAGE = Path(sitrep.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_model_imports_nothing_of_the_project():
    for path in (PACKAGE / "model").rglob("*.py"):
        assert not any(name.startswith("sitrep") and not name.startswith("sitrep.model") for name in _imports(path)), path


def test_only_nlp_and_extract_import_spacy():
    allowed = {"nlp", "extract"}
    for path in PACKAGE.rglob("*.py"):
        part = path.relative_to(PACKAGE).parts[0]
        if part in allowed:
            continue
        assert not any(name == "spacy" or name.startswith("spacy.") for name in _imports(path)), path


def test_store_depends_on_the_model_and_the_fusion_rules_only():
    for path in (PACKAGE / "store").rglob("*.py"):
        project = {n for n in _imports(path) if n.startswith("sitrep")}
        assert all(n.startswith(("sitrep.model", "sitrep.store", "sitrep.fuse")) for n in project), (path, project)


def test_fusion_rules_know_no_store_and_no_pipeline():
    for path in (PACKAGE / "fuse").rglob("*.py"):
        project = {n for n in _imports(path) if n.startswith("sitrep")}
        assert all(n.startswith(("sitrep.model", "sitrep.fuse", "sitrep.kb", "sitrep.resolve.actors")) for n in project), (path, project)

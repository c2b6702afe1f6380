"""JSON Lines: one document record (``Document.to_record()``) per line.

Non-ASCII text is written as is (UTF-8 files). Newlines inside strings are escaped by JSON, so a
reader may split on ``"\\n"``; it should not use ``str.splitlines``, which also splits on U+2028.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from sitrep.model import Document


def write_jsonl(documents: Iterable[Document], out: TextIO) -> int:
    count = 0
    for document in documents:
        out.write(json.dumps(document.to_record(), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count

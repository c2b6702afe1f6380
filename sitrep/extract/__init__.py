"""spaCy ``Doc`` -> actors, events, statements and relations of one article.

``extract_document`` is the single entry point; each fact kind has its own module and a versioned
stage name (``STAGES``) that is stored with what it produced.
"""

from sitrep.extract.document import STAGES, extract_document

__all__ = ["STAGES", "extract_document"]

"""Building the spaCy pipeline and running it over batches. Only ``nlp`` and ``extract`` import spaCy."""

from sitrep.nlp.build import load_pipeline, parse

__all__ = ["load_pipeline", "parse"]

"""One adapter per gold set: ``adapt(record: dict) -> GoldRecord``.

``ADAPTERS`` maps a prefix of a record's ``source_dataset`` (casefolded) to its adapter module;
:func:`sitrep.evaluate.gold.adapter_for` picks one.
"""

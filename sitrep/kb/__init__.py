"""Bundled data: the seed actor knowledge base, the event ontology tables and country names.

Data lives in plain files beside this module (TSV and JSON) so users and reviewers can read and
extend it without touching code; the loaders here parse each file once per process.
"""

"""Across articles: near-duplicate articles and the same event told by several sources.

``near_duplicates`` gives each article a MinHash signature and LSH band keys (stored, so finding
the copies of a new article is an index lookup, not a scan); ``events`` decides which stored events
a new event is the same as. The store keeps the links; both steps are incremental and reversible.
"""

from sitrep.fuse.events import EventSummary, same_event
from sitrep.fuse.near_duplicates import BANDS, band_keys, signature, similarity

__all__ = ["BANDS", "EventSummary", "band_keys", "same_event", "signature", "similarity"]

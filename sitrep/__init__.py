"""sitrep: news reports about armed conflict and politics, turned into a sourced, geolocated record."""

__version__ = "0.1.0"

"""Resolution of extracted text to canonical values: dates against the publication date, places
against a gazetteer. No spaCy here: resolvers take strings and context values."""

"""Alembic environment: migrations run on the connection that ``sitrep.store.migrate`` passes in."""

from alembic import context

from sitrep.store.migrate import include_object
from sitrep.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()

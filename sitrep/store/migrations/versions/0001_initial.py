"""The initial schema: articles, actors, mentions, events, statements, relations.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('aliases', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_actors_name', 'actors', ['name'], unique=False)
    op.create_table('articles',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('origin', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('pipeline_version', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_articles_published', 'articles', ['published'], unique=False)
    op.create_table('events',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('article_id', sa.String(length=32), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('mode', sa.String(length=32), nullable=True),
    sa.Column('acled_type', sa.Text(), nullable=True),
    sa.Column('acled_subtype', sa.Text(), nullable=True),
    sa.Column('place_name', sa.Text(), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('admin2', sa.Text(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geo_precision', sa.String(length=16), nullable=True),
    sa.Column('geonameid', sa.Integer(), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=8), nullable=True),
    sa.Column('fatalities_min', sa.Integer(), nullable=True),
    sa.Column('fatalities_max', sa.Integer(), nullable=True),
    sa.Column('fatalities_text', sa.Text(), nullable=True),
    sa.Column('reported_by', sa.Text(), nullable=False),
    sa.Column('negated', sa.Boolean(), nullable=False),
    sa.Column('hypothetical', sa.Boolean(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('pipeline_version', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_events_article', 'events', ['article_id'], unique=False)
    op.create_index('ix_events_country', 'events', ['country'], unique=False)
    op.create_index('ix_events_date', 'events', ['date'], unique=False)
    op.create_index('ix_events_type', 'events', ['type'], unique=False)
    op.create_table('mentions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=32), nullable=False),
    sa.Column('actor_id', sa.String(length=32), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_mentions_actor', 'mentions', ['actor_id'], unique=False)
    op.create_index('ix_mentions_article', 'mentions', ['article_id'], unique=False)
    op.create_table('relations',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('article_id', sa.String(length=32), nullable=False),
    sa.Column('subject_id', sa.String(length=32), nullable=False),
    sa.Column('predicate', sa.String(length=16), nullable=False),
    sa.Column('object_id', sa.String(length=32), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('pipeline_version', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ),
    sa.ForeignKeyConstraint(['object_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['subject_id'], ['actors.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_relations_article', 'relations', ['article_id'], unique=False)
    op.create_index('ix_relations_object', 'relations', ['object_id'], unique=False)
    op.create_index('ix_relations_subject', 'relations', ['subject_id'], unique=False)
    op.create_table('statements',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('article_id', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('speaker_id', sa.String(length=32), nullable=True),
    sa.Column('quote', sa.Text(), nullable=True),
    sa.Column('direct', sa.Boolean(), nullable=False),
    sa.Column('platform', sa.Text(), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('pipeline_version', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ),
    sa.ForeignKeyConstraint(['speaker_id'], ['actors.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_statements_article', 'statements', ['article_id'], unique=False)
    op.create_index('ix_statements_speaker', 'statements', ['speaker_id'], unique=False)
    op.create_table('event_actors',
    sa.Column('event_id', sa.String(length=32), nullable=False),
    sa.Column('actor_id', sa.String(length=32), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], ),
    sa.PrimaryKeyConstraint('event_id', 'actor_id', 'role')
    )
    op.create_index('ix_event_actors_actor', 'event_actors', ['actor_id'], unique=False)
    op.create_table('statement_targets',
    sa.Column('statement_id', sa.String(length=32), nullable=False),
    sa.Column('actor_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['statement_id'], ['statements.id'], ),
    sa.PrimaryKeyConstraint('statement_id', 'actor_id')
    )


def downgrade() -> None:
    op.drop_table('statement_targets')
    op.drop_index('ix_event_actors_actor', table_name='event_actors')
    op.drop_table('event_actors')
    op.drop_index('ix_statements_speaker', table_name='statements')
    op.drop_index('ix_statements_article', table_name='statements')
    op.drop_table('statements')
    op.drop_index('ix_relations_subject', table_name='relations')
    op.drop_index('ix_relations_object', table_name='relations')
    op.drop_index('ix_relations_article', table_name='relations')
    op.drop_table('relations')
    op.drop_index('ix_mentions_article', table_name='mentions')
    op.drop_index('ix_mentions_actor', table_name='mentions')
    op.drop_table('mentions')
    op.drop_index('ix_events_type', table_name='events')
    op.drop_index('ix_events_date', table_name='events')
    op.drop_index('ix_events_country', table_name='events')
    op.drop_index('ix_events_article', table_name='events')
    op.drop_table('events')
    op.drop_index('ix_articles_published', table_name='articles')
    op.drop_table('articles')
    op.drop_index('ix_actors_name', table_name='actors')
    op.drop_table('actors')

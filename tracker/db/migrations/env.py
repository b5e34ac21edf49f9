"""Alembic environment. Pivot runs migrations on a connection it prepared itself (foreign keys off,
inside its own transaction: see tracker/db/migrate.py). For writing a new revision, point it at a
scratch database: ``alembic -x db=/tmp/scratch.db revision --autogenerate -m "..."``."""

from pathlib import Path

from alembic import context
from sqlalchemy import Connection
from sqlmodel import SQLModel

from tracker.db import models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:
    from tracker.db.engine import make_engine

    scratch = context.get_x_argument(as_dictionary=True).get("db")
    if not scratch:
        raise SystemExit("give a scratch database: alembic -x db=PATH ...")
    engine = make_engine(Path(scratch), foreign_keys=False)
    with engine.connect() as scratch_connection, scratch_connection.begin():
        _run(scratch_connection)

"""The user's pipeline of stages: read at start, changed in Preferences."""

from __future__ import annotations

import uuid

from tracker.db import listing
from tracker.db.database import Database
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.pipeline import CUSTOM_PREFIX, Pipeline, StageDefinition, built_in


def new_custom_stage(name: str) -> StageDefinition:
    """A stage of the user's own, with a key that is never reused."""
    if not name.strip():
        raise ValidationError({"name": FieldProblem.REQUIRED})
    if len(name.strip()) > 100:
        raise ValidationError({"name": FieldProblem.TOO_LONG})
    return StageDefinition(f"{CUSTOM_PREFIX}{uuid.uuid4().hex[:12]}", name.strip())


class PipelineService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def current(self) -> Pipeline:
        with self._database.reading() as connection:
            return listing.read_pipeline(connection)

    def used_keys(self) -> set[str]:
        from tracker.db.pipeline import used_keys

        with self._database.read_session() as session:
            return used_keys(session)

    def save(self, pipeline: Pipeline) -> Pipeline:
        """Store the pipeline. Built-in stages and stages in use cannot be removed (hide them
        instead); at least one stage stays visible; names are unique and not too long."""
        from tracker.db.pipeline import used_keys, write_pipeline

        _validate(pipeline)
        with self._database.write_session() as session:
            removed = {d.key for d in self.current().stages} - set(pipeline.stage_keys())
            if any(built_in(key) for key in removed) or removed & used_keys(session):
                raise ValidationError({"removed_stages": FieldProblem.INVALID})
            write_pipeline(session, pipeline)
        return self.current()


def _validate(pipeline: Pipeline) -> None:
    if not pipeline.visible() or any(not (d.stage or d.name) for d in pipeline.stages):
        raise ValidationError({"stages": FieldProblem.REQUIRED})
    names = [d.name.strip().casefold() for d in pipeline.stages if d.name]
    if len(names) != len(set(names)) or any(len(name) > 100 for name in names):
        raise ValidationError({"stages": FieldProblem.INVALID})
    if any(
        d.ghost_after_days is not None and not 1 <= d.ghost_after_days <= 365
        for d in pipeline.stages
    ):
        raise ValidationError({"ghost_after_days": FieldProblem.OUT_OF_RANGE})

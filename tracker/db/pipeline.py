"""Reading and writing the user's pipeline stages."""

from __future__ import annotations

from sqlmodel import Session, col, select

from tracker.db.models import JobApplication, PipelineStage, StageEvent, utc_now
from tracker.domain.pipeline import Pipeline


def used_keys(session: Session) -> set[str]:
    """Stage keys some application or stage event refers to (they must never disappear)."""
    current = session.exec(select(JobApplication.current_stage).distinct()).all()
    moved_to = session.exec(select(StageEvent.to_stage).distinct()).all()
    moved_from = session.exec(
        select(StageEvent.from_stage).where(col(StageEvent.from_stage).is_not(None)).distinct()
    ).all()
    return {*current, *moved_to, *(key for key in moved_from if key)}


def write_pipeline(session: Session, pipeline: Pipeline) -> None:
    """Store the stages in the pipeline's order; stages left out are deleted (callers check
    that none of them is in use)."""
    existing = {row.key: row for row in session.exec(select(PipelineStage)).all()}
    keep = set(pipeline.stage_keys())
    for key, row in existing.items():
        if key not in keep:
            session.delete(row)
    for position, definition in enumerate(pipeline.stages):
        row = existing.get(definition.key) or PipelineStage(key=definition.key)
        row.name = definition.name
        row.position = position
        row.hidden = definition.hidden
        row.ghost_after_days = definition.ghost_after_days
        row.updated_at = utc_now()
        session.add(row)

"""The user's pipeline: the stages an application moves through, in their order.

The seven built-in stages come first in every new file; the user can rename, reorder and hide
them and add their own. A stage is known by its key: a built-in one by its Stage value, the
user's own by "custom-…". Stage events store keys, so no change to the pipeline rewrites history.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property

from tracker.domain.enums import Stage

CUSTOM_PREFIX = "custom-"
DEFAULT_GHOST_DAYS: dict[Stage, int | None] = {
    Stage.WISHLIST: None,
    Stage.APPLIED: 21,
    Stage.SCREENING: 14,
    Stage.ASSESSMENT: 10,
    Stage.INTERVIEWING: 14,
    Stage.OFFER: None,
    Stage.ACCEPTED: None,
}
_BUILT_IN = {stage.value: stage for stage in Stage}


def built_in(key: str) -> Stage | None:
    """The built-in stage a key names, or None for one of the user's own."""
    return _BUILT_IN.get(key)


@dataclass(frozen=True, slots=True)
class StageDefinition:
    key: str
    name: str | None = None  # the user's own name; None: the built-in stage's translated name
    hidden: bool = False
    ghost_after_days: int | None = None

    @property
    def stage(self) -> Stage | None:
        return built_in(self.key)


@dataclass(frozen=True)
class Pipeline:
    stages: tuple[StageDefinition, ...]

    @classmethod
    def default(cls) -> Pipeline:
        return cls(
            tuple(
                StageDefinition(stage.value, ghost_after_days=DEFAULT_GHOST_DAYS[stage])
                for stage in Stage
            )
        )

    def stage_keys(self) -> list[str]:
        return [definition.key for definition in self.stages]

    def visible(self) -> list[StageDefinition]:
        return [definition for definition in self.stages if not definition.hidden]

    def definition(self, key: str) -> StageDefinition | None:
        for definition in self.stages:  # seven-odd stages: a scan beats building a map
            if definition.key == key:
                return definition
        return None

    @cached_property
    def _positions(self) -> dict[str, int]:
        return {definition.key: index for index, definition in enumerate(self.stages)}

    def position(self, key: str) -> int:
        """Where a stage sorts; an unknown key (from an imported history) sorts last."""
        return self._positions.get(key, len(self.stages))

    def step(self, key: str, steps: int) -> str | None:
        """The visible stage ``steps`` away from ``key`` (+1 next, -1 previous), if any."""
        visible = [d.key for d in self.visible()]
        if key not in visible:
            return visible[0] if steps > 0 and visible else None
        target = visible.index(key) + steps
        return visible[target] if 0 <= target < len(visible) else None

    def with_stage(self, definition: StageDefinition, index: int | None = None) -> Pipeline:
        """A new or changed stage, at ``index`` (its current place when None)."""
        keys = self.stage_keys()
        stages = [d for d in self.stages if d.key != definition.key]
        current = keys.index(definition.key) if definition.key in keys else len(stages)
        at = index if index is not None else current
        stages.insert(max(0, min(at, len(stages))), definition)
        return Pipeline(tuple(stages))

    def renamed(self, key: str, name: str | None) -> Pipeline:
        definition = self.definition(key)
        assert definition is not None
        cleaned = name.strip() if name else None
        return self.with_stage(replace(definition, name=cleaned or None))


def silent_days(stage_changed_at: datetime, now: datetime) -> int:
    return max(0, (now - stage_changed_at).days)


def probably_ghosted(
    stage: str, outcome: object, stage_changed_at: datetime, pipeline: Pipeline, now: datetime
) -> bool:
    """An open application silent in its stage for longer than that stage allows. Only a flag:
    nothing changes until the user marks it ghosted."""
    if outcome is not None:
        return False
    definition = pipeline.definition(stage)
    if definition is None or definition.ghost_after_days is None:
        return False
    return silent_days(stage_changed_at, now) >= definition.ghost_after_days
